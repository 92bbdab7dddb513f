import { NodeContext } from "@effect/platform-node"
import { FakeAppServer } from "@effect-codex/testing"
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Context, Effect, Exit, Fiber, Layer, Logger, Schedule, Scope, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Codex from "../src/Codex.js"
import type * as AppServerConfig from "../src/AppServerConfig.js"
import { isAlive } from "./utils/processes.js"
import { onFake } from "./utils/setup.js"

const startFails = (script: FakeAppServer.Script, options: AppServerConfig.Options = {}) =>
  Effect.scoped(Effect.flip(onFake(script, options)))

const methodsReceived = (fake: FakeAppServer.FakeAppServer.Service, method: string) =>
  Effect.map(fake.received, (messages) =>
    messages.filter((m) => typeof m === "object" && m !== null && (m as { method?: unknown }).method === method))

describe("AppServer against faults", () => {
  it.scopedLive("retries bare -32001 replies and succeeds", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({ rules: [FakeAppServer.overloaded("thread/start", 2)] })
      const result = yield* server.request("thread/start", {})
      assert.isString(result.thread.id)
      assert.strictEqual((yield* methodsReceived(fake, "thread/start")).length, 3)
    }))

  it.scopedLive("gives up with RetryLimitExceeded when the server stays busy", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({ rules: [FakeAppServer.overloaded("thread/start", 100)] })
      const error = yield* Effect.flip(server.request("thread/start", {}))
      assert.strictEqual(error._tag, "RetryLimitExceeded")
      assert.strictEqual(error._tag === "RetryLimitExceeded" ? error.last.code : 0, -32001)
      assert.strictEqual((yield* methodsReceived(fake, "thread/start")).length, 3)
    }))

  it.scopedLive("surfaces ServerBusy at once when retry is off for the call", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({ rules: [FakeAppServer.overloaded("thread/start", 1)] })
      const error = yield* Effect.flip(server.request("thread/start", {}, { retry: false }))
      assert.strictEqual(error._tag, "ServerBusy")
    }))

  it.scopedLive("times out a request whose reply never comes, and stays usable", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({ rules: [FakeAppServer.on("thread/list", FakeAppServer.noReply)] })
      const error = yield* Effect.flip(server.request("thread/list", {}, { timeout: "300 millis" }))
      assert.strictEqual(error._tag, "RequestTimeout")
      assert.strictEqual((yield* server.stats).pendingRequests, 0)
      assert.isString((yield* server.request("thread/start", {})).thread.id)
    }))

  it.scopedLive("keeps a reply that does not match the method's result schema as sent, warning once (lenient, the default)", () =>
    Effect.gen(function*() {
      const logs: Array<string> = []
      const collect = Logger.replace(Logger.defaultLogger, Logger.make(({ logLevel, message }) => {
        logs.push(`${logLevel.label} ${Array.isArray(message) ? message.join(" ") : String(message)}`)
      }))
      const { server } = yield* onFake({ rules: [FakeAppServer.on("thread/list", FakeAppServer.result({ nope: 1 }))] })
      const first = yield* server.request("thread/list", {}).pipe(Effect.provide(collect))
      const second = yield* server.request("thread/list", {}).pipe(Effect.provide(collect))
      assert.deepStrictEqual(first, { nope: 1 } as unknown as typeof first)
      assert.deepStrictEqual(second, first)
      const warnings = logs.filter((l) => l.startsWith("WARN") && l.includes("thread/list"))
      assert.strictEqual(warnings.length, 1, logs.join("\n"))
      assert.include(warnings[0], "kept as the server sent it")
    }))

  it.scopedLive("delivers a known notification whose params do not decode as UnknownNotification with the raw params, warning once", () =>
    Effect.gen(function*() {
      const logs: Array<string> = []
      const collect = Logger.replace(Logger.defaultLogger, Logger.make(({ logLevel, message }) => {
        logs.push(`${logLevel.label} ${Array.isArray(message) ? message.join(" ") : String(message)}`)
      }))
      const { server } = yield* onFake({
        rules: [FakeAppServer.on("thread/list", FakeAppServer.notify("thread/started", { thread: { nope: 1 } }))]
      }).pipe(Effect.provide(collect)) // the connection logs with the logger it was made with
      const events = yield* server.subscribeEvents
      yield* server.request("thread/list", {})
      yield* server.request("thread/list", {})
      const received = yield* Stream.runCollect(Stream.take(events, 2))
      for (const event of received) {
        assert.strictEqual(event._tag, "UnknownNotification")
        assert.strictEqual(event.method, "thread/started")
        assert.deepStrictEqual(event._tag === "UnknownNotification" ? event.params : undefined, { thread: { nope: 1 } })
        assert.isDefined(event._tag === "UnknownNotification" ? event.error : undefined)
      }
      // the warning is logged by a fiber forked when the first one was decoded (the second forks nothing)
      const warnings = () => logs.filter((l) => l.startsWith("WARN") && l.includes("thread/started params")).length
      yield* Effect.repeat(Effect.sync(warnings), { until: (n) => n > 0, schedule: Schedule.spaced("10 millis") })
      assert.strictEqual(warnings(), 1, logs.join("\n"))
    }))

  it.scopedLive("keeps items a newer server sends in the turn's result (an unknown item type as an explicit UnknownItem, a changed known one as sent) and stream", () =>
    Effect.gen(function*() {
      const future = { type: "futureItem", id: "future-1", somethingNew: true }
      // an agent message whose `memoryCitation` is a shape the schemas do not know
      const moderated = { type: "agentMessage", id: "moderated-1", text: "[moderated]", phase: "commentary", memoryCitation: { mode: "moderated" } }
      const fake = yield* FakeAppServer.make({ turn: { text: "done", items: [future, moderated] } })
      const context = yield* Layer.build(Codex.layer({ binaryPath: fake.binaryPath, env: fake.env, authCheck: false }))
      const codex = Context.get(context, Codex.Codex)
      const thread = yield* codex.threadStart()
      const result = yield* thread.run("go")
      assert.strictEqual(result.finalResponse, "done")
      // a type the protocol does not know: an explicit unknown item; a known type with a changed field: as sent
      assert.deepStrictEqual(result.items[0], { type: "unknown", itemType: "futureItem", id: "future-1", raw: future })
      assert.deepStrictEqual(result.items[1], moderated as unknown as (typeof result.items)[number])
      const unknownItem = result.items[0]
      if (unknownItem?.type === "unknown") assert.strictEqual(unknownItem.itemType, "futureItem")
      const events = yield* Effect.scoped(Effect.gen(function*() {
        const turn = yield* thread.turn("again")
        return [...yield* Stream.runCollect(turn.stream)]
      }))
      const completed = events.filter((e) => e.method === "item/completed")
      assert.deepStrictEqual(completed.map((e) => e._tag), ["UnknownNotification", "UnknownNotification", "Notification"])
      assert.deepStrictEqual(completed.map((e) => (e.params as { item: { id: string } }).item.id).slice(0, 2), ["future-1", "moderated-1"])
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scopedLive("a turn message over the line limit that names no turn fails every live turn typed; each is interrupted, its thread freed", () =>
    Effect.gen(function*() {
      // the lost message names neither its turn nor its thread: any running turn may have lost it
      const lost = { item: { type: "agentMessage", id: "lost", text: "q".repeat(20_000) } }
      const fake = yield* FakeAppServer.make({
        rules: [
          // two turns that run until interrupted, then turns that complete
          FakeAppServer.on("turn/start", FakeAppServer.turn({ complete: false, text: "partial", deltas: 1 }), { times: 2 }),
          FakeAppServer.on("thread/list", FakeAppServer.notify("item/completed", lost))
        ]
      })
      const context = yield* Layer.build(
        Codex.layer({ binaryPath: fake.binaryPath, env: fake.env, authCheck: false, maxLineLength: 10_000 })
      )
      const codex = Context.get(context, Codex.Codex)
      const server = Context.get(context, AppServer.AppServer)
      const a = yield* codex.threadStart()
      const b = yield* codex.threadStart()
      const runA = yield* Effect.fork(a.run("a"))
      const runB = yield* Effect.fork(b.run("b"))
      yield* server.stats.pipe(Effect.repeat({ until: (stats) => stats.liveTurns === 2, schedule: Schedule.spaced("10 millis") }))
      // the oversized notification comes before this reply
      yield* server.request("thread/list", {})
      for (const run of [runA, runB]) {
        const error = yield* Effect.flip(Fiber.join(run))
        assert.strictEqual(error._tag, "ProtocolError")
        assert.include(error.message, "item/completed")
        assert.include(error.message, "its turn id could not be read")
      }
      // each turn was interrupted on the server and ended there: its thread runs the next turn
      assert.strictEqual((yield* a.run("again")).finalResponse, "Hello from the fake app-server.")
      assert.strictEqual((yield* b.run("again")).finalResponse, "Hello from the fake app-server.")
      assert.strictEqual((yield* methodsReceived(fake, "turn/interrupt")).length, 2)
      const stats = yield* server.stats
      assert.strictEqual(stats.oversizedLines, 1)
      assert.strictEqual(stats.liveTurns, 0)
      assert.strictEqual(stats.busyThreads, 0)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scopedLive("fails with ProtocolError when a reply does not match the method's result schema (strict)", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({ rules: [FakeAppServer.on("thread/list", FakeAppServer.result({ nope: 1 }))] }, { resultDecoding: "strict" })
      const error = yield* Effect.flip(server.request("thread/list", {}))
      assert.strictEqual(error._tag, "ProtocolError")
      assert.deepStrictEqual(error._tag === "ProtocolError" ? error.data : undefined, { nope: 1 })
    }))

  it.scopedLive("ignores garbage lines and reassembles split ones", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({
        startup: { garbage: ["not json at start"] },
        rules: [
          FakeAppServer.on("thread/start", FakeAppServer.garbage(FakeAppServer.GARBAGE_LINES, FakeAppServer.split()))
        ]
      })
      const result = yield* server.request("thread/start", {})
      assert.isString(result.thread.id)
      assert.strictEqual((yield* server.stats).undecodableLines, 4)
    }))

  it.scopedLive("fails pending requests with AppServerExited, exit code and stderr tail, when the server crashes", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({
        rules: [FakeAppServer.on("thread/start", FakeAppServer.exit(3, ["panicked at 'boom'"]))]
      })
      const error = yield* Effect.flip(server.request("thread/start", {}))
      assert.strictEqual(error._tag, "AppServerExited")
      if (error._tag === "AppServerExited") {
        assert.strictEqual(error.exitCode, 3)
        assert.strictEqual(error.phase, "running")
        assert.include(error.stderrTail, "panicked at 'boom'")
      }
      const later = yield* Effect.flip(server.request("thread/list", {}))
      assert.strictEqual(later._tag, "AppServerExited")
    }))

  it.scopedLive("fails the layer with a typed error when the server exits during start-up", () =>
    Effect.gen(function*() {
      const error = yield* startFails({ startup: { exitCode: 2, stderr: ["bad config"] } })
      assert.strictEqual(error._tag, "AppServerExited")
      if (error._tag === "AppServerExited") {
        assert.strictEqual(error.phase, "startup")
        assert.strictEqual(error.exitCode, 2)
        assert.include(error.stderrTail, "bad config")
      }
    }))

  it.scopedLive("fails the layer with InitializeRejected when initialize is refused", () =>
    Effect.gen(function*() {
      const error = yield* startFails({ initialize: FakeAppServer.error(-32600, "no clients today") })
      assert.strictEqual(error._tag, "AppServerStartFailed")
      if (error._tag === "AppServerStartFailed") assert.strictEqual(error.reason, "InitializeRejected")
    }))

  it.scopedLive("fails with CodexBinaryNotFound for a missing binary", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(AppServer.make({ binaryPath: "/nonexistent/codex" }).pipe(Effect.provide(NodeContext.layer)))
      assert.strictEqual(error._tag, "CodexBinaryNotFound")
    }))

  it.scopedLive("checks the server version: fail mode", () =>
    Effect.gen(function*() {
      const error = yield* startFails({ version: "0.1.0" }, { versionCheck: "fail" })
      assert.strictEqual(error._tag, "AppServerStartFailed")
      if (error._tag === "AppServerStartFailed") assert.strictEqual(error.reason, "VersionMismatch")
    }))

  it.live("escalates to SIGKILL when the server ignores stdin closing and SIGTERM, and leaves no process", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { server } = yield* Scope.extend(
        onFake({ ignoreSigterm: true, ignoreStdinEnd: true }, { shutdownGracePeriod: "200 millis" }),
        scope
      )
      assert.isTrue(isAlive(server.pid!))
      yield* Scope.close(scope, Exit.void)
      assert.isFalse(isAlive(server.pid!))
    }))

  it.scopedLive("sends initialize with the client info and capabilities, then initialized", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({}, {
        clientInfo: { name: "my_agent", version: "9.9.9" },
        experimentalApi: true,
        optOutNotificationMethods: ["item/reasoning/textDelta"]
      })
      // a reply to a later request proves everything written before it has been received
      yield* server.request("thread/start", {})
      const [initialize] = yield* methodsReceived(fake, "initialize")
      assert.deepStrictEqual((initialize as { params: unknown }).params, {
        clientInfo: { name: "my_agent", version: "9.9.9" },
        capabilities: { experimentalApi: true, optOutNotificationMethods: ["item/reasoning/textDelta"] }
      })
      assert.strictEqual((yield* methodsReceived(fake, "initialized")).length, 1)
      assert.strictEqual(server.metadata.serverName, "my_agent")
    }))

  it.scopedLive("keeps a turn's events that arrive before the turn/start reply", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({ turn: { text: "early bird", deltas: 4, eventsBeforeResponse: true } })
      const thread = yield* server.request("thread/start", {})
      const started = yield* server.startTurn({ threadId: thread.thread.id, input: [{ type: "text", text: "hi" }] })
      const events = Chunk.toReadonlyArray(yield* Stream.runCollect(started.events))
      const methods = events.map((e) => e.method)
      assert.strictEqual(methods[0], "turn/started")
      assert.strictEqual(methods[methods.length - 1], "turn/completed")
      const text = events.flatMap((e) => e._tag === "Notification" && e.method === "item/agentMessage/delta" ? [e.params.delta] : []).join("")
      assert.strictEqual(text, "early bird")
    }))

  it.scopedLive("replies with an error to a server request nobody handles", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({
        rules: [FakeAppServer.on("thread/start", FakeAppServer.serverRequest("item/tool/call", { threadId: "t", turnId: "u", callId: "c", tool: "x", arguments: {} }))]
      })
      yield* server.request("thread/start", {})
      // the fake answers thread/start only after it got our reply to its request
      const answered = (yield* fake.received).find((m) => typeof m === "object" && m !== null && "error" in m)
      assert.strictEqual((answered as { error: { code: number } }).error.code, -32601)
    }))
})
