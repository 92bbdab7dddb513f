/**
 * JSON-RPC over newline-delimited JSON: the transport a connection runs on, per-call options and
 * connection statistics.
 *
 * A connection has one reader fiber and one writer fiber. Lines are split correctly however the
 * bytes are chunked (`\r\n` tolerated, a maximum line length enforced); replies are matched to a
 * `Deferred` per request id; every request has a timeout and interruption removes its entry;
 * requests in flight are bounded; an undecodable line is logged and counted, never fatal; when the
 * transport closes, everything pending fails at once with `AppServerExited`.
 *
 * @since 0.1.0
 */
import type { Duration, Effect, Schedule, Sink, Stream } from "effect"
import type { AppServerExited } from "./Errors.js"

/**
 * How a connection reaches the app-server. `AppServerProcess` provides one over stdio.
 *
 * @since 0.1.0
 * @category models
 */
export interface Transport {
  /** Bytes from the server; ends when the server closes its side. */
  readonly input: Stream.Stream<Uint8Array, unknown>
  /** Where bytes for the server go; the connection runs one writer into it. */
  readonly output: Sink.Sink<void, Uint8Array, never, unknown>
  /** Why the server is gone, once `input` has ended. */
  readonly closed: Effect.Effect<AppServerExited>
}

/**
 * Per-call options of a request.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestOptions {
  /** This call's timeout, replacing the connection's default. */
  readonly timeout?: Duration.DurationInput | undefined
  /** This call's overload retry schedule, or `false` for no retry. */
  readonly retry?: Schedule.Schedule<unknown, unknown> | false | undefined
}

/**
 * Counters of a connection, for monitoring and tests.
 *
 * @since 0.1.0
 * @category models
 */
export interface Stats {
  /** Request attempts written (retries count). */
  readonly requestsSent: number
  /** Requests waiting for a reply. */
  readonly pendingRequests: number
  /** Lines that were not JSON-RPC messages (logged and ignored). */
  readonly undecodableLines: number
  /** Lines over the maximum length (dropped). */
  readonly oversizedLines: number
  /** Events dropped because an unclaimed-turn buffer was full. */
  readonly droppedEvents: number
  /** Turns being routed now. */
  readonly liveTurns: number
  /** Turns whose events are buffered for a subscriber that has not come yet. */
  readonly unclaimedTurns: number
}
