/**
 * A conversation thread: run turns on it (`run` for the result, `stream` for its events and
 * text as they come, `turn` for a handle to steer and interrupt), read it, name it, compact it.
 *
 * Turns on one thread are serialized: starting a turn while another is running waits for it to
 * complete (the server would otherwise silently steer the running turn), and a turn whose caller
 * went away, even before the server answered `turn/start`, keeps the thread until the server
 * confirmed its end. To add input to a running turn, use its handle's `steer`.
 *
 * A thread handle can be closed (`close`): once every handle of a thread is closed, the thread is
 * unloaded from the server (`thread/unsubscribe`), so a long-lived client's memory stays flat.
 * `Thread.scoped` ties a handle to a scope.
 *
 * @since 0.1.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Duration, Effect, Schema, Scope, Stream } from "effect"
import type * as Approvals from "./Approvals.js"
import type {
  AppServerExited,
  AuthenticationRequired,
  RequestError,
  StructuredOutputMismatch,
  ThreadClosed,
  TurnFailed,
  TurnTimeout
} from "./Errors.js"
import type * as Inputs from "./Inputs.js"
import type { RequestOptions } from "./JsonRpc.js"
import * as internal from "./internal/thread.js"
import type * as Turn from "./Turn.js"

/**
 * Options of a turn: everything `turn/start` accepts (camelCase, as on the wire), plus presets,
 * per-turn approval handlers and SDK behaviour.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnOptions extends Omit<Schemas.TurnStartParams, "threadId" | "input" | "outputSchema"> {
  /**
   * The shape the final answer must have: an Effect `Schema` (made into a JSON Schema in the
   * subset OpenAI's strict structured outputs accept; `run` and `stream` then decode the answer
   * into `output`), or a raw JSON Schema (checked against the same rules and sent as it is). A
   * schema that cannot be expressed fails with `InvalidParams` before anything is sent.
   */
  readonly outputSchema?: unknown
  /** Approval and sandbox presets (validated before any request). */
  readonly preset?: { readonly approvals?: Approvals.ApprovalMode; readonly sandbox?: Approvals.Sandbox }
  /** Approval handlers for this turn, before the client's. */
  readonly approvals?: Approvals.Handlers
  /** Send `turn/interrupt` when the turn's caller or scope goes away before it completed. Default true. */
  readonly interruptOnExit?: boolean
  /** Timeout and retry of the `turn/start` request. */
  readonly request?: RequestOptions
  /**
   * The longest the whole turn may take; then it is interrupted and fails with `TurnTimeout`.
   * Default: the client's `turnTimeout` (none unless set).
   */
  readonly timeout?: Duration.DurationInput
  /**
   * The longest the turn may go without any event (a stalled model, a server retrying without
   * network); then it is interrupted and fails with `TurnTimeout`. Default: the client's
   * `turnIdleTimeout` (none unless set).
   */
  readonly idleTimeout?: Duration.DurationInput
}

/**
 * Options of `run` with an Effect `Schema` as the output schema.
 *
 * @since 0.1.0
 * @category models
 */
export interface StructuredRunOptions<A, I> extends Omit<TurnOptions, "outputSchema"> {
  /** The shape of the final answer: sent as a strict JSON Schema, and used to decode the answer into `output`. */
  readonly outputSchema: Schema.Schema<A, I>
}

/**
 * A turn result with the final answer decoded by the output schema.
 *
 * @since 0.1.0
 * @category models
 */
export interface StructuredTurnResult<A> extends Turn.TurnResult {
  /**
   * The final response parsed as JSON and decoded by the output schema (a mismatch fails with
   * `StructuredOutputMismatch`).
   */
  readonly output: A
}

/**
 * What running a turn can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type RunError =
  | RequestError
  | TurnFailed
  | TurnTimeout
  | AppServerExited
  | AuthenticationRequired
  | ThreadClosed

/**
 * A thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface Thread {
  /** The thread's id. */
  readonly id: string
  /** Runs one turn to completion and returns its result. */
  readonly run: {
    <A, I>(input: Inputs.Input, options: StructuredRunOptions<A, I>): Effect.Effect<StructuredTurnResult<A>, RunError | StructuredOutputMismatch>
    (input: Inputs.Input, options?: TurnOptions): Effect.Effect<Turn.TurnResult, RunError>
  }
  /**
   * Runs one turn as a `Stream`: the turn's events as they come, then one `Turn.Done` with its
   * result (and the typed `output` of a structured turn). The turn starts when the stream is
   * run, and each run of the stream is a turn of its own. A consumer that stops early (`take`,
   * interruption, a failure) interrupts the turn. A failed turn fails the stream with
   * `TurnFailed` after its events. `Turn.answerDeltas` gives its final answer's text.
   */
  readonly stream: {
    <A, I>(
      input: Inputs.Input,
      options: StructuredRunOptions<A, I>
    ): Stream.Stream<Turn.StreamEvent<StructuredTurnResult<A>>, RunError | StructuredOutputMismatch>
    (input: Inputs.Input, options?: TurnOptions): Stream.Stream<Turn.StreamEvent, RunError>
  }
  /** Starts a turn and returns its handle; the scope owns the handle. */
  readonly turn: (
    input: Inputs.Input,
    options?: TurnOptions
  ) => Effect.Effect<Turn.TurnHandle, RequestError | TurnTimeout | AuthenticationRequired | ThreadClosed, Scope.Scope>
  /** Reads the thread, with its turns when asked. */
  readonly read: (options?: { readonly includeTurns?: boolean }) => Effect.Effect<Schemas.ThreadReadResponse, RequestError | ThreadClosed>
  /** Names the thread. */
  readonly setName: (name: string) => Effect.Effect<Schemas.ThreadSetNameResponse, RequestError | ThreadClosed>
  /** Starts compacting the thread's history. */
  readonly compact: Effect.Effect<Schemas.ThreadCompactStartResponse, RequestError | ThreadClosed>
  /**
   * Closes this handle (idempotent); later uses fail with `ThreadClosed`. When it was the
   * thread's last open handle, the thread is unloaded from the server after its running turn.
   */
  readonly close: Effect.Effect<void, RequestError>
}

/**
 * Ties a thread handle to the scope: closed (and, if it was the last, unloaded) when the scope
 * closes.
 *
 * ```ts
 * const thread = yield* Thread.scoped(codex.threadStart())
 * ```
 *
 * @since 0.2.0
 * @category constructors
 */
export const scoped = <E, R>(thread: Effect.Effect<Thread, E, R>): Effect.Effect<Thread, E, R | Scope.Scope> =>
  internal.scoped(thread)

/**
 * The reasoning efforts codex 0.169.0 knows (`TurnOptions.effort`); another value fails with
 * `InvalidParams` before the turn is sent. Which of them a model supports is in its
 * `supportedReasoningEfforts` (`Codex.models`).
 *
 * @since 0.3.0
 * @category constants
 */
export const reasoningEfforts: ReadonlyArray<string> = internal.reasoningEfforts
