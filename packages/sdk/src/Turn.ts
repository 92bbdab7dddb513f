/**
 * A running turn: its events as a `Stream`, its text as a `Stream` of deltas, its result, and
 * control (`steer`, `interrupt`). A turn handle lives in a scope: when the scope closes while the
 * turn is still running (for instance because the fiber consuming it was interrupted), the SDK
 * sends `turn/interrupt` for it, unless told not to, and keeps the thread reserved until the turn
 * completed. Using a handle after its scope closed fails with `TurnHandleClosed`.
 *
 * @since 0.1.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Stream } from "effect"
import type { AppServerExited, RequestError, TurnFailed, TurnHandleClosed, TurnTimeout } from "./Errors.js"
import type * as Events from "./Events.js"
import type * as Inputs from "./Inputs.js"
import * as internal from "./internal/turn.js"

/**
 * What a completed turn produced.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnResult {
  readonly id: string
  readonly threadId: string
  readonly status: Schemas.TurnStatus
  readonly error: Schemas.TurnError | null
  /** The last `final_answer` agent message, else the last phase-less one; `null` if none. */
  readonly finalResponse: string | null
  /** Every item from `item/completed`, in order. */
  readonly items: ReadonlyArray<Schemas.ThreadItem>
  /**
   * The last token usage update of the turn. When the model reports no usage, codex 0.169.0
   * repeats the thread's previous numbers, so `last` can then describe an earlier turn.
   */
  readonly usage: Schemas.ThreadTokenUsage | null
  readonly startedAt: number | null
  readonly completedAt: number | null
  readonly durationMs: number | null
}

/**
 * A turn being run.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnHandle {
  readonly id: string
  readonly threadId: string
  /**
   * The turn's events from its start, ending after `turn/completed`. Consume it once at a time
   * (several consumers at once would split the events); a later consumer continues where the
   * previous one stopped.
   */
  readonly stream: Stream.Stream<Events.Event, AppServerExited | TurnHandleClosed>
  /** The text of the agent's messages as it streams (`item/agentMessage/delta`). Same rule as `stream`. */
  readonly textDeltas: Stream.Stream<string, AppServerExited | TurnHandleClosed>
  /** Waits for the turn's end and returns its result (whether or not its events were consumed). */
  readonly run: Effect.Effect<TurnResult, TurnFailed | TurnTimeout | AppServerExited | TurnHandleClosed>
  /** Adds input to the running turn. */
  readonly steer: (input: Inputs.Input) => Effect.Effect<Schemas.TurnSteerResponse, RequestError | TurnHandleClosed>
  /** Asks the server to interrupt the turn; it then completes with status `interrupted`. */
  readonly interrupt: Effect.Effect<void, RequestError | TurnHandleClosed>
}

/**
 * The final response of a turn from its completed items: the last agent message whose phase is
 * `final_answer`, else the last agent message without a phase; commentary never counts; an empty
 * text is kept; `null` when there is none.
 *
 * @since 0.1.0
 * @category getters
 */
export const finalResponse: (items: ReadonlyArray<Schemas.ThreadItem>) => string | null = internal.finalResponse
