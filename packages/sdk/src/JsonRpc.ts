/**
 * JSON-RPC over newline-delimited JSON: per-call options and connection statistics.
 *
 * A connection reads its transport's chunks as they arrive and routes them synchronously: lines
 * are split correctly however the bytes are chunked (`\r\n` and a leading byte order mark
 * tolerated, a maximum line length enforced); a reply completes its request directly; every
 * request has a timeout of its own and interruption removes its entry; requests in flight are
 * bounded by a FIFO permit pool; an undecodable line is logged and counted, never fatal; when the
 * transport ends or its writer fails, everything pending fails at once with `AppServerExited`.
 *
 * @since 0.1.0
 */
import type { Duration, Schedule } from "effect"

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
  /** Requests waiting for a permit (`maxRequestsInFlight` are in flight). */
  readonly queuedRequests: number
  /** Replies that came after their request timed out or was interrupted (ignored). */
  readonly lateReplies: number
  /** Lines that were not JSON-RPC messages (logged and ignored). */
  readonly undecodableLines: number
  /**
   * Lines over `maxLineLength`, and socket messages over `maxMessageBytes`, dropped (a reply
   * among them fails its request; a message of a turn fails that turn with `ProtocolError`).
   */
  readonly oversizedLines: number
  /**
   * Events dropped because an unclaimed turn held `unclaimedEventsPerTurn` events, or because
   * more than `unclaimedTurns` turns waited for a subscriber (the oldest went).
   */
  readonly droppedEvents: number
  /** Turns being routed now. */
  readonly liveTurns: number
  /** Turns whose events are buffered for a subscriber that has not come yet. */
  readonly unclaimedTurns: number
  /** Server requests of a turn waiting for their `serverRequest/resolved`. */
  readonly pendingServerRequests: number
  /** Server-request handlers running now. */
  readonly runningHandlers: number
  /** Threads with a turn running or waiting to run. */
  readonly busyThreads: number
  /** Replies over the size limit whose request failed at once with `ProtocolError`. */
  readonly oversizedReplies: number
  /** Bytes written to the server and not yet read by it (0 when the transport cannot tell). */
  readonly outboxBytes: number
  /** Requests refused with `ServerBusy` because the outbox held more than `maxOutboxBytes`. */
  readonly outboxRefusals: number
  /** Deltas merged into the previous one because a turn's stream held `turnEventsCapacity` events. */
  readonly coalescedEvents: number
  /** Global events dropped (oldest first) because a subscriber held `globalEventsCapacity` unread. */
  readonly droppedGlobalEvents: number
  /** stderr bytes kept (at most `maxStderrBytes`). */
  readonly stderrRetainedBytes: number
  /** stderr lines longer than 2,000 characters, cut. */
  readonly stderrTruncatedLines: number
}
