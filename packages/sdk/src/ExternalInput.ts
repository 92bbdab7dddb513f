/**
 * External input: data from outside the model (a sensor, a webhook, another agent) delivered to a
 * thread as the output of a named tool (`toolOutput` on `turn/start`, as the Python SDK's
 * `ExternalMessage`). `send` adds it to a running turn, next to `steer` (which adds user input);
 * `run` makes it a turn of its own.
 *
 * ```ts
 * const turn = yield* thread.turn("Watch the build and tell me when it is green.")
 * yield* ExternalInput.send(turn, ExternalInput.message("build_status", "green: 412 tests passed"))
 * const result = yield* turn.run
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect } from "effect"
import { Schema } from "effect"
import type * as AppServer from "./AppServer.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/externalInput.js"
import type { RequestOptions } from "./JsonRpc.js"
import type * as Thread from "./Thread.js"
import type * as Turn from "./Turn.js"

/**
 * One piece of external input: the output of the tool `name` (in `namespace`), a string or content
 * items (`input_text`, `input_image`, ...). With `retain`, codex keeps it in the thread's model
 * history. The model sees it as a `function_call_output`; the turn records a `functionCallOutput`
 * item.
 *
 * @since 0.3.0
 * @category models
 */
export type ExternalMessage = Schemas.TurnToolOutput

/**
 * Options of {@link message}.
 *
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** The namespace of the tool `name`; left out when omitted. */
  readonly namespace?: string
  /** Keep the output in the thread's model history. */
  readonly retain?: boolean
}

/**
 * The external input was not added to the turn: it had already ended. The server added it to the
 * turn running on the thread instead (`startedTurnId`): a new turn it started for it, which was
 * interrupted at once, or another turn of this client that had started meanwhile, left running
 * (it received the input). Use {@link run} to start a turn with external input.
 *
 * @since 0.3.0
 * @category errors
 */
export class TurnNotRunning extends Schema.TaggedError<TurnNotRunning>()("TurnNotRunning", {
  threadId: Schema.String,
  turnId: Schema.String,
  startedTurnId: Schema.String
}) {
  override get message(): string {
    return `turn ${this.turnId} of thread ${this.threadId} is not running: the external input was not added to it`
  }
}

/**
 * Makes an external message: the output of the tool `name`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const message: (name: string, output: Schemas.FunctionCallOutputBody, options?: Options) => ExternalMessage =
  internal.message

/**
 * Adds external input to a running turn: the model sees it with the turn's next request (what
 * it was generating is resampled, as with `steer`). Fails with `TurnNotRunning` when the turn had
 * ended.
 *
 * @since 0.3.0
 * @category combinators
 */
export const send: (
  turn: Turn.TurnHandle,
  external: ExternalMessage,
  options?: RequestOptions
) => Effect.Effect<void, RequestError | TurnNotRunning, AppServer.AppServer> = internal.send

/**
 * Runs a turn whose only input is the external message (`turn/start` with `toolOutput` and no
 * user input), to completion, like `thread.run`.
 *
 * @since 0.3.0
 * @category combinators
 */
export const run: (
  thread: Thread.Thread,
  external: ExternalMessage,
  options?: Thread.TurnOptions
) => Effect.Effect<Turn.TurnResult, Thread.RunError> = internal.run
