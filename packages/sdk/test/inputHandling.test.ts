import { CodexHome, FakeResponses, ListeningAppServer, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Duration, Effect, Fiber, Layer, Mailbox, Option, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Codex from "../src/Codex.js"
import { AppServerExited } from "../src/Errors.js"
import type { AppServerExited as Exited } from "../src/Errors.js"
import { CoalescingOffer } from "../src/internal/coalesce.js"
import type { Inbound } from "../src/internal/peer.js"
import { Peer } from "../src/internal/peer.js"
import type { TurnSubscriber } from "../src/internal/router.js"
import { TurnRouter } from "../src/internal/router.js"
import type * as AppServerSocket from "../src/AppServerSocket.js"
import { Ring, StderrLines } from "../src/internal/process.js"
import { illFormedPath } from "../src/internal/wellFormed.js"
import * as AppServerConfig from "../src/AppServerConfig.js"
import * as Connection from "../src/internal/connection.js"
import * as Transport from "../src/Transport.js"
import { figure } from "./utils/figures.js"
import { onFake, setup } from "./utils/setup.js"

const cut = "prompt cut inside an emoji \ud83d"
const Script = FakeResponses.Script

describe("clean input handling against the real app-server", () => {
  layer(TestCodex.layer({ client: { maxLineLength: 4096 } }), { excludeTestServices: true })((it) => {
    it.effect("fails a lone surrogate at once with InvalidParams naming the field, sending nothing", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const before = (yield* server.stats).requestsSent
        const error = yield* Effect.flip(server.request("thread/list", { cursor: cut }))
        assert.strictEqual(error._tag, "InvalidParams")
        assert.include(error.message, "params.cursor")
        assert.strictEqual((yield* server.stats).requestsSent, before)
        // nested in a turn's input, through the user API
        const codex = yield* Codex.Codex
        const thread = yield* codex.threadStart()
        const turnError = yield* Effect.flip(thread.run(["fine", cut]))
        assert.strictEqual(turnError._tag, "InvalidParams")
        assert.include(turnError.message, "params.input[1].text")
        // a well-formed emoji and the literal text \ud83d go through
        const ok = yield* server.request("thread/list", { searchTerm: "\ud83d\ude00 and \\ud83d" })
        assert.isArray(ok.data)
      }))

    it.effect("fails a reply over the line limit at once with ProtocolError, and stays usable", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        // the model catalogue is far longer than the 4,096 characters allowed here
        const error = yield* Effect.flip(server.request("model/list", {}, { timeout: "50 seconds" }))
        assert.strictEqual(error._tag, "ProtocolError")
        assert.include(error.message, "maxLineLength")
        const stats = yield* server.stats
        assert.strictEqual(stats.oversizedReplies, 1)
        assert.strictEqual(stats.pendingRequests, 0)
        assert.isArray((yield* server.request("thread/list", {})).data)
      }))

    it.effect("an oversized error reply fails its request at once by the id at its end (codex refuses an unknown method listing every method)", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const before = (yield* server.stats).oversizedReplies
        // a method the protocol does not know is still sent (the escape hatch for newer methods);
        // codex's refusal names every method it knows: far over the 4,096 characters allowed here
        const request = server.request as (method: string, params?: unknown) => Effect.Effect<unknown, { _tag: string; message: string }>
        const error = yield* Effect.flip(request("thread/nope", {}))
        assert.strictEqual(error._tag, "ProtocolError")
        assert.include(error.message, "maxLineLength")
        assert.strictEqual((yield* server.stats).oversizedReplies, before + 1)
        assert.strictEqual((yield* server.stats).pendingRequests, 0)
        // the connection is still usable
        assert.isArray((yield* server.request("thread/list", {})).data)
      }))
    it.effect("a turn whose item/completed and turn/completed are over the line limit fails with ProtocolError; the thread goes on", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const codex = yield* Codex.Codex
        const fake = yield* FakeResponses.FakeResponses
        const before = yield* server.stats
        const thread = yield* codex.threadStart()
        // every delta fits (2,000 characters), but item/completed and turn/completed carry the whole text
        const answer = "x".repeat(20_000)
        yield* fake.enqueueFor(thread.id, Script.text(answer, { chunks: 10 }), Script.text("still here"))
        const error = yield* Effect.flip(thread.run("a long answer"))
        assert.strictEqual(error._tag, "ProtocolError")
        if (error._tag !== "ProtocolError") return
        assert.strictEqual(error.method, "item/completed")
        assert.include(error.message, "maxLineLength (4096 characters)")
        // the thread is free again once the server ended the turn: the next turn runs on it
        const next = yield* thread.run("and now?")
        assert.strictEqual(next.finalResponse, "still here")
        const stats = yield* server.stats
        // item/completed was dropped and counted (and turn/completed, unless the interrupt sent when
        // the turn failed reached the server before it completed: then it is a short "interrupted" one)
        assert.isAtLeast(stats.oversizedLines - before.oversizedLines, 1)
        assert.strictEqual(stats.liveTurns, 0)
        assert.strictEqual(stats.busyThreads, 0)
        assert.strictEqual(stats.pendingRequests, 0)
        figure("oversized turn messages (stdio)", {
          answerChars: answer.length,
          maxLineLength: 4096,
          oversizedLines: stats.oversizedLines - before.oversizedLines,
          error: error._tag
        })
      }))

    it.effect("a streamed turn delivers every delta that fits, then fails with ProtocolError; a delta over the limit fails it too", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const codex = yield* Codex.Codex
        const fake = yield* FakeResponses.FakeResponses
        const thread = yield* codex.threadStart()
        const answer = "y".repeat(20_000)
        yield* fake.enqueueFor(thread.id, Script.text(answer, { chunks: 10 }))
        const events = yield* Effect.either(Stream.runCollect(thread.stream("stream it")))
        // the stream is the turn's events, then the typed error: no Done with a result missing its answer
        assert.strictEqual(events._tag, "Left")
        if (events._tag !== "Left") return
        assert.strictEqual(events.left._tag, "ProtocolError")
        // one delta as long as the whole answer: the first message lost is the delta itself
        yield* fake.enqueueFor(thread.id, Script.text(answer, { chunks: 1 }))
        const handle = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("one long delta")
          const streamed = yield* Effect.either(Stream.runDrain(turn.stream))
          const run = yield* Effect.either(turn.run)
          return { streamed, run }
        }))
        assert.strictEqual(handle.streamed._tag, "Left")
        assert.strictEqual(handle.run._tag, "Left")
        if (handle.run._tag === "Left") {
          assert.strictEqual(handle.run.left._tag, "ProtocolError")
          assert.include(handle.run.left.message, "item/agentMessage/delta")
        }
        // and the thread runs the next turn
        yield* fake.enqueueFor(thread.id, Script.text("short"))
        assert.strictEqual((yield* thread.run("short one")).finalResponse, "short")
        assert.strictEqual((yield* server.stats).liveTurns, 0)
      }))
  })

  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("a method the protocol does not know is sent and fails typed with MethodNotFound naming the server", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const codex = yield* Codex.Codex
        const request = server.request as (method: string, params?: unknown) => Effect.Effect<unknown, { _tag: string; message: string }>
        const error = yield* Effect.flip(request("thread/nope", {}))
        assert.strictEqual(error._tag, "MethodNotFound")
        assert.include(error.message, "thread/nope")
        assert.include(error.message, `codex app-server ${server.metadata.serverVersion}`)
        const viaCodex = yield* Effect.flip((codex.request as typeof request)("nope", {}))
        assert.strictEqual(viaCodex._tag, "MethodNotFound")
      }))
  })

  it.scopedLive("leads a start-up failure with the server's own error line, not backtrace frames", () =>
    Effect.gen(function*() {
      const stderr = [
        "WARNING: proceeding, even though we could not create PATH aliases",
        "Error: CODEX_HOME points to \"/nowhere\", but that path does not exist",
        "",
        "Stack backtrace:",
        ...Array.from({ length: 30 }, (_, i) => `  ${i}: <unknown>`)
      ]
      const error = yield* Effect.flip(Effect.scoped(onFake({ startup: { exitCode: 1, stderr } })))
      assert.strictEqual(error._tag, "AppServerExited")
      assert.match(error.message, /^codex app-server exited during startup \(exit code 1\): Error: CODEX_HOME points to/)
      assert.notInclude(error.message, "<unknown>")
    }))

  it.live("leads a start-up failure on the real server with its command-line parser's lowercase `error:` line", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.scoped(Layer.build(TestCodex.layer({ client: { args: ["--bogus-flag"] } }))))
      assert.strictEqual(error._tag, "AppServerExited")
      if (error._tag === "AppServerExited") {
        assert.strictEqual(error.phase, "startup")
        assert.match(error.message, /^codex app-server exited during startup \(exit code \d+\): error: unexpected argument '--bogus-flag' found/)
      }
    }), { timeout: 60_000 })

  it.live("a real server SIGKILLed while running: the message says the signal, not an older error line", () =>
    Effect.gen(function*() {
      const error = yield* Effect.scoped(Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        process.kill(server.pid!, "SIGKILL")
        return yield* Effect.flip(server.request("thread/list", {}))
      })).pipe(Effect.provide(TestCodex.layer()))
      assert.strictEqual(error._tag, "AppServerExited")
      if (error._tag === "AppServerExited") {
        assert.strictEqual(error.signal, "SIGKILL")
        // nothing between the status and the stderr tail (whatever the server logged at start)
        assert.match(error.message, /^codex app-server exited during running \(signal SIGKILL\)(; stderr: |$)/)
      }
    }), { timeout: 60_000 })

  it("leads with a cause line only at start-up or for an exit without a signal", () => {
    const stale = "2026-12-07T10:00:00.000000Z ERROR codex_app_server: Codex could not find bubblewrap on PATH"
    const killed = new AppServerExited({ phase: "running", exitCode: null, signal: "SIGKILL", stderrTail: [stale, "later info"] })
    assert.strictEqual(killed.message, `codex app-server exited during running (signal SIGKILL); stderr: ${stale} | later info`)
    const exited = new AppServerExited({ phase: "running", exitCode: 1, signal: null, stderrTail: ["Error: out of disk", "4: <unknown>"] })
    assert.strictEqual(exited.message, "codex app-server exited during running (exit code 1): Error: out of disk")
    const atStart = new AppServerExited({ phase: "startup", exitCode: null, signal: "SIGTERM", stderrTail: [stale] })
    assert.strictEqual(atStart.message, `codex app-server exited during startup (signal SIGTERM): ${stale}`)
    const clap = new AppServerExited({
      phase: "startup",
      exitCode: 2,
      signal: null,
      stderrTail: ["error: unexpected argument '--bogus-flag' found", "", "Usage: codex app-server [OPTIONS]", "For more information, try '--help'."]
    })
    assert.match(clap.message, /^codex app-server exited during startup \(exit code 2\): error: unexpected argument '--bogus-flag' found; stderr: /)
  })

  it.scopedLive("refuses maxRequestsInFlight past what the server tolerates, before spawning anything", () =>
    Effect.gen(function*() {
      for (const n of [0, 1000, 2.5, Number.NaN]) {
        const error = yield* Effect.flip(Effect.scoped(onFake({}, { maxRequestsInFlight: n })))
        assert.strictEqual(error._tag, "AppServerStartFailed")
        if (error._tag === "AppServerStartFailed") {
          assert.strictEqual(error.reason, "InvalidOptions")
          assert.include(error.message, "maxRequestsInFlight must be an integer from 1 to 128")
        }
      }
      // a value of the wrong type is shown with its type
      const typed = yield* Effect.flip(Effect.scoped(onFake({}, { maxRequestsInFlight: "32" as unknown as number })))
      assert.include(typed.message, `got "32" (a string)`)
      const { server } = yield* onFake({}, { maxRequestsInFlight: 128 })
      assert.isString((yield* server.request("thread/start", {})).thread.id)
    }))
})

describe("durations given by users", () => {
  it.scopedLive("an option that is not a duration is a typed start error naming it, before spawning anything", () =>
    Effect.gen(function*() {
      const cases = [
        ["requestTimeout", "soon", "must be a duration"],
        ["turnTimeout", "30s", "must be a duration"],
        ["initializeTimeout", Number.NaN, "must be a duration"],
        ["turnIdleTimeout", -1, "must be a duration"],
        ["shutdownGracePeriod", "-5 seconds", "must be a duration"],
        ["requestTimeout", 0, "must be longer than zero"],
        // past Node's longest timer a timeout would fire after 1 ms
        ["turnInterruptGrace", "30 days", "must be at most 2147483647 ms"]
      ] as const
      for (const [key, value, message] of cases) {
        const error = yield* Effect.flip(Effect.scoped(onFake({}, { [key]: value })))
        assert.strictEqual(error._tag, "AppServerStartFailed")
        if (error._tag === "AppServerStartFailed") {
          assert.strictEqual(error.reason, "InvalidOptions")
          assert.include(error.message, `${key} ${message}`)
        }
      }
    }))

  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("a per-call timeout that is not a duration fails with InvalidParams, sending nothing", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        const thread = yield* codex.threadStart()
        const before = (yield* server.stats).requestsSent
        for (const options of [{ timeout: "soon" }, { idleTimeout: Number.NaN }, { request: { timeout: "1m" } }, { timeout: 0 }, { idleTimeout: "30 days" }]) {
          const error = yield* Effect.flip(thread.run("hi", options as never))
          assert.strictEqual(error._tag, "InvalidParams")
          assert.match(error.message, /must be a duration|must be longer than zero|must be at most/)
        }
        const request = yield* Effect.flip(server.request("thread/list", {}, { timeout: "30s" as never }))
        assert.strictEqual(request._tag, "InvalidParams")
        const tooLong = yield* Effect.flip(server.request("thread/list", {}, { timeout: "30 days" }))
        assert.strictEqual(tooLong._tag, "InvalidParams")
        const started = yield* Effect.flip(Effect.scoped(server.startTurn({ threadId: thread.id, input: [] }, { timeout: -5 })))
        assert.strictEqual(started._tag, "InvalidParams")
        assert.strictEqual((yield* server.stats).requestsSent, before)
        // no timeout at all is fine
        assert.isArray((yield* server.request("thread/list", {}, { timeout: Duration.infinity })).data)
      }))
  })
})

describe("bounds", () => {
  it("keeps stderr within its line count and byte budget, cutting long lines", () => {
    const ring = new Ring(400, 64 * 1024)
    const lines = new StderrLines((line) => ring.push(line))
    // 128 KB lines, then one 10 MB line without a newline, in 64 KB chunks
    const big = "x".repeat(128 * 1024)
    for (let i = 0; i < 100; i++) lines.push(`${big}\n`)
    const chunk = "y".repeat(64 * 1024)
    for (let i = 0; i < 160; i++) lines.push(chunk)
    lines.end()
    assert.isAtMost(ring.bytes, 64 * 1024)
    assert.strictEqual(ring.truncated, 101)
    assert.strictEqual(ring.seen, 101)
    for (const line of ring.tail) assert.isAtMost(line.length, 2003)
    const small = new Ring(3, 1 << 20)
    for (const l of ["a", "b", "c", "d"]) small.push(l)
    assert.deepStrictEqual(small.tail, ["b", "c", "d"])
  })

  it("caps error messages built from stderr", () => {
    const error = new AppServerExited({ phase: "running", exitCode: 1, signal: null, stderrTail: Array.from({ length: 5 }, () => "z".repeat(2000)) })
    assert.isAtMost(error.message.length, 4096 + 40)
    assert.include(error.message, "more characters")
  })

  it("names the path of a lone surrogate, and only of one", () => {
    assert.strictEqual(illFormedPath({ params: { input: [{ text: "ok" }, { text: "\udc00" }] } }), "params.input[1].text")
    assert.strictEqual(illFormedPath({ params: { "a-b": ["\ud800x"] } }), "params[\"a-b\"][0]")
    assert.strictEqual(illFormedPath({ params: { text: "\ud83d\ude00 \\ud83d" } }), undefined)
  })

  it.effect("a slow consumer of a 10,000-delta turn holds the capacity plus merged deltas, and loses no text", () =>
    Effect.gen(function*() {
      const mailbox = yield* Mailbox.make<Inbound, Exited>()
      const counter = { coalescedEvents: 0, droppedGlobalEvents: 0 }
      const offer = new CoalescingOffer(mailbox, 100, counter)
      const shared: Array<Inbound> = []
      let text = ""
      offer.offer({ method: "item/started", params: { turnId: "t", item: { id: "i" } } })
      for (let i = 0; i < 10_000; i++) {
        const delta = `${i % 10}`
        text += delta
        const message = { method: "item/agentMessage/delta", params: { threadId: "th", turnId: "t", itemId: i < 5000 ? "i" : "j", delta } }
        shared.push(message)
        offer.offer(message)
      }
      offer.offer({ method: "turn/completed", params: { turn: { id: "t" } } })
      const size = Option.getOrThrow(mailbox.unsafeSize())
      assert.isAtMost(size, 103)
      assert.strictEqual(counter.coalescedEvents, 10_000 + 2 - size)
      const [messages] = yield* mailbox.takeAll
      const got = [...messages].flatMap((m) => (m.method === "item/agentMessage/delta" ? [(m.params as { delta: string }).delta] : []))
      assert.strictEqual(got.join(""), text)
      assert.strictEqual([...messages][0]!.method, "item/started")
      assert.strictEqual([...messages].at(-1)!.method, "turn/completed")
      // the messages other subscribers got are untouched
      assert.isTrue(shared.every((m) => (m.params as { delta: string }).delta.length === 1))
      figure("slow-turn-consumer", {
        deltas: 10_000,
        capacity: 100,
        eventsHeld: size,
        merged: counter.coalescedEvents,
        textLost: text.length - got.join("").length
      })
    }))

  it.scopedLive("counts the global events a subscriber that does not read missed, keeping the newest", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({}, { globalEventsCapacity: 2 })
      const events = yield* server.subscribeEvents
      // each thread/start emits thread/started (the last one may follow its reply): 6 events, 2 kept
      for (let i = 0; i < 6; i++) yield* server.request("thread/start", {})
      const stats = yield* server.stats.pipe(
        Effect.delay("10 millis"),
        Effect.repeat({ until: (s) => s.droppedGlobalEvents >= 4 }),
        Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => new Error("the 6 events were not all routed") })
      )
      assert.strictEqual(stats.droppedGlobalEvents, 4)
      const [kept] = yield* Stream.runCollect(Stream.take(events, 2)).pipe(Effect.map((c) => [Chunk.toReadonlyArray(c)]))
      assert.deepStrictEqual(kept!.map((e) => e.method), ["thread/started", "thread/started"])
    }))

  it.scoped("refuses new requests with ServerBusy while the outbox is over its bound, and retries them", () =>
    Effect.gen(function*() {
      const { peer: memory, transport } = yield* Transport.memory
      let held = 0
      memory.onWrite((data) => {
        const { id } = JSON.parse(data) as { id: number }
        memory.deliver(`${JSON.stringify({ id, result: { ok: true } })}\n`)
      })
      const connection = yield* Connection.make({ ...transport, buffered: () => held }, {
        ...AppServerConfig.resolve({ maxOutboxBytes: 1000 }),
        retrySchedule: undefined
      })
      held = 5000
      const error = yield* Effect.flip(connection.request("x/y", {}))
      assert.strictEqual(error._tag, "ServerBusy")
      assert.include(error.message, "5000 bytes are waiting")
      assert.strictEqual(connection.peer.outboxRefusals, 1)
      assert.strictEqual(connection.peer.requestsSent, 0)
      held = 0
      assert.deepStrictEqual(yield* connection.request("x/y", {}), { ok: true })
    }))
})

/** A listening app-server and a WebSocket client whose messages are bounded by `maxMessageBytes`. */
const boundedWebSocket = (maxMessageBytes: number) =>
  Layer.unwrapEffect(
    Effect.map(ListeningAppServer.ListeningAppServer, (server) =>
      Codex.layerWebSocket({ ...(server.socket as AppServerSocket.WebSocketOptions), maxMessageBytes }))
  ).pipe(
    Layer.provideMerge(ListeningAppServer.layer({ transport: "websocket" })),
    Layer.provideMerge(CodexHome.layer),
    Layer.provideMerge(FakeResponses.layer)
  )

describe("a WebSocket message over maxMessageBytes fails what it belongs to, not the connection", () => {
  layer(boundedWebSocket(4096), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("a long answer fails its turn with ProtocolError; another turn, the thread and later calls go on", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const codex = yield* Codex.Codex
        const fake = yield* FakeResponses.FakeResponses
        const before = yield* server.stats
        const big = yield* codex.threadStart()
        const other = yield* codex.threadStart()
        // an unrelated turn is running on the same connection meanwhile
        yield* fake.enqueueFor(other.id, Script.stall({ id: "other", then: Script.text("other done") }))
        const otherRun = yield* Effect.fork(other.run("unrelated work"))
        yield* fake.awaitStall("other")
        const answer = "z".repeat(20_000)
        yield* fake.enqueueFor(big.id, Script.text(answer, { chunks: 10 }), Script.text("fits"))
        const error = yield* Effect.flip(big.run("a long answer"))
        assert.strictEqual(error._tag, "ProtocolError")
        assert.include(error.message, "maxMessageBytes (4096 bytes")
        yield* fake.release("other")
        assert.strictEqual((yield* Fiber.join(otherRun)).finalResponse, "other done")
        assert.strictEqual((yield* big.run("again")).finalResponse, "fits")
        // a reply over the limit fails its own request by its id (codex's refusal of an unknown
        // method lists every method it knows)
        const request = server.request as (method: string, params?: unknown) => Effect.Effect<unknown, { _tag: string; message: string }>
        const refused = yield* Effect.flip(request("thread/nope", {}))
        assert.strictEqual(refused._tag, "ProtocolError")
        assert.include(refused.message, "maxMessageBytes")
        assert.isArray((yield* codex.threadList({})).data)
        const stats = yield* server.stats
        // the turn's message(s) over the limit and the reply
        assert.isAtLeast(stats.oversizedLines - before.oversizedLines, 2)
        assert.strictEqual(stats.oversizedReplies - before.oversizedReplies, 1)
        assert.strictEqual(stats.liveTurns, 0)
        assert.strictEqual(stats.busyThreads, 0)
        figure("oversized WebSocket messages", {
          answerChars: answer.length,
          maxMessageBytes: 4096,
          oversizedMessages: stats.oversizedLines - before.oversizedLines,
          unrelatedTurn: "completed",
          connection: "open"
        })
      }))
  })
})

/** A peer feeding a router, as a connection wires them, and what reached two turns and the global subscribers. */
const wired = (maxLineLength: number) => {
  const router = new TurnRouter({ unclaimedEventsPerTurn: 100, unclaimedTurns: 8 })
  const peer = new Peer(() => {}, {
    inbound: (message) => router.route(message),
    undecodable: () => {},
    dropped: (dropped) => void router.drop(dropped)
  }, maxLineLength)
  const seen: Array<string> = []
  const subscriber = (name: string, threadId: string): TurnSubscriber => ({
    threadId,
    event: (message) => void seen.push(`${name} event ${message.method}`),
    lost: (error) => void seen.push(`${name} lost ${error.method}`),
    end: (error) => void seen.push(`${name} end ${error === undefined ? "ok" : `${error._tag} ${"method" in error ? error.method : ""}`}`)
  })
  return { router, peer, seen, subscriber }
}

describe("which turns a message over the line limit reaches", () => {
  const pad = "p".repeat(300)
  const line = (message: object) => `${JSON.stringify(message)}\n`

  it("by its turn id at its start (turn/completed) or its end (item/completed, as codex orders it)", () => {
    const { peer, router, seen, subscriber } = wired(200)
    router.claim("u1", subscriber("a", "t1"))
    router.claim("u2", subscriber("b", "t2"))
    peer.push(line({ method: "item/completed", params: { item: { type: "agentMessage", text: pad }, threadId: "t1", turnId: "u1" } }))
    peer.push(line({ method: "turn/completed", params: { threadId: "t1", turn: { id: "u1", items: [pad] } } }))
    // a straggler of the ended turn reaches nobody
    peer.push(line({ method: "item/completed", params: { item: { text: pad }, threadId: "t1", turnId: "u1" } }))
    peer.push(line({ method: "item/agentMessage/delta", params: { threadId: "t2", turnId: "u2", itemId: "i", delta: pad } }))
    assert.deepStrictEqual(seen, [
      "a lost item/completed",
      "a end ProtocolError turn/completed",
      "b lost item/agentMessage/delta"
    ])
    assert.strictEqual(peer.oversizedLines, 4)
    assert.strictEqual(router.sizes.liveTurns, 1)
  })

  it("by its thread when only the thread can be read, else every live turn; a message of no turn reaches nobody", () => {
    const { peer, router, seen, subscriber } = wired(200)
    router.claim("u1", subscriber("a", "t1"))
    router.claim("u2", subscriber("b", "t2"))
    // the turn id is neither in the first nor in the last 256 characters
    peer.push(line({ method: "item/completed", params: { threadId: "t2", item: { text: pad.repeat(3) }, turnId: "u2", tail: pad } }))
    assert.deepStrictEqual(seen.splice(0), ["b lost item/completed"])
    peer.push(line({ method: "item/completed", params: { item: { text: pad.repeat(3) }, threadId: "t2", turnId: "u2", tail: pad } }))
    assert.deepStrictEqual(seen.splice(0), ["a lost item/completed", "b lost item/completed"])
    peer.push(line({ method: "thread/started", params: { thread: { id: "t3", preview: pad } } }))
    // not a JSON-RPC message at all: counted, reaches nobody
    peer.push(`${pad}\n`)
    assert.deepStrictEqual(seen, [])
    assert.strictEqual(peer.oversizedLines, 4)
  })

  it("a subscriber that cannot be told of a loss (AppServer.turnEvents) is ended with the error and released", () => {
    const { peer, router, seen, subscriber } = wired(200)
    const { lost: _, ...plain } = subscriber("a", "t1")
    router.claim("u1", plain)
    router.claim("u1", subscriber("b", "t1"))
    peer.push(line({ method: "item/completed", params: { item: { text: pad }, threadId: "t1", turnId: "u1" } }))
    peer.push(line({ method: "item/started", params: { threadId: "t1", turnId: "u1", item: { type: "agentMessage" } } }))
    assert.deepStrictEqual(seen, ["a end ProtocolError item/completed", "b lost item/completed", "b event item/started"])
  })

  it("a turn nobody claimed yet gets the error when it is claimed", () => {
    const { peer, router, seen, subscriber } = wired(200)
    peer.push(line({ method: "item/started", params: { threadId: "t1", turnId: "u1", item: { type: "agentMessage" } } }))
    peer.push(line({ method: "turn/completed", params: { threadId: "t1", turn: { id: "u1", items: [pad] } } }))
    router.claim("u1", subscriber("a", "t1"))
    assert.deepStrictEqual(seen, ["a event item/started", "a end ProtocolError turn/completed"])
  })
})
