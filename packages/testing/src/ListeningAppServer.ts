/**
 * The real `codex app-server` started as a listening server (`--listen ws://127.0.0.1:PORT` under
 * each `--ws-auth` mode, or `--listen unix://PATH`) in a `CodexHome`, with the socket options a
 * client needs to reach it: the way to test code that runs on `Codex.layerWebSocket` or
 * `Codex.layerUnixSocket` offline.
 *
 * ```ts
 * import { Codex } from "@effect-codex/sdk"
 * import { FakeResponses, TestCodex } from "@effect-codex/testing"
 *
 * // the client over WebSocket with a signed bearer token, the server, the fake model, the home
 * const Live = TestCodex.layerListening({
 *   listen: { transport: "websocket", auth: "signed-bearer-token" },
 *   scripts: [FakeResponses.Script.text("Hello!")]
 * })
 * ```
 *
 * Ports come from the OS (loopback only); secrets are random per server and written `0600` into
 * the home.
 *
 * @since 0.3.0
 */
import type { AppServerConfig, AppServerProcess, AppServerSocket } from "@effect-codex/sdk"
import type { Duration, Redacted, Scope } from "effect"
import { Context, Effect, Layer, Schema } from "effect"
import * as CodexHome from "./CodexHome.js"
import * as internal from "./internal/listeningAppServer.js"

/**
 * How the server listens.
 *
 * @since 0.3.0
 * @category models
 */
export interface Options {
  /** `websocket`: `--listen ws://127.0.0.1:<free port>`; `unix`: `--listen unix://<temp path>`. */
  readonly transport: "websocket" | "unix"
  /** The WebSocket listener's `--ws-auth` mode; default `capability-token`. Ignored for `unix`. */
  readonly auth?: "none" | "capability-token" | "signed-bearer-token"
  /** `--ws-issuer`; default `effect-codex-tests`. */
  readonly issuer?: string
  /** `--ws-audience`; default `codex-app-server`. */
  readonly audience?: string
  /** `--ws-max-clock-skew-seconds`; default 0 (an expired token is refused at once). */
  readonly maxClockSkewSeconds?: number
  /** Process options (binary, extra args, config, env added to the home's). */
  readonly server?: AppServerConfig.Options
  /** How long the server may take to listen. Default 30 s. */
  readonly startTimeout?: Duration.DurationInput
}

/**
 * A listening server.
 *
 * @since 0.3.0
 * @category models
 */
export interface Service {
  /** How the server listens, as `Options.transport` asked. */
  readonly transport: "websocket" | "unix"
  /** The `--ws-auth` mode in use; always `none` for `unix`. */
  readonly auth: "none" | "capability-token" | "signed-bearer-token"
  /** `ws://127.0.0.1:PORT` or `unix://PATH`. */
  readonly url: string
  /** What `Codex.layerWebSocket` / `Codex.layerUnixSocket` need, credentials included. */
  readonly socket: AppServerSocket.WebSocketOptions | AppServerSocket.UnixSocketOptions
  /** The capability token (the contents of `--ws-token-file`), for `capability-token`. */
  readonly token: Redacted.Redacted<string> | undefined
  /** The shared secret (the contents of `--ws-shared-secret-file`), for `signed-bearer-token`. */
  readonly sharedSecret: Redacted.Redacted<string> | undefined
  /**
   * The token issuer (`Options.issuer`, default `effect-codex-tests`); passed as `--ws-issuer` only
   * for `signed-bearer-token`.
   */
  readonly issuer: string
  /**
   * The token audience (`Options.audience`, default `codex-app-server`); passed as `--ws-audience`
   * only for `signed-bearer-token`.
   */
  readonly audience: string
  /** The server's current process. */
  readonly process: Effect.Effect<AppServerProcess.AppServerProcess>
  /** Sends a signal to the server's process (`SIGKILL` to test a dropped connection). */
  readonly kill: (signal: NodeJS.Signals) => Effect.Effect<void>
  /** Stops the server (if it still runs) and starts it again at the same address, with the same credentials. */
  readonly restart: Effect.Effect<void, ListeningAppServerError>
}

/**
 * The listening server could not be started or did not become ready.
 *
 * @since 0.3.0
 * @category errors
 */
export class ListeningAppServerError extends Schema.TaggedError<ListeningAppServerError>()("ListeningAppServerError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect)
}) {}

/**
 * The listening server service.
 *
 * @since 0.3.0
 * @category tags
 */
export class ListeningAppServer extends Context.Tag("@effect-codex/testing/ListeningAppServer")<ListeningAppServer, Service>() {}

/**
 * Starts a listening server in `home` and waits until it accepts connections. The scope owns the
 * process (SIGTERM, then SIGKILL, bounded).
 *
 * @since 0.3.0
 * @category constructors
 */
export const make: (
  home: CodexHome.Service,
  options: Options
) => Effect.Effect<Service, ListeningAppServerError, Scope.Scope> = (home, options) =>
  internal.make(
    home,
    options,
    (message, cause) => new ListeningAppServerError(cause === undefined ? { message } : { message, cause })
  ).pipe(
    Effect.withSpan("ListeningAppServer.make", { attributes: { transport: options.transport } })
  )

/**
 * A listening server in the `CodexHome` in context.
 *
 * @since 0.3.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<ListeningAppServer, ListeningAppServerError, CodexHome.CodexHome> =>
  Layer.scoped(ListeningAppServer, Effect.flatMap(CodexHome.CodexHome, (home) => make(home, options)))
