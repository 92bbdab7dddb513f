/**
 * Retrying on server overload, as a `Schedule`.
 *
 * The default matches the Python SDK's `retry_on_overload`: exponential from 250 ms, doubling,
 * capped at 2 s, ±20% jitter, 3 attempts in all. Unlike it, the real overload reply (`-32001`
 * without `data`) is retried.
 *
 * @since 0.1.0
 */
import { Duration, Effect, Either, Schedule } from "effect"
import type { ServerBusy } from "./Errors.js"
import { isRetryable, RetryLimitExceeded } from "./Errors.js"
import * as Metrics from "./internal/metrics.js"

/**
 * Options of {@link overloadSchedule}.
 *
 * @since 0.1.0
 * @category models
 */
export interface OverloadScheduleOptions {
  /** The first delay. Default 250 ms. */
  readonly initialDelay?: Duration.DurationInput
  /** The longest delay before jitter. Default 2 s. */
  readonly maxDelay?: Duration.DurationInput
  /** Attempts in all, the first included. Default 3. */
  readonly maxAttempts?: number
  /** Whether to apply ±20% jitter. Default true. */
  readonly jitter?: boolean
}

/**
 * An exponential, capped, jittered, bounded schedule for retrying `ServerBusy`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const overloadSchedule = (options: OverloadScheduleOptions = {}): Schedule.Schedule<unknown, unknown> => {
  const max = Duration.decode(options.maxDelay ?? "2 seconds")
  const capped = Schedule.exponential(options.initialDelay ?? "250 millis", 2).pipe(
    Schedule.modifyDelay((delay) => Duration.min(delay, max))
  )
  const jittered = options.jitter === false ? capped : Schedule.jittered(capped)
  return Schedule.intersect(jittered, Schedule.recurs(Math.max(0, (options.maxAttempts ?? 3) - 1)))
}

/**
 * The default overload schedule: 250 ms, 500 ms (±20%), then give up: 3 attempts in all.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultSchedule: Schedule.Schedule<unknown, unknown> = overloadSchedule()

/**
 * Retries `self` with `schedule` while it fails with `ServerBusy`; any other error is final.
 * When the schedule gives up on a busy server, fails with `RetryLimitExceeded`. The first
 * attempt costs nothing extra: the schedule only starts after a busy reply.
 *
 * @since 0.1.0
 * @category combinators
 */
export const retryOnOverload = (method: string, schedule: Schedule.Schedule<unknown, unknown> = defaultSchedule) =>
<A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E | RetryLimitExceeded, R> =>
  Effect.catchAll(self, (first): Effect.Effect<A, E | RetryLimitExceeded, R> =>
    !isRetryable(first) ? Effect.fail(first) : Effect.gen(function*() {
      const driver = yield* Schedule.driver(schedule)
      let last: ServerBusy = first
      let attempts = 1
      while (true) {
        const next = yield* Effect.either(driver.next(last))
        if (Either.isLeft(next)) return yield* new RetryLimitExceeded({ method, attempts, last })
        attempts++
        Metrics.overloadRetry(method)
        const result: Either.Either<A, E> = yield* Effect.either(self)
        if (Either.isRight(result)) return result.right
        const error = result.left
        if (!isRetryable(error)) return yield* Effect.fail(error)
        last = error
      }
    }))
