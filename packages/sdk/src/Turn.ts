/**
 * A turn's events, text and result. `Thread.stream` runs a turn as a `Stream` of its events
 * ending with a {@link Done} (the result, with the typed `output` of a structured turn);
 * `Thread.turn` gives a {@link TurnHandle} for steering and interrupting. {@link answerDeltas}
 * and {@link textParts} turn either's events into text: the final answer only, or every text
 * delta with its kind (answer, commentary, reasoning).
 *
 * A turn handle lives in a scope: when the scope closes while the turn is still running (for
 * instance because the fiber consuming it was interrupted), the SDK sends `turn/interrupt` for
 * it, unless told not to, and keeps the thread reserved until the turn completed. Using a handle
 * after its scope closed fails with `TurnHandleClosed`.
 *
 * @since 0.1.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Stream } from "effect"
import type { AppServerExited, ProtocolError, RequestError, TurnFailed, TurnHandleClosed, TurnTimeout } from "./Errors.js"
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
  /** The turn's id, as the server assigned it (`turn/start`). */
  readonly id: string
  /** The thread the turn ran on. */
  readonly threadId: string
  /**
   * `completed` or `interrupted` (a failed turn fails with `TurnFailed` instead); `interrupted` when the
   * turn's end was never seen.
   */
  readonly status: Schemas.TurnStatus
  /** The error the server reported for the turn (a failed or interrupted one); `null` if none. */
  readonly error: Schemas.TurnError | null
  /** The last `final_answer` agent message, else the last phase-less one; `null` if none. */
  readonly finalResponse: string | null
  /**
   * Every item from `item/completed`, in order. An item of a type this SDK's protocol does not
   * know (from a newer server) is an {@link UnknownItem}; an item of a known type whose fields
   * changed is kept as the server sent it.
   */
  readonly items: ReadonlyArray<Item>
  /**
   * The last token usage update of the turn. When the model reports no usage, codex 0.169.0
   * repeats the thread's previous numbers, so `last` can then describe an earlier turn.
   */
  readonly usage: Schemas.ThreadTokenUsage | null
  /** When the turn started, in Unix seconds, from `turn/completed`; `null` if the server did not say. */
  readonly startedAt: number | null
  /** When the turn completed, in Unix seconds, from `turn/completed`; `null` if the server did not say. */
  readonly completedAt: number | null
  /** How long the turn ran, in milliseconds, as the server measured it; `null` if unknown. */
  readonly durationMs: number | null
}

/**
 * An item of a type the pinned protocol does not know, as a newer app-server may send:
 * `itemType` is its `type`, `raw` the item as the server sent it.
 *
 * @since 0.3.0
 * @category models
 */
export interface UnknownItem {
  /** Always `"unknown"`, which tells it apart from the protocol's items. */
  readonly type: "unknown"
  /** The `type` the server gave the item; `""` if it had none. */
  readonly itemType: string
  /** The item's `id` if it had a string one, else `undefined`. */
  readonly id: string | undefined
  /** The item exactly as the server sent it. */
  readonly raw: unknown
}

/**
 * An item of a turn's result: one the protocol knows, or an {@link UnknownItem}.
 *
 * @since 0.3.0
 * @category models
 */
export type Item = Schemas.ThreadItem | UnknownItem

/**
 * A turn being run.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnHandle {
  /** The turn's id (from the `turn/start` reply). */
  readonly id: string
  /** The thread the turn runs on. */
  readonly threadId: string
  /**
   * The turn's events, ending after `turn/completed`. Every consumer sees every event from the
   * turn's start, whenever it starts and however many consume at once (the handle keeps the
   * events until its scope closes). A message of the turn dropped for its size (over
   * `maxLineLength` or `maxMessageBytes`) fails it with `ProtocolError` after the events before it.
   */
  readonly stream: Stream.Stream<Events.Event, AppServerExited | ProtocolError | TurnHandleClosed>
  /**
   * The text of the final answer as it streams (see {@link answerDeltas}): commentary and
   * reasoning are left out. Same rule as `stream`.
   */
  readonly textDeltas: Stream.Stream<string, AppServerExited | ProtocolError | TurnHandleClosed>
  /**
   * Waits for the turn's end and returns its result (whether or not its events were consumed);
   * `ProtocolError` when a message of the turn was dropped for its size (the result would be
   * incomplete).
   */
  readonly run: Effect.Effect<TurnResult, TurnFailed | TurnTimeout | AppServerExited | ProtocolError | TurnHandleClosed>
  /**
   * Adds input to the running turn. The input is checked as a turn's own is (empty or blank
   * input, a missing local image: `InvalidParams`, nothing sent).
   */
  readonly steer: (input: Inputs.Input) => Effect.Effect<Schemas.TurnSteerResponse, RequestError | TurnHandleClosed>
  /**
   * Asks the server to interrupt the turn; it then completes with status `interrupted`.
   * Idempotent: on a turn that already ended it does nothing.
   */
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
export const finalResponse: (items: ReadonlyArray<Item>) => string | null = internal.finalResponse

/**
 * The last element of a `Thread.stream`: the turn's result (with `output` for a structured
 * turn).
 *
 * @since 0.3.0
 * @category models
 */
export interface Done<Result extends TurnResult = TurnResult> {
  /** Always `"Done"`: tells this element apart from the turn's events. */
  readonly _tag: "Done"
  /** The turn's result; for a structured turn it also has the decoded `output`. */
  readonly result: Result
}

/**
 * What `Thread.stream` emits: the turn's events, then one {@link Done}.
 *
 * @since 0.3.0
 * @category models
 */
export type StreamEvent<Result extends TurnResult = TurnResult> = Events.Event | Done<Result>

/**
 * One text delta of a turn, with what it belongs to:
 *
 * - `answer`: the final answer (an agent message whose phase is `final_answer`, or that has no
 *   phase); the same text as the result's `finalResponse` when the model writes one answer;
 * - `commentary`: an agent message with another phase (`commentary`, `partial_answer`), such as
 *   "Let me look at the files.";
 * - `reasoningSummary`, `reasoning`: the model's reasoning summary and raw reasoning.
 *
 * @since 0.3.0
 * @category models
 */
export interface TextPart {
  /** Which text the delta belongs to: the final answer, commentary, or the reasoning (summary or raw). */
  readonly kind: "answer" | "commentary" | "reasoningSummary" | "reasoning"
  /** The item the text belongs to. */
  readonly itemId: string
  /** The agent message's phase as `item/started` announced it; `null` for reasoning. */
  readonly phase: Schemas.MessagePhase | null
  /** The text itself, as one delta of the stream. */
  readonly delta: string
}

/**
 * Every text delta of a turn's events (of `Thread.stream` or a handle's `stream`), with its
 * kind. An agent message's kind comes from the phase its `item/started` announced.
 *
 * ```ts
 * thread.stream("Fix the bug").pipe(
 *   Turn.textParts,
 *   Stream.runForEach((part) => Console.log(part.kind, part.delta))
 * )
 * ```
 *
 * @since 0.3.0
 * @category combinators
 */
export const textParts: <E, R>(events: Stream.Stream<StreamEvent, E, R>) => Stream.Stream<TextPart, E, R> =
  internal.textParts

/**
 * The text of the final answer as it streams: the `answer` deltas of {@link textParts}, without
 * commentary or reasoning.
 *
 * ```ts
 * thread.stream("Explain monads briefly").pipe(
 *   Turn.answerDeltas,
 *   Stream.runForEach((text) => Effect.sync(() => process.stdout.write(text)))
 * )
 * ```
 *
 * @since 0.3.0
 * @category combinators
 */
export const answerDeltas: <E, R>(events: Stream.Stream<StreamEvent, E, R>) => Stream.Stream<string, E, R> =
  internal.answerDeltas
