/**
 * Code review: `review/start` as a turn-like handle. codex reviews uncommitted changes, a branch
 * against its base, a commit, or what custom instructions say, in a review turn on the thread
 * (codex 0.169.0 to 0.171.0 run it on the thread it was asked for: `reviewThreadId` is that
 * thread's id); the result is the review's text, typed.
 *
 * A review is a turn of its thread: it waits for the thread's running turn (or review) and a
 * turn started while it runs waits for it, one at a time per thread; an interrupted review is
 * interrupted on the server and keeps its thread until it ended (at most `turnInterruptGrace`).
 *
 * ```ts
 * const review = yield* Review.run(thread, Review.uncommittedChanges)
 * console.log(review.review)
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Scope, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { AppServerExited, ProtocolError, RequestError, TurnFailed, TurnHandleClosed } from "./Errors.js"
import type * as Events from "./Events.js"
import * as internal from "./internal/review.js"
import type { RequestOptions } from "./JsonRpc.js"
import type * as Turn from "./Turn.js"

/**
 * A thread: its handle or its id.
 *
 * @since 0.3.0
 * @category models
 */
export type ThreadRef = { readonly id: string } | string

/**
 * Options of a review: `delivery` (codex 0.169.0 knows only `"inline"`); `interruptOnExit`
 * (default true) interrupts a review still running when its scope closes; `request`, the timeout
 * and retry of `review/start`.
 *
 * @since 0.3.0
 * @category models
 */
export interface StartOptions {
  /**
   * Where codex runs the review; sent as `review/start`'s `delivery` only when given (codex 0.169.0
   * knows only `"inline"`).
   */
  readonly delivery?: Schemas.ReviewDelivery
  /**
   * Interrupt a review still running when the handle's scope closes, waiting for its end (at most
   * the `AppServerConfig` `turnInterruptGrace`, 10 s by default). Default `true`. With `false` the
   * review runs on, and its thread stays taken until it ended.
   */
  readonly interruptOnExit?: boolean
  /**
   * Timeout (of the wait for the reply, retries included) and retry of the `review/start`
   * request. On `RequestTimeout` a review the server started all the same is interrupted, and
   * its thread stays taken until it ended (at most twice `turnInterruptGrace`).
   */
  readonly request?: RequestOptions
}

/**
 * What a review produced: `review`, the review text codex reports when it leaves review mode
 * (the `exitedReviewMode` item: the overall explanation, then each finding with its location);
 * `null` when codex reported none. An interrupted review still has one (codex 0.169.0: "Reviewer
 * failed to output a response."): check `status`. Also the turn's items and final response.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReviewResult {
  /** The thread the review was asked for. */
  readonly threadId: string
  /** The thread the review ran on. */
  readonly reviewThreadId: string
  /** The review turn's id, as `review/start` answered it. */
  readonly turnId: string
  /**
   * `completed` or `interrupted` (a failed review fails with `TurnFailed` instead); `interrupted`
   * when the turn's end was never seen.
   */
  readonly status: Schemas.TurnStatus
  /** The review text of the last `exitedReviewMode` item; `null` if there is none. */
  readonly review: string | null
  /** The review turn's final response, chosen as for a turn (see `Turn.finalResponse`); `null` if none. */
  readonly finalResponse: string | null
  /** Every item from the review turn's `item/completed`, in order; unknown types as `Turn.UnknownItem`. */
  readonly items: ReadonlyArray<Turn.Item>
  /** How long the review turn ran, in milliseconds, from `turn/completed`; `null` if unknown. */
  readonly durationMs: number | null
}

/**
 * A running review, like a turn handle: its events, its result, and `interrupt`. Once its scope
 * closed, `stream` and `interrupt` fail with `TurnHandleClosed`, and so does `run` unless the
 * review had ended before.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReviewHandle {
  /** The thread the review was asked for. */
  readonly threadId: string
  /** The thread the review runs on, from the `review/start` reply. */
  readonly reviewThreadId: string
  /** The review turn's id, as `review/start` answered it. */
  readonly turnId: string
  /** The review turn as `review/start` answered it. */
  readonly turn: Schemas.Turn
  /**
   * The review turn's events from its start, ending after `turn/completed`; every consumer sees
   * them all, while the handle's scope is open (a consumer still reading when it closes ends).
   */
  readonly stream: Stream.Stream<Events.Event, AppServerExited | ProtocolError | TurnHandleClosed>
  /**
   * Waits for the review's end; a failed review turn fails with `TurnFailed`; `TurnHandleClosed`
   * when the handle's scope closed before the review ended; `ProtocolError` when a message of
   * the review turn was dropped for its size (`maxLineLength`, `maxMessageBytes`).
   */
  readonly run: Effect.Effect<ReviewResult, TurnFailed | AppServerExited | ProtocolError | TurnHandleClosed>
  /**
   * Asks the server to interrupt the review; it then ends with status `interrupted`. Fails with
   * the server's refusal only when no turn of the review could be interrupted.
   */
  readonly interrupt: Effect.Effect<void, RequestError | TurnHandleClosed>
}

/**
 * Review the working tree's uncommitted changes.
 *
 * @since 0.3.0
 * @category constructors
 */
export const uncommittedChanges: Schemas.ReviewTarget = { type: "uncommittedChanges" }

/**
 * Review the current branch against `branch`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const baseBranch = (branch: string): Schemas.ReviewTarget => ({ type: "baseBranch", branch })

/**
 * Review one commit; `title` is a label for UIs.
 *
 * @since 0.3.0
 * @category constructors
 */
export const commit = (sha: string, title?: string): Schemas.ReviewTarget =>
  title === undefined ? { type: "commit", sha } : { type: "commit", sha, title }

/**
 * A review following custom instructions.
 *
 * @since 0.3.0
 * @category constructors
 */
export const custom = (instructions: string): Schemas.ReviewTarget => ({ type: "custom", instructions })

/**
 * Starts a review and returns its handle; the scope owns it (closing the scope interrupts a review
 * still running, unless `interruptOnExit: false`). Waits first while a turn or another review
 * runs on the thread (interruptibly: nothing is sent until then).
 *
 * @since 0.3.0
 * @category combinators
 */
export const start: (
  thread: ThreadRef,
  target: Schemas.ReviewTarget,
  options?: StartOptions
) => Effect.Effect<ReviewHandle, RequestError, AppServer.AppServer | Scope.Scope> = internal.start

/**
 * Runs a review to its end and returns the result. Interrupting it (a timeout, say) interrupts
 * the review on the server and completes once it ended (at most `turnInterruptGrace`).
 *
 * @since 0.3.0
 * @category combinators
 */
export const run: (
  thread: ThreadRef,
  target: Schemas.ReviewTarget,
  options?: StartOptions
) => Effect.Effect<ReviewResult, RequestError | TurnFailed | AppServerExited, AppServer.AppServer> = internal.run

/**
 * The review text of a turn's items: the last `exitedReviewMode` item's, `null` when none.
 *
 * @since 0.3.0
 * @category getters
 */
export const reviewText: (items: ReadonlyArray<Schemas.ThreadItem>) => string | null = internal.reviewText
