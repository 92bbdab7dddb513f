import { CodexHome, FakeResponses, ListeningAppServer } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Cause, Chunk, Deferred, Effect, Exit, Fiber, Layer, Metric, Redacted, Schedule, Scope, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import type * as AppServerConfig from "../src/AppServerConfig.js"
import * as AppServerSocket from "../src/AppServerSocket.js"
import * as Codex from "../src/Codex.js"
import * as Errors from "../src/Errors.js"
import * as Metrics from "../src/Metrics.js"

const Script = FakeResponses.Script

/** A listening server in a home, and a client on it that reconnects by `restartSchedule`. */
const reconnecting = (listen: ListeningAppServer.Options, options: AppServerConfig.Options) =>
  Layer.unwrapEffect(
    Effect.map(ListeningAppServer.ListeningAppServer, (server) =>
      "path" in server.socket
        ? Codex.layerUnixSocket(server.socket, options)
        : Codex.layerWebSocket(server.socket as AppServerSocket.WebSocketOptions, options))
  ).pipe(
    Layer.provideMerge(ListeningAppServer.layer(listen)),
    Layer.provideMerge(CodexHome.layer),
    Layer.provideMerge(FakeResponses.layer)
  )

const setup = (...scripts: ReadonlyArray<FakeResponses.Script>) =>
  Effect.gen(function*() {
    const fake = yield* FakeResponses.FakeResponses
    yield* fake.reset
    yield* fake.enqueue(...scripts)
    return {
      fake,
      codex: yield* Codex.Codex,
      appServer: yield* AppServer.AppServer,
      server: yield* ListeningAppServer.ListeningAppServer
    }
  })

for (const transport of ["websocket", "unix"] as const) {
  describe(`a client over ${transport} with restartSchedule (the real app-server, killed and restarted)`, () => {
    layer(reconnecting({ transport }, { restartSchedule: Schedule.spaced("100 millis"), requestTimeout: "60 seconds" }), {
      excludeTestServices: true,
      timeout: 90_000
    })((it) => {
      it.scoped("fails the turn in flight, waits for the server to come back, reports it, resumes the thread", () =>
        Effect.gen(function*() {
          const { appServer, codex, fake, server } = yield* setup(Script.text("first"), Script.stall({ id: "hold" }))
          const restartsBefore = (yield* Metric.value(Metrics.restarts)).count
          // the global event stream reports the disconnect, then the reconnect (subscribed now)
          const subscription = yield* appServer.subscribeEvents
          const reported = yield* Effect.fork(
            subscription.pipe(
              Stream.filter((event) => AppServer.isDisconnected(event) || AppServer.isRestarted(event)),
              Stream.take(2),
              Stream.runCollect
            )
          )
          const thread = yield* codex.threadStart()
          assert.strictEqual((yield* thread.run("one")).finalResponse, "first")

          const turn = yield* Effect.fork(thread.run("hang"))
          yield* fake.awaitStall("hold")
          yield* server.kill("SIGKILL")
          const failed = yield* Effect.flip(Fiber.join(turn))
          assert.strictEqual(failed._tag, "AppServerExited")

          // a call made while the server is down waits for the next connection
          yield* fake.reset
          yield* fake.enqueue(Script.text("after"), Script.text("again"))
          const waiting = yield* Effect.fork(Effect.flatMap(codex.threadStart(), (t) => t.run("new thread")))
          yield* server.restart
          assert.strictEqual((yield* Fiber.join(waiting)).finalResponse, "after")

          const [disconnected, restarted] = Chunk.toReadonlyArray(yield* Fiber.join(reported))
          assert.isTrue(disconnected !== undefined && AppServer.isDisconnected(disconnected))
          if (disconnected !== undefined && AppServer.isDisconnected(disconnected)) {
            assert.strictEqual(disconnected.params.restarts, 0)
            assert.strictEqual(disconnected.params.pid, undefined)
            // over a socket: how the connection ended
            assert.isString(disconnected.params.connection)
          }
          assert.isTrue(restarted !== undefined && AppServer.isRestarted(restarted))
          assert.deepInclude(restarted?.params as object, { restarts: 1 })
          assert.strictEqual((yield* Metric.value(Metrics.restarts)).count - restartsBefore, 1)

          // the thread, loaded again on the new connection, goes on with its history
          yield* AppServer.resumeThread(thread.id).pipe(Effect.provideService(AppServer.AppServer, appServer))
          assert.strictEqual((yield* thread.run("continue")).finalResponse, "again")
          const read = yield* codex.request("thread/read", { threadId: thread.id, includeTurns: true })
          assert.isAtLeast(read.thread.turns.length, 2)
        }))
    })
  })
}

describe("a reconnecting client whose schedule gives up", () => {
  layer(reconnecting({ transport: "websocket" }, { restartSchedule: Schedule.recurs(2) }), { excludeTestServices: true, timeout: 60_000 })(
    (it) => {
      it.scoped("fails every call at once with AppServerExited once the schedule is done", () =>
        Effect.gen(function*() {
          const { appServer, codex, server } = yield* setup()
          yield* codex.threadStart()
          yield* server.kill("SIGKILL")
          // the facade ends when the schedule gives up
          const exited = yield* appServer.exited
          assert.strictEqual(exited._tag, "AppServerExited")
          const error = yield* Effect.flip(codex.threadStart())
          assert.strictEqual(error._tag, "AppServerExited")
        }))
    }
  )
})

describe("a reconnecting client whose server stays down", () => {
  layer(reconnecting({ transport: "unix" }, { restartSchedule: Schedule.spaced("100 millis"), requestTimeout: "2 seconds" }), {
    excludeTestServices: true,
    timeout: 60_000
  })((it) => {
    it.scoped("a call made while disconnected waits at most its request timeout, then fails with AppServerExited", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        yield* codex.threadStart()
        yield* server.kill("SIGKILL")
        const error = yield* Effect.flip(codex.threadStart())
        assert.strictEqual(error._tag, "AppServerExited")
      }))
  })
})

/** A listening WebSocket server (capability token) in a home, with no client. */
const listening = ListeningAppServer.layer({ transport: "websocket" }).pipe(
  Layer.provideMerge(CodexHome.layer),
  Layer.provideMerge(FakeResponses.layer)
)

describe("a reconnecting client whose credentials the restarted server refuses", () => {
  layer(listening, { excludeTestServices: true, timeout: 90_000 })((it) => {
    it.scoped("each attempt's ConnectionUnauthorized reaches the user: waiting calls and the final error carry it as cause", () =>
      Effect.gen(function*() {
        const server = yield* ListeningAppServer.ListeningAppServer
        const socket = server.socket as AppServerSocket.WebSocketOptions
        // the first connection has the server's token; the next ones (made once the server is back)
        // a token it no longer takes, as after a rotation
        const back = yield* Deferred.make<void>()
        let connections = 0
        const connect = Effect.suspend(() =>
          connections++ === 0
            ? AppServerSocket.webSocket(socket)
            : Effect.zipRight(Deferred.await(back), AppServerSocket.webSocket({ ...socket, token: Redacted.make("rotated-away") }))
        )
        // one client that keeps trying (its calls wait at most their timeout), one that gives up
        const keeps = yield* AppServer.makeConnecting(connect, { restartSchedule: Schedule.spaced("50 millis"), requestTimeout: "2 seconds" })
        let others = 0
        const gives = yield* AppServer.makeConnecting(
          Effect.suspend(() =>
            others++ === 0
              ? AppServerSocket.webSocket(socket)
              : Effect.zipRight(Deferred.await(back), AppServerSocket.webSocket({ ...socket, token: Redacted.make("rotated-away") }))
          ),
          { restartSchedule: Schedule.intersect(Schedule.spaced("50 millis"), Schedule.recurs(3)) }
        )
        assert.isArray((yield* keeps.request("thread/list", {})).data)
        assert.isArray((yield* gives.request("thread/list", {})).data)

        yield* server.kill("SIGKILL")
        yield* server.restart
        yield* Deferred.succeed(back, undefined)

        // a call waits for the next connection, then fails with why there is none
        const waited = yield* Effect.flip(keeps.request("thread/list", {}))
        assert.strictEqual(waited._tag, "AppServerExited")
        if (waited._tag === "AppServerExited") {
          assert.instanceOf(waited.cause, Errors.ConnectionUnauthorized)
          assert.include(waited.message, "ConnectionUnauthorized")
        }
        assert.isAbove(connections, 1)

        // the client whose schedule gives up ends with the same reason
        const exited = yield* gives.exited
        assert.strictEqual(exited.phase, "running")
        assert.instanceOf(exited.cause, Errors.ConnectionUnauthorized)
        const after = yield* Effect.flip(gives.request("thread/list", {}))
        assert.strictEqual(after._tag, "AppServerExited")
        if (after._tag === "AppServerExited") assert.instanceOf(after.cause, Errors.ConnectionUnauthorized)
      }))
  })
})

describe("a reconnecting client started before its server", () => {
  layer(listening, { excludeTestServices: true, timeout: 90_000 })((it) => {
    it.scoped("the first connection is retried by restartSchedule while the server is unreachable", () =>
      Effect.gen(function*() {
        const server = yield* ListeningAppServer.ListeningAppServer
        const socket = server.socket as AppServerSocket.WebSocketOptions
        yield* server.kill("SIGKILL")
        let attempts = 0
        const connect = Effect.suspend(() => {
          attempts++
          return AppServerSocket.webSocket(socket)
        })
        const scope = yield* Scope.make()
        const client = yield* Effect.fork(
          AppServer.makeConnecting(connect, { restartSchedule: Schedule.spaced("50 millis") }).pipe(Scope.extend(scope))
        )
        // refused while the server is down, then connected once it is up
        yield* Effect.repeat(Effect.sync(() => attempts), { until: (n) => n >= 2, schedule: Schedule.spaced("20 millis") })
        yield* server.restart
        const connected = yield* Fiber.join(client)
        assert.isArray((yield* connected.request("thread/list", {})).data)
        assert.isAtLeast(attempts, 2)
        yield* Scope.close(scope, Exit.void)
      }))

    it.scoped("a first connection refused for its credentials fails at once with ConnectionUnauthorized, not retried", () =>
      Effect.gen(function*() {
        const server = yield* ListeningAppServer.ListeningAppServer
        const socket = server.socket as AppServerSocket.WebSocketOptions
        let attempts = 0
        const connect = Effect.suspend(() => {
          attempts++
          return AppServerSocket.webSocket({ ...socket, token: Redacted.make("wrong") })
        })
        const exit = yield* Effect.exit(AppServer.makeConnecting(connect, { restartSchedule: Schedule.forever }))
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) assert.instanceOf(Cause.squash(exit.cause), Errors.ConnectionUnauthorized)
        assert.strictEqual(attempts, 1)
      }))
  })
})
