import { NodeContext } from "@effect/platform-node"
import { FakeAppServer, FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Cause, Chunk, Context, Effect, Exit, Layer, Option, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import { figure, size } from "./utils/figures.js"
import { setup } from "./utils/setup.js"
import { AppServerExited } from "../src/Errors.js"
import * as Events from "../src/Events.js"
import * as Connection from "../src/internal/connection.js"
import * as AppServerConfig from "../src/AppServerConfig.js"
import * as Thread from "../src/Thread.js"
import type * as Transport from "../src/Transport.js"

const Script = FakeResponses.Script


/** Waits (live) until the client's tables are empty again: no turn, request or handler left. */
const settled = (server: AppServer.Service) =>
  Effect.gen(function*() {
    for (let i = 0; i < 200; i++) {
      const s = yield* server.stats
      if (s.busyThreads === 0 && s.liveTurns === 0 && s.pendingRequests === 0 && s.runningHandlers === 0) return s
      yield* Effect.sleep("20 millis")
    }
    return yield* server.stats
  })

const userMessages = (turn: { readonly items: ReadonlyArray<{ readonly type: string }> }) =>
  turn.items.filter((item) => item.type === "userMessage").length

const commandStatus = (items: ReadonlyArray<{ readonly type: string }>) =>
  items.flatMap((i) => (i.type === "commandExecution" ? [(i as unknown as { status: string }).status] : []))

const exec = () => Script.execCommand({ cmd: "echo hi", sandboxPermissions: "require_escalated", justification: "test" })

describe("the turn lifecycle against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("interrupting run at random points, even during turn/start, never merges turns or leaves one running", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        const thread = yield* codex.threadStart()
        // a first turn, so the thread has a history to read (reading the turns of a thread that
        // has none yet fails with "list_turns is not supported yet" in codex 0.169.0)
        assert.strictEqual((yield* thread.run("the first prompt")).status, "completed")
        const runs = size(50, 500)
        let interrupted = 0
        for (let i = 0; i < runs; i++) {
          // interrupt after 0 to 30 ms: before, during and after the turn/start round trip
          const delay = Math.floor(Math.random() * 31)
          const exit = yield* thread.run(`prompt ${i}`).pipe(Effect.timeout(`${delay} millis`), Effect.exit)
          if (Exit.isFailure(exit)) {
            interrupted++
            // the interruption completes once the server has ended the turn
            const { thread: now } = yield* thread.read({ includeTurns: true })
            assert.notInclude(now.turns.map((t) => t.status), "inProgress")
          }
        }
        // the thread is usable at once, and its next turn is a turn of its own
        const last = yield* thread.run("the last prompt")
        assert.strictEqual(last.status, "completed")
        const stats = yield* settled(server)
        assert.deepStrictEqual(
          [stats.busyThreads, stats.liveTurns, stats.pendingRequests, stats.runningHandlers],
          [0, 0, 0, 0]
        )
        const read = yield* thread.read({ includeTurns: true })
        const turns = read.thread.turns
        assert.isAbove(interrupted, 0)
        for (const turn of turns) {
          assert.notStrictEqual(turn.status, "inProgress")
          // a merged turn would hold two prompts (one interrupted at once may hold none)
          assert.isAtMost(userMessages(turn), 1, `turn ${turn.id} holds ${userMessages(turn)} prompts`)
        }
        assert.strictEqual(turns.at(-1)?.status, "completed")
        assert.strictEqual(userMessages(turns.at(-1)!), 1)
        figure("random-interrupt", {
          runs,
          interrupted,
          turnsLeftRunning: turns.filter((t) => t.status === "inProgress").length,
          mergedTurns: turns.filter((t) => userMessages(t) > 1).length,
          tableEntriesLeft: stats.busyThreads + stats.liveTurns + stats.pendingRequests + stats.runningHandlers
        })
      }), { timeout: 600_000 })

    it.effect("an interrupt right after turn/start (before turn/started) stops the turn; the next turn is a new one", () =>
      Effect.gen(function*() {
        // interrupted that early, a turn may or may not have asked the model yet: answer by prompt
        const { codex, fake, server } = yield* setup()
        yield* fake.respond((request) => request.prompt === "after" ? Script.text("after") : Script.stall({ id: "early" }))
        const thread = yield* codex.threadStart()
        // the handle's scope closes as soon as turn/start answered
        const first = yield* Effect.scoped(Effect.map(thread.turn("long"), (turn) => turn.id))
        // the handle's own interrupt, right after turn/start
        const second = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("long too")
          yield* turn.interrupt
          return (yield* turn.run).id
        }))
        const after = yield* thread.run("after")
        assert.strictEqual(after.finalResponse, "after")
        assert.notStrictEqual(after.id, first)
        assert.notStrictEqual(after.id, second)
        yield* settled(server)
        const turns = (yield* thread.read({ includeTurns: true })).thread.turns
        assert.deepStrictEqual(turns.map((t) => [t.id, t.status]), [[first, "interrupted"], [second, "interrupted"], [after.id, "completed"]])
      }))

    it.effect("fails a turn that takes too long with TurnTimeout, interrupts it, and frees the thread", () =>
      Effect.gen(function*() {
        const { codex, fake, server } = yield* setup(Script.stall({ id: "slow" }), Script.text("next"))
        const thread = yield* codex.threadStart()
        const error = yield* Effect.flip(thread.run("wait", { timeout: "400 millis" }))
        assert.strictEqual(error._tag, "TurnTimeout")
        assert.strictEqual(error._tag === "TurnTimeout" ? error.kind : "", "total")
        yield* fake.release("slow")
        assert.strictEqual((yield* thread.run("again")).finalResponse, "next")
        yield* settled(server)
        const turns = (yield* thread.read({ includeTurns: true })).thread.turns
        assert.deepStrictEqual(turns.map((t) => t.status), ["interrupted", "completed"])
        figure("stalled-model", {
          stalledTurns: 1,
          endedBy: error._tag,
          serverTurnStatus: turns[0]!.status,
          threadUsableAfter: turns[1]!.status === "completed"
        })
      }))

    it.effect("fails a turn with no event for idleTimeout with TurnTimeout", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "idle" }))
        const thread = yield* codex.threadStart()
        const error = yield* Effect.flip(thread.run("wait", { idleTimeout: "400 millis" }))
        assert.strictEqual(error._tag === "TurnTimeout" ? error.kind : error._tag, "idle")
        yield* fake.release("idle")
      }))

    it.effect("fails at once, typed, when a turn handle is used after its scope closed", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("done"))
        const thread = yield* codex.threadStart()
        const handle = yield* Effect.scoped(thread.turn("go"))
        const run = yield* Effect.flip(handle.run)
        assert.strictEqual(run._tag, "TurnHandleClosed")
        const stream = yield* Effect.flip(Stream.runDrain(handle.textDeltas))
        assert.strictEqual(stream._tag, "TurnHandleClosed")
        assert.strictEqual((yield* Effect.flip(handle.interrupt))._tag, "TurnHandleClosed")
      }))

    it.effect("unsubscribes from a thread when its last handle closes, and refuses the closed handle", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup(Script.text("one"))
        const thread = yield* Effect.scoped(Effect.gen(function*() {
          const thread = yield* Thread.scoped(codex.threadStart())
          yield* thread.run("hi")
          return thread
        }))
        // the client no longer follows the thread: unsubscribing again finds nothing to do
        const again = yield* server.request("thread/unsubscribe", { threadId: thread.id })
        assert.strictEqual(again.status, "notSubscribed")
        assert.strictEqual((yield* Effect.flip(thread.run("more")))._tag, "ThreadClosed")
        assert.strictEqual((yield* server.stats).busyThreads, 0)
      }))

    it.effect("uses the Approvals in the context of the program that runs the turn", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(exec(), Script.text("ran"))
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const result = yield* thread.run("run").pipe(Effect.provide(Approvals.acceptAll))
        assert.notDeepEqual(commandStatus(result.items), ["declined"])
      }))

    it.effect("interrupts the approval handler of a turn that ended", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup(exec(), Script.text("never"))
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        let interrupted = false
        const error = yield* Effect.flip(thread.run("run", {
          timeout: "1 second",
          approvals: { commandExecution: () => Effect.never.pipe(Effect.onInterrupt(() => Effect.sync(() => (interrupted = true)))) }
        }))
        assert.strictEqual(error._tag, "TurnTimeout")
        const stats = yield* settled(server)
        assert.strictEqual(stats.runningHandlers, 0)
        assert.isTrue(interrupted)
      }))

    it.effect("declines, with a warning, when a handler throws or answers nonsense; hands the parsed command to it", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(exec(), Script.text("a"), exec(), Script.text("b"))
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        let parsed: ReadonlyArray<string> = []
        const throws = yield* thread.run("run", {
          approvals: {
            commandExecution: (params) => {
              parsed = Approvals.parsedCommands(params)
              throw new Error("sync throw")
            }
          }
        })
        assert.deepStrictEqual(commandStatus(throws.items), ["declined"])
        assert.deepStrictEqual(parsed, ["echo hi"])
        const nonsense = yield* thread.run("run", {
          approvals: { commandExecution: () => Effect.succeed({ decision: "yes please" } as never) }
        })
        assert.deepStrictEqual(commandStatus(nonsense.items), ["declined"])
      }))
  })

  // the provider gets one retry: a failed request is retried, and the server says so
  layer(TestCodex.layer({ client: { config: { "model_providers.mock.request_max_retries": 1, "model_providers.mock.stream_max_retries": 1 } } }), {
    excludeTestServices: true
  })((it) => {
    it.effect("shows the server's retry errors in the turn's stream, and completes", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.cut(), Script.text("recovered"))
        const thread = yield* codex.threadStart()
        const [events, result] = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("hi")
          const events = yield* Stream.runCollect(turn.stream)
          return [Chunk.toReadonlyArray(events), yield* turn.run] as const
        }))
        const retries = events.flatMap((e) => (Events.is("error")(e) ? [e.params.willRetry] : []))
        assert.deepStrictEqual(retries, [true])
        assert.strictEqual(result.finalResponse, "recovered")
      }))
  })

  // the server unloads a thread nobody follows after `thread_unload_delay_secs`
  layer(TestCodex.layer({ client: { config: { thread_unload_delay_secs: 0 } } }), { excludeTestServices: true })((it) => {
    it.effect("unloads threads from the server once their last handle is closed", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        const loaded = () => Effect.map(server.request("thread/loaded/list", {}), (r) => r.data)
        const ids = yield* Effect.scoped(Effect.gen(function*() {
          const threads = yield* Effect.forEach([1, 2, 3], () => Thread.scoped(codex.threadStart()))
          yield* Effect.forEach(threads, (t) => t.run("hi"), { concurrency: "unbounded" })
          // a second handle keeps the thread loaded when the first closes
          const again = codex.thread(threads[0]!.id)
          yield* threads[0]!.close
          assert.include(yield* loaded(), threads[0]!.id)
          yield* again.close
          return threads.map((t) => t.id)
        }))
        let still = ids
        for (let i = 0; i < 100 && still.length > 0; i++) {
          yield* Effect.sleep("50 millis")
          const now = yield* loaded()
          still = ids.filter((id) => now.includes(id))
        }
        assert.deepStrictEqual(still, [])
      }))
  })

  layer(Layer.merge(TestCodex.layer(), Approvals.acceptAll), { excludeTestServices: true })((it) => {
    it.effect("uses an Approvals layer merged beside the client", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(exec(), Script.text("ran"))
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const result = yield* thread.run("run")
        assert.notDeepEqual(commandStatus(result.items), ["declined"])
      }))
  })

  it.live("fails a Thread used after its client closed, saying so", () =>
    Effect.gen(function*() {
      const thread = yield* Effect.scoped(Effect.gen(function*() {
        const context = yield* Layer.build(TestCodex.layer())
        const codex = Context.get(context, Codex.Codex)
        return yield* codex.threadStart()
      }))
      const error = yield* Effect.flip(thread.run("hi"))
      assert.strictEqual(error._tag, "AppServerExited")
      assert.match(error.message, /client is closed/)
    }))
})

describe("failing fast", () => {
  it.scopedLive("fails the first turn with AuthenticationRequired when the server has no credentials, sending no turn", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        rules: [FakeAppServer.on("account/read", FakeAppServer.result({ account: null, requiresOpenaiAuth: true }))]
      })
      const context = yield* Layer.build(Codex.layer({ binaryPath: fake.binaryPath, env: fake.env }))
      const codex = Context.get(context, Codex.Codex)
      const thread = yield* codex.threadStart()
      const error = yield* Effect.flip(thread.run("hi"))
      assert.strictEqual(error._tag, "AuthenticationRequired")
      assert.match(error.message, /OPENAI_API_KEY/)
      const sent = (yield* fake.received).filter((m) => (m as { method?: string }).method === "turn/start")
      assert.strictEqual(sent.length, 0)
    }).pipe(Effect.provide(NodeContext.layer)))

  it.scoped("fails every pending request at once when the writer dies", () =>
    Effect.gen(function*() {
      // like the child process's transport: a failed write ends `run` with the reason
      const broken = new AppServerExited({ phase: "running", exitCode: null, signal: null, stderrTail: ["(writing failed: EPIPE)"] })
      let failed = false
      let end: (() => void) | undefined
      const transport: Transport.Service = {
        write: () => {
          failed = true
          end?.()
        },
        run: () =>
          Effect.async<AppServerExited>((resume) => {
            end = () => resume(Effect.succeed(broken))
            if (failed) end()
          })
      }
      const connection = yield* Connection.make(transport, AppServerConfig.resolve({ requestTimeout: "1 hour" }))
      const exit = yield* Effect.exit(connection.request("thread/list", {}))
      assert.isTrue(Exit.isFailure(exit))
      const error = Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : Option.none()
      assert.strictEqual(Option.getOrUndefined(error)?._tag, "AppServerExited")
      const later = yield* Effect.flip(connection.request("thread/list", {}))
      assert.strictEqual(later._tag, "AppServerExited")
    }))
})

