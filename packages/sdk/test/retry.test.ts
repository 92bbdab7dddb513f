import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Exit, Fiber, Ref, TestClock } from "effect"
import * as Errors from "../src/Errors.js"
import * as Retry from "../src/Retry.js"

const busy = new Errors.ServerBusy({ method: "thread/start", code: -32001, message: "Server overloaded; retry later." })

/** An effect failing `failures` times with `error`, then succeeding; records the clock at each attempt. */
const flaky = (failures: number, error: unknown = busy) =>
  Effect.gen(function*() {
    const attempts = yield* Ref.make<Array<number>>([])
    const effect = Effect.gen(function*() {
      const now = yield* TestClock.currentTimeMillis
      const seen = yield* Ref.updateAndGet(attempts, (a) => [...a, now])
      if (seen.length <= failures) return yield* Effect.fail(error)
      return "ok"
    })
    return { attempts, effect }
  })

describe("retryOnOverload", () => {
  it.effect("retries ServerBusy with exponential, jittered delays and succeeds", () =>
    Effect.gen(function*() {
      const { attempts, effect } = yield* flaky(2)
      const fiber = yield* Effect.fork(Retry.retryOnOverload("thread/start")(effect))
      yield* TestClock.adjust("10 seconds")
      assert.strictEqual(yield* Fiber.join(fiber), "ok")
      const times = yield* Ref.get(attempts)
      assert.strictEqual(times.length, 3)
      const first = times[1]! - times[0]!
      const second = times[2]! - times[1]!
      assert.isTrue(first >= 200 && first <= 300, `first delay ${first}`)
      assert.isTrue(second >= 400 && second <= 600, `second delay ${second}`)
    }))

  it.effect("gives up after 3 attempts with RetryLimitExceeded carrying the last error", () =>
    Effect.gen(function*() {
      const { attempts, effect } = yield* flaky(10)
      const fiber = yield* Effect.fork(Effect.exit(Retry.retryOnOverload("thread/start")(effect)))
      yield* TestClock.adjust("10 seconds")
      const exit = yield* Fiber.join(fiber)
      assert.deepStrictEqual(exit, Exit.fail(new Errors.RetryLimitExceeded({ method: "thread/start", attempts: 3, last: busy })))
      assert.strictEqual((yield* Ref.get(attempts)).length, 3)
    }))

  it.effect("never retries other errors", () =>
    Effect.gen(function*() {
      const invalid = new Errors.InvalidParams({ method: "m", code: -32602, message: "bad" })
      const { attempts, effect } = yield* flaky(10, invalid)
      const exit = yield* Effect.exit(Retry.retryOnOverload("m")(effect))
      assert.deepStrictEqual(exit, Exit.fail(invalid))
      assert.strictEqual((yield* Ref.get(attempts)).length, 1)
    }))

  it.effect("caps delays at the maximum", () =>
    Effect.gen(function*() {
      const schedule = Retry.overloadSchedule({ maxAttempts: 6, jitter: false })
      const { attempts, effect } = yield* flaky(5)
      const fiber = yield* Effect.fork(Retry.retryOnOverload("m", schedule)(effect))
      yield* TestClock.adjust("1 minute")
      assert.strictEqual(yield* Fiber.join(fiber), "ok")
      const times = yield* Ref.get(attempts)
      const delays = times.slice(1).map((t, i) => t - times[i]!)
      assert.deepStrictEqual(delays, [250, 500, 1000, 2000, 2000].map((ms) => Duration.toMillis(ms)))
    }))
})
