/**
 * The app-server connection as a service: the child process is a scoped resource, `initialize`
 * runs during acquisition, every JSON-RPC call is an `Effect` with tagged errors, a turn's
 * notifications are a `Stream` filtered by turn id, and server-to-client requests go to handlers
 * registered by method.
 *
 * @since 0.1.0
 */
import type { Registry, Schemas } from "@effect-codex/protocol"
import type { ConfigError, Scope, Stream } from "effect"
import { Config, Context, Effect, Layer } from "effect"
import type * as AppServerConfig from "./AppServerConfig.js"
import * as AppServerSocket from "./AppServerSocket.js"
import type { CodexBinaryNotFound } from "./CodexBinary.js"
import type { AppServerExited, AppServerStartFailed, InvalidParams, ProtocolError, RequestError } from "./Errors.js"
import type * as Events from "./Events.js"
import * as internal from "./internal/appServer.js"
import * as supervisor from "./internal/supervisor.js"
import type { RequestOptions, Stats } from "./JsonRpc.js"
import * as Transport from "./Transport.js"

/**
 * What the server said about itself in `initialize`, with the name and version parsed from its
 * user agent (`<name>/<version> (...)`). codex 0.169.0 builds that name from the client's own
 * `clientInfo.name` (the originator), so `serverName` is that name; `serverVersion` is the
 * server's version.
 *
 * @since 0.1.0
 * @category models
 */
export interface Metadata {
  /** The server's user agent as `initialize` gave it, such as `<name>/<version> (...)`. */
  readonly userAgent: string
  /** The name before the `/` of `userAgent`; `undefined` if it does not have that form. */
  readonly serverName: string | undefined
  /** The version after the `/` of `userAgent`; `undefined` if it does not have that form. */
  readonly serverVersion: string | undefined
  /** The absolute path of the server's `$CODEX_HOME`. */
  readonly codexHome: string
  /** The server's platform family, such as `"unix"` or `"windows"`. */
  readonly platformFamily: string
  /** The server's operating system, such as `"macos"`, `"linux"` or `"windows"`. */
  readonly platformOs: string
  /** The whole `initialize` result. */
  readonly initialize: Schemas.InitializeResponse
}

/**
 * The arguments of a request: params (optional when the method allows it) and per-call options.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestArgs<M extends Registry.ClientRequestMethod> = null extends Registry.ClientRequestParams<M>
  ? [params?: Registry.ClientRequestParams<M>, options?: RequestOptions]
  : [params: Registry.ClientRequestParams<M>, options?: RequestOptions]

/**
 * A handler for one kind of server-to-client request. Its failure becomes an error reply.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequestHandler<M extends Registry.ServerRequestMethod, E = unknown> = (
  params: Registry.ServerRequestParams<M>,
  request: Events.ServerRequest
) => Effect.Effect<Registry.ServerRequestResponse<M>, E>

/**
 * A turn that was just started, with its event stream already subscribed: nothing sent between
 * `turn/start` and the subscription is lost.
 *
 * @since 0.1.0
 * @category models
 */
export interface StartedTurn {
  /** The turn as the `turn/start` reply described it. */
  readonly turn: Schemas.Turn
  /**
   * The turn's events, ending after its `turn/completed` (included); failing with
   * `ProtocolError` when a message of the turn was dropped for its size (`maxLineLength`,
   * `maxMessageBytes`).
   */
  readonly events: Stream.Stream<Events.Event, AppServerExited | ProtocolError>
}

/**
 * The app-server connection.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** What the server said about itself in `initialize`; after a restart, what the new process said. */
  readonly metadata: Metadata
  /** The process id of the app-server; `undefined` on a transport that is not a child process. */
  readonly pid: number | undefined
  /** Sends a request of any v2 method, typed by the protocol registry. */
  readonly request: <M extends Registry.ClientRequestMethod>(
    method: M,
    ...args: RequestArgs<M>
  ) => Effect.Effect<Registry.ClientRequestResult<M>, RequestError>
  /** Sends a notification. */
  readonly notify: (method: string, params?: unknown) => Effect.Effect<void, AppServerExited | InvalidParams>
  /** Events that belong to no turn (thread, account and server events). Bounded: a slow subscriber loses the oldest. */
  readonly events: Stream.Stream<Events.Event, AppServerExited>
  /** Subscribes to the global events now (nothing is missed from here on); the scope owns it. */
  readonly subscribeEvents: Effect.Effect<Stream.Stream<Events.Event, AppServerExited>, never, Scope.Scope>
  /**
   * One turn's events, from when the stream starts, ending after its `turn/completed`; failing
   * with `ProtocolError` when a message of the turn was dropped for its size.
   */
  readonly turnEvents: (turnId: string) => Stream.Stream<Events.Event, AppServerExited | ProtocolError>
  /** Sends `turn/start` and subscribes to the turn atomically. The scope owns the subscription. */
  readonly startTurn: (
    params: Schemas.TurnStartParams,
    options?: RequestOptions
  ) => Effect.Effect<StartedTurn, RequestError, Scope.Scope>
  /**
   * Handles one kind of server-to-client request while the scope is open; with `threadId`, only
   * that thread's (and before any handler for all threads). The latest registration answers; a
   * request nobody handles, or whose handler fails, gets an error reply.
   */
  readonly handle: <M extends Registry.ServerRequestMethod, E>(
    method: M,
    handler: ServerRequestHandler<M, E>,
    options?: { readonly threadId?: string }
  ) => Effect.Effect<void, never, Scope.Scope>
  /** Connection counters. */
  readonly stats: Effect.Effect<Stats>
  /** The last lines the server wrote to stderr. */
  readonly stderrTail: Effect.Effect<ReadonlyArray<string>>
  /** Completes when the server is gone, with why. */
  readonly exited: Effect.Effect<AppServerExited>
}

/**
 * The app-server connection service.
 *
 * @since 0.1.0
 * @category tags
 */
export class AppServer extends Context.Tag("@effect-codex/sdk/AppServer")<AppServer, Service>() {}

/**
 * Parses `<name>/<version> (...)` from a user agent.
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseUserAgent: (userAgent: string) => { readonly name: string | undefined; readonly version: string | undefined } =
  internal.parseUserAgent

/**
 * Starts the app-server as a child process and initializes the connection. The scope owns the
 * process.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (
  options?: AppServerConfig.Options
) => Effect.Effect<Service, CodexBinaryNotFound | AppServerStartFailed | AppServerExited, Scope.Scope> = internal.make

/**
 * Initializes a connection over any transport (an in-memory one, a socket, ...). The scope owns
 * the connection; the transport's own lifetime is its provider's.
 *
 * @since 0.2.0
 * @category constructors
 */
export const makeWith: (
  transport: Transport.Service,
  options?: AppServerConfig.Options
) => Effect.Effect<Service, AppServerStartFailed | AppServerExited, Scope.Scope> = (transport, options = {}) =>
  internal.makeWith(transport, options)

/**
 * Initializes a connection that `connect` opens (a socket to a listening app-server,
 * `AppServerSocket.webSocket` / `unixSocket`). With `restartSchedule` the server is supervised as
 * a child process is: when the connection ends, `connect` runs again by the schedule; calls made
 * meanwhile wait for the new connection, running turns fail with `AppServerExited`, `events`
 * reports each disconnect ({@link disconnectedMethod}) and reconnect ({@link restartedMethod}),
 * and {@link resumeThread} loads a thread on it. The first connection is retried by the schedule
 * too while the server is unreachable or does not answer (`ConnectionFailed` `Unreachable` /
 * `Timeout`); other errors of `connect` fail at once.
 *
 * @since 0.3.0
 * @category constructors
 */
export const makeConnecting: <E>(
  connect: Effect.Effect<Transport.Service, E, Scope.Scope>,
  options?: AppServerConfig.Options
) => Effect.Effect<Service, E | AppServerStartFailed | AppServerExited, Scope.Scope> = (connect, options = {}) =>
  internal.makeConnecting(connect, options)

/**
 * A layer running the app-server as a child process with `options`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: AppServerConfig.Options = {}
): Layer.Layer<AppServer, CodexBinaryNotFound | AppServerStartFailed | AppServerExited> => Layer.scoped(AppServer, make(options))

/**
 * A layer on the `Transport` in context instead of a child process.
 *
 * @since 0.2.0
 * @category layers
 */
export const layerTransport = (
  options: AppServerConfig.Options = {}
): Layer.Layer<AppServer, AppServerStartFailed | AppServerExited, Transport.Transport> =>
  Layer.scoped(AppServer, Effect.flatMap(Transport.Transport, (transport) => makeWith(transport, options)))

/**
 * A layer connected to an app-server listening on WebSocket (`codex app-server --listen
 * ws://IP:PORT`), with a capability token or a signed bearer token. `options` are the client's
 * (timeouts, client info, ...); the process options in them do not apply. The scope owns the
 * connection, not the server. With `restartSchedule` it reconnects by it (see {@link makeConnecting}).
 *
 * @since 0.3.0
 * @category layers
 */
export const layerWebSocket = (
  socket: AppServerSocket.WebSocketOptions,
  options: AppServerConfig.Options = {}
): Layer.Layer<AppServer, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  Layer.scoped(AppServer, makeConnecting(AppServerSocket.webSocket(socket), options))

/**
 * A layer connected to an app-server listening on a unix socket (`codex app-server --listen
 * unix://PATH`). The scope owns the connection, not the server. With `restartSchedule` it
 * reconnects by it (see {@link makeConnecting}).
 *
 * @since 0.3.0
 * @category layers
 */
export const layerUnixSocket = (
  socket: AppServerSocket.UnixSocketOptions,
  options: AppServerConfig.Options = {}
): Layer.Layer<AppServer, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  Layer.scoped(AppServer, makeConnecting(AppServerSocket.unixSocket(socket), options))

/**
 * A layer reading its options from configuration: a `Config` of all of them (such as
 * `AppServerConfig.fromEnv`), or an object with a `Config` per option.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  config: Config.Config.Wrap<AppServerConfig.Options>
): Layer.Layer<AppServer, CodexBinaryNotFound | AppServerStartFailed | AppServerExited | ConfigError.ConfigError> =>
  Layer.unwrapEffect(Effect.map(Config.unwrap(config), layer))

/**
 * The method of the notification that `events` carries after each restart of a supervised
 * app-server (`restartSchedule`); it decodes as an `UnknownNotification` whose params are
 * {@link Restarted}.
 *
 * @since 0.2.0
 * @category constants
 */
export const restartedMethod: "effect-codex/appServer/restarted" = supervisor.restartedMethod

/**
 * The params of the {@link restartedMethod} notification.
 *
 * @since 0.2.0
 * @category models
 */
export interface Restarted extends supervisor.Restarted {}

/**
 * Narrows an event of `events` (or of `Codex.events`) to the notification of a restart, with
 * its params typed.
 *
 * ```ts fragment
 * const restarts = server.events.pipe(
 *   Stream.filter(AppServer.isRestarted),
 *   Stream.map((event) => event.params.restarts)
 * )
 * ```
 *
 * @since 0.4.0
 * @category guards
 */
export const isRestarted: (
  event: Events.Event
) => event is Events.UnknownNotification & { readonly method: typeof restartedMethod; readonly params: Restarted } =
  supervisor.isRestarted

/**
 * The method of the notification that `events` carries when the process (or connection) of a
 * supervised app-server (`restartSchedule`) ends, before it is restarted (or reconnected); it
 * decodes as an `UnknownNotification` whose params are {@link Disconnected}. A
 * {@link restartedMethod} notification follows once a new one is up (none if the schedule gives
 * up: `events` then fails with `AppServerExited`).
 *
 * @since 0.4.0
 * @category constants
 */
export const disconnectedMethod: "effect-codex/appServer/disconnected" = supervisor.disconnectedMethod

/**
 * The params of the {@link disconnectedMethod} notification: the restarts so far, the process
 * that ended (its pid, exit code or signal) or, over a socket, how the connection ended.
 *
 * @since 0.4.0
 * @category models
 */
export interface Disconnected extends supervisor.Disconnected {}

/**
 * Narrows an event of `events` (or of `Codex.events`) to the notification of a disconnect, with
 * its params typed.
 *
 * ```ts fragment
 * const downs = server.events.pipe(
 *   Stream.filter(AppServer.isDisconnected),
 *   Stream.map((event) => event.params.connection ?? event.params.exit.signal)
 * )
 * ```
 *
 * @since 0.4.0
 * @category guards
 */
export const isDisconnected: (
  event: Events.Event
) => event is Events.UnknownNotification & { readonly method: typeof disconnectedMethod; readonly params: Disconnected } =
  supervisor.isDisconnected

/**
 * Loads a thread on the current app-server process (`thread/resume`): after a restart, the fresh
 * process has no thread loaded, and a turn on a thread it has not loaded fails. Resuming a
 * thread that is already loaded is harmless.
 *
 * @since 0.2.0
 * @category utils
 */
export const resumeThread: (
  threadId: string,
  params?: Omit<Schemas.ThreadResumeParams, "threadId">
) => Effect.Effect<Schemas.ThreadResumeResponse, RequestError, AppServer> = Effect.fn("AppServer.resumeThread")(
  function*(threadId: string, params: Omit<Schemas.ThreadResumeParams, "threadId"> = {}) {
    yield* Effect.annotateCurrentSpan("threadId", threadId)
    const server = yield* AppServer
    return yield* server.request("thread/resume", { ...params, threadId })
  }
)
