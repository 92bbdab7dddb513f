import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Effect, Fiber, Layer, Schema, Stream } from "effect"
import type * as AppServer from "../src/AppServer.js"
import type * as Codex from "../src/Codex.js"
import * as PromiseClient from "../src/PromiseClient.js"
import type * as Thread from "../src/Thread.js"
import * as Turn from "../src/Turn.js"
import { CoalescingOffer } from "../src/internal/coalesce.js"
import { EventLog } from "../src/internal/eventLog.js"
import type { Inbound } from "../src/internal/peer.js"
import { setup } from "./utils/setup.js"

const Script = FakeResponses.Script
const Item = FakeResponses.Item

const commentaryThenAnswer = Script.reply([
  Item.reasoning("Thinking it over."),
  Item.message("Let me look at the files.", { phase: "commentary" }),
  Item.message(["The answer ", "is 42."], { phase: "final_answer" })
])

const methods = (events: Iterable<Turn.StreamEvent>) =>
  [...events].map((e) => (e._tag === "Done" ? "Done" : e.method))

/** The status of the thread's last turn, once the server has ended it. */
const lastTurnStatus = (thread: Thread.Thread) =>
  Effect.retry(
    Effect.flatMap(thread.read({ includeTurns: true }), (r) => {
      const last = r.thread.turns[r.thread.turns.length - 1]
      return last !== undefined && last.status !== "inProgress" ? Effect.succeed(last.status) : Effect.fail("still running")
    }),
    { times: 100 }
  )

describe("Thread.stream against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("streams a turn's events, then its result", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(commentaryThenAnswer)
        const thread = yield* codex.threadStart()
        const events = yield* Stream.runCollect(thread.stream("What is the answer?"))
        const all = Chunk.toReadonlyArray(events)
        const names = methods(all)
        assert.strictEqual(names[0], "turn/started")
        assert.deepStrictEqual(names.slice(-2), ["turn/completed", "Done"])
        const done = all[all.length - 1]
        assert(done?._tag === "Done")
        assert.strictEqual(done.result.status, "completed")
        assert.strictEqual(done.result.finalResponse, "The answer is 42.")
      }))

    it.effect("gives the final answer's text only; commentary and reasoning separately", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(commentaryThenAnswer, commentaryThenAnswer)
        const thread = yield* codex.threadStart()
        const answer = yield* thread.stream("What is the answer?").pipe(Turn.answerDeltas, Stream.mkString)
        assert.strictEqual(answer, "The answer is 42.")
        const parts = yield* Stream.runCollect(Turn.textParts(thread.stream("Again?")))
        const byKind = (kind: Turn.TextPart["kind"]) =>
          Chunk.toReadonlyArray(parts).filter((p) => p.kind === kind).map((p) => p.delta).join("")
        assert.strictEqual(byKind("answer"), "The answer is 42.")
        assert.strictEqual(byKind("commentary"), "Let me look at the files.")
        assert.strictEqual(byKind("reasoningSummary"), "Thinking it over.")
        const phases = new Set(Chunk.toReadonlyArray(parts).flatMap((p) => (p.kind === "reasoningSummary" ? [] : [p.phase])))
        assert.deepStrictEqual([...phases].sort(), ["commentary", "final_answer"])
      }))

    it.effect("a turn handle's textDeltas leave the commentary out too", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(commentaryThenAnswer)
        const thread = yield* codex.threadStart()
        const text = yield* Effect.scoped(Effect.flatMap(thread.turn("go"), (turn) => Stream.mkString(turn.textDeltas)))
        assert.strictEqual(text, "The answer is 42.")
      }))

    it.effect("the Promise facade's onText gets the answer only", () =>
      Effect.gen(function*() {
        yield* setup(commentaryThenAnswer)
        const context = yield* Effect.context<Codex.Codex | AppServer.AppServer>()
        const client = PromiseClient.make({}, Layer.succeedContext(context))
        const streamed = yield* Effect.promise(async () => {
          let text = ""
          const thread = await client.threadStart()
          await thread.run("What is the answer?", { onText: (t) => (text += t) })
          await client.dispose()
          return text
        })
        assert.strictEqual(streamed, "The answer is 42.")
      }))

    it.effect("a model without phases: every message is answer text", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text(["Str", "eam", "ing!"]))
        const thread = yield* codex.threadStart()
        assert.strictEqual(yield* thread.stream("go").pipe(Turn.answerDeltas, Stream.mkString), "Streaming!")
      }))

    it.effect("interrupts the turn when the consumer stops early (take)", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "take" }), Script.text("next"))
        const thread = yield* codex.threadStart()
        // the consumer takes the first event once the model has the request (so the stall is used up)
        const first = yield* thread.stream("wait").pipe(
          Stream.tap(() => fake.awaitStall("take")),
          Stream.take(1),
          Stream.runCollect
        )
        assert.deepStrictEqual(methods(first), ["turn/started"])
        assert.strictEqual(yield* lastTurnStatus(thread), "interrupted")
        // the thread is free for the next turn, which is not merged into the interrupted one
        const next = yield* thread.run("again")
        assert.strictEqual(next.finalResponse, "next")
      }))

    it.effect("interrupts the turn when the consuming fiber is interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "fiber" }))
        const thread = yield* codex.threadStart()
        const fiber = yield* Effect.fork(Stream.runDrain(thread.stream("wait")))
        yield* fake.awaitStall("fiber")
        yield* Fiber.interrupt(fiber)
        assert.strictEqual(yield* lastTurnStatus(thread), "interrupted")
      }))

    it.effect("interrupts the turn when the consumer fails", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.stall({ id: "fail" }))
        const thread = yield* codex.threadStart()
        const error = yield* thread.stream("wait").pipe(
          Stream.mapEffect((event) => (event._tag === "Notification" && event.method === "turn/started" ? Effect.fail("boom" as const) : Effect.void)),
          Stream.runDrain,
          Effect.flip
        )
        assert.strictEqual(error, "boom")
        assert.strictEqual(yield* lastTurnStatus(thread), "interrupted")
      }))

    it.effect("a failed turn fails the stream with TurnFailed after its events", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.failed("insufficient_quota", "quota exhausted"))
        const thread = yield* codex.threadStart()
        const seen: Array<string> = []
        const error = yield* thread.stream("hi").pipe(
          Stream.runForEach((e) => Effect.sync(() => seen.push(e._tag === "Done" ? "Done" : e.method))),
          Effect.flip
        )
        assert.strictEqual(error._tag, "TurnFailed")
        assert.strictEqual(seen[seen.length - 1], "turn/completed")
      }))

    it.effect("a structured turn ends with its typed output", () =>
      Effect.gen(function*() {
        const City = Schema.Struct({ name: Schema.String, population: Schema.Number, motto: Schema.optional(Schema.String) })
        const { codex } = yield* setup(Script.text(JSON.stringify({ name: "Oslo", population: 709000, motto: null })))
        const thread = yield* codex.threadStart()
        const last = yield* Stream.runLast(thread.stream("Largest city in Norway?", { outputSchema: City }))
        assert(last._tag === "Some" && last.value._tag === "Done")
        const output: { readonly name: string; readonly population: number; readonly motto?: string | undefined } = last.value.result.output
        assert.deepStrictEqual(output, { name: "Oslo", population: 709000 })
      }))

    it.effect("each run of the stream is a turn of its own", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("one"), Script.text("two"))
        const thread = yield* codex.threadStart()
        const stream = thread.stream("hi").pipe(Turn.answerDeltas, Stream.mkString)
        assert.deepStrictEqual([yield* stream, yield* stream], ["one", "two"])
      }))
  })
})

describe("TurnHandle.stream: several consumers", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("each consumer sees every event from the start, at once or later", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "many", then: Script.text(["a", "b", "c"]) }))
        const thread = yield* codex.threadStart()
        yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("go")
          const one = yield* Effect.fork(Stream.runCollect(turn.stream))
          const two = yield* Effect.fork(Stream.runCollect(turn.stream))
          yield* fake.awaitStall("many")
          yield* fake.release("many")
          const a = methods(yield* Fiber.join(one))
          const b = methods(yield* Fiber.join(two))
          yield* turn.run
          const later = methods(yield* Stream.runCollect(turn.stream))
          assert.strictEqual(a[0], "turn/started")
          assert.strictEqual(a[a.length - 1], "turn/completed")
          assert.deepStrictEqual(b, a)
          assert.deepStrictEqual(later, a)
          assert.strictEqual(yield* Stream.mkString(turn.textDeltas), "abc")
        }))
      }))

    it.effect("after its scope closed, a handle's stream fails with TurnHandleClosed", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("done"))
        const thread = yield* codex.threadStart()
        const turn = yield* Effect.scoped(Effect.tap(thread.turn("go"), (turn) => turn.run))
        const error = yield* Effect.flip(Stream.runDrain(turn.stream))
        assert.strictEqual(error._tag, "TurnHandleClosed")
      }))
  })
})

describe("EventLog with coalescing past the capacity", () => {
  const delta = (itemId: string, text: string): Inbound => ({
    method: "item/agentMessage/delta",
    params: { threadId: "th", turnId: "t", itemId, delta: text }
  })
  const text = (messages: Iterable<Inbound>) =>
    [...messages].flatMap((m) => (m.method === "item/agentMessage/delta" ? [(m.params as { delta: string }).delta] : [])).join("")

  it.effect("replay: a reader part-way and a later reader both get all the text; only unread deltas are merged", () =>
    Effect.gen(function*() {
      const log = new EventLog(true)
      const counter = { coalescedEvents: 0, droppedGlobalEvents: 0 }
      const offer = new CoalescingOffer(log, 10, counter)
      let expected = ""
      for (let i = 0; i < 10; i++) {
        expected += `${i}`
        offer.offer(delta("a", `${i}`))
      }
      // a reader takes everything so far: the newest delta is read, so the next is not merged into it
      const early = yield* Stream.runCollect(Stream.take(log.read(), 10))
      assert.strictEqual(Chunk.size(early), 10)
      for (let i = 0; i < 1000; i++) {
        expected += `${i % 10}`
        offer.offer(delta("a", `${i % 10}`))
      }
      offer.offer({ method: "turn/completed", params: { turn: { id: "t" } } })
      log.end()
      assert.isAtMost(log.size, 12)
      assert.strictEqual(counter.coalescedEvents, 999)
      const later = yield* Stream.runCollect(log.read())
      assert.strictEqual(text(later), expected)
      assert.strictEqual(text(early) + text(Chunk.drop(later, 10)), expected)
    }))

  it.effect("single reader: what it pulled is dropped, and merging resumes below the capacity", () =>
    Effect.gen(function*() {
      const log = new EventLog(false)
      const counter = { coalescedEvents: 0, droppedGlobalEvents: 0 }
      const offer = new CoalescingOffer(log, 5, counter)
      for (let i = 0; i < 20; i++) offer.offer(delta("a", "x"))
      assert.strictEqual(log.size, 6)
      const first = yield* Stream.runCollect(Stream.take(log.read(), 6))
      assert.strictEqual(log.size, 0)
      for (let i = 0; i < 3; i++) offer.offer(delta("a", "y"))
      log.end()
      const rest = yield* Stream.runCollect(log.read())
      assert.strictEqual(text(first) + text(rest), "x".repeat(20) + "yyy")
    }))
})
