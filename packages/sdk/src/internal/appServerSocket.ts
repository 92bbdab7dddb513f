/**
 * Socket transports: a WebSocket connection (TCP, TLS or a unix socket) to a listening
 * `codex app-server`, behind the `Transport` seam.
 *
 * @internal
 */
import type * as Net from "node:net"
import { Clock, Config, ConfigError, Deferred, Duration, Effect, Either, Layer, Option, Redacted } from "effect"
import type * as AppServerSocket from "../AppServerSocket.js"
import { AppServerExited, ConnectionFailed, ConnectionUnauthorized } from "../Errors.js"
import * as Transport from "../Transport.js"
import * as Durations from "./duration.js"
import * as Jwt from "./jwt.js"
import * as Ws from "./webSocket.js"

const defaultConnectTimeout = Duration.seconds(10)
const defaultMaxMessageBytes = 64 * 1024 * 1024
const closeTimeoutMillis = 1000
const defaultPingInterval = Duration.seconds(30)

/** @internal */
export const capabilityToken = (token: Redacted.Redacted<string> | string): AppServerSocket.Auth => ({
  _tag: "CapabilityToken",
  token: typeof token === "string" ? Redacted.make(token) : token
})

/** @internal */
export const signedBearerToken = (options: Omit<AppServerSocket.SignedBearerToken, "_tag">): AppServerSocket.Auth => ({
  _tag: "SignedBearerToken",
  ...options
})

/** The server trims its token and secret files: so does the client. @internal */
const secretOf = (secret: Redacted.Redacted<string | Uint8Array>): string | Uint8Array => {
  const value = Redacted.value(secret)
  return typeof value === "string" ? value.trim() : value
}

/** @internal */
export const signJwt = (
  claims: Readonly<Record<string, unknown>>,
  secret: Redacted.Redacted<string | Uint8Array>
): Redacted.Redacted<string> => Redacted.make(Jwt.signHs256(claims, secretOf(secret)))

/** The claims of a signed bearer token minted at `nowMillis`. @internal */
export const claimsOf = (auth: AppServerSocket.SignedBearerToken, nowMillis: number): Record<string, unknown> => {
  const now = Math.floor(nowMillis / 1000)
  const expiresIn = Math.max(1, Math.ceil(Duration.toSeconds(Durations.orElse(auth.expiresIn, Duration.minutes(5)))))
  return {
    ...auth.claims,
    ...(auth.issuer === undefined ? {} : { iss: auth.issuer }),
    ...(auth.audience === undefined ? {} : { aud: auth.audience }),
    ...(auth.subject === undefined ? {} : { sub: auth.subject }),
    iat: now,
    exp: now + expiresIn
  }
}

/** The `Authorization` header for `auth`, minted now. @internal */
const authHeaders = (auth: AppServerSocket.Auth | undefined) =>
  Effect.gen(function*() {
    if (auth === undefined) return {}
    switch (auth._tag) {
      case "CapabilityToken":
        return { Authorization: `Bearer ${Redacted.value(auth.token).trim()}` }
      case "SignedBearerToken": {
        const now = yield* Clock.currentTimeMillis
        return { Authorization: `Bearer ${Jwt.signHs256(claimsOf(auth, now), secretOf(auth.sharedSecret))}` }
      }
    }
  })

/** A URL as it may appear in errors and logs: no user info, no query, no fragment. @internal */
export const describeUrl = (url: URL): string => `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`

/** An option's value as an error shows it: a number as it is, anything else as JSON with its type. */
const shown = (value: unknown): string =>
  typeof value === "number" ? String(value) : `${JSON.stringify(value) ?? String(value)} (a ${typeof value})`

const unreachableCodes = new Set(["ECONNREFUSED", "ENOENT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "EACCES", "ENOTSOCK"])

const connect = (
  endpoint: Ws.Endpoint,
  described: string,
  headers: Readonly<Record<string, string>>,
  options: AppServerSocket.ConnectOptions
) =>
  Effect.gen(function*() {
    const bad = Durations.check([["connectTimeout", options.connectTimeout, true], ["pingInterval", options.pingInterval]])
    if (bad !== undefined) return yield* new ConnectionFailed({ endpoint: described, reason: "Handshake", message: `${described}: ${bad}` })
    const maxMessageBytes = options.maxMessageBytes ?? defaultMaxMessageBytes
    if (!Number.isSafeInteger(maxMessageBytes) || maxMessageBytes < 1) {
      return yield* new ConnectionFailed({
        endpoint: described,
        reason: "Handshake",
        message: `${described}: maxMessageBytes must be a positive whole number of bytes, got ${shown(maxMessageBytes)}`
      })
    }
    const timeout = Durations.orElse(options.connectTimeout, defaultConnectTimeout)
    const open = Effect.async<Ws.Handshake>((resume) => {
      const abort = Ws.handshake(endpoint, headers, (result) => resume(Effect.succeed(result)))
      return Effect.sync(abort)
    }).pipe(
      Effect.timeoutFail({
        duration: timeout,
        onTimeout: () =>
          new ConnectionFailed({
            endpoint: described,
            reason: "Timeout",
            message: `${described}: the WebSocket handshake did not complete within ${Duration.format(timeout)}`
          })
      }),
      Effect.flatMap((result): Effect.Effect<
        { readonly socket: Net.Socket; readonly head: Buffer },
        ConnectionFailed | ConnectionUnauthorized
      > => {
        switch (result._tag) {
          case "Open":
            return Effect.succeed(result)
          case "Rejected":
            return result.status === 401 || result.status === 403
              ? Effect.fail(
                new ConnectionUnauthorized({
                  endpoint: described,
                  status: result.status,
                  message: `${described}: the app-server refused the credentials (${result.status}${result.body === "" ? "" : `: ${result.body}`})`
                })
              )
              : Effect.fail(
                new ConnectionFailed({
                  endpoint: described,
                  reason: "Rejected",
                  status: result.status,
                  message: `${described}: the WebSocket upgrade was answered with status ${result.status}${result.body === "" ? "" : `: ${result.body}`}`
                })
              )
          case "Failed":
            return Effect.fail(
              new ConnectionFailed({
                endpoint: described,
                reason: result.code !== undefined && unreachableCodes.has(result.code) ? "Unreachable" : "Handshake",
                message: `${described}: ${result.message}`,
                cause: result.cause
              })
            )
        }
      })
    )
    let closeConnection: ((code: number) => void) | undefined
    const { head, socket } = yield* Effect.acquireRelease(Effect.interruptible(open), ({ socket }) =>
      Effect.async<void>((resume) => {
        if (socket.destroyed) return resume(Effect.void)
        const timer = setTimeout(() => {
          socket.destroy()
        }, closeTimeoutMillis)
        socket.once("close", () => {
          clearTimeout(timer)
          resume(Effect.void)
        })
        // the connection may end before the closing handshake below is set up
        if (closeConnection === undefined) socket.end()
        else closeConnection(1000)
      }))

    // -- the open connection
    socket.setNoDelay(true)
    const ended = yield* Deferred.make<AppServerExited>()
    let closeSent = false
    let note: string | undefined
    let reader: ((chunk: string) => void) | undefined
    let dropper: ((prefix: string, suffix: string, limit: string) => void) | undefined
    /** What arrived before `run`: messages, and messages dropped for their size. */
    const early: Array<string | readonly [prefix: string, suffix: string, limit: string]> = []
    const close = (code: number) => {
      if (!closeSent && socket.writable) {
        closeSent = true
        const payload = Buffer.alloc(2)
        payload.writeUInt16BE(code, 0)
        socket.write(Ws.encodeFrame(Ws.Op.Close, payload))
      }
      socket.end()
      // the server closes TCP after the closing handshake; never wait for it unbounded
      setTimeout(() => socket.destroy(), closeTimeoutMillis).unref()
    }
    closeConnection = close
    const decoder = new Ws.FrameDecoder({
      message: (text) => {
        const chunk = `${text}\n`
        if (reader === undefined) early.push(chunk)
        else reader(chunk)
      },
      ping: (payload) => {
        if (!closeSent && socket.writable) socket.write(Ws.encodeFrame(Ws.Op.Pong, payload))
      },
      // a message over the limit is skipped, not held: the connection fails what it belonged to
      dropped: (prefix, suffix, bytes) => {
        const limit = `maxMessageBytes (${maxMessageBytes} bytes; the message had ${bytes})`
        if (reader === undefined) early.push([prefix, suffix, limit])
        else dropper?.(prefix, suffix, limit)
      },
      close: (code, reason) => {
        note ??= `the app-server closed the WebSocket connection (code ${code ?? "none"}${reason === "" ? "" : `: ${reason}`})`
        close(code ?? 1000)
      },
      protocolError: (message) => {
        note ??= `WebSocket protocol error: ${message}`
        close(1002)
        socket.destroy()
      }
    }, maxMessageBytes)
    // keepalive: a ping every interval; no data at all for a whole interval after one ends the
    // connection (a peer gone without closing TCP, e.g. a host that lost power)
    const pingMillis = Duration.toMillis(Durations.orElse(options.pingInterval, defaultPingInterval))
    let heard = true
    const pinger = Number.isFinite(pingMillis) && pingMillis > 0
      ? setInterval(() => {
        if (!heard) {
          note ??= `no answer from ${described} to a ping within ${pingMillis} ms`
          socket.destroy()
          return
        }
        heard = false
        if (!closeSent && socket.writable) socket.write(Ws.encodeFrame(Ws.Op.Ping, Buffer.alloc(0)))
      }, pingMillis)
      : undefined
    pinger?.unref()
    socket.on("data", (chunk: Buffer) => {
      heard = true
      decoder.push(chunk)
    })
    socket.on("error", (error: Error) => {
      note ??= `the connection to ${described} failed: ${error.message}`
    })
    socket.once("close", () => {
      if (pinger !== undefined) clearInterval(pinger)
      Deferred.unsafeDone(
        ended,
        Effect.succeed(
          new AppServerExited({
            phase: "running",
            exitCode: null,
            signal: null,
            stderrTail: [],
            connection: note ?? `the connection to ${described} closed`
          })
        )
      )
    })
    if (head.length > 0) decoder.push(head)
    if (socket.destroyed) {
      // closed before the listeners were attached
      if (pinger !== undefined) clearInterval(pinger)
      note ??= `the connection to ${described} closed during the handshake`
      Deferred.unsafeDone(
        ended,
        Effect.succeed(new AppServerExited({ phase: "running", exitCode: null, signal: null, stderrTail: [], connection: note }))
      )
    }

    const transport: Transport.Service = {
      write: (data) => {
        if (closeSent || !socket.writable) return
        for (const message of Ws.messagesOf(data)) socket.write(Ws.encodeFrame(Ws.Op.Text, Buffer.from(message, "utf8")))
      },
      run: (onChunk, onDropped) =>
        Effect.suspend(() => {
          reader = onChunk
          dropper = onDropped
          for (const entry of early.splice(0)) {
            if (typeof entry === "string") onChunk(entry)
            else onDropped?.(entry[0], entry[1], entry[2])
          }
          return Deferred.await(ended)
        }).pipe(Effect.ensuring(Effect.sync(() => {
          reader = undefined
          dropper = undefined
        }))),
      // bytes written but not yet sent (bounded by `maxOutboxBytes`)
      buffered: () => socket.writableLength
    }
    return transport
  })

/** @internal */
export const webSocket = (options: AppServerSocket.WebSocketOptions) =>
  Effect.gen(function*() {
    const url = yield* Effect.try({
      try: () => (typeof options.url === "string" ? new URL(options.url) : options.url),
      catch: (cause) =>
        new ConnectionFailed({
          endpoint: "(invalid url)",
          reason: "Unreachable",
          message: `not a WebSocket URL: ${cause instanceof Error ? cause.message : String(cause)}`
        })
    })
    const described = describeUrl(url)
    if (!["ws:", "wss:"].includes(url.protocol)) {
      return yield* new ConnectionFailed({
        endpoint: described,
        reason: "Unreachable",
        message: `${described}: a WebSocket URL starts with ws:// or wss://`
      })
    }
    const expiresIn = options.auth?._tag === "SignedBearerToken" ? options.auth.expiresIn : undefined
    const badExpiry = Durations.check([["auth.expiresIn", expiresIn, true]])
    if (badExpiry !== undefined) {
      return yield* new ConnectionFailed({ endpoint: described, reason: "Handshake", message: `${described}: ${badExpiry}` })
    }
    if (options.token !== undefined && options.auth !== undefined) {
      return yield* new ConnectionFailed({
        endpoint: described,
        reason: "Handshake",
        message: `${described}: give either token or auth, not both`
      })
    }
    const auth = options.auth ?? (options.token === undefined ? undefined : capabilityToken(options.token))
    const headers = { ...options.headers, ...(yield* authHeaders(auth)) }
    return yield* connect({ _tag: "Url", url }, described, headers, options)
  })

/** @internal */
export const unixSocket = (options: AppServerSocket.UnixSocketOptions) =>
  Effect.suspend(() => {
    if (typeof options.path !== "string") {
      return Effect.fail(
        new ConnectionFailed({
          endpoint: "(invalid path)",
          reason: "Unreachable",
          message: `a unix socket path must be a string, got ${shown(options.path)}`
        })
      )
    }
    const path = options.path.startsWith("unix://") ? options.path.slice("unix://".length) : options.path
    const described = `unix://${path}`
    // an empty path would connect over TCP to the default host and port
    if (path === "") {
      return Effect.fail(
        new ConnectionFailed({
          endpoint: described,
          reason: "Unreachable",
          message: `${described}: the unix socket path is empty (give the path the app-server listens on, e.g. /tmp/codex.sock)`
        })
      )
    }
    return connect({ _tag: "Unix", path }, described, { ...options.headers }, options)
  })

/** @internal */
export const layerWebSocket = (options: AppServerSocket.WebSocketOptions) => Layer.scoped(Transport.Transport, webSocket(options))

/** @internal */
export const layerUnixSocket = (options: AppServerSocket.UnixSocketOptions) =>
  Layer.scoped(Transport.Transport, unixSocket(options))

/** @internal */
export const connectTo = (options: AppServerSocket.SocketOptions) =>
  "path" in options ? unixSocket(options) : webSocket(options)

const optional = <A>(config: Config.Config<A>) => Config.option(config).pipe(Config.map(Option.getOrUndefined))

/** @internal */
export const fromEnv: Config.Config<AppServerSocket.SocketOptions> = Config.all({
  url: Config.string("CODEX_APP_SERVER_URL"),
  token: optional(Config.redacted("CODEX_WS_TOKEN")),
  sharedSecret: optional(Config.redacted("CODEX_WS_SHARED_SECRET")),
  issuer: optional(Config.string("CODEX_WS_ISSUER")),
  audience: optional(Config.string("CODEX_WS_AUDIENCE")),
  expiresIn: optional(Config.duration("CODEX_WS_TOKEN_TTL")),
  connectTimeout: optional(Config.duration("CODEX_WS_CONNECT_TIMEOUT"))
}).pipe(
  Config.mapOrFail((env): Either.Either<AppServerSocket.SocketOptions, ConfigError.ConfigError> => {
    const connectTimeout = env.connectTimeout === undefined ? {} : { connectTimeout: env.connectTimeout }
    if (env.url.startsWith("unix://")) return Either.right({ path: env.url.slice("unix://".length), ...connectTimeout })
    if (env.token !== undefined && env.sharedSecret !== undefined) {
      return Either.left(ConfigError.InvalidData(["CODEX_WS_TOKEN"], "give CODEX_WS_TOKEN or CODEX_WS_SHARED_SECRET, not both"))
    }
    if (env.sharedSecret !== undefined) {
      return Either.right({
        url: env.url,
        auth: signedBearerToken({
          sharedSecret: env.sharedSecret,
          ...(env.issuer === undefined ? {} : { issuer: env.issuer }),
          ...(env.audience === undefined ? {} : { audience: env.audience }),
          ...(env.expiresIn === undefined ? {} : { expiresIn: env.expiresIn })
        }),
        ...connectTimeout
      })
    }
    return Either.right({ url: env.url, ...(env.token === undefined ? {} : { token: env.token }), ...connectTimeout })
  })
)
