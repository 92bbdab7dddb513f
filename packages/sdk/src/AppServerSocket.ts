/**
 * Socket transports to an app-server that is already listening: `codex app-server --listen
 * ws://IP:PORT` (with `--ws-auth capability-token` or `--ws-auth signed-bearer-token`) and
 * `codex app-server --listen unix://PATH`. Both listeners speak JSON-RPC over WebSocket (one
 * message per text frame); the unix socket takes no credentials, the WebSocket listener reads
 * them from the upgrade's `Authorization: Bearer` header.
 *
 * The client is node's own `http`/`https`/`net` (no dependency, the same on Node 20, 22 and 24).
 * Use the transports through `Codex.layerWebSocket` / `Codex.layerUnixSocket` (or the `AppServer`
 * equivalents); this module gives the transports themselves, the credentials and the JWT minting.
 *
 * ```ts
 * import { Redacted } from "effect"
 * import { AppServerSocket, Codex } from "@effect-codex/sdk"
 *
 * // a capability token: the contents of the server's --ws-token-file
 * const CapabilityLive = Codex.layerWebSocket({ url: "ws://127.0.0.1:4500", token: Redacted.make(process.env.CODEX_WS_TOKEN!) })
 *
 * // a signed bearer token, minted for every connection from the server's shared secret
 * const SignedLive = Codex.layerWebSocket({
 *   url: "ws://127.0.0.1:4500",
 *   auth: AppServerSocket.signedBearerToken({
 *     sharedSecret: Redacted.make(process.env.CODEX_WS_SECRET!),
 *     issuer: "my-service",
 *     audience: "codex-app-server",
 *     expiresIn: "5 minutes"
 *   })
 * })
 *
 * const UnixLive = Codex.layerUnixSocket({ path: "/run/codex/app-server.sock" })
 * ```
 *
 * @since 0.3.0
 */
import type { Config, Duration, Effect, Layer, Redacted, Scope } from "effect"
import type { ConnectionFailed, ConnectionUnauthorized } from "./Errors.js"
import * as internal from "./internal/appServerSocket.js"
import type * as Transport from "./Transport.js"

/**
 * A capability token: an opaque secret, the contents of the server's `--ws-token-file` (the
 * server may also hold only its SHA-256, `--ws-token-sha256`). Sent as `Authorization: Bearer`.
 * Surrounding whitespace is ignored, as the server ignores it in the file.
 *
 * @since 0.3.0
 * @category models
 */
export interface CapabilityToken {
  /** Always `"CapabilityToken"`. */
  readonly _tag: "CapabilityToken"
  /** The token, sent as `Authorization: Bearer <token>` (surrounding whitespace removed). */
  readonly token: Redacted.Redacted<string>
}

/**
 * A signed bearer token: an HS256 JWT the SDK mints for every connection from the shared secret
 * (the contents of the server's `--ws-shared-secret-file`), with `iss` (`--ws-issuer`), `aud`
 * (`--ws-audience`), `sub`, `iat` and `exp = iat + expiresIn`. The server wants a secret of at
 * least 32 bytes; surrounding whitespace of a string secret is ignored, as the server ignores it
 * in the file.
 *
 * @since 0.3.0
 * @category models
 */
export interface SignedBearerToken {
  /** Always `"SignedBearerToken"`. */
  readonly _tag: "SignedBearerToken"
  /** The HS256 key the tokens are signed with: the contents of the server's `--ws-shared-secret-file`. */
  readonly sharedSecret: Redacted.Redacted<string | Uint8Array>
  /** `iss`: must equal the server's `--ws-issuer` when it has one. */
  readonly issuer?: string
  /** `aud`: must include the server's `--ws-audience` when it has one. */
  readonly audience?: string
  /** `sub`, when given. */
  readonly subject?: string
  /** How long a minted token is valid. Default 5 minutes. */
  readonly expiresIn?: Duration.DurationInput
  /** More claims (the standard ones above win). */
  readonly claims?: Readonly<Record<string, unknown>>
}

/**
 * How a WebSocket connection authenticates.
 *
 * @since 0.3.0
 * @category models
 */
export type Auth = CapabilityToken | SignedBearerToken

/**
 * Options shared by both socket transports.
 *
 * @since 0.3.0
 * @category models
 */
export interface ConnectOptions {
  /** How long connecting and the WebSocket handshake may take. Default 10 s. */
  readonly connectTimeout?: Duration.DurationInput
  /** Extra headers of the WebSocket upgrade request. */
  readonly headers?: Readonly<Record<string, string>>
  /**
   * The largest message accepted from the server, in bytes. Default 64 MiB. A larger one is
   * skipped as it arrives (never held) and the connection goes on; it counts in
   * `Stats.oversizedLines` and is handled like a line over `maxLineLength`: a reply whose id can
   * be read fails its request with `ProtocolError`, a message of a turn fails that turn with
   * `ProtocolError` (see docs/reliability.md).
   */
  readonly maxMessageBytes?: number
  /**
   * How often to ping the server. When nothing at all arrives for a whole interval after a ping,
   * the connection is considered dead and closed (everything in flight fails with
   * `AppServerExited`). Default 30 s; `Duration.infinity` for none.
   */
  readonly pingInterval?: Duration.DurationInput
}

/**
 * Where and how to reach a WebSocket listener.
 *
 * @since 0.3.0
 * @category models
 */
export interface WebSocketOptions extends ConnectOptions {
  /** `ws://host:port` (or `wss://` through a TLS-terminating proxy). */
  readonly url: string | URL
  /** A capability token: shorthand for `auth: capabilityToken(token)`. */
  readonly token?: Redacted.Redacted<string>
  /** The credentials; none when the listener runs without `--ws-auth`. */
  readonly auth?: Auth
}

/**
 * Where to reach a unix-socket listener.
 *
 * @since 0.3.0
 * @category models
 */
export interface UnixSocketOptions extends ConnectOptions {
  /** The socket's path (as given to `--listen unix://PATH`; a `unix://` prefix is accepted). */
  readonly path: string
}

/**
 * Where to connect: a WebSocket or a unix socket.
 *
 * @since 0.3.0
 * @category models
 */
export type SocketOptions = WebSocketOptions | UnixSocketOptions

/**
 * The errors of connecting.
 *
 * @since 0.3.0
 * @category models
 */
export type ConnectError = ConnectionFailed | ConnectionUnauthorized

/**
 * Capability-token credentials.
 *
 * @since 0.3.0
 * @category constructors
 */
export const capabilityToken: (token: Redacted.Redacted<string> | string) => Auth = internal.capabilityToken

/**
 * Signed-bearer-token credentials: a fresh HS256 JWT is minted for every connection.
 *
 * @since 0.3.0
 * @category constructors
 */
export const signedBearerToken: (options: Omit<SignedBearerToken, "_tag">) => Auth = internal.signedBearerToken

/**
 * Signs claims as an HS256 JWT (for tokens minted elsewhere, or by hand).
 *
 * @since 0.3.0
 * @category constructors
 */
export const signJwt: (
  claims: Readonly<Record<string, unknown>>,
  secret: Redacted.Redacted<string | Uint8Array>
) => Redacted.Redacted<string> = internal.signJwt

/**
 * Connects to a WebSocket listener. The scope owns the connection (closed with a close frame,
 * bounded). Wrong or missing credentials fail with `ConnectionUnauthorized`; an unreachable
 * endpoint or a handshake that does not finish in `connectTimeout` with `ConnectionFailed`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const webSocket: (options: WebSocketOptions) => Effect.Effect<Transport.Service, ConnectError, Scope.Scope> =
  internal.webSocket

/**
 * Connects to a unix-socket listener. The scope owns the connection.
 *
 * @since 0.3.0
 * @category constructors
 */
export const unixSocket: (options: UnixSocketOptions) => Effect.Effect<Transport.Service, ConnectError, Scope.Scope> =
  internal.unixSocket

/**
 * The `Transport` over a WebSocket connection.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerWebSocket: (options: WebSocketOptions) => Layer.Layer<Transport.Transport, ConnectError> =
  internal.layerWebSocket

/**
 * The `Transport` over a unix-socket connection.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerUnixSocket: (options: UnixSocketOptions) => Layer.Layer<Transport.Transport, ConnectError> =
  internal.layerUnixSocket

/**
 * Socket options from the environment: `CODEX_APP_SERVER_URL` (`ws://HOST:PORT`, `wss://...` or
 * `unix://PATH`), then for a WebSocket either `CODEX_WS_TOKEN` (a capability token) or
 * `CODEX_WS_SHARED_SECRET` with `CODEX_WS_ISSUER`, `CODEX_WS_AUDIENCE` and `CODEX_WS_TOKEN_TTL`
 * (a duration, default 5 minutes) for signed bearer tokens; `CODEX_WS_CONNECT_TIMEOUT` optional.
 * Secrets are read as `Redacted`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const fromEnv: Config.Config<SocketOptions> = internal.fromEnv

/**
 * Connects to either kind of socket.
 *
 * @since 0.3.0
 * @category constructors
 */
export const connect: (options: SocketOptions) => Effect.Effect<Transport.Service, ConnectError, Scope.Scope> =
  internal.connectTo
