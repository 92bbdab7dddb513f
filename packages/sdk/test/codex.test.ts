import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, Effect, Fiber, Layer, Redacted, Schema, Stream } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as AppServer from "../src/AppServer.js"
import * as Approvals from "../src/Approvals.js"
import * as Codex from "../src/Codex.js"
import * as CodexBinary from "../src/CodexBinary.js"
import { setup } from "./utils/setup.js"
import * as Events from "../src/Events.js"
import * as Inputs from "../src/Inputs.js"
import * as PromiseClient from "../src/PromiseClient.js"

const usage = { inputTokens: 11, outputTokens: 7, totalTokens: 18 }
const Script = FakeResponses.Script
const Item = FakeResponses.Item


const lastBody = (fake: FakeResponses.FakeResponses["Type"]) =>
  Effect.map(fake.requests, (bodies) => JSON.stringify(bodies[bodies.length - 1]))

const commandStatus = (items: ReadonlyArray<{ readonly type: string }>) =>
  items.flatMap((i) => (i.type === "commandExecution" ? [(i as unknown as { status: string }).status] : []))

describe("Codex against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("runs a turn: final response, items, usage, timings", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.reply([
          Item.message("Let me think.", { phase: "commentary" }),
          Item.message("Hello there!", { phase: "final_answer" })
        ], { usage }))
        const thread = yield* codex.threadStart()
        const result = yield* thread.run("Say hello")
        assert.strictEqual(result.status, "completed")
        assert.strictEqual(result.finalResponse, "Hello there!")
        assert.strictEqual(result.threadId, thread.id)
        assert.deepStrictEqual(
          result.items.flatMap((i) => (i.type === "agentMessage" ? [[i.phase, i.text]] : [])),
          [["commentary", "Let me think."], ["final_answer", "Hello there!"]]
        )
        assert.strictEqual(result.usage?.last.totalTokens, 18)
        assert.isNumber(result.durationMs)
        assert.isNumber(result.completedAt)
      }))

    it.effect("streams the text of a turn, then gives its result", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text(["Str", "eam", "ing!"]))
        const thread = yield* codex.threadStart()
        const [text, result] = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("go")
          const deltas = yield* Stream.runCollect(turn.textDeltas)
          return [Chunk.join(deltas, ""), yield* turn.run] as const
        }))
        assert.strictEqual(text, "Streaming!")
        assert.strictEqual(result.finalResponse, "Streaming!")
      }))

    it.effect("fails a failed turn with TurnFailed carrying the server's error info", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.failed("insufficient_quota", "quota exhausted"))
        const thread = yield* codex.threadStart()
        const error = yield* Effect.flip(thread.run("hi"))
        assert.strictEqual(error._tag, "TurnFailed")
        if (error._tag === "TurnFailed") assert.strictEqual(error.error?.codexErrorInfo, "usageLimitExceeded")
      }))

    it.effect("interrupts a turn on request: the result has status interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "hold" }))
        const thread = yield* codex.threadStart()
        const result = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("wait")
          yield* fake.awaitStall("hold")
          yield* turn.interrupt
          const ended = yield* turn.run
          // idempotent: nothing left to interrupt is not an error
          yield* turn.interrupt
          return ended
        }))
        assert.strictEqual(result.status, "interrupted")
      }))

    it.effect("sends turn/interrupt when the fiber running a turn is interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "hold" }))
        const thread = yield* codex.threadStart()
        const fiber = yield* Effect.fork(thread.run("wait"))
        yield* fake.awaitStall("hold")
        yield* Fiber.interrupt(fiber)
        const read = yield* Effect.retry(
          Effect.flatMap(thread.read({ includeTurns: true }), (r) =>
            r.thread.turns.some((t) => t.status === "interrupted") ? Effect.succeed(r) : Effect.fail("still running")),
          { times: 50 }
        )
        assert.strictEqual(read.thread.turns[read.thread.turns.length - 1]!.status, "interrupted")
      }))

    it.effect("steers a running turn with more input", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "hold" }), Script.text("steered answer"))
        const thread = yield* codex.threadStart()
        const result = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("first")
          yield* fake.awaitStall("hold")
          // steered input is checked like a turn's own, before anything is sent
          const server = yield* AppServer.AppServer
          const sent = (yield* server.stats).requestsSent
          for (const bad of ["", "   ", [], [Inputs.localImage("/no/such/image.png")]] as const) {
            const error = yield* Effect.flip(turn.steer(bad))
            assert.strictEqual(error._tag, "InvalidParams")
          }
          assert.strictEqual((yield* server.stats).requestsSent, sent)
          const steer = yield* turn.steer(Inputs.text("and also this"))
          assert.strictEqual(steer.turnId, turn.id)
          return yield* turn.run
        }))
        assert.strictEqual(result.finalResponse, "steered answer")
        assert.include(yield* lastBody(fake), "and also this")
      }))

    it.effect("serializes turns on one thread instead of letting the server steer", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("first answer"), Script.text("second answer"))
        const thread = yield* codex.threadStart()
        const [a, b] = yield* Effect.all([thread.run("one"), thread.run("two")], { concurrency: 2 })
        assert.notStrictEqual(a.id, b.id)
        assert.sameMembers([a.finalResponse, b.finalResponse], ["first answer", "second answer"])
      }))

    it.effect("declines approvals by default (fail closed)", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(
          Script.execCommand({ cmd: "touch /tmp/should-not-exist", sandboxPermissions: "require_escalated", justification: "need it" }),
          Script.text("ok, not done")
        )
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const result = yield* thread.run("do it")
        assert.deepStrictEqual(commandStatus(result.items), ["declined"])
        assert.strictEqual(result.finalResponse, "ok, not done")
      }))

    it.effect("asks a per-turn approval handler, and declines when it fails", () =>
      Effect.gen(function*() {
        const escalated = () =>
          Script.execCommand({ cmd: "echo approved", sandboxPermissions: "require_escalated", justification: "demo" })
        const { codex } = yield* setup(escalated(), Script.text("done"), escalated(), Script.text("done"))
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const seen: Array<string> = []
        const accepted = yield* thread.run("run it", {
          approvals: {
            commandExecution: (params) => Effect.sync(() => seen.push(params.command ?? "")).pipe(Effect.as({ decision: "accept" as const }))
          }
        })
        assert.deepStrictEqual(seen.length, 1)
        assert.include(seen[0], "echo approved")
        assert.notDeepEqual(commandStatus(accepted.items), ["declined"])
        const failing = yield* thread.run("run it again", { approvals: { commandExecution: () => Effect.fail("boom") } })
        assert.deepStrictEqual(commandStatus(failing.items), ["declined"])
      }))

    it.effect("decodes structured output with an Effect Schema, and sends its JSON Schema", () =>
      Effect.gen(function*() {
        const Answer = Schema.Struct({ city: Schema.String, population: Schema.Number })
        const { codex, fake } = yield* setup(Script.text(JSON.stringify({ city: "Oslo", population: 709000 })), Script.text("not json"))
        const thread = yield* codex.threadStart()
        const result = yield* thread.run("Largest city in Norway?", { outputSchema: Answer })
        assert.deepStrictEqual(result.output, { city: "Oslo", population: 709000 })
        assert.include(yield* lastBody(fake), "population")
        const mismatch = yield* Effect.flip(thread.run("again", { outputSchema: Answer }))
        assert.strictEqual(mismatch._tag, "StructuredOutputMismatch")
      }))

    it.effect("sends every input kind in its wire form", () =>
      Effect.gen(function*() {
        const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-img-"))
        const png = Path.join(dir, "pixel.png")
        const pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
        Fs.writeFileSync(png, Buffer.from(pixel, "base64"))
        const { codex, fake } = yield* setup(Script.text("seen"))
        const thread = yield* codex.threadStart()
        const dataUrl = `data:image/png;base64,${pixel}`
        yield* thread.run([Inputs.text("look"), Inputs.image(dataUrl), Inputs.localImage(png)])
        const body = yield* lastBody(fake)
        assert.include(body, "look")
        // both images reach the model as inline images
        const user = (JSON.parse(body) as { input: ReadonlyArray<{ role?: string; content?: ReadonlyArray<{ type: string }> }> }).input
          .filter((m) => m.role === "user").pop()
        const images = (user?.content ?? []).filter((c) => c.type === "input_image")
        assert.strictEqual(images.length, 2)
        assert.include(JSON.stringify(user), png)
        // codex refuses remote image URLs (0.169.0 to 0.171.0): a typed error, nothing lost
        const remote = yield* Effect.flip(thread.run(Inputs.image("https://example.invalid/a.png")))
        assert.strictEqual(remote._tag, "InvalidRequest")
        Fs.rmSync(dir, { recursive: true, force: true })
      }))

    it.effect("manages threads: resume, fork, name, read, list, archive, unarchive", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("remember 42"))
        const thread = yield* codex.threadStart()
        yield* thread.run("remember a number")
        yield* thread.setName("numbers")
        const read = yield* thread.read({ includeTurns: true })
        assert.strictEqual(read.thread.name, "numbers")
        assert.strictEqual(read.thread.turns.length, 1)
        const resumed = yield* codex.threadResume(thread.id)
        assert.strictEqual(resumed.id, thread.id)
        const fork = yield* codex.threadFork(thread.id)
        assert.notStrictEqual(fork.id, thread.id)
        const all = yield* Stream.runCollect(codex.threadListAll({ limit: 1 }))
        assert.include([...all].map((t) => t.id), thread.id)
        yield* codex.threadArchive(thread.id)
        const archived = yield* codex.threadList({ archived: true })
        assert.include(archived.data.map((t) => t.id), thread.id)
        const back = yield* codex.threadUnarchive(thread.id)
        assert.strictEqual(back.id, thread.id)
        yield* (yield* FakeResponses.FakeResponses).enqueue(Script.text("back again"))
        assert.strictEqual((yield* back.run("still there?")).finalResponse, "back again")
      }))

    it.effect("reports metadata and models, account, api key login and logout", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        assert.strictEqual(codex.metadata.serverVersion, CodexBinary.pinnedVersion)
        assert.strictEqual(codex.metadata.serverName, "effect_codex")
        assert.isAbove((yield* codex.models()).data.length, 0)
        const updates = yield* Effect.scoped(Effect.gen(function*() {
          const server = yield* AppServer.AppServer
          const events = yield* server.subscribeEvents
          yield* codex.loginApiKey(Redacted.make("sk-test-not-a-real-key"))
          yield* codex.logout
          return yield* events.pipe(Stream.filter(Events.is("account/updated")), Stream.take(2), Stream.runCollect)
        }))
        assert.deepStrictEqual([...updates].map((e) => e.params.authMode ?? null), ["apikey", null])
        assert.isFalse((yield* codex.account()).requiresOpenaiAuth)
      }))

    it.effect("starts a ChatGPT browser login and cancels it", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        yield* Effect.scoped(Effect.gen(function*() {
          const login = yield* codex.loginChatgpt
          assert.match(login.authUrl, /^https?:\/\//)
          yield* login.cancel
          const outcome = yield* Effect.either(login.wait)
          assert.strictEqual(outcome._tag, "Left")
        }))
      }))

    it.effect("fails a device-code login without network with a typed InternalError", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const error = yield* Effect.scoped(Effect.flip(codex.loginDeviceCode))
        assert.strictEqual(error._tag, "InternalError")
        assert.include(error.message, "device code")
      }))

    it.effect("compacts a thread", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("hello"), Script.text("summary of the conversation"))
        const thread = yield* codex.threadStart()
        yield* thread.run("hi")
        yield* thread.compact
        // compaction runs as a turn of its own
        const read = yield* Effect.retry(
          Effect.flatMap(thread.read({ includeTurns: true }), (r) =>
            r.thread.turns.length >= 2 && r.thread.turns.every((t) => t.status !== "inProgress") ? Effect.succeed(r) : Effect.fail("compacting")),
          { times: 100 }
        )
        assert.isAtLeast(read.thread.turns.length, 2)
      }))

    it.effect("shows pending approvals in the turn's stream", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(
          Script.execCommand({ cmd: "echo hi", sandboxPermissions: "require_escalated", justification: "demo" }),
          Script.text("done")
        )
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const events = yield* Effect.scoped(Effect.flatMap(thread.turn("go"), (turn) => Stream.runCollect(turn.stream)))
        const requests = [...events].filter((e) => e._tag === "ServerRequest")
        assert.deepStrictEqual(requests.map((e) => e.method), ["item/commandExecution/requestApproval"])
        assert.isTrue([...events].some(Events.is("serverRequest/resolved")))
      }))

    it.effect("streams thread events on the global stream", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const fiber = yield* codex.events.pipe(Stream.filter(Events.is("thread/started")), Stream.runHead, Effect.fork)
        // the stream subscribes when its fiber starts: start threads until it has seen one
        yield* Effect.retry(
          Effect.flatMap(codex.threadStart(), (thread) =>
            Effect.flatMap(Fiber.poll(fiber), (polled) => polled._tag === "Some" ? Effect.succeed(thread) : Effect.fail("not yet"))),
          { times: 20 }
        )
        const event = yield* Fiber.join(fiber)
        assert.isTrue(event._tag === "Some")
      }))

    it.effect("validates presets before sending anything", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup()
        const error = yield* Effect.flip(codex.threadStart({ preset: { sandbox: "everything" as never } }))
        assert.strictEqual(error._tag, "InvalidParams")
        assert.strictEqual((yield* fake.requests).length, 0)
      }))
  })

  layer(TestCodex.layer().pipe(Layer.provide(Approvals.acceptAll)), { excludeTestServices: true })((it) => {
    it.effect("accepts approvals with the acceptAll layer", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(
          Script.execCommand({ cmd: "echo accepted", sandboxPermissions: "require_escalated", justification: "demo" }),
          Script.text("ran it")
        )
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const result = yield* thread.run("run")
        assert.notDeepEqual(commandStatus(result.items), ["declined"])
        assert.strictEqual(result.finalResponse, "ran it")
      }))
  })

  const slow = Approvals.layer({ commandExecution: () => Effect.never }, { timeout: "300 millis" })
  layer(TestCodex.layer().pipe(Layer.provide(slow)), { excludeTestServices: true })((it) => {
    it.effect("declines when the client's handler does not answer in time", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(
          Script.execCommand({ cmd: "echo late", sandboxPermissions: "require_escalated", justification: "demo" }),
          Script.text("gave up")
        )
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const result = yield* thread.run("run")
        assert.deepStrictEqual(commandStatus(result.items), ["declined"])
      }))
  })

  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("offers a Promise facade that rejects with the tagged error", () =>
      Effect.gen(function*() {
        const { fake } = yield* setup(Script.text("promised"), Script.failed("context_length_exceeded", "too long"))
        const context = yield* Effect.context<Codex.Codex>()
        const client = PromiseClient.make({}, Layer.succeedContext(context))
        const outcome = yield* Effect.promise(async () => {
          const thread = await client.threadStart()
          let streamed = ""
          const ok = await thread.run("hi", { onText: (t) => (streamed += t) })
          const failed = await thread.run("again").then(() => undefined, (e: unknown) => e)
          await client.dispose()
          return { ok, streamed, failed }
        })
        assert.strictEqual(outcome.ok.finalResponse, "promised")
        assert.strictEqual(outcome.streamed, "promised")
        assert.strictEqual((outcome.failed as { _tag?: string })._tag, "TurnFailed")
        assert.strictEqual((yield* fake.requests).length, 2)
      }))
  })
})
