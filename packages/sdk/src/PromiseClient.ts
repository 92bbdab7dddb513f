/**
 * A Promise facade for code not written in Effect, built on a `ManagedRuntime`, at parity with
 * the official Python SDK's API: threads, `run`, turn handles whose events are async iterators,
 * `steer`, `interrupt`, an `AbortSignal` and a timeout per run, per-turn approval handlers, the
 * global events, `threadListAll`, logins and an escape hatch for every other v2 method.
 *
 * Every Promise rejects with an `Error` whose `_tag` is the real tagged error (`"TurnFailed"`,
 * `"TurnTimeout"`, `"ServerBusy"`, ...); after `dispose()` with `"ClientDisposed"`, after an
 * `AbortSignal` fired with `"Aborted"`, and with `"UnexpectedError"` for anything else (a bug,
 * or a value thrown by an approval handler of yours). Call `dispose()` to stop the app-server.
 *
 * ```ts
 * import { PromiseClient } from "@effect-codex/sdk"
 *
 * // needs Codex credentials (OPENAI_API_KEY, or a `codex login`); `npm run demo` runs offline
 * const codex = PromiseClient.make()
 * try {
 *   const thread = await codex.threadStart()
 *   const result = await thread.run("Say hello", { onText: (t) => process.stdout.write(t) })
 *   console.log(result.finalResponse)
 *
 *   const turn = await thread.turn("Now count to three")
 *   for await (const event of turn) console.log(event.method)
 *   console.log((await turn.run()).status)
 * } finally {
 *   await codex.dispose()
 * }
 * ```
 *
 * @since 0.1.0
 */
import type { Registry, Schemas } from "@effect-codex/protocol"
import type { Duration, Layer } from "effect"
import type * as AppServer from "./AppServer.js"
import type * as AppServerConfig from "./AppServerConfig.js"
import type * as Approvals from "./Approvals.js"
import type * as Codex from "./Codex.js"
import type * as Events from "./Events.js"
import type * as Inputs from "./Inputs.js"
import * as internal from "./internal/promiseClient.js"
import type * as Thread from "./Thread.js"
import type * as Turn from "./Turn.js"

/**
 * Approval handlers returning Promises (or plain values): one optional handler per request
 * kind, like `Approvals.Handlers`. A handler that throws, rejects or answers too late declines.
 *
 * ```ts
 * const approvals: PromiseClient.ApprovalHandlers = {
 *   commandExecution: async (params) =>
 *     Approvals.parsedCommands(params).every((c) => c.startsWith("ls")) ? { decision: "accept" } : { decision: "decline" }
 * }
 * ```
 *
 * @since 0.2.0
 * @category models
 */
export type ApprovalHandlers = {
  readonly [K in Approvals.Kind]?: (
    params: Registry.ServerRequestParams<(typeof Approvals.methods)[K]>
  ) =>
    | Registry.ServerRequestResponse<(typeof Approvals.methods)[K]>
    | PromiseLike<Registry.ServerRequestResponse<(typeof Approvals.methods)[K]>>
}

/**
 * Options of a turn: everything `Thread.TurnOptions` has (including `timeout` and
 * `idleTimeout`, which fail the turn with `TurnTimeout`), with Promise approval handlers and an
 * `AbortSignal`.
 *
 * @since 0.2.0
 * @category models
 */
export interface TurnOptions extends Omit<Thread.TurnOptions, "approvals"> {
  /** Approval handlers for this turn, before the client's. */
  readonly approvals?: ApprovalHandlers
  /**
   * Aborting interrupts the turn on the server. `run` then rejects with `Aborted` once the
   * server ended the turn; a turn handle's `run()` resolves with status `interrupted`.
   */
  readonly signal?: AbortSignal
}

/**
 * Options of `run`: {@link TurnOptions} plus `onText`, called with the answer's text as it
 * streams (`TurnHandle.textDeltas`).
 *
 * @since 0.2.0
 * @category models
 */
export interface RunOptions extends TurnOptions {
  /** Called with each delta of the answer's text, as it streams. */
  readonly onText?: (delta: string) => void
}

/**
 * A running turn, with Promises. Its events are an async iterator (`for await (const event of
 * turn)`), consumed once, like the Effect handle's `stream`. The handle is released (and its
 * resources with it) once the turn ended and either its events were iterated to the end or
 * `run()` was called; `close()` releases it at once, interrupting the turn if it still runs.
 *
 * @since 0.2.0
 * @category models
 */
export interface PromiseTurnHandle extends AsyncIterable<Events.Event> {
  /** The turn's id. */
  readonly id: string
  /** The id of the thread it runs on. */
  readonly threadId: string
  /** The turn's events from its start, ending after `turn/completed`. */
  readonly events: () => AsyncIterableIterator<Events.Event>
  /** The text of the answer as it streams. */
  readonly textDeltas: () => AsyncIterableIterator<string>
  /** The turn's result (whether or not its events were iterated). */
  readonly run: () => Promise<Turn.TurnResult>
  /** Adds input to the running turn. */
  readonly steer: (input: Inputs.Input) => Promise<Schemas.TurnSteerResponse>
  /** Asks the server to interrupt the turn; `run()` then resolves with status `interrupted`. */
  readonly interrupt: () => Promise<void>
  /** Releases the handle; a turn still running is interrupted first. Idempotent. */
  readonly close: () => Promise<void>
}

/**
 * A thread, with Promises.
 *
 * @since 0.1.0
 * @category models
 */
export interface PromiseThread {
  /** The thread's id. */
  readonly id: string
  /** Runs a turn to completion; `onText` receives the answer's text as it streams. */
  readonly run: (input: Inputs.Input, options?: RunOptions) => Promise<Turn.TurnResult>
  /** Starts a turn and returns its handle. */
  readonly turn: (input: Inputs.Input, options?: TurnOptions) => Promise<PromiseTurnHandle>
  /** The thread, with its turns when `includeTurns` (`thread/read`). */
  readonly read: (options?: { readonly includeTurns?: boolean }) => Promise<Schemas.ThreadReadResponse>
  /** Names the thread. */
  readonly setName: (name: string) => Promise<Schemas.ThreadSetNameResponse>
  /** Starts compacting the thread's history (`thread/compact/start`). */
  readonly compact: () => Promise<Schemas.ThreadCompactStartResponse>
  /** Closes this handle; the thread is unloaded from the server when it was its last one. */
  readonly close: () => Promise<void>
}

/**
 * A login in progress: `wait()` resolves when the server reports the login finished (rejects
 * with `LoginFailed` otherwise, e.g. after `cancel()`).
 *
 * @since 0.2.0
 * @category models
 */
export interface PromiseLogin {
  /** The server's id of this login. */
  readonly loginId: string
  /** Resolves when the login completed; rejects with `LoginFailed` when it failed or was cancelled. */
  readonly wait: () => Promise<Schemas.AccountLoginCompletedNotification>
  /** Cancels the login. */
  readonly cancel: () => Promise<Schemas.CancelLoginAccountResponse>
}

/**
 * The Codex client, with Promises.
 *
 * @since 0.1.0
 * @category models
 */
export interface PromiseClient {
  /** What the server said about itself at start (name, version, user agent). */
  readonly metadata: () => Promise<AppServer.Metadata>
  /** Starts a new thread (`thread/start`). */
  readonly threadStart: (options?: Codex.ThreadStartOptions) => Promise<PromiseThread>
  /** Loads a stored thread by id (`thread/resume`). */
  readonly threadResume: (threadId: string, options?: Omit<Schemas.ThreadResumeParams, "threadId">) => Promise<PromiseThread>
  /** Copies a thread into a new one (`thread/fork`). */
  readonly threadFork: (threadId: string, options?: Omit<Schemas.ThreadForkParams, "threadId">) => Promise<PromiseThread>
  /** A handle for a thread this server has loaded, without any request. */
  readonly thread: (threadId: string) => PromiseThread
  /** One page of threads. */
  readonly threadList: (params?: Schemas.ThreadListParams) => Promise<Schemas.ThreadListResponse>
  /** Every thread, paging through `thread/list` as the iterator is pulled. */
  readonly threadListAll: (params?: Omit<Schemas.ThreadListParams, "cursor">) => AsyncIterableIterator<Schemas.Thread>
  /** Archives a thread (`thread/archive`). */
  readonly threadArchive: (threadId: string) => Promise<Schemas.ThreadArchiveResponse>
  /** Unarchives a thread and loads it, so the handle can run turns. */
  readonly threadUnarchive: (threadId: string) => Promise<PromiseThread>
  /** The models the server offers (`model/list`). */
  readonly models: (params?: Schemas.ModelListParams) => Promise<Schemas.ModelListResponse>
  /** Logs in with an API key (`account/login/start`, type `apiKey`). */
  readonly loginApiKey: (apiKey: string) => Promise<void>
  /** Starts a ChatGPT browser login: open `authUrl`, then `wait()`. */
  readonly loginChatgpt: () => Promise<PromiseLogin & { readonly authUrl: string }>
  /** Starts a device-code login: show `userCode` and `verificationUrl`, then `wait()`. */
  readonly loginDeviceCode: () => Promise<PromiseLogin & { readonly userCode: string; readonly verificationUrl: string }>
  /** The account the server is logged in with (`account/read`). */
  readonly account: (params?: Schemas.GetAccountParams) => Promise<Schemas.GetAccountResponse>
  /** Logs out (`account/logout`). */
  readonly logout: () => Promise<Schemas.LogoutAccountResponse>
  /** Events that belong to no turn, from now on (`break` out of the loop to stop). */
  readonly events: () => AsyncIterableIterator<Events.Event>
  /** Any v2 method. */
  readonly request: <M extends Registry.ClientRequestMethod>(
    method: M,
    ...args: AppServer.RequestArgs<M>
  ) => Promise<Registry.ClientRequestResult<M>>
  /**
   * Stops the app-server and releases everything; open turns are interrupted first. Calls
   * still waiting, and every later call, reject with `ClientDisposed`. Idempotent.
   */
  readonly dispose: () => Promise<void>
}

/**
 * Options of {@link make}: the client's options (passed to the layer), plus client-wide
 * Promise approval handlers.
 *
 * @since 0.2.0
 * @category models
 */
export interface Options extends AppServerConfig.Options {
  /** Approval handlers for every turn (a turn's own come first). Default: decline everything. */
  readonly approvals?: ApprovalHandlers
  /** How long an approval handler may take before the request is declined. Default 5 minutes. */
  readonly approvalTimeout?: Duration.DurationInput
}

/**
 * The layer a client runs on: a `Layer`, or a function of the client's options that builds one
 * (so that the options reach it), e.g. `(options) => TestCodex.layer({ client: options })`.
 *
 * @since 0.2.0
 * @category models
 */
export type LayerInput =
  | Layer.Layer<Codex.Codex, unknown>
  | ((options: AppServerConfig.Options) => Layer.Layer<Codex.Codex, unknown>)

/**
 * A client, started on first use. The layer defaults to `Codex.layer(options)`; a function
 * `(options) => layer` gets the options. A `Layer` value cannot take them: giving one together
 * with app-server options throws `InvalidParams` at once (the options would be silently ignored).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options?: Options, layer?: LayerInput) => PromiseClient = internal.make
