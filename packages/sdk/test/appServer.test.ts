import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Context, Effect, Exit, Layer, Scope, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Events from "../src/Events.js"
import { isAlive } from "./utils/processes.js"

const input = (text: string) => [{ type: "text" as const, text }]

const collect = (events: Stream.Stream<Events.Event, unknown>) =>
  Effect.map(Stream.runCollect(events), Chunk.toReadonlyArray)

const turnIdsOf = (events: ReadonlyArray<Events.Event>) =>
  new Set(events.flatMap((e) => {
    if (e._tag !== "Notification") return []
    const p = e.params as { turnId?: unknown; turn?: { id?: unknown } }
    const id = p.turnId ?? p.turn?.id
    return typeof id === "string" ? [id] : []
  }))

const textOf = (events: ReadonlyArray<Events.Event>) =>
  events.flatMap((e) => (Events.is("item/agentMessage/delta")(e) ? [e.params.delta] : [])).join("")

/** A fresh app-server with its fake model, owned by `scope`. */
const fresh = (scope: Scope.Scope) =>
  Layer.buildWithScope(TestCodex.layer(), scope).pipe(
    Effect.map((context) => ({ server: Context.get(context, AppServer.AppServer), fake: Context.get(context, FakeResponses.FakeResponses) }))
  )

/** A fresh app-server owned by `scope`, with a turn whose model call is stalled. */
const stalledTurn = (scope: Scope.Scope) =>
  Effect.gen(function*() {
    const { fake, server } = yield* fresh(scope)
    yield* fake.enqueue(FakeResponses.Script.stall({ id: "hold" }))
    const thread = yield* server.request("thread/start", {})
    const turn = yield* Scope.extend(server.startTurn({ threadId: thread.thread.id, input: input("wait") }), scope)
    yield* fake.awaitStall("hold")
    return { server, turn }
  })

describe("AppServer against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("serves many concurrent requests on one connection", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const results = yield* Effect.all(
          Array.from({ length: 40 }, (_, i) => i % 2 === 0 ? server.request("thread/list", {}) : server.request("model/list", {})),
          { concurrency: "unbounded" }
        )
        assert.strictEqual(results.length, 40)
        assert.strictEqual((yield* server.stats).pendingRequests, 0)
      }))

    it.effect("streams two threads' concurrent turns, each stream getting exactly its own events in order", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const fake = yield* FakeResponses.FakeResponses
        yield* fake.enqueue(
          FakeResponses.Script.text(["alpha ", "one ", "two ", "three"]),
          FakeResponses.Script.text(["beta ", "four ", "five ", "six"])
        )
        const [a, b] = yield* Effect.all([server.request("thread/start", {}), server.request("thread/start", {})])
        const [eventsA, eventsB] = yield* Effect.scoped(Effect.gen(function*() {
          const [ta, tb] = yield* Effect.all([
            server.startTurn({ threadId: a.thread.id, input: input("a") }),
            server.startTurn({ threadId: b.thread.id, input: input("b") })
          ], { concurrency: 2 })
          return yield* Effect.all([collect(ta.events), collect(tb.events)], { concurrency: 2 })
        }))
        for (const events of [eventsA, eventsB]) {
          assert.strictEqual(turnIdsOf(events).size, 1)
          assert.strictEqual(events[0]!.method, "turn/started")
          assert.strictEqual(events[events.length - 1]!.method, "turn/completed")
        }
        assert.notDeepEqual([...turnIdsOf(eventsA)], [...turnIdsOf(eventsB)])
        assert.sameMembers([textOf(eventsA), textOf(eventsB)], ["alpha one two three", "beta four five six"])
      }))

    it.effect("routes events without a turn to the global stream", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const started = yield* Effect.scoped(Effect.gen(function*() {
          const events = yield* server.subscribeEvents
          const thread = yield* server.request("thread/start", {})
          const first = yield* events.pipe(Stream.filter(Events.is("thread/started")), Stream.runHead)
          return { thread, first }
        }))
        assert.strictEqual(started.first._tag === "Some" ? started.first.value.params.thread.id : "", started.thread.thread.id)
      }))

    it.effect("decodes unknown or failing payloads as UnknownNotification", () =>
      Effect.sync(() => {
        const unknown = Events.decodeNotification({ method: "future/event", params: { a: 1 } })
        assert.strictEqual(unknown._tag, "UnknownNotification")
        const broken = Events.decodeNotification({ method: "turn/started", params: { nonsense: true } })
        assert.strictEqual(broken._tag, "UnknownNotification")
        assert.isDefined(broken._tag === "UnknownNotification" ? broken.error : undefined)
      }))
  })

  it.live("fails a running turn's stream and pending requests with AppServerExited when the process is SIGKILLed", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { server, turn } = yield* stalledTurn(scope)
      const streamFiber = yield* Effect.fork(Effect.flip(collect(turn.events)))
      const requestFiber = yield* Effect.fork(Effect.flip(server.request("thread/list", {}, { timeout: "1 minute" })))
      process.kill(server.pid!, "SIGKILL")
      const errors: ReadonlyArray<unknown> = [yield* streamFiber, yield* requestFiber]
      for (const error of errors) {
        assert.strictEqual((error as { _tag?: string })._tag, "AppServerExited")
        assert.strictEqual((error as { signal?: string }).signal, "SIGKILL")
      }
      yield* Scope.close(scope, Exit.void)
      assert.isFalse(isAlive(server.pid!))
    }))

  it.live("leaves no codex process behind when its scope closes, even with a turn running", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { server } = yield* stalledTurn(scope)
      assert.isTrue(isAlive(server.pid!))
      yield* Scope.close(scope, Exit.void)
      assert.isFalse(isAlive(server.pid!))
    }))
})
