/**
 * A client over a socket that reconnects by a `Schedule` when the connection drops: the same
 * `Codex` service as `Codex.layerWebSocket` / `Codex.layerUnixSocket`, plus a `Connection`
 * service that reports disconnects and reconnects.
 *
 * When the connection drops, every request in flight, running turn and handler fails with
 * `AppServerExited` (a connection is one JSON-RPC session: nothing in flight survives it). Calls
 * made while disconnected wait for the next connection, at most `waitTimeout` (default: the
 * client's `requestTimeout`), then fail with the `AppServerExited` of the drop. `Codex.events`
 * goes on over the next connection. `Thread` handles of the old connection keep failing with
 * `AppServerExited`: `Connection.reattach(thread)` (a `thread/resume` on the new connection)
 * gives a live handle with the thread's history.
 *
 * ```ts
 * import { Effect, Redacted, Schedule, Stream } from "effect"
 * import { Codex, Reconnect } from "@effect-codex/sdk"
 *
 * const Live = Reconnect.layerWebSocket(
 *   { url: "ws://127.0.0.1:4500", token: Redacted.make(process.env.CODEX_WS_TOKEN!) },
 *   { schedule: Schedule.spaced("1 second") }
 * )
 *
 * const program = Effect.gen(function* () {
 *   const connection = yield* Reconnect.Connection
 *   yield* connection.changes.pipe(Stream.runForEach((e) => Effect.log(e._tag)), Effect.fork)
 *   const codex = yield* Codex.Codex
 *   // ...
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Duration, Schedule, Scope, Stream } from "effect"
import { Context, Effect, Layer } from "effect"
import type * as AppServer from "./AppServer.js"
import type * as AppServerConfig from "./AppServerConfig.js"
import * as AppServerSocket from "./AppServerSocket.js"
import * as Codex from "./Codex.js"
import type { AppServerExited, AppServerStartFailed, RequestError } from "./Errors.js"
import * as internal from "./internal/reconnect.js"
import type * as Thread from "./Thread.js"
import type * as Transport from "./Transport.js"

/**
 * Options of a reconnecting client.
 *
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** When to try again after a drop (and after each failed attempt). Default {@link defaultSchedule}. */
  readonly schedule?: Schedule.Schedule<unknown, unknown>
  /** How long a call made while disconnected waits for the next connection. Default: `client.requestTimeout`. */
  readonly waitTimeout?: Duration.DurationInput
  /** The client's options (timeouts, client info, ...). */
  readonly client?: AppServerConfig.Options
}

/**
 * What happens to the connection.
 *
 * @since 0.3.0
 * @category models
 */
export type ConnectionEvent =
  | { readonly _tag: "Disconnected"; readonly reason: AppServerExited }
  | {
    readonly _tag: "ReconnectFailed"
    readonly attempt: number
    readonly error: AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited
  }
  | { readonly _tag: "Reconnected"; readonly attempts: number }
  | { readonly _tag: "GaveUp"; readonly attempts: number }

/**
 * The connection of a reconnecting client.
 *
 * @since 0.3.0
 * @category models
 */
export interface Service {
  /** Disconnects, failed attempts, reconnects and giving up, from when the stream starts. */
  readonly changes: Stream.Stream<ConnectionEvent>
  /** Subscribes to the changes now (nothing is missed from here on); the scope owns it. */
  readonly subscribe: Effect.Effect<Stream.Stream<ConnectionEvent>, never, Scope.Scope>
  /** How many times it reconnected. */
  readonly reconnects: Effect.Effect<number>
  /** The current connection's `AppServer` (waits while disconnected, like any call). */
  readonly server: Effect.Effect<AppServer.Service, AppServerExited>
  /** A live handle, on the current connection, for a thread of an earlier one (`thread/resume`). */
  readonly reattach: (thread: Thread.Thread) => Effect.Effect<Thread.Thread, RequestError>
}

/**
 * The connection service of a reconnecting client.
 *
 * @since 0.3.0
 * @category tags
 */
export class Connection extends Context.Tag("@effect-codex/sdk/Reconnect/Connection")<Connection, Service>() {}

/**
 * The default schedule: exponential from 500 ms, at most every 10 s, forever.
 *
 * @since 0.3.0
 * @category constructors
 */
export const defaultSchedule: Schedule.Schedule<unknown, unknown> = internal.defaultSchedule

/**
 * A reconnecting client over any transport `connect` makes (called again for every connection).
 * The first connection must succeed: its failure fails the layer.
 *
 * @since 0.3.0
 * @category layers
 */
export const layer = (
  connect: Effect.Effect<Transport.Service, AppServerSocket.ConnectError, Scope.Scope>,
  options: Options = {}
): Layer.Layer<Codex.Codex | Connection, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  Layer.scopedContext(
    Effect.map(internal.make(connect, options), ({ codex, connection }) =>
      Context.make(Codex.Codex, codex).pipe(Context.add(Connection, connection)))
  )

/**
 * A reconnecting client over WebSocket (a fresh signed bearer token is minted for every connection).
 *
 * @since 0.3.0
 * @category layers
 */
export const layerWebSocket = (
  socket: AppServerSocket.WebSocketOptions,
  options: Options = {}
): Layer.Layer<Codex.Codex | Connection, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  layer(AppServerSocket.webSocket(socket), options)

/**
 * A reconnecting client over a unix socket.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerUnixSocket = (
  socket: AppServerSocket.UnixSocketOptions,
  options: Options = {}
): Layer.Layer<Codex.Codex | Connection, AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited> =>
  layer(AppServerSocket.unixSocket(socket), options)
