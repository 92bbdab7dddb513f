import { CodexHome, FakeResponses, ListeningAppServer } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, Effect, Fiber, Layer, Option, Schedule, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Codex from "../src/Codex.js"
import type * as AppServerSocket from "../src/AppServerSocket.js"
import * as Reconnect from "../src/Reconnect.js"

const Script = FakeResponses.Script

/** A listening server in a home, and a reconnecting client on it. */
const reconnecting = (listen: ListeningAppServer.Options, options: Reconnect.Options) =>
  Layer.unwrapEffect(
    Effect.map(ListeningAppServer.ListeningAppServer, (server) =>
      "path" in server.socket
        ? Reconnect.layerUnixSocket(server.socket, options)
        : Reconnect.layerWebSocket(server.socket as AppServerSocket.WebSocketOptions, options))
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
      connection: yield* Reconnect.Connection,
      server: yield* ListeningAppServer.ListeningAppServer
    }
  })

for (const transport of ["websocket", "unix"] as const) {
  describe(`a reconnecting client over ${transport} (the real app-server, restarted)`, () => {
    layer(reconnecting({ transport }, { schedule: Schedule.spaced("100 millis"), waitTimeout: "60 seconds" }), {
      excludeTestServices: true,
      timeout: 90_000
    })((it) => {
      it.scoped("fails the turn in flight, waits for the server to come back, reattaches the thread", () =>
        Effect.gen(function*() {
          const { codex, connection, fake, server } = yield* setup(Script.text("first"), Script.stall({ id: "hold" }))
          const changes = yield* connection.subscribe
          // the global event stream reports the reconnect, as it reports a supervised restart
          const restarted = yield* Effect.fork(
            codex.events.pipe(Stream.filter((e) => e.method === AppServer.restartedMethod), Stream.take(1), Stream.runHead)
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

          // the old handle is dead; reattached, the thread goes on with its history
          assert.strictEqual((yield* Effect.flip(thread.run("old handle")))._tag, "AppServerExited")
          const reattached = yield* connection.reattach(thread)
          assert.strictEqual(reattached.id, thread.id)
          assert.strictEqual((yield* reattached.run("continue")).finalResponse, "again")
          const read = yield* codex.request("thread/read", { threadId: thread.id, includeTurns: true })
          assert.isAtLeast(read.thread.turns.length, 2)

          assert.strictEqual(yield* connection.reconnects, 1)
          const notice = yield* Fiber.join(restarted)
          assert.deepInclude(Option.getOrThrow(notice).params as object, { restarts: 1 })
          const seen = yield* changes.pipe(
            Stream.takeUntil((e) => e._tag === "Reconnected"),
            Stream.map((e) => e._tag),
            Stream.runCollect
          )
          const tags = Chunk.toReadonlyArray(seen)
          assert.strictEqual(tags[0], "Disconnected")
          assert.strictEqual(tags[tags.length - 1], "Reconnected")
          assert.isTrue(tags.slice(1, -1).every((t) => t === "ReconnectFailed"))
        }))
    })
  })
}

describe("a reconnecting client that gives up", () => {
  layer(reconnecting({ transport: "websocket" }, { schedule: Schedule.recurs(2) }), { excludeTestServices: true, timeout: 60_000 })(
    (it) => {
      it.scoped("reports GaveUp after the schedule, then fails every call at once", () =>
        Effect.gen(function*() {
          const { codex, connection, server } = yield* setup()
          const changes = yield* connection.subscribe
          yield* codex.threadStart()
          yield* server.kill("SIGKILL")
          const tags = yield* changes.pipe(
            Stream.map((e) => e._tag),
            Stream.takeUntil((t) => t === "GaveUp"),
            Stream.runCollect
          )
          assert.deepStrictEqual(Chunk.toReadonlyArray(tags), ["Disconnected", "ReconnectFailed", "ReconnectFailed", "ReconnectFailed", "GaveUp"])
          const error = yield* Effect.flip(codex.threadStart())
          assert.strictEqual(error._tag, "AppServerExited")
        }))
    }
  )
})
