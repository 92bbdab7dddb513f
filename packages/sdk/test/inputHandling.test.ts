import { TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Duration, Effect, Layer, Mailbox, Option, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Codex from "../src/Codex.js"
import { AppServerExited } from "../src/Errors.js"
import type { AppServerExited as Exited } from "../src/Errors.js"
import { CoalescingOffer } from "../src/internal/coalesce.js"
import type { Inbound } from "../src/internal/peer.js"
import { Ring, StderrLines } from "../src/internal/process.js"
import { illFormedPath } from "../src/internal/wellFormed.js"
import * as AppServerConfig from "../src/AppServerConfig.js"
import * as Connection from "../src/internal/connection.js"
import * as Transport from "../src/Transport.js"
import { figure } from "./utils/figures.js"
import { onFake, setup } from "./utils/setup.js"

const cut = "prompt cut inside an emoji \ud83d"

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
