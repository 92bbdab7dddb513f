import { CodexHome, FakeResponses, ListeningAppServer, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, ConfigProvider, Context, Effect, Exit, Fiber, Layer, Redacted, Stream } from "effect"
import * as Http from "node:http"
import * as Net from "node:net"
import * as AppServerSocket from "../src/AppServerSocket.js"
import * as Codex from "../src/Codex.js"
import { setup } from "./utils/setup.js"

const Script = FakeResponses.Script

const commandStatus = (items: ReadonlyArray<{ readonly type: string }>) =>
  items.flatMap((i) => (i.type === "commandExecution" ? [(i as unknown as { status: string }).status] : []))

/** The same program on every transport: a turn, a streamed turn, the thread's history. */
const goldenPath = Effect.gen(function*() {
  const { codex } = yield* setup(Script.text("Hello there!"), Script.text(["Str", "eam", "ing!"]))
  const thread = yield* codex.threadStart()
  const result = yield* thread.run("Say hello")
  assert.strictEqual(result.status, "completed")
  assert.strictEqual(result.finalResponse, "Hello there!")
  const [text, streamed] = yield* Effect.scoped(Effect.gen(function*() {
    const turn = yield* thread.turn("stream")
    const deltas = yield* Stream.runCollect(turn.textDeltas)
    return [Chunk.join(deltas, ""), yield* turn.run] as const
  }))
  assert.strictEqual(text, "Streaming!")
  assert.strictEqual(streamed.finalResponse, "Streaming!")
  const read = yield* codex.request("thread/read", { threadId: thread.id, includeTurns: true })
  assert.strictEqual(read.thread.turns.length, 2)
})

describe("Codex over stdio (the same golden path)", () => {
  layer(TestCodex.layer(), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("runs the golden path: a turn, a streamed turn, the thread's history", () => goldenPath)
  })
})

const transports: ReadonlyArray<[string, ListeningAppServer.Options]> = [
  ["WebSocket with a capability token", { transport: "websocket", auth: "capability-token" }],
  ["WebSocket with a signed bearer token", { transport: "websocket", auth: "signed-bearer-token" }],
  ["a unix socket", { transport: "unix" }]
]

for (const [name, listen] of transports) {
  describe(`Codex over ${name} (the real app-server, listening)`, () => {
    layer(TestCodex.layerListening({ listen }), { excludeTestServices: true, timeout: 60_000 })((it) => {
      it.effect("runs the golden path: a turn, a streamed turn, the thread's history", () => goldenPath)

      it.effect("runs 6 threads at once, each with its own answer", () =>
        Effect.gen(function*() {
          const answers = ["one", "two", "three", "four", "five", "six"]
          const { codex, server } = yield* setup(...answers.map((a) => Script.text(a)))
          const results = yield* Effect.forEach(
            answers,
            () => Effect.flatMap(codex.threadStart(), (thread) => thread.run("answer")),
            { concurrency: "unbounded" }
          )
          assert.deepStrictEqual(results.map((r) => r.finalResponse).sort(), [...answers].sort())
          assert.strictEqual(new Set(results.map((r) => r.threadId)).size, answers.length)
          assert.isUndefined(server.pid)
        }))

      it.effect("asks the turn's approval handler and runs the approved command", () =>
        Effect.gen(function*() {
          const { codex } = yield* setup(
            Script.execCommand({ cmd: "echo approved", sandboxPermissions: "require_escalated", justification: "demo" }),
            Script.text("done")
          )
          const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
          const seen: Array<string> = []
          const result = yield* thread.run("run it", {
            approvals: {
              commandExecution: (params) =>
                Effect.sync(() => seen.push(params.command ?? "")).pipe(Effect.as({ decision: "accept" as const }))
            }
          })
          assert.strictEqual(seen.length, 1)
          assert.include(seen[0], "echo approved")
          assert.deepStrictEqual(commandStatus(result.items), ["completed"])
          assert.strictEqual(result.finalResponse, "done")
        }))
    })
  })
}

/** A home and a listening server, without a client. */
const listening = (options: ListeningAppServer.Options) =>
  ListeningAppServer.layer(options).pipe(
    Layer.provideMerge(CodexHome.layer),
    Layer.provideMerge(FakeResponses.layer)
  )

const connectError = (socket: AppServerSocket.WebSocketOptions | AppServerSocket.UnixSocketOptions) =>
  Effect.flip(Layer.build("path" in socket ? Codex.layerUnixSocket(socket) : Codex.layerWebSocket(socket))).pipe(
    Effect.scoped
  )

describe("WebSocket credentials", () => {
  layer(listening({ transport: "websocket", auth: "capability-token" }), { excludeTestServices: true, timeout: 60_000 })(
    (it) => {
      it.effect("a missing or wrong capability token fails with ConnectionUnauthorized, the right one connects", () =>
        Effect.gen(function*() {
          const server = yield* ListeningAppServer.ListeningAppServer
          const missing = yield* connectError({ url: server.url })
          assert.strictEqual(missing._tag, "ConnectionUnauthorized")
          if (missing._tag === "ConnectionUnauthorized") {
            assert.strictEqual(missing.status, 401)
            assert.include(missing.message, "missing websocket bearer token")
          }
          const wrong = yield* connectError({ url: server.url, token: Redacted.make("not-the-token") })
          assert.strictEqual(wrong._tag, "ConnectionUnauthorized")
          // the token never appears in the error
          assert.notInclude(JSON.stringify(wrong) + wrong.message, Redacted.value(server.token!))
          const ok = yield* Effect.scoped(Effect.exit(Layer.build(Codex.layerWebSocket({ url: server.url, token: server.token! }))))
          assert.isTrue(Exit.isSuccess(ok))
          // the same from the environment
          const fromEnv = yield* Effect.scoped(Effect.exit(Layer.build(Codex.layerSocketConfig(AppServerSocket.fromEnv)))).pipe(
            Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["CODEX_APP_SERVER_URL", server.url], ["CODEX_WS_TOKEN", Redacted.value(server.token!)]])))
          )
          assert.isTrue(Exit.isSuccess(fromEnv))
        }))

      it.effect("an idle connection stays open: the server answers the keepalive pings", () =>
        Effect.gen(function*() {
          const server = yield* ListeningAppServer.ListeningAppServer
          yield* Effect.scoped(Effect.gen(function*() {
            const context = yield* Layer.build(Codex.layerWebSocket({ url: server.url, token: server.token!, pingInterval: "50 millis" }))
            const codex = Context.get(context, Codex.Codex)
            yield* Effect.sleep("600 millis")
            const thread = yield* codex.threadStart()
            assert.isString(thread.id)
          }))
        }))
    }
  )

  layer(listening({ transport: "websocket", auth: "signed-bearer-token" }), { excludeTestServices: true, timeout: 60_000 })(
    (it) => {
      it.effect("an expired JWT, a wrong issuer and a wrong secret fail with ConnectionUnauthorized", () =>
        Effect.gen(function*() {
          const server = yield* ListeningAppServer.ListeningAppServer
          const secret = server.sharedSecret!
          const now = Math.floor(Date.now() / 1000)
          const expired = AppServerSocket.signJwt({ iss: server.issuer, aud: server.audience, exp: now - 60 }, secret)
          const expiredError = yield* connectError({ url: server.url, token: expired })
          assert.strictEqual(expiredError._tag, "ConnectionUnauthorized")
          assert.include(expiredError.message, "expired")

          const wrongIssuer = yield* connectError({
            url: server.url,
            auth: AppServerSocket.signedBearerToken({ sharedSecret: secret, issuer: "someone-else", audience: server.audience })
          })
          assert.strictEqual(wrongIssuer._tag, "ConnectionUnauthorized")
          assert.include(wrongIssuer.message, "issuer")

          const wrongSecret = yield* connectError({
            url: server.url,
            auth: AppServerSocket.signedBearerToken({
              sharedSecret: Redacted.make("a different secret of enough length!!"),
              issuer: server.issuer,
              audience: server.audience
            })
          })
          assert.strictEqual(wrongSecret._tag, "ConnectionUnauthorized")

          // a token minted by hand with the right claims is accepted as a plain bearer token
          const valid = AppServerSocket.signJwt({ iss: server.issuer, aud: server.audience, exp: now + 60 }, secret)
          const connected = yield* Effect.scoped(Effect.exit(Layer.build(Codex.layerWebSocket({ url: server.url, token: valid }))))
          assert.isTrue(Exit.isSuccess(connected))
        }))
    }
  )
})

describe("unreachable endpoints", () => {
  layer(Layer.empty, { excludeTestServices: true })((it) => {
    it.effect("a closed port, a missing socket file and a non-WebSocket URL fail with ConnectionFailed", () =>
      Effect.gen(function*() {
        const port = yield* Effect.async<number>((resume) => {
          const server = Net.createServer().listen(0, "127.0.0.1", () => {
            const address = server.address() as Net.AddressInfo
            server.close(() => resume(Effect.succeed(address.port)))
          })
        })
        const closed = yield* connectError({ url: `ws://127.0.0.1:${port}` })
        assert.strictEqual(closed._tag, "ConnectionFailed")
        if (closed._tag === "ConnectionFailed") assert.strictEqual(closed.reason, "Unreachable")

        const missing = yield* connectError({ path: "/tmp/effect-codex-no-such-dir/app-server.sock" })
        assert.strictEqual(missing._tag, "ConnectionFailed")
        if (missing._tag === "ConnectionFailed") assert.strictEqual(missing.reason, "Unreachable")

        const http = yield* connectError({ url: "http://127.0.0.1:1" })
        assert.strictEqual(http._tag, "ConnectionFailed")
        const garbage = yield* connectError({ url: "not a url" })
        assert.strictEqual(garbage._tag, "ConnectionFailed")
      }))

    it.effect("an empty unix socket path (also CODEX_APP_SERVER_URL=unix://) is refused, never a TCP connection", () =>
      Effect.gen(function*() {
        for (const path of ["", "unix://"]) {
          const error = yield* connectError({ path })
          assert.strictEqual(error._tag, "ConnectionFailed")
          if (error._tag === "ConnectionFailed") {
            assert.strictEqual(error.reason, "Unreachable")
            assert.strictEqual(error.endpoint, "unix://")
            assert.include(error.message, "the unix socket path is empty")
          }
        }
        const fromEnv = yield* Effect.flip(Effect.scoped(Layer.build(Codex.layerSocketConfig(AppServerSocket.fromEnv)))).pipe(
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["CODEX_APP_SERVER_URL", "unix://"]])))
        )
        assert.strictEqual(fromEnv._tag, "ConnectionFailed")
        assert.include(fromEnv.message, "the unix socket path is empty")
        const notString = yield* connectError({ path: 42 as unknown as string })
        assert.strictEqual(notString._tag, "ConnectionFailed")
        assert.include(notString.message, "a unix socket path must be a string, got 42")
      }))

    it.effect("maxMessageBytes that is not a positive whole number is refused before connecting", () =>
      Effect.gen(function*() {
        for (const maxMessageBytes of [0, -1, 1.5, Number.NaN, Infinity, "1024" as unknown as number]) {
          for (const socket of [{ url: "ws://127.0.0.1:1", maxMessageBytes }, { path: "/tmp/effect-codex-no-such-dir/s.sock", maxMessageBytes }]) {
            const error = yield* connectError(socket)
            assert.strictEqual(error._tag, "ConnectionFailed")
            if (error._tag === "ConnectionFailed") {
              // refused as an option (Handshake), not after trying the endpoint (Unreachable)
              assert.strictEqual(error.reason, "Handshake", String(maxMessageBytes))
              assert.include(error.message, "maxMessageBytes must be a positive whole number of bytes, got ")
            }
          }
        }
        const typed = yield* connectError({ url: "ws://127.0.0.1:1", maxMessageBytes: "1024" as unknown as number })
        assert.include(typed.message, `got "1024" (a string)`)
      }))

    it.scoped("a server that never answers the handshake times out; one that answers 404 is Rejected", () =>
      Effect.gen(function*() {
        const silent = yield* Effect.acquireRelease(
          Effect.async<Net.Server>((resume) => {
            const server = Net.createServer(() => {}).listen(0, "127.0.0.1", () => resume(Effect.succeed(server)))
          }),
          (server) => Effect.sync(() => server.close())
        )
        const silentPort = (silent.address() as Net.AddressInfo).port
        const timedOut = yield* connectError({ url: `ws://127.0.0.1:${silentPort}`, connectTimeout: "300 millis" })
        assert.strictEqual(timedOut._tag, "ConnectionFailed")
        if (timedOut._tag === "ConnectionFailed") assert.strictEqual(timedOut.reason, "Timeout")

        const notFound = yield* Effect.acquireRelease(
          Effect.async<Http.Server>((resume) => {
            const server = Http.createServer((_, response) => response.writeHead(404).end("nothing here"))
              .listen(0, "127.0.0.1", () => resume(Effect.succeed(server)))
          }),
          (server) => Effect.sync(() => server.close())
        )
        const rejected = yield* connectError({ url: `ws://127.0.0.1:${(notFound.address() as Net.AddressInfo).port}/x?token=secret` })
        assert.strictEqual(rejected._tag, "ConnectionFailed")
        if (rejected._tag === "ConnectionFailed") {
          assert.strictEqual(rejected.reason, "Rejected")
          assert.strictEqual(rejected.status, 404)
          // no query string (where credentials might hide) in the error
          assert.notInclude(rejected.message, "secret")
        }
      }))
  })
})

for (const [name, listen] of transports.filter(([n]) => n !== "WebSocket with a signed bearer token")) {
  describe(`a server killed mid-turn over ${name}`, () => {
    layer(TestCodex.layerListening({ listen }), { excludeTestServices: true, timeout: 60_000 })((it) => {
      it.effect("fails the running turn and later calls with AppServerExited, without a hang", () =>
        Effect.gen(function*() {
          const { codex, fake, server } = yield* setup(Script.stall({ id: "hold" }))
          const listening = yield* ListeningAppServer.ListeningAppServer
          const thread = yield* codex.threadStart()
          const turn = yield* Effect.fork(thread.run("wait forever"))
          yield* fake.awaitStall("hold")
          yield* listening.kill("SIGKILL")
          const failed = yield* Effect.flip(Fiber.join(turn))
          assert.strictEqual(failed._tag, "AppServerExited")
          const exited = yield* server.exited
          assert.strictEqual(exited._tag, "AppServerExited")
          assert.include(exited.connection, "closed")
          const after = yield* Effect.flip(codex.threadStart())
          assert.strictEqual(after._tag, "AppServerExited")
          const stats = yield* server.stats
          assert.strictEqual(stats.pendingRequests, 0)
        }))
    })
  })
}
