/**
 * The app-server connection as a service: the child process is a scoped resource, `initialize`
 * runs during acquisition, every JSON-RPC call is an `Effect` with tagged errors, a turn's
 * notifications are a `Stream` filtered by turn id, and server-to-client requests go to handlers
 * registered by method.
 *
 * @since 0.1.0
 */
import type { CommandExecutor } from "@effect/platform"
import type { Schemas } from "@effect-codex/protocol"
import { Registry } from "@effect-codex/protocol"
import type { Config, ConfigError, Scope } from "effect"
import { Context, Effect, Layer, Schema, Stream } from "effect"
import * as AppServerConfig from "./AppServerConfig.js"
import * as AppServerProcess from "./AppServerProcess.js"
import type { CodexBinaryNotFound } from "./CodexBinary.js"
import type { RequestError } from "./Errors.js"
import type { InvalidParams } from "./Errors.js"
import { AppServerExited, AppServerStartFailed } from "./Errors.js"
import * as Events from "./Events.js"
import * as Client from "./internal/client.js"
import type { Sink } from "./internal/router.js"
import type { RequestOptions, Stats } from "./JsonRpc.js"

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
  readonly userAgent: string
  readonly serverName: string | undefined
  readonly serverVersion: string | undefined
  readonly codexHome: string
  readonly platformFamily: string
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
  readonly turn: Schemas.Turn
  /** The turn's events, ending after its `turn/completed` (included). */
  readonly events: Stream.Stream<Events.Event, AppServerExited>
}

/**
 * The app-server connection.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  readonly metadata: Metadata
  /** The process id of the app-server. */
  readonly pid: number
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
  /** One turn's events, from when the stream starts, ending after its `turn/completed`. */
  readonly turnEvents: (turnId: string) => Stream.Stream<Events.Event, AppServerExited>
  /** Sends `turn/start` and subscribes to the turn atomically. The scope owns the subscription. */
  readonly startTurn: (
    params: Schemas.TurnStartParams,
    options?: RequestOptions
  ) => Effect.Effect<StartedTurn, RequestError, Scope.Scope>
  /**
   * Handles one kind of server-to-client request while the scope is open; with `turnId`, only
   * that turn's (and before any handler for all turns). A request nobody handles gets an error
   * reply.
   */
  readonly handle: <M extends Registry.ServerRequestMethod, E>(
    method: M,
    handler: ServerRequestHandler<M, E>,
    options?: { readonly turnId?: string }
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
export const parseUserAgent = (userAgent: string): { readonly name: string | undefined; readonly version: string | undefined } => {
  const match = /^([^/\s]+)\/(\S+)/.exec(userAgent)
  return { name: match?.[1], version: match?.[2] }
}

/**
 * Starts the app-server and initializes the connection. The scope owns the process.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.fn("AppServer.make")(function*(options: AppServerConfig.Options = {}) {
  const config = AppServerConfig.resolve(options)
  const proc = yield* AppServerProcess.spawn(config)
  yield* Effect.annotateCurrentSpan({ pid: proc.pid, binary: proc.binary.path })
  const client = yield* Client.make(proc.transport, config)

  const rawRequest = <M extends Registry.ClientRequestMethod>(
    method: M,
    params: unknown,
    options?: RequestOptions,
    onResult?: (result: unknown) => void
  ) => {
    const entry = Registry.ClientRequests[method]
    return client.request(
      method,
      params,
      params === undefined ? undefined : entry.params as Schema.Schema<unknown, unknown>,
      entry.result as unknown as Schema.Schema<Registry.ClientRequestResult<M>, unknown>,
      options,
      onResult
    ).pipe(Effect.withSpan("AppServer.request", { attributes: { method } }))
  }

  const startupFailure = (error: RequestError) =>
    Effect.gen(function*() {
      const stderrTail = yield* proc.stderrTail
      switch (error._tag) {
        case "AppServerExited":
          return new AppServerExited({ ...error, phase: "startup", stderrTail })
        case "RequestTimeout":
          return new AppServerStartFailed({ reason: "InitializeTimeout", message: error.message, stderrTail })
        default:
          return new AppServerStartFailed({ reason: "InitializeRejected", message: error.message, stderrTail, cause: error })
      }
    })

  const initialize = yield* rawRequest("initialize", {
    clientInfo: config.clientInfo,
    capabilities: {
      experimentalApi: config.experimentalApi,
      ...(config.optOutNotificationMethods.length > 0
        ? { optOutNotificationMethods: config.optOutNotificationMethods }
        : {})
    }
  }, { retry: false }).pipe(Effect.catchAll((error) => Effect.flip(startupFailure(error))))
  yield* client.notify("initialized").pipe(Effect.catchAll((error) => Effect.flip(startupFailure(error))))

  const agent = parseUserAgent(initialize.userAgent)
  if (agent.version !== Registry.codexVersion && config.versionCheck !== "ignore") {
    const message = `codex app-server ${agent.version ?? "(unknown version)"} differs from ${Registry.codexVersion}, the version effect-codex was generated from`
    if (config.versionCheck === "fail") {
      return yield* new AppServerStartFailed({ reason: "VersionMismatch", message, stderrTail: yield* proc.stderrTail })
    }
    yield* Effect.logWarning(message)
  }

  const decodeStream = (sink: Sink) => Client.toStream(sink).pipe(Stream.map(Events.decode))

  const startTurn = (params: Schemas.TurnStartParams, options?: RequestOptions) =>
    Effect.gen(function*() {
      let claimed: { turnId: string; sink: Sink } | undefined
      yield* Effect.addFinalizer(() => claimed === undefined ? Effect.void : client.releaseTurn(claimed.turnId, claimed.sink))
      // The claim happens in the reader, as the reply is read: no event can slip in between.
      const result = yield* rawRequest("turn/start", params, options, (raw) => {
        const turnId = Registry.idAt("turn.id", raw)
        if (turnId !== undefined) claimed = { turnId, sink: client.unsafeClaimTurn(turnId) }
      })
      if (claimed === undefined) {
        return yield* Effect.die(new Error("turn/start replied without a turn id"))
      }
      return { turn: result.turn, events: decodeStream(claimed.sink) } satisfies StartedTurn
    }).pipe(Effect.withSpan("AppServer.startTurn", { attributes: { threadId: params.threadId } }))

  const handle = <M extends Registry.ServerRequestMethod, E>(
    method: M,
    handler: ServerRequestHandler<M, E>,
    options?: { readonly turnId?: string }
  ) => {
    const entry = Registry.ServerRequests[method]
    const decode = Schema.decodeUnknown(entry.params as unknown as Schema.Schema<Registry.ServerRequestParams<M>, unknown>, {
      onExcessProperty: "preserve"
    })
    const encode = Schema.encode(entry.response as unknown as Schema.Schema<Registry.ServerRequestResponse<M>, unknown>)
    return client.handle(
      method,
      (params, message) =>
        decode(params).pipe(
          Effect.flatMap((decoded) => handler(decoded, Events.decode(message) as Events.ServerRequest)),
          Effect.flatMap(encode)
        ),
      options?.turnId
    )
  }

  return AppServer.of({
    metadata: {
      userAgent: initialize.userAgent,
      serverName: agent.name,
      serverVersion: agent.version,
      codexHome: initialize.codexHome,
      platformFamily: initialize.platformFamily,
      platformOs: initialize.platformOs,
      initialize
    },
    pid: proc.pid,
    request: (method, ...[params, options]) => rawRequest(method, params, options),
    notify: client.notify,
    events: Stream.unwrapScoped(Effect.map(client.subscribeGlobal, decodeStream)),
    subscribeEvents: Effect.map(client.subscribeGlobal, decodeStream),
    turnEvents: (turnId) => Stream.unwrapScoped(Effect.map(client.claimTurn(turnId), decodeStream)),
    startTurn,
    handle,
    stats: client.stats,
    stderrTail: proc.stderrTail,
    exited: client.exited
  })
})

/**
 * A layer running the app-server with `options`. Needs a `CommandExecutor` (for Node:
 * `NodeContext.layer` from `@effect/platform-node`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: AppServerConfig.Options = {}
): Layer.Layer<AppServer, CodexBinaryNotFound | AppServerStartFailed | AppServerExited, CommandExecutor.CommandExecutor> =>
  Layer.scoped(AppServer, make(options))

/**
 * A layer reading its options from a `Config` (e.g. `AppServerConfig.fromEnv`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  config: Config.Config<AppServerConfig.Options>
): Layer.Layer<
  AppServer,
  CodexBinaryNotFound | AppServerStartFailed | AppServerExited | ConfigError.ConfigError,
  CommandExecutor.CommandExecutor
> => Layer.scoped(AppServer, Effect.flatMap(config, make))
