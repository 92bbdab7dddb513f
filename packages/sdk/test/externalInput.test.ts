import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Effect } from "effect"
import * as ExternalInput from "../src/ExternalInput.js"
import { setup } from "./utils/setup.js"

const { Script } = FakeResponses

type Input = ReadonlyArray<{ readonly type: string; readonly name?: string; readonly output?: unknown }>
const inputOf = (body: unknown): Input => (body as { readonly input: Input }).input

describe("ExternalInput against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("send: joins a running turn; the model's next request sees it and the turn records it", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "hold", then: Script.text("working") }), Script.text("the build is green"))
        const thread = yield* codex.threadStart()
        const turn = yield* thread.turn("Tell me when the build is green.")
        yield* fake.awaitStall("hold")
        yield* ExternalInput.send(turn, ExternalInput.message("build_status", "green: 412 tests passed"))
        yield* fake.release("hold")
        const result = yield* turn.run
        assert.strictEqual(result.finalResponse, "the build is green")
        const recorded = result.items.find((i) => i.type === "functionCallOutput")
        assert.deepStrictEqual(
          recorded?.type === "functionCallOutput" ? [recorded.name, recorded.output] : [],
          ["build_status", "green: 412 tests passed"]
        )
        const requests = yield* fake.requests
        assert.strictEqual(requests.length, 2)
        const last = inputOf(requests[1]).at(-1)
        assert.deepStrictEqual([last?.type, last?.name, last?.output], ["function_call_output", "build_status", "green: 412 tests passed"])
        // one turn only: the input joined it
        const { thread: read } = yield* thread.read({ includeTurns: true })
        assert.strictEqual(read.turns.length, 1)
      }).pipe(Effect.scoped))

    it.effect("send: a turn that already ended fails with TurnNotRunning, and the turn it started is stopped", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.text("done"))
        const thread = yield* codex.threadStart()
        const turn = yield* thread.turn("quick")
        yield* turn.run
        const error = yield* Effect.flip(ExternalInput.send(turn, ExternalInput.message("late", "too late")))
        assert.strictEqual(error._tag, "TurnNotRunning")
        assert.strictEqual(error._tag === "TurnNotRunning" ? error.turnId : "", turn.id)
        // the stray turn was interrupted, and the thread is usable
        const { thread: read } = yield* thread.read({ includeTurns: true })
        const startedTurnId = error._tag === "TurnNotRunning" ? error.startedTurnId : ""
        assert.deepStrictEqual(read.turns.map((t) => [t.id, t.status]), [[turn.id, "completed"], [startedTurnId, "interrupted"]])
        yield* fake.reset
        yield* fake.enqueue(Script.text("next"))
        const next = yield* thread.run("next")
        assert.strictEqual(next.finalResponse, "next")
      }).pipe(Effect.scoped))

    it.effect("send: after the turn ended, input that lands in the client's next turn leaves that turn running", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.text("first"), Script.stall({ id: "second", then: Script.text("interim") }), Script.text("second, with the news"))
        const thread = yield* codex.threadStart()
        const first = yield* thread.turn("one")
        yield* first.run
        const second = yield* thread.turn("two")
        yield* fake.awaitStall("second")
        const error = yield* Effect.flip(ExternalInput.send(first, ExternalInput.message("news", "late news")))
        assert.strictEqual(error._tag, "TurnNotRunning")
        assert.strictEqual(error._tag === "TurnNotRunning" ? error.startedTurnId : "", second.id)
        yield* fake.release("second")
        const result = yield* second.run
        assert.strictEqual(result.status, "completed")
        assert.strictEqual(result.finalResponse, "second, with the news")
      }).pipe(Effect.scoped))

    it.effect("send to a turn that just ended, racing a run on the same thread: the run is never interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup()
        const thread = yield* codex.threadStart()
        for (let i = 0; i < 8; i++) {
          yield* fake.reset
          yield* fake.respond((request) => Script.text(request.prompt === `user ${i}` ? `answer to user ${i}` : "other", { delay: "30 millis" }))
          const [sent, run] = yield* Effect.scoped(Effect.gen(function*() {
            const turn = yield* thread.turn(`first ${i}`)
            yield* turn.run
            // the run starts at different points of the send's work
            return yield* Effect.all([
              Effect.either(ExternalInput.send(turn, ExternalInput.message("ci", "passed"))),
              Effect.sleep(`${i * 3} millis`).pipe(Effect.zipRight(thread.run(`user ${i}`)))
            ], { concurrency: 2 })
          }))
          assert.isTrue(sent._tag === "Left" && sent.left._tag === "TurnNotRunning")
          assert.strictEqual(run.status, "completed", `iteration ${i}`)
        }
      }).pipe(Effect.scoped))

    it.effect("run: a turn whose only input is the external message", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.text("noted: 3 new orders"))
        const thread = yield* codex.threadStart()
        const result = yield* ExternalInput.run(thread, ExternalInput.message("orders", [{ type: "input_text", text: "3 new orders" }], { retain: true }))
        assert.strictEqual(result.finalResponse, "noted: 3 new orders")
        assert.isUndefined(result.items.find((i) => i.type === "userMessage"))
        const input = inputOf((yield* fake.requests)[0])
        const output = input.find((i) => i.type === "function_call_output")
        assert.strictEqual(output?.name, "orders")
        assert.include(JSON.stringify(output?.output), "3 new orders")
        // a thread id instead of a handle (plain JavaScript): typed, not a TypeError
        const wrong = yield* Effect.flip(ExternalInput.run(thread.id as never, ExternalInput.message("orders", [])))
        assert.strictEqual(wrong._tag, "InvalidParams")
      }).pipe(Effect.scoped))
  })
})
