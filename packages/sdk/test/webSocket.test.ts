import { assert, describe, it } from "@effect/vitest"
import { ConfigProvider, Deferred, Duration, Effect, FastCheck as fc, Redacted } from "effect"
import * as Crypto from "node:crypto"
import * as Http from "node:http"
import type * as Net from "node:net"
import * as AppServerConfig from "../src/AppServerConfig.js"
import * as AppServerSocket from "../src/AppServerSocket.js"
import { claimsOf, describeUrl } from "../src/internal/appServerSocket.js"
import { signHs256, verifyHs256 } from "../src/internal/jwt.js"
import { encodeFrame, FrameDecoder, messagesOf, Op } from "../src/internal/webSocket.js"
import { chunked } from "./utils/chunks.js"

/** An unmasked server frame. */
const serverFrame = (opcode: number, payload: Buffer, fin = true): Buffer => {
  const length = payload.length
  const header = length < 126 ? Buffer.from([0, length]) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10)
  header[0] = (fin ? 0x80 : 0) | opcode
  if (length >= 126 && length < 65536) {
    header[1] = 126
    header.writeUInt16BE(length, 2)
  } else if (length >= 65536) {
    header[1] = 127
    header.writeBigUInt64BE(BigInt(length), 2)
  }
  return Buffer.concat([header, payload])
}

const collect = () => {
  const seen = { messages: [] as Array<string>, pings: [] as Array<string>, closes: [] as Array<[number | undefined, string]>, errors: [] as Array<string> }
  const decoder = new FrameDecoder({
    message: (text) => void seen.messages.push(text),
    ping: (payload) => void seen.pings.push(payload.toString()),
    close: (code, reason) => void seen.closes.push([code, reason]),
    protocolError: (message) => void seen.errors.push(message)
  }, 1 << 20)
  return { decoder, seen }
}

describe("WebSocket frames", () => {
  it.prop("client frames decode to the same messages however they are chunked (all length encodings)", [
    fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(125, 126, 127, 65535, 65536).map((n) => "x".repeat(n))), { maxLength: 6 }),
    fc.array(fc.nat(), { maxLength: 20 })
  ], ([messages, cuts]) => {
    const bytes = Buffer.concat(messages.map((m) => encodeFrame(Op.Text, Buffer.from(m, "utf8"))))
    const { decoder, seen } = collect()
    for (const chunk of chunked(bytes, cuts)) decoder.push(chunk)
    assert.deepStrictEqual(seen.messages, messages)
    assert.deepStrictEqual(seen.errors, [])
  }, { fastCheck: { numRuns: 50 } })

  it("client frames are masked; fragmented server messages are reassembled; pings and closes are reported", () => {
    const frame = encodeFrame(Op.Text, Buffer.from("hello"))
    assert.strictEqual(frame[1]! & 0x80, 0x80)
    assert.notInclude(frame.toString("latin1"), "hello")
    const { decoder, seen } = collect()
    const close = Buffer.alloc(2 + 3)
    close.writeUInt16BE(1001, 0)
    close.write("bye", 2)
    decoder.push(Buffer.concat([
      serverFrame(Op.Text, Buffer.from("{\"a\":"), false),
      serverFrame(Op.Ping, Buffer.from("p1")),
      serverFrame(Op.Continuation, Buffer.from("1}")),
      serverFrame(Op.Close, close)
    ]))
    assert.deepStrictEqual(seen.messages, ["{\"a\":1}"])
    assert.deepStrictEqual(seen.pings, ["p1"])
    assert.deepStrictEqual(seen.closes, [[1001, "bye"]])
  })

  it("a continuation without a message or an unknown opcode is a protocol error", () => {
    for (const bytes of [serverFrame(Op.Continuation, Buffer.from("x")), serverFrame(3, Buffer.alloc(0))]) {
      const { decoder, seen } = collect()
      decoder.push(bytes)
      assert.strictEqual(seen.errors.length, 1)
      assert.deepStrictEqual(seen.messages, [])
    }
  })

  it.prop("a message over the limit (one frame or fragments) is skipped and reported by its ends; the others come through, however chunked", [
    fc.array(
      fc.record({
        big: fc.boolean(),
        fragments: fc.integer({ min: 1, max: 4 }),
        masked: fc.boolean()
      }),
      { minLength: 1, maxLength: 6 }
    ),
    fc.array(fc.nat(), { maxLength: 30 })
  ], ([specs, cuts]) => {
    const limit = 1000
    const frames: Array<Buffer> = []
    const expected: Array<string> = []
    const expectedDrops: Array<[string, string, number]> = []
    specs.forEach((spec, n) => {
      // a message of a turn, as codex writes them: its ids at the start, its text, its end
      const text = `{"method":"m${n}","params":{"text":"${(spec.big ? "é" : "x").repeat(spec.big ? 3000 : 100)}"},"end":${n}}`
      const bytes = Buffer.from(text, "utf8")
      const size = Math.ceil(bytes.length / spec.fragments)
      for (let i = 0; i * size < bytes.length || i === 0; i++) {
        const part = bytes.subarray(i * size, (i + 1) * size)
        const last = (i + 1) * size >= bytes.length
        const frame = spec.masked ? encodeFrame(i === 0 ? Op.Text : Op.Continuation, part) : serverFrame(i === 0 ? Op.Text : Op.Continuation, part, last)
        // encodeFrame always sets fin: clear it on a fragment that is not the last
        if (spec.masked && !last) frame[0] = frame[0]! & 0x7f
        frames.push(frame)
      }
      if (bytes.length > limit) expectedDrops.push([text.slice(0, 256), text.slice(-256), bytes.length])
      else expected.push(text)
    })
    const seen = { messages: [] as Array<string>, drops: [] as Array<[string, string, number]>, errors: [] as Array<string> }
    const decoder = new FrameDecoder({
      message: (text) => void seen.messages.push(text),
      ping: () => {},
      close: () => {},
      protocolError: (message) => void seen.errors.push(message),
      dropped: (prefix, suffix, bytes) => void seen.drops.push([prefix, suffix, bytes])
    }, limit)
    for (const chunk of chunked(Buffer.concat(frames), cuts)) decoder.push(chunk)
    assert.deepStrictEqual(seen.errors, [])
    assert.deepStrictEqual(seen.messages, expected)
    assert.deepStrictEqual(seen.drops, expectedDrops)
  }, { fastCheck: { numRuns: 100 } })

  it("splits what the connection writes into one message per line", () => {
    assert.deepStrictEqual(messagesOf("{\"a\":1}\n"), ["{\"a\":1}"])
    assert.deepStrictEqual(messagesOf("a\nb\n\nc"), ["a", "b", "c"])
  })
})

describe("AppServerConfig.commandArgs", () => {
  it("an explicit --listen replaces the default --listen stdio://", () => {
    assert.deepStrictEqual(AppServerConfig.commandArgs(AppServerConfig.resolve({})), ["app-server", "--listen", "stdio://"])
    assert.deepStrictEqual(
      AppServerConfig.commandArgs(AppServerConfig.resolve({ args: ["--listen", "ws://127.0.0.1:4500"] })),
      ["app-server", "--listen", "ws://127.0.0.1:4500"]
    )
  })
})

describe("signed bearer tokens", () => {
  it("mints an HS256 JWT with iss, aud, sub, iat and exp that verifies with the secret only", () => {
    const auth = AppServerSocket.signedBearerToken({
      sharedSecret: Redacted.make("0123456789abcdef0123456789abcdef"),
      issuer: "me",
      audience: "codex",
      subject: "agent-7",
      expiresIn: "2 minutes",
      claims: { exp: 1, scope: "turns" }
    })
    assert.strictEqual(auth._tag, "SignedBearerToken")
    if (auth._tag !== "SignedBearerToken") return
    const claims = claimsOf(auth, 1_000_000_500)
    assert.deepStrictEqual(claims, { scope: "turns", iss: "me", aud: "codex", sub: "agent-7", iat: 1_000_000, exp: 1_000_120 })
    const token = signHs256(claims, "0123456789abcdef0123456789abcdef")
    assert.deepStrictEqual(verifyHs256(token, "0123456789abcdef0123456789abcdef"), claims)
    assert.isUndefined(verifyHs256(token, "another secret"))
    // the header is the standard one
    assert.deepStrictEqual(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()), { alg: "HS256", typ: "JWT" })
  })

  it("signJwt trims a string secret, as the server trims its secret file", () => {
    const secret = "0123456789abcdef0123456789abcdef"
    const token = Redacted.value(AppServerSocket.signJwt({ exp: 1 }, Redacted.make(`${secret}\n`)))
    assert.deepStrictEqual(verifyHs256(token, secret), { exp: 1 })
  })

  it("describes a URL without credentials, query or fragment", () => {
    assert.strictEqual(describeUrl(new URL("ws://user:pw@host:4500/path?token=x#y")), "ws://host:4500/path")
    assert.strictEqual(describeUrl(new URL("ws://127.0.0.1:4500")), "ws://127.0.0.1:4500")
  })
})

/** A scripted WebSocket server: accepts the upgrade, then hands the raw socket to `onOpen`. */
const fakeServer = (onOpen: (socket: Net.Socket, headers: Http.IncomingHttpHeaders) => void) =>
  Effect.acquireRelease(
    Effect.async<{ readonly server: Http.Server; readonly sockets: Set<Net.Socket> }>((resume) => {
      const sockets = new Set<Net.Socket>()
      const server = Http.createServer((_, response) => response.writeHead(426).end())
      server.on("upgrade", (request: Http.IncomingMessage, socket: Net.Socket) => {
        sockets.add(socket)
        const accept = Crypto.createHash("sha1").update(`${request.headers["sec-websocket-key"]}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64")
        socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
        onOpen(socket, request.headers)
      })
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed({ server, sockets })))
    }),
    ({ server, sockets }) =>
      Effect.async<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ server }) => `ws://127.0.0.1:${(server.address() as Net.AddressInfo).port}`))

describe("the WebSocket transport against a scripted server", () => {
  it.scopedLive("sends the bearer token, answers pings, delivers messages as lines, ends on a close frame", () =>
    Effect.gen(function*() {
      const received = yield* Deferred.make<{ readonly auth: string | undefined; readonly frames: Array<string> }>()
      const url = yield* fakeServer((socket, headers) => {
        const frames: Array<string> = []
        const decoder = new FrameDecoder({
          message: (text) => {
            frames.push(`text:${text}`)
            const close = Buffer.alloc(2)
            close.writeUInt16BE(1001, 0)
            socket.write(serverFrame(Op.Close, close))
          },
          ping: (payload) => void frames.push(`ping:${payload.toString()}`),
          pong: (payload) => void frames.push(`pong:${payload.toString()}`),
          close: () => Deferred.unsafeDone(received, Effect.succeed({ auth: headers.authorization, frames })),
          protocolError: () => {}
        }, 1 << 20)
        socket.on("data", (chunk: Buffer) => decoder.push(chunk))
        socket.write(Buffer.concat([serverFrame(Op.Ping, Buffer.from("are you there")), serverFrame(Op.Text, Buffer.from("{\"id\":1}"))]))
      })
      const transport = yield* AppServerSocket.webSocket({ url, token: Redacted.make(" secret-token\n") })
      const chunks: Array<string> = []
      const ended = yield* transport.run((chunk) => {
        chunks.push(String(chunk))
        if (chunks.length === 1) transport.write("{\"id\":2}\n")
      })
      assert.deepStrictEqual(chunks, ["{\"id\":1}\n"])
      assert.strictEqual(ended._tag, "AppServerExited")
      assert.include(ended.connection, "code 1001")
      assert.include(ended.message, "the connection to the codex app-server ended")
      const server = yield* Deferred.await(received)
      assert.strictEqual(server.auth, "Bearer secret-token")
      assert.deepStrictEqual(server.frames, ["pong:are you there", "text:{\"id\":2}"])
    }), { timeout: 10_000 })

  it.live("ends the connection when a ping goes unanswered", () =>
    Effect.scoped(Effect.gen(function*() {
      const url = yield* fakeServer(() => {})
      const transport = yield* AppServerSocket.webSocket({ url, pingInterval: "100 millis" })
      const ended = yield* transport.run(() => {})
      assert.include(ended.connection, "no answer")
    })), { timeout: 10_000 })
})

describe("AppServerSocket.fromEnv", () => {
  const read = (env: Record<string, string>) =>
    AppServerSocket.fromEnv.pipe(Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))))

  it.effect("reads a unix socket, a capability token, or a shared secret for signed bearer tokens", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(yield* read({ CODEX_APP_SERVER_URL: "unix:///run/codex.sock" }), { path: "/run/codex.sock" })
      const capability = yield* read({ CODEX_APP_SERVER_URL: "ws://127.0.0.1:4500", CODEX_WS_TOKEN: "tok" })
      assert.isTrue("token" in capability && capability.token !== undefined && Redacted.value(capability.token) === "tok")
      // the token is redacted when the options are printed
      assert.notInclude(String(("token" in capability ? capability.token : undefined)), "tok")
      const signed = yield* read({
        CODEX_APP_SERVER_URL: "ws://127.0.0.1:4500",
        CODEX_WS_SHARED_SECRET: "0123456789abcdef0123456789abcdef",
        CODEX_WS_ISSUER: "me",
        CODEX_WS_AUDIENCE: "codex",
        CODEX_WS_TOKEN_TTL: "2 minutes",
        CODEX_WS_CONNECT_TIMEOUT: "3 seconds"
      })
      assert.isTrue("auth" in signed)
      if ("auth" in signed && signed.auth?._tag === "SignedBearerToken") {
        assert.strictEqual(signed.auth.issuer, "me")
        assert.strictEqual(signed.auth.audience, "codex")
        assert.isTrue(Duration.equals(Duration.decode(signed.auth.expiresIn!), Duration.minutes(2)))
        assert.isTrue(Duration.equals(Duration.decode(signed.connectTimeout!), Duration.seconds(3)))
      } else {
        assert.fail("expected signed bearer token credentials")
      }
    }))

  it.effect("a missing URL, or both a token and a secret, is a ConfigError", () =>
    Effect.gen(function*() {
      const missing = yield* Effect.flip(read({}))
      assert.include(String(missing), "CODEX_APP_SERVER_URL")
      const both = yield* Effect.flip(read({ CODEX_APP_SERVER_URL: "ws://h:1", CODEX_WS_TOKEN: "a", CODEX_WS_SHARED_SECRET: "b" }))
      assert.include(String(both), "not both")
    }))
})
