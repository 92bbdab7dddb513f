import { CodexHome, FakeResponses, ListeningAppServer } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Effect, Fiber, Layer, Metric, Option, Schedule, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import type * as AppServerConfig from "../src/AppServerConfig.js"
import type * as AppServerSocket from "../src/AppServerSocket.js"
import * as Codex from "../src/Codex.js"
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
          // the global event stream reports the reconnect
          const restarted = yield* Effect.fork(
            codex.events.pipe(Stream.filter(AppServer.isRestarted), Stream.take(1), Stream.runHead)
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

          const notice = yield* Fiber.join(restarted)
          assert.deepInclude(Option.getOrThrow(notice).params as object, { restarts: 1 })
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
