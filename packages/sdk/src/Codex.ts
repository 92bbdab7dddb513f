/**
 * The Codex client: threads, models, login and account, the global event stream, a typed
 * operation for every other v2 method (`codex.rpc`) and the `request` escape hatch. Built on
 * `AppServer`; the layers start the app-server and stop it with their scope.
 *
 * Every operation of the service is also a module function that requires `Codex` (as
 * `Command.start` requires a `CommandExecutor`), so a first program is one pipe:
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Codex } from "@effect-codex/sdk"
 *
 * Codex.threadStart().pipe(
 *   Effect.flatMap((thread) => thread.run("Say hello in one sentence.")),
 *   Effect.tap((result) => Effect.log(result.finalResponse)),
 *   Effect.provide(Codex.layer()),
 *   Effect.runPromise
 * )
 * ```
 *
 * One rule for operations without arguments, here and on `Thread` and `TurnHandle`: an operation
 * that takes no input is a value (an `Effect` or a `Stream`, run anew each time it is used:
 * `Codex.logout`, `Codex.events`, `thread.compact`, `turn.interrupt`); an operation that takes
 * input, even only optional input, is a function (`Codex.threadStart()`, `Codex.models()`,
 * `thread.read()`).
 *
 * @since 0.1.0
 */
import type { Registry, Schemas } from "@effect-codex/protocol"
import type { ConfigError, Redacted, Scope } from "effect"
import { Chunk, Config, Context, Deferred, Effect, Layer, Option, Redacted as R, Schedule, Stream } from "effect"
import * as AppServer from "./AppServer.js"
import type * as AppServerConfig from "./AppServerConfig.js"
import type * as AppServerSocket from "./AppServerSocket.js"
import * as Approvals from "./Approvals.js"
import * as CodexPool from "./CodexPool.js"
import type { AppServerExited, AppServerStartFailed, CodexBinaryNotFound, RequestError } from "./Errors.js"
import { LoginFailed } from "./Errors.js"
import * as Events from "./Events.js"
import * as Rpc from "./Rpc.js"
import type * as Transport from "./Transport.js"
import * as InternalPool from "./internal/pool.js"
import * as Session from "./internal/session.js"
import * as InternalThread from "./internal/thread.js"
import type * as Thread from "./Thread.js"

/**
 * Options of `threadStart`: everything `thread/start` accepts, plus presets.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadStartOptions extends Schemas.ThreadStartParams {
  /** Approval and sandbox policies by name, turned into their `thread/start` fields; fields given explicitly win. */
  readonly preset?: { readonly approvals?: Approvals.ApprovalMode; readonly sandbox?: Approvals.Sandbox }
}

/**
 * A login in progress. `wait` completes when the server reports the login finished.
 *
 * @since 0.1.0
 * @category models
 */
export interface LoginHandle {
  /** The login's id from the `account/login/start` reply; `""` if the reply had none. */
  readonly loginId: string
  /**
   * Waits for `account/login/completed`; fails with `LoginFailed` if the server reports a failure
   * or the events end.
   */
  readonly wait: Effect.Effect<Schemas.AccountLoginCompletedNotification, LoginFailed | AppServerExited>
  /** Cancels the login (`account/login/cancel`). */
  readonly cancel: Effect.Effect<Schemas.CancelLoginAccountResponse, RequestError>
}

/**
 * A ChatGPT browser login: open `authUrl`, then `wait`.
 *
 * @since 0.1.0
 * @category models
 */
export interface BrowserLogin extends LoginHandle {
  /** The URL to open in a browser to log in; `""` if the reply had none. */
  readonly authUrl: string
}

/**
 * A device-code login: show `userCode` and `verificationUrl` to the user, then `wait`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DeviceCodeLogin extends LoginHandle {
  /** The code the user enters at `verificationUrl`; `""` if the reply had none. */
  readonly userCode: string
  /** The page where the user enters `userCode`; `""` if the reply had none. */
  readonly verificationUrl: string
}

/**
 * The Codex client.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** What the server said about itself at start. */
  readonly metadata: AppServer.Metadata
  /** Starts a thread (`thread/start`); `preset` sets its approval and sandbox policies. */
  readonly threadStart: (options?: ThreadStartOptions) => Effect.Effect<Thread.Thread, RequestError>
  /** Loads a stored thread (`thread/resume`) and gives its handle. */
  readonly threadResume: (
    threadId: string,
    options?: Omit<Schemas.ThreadResumeParams, "threadId">
  ) => Effect.Effect<Thread.Thread, RequestError>
  /** A new thread with a copy of another's history (`thread/fork`). */
  readonly threadFork: (
    threadId: string,
    options?: Omit<Schemas.ThreadForkParams, "threadId">
  ) => Effect.Effect<Thread.Thread, RequestError>
  /** A handle for a thread this server has loaded, without any request. */
  readonly thread: (threadId: string) => Thread.Thread
  /** One page of threads. */
  readonly threadList: (params?: Schemas.ThreadListParams) => Effect.Effect<Schemas.ThreadListResponse, RequestError>
  /** Every thread, paging through `thread/list` as the stream is pulled. */
  readonly threadListAll: (params?: Omit<Schemas.ThreadListParams, "cursor">) => Stream.Stream<Schemas.Thread, RequestError>
  /** Archives a thread (`thread/archive`). */
  readonly threadArchive: (threadId: string) => Effect.Effect<Schemas.ThreadArchiveResponse, RequestError>
  /** Unarchives a thread and loads it (`thread/resume`), so the handle can run turns. */
  readonly threadUnarchive: (threadId: string) => Effect.Effect<Thread.Thread, RequestError>
  /** The models the server offers. */
  readonly models: (params?: Schemas.ModelListParams) => Effect.Effect<Schemas.ModelListResponse, RequestError>
  /** Logs in with an OpenAI API key. */
  readonly loginApiKey: (apiKey: Redacted.Redacted<string>) => Effect.Effect<void, RequestError>
  /** Starts a ChatGPT browser login; the scope owns the wait. */
  readonly loginChatgpt: Effect.Effect<BrowserLogin, RequestError, Scope.Scope>
  /** Starts a ChatGPT device-code login; the scope owns the wait. */
  readonly loginDeviceCode: Effect.Effect<DeviceCodeLogin, RequestError, Scope.Scope>
  /** The account the server is logged in with, if any (`account/read`). */
  readonly account: (params?: Schemas.GetAccountParams) => Effect.Effect<Schemas.GetAccountResponse, RequestError>
  /** Logs out (`account/logout`). */
  readonly logout: Effect.Effect<Schemas.LogoutAccountResponse, RequestError>
  /** Events that belong to no turn. */
  readonly events: Stream.Stream<Events.Event, AppServerExited>
  /** Every v2 method as a typed operation, grouped by namespace: `rpc.thread.goal.set(params)`. */
  readonly rpc: Rpc.Client
  /** Any v2 method by name, typed by the protocol registry: the escape hatch. */
  readonly request: AppServer.Service["request"]
}

/**
 * The Codex client service.
 *
 * @since 0.1.0
 * @category tags
 */
export class Codex extends Context.Tag("@effect-codex/sdk/Codex")<Codex, Service>() {}

/**
 * Builds the client on the `AppServer` in context. Approval requests go to the handlers of the
 * turn (`TurnOptions.approvals`), else to the `Approvals` in the context of the fiber that started
 * the turn, else to the `Approvals` the client was built with, else they are declined.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, AppServer.AppServer | Scope.Scope> = Effect.gen(function*() {
  const server = yield* AppServer.AppServer
  const session = yield* Session.make(server)
  const thread = (threadId: string) => InternalThread.make(session, threadId)

  const threadStart = Effect.fn("Codex.threadStart")(function*(options: ThreadStartOptions = {}) {
    const { preset, ...params } = options
    const approvalParams = preset?.approvals === undefined
      ? {}
      : yield* Approvals.approvalModeParams(preset.approvals, "thread/start")
    const sandbox = preset?.sandbox === undefined
      ? {}
      : { sandbox: (yield* Approvals.sandboxParamsOf(preset.sandbox, "thread/start")).sandbox }
    const response = yield* server.request("thread/start", { ...approvalParams, ...sandbox, ...params })
    return thread(response.thread.id)
  })

  const login = (params: Schemas.LoginAccountParams) =>
    Effect.gen(function*() {
      // subscribe before asking, so the completion cannot be missed
      const events = yield* server.subscribeEvents
      const response = yield* server.request("account/login/start", params)
      const loginId = "loginId" in response ? response.loginId : ""
      const completed = yield* Deferred.make<Schemas.AccountLoginCompletedNotification, LoginFailed | AppServerExited>()
      yield* events.pipe(
        Stream.filter(Events.is("account/login/completed")),
        Stream.filter((e) => e.params.loginId === loginId || e.params.loginId == null),
        Stream.runHead,
        Effect.flatMap(Option.match({
          onNone: () => Deferred.fail(completed, new LoginFailed({ loginId, message: "the event stream ended" })),
          onSome: (e) =>
            e.params.success
              ? Deferred.succeed(completed, e.params)
              : Deferred.fail(completed, new LoginFailed({ loginId, message: e.params.error ?? "login failed" }))
        })),
        Effect.catchAll((error) => Deferred.fail(completed, error)),
        Effect.forkScoped
      )
      const handle: LoginHandle = {
        loginId,
        wait: Deferred.await(completed),
        cancel: server.request("account/login/cancel", { loginId })
      }
      return { response, handle }
    })

  return Codex.of({
    metadata: server.metadata,
    threadStart,
    threadResume: Effect.fn("Codex.threadResume")(function*(threadId, options = {}) {
      // a thread whose last subscriber just left is closing: codex asks to retry once it closed
      const response = yield* server.request("thread/resume", { ...options, threadId }).pipe(
        Effect.retry({
          schedule: Schedule.spaced("50 millis").pipe(Schedule.intersect(Schedule.recurs(100))),
          while: (error) => error._tag === "InvalidRequest" && error.message.includes("is closing")
        })
      )
      return thread(response.thread.id)
    }),
    threadFork: Effect.fn("Codex.threadFork")(function*(threadId, options = {}) {
      const response = yield* server.request("thread/fork", { ...options, threadId })
      return thread(response.thread.id)
    }),
    thread,
    threadList: (params = {}) => server.request("thread/list", params).pipe(Effect.withSpan("Codex.threadList")),
    threadListAll: (params = {}) =>
      Stream.paginateChunkEffect(undefined as string | undefined, (cursor: string | undefined) =>
        server.request("thread/list", cursor === undefined ? params : { ...params, cursor }).pipe(
          Effect.map((page) => [
            Chunk.fromIterable(page.data),
            page.nextCursor === null || page.nextCursor === undefined || page.data.length === 0
              ? Option.none()
              : Option.some(page.nextCursor)
          ] as const)
        )),
    threadArchive: (threadId) =>
      server.request("thread/archive", { threadId }).pipe(Effect.withSpan("Codex.threadArchive", { attributes: { threadId } })),
    threadUnarchive: (threadId) =>
      server.request("thread/unarchive", { threadId }).pipe(
        // an unarchived thread is not loaded: resume it so the handle can run turns
        Effect.flatMap((response) => server.request("thread/resume", { threadId: response.thread.id })),
        Effect.map((response) => thread(response.thread.id)),
        Effect.withSpan("Codex.threadUnarchive", { attributes: { threadId } })
      ),
    models: (params = {}) => server.request("model/list", params).pipe(Effect.withSpan("Codex.models")),
    loginApiKey: (apiKey) =>
      server.request("account/login/start", { type: "apiKey", apiKey: R.value(apiKey) }).pipe(
        Effect.asVoid,
        Effect.withSpan("Codex.loginApiKey")
      ),
    loginChatgpt: login({ type: "chatgpt" }).pipe(
      Effect.map(({ handle, response }) => ({ ...handle, authUrl: "authUrl" in response ? response.authUrl : "" })),
      Effect.withSpan("Codex.loginChatgpt")
    ),
    loginDeviceCode: login({ type: "chatgptDeviceCode" }).pipe(
      Effect.map(({ handle, response }) => ({
        ...handle,
        userCode: "userCode" in response ? response.userCode : "",
        verificationUrl: "verificationUrl" in response ? response.verificationUrl : ""
      })),
      Effect.withSpan("Codex.loginDeviceCode")
    ),
    account: (params = {}) => server.request("account/read", params).pipe(Effect.withSpan("Codex.account")),
    logout: server.request("account/logout").pipe(Effect.withSpan("Codex.logout")),
    events: server.events,
    rpc: Rpc.make(server.request),
    request: server.request
  })
})

/**
 * The errors of starting the client.
 *
 * @since 0.1.0
 * @category models
 */
export type StartError = CodexBinaryNotFound | AppServerStartFailed | AppServerExited

/**
 * The client and its app-server child process.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: AppServerConfig.Options = {}): Layer.Layer<Codex | AppServer.AppServer, StartError> =>
  Layer.scoped(Codex, make).pipe(Layer.provideMerge(AppServer.layer(options)))

/**
 * The client on a pool of `size` app-servers on this host (`CodexPool`): the same `Codex`
 * service as {@link layer}, so a program runs unchanged by swapping this layer in. Each member is
 * supervised (`restartSchedule`, by default `CodexPool.defaultRestartSchedule`); a new thread
 * goes to the least-loaded live member and stays there for its whole life; a member that dies
 * fails only its own turns and is restarted. The other options are each member's. `CodexPool`
 * gives the figures of each member. `size` is at most `CodexPool.maxSize`. A `member` of your
 * own (e.g. a WebSocket connection to a listening server) adds its errors to the layer's.
 *
 * ```ts
 * program.pipe(Effect.provide(Codex.layerPool({ size: 4 })))
 * ```
 *
 * @since 0.4.0
 * @category layers
 */
export const layerPool = <E = never>(options: CodexPool.Options<E>): Layer.Layer<Codex | CodexPool.CodexPool, StartError | E> =>
  Layer.scopedContext(
    Effect.map(InternalPool.make(options, make), ({ client, pool }) =>
      Context.make(Codex, client).pipe(Context.add(CodexPool.CodexPool, pool)))
  )

/**
 * {@link layerPool} with its options read from configuration: a `Config` per option (or one of
 * all of them), as {@link layerConfig} takes.
 *
 * ```ts
 * Codex.layerPoolConfig({ size: Config.integer("CODEX_POOL_SIZE").pipe(Config.withDefault(4)) })
 * ```
 *
 * @since 0.4.0
 * @category layers
 */
export const layerPoolConfig = (
  config: Config.Config.Wrap<CodexPool.Options>
): Layer.Layer<Codex | CodexPool.CodexPool, StartError | ConfigError.ConfigError> =>
  Layer.unwrapEffect(Effect.map(Config.unwrap(config), layerPool))

/**
 * The same as {@link layer}: the app-server runs as a Node child process. Kept for programs
 * written against 0.1.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNode: (options?: AppServerConfig.Options) => Layer.Layer<Codex | AppServer.AppServer, StartError> = layer

/**
 * The client on an app-server listening on WebSocket (`codex app-server --listen ws://IP:PORT`,
 * with `--ws-auth capability-token` or `signed-bearer-token`): the same `Codex` service as
 * {@link layer}. Wrong credentials fail the layer with `ConnectionUnauthorized`, an unreachable
 * endpoint with `ConnectionFailed`; when the connection drops, whatever is in flight fails with
 * `AppServerExited`. With `restartSchedule` in `options` it reconnects by that `Schedule`
 * (calls made meanwhile wait for the new connection; `events` reports each reconnect;
 * `AppServer.resumeThread` loads a thread again), as `layer` restarts a child process.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerWebSocket = (
  socket: AppServerSocket.WebSocketOptions,
  options: AppServerConfig.Options = {}
): Layer.Layer<Codex | AppServer.AppServer, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  Layer.scoped(Codex, make).pipe(Layer.provideMerge(AppServer.layerWebSocket(socket, options)))

/**
 * The client on an app-server listening on a unix socket (`codex app-server --listen
 * unix://PATH`): the same `Codex` service as {@link layer}. With `restartSchedule` in `options`
 * it reconnects by that `Schedule`, as {@link layerWebSocket} does.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerUnixSocket = (
  socket: AppServerSocket.UnixSocketOptions,
  options: AppServerConfig.Options = {}
): Layer.Layer<Codex | AppServer.AppServer, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  Layer.scoped(Codex, make).pipe(Layer.provideMerge(AppServer.layerUnixSocket(socket, options)))

/**
 * The client on a socket whose options come from a `Config` (e.g. `AppServerSocket.fromEnv`:
 * `CODEX_APP_SERVER_URL` and the credentials).
 *
 * @since 0.3.0
 * @category layers
 */
export const layerSocketConfig = (
  socket: Config.Config.Wrap<AppServerSocket.SocketOptions>,
  options: AppServerConfig.Options = {}
): Layer.Layer<
  Codex | AppServer.AppServer,
  AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited | ConfigError.ConfigError
> =>
  Layer.unwrapEffect(
    Effect.map(Config.unwrap(socket), (s): Layer.Layer<Codex | AppServer.AppServer, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
      "path" in s ? layerUnixSocket(s, options) : layerWebSocket(s, options))
  )

/**
 * The client on the `Transport` in context (an in-memory transport for tests, a socket, ...).
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransport = (
  options: AppServerConfig.Options = {}
): Layer.Layer<Codex | AppServer.AppServer, AppServerStartFailed | AppServerExited, Transport.Transport> =>
  Layer.scoped(Codex, make).pipe(Layer.provideMerge(AppServer.layerTransport(options)))

/**
 * The client with its options read from configuration: a `Config` of all of them (such as
 * `AppServerConfig.fromEnv`), or an object with a `Config` per option (as sql-pg's
 * `PgClient.layerConfig` takes); options left out keep their defaults.
 *
 * ```ts
 * Codex.layerConfig({
 *   binaryPath: Config.string("MY_CODEX_BINARY"),
 *   requestTimeout: Config.duration("MY_CODEX_TIMEOUT").pipe(Config.withDefault("30 seconds"))
 * })
 * ```
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  config: Config.Config.Wrap<AppServerConfig.Options>
): Layer.Layer<Codex | AppServer.AppServer, StartError | ConfigError.ConfigError> =>
  Layer.scoped(Codex, make).pipe(Layer.provideMerge(AppServer.layerConfig(config)))

// ---------------------------------------------------------------------------------------------
// accessors: each operation of the service as a function that requires `Codex`
// ---------------------------------------------------------------------------------------------

/**
 * What the server said about itself at start.
 *
 * @since 0.3.0
 * @category accessors
 */
export const metadata: Effect.Effect<AppServer.Metadata, never, Codex> = Effect.map(Codex, (codex) => codex.metadata)

/**
 * Starts a thread (`thread/start`, with presets) and returns its handle.
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadStart = (options?: ThreadStartOptions): Effect.Effect<Thread.Thread, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.threadStart(options))

/**
 * Loads a stored thread (`thread/resume`) and returns its handle.
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadResume = (
  threadId: string,
  options?: Omit<Schemas.ThreadResumeParams, "threadId">
): Effect.Effect<Thread.Thread, RequestError, Codex> => Effect.flatMap(Codex, (codex) => codex.threadResume(threadId, options))

/**
 * Forks a thread (`thread/fork`) and returns the new thread's handle.
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadFork = (
  threadId: string,
  options?: Omit<Schemas.ThreadForkParams, "threadId">
): Effect.Effect<Thread.Thread, RequestError, Codex> => Effect.flatMap(Codex, (codex) => codex.threadFork(threadId, options))

/**
 * A handle for a thread this server has loaded, without any request.
 *
 * @since 0.3.0
 * @category accessors
 */
export const thread = (threadId: string): Effect.Effect<Thread.Thread, never, Codex> =>
  Effect.map(Codex, (codex) => codex.thread(threadId))

/**
 * One page of threads (`thread/list`).
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadList = (params?: Schemas.ThreadListParams): Effect.Effect<Schemas.ThreadListResponse, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.threadList(params))

/**
 * Every thread, paging through `thread/list` as the stream is pulled.
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadListAll = (
  params?: Omit<Schemas.ThreadListParams, "cursor">
): Stream.Stream<Schemas.Thread, RequestError, Codex> => Stream.unwrap(Effect.map(Codex, (codex) => codex.threadListAll(params)))

/**
 * Archives a thread.
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadArchive = (threadId: string): Effect.Effect<Schemas.ThreadArchiveResponse, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.threadArchive(threadId))

/**
 * Unarchives a thread and loads it, so the handle can run turns.
 *
 * @since 0.3.0
 * @category accessors
 */
export const threadUnarchive = (threadId: string): Effect.Effect<Thread.Thread, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.threadUnarchive(threadId))

/**
 * The models the server offers (`model/list`).
 *
 * @since 0.3.0
 * @category accessors
 */
export const models = (params?: Schemas.ModelListParams): Effect.Effect<Schemas.ModelListResponse, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.models(params))

/**
 * Logs in with an OpenAI API key.
 *
 * @since 0.3.0
 * @category accessors
 */
export const loginApiKey = (apiKey: Redacted.Redacted<string>): Effect.Effect<void, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.loginApiKey(apiKey))

/**
 * Starts a ChatGPT browser login; the scope owns the wait.
 *
 * @since 0.3.0
 * @category accessors
 */
export const loginChatgpt: Effect.Effect<BrowserLogin, RequestError, Codex | Scope.Scope> = Effect.flatMap(
  Codex,
  (codex) => codex.loginChatgpt
)

/**
 * Starts a ChatGPT device-code login; the scope owns the wait.
 *
 * @since 0.3.0
 * @category accessors
 */
export const loginDeviceCode: Effect.Effect<DeviceCodeLogin, RequestError, Codex | Scope.Scope> = Effect.flatMap(
  Codex,
  (codex) => codex.loginDeviceCode
)

/**
 * The account the server is logged in with (`account/read`).
 *
 * @since 0.3.0
 * @category accessors
 */
export const account = (params?: Schemas.GetAccountParams): Effect.Effect<Schemas.GetAccountResponse, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.account(params))

/**
 * Logs out (`account/logout`).
 *
 * @since 0.3.0
 * @category accessors
 */
export const logout: Effect.Effect<Schemas.LogoutAccountResponse, RequestError, Codex> = Effect.flatMap(
  Codex,
  (codex) => codex.logout
)

/**
 * Events that belong to no turn.
 *
 * @since 0.3.0
 * @category accessors
 */
export const events: Stream.Stream<Events.Event, AppServerExited, Codex> = Stream.unwrap(Effect.map(Codex, (codex) => codex.events))

/**
 * Any v2 method, typed by the protocol registry.
 *
 * @since 0.3.0
 * @category accessors
 */
export const request = <M extends Registry.ClientRequestMethod>(
  method: M,
  ...args: AppServer.RequestArgs<M>
): Effect.Effect<Registry.ClientRequestResult<M>, RequestError, Codex> =>
  Effect.flatMap(Codex, (codex) => codex.request(method, ...args))
