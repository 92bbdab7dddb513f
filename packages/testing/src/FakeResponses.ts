/**
 * A scripted fake of the OpenAI Responses API, for running the real `codex app-server` offline.
 *
 * The fake listens on `127.0.0.1` at a random free port and answers `POST /v1/responses` with a
 * `text/event-stream` of Responses events (`event: <type>\ndata: <json>\n\n`). Each request is
 * answered by the first of: the next {@link Script} queued for its thread
 * ({@link Service.enqueueFor}), the first {@link Responder} that answers it (a function of the
 * request: thread, prompt, tools offered, tool outputs; {@link Service.respond}), the next script
 * of the shared queue ({@link Service.enqueue}), the {@link Options.fallback} (by default
 * `Script.text("ok")`). Every request is recorded for assertions ({@link Service.parsedRequests}).
 *
 * What codex needs from the stream (established against 0.169.0, still true of 0.171.0: the tests run against the pinned binary):
 * - `response.completed` must carry `response.id`, or the turn fails with
 *   `failed to parse ResponseCompleted: missing field id`.
 * - Text deltas are only surfaced (`item/agentMessage/delta`) for an item announced by
 *   `response.output_item.added`; `response.output_item.done` is the authoritative item and is
 *   where codex reads the message `phase`.
 * - After a `function_call` item codex runs the tool and sends a second request whose `input` ends
 *   with a `function_call_output` for the same `call_id`: queue the script that answers it.
 * - `response.usage` becomes `thread/tokenUsage/updated`; without `usage` no such notification.
 * - `GET /v1/models` is never asked for with a custom provider; it answers an empty list anyway.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeResponses } from "@effect-codex/testing"
 *
 * const program = Effect.gen(function*() {
 *   const fake = yield* FakeResponses.FakeResponses
 *   yield* fake.enqueue(
 *     FakeResponses.Script.reply([
 *       FakeResponses.Item.message("Looking.", { phase: "commentary" }),
 *       FakeResponses.Item.message("Done.", { phase: "final_answer" })
 *     ], { usage: { inputTokens: 10, outputTokens: 3 } })
 *   )
 *   // ... point codex at fake.baseUrl and run a turn ...
 * }).pipe(Effect.provide(FakeResponses.layer))
 * ```
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"
import type { Duration, Scope } from "effect"
import * as internal from "./internal/fakeResponses.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * The `phase` of an assistant message: `commentary` (progress talk, never the final answer) or
 * `final_answer`. Omitted, codex reports `phase: null`.
 *
 * @since 0.1.0
 * @category models
 */
export type Phase = "commentary" | "final_answer"

/**
 * Token usage reported on `response.completed`. `totalTokens` defaults to input + output;
 * `cachedTokens` and `reasoningTokens` default to 0.
 *
 * codex reports it as `thread/tokenUsage/updated` (`inputTokens`, `cachedInputTokens`,
 * `outputTokens`, `reasoningOutputTokens`, `totalTokens`).
 *
 * @since 0.1.0
 * @category models
 */
export interface Usage {
  /** `input_tokens`: the tokens of the request's input. */
  readonly inputTokens: number
  /** `output_tokens`: the tokens the response produced. */
  readonly outputTokens: number
  /** `total_tokens`; default `inputTokens + outputTokens`. */
  readonly totalTokens?: number
  /** `input_tokens_details.cached_tokens`. */
  readonly cachedTokens?: number
  /** `output_tokens_details.reasoning_tokens`. */
  readonly reasoningTokens?: number
}

/**
 * An assistant `message` output item, streamed as `response.output_text.delta` events (one per
 * element of `deltas`); its text is the concatenation of the deltas.
 *
 * @since 0.1.0
 * @category models
 */
export interface MessageItem {
  /** Always `"Message"`. */
  readonly _tag: "Message"
  /** The text deltas, each streamed as one `response.output_text.delta`, in order. */
  readonly deltas: ReadonlyArray<string>
  /** The message's `phase`; `undefined` leaves it out (codex then reports `phase: null`). */
  readonly phase: Phase | undefined
  /** Item id; defaults to `msg_<request>_<index>`. codex uses it as the app-server item id. */
  readonly id: string | undefined
}

/**
 * A `reasoning` output item with a summary, streamed as `response.reasoning_summary_*` events:
 * codex emits `item/reasoning/summaryPartAdded`, `item/reasoning/summaryTextDelta` and a
 * `reasoning` item whose `summary` lists the parts.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningItem {
  /** Always `"Reasoning"`. */
  readonly _tag: "Reasoning"
  /** One entry per summary part, each split into its deltas. */
  readonly summary: ReadonlyArray<ReadonlyArray<string>>
  /** Sent as the done item's `encrypted_content`; `undefined` leaves it out. */
  readonly encryptedContent: string | undefined
  /** Item id; defaults to `rs_<request>_<index>`. */
  readonly id: string | undefined
}

/**
 * A `function_call` output item (`name`, `call_id`, JSON-encoded `arguments`).
 *
 * @since 0.1.0
 * @category models
 */
export interface FunctionCallItem {
  /** Always `"FunctionCall"`. */
  readonly _tag: "FunctionCall"
  /** The name of the tool called, such as `exec_command`. */
  readonly name: string
  /** The JSON-encoded arguments, as sent. */
  readonly arguments: string
  /** Defaults to `call_<request>_<index>`. codex uses it as the command item id. */
  readonly callId: string | undefined
  /** Item id; defaults to `fc_<request>_<index>`. */
  readonly id: string | undefined
}

/**
 * An item of a scripted response's `output`.
 *
 * @since 0.1.0
 * @category models
 */
export type OutputItem = MessageItem | ReasoningItem | FunctionCallItem

/**
 * How a streamed response ends:
 * - `Completed`: `response.completed`, with `usage` when given;
 * - `Failed`: `response.failed` with `response.error = {code, message}`;
 * - `Cut`: no terminal event. `mode: "close"` drops the TCP connection after the events (codex
 *   0.169.0: `stream disconnected before completion: Transport error: network error: error decoding
 *   response body`), `mode: "end"` ends the HTTP body cleanly (codex: `stream disconnected before
 *   completion: stream closed before response.completed`). Either way the turn fails with
 *   `codexErrorInfo: "other"`. `partial` streams the start of one more message (added + deltas,
 *   never done) before the cut: codex forwards its deltas, never completes the item.
 *
 * @since 0.1.0
 * @category models
 */
export type Ending =
  | { readonly _tag: "Completed"; readonly usage: Usage | undefined }
  | { readonly _tag: "Failed"; readonly code: string; readonly message: string }
  | { readonly _tag: "Cut"; readonly mode: "close" | "end"; readonly partial: ReadonlyArray<string> | undefined }

/**
 * A streamed (HTTP 200, `text/event-stream`) response: `response.created`, then every item
 * (`output_item.added`, deltas, `output_item.done`), then the {@link Ending}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reply {
  /** Always `"Reply"`. */
  readonly _tag: "Reply"
  /** The output items, streamed in order. */
  readonly items: ReadonlyArray<OutputItem>
  /** How the stream ends once the items are streamed. */
  readonly ending: Ending
  /** Defaults to `resp_<request>`. */
  readonly responseId: string | undefined
  /**
   * A pause before each event after `response.created` (so between deltas too), in real time:
   * the TestClock does not affect it. Default: none.
   */
  readonly delay?: Duration.Duration | undefined
}

/**
 * Streams `response.created`, then holds the stream open until released with
 * {@link Service.release} (same `id`), then continues with the rest of `then`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Stall {
  /** Always `"Stall"`. */
  readonly _tag: "Stall"
  /** The latch that `Service.release` opens. */
  readonly id: string
  /** What is streamed after `response.created` once released. */
  readonly then: Reply
}

/**
 * A plain HTTP error: `status` with a JSON `body` (by default
 * `{"error": {"message", "type", "param": null, "code"}}`).
 *
 * With `request_max_retries = 0`, codex 0.169.0 turns 500 into `codexErrorInfo:
 * "internalServerError"`, 401 into `{httpConnectionFailed: {httpStatusCode: 401}}`, 429 into
 * `{responseTooManyFailedAttempts: {httpStatusCode: 429}}` and 400 into `"other"` with the raw
 * body as message.
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpError {
  /** Always `"HttpError"`. */
  readonly _tag: "HttpError"
  /** The HTTP status code. */
  readonly status: number
  /** The response body, sent as JSON. */
  readonly body: unknown
  /** Extra response headers; empty by default. */
  readonly headers: Readonly<Record<string, string>>
}

/**
 * What the fake does with one `POST /v1/responses` request.
 *
 * @since 0.1.0
 * @category models
 */
export type Script = Reply | Stall | HttpError

/**
 * Options of a message: `chunks` splits a string text into that many deltas (default 3; an array
 * of strings gives the deltas explicitly), `phase`, and `id`.
 *
 * @since 0.1.0
 * @category models
 */
export interface MessageOptions {
  /**
   * How many deltas a string text is split into (at most one per character); default 3. Ignored for
   * an array of deltas.
   */
  readonly chunks?: number
  /** The message's `phase`; default none (codex reports `phase: null`). */
  readonly phase?: Phase
  /** The item id; default `msg_<request>_<index>`. */
  readonly id?: string
}

/**
 * Options of a reasoning item: `chunks` deltas per summary part (default 2), an opaque
 * `encryptedContent`, and `id`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningOptions {
  /** How many deltas each summary part is split into (at most one per character); default 2. */
  readonly chunks?: number
  /** An opaque `encrypted_content` for the reasoning item; default none. */
  readonly encryptedContent?: string
  /** The item id; default `rs_<request>_<index>`. */
  readonly id?: string
}

/**
 * Options of a function call: `callId` and item `id`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FunctionCallOptions {
  /** The call's `call_id`; default `call_<request>_<index>`. */
  readonly callId?: string
  /** The item id; default `fc_<request>_<index>`. */
  readonly id?: string
}

/**
 * The `exec_command` tool call of codex 0.169.0 (unified exec). `sandboxPermissions:
 * "require_escalated"` with a `justification` makes codex ask for approval
 * (`item/commandExecution/requestApproval`) when the thread's approval policy is `on-request`;
 * with `never` the command simply runs in the sandbox.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExecCommandOptions extends FunctionCallOptions {
  /** The shell command (`cmd`). */
  readonly cmd: string
  /** `workdir`: where to run it (default: the turn's working directory). */
  readonly workdir?: string
  /** `sandbox_permissions`: `"require_escalated"` asks to run outside the sandbox (an approval on an `on-request` thread). */
  readonly sandboxPermissions?: "use_default" | "require_escalated"
  /** `justification`: the approval question for `require_escalated` (the approval request's `reason`). */
  readonly justification?: string
  /** `prefix_rule`: a reusable approval prefix for `cmd` (with `require_escalated`), e.g. `["git", "pull"]`. */
  readonly prefixRule?: ReadonlyArray<string>
  /** `login`: run the shell with `-l`/`-i` semantics (codex's default: true). */
  readonly login?: boolean
  /** `tty`: allocate a PTY instead of plain pipes. */
  readonly tty?: boolean
  /** `yield_time_ms`: how long codex waits for output before yielding (default 10,000 ms). */
  readonly yieldTimeMs?: number
  /** `max_output_tokens`: the output token budget (default 10,000). */
  readonly maxOutputTokens?: number
}

/**
 * Options of a completed response: `usage` on `response.completed` and the response id.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReplyOptions {
  /** The usage sent on `response.completed`; default none (codex then sends no `thread/tokenUsage/updated`). */
  readonly usage?: Usage
  /** The response id; default `resp_<request>`. */
  readonly responseId?: string
  /** A pause before each event after `response.created` (see {@link Reply.delay}). */
  readonly delay?: Duration.DurationInput
}

/**
 * Options of {@link Script.cut}.
 *
 * @since 0.1.0
 * @category models
 */
export interface CutOptions {
  /** Complete items streamed before the cut. */
  readonly items?: ReadonlyArray<OutputItem>
  /** The start of a message (added + these deltas, no done) streamed right before the cut. */
  readonly partial?: string | ReadonlyArray<string>
  /** `"close"` (default) drops the connection, `"end"` ends the body cleanly. */
  readonly mode?: "close" | "end"
  /** The response id; default `resp_<request>`. */
  readonly responseId?: string
}

/**
 * Options of {@link Script.stall}: the latch `id` (default `"stall"`) and what to stream once
 * released (default `Script.text("ok")`).
 *
 * @since 0.1.0
 * @category models
 */
export interface StallOptions {
  /** The latch id that `Service.release` takes; default `"stall"`. */
  readonly id?: string
  /** What to stream once released; default `Script.text("ok")`. */
  readonly then?: Reply
}

/**
 * Options of {@link Script.httpError}: the error `message`, `type`, `code` of the default body, a
 * whole replacement `body`, and extra response `headers` (e.g. `retry-after`).
 *
 * @since 0.1.0
 * @category models
 */
export interface HttpErrorOptions {
  /** The default body's `error.message`; default `fake error <status>`. */
  readonly message?: string
  /**
   * The default body's `error.type`; default from the status (`invalid_request_error` for 400 and
   * 401, `rate_limit_exceeded` for 429, ...), else `server_error`.
   */
  readonly type?: string
  /** The default body's `error.code`; default `null`. */
  readonly code?: string
  /** A whole body to send instead of the default one. */
  readonly body?: unknown
  /** Extra response headers, such as `retry-after`. */
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * One request received by the fake, on any path. `body` is the parsed JSON, or the raw text when
 * it is not JSON, or `undefined` when empty.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReceivedRequest {
  /** The HTTP method, such as `POST`. */
  readonly method: string
  /** Path and query, e.g. `/v1/responses`. */
  readonly path: string
  /** The request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>
  /** The parsed JSON body; the raw text if not JSON; `undefined` if empty. */
  readonly body: unknown
}

/**
 * The output of a tool call that codex sends back to the model (a `function_call_output` input
 * item): what a command printed, or what a tool returned.
 *
 * @since 0.2.0
 * @category models
 */
export interface ToolOutput {
  /** The `call_id` of the call this answers. */
  readonly callId: string
  /** The output as text (JSON-encoded when codex sent structured content). */
  readonly output: string
}

/**
 * One `POST /v1/responses` as codex sent it, with what a test usually routes on already read
 * out of the body: the thread, the turn, the user's prompt, the tools offered and the tool
 * outputs codex sends back after a tool call.
 *
 * @since 0.2.0
 * @category models
 */
export interface ResponsesRequest {
  /** 1-based position among the `POST /v1/responses` this fake received. */
  readonly index: number
  /** The app-server thread id (`client_metadata.thread_id`; codex 0.169.0 always sends it). */
  readonly threadId: string | undefined
  /** The app-server turn id (`client_metadata.turn_id`). */
  readonly turnId: string | undefined
  /**
   * The text of the last user message: the prompt of the current turn (also on the requests
   * that follow a tool call in the same turn).
   */
  readonly prompt: string | undefined
  /** Names of the tools offered (`tools[].name`, else `tools[].type`), e.g. `exec_command`. */
  readonly tools: ReadonlyArray<string>
  /** The tool outputs after the last user message, in order: empty on a turn's first request. */
  readonly toolOutputs: ReadonlyArray<ToolOutput>
  /** `body.model`, else `"mock-model"`. */
  readonly model: string
  /** The parsed JSON body. */
  readonly body: unknown
  /** The request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>
}

/**
 * Answers a request by a function of it: a {@link Script}, or `undefined` to leave the request
 * to the next responder, then to the shared queue. May be an Effect (e.g. to wait for a signal
 * of the test). A responder that throws or dies answers HTTP 500.
 *
 * @since 0.2.0
 * @category models
 */
export type Responder = (
  request: ResponsesRequest
) => Script | undefined | Effect.Effect<Script | undefined>

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** Scripts queued from the start. */
  readonly scripts?: ReadonlyArray<Script>
  /** Answers every request that finds the queue empty. Default: `Script.text("ok")`. */
  readonly fallback?: Script
  /** Responders from the start (see {@link Service.respond}). */
  readonly respond?: Responder | ReadonlyArray<Responder>
}

/**
 * The running fake. Each `POST /v1/responses` is answered by the first of: the request's
 * thread's own queue ({@link Service.enqueueFor}), the responders in the order they were added
 * ({@link Service.respond}; one returning `undefined` passes), the shared queue
 * ({@link Service.enqueue}), the fallback.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** The TCP port on 127.0.0.1. */
  readonly port: number
  /** `http://127.0.0.1:PORT`. */
  readonly url: string
  /** `http://127.0.0.1:PORT/v1`: the provider `base_url` for codex. */
  readonly baseUrl: string
  /** Appends scripts to the shared queue; each `POST /v1/responses` takes the first one. */
  readonly enqueue: (...scripts: ReadonlyArray<Script>) => Effect.Effect<void>
  /**
   * Appends scripts to the queue of one thread: only requests of that thread take them (before
   * any responder or the shared queue). Gives each agent of a test its own answers.
   */
  readonly enqueueFor: (threadId: string, ...scripts: ReadonlyArray<Script>) => Effect.Effect<void>
  /**
   * Adds a responder, after those already added: requests are answered by a function of the
   * request (thread, prompt, tools offered, tool outputs). Removed by {@link Service.reset}.
   */
  readonly respond: (responder: Responder) => Effect.Effect<void>
  /** How many scripts are still queued (the shared queue and every thread's). */
  readonly pending: Effect.Effect<number>
  /** Every `POST /v1/responses` so far, read into {@link ResponsesRequest}s, in order. */
  readonly parsedRequests: Effect.Effect<ReadonlyArray<ResponsesRequest>>
  /** The parsed JSON bodies of every `POST /v1/responses` so far, in order. */
  readonly requests: Effect.Effect<ReadonlyArray<unknown>>
  /** Every request so far, on any path, with method, path and headers. */
  readonly received: Effect.Effect<ReadonlyArray<ReceivedRequest>>
  /** Waits until at least `count` `POST /v1/responses` have arrived; returns their bodies. */
  readonly awaitRequests: (count: number) => Effect.Effect<ReadonlyArray<unknown>>
  /**
   * Waits until a {@link Stall} with this id (default `"stall"`) is holding a request. A stall that
   * was already released and finished does not count: this then waits for the next one.
   */
  readonly awaitStall: (id?: string) => Effect.Effect<void>
  /**
   * Releases the {@link Stall} with this id (default `"stall"`): it goes on with its `then`
   * script. Releasing before the stall is reached makes it pass straight through.
   */
  readonly release: (id?: string) => Effect.Effect<void>
  /** Empties every queue, removes the responders and forgets the recorded requests. */
  readonly reset: Effect.Effect<void>
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * Constructors of {@link OutputItem}s, to compose with {@link Script.reply}.
 *
 * @since 0.1.0
 * @category constructors
 */
export namespace Item {
  /**
   * An assistant message. A string is split into `options.chunks` deltas (default 3); an array
   * gives the deltas as they are.
   *
   * @since 0.1.0
   * @category constructors
   */
  export const message: (text: string | ReadonlyArray<string>, options?: MessageOptions) => MessageItem =
    internal.message

  /**
   * A reasoning item whose summary has one part per string (each split into
   * `options.chunks` deltas, default 2).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const reasoning: (summary: string | ReadonlyArray<string>, options?: ReasoningOptions) => ReasoningItem =
    internal.reasoning

  /**
   * A function call; `args` is JSON-encoded unless it already is a string.
   *
   * @since 0.1.0
   * @category constructors
   */
  export const functionCall: (name: string, args: unknown, options?: FunctionCallOptions) => FunctionCallItem =
    internal.functionCall

  /**
   * An `exec_command` function call with arguments `{"cmd": ..., "sandbox_permissions": ...,
   * "justification": ..., ...}` (only the given fields).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const execCommand: (options: ExecCommandOptions) => FunctionCallItem = internal.execCommand
}

/**
 * Constructors of {@link Script}s.
 *
 * @since 0.1.0
 * @category constructors
 */
export namespace Script {
  /**
   * A completed response with the given items (e.g. a commentary message, then a final answer).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const reply: (items: ReadonlyArray<OutputItem>, options?: ReplyOptions) => Reply = internal.reply

  /**
   * A completed response with one message streamed as several deltas (see {@link Item.message}).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const text: (text: string | ReadonlyArray<string>, options?: MessageOptions & ReplyOptions) => Reply =
    internal.text

  /**
   * A completed response with a reasoning item (summary) followed by a message.
   *
   * @since 0.1.0
   * @category constructors
   */
  export const reasoning: (
    summary: string | ReadonlyArray<string>,
    answer: string | ReadonlyArray<string>,
    options?: MessageOptions & ReplyOptions
  ) => Reply = internal.reasoningReply

  /**
   * A completed response with one function call. Queue the script that answers codex's next
   * request (the one carrying the `function_call_output`).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const functionCall: (name: string, args: unknown, options?: FunctionCallOptions & ReplyOptions) => Reply =
    internal.functionCallReply

  /**
   * A completed response with one `exec_command` call (see {@link ExecCommandOptions}).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const execCommand: (options: ExecCommandOptions & ReplyOptions) => Reply = internal.execCommandReply

  /**
   * A response that ends with `response.failed` (`error.code`, `error.message`).
   *
   * codex 0.169.0 maps some codes: `context_length_exceeded` to `contextWindowExceeded`,
   * `insufficient_quota` to `usageLimitExceeded`, `server_is_overloaded` to `serverOverloaded`,
   * `rate_limit_exceeded` to `rateLimitExceeded`; other codes give `other` with the message.
   *
   * @since 0.1.0
   * @category constructors
   */
  export const failed: (
    code: string,
    message: string,
    options?: { readonly items?: ReadonlyArray<OutputItem>; readonly responseId?: string }
  ) => Reply = internal.failed

  /**
   * A response cut before `response.completed` (see {@link CutOptions}).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const cut: (options?: CutOptions) => Reply = internal.cut

  /**
   * A response that stalls after `response.created` until {@link Service.release}d.
   *
   * @since 0.1.0
   * @category constructors
   */
  export const stall: (options?: StallOptions) => Stall = internal.stall

  /**
   * An HTTP error status with a JSON error body (see {@link HttpError}).
   *
   * @since 0.1.0
   * @category constructors
   */
  export const httpError: (status: number, options?: HttpErrorOptions) => HttpError = internal.httpError

  /**
   * The same reply with a pause before each event after `response.created` (between deltas
   * too), in real time. For a {@link Stall}, the pause applies to what follows the release.
   *
   * @since 0.2.0
   * @category combinators
   */
  export const withDelay: {
    (delay: Duration.DurationInput): <S extends Reply | Stall>(script: S) => S
    <S extends Reply | Stall>(script: S, delay: Duration.DurationInput): S
  } = internal.withDelay
}

/**
 * Options of the {@link Flow} helpers: the final answer after the tool ran (default `"done"`)
 * and its options (e.g. `usage`, `delay`).
 *
 * @since 0.2.0
 * @category models
 */
export interface FlowOptions extends MessageOptions, ReplyOptions {
  /** The final answer after the tool ran (a string split into `chunks` deltas, or the deltas). Default `"done"`. */
  readonly answer?: string | ReadonlyArray<string>
}

/**
 * The scripts of whole agent flows, to `enqueue` (or `enqueueFor`) in one go. A tool call takes
 * two requests in one turn: the call, then, once codex ran the tool and sends its output, the
 * final answer.
 *
 * @since 0.2.0
 * @category constructors
 */
export namespace Flow {
  /**
   * A command that asks for approval, then the final answer: an `exec_command` call with
   * `sandbox_permissions: "require_escalated"` (and `justification`, default `"needed"`). The
   * thread needs an `on-request` approval policy (`preset: { approvals: "onRequest" }`) for codex
   * to ask; the command's output (or its refusal) is in the second request's `toolOutputs`.
   *
   * @since 0.2.0
   * @category constructors
   */
  export const commandApproval: (
    command: string,
    options?: FlowOptions & { readonly justification?: string; readonly callId?: string }
  ) => ReadonlyArray<Script> = internal.commandApprovalFlow

  /**
   * A command run in the sandbox without asking (`exec_command`), then the final answer.
   *
   * @since 0.2.0
   * @category constructors
   */
  export const command: (command: string, options?: FlowOptions & { readonly callId?: string }) => ReadonlyArray<Script> =
    internal.commandFlow

  /**
   * A call of a tool by name (a function tool codex offers, or a dynamic tool of the thread)
   * with `args`, then the final answer.
   *
   * @since 0.2.0
   * @category constructors
   */
  export const toolCall: (
    name: string,
    args: unknown,
    options?: FlowOptions & { readonly callId?: string }
  ) => ReadonlyArray<Script> = internal.toolCallFlow
}

/**
 * Reads a recorded request into a {@link ResponsesRequest} (what responders receive).
 *
 * @since 0.2.0
 * @category constructors
 */
export const parseRequest: (index: number, request: ReceivedRequest) => ResponsesRequest = internal.parseRequest

/**
 * The text of the default fallback answer: `"ok"`.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultAnswer: string = internal.defaultAnswer

// -----------------------------------------------------------------------------
// errors
// -----------------------------------------------------------------------------

/**
 * Raised when the fake server cannot start listening on 127.0.0.1.
 *
 * @since 0.1.0
 * @category errors
 */
export class FakeResponsesError extends Schema.TaggedError<FakeResponsesError>()("FakeResponsesError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect)
}) {}

// -----------------------------------------------------------------------------
// service
// -----------------------------------------------------------------------------

/**
 * The fake Responses API service.
 *
 * @since 0.1.0
 * @category models
 */
export class FakeResponses extends Context.Tag("@effect-codex/testing/FakeResponses")<FakeResponses, Service>() {}

/**
 * Starts the fake on 127.0.0.1 at a random free port. Closing the scope drops every open
 * connection (held stalls included) and stops the server.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options?: Options) => Effect.Effect<Service, FakeResponsesError, Scope.Scope> = Effect.fn(
  "FakeResponses.make"
)(function*(options?: Options) {
  const service = yield* internal.make(options ?? {}).pipe(
    Effect.mapError((cause) =>
      new FakeResponsesError({ message: `The fake Responses API could not listen on 127.0.0.1: ${cause.message}`, cause })
    )
  )
  yield* Effect.annotateCurrentSpan("port", service.port)
  return service
})

/**
 * The fake with the given options, as a scoped layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: Options): Layer.Layer<FakeResponses, FakeResponsesError> =>
  Layer.scoped(FakeResponses, make(options))

/**
 * The fake with an empty queue and the default fallback answer, as a scoped layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<FakeResponses, FakeResponsesError> = layerWith({})
