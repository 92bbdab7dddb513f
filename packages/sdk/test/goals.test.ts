import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, Effect, Option, Schedule, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Goals from "../src/Goals.js"
import { setup } from "./utils/setup.js"

const { Script } = FakeResponses

const tags = (progress: Chunk.Chunk<Goals.Progress>) => Chunk.toReadonlyArray(progress).map((p) => p._tag)
const finished = (progress: Chunk.Chunk<Goals.Progress>) => {
  const last = Chunk.last(progress).pipe(Option.getOrThrow)
  assert.strictEqual(last._tag, "Finished")
  return last as Extract<Goals.Progress, { readonly _tag: "Finished" }>
}

/** Waits until the thread runs no turn (bounded). */
const settle = (threadId: string) =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const running = server.request("thread/read", { threadId, includeTurns: true }).pipe(
      Effect.map(({ thread }) => thread.turns.some((t) => t.status === "inProgress")),
      Effect.orElseSucceed(() => false)
    )
    yield* running.pipe(
      Effect.repeat({ while: (busy) => busy, schedule: Schedule.spaced("50 millis") }),
      Effect.timeout("10 seconds")
    )
  })

describe("Goals against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("run: follows the server's turns until the model reports the goal complete", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(
          Script.text("Wrote the first half."),
          Script.functionCall("update_goal", { status: "complete" }),
          Script.text("The goal is complete.")
        )
        const thread = yield* codex.threadStart()
        const progress = yield* Stream.runCollect(Goals.run(thread, "write hello twice"))
        assert.deepStrictEqual(tags(progress), ["Started", "TurnCompleted", "TurnCompleted", "Finished"])
        const last = finished(progress)
        assert.strictEqual(last.reason, "complete")
        assert.strictEqual(last.turns, 2)
        assert.strictEqual(Option.getOrThrow(last.goal).status, "complete")
        const turns = Chunk.toReadonlyArray(progress).flatMap((p) => p._tag === "TurnCompleted" ? [p.turn.status] : [])
        assert.deepStrictEqual(turns, ["completed", "completed"])
        assert.strictEqual((yield* fake.requests).length, 3)
      }).pipe(Effect.scoped))

    it.effect("run: a blocked goal finishes with reason blocked", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.functionCall("update_goal", { status: "blocked" }), Script.text("I am blocked: no access."))
        const thread = yield* codex.threadStart()
        const progress = yield* Stream.runCollect(Goals.run(thread, "deploy to production"))
        assert.strictEqual(finished(progress).reason, "blocked")
      }).pipe(Effect.scoped))

    it.effect("run: stops at maxTurns, pausing the goal", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup() // the fallback answers "ok" forever: the goal never completes
        const thread = yield* codex.threadStart()
        const progress = yield* Stream.runCollect(Goals.run(thread, "never done", { maxTurns: 2 }))
        const last = finished(progress)
        assert.strictEqual(last.reason, "maxTurns")
        assert.strictEqual(last.turns, 2)
        assert.strictEqual(Option.getOrThrow(yield* Goals.get(thread)).status, "paused")
      }).pipe(Effect.scoped))

    it.effect("run: the server's token budget ends the run with budgetLimited", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(
          Script.text("spent a lot", { usage: { inputTokens: 4_000, outputTokens: 1_000 } }),
          Script.text("spent more", { usage: { inputTokens: 4_000, outputTokens: 1_000 } }),
          Script.text("and more", { usage: { inputTokens: 4_000, outputTokens: 1_000 } })
        )
        const thread = yield* codex.threadStart()
        const progress = yield* Stream.runCollect(Goals.run(thread, "expensive", { tokenBudget: 100, maxTurns: 3 }))
        assert.strictEqual(finished(progress).reason, "budgetLimited")
      }).pipe(Effect.scoped))

    it.effect("run: a consumer that stops early pauses the goal", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const thread = yield* codex.threadStart()
        const progress = yield* Goals.run(thread, "forever").pipe(Stream.take(2), Stream.runCollect)
        assert.deepStrictEqual(tags(progress), ["Started", "TurnCompleted"])
        assert.strictEqual(Option.getOrThrow(yield* Goals.get(thread)).status, "paused")
      }).pipe(Effect.scoped))

    it.effect("run: a failed goal turn ends the run with the goal's status, the failed turn reported", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.failed("server_error", "model down"))
        const thread = yield* codex.threadStart()
        const progress = yield* Stream.runCollect(Goals.run(thread, "anything", { maxTurns: 3 }))
        assert.deepStrictEqual(tags(progress), ["Started", "TurnCompleted", "Finished"])
        const last = finished(progress)
        const status = Option.getOrThrow(last.goal).status
        assert.notStrictEqual(status, "active")
        assert.strictEqual(last.reason, status)
        assert.strictEqual(last.turns, 1)
        const turns = Chunk.toReadonlyArray(progress).flatMap((p) => p._tag === "TurnCompleted" ? [p.turn.status] : [])
        assert.deepStrictEqual(turns, ["failed"])
      }).pipe(Effect.scoped))

    it.effect("run: a goal turn whose model request fails over HTTP ends the run", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.httpError(400, { message: "bad request" }))
        const thread = yield* codex.threadStart()
        const progress = yield* Stream.runCollect(Goals.run(thread, "anything", { maxTurns: 3 }))
        const last = finished(progress)
        assert.strictEqual(last.reason, Option.getOrThrow(last.goal).status)
        const turns = Chunk.toReadonlyArray(progress).flatMap((p) => p._tag === "TurnCompleted" ? [p.turn.status] : [])
        assert.deepStrictEqual(turns, ["failed"])
      }).pipe(Effect.scoped))

    it.effect("run: a consumer that stops early while the server answers nothing (stopped) still ends", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        const pid = server.pid!
        const thread = yield* codex.threadStart()
        // resumed once the run ended (or, should it hang, by a safety net the assertion catches)
        let resumed = false
        const resume = () => {
          if (resumed) return
          resumed = true
          process.kill(pid, "SIGCONT")
        }
        const endedWhileStopped = yield* Effect.gen(function*() {
          let safetyNet: ReturnType<typeof setTimeout> | undefined
          const progress = yield* Goals.run(thread, "forever").pipe(
            Stream.tap((p) =>
              p._tag === "TurnCompleted"
                ? Effect.sync(() => {
                  process.kill(pid, "SIGSTOP")
                  safetyNet = setTimeout(resume, 60_000)
                })
                : Effect.void
            ),
            Stream.take(2),
            Stream.runCollect
          )
          clearTimeout(safetyNet)
          assert.deepStrictEqual(tags(progress), ["Started", "TurnCompleted"])
          return !resumed
        }).pipe(Effect.ensuring(Effect.sync(resume)))
        assert.isTrue(endedWhileStopped)
        // resumed, the server reads the pause it was sent; its goal turns must not outlive the test
        yield* Goals.pause(thread)
        yield* settle(thread.id)
      }).pipe(Effect.scoped), 90_000)

    it.effect("run: maxTurns must be a positive integer or Infinity (InvalidParams, nothing set)", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const thread = yield* codex.threadStart()
        for (const maxTurns of [0, -1, 1.5, Number.NaN, -Infinity]) {
          const error = yield* Effect.flip(Stream.runDrain(Goals.run(thread, "never set", { maxTurns })))
          assert.strictEqual(error._tag, "InvalidParams")
          assert.strictEqual((error as { readonly method: string }).method, "Goals.run")
          assert.include(error.message, "maxTurns")
        }
        assert.isTrue(Option.isNone(yield* Goals.get(thread)))
      }).pipe(Effect.scoped))

    it.effect("set, get, pause and clear a goal; events without a turn", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const thread = yield* codex.threadStart()
        const updates = yield* Goals.events(thread).pipe(Stream.take(3), Stream.runCollect, Effect.fork)
        yield* Effect.sleep("50 millis")
        const goal = yield* Goals.set(thread, "say hello", { tokenBudget: 50_000 })
        assert.strictEqual(goal.status, "active")
        assert.strictEqual(goal.tokenBudget, 50_000)
        const paused = yield* Goals.pause(thread)
        assert.strictEqual(paused.status, "paused")
        assert.strictEqual(Option.getOrThrow(yield* Goals.get(thread)).objective, "say hello")
        yield* Goals.clear(thread.id)
        assert.isTrue(Option.isNone(yield* Goals.get(thread)))
        const seen = Chunk.toReadonlyArray(yield* updates.await.pipe(Effect.flatten))
        assert.deepStrictEqual(seen.map((e) => e.method), ["thread/goal/updated", "thread/goal/updated", "thread/goal/cleared"])
        // the goal turn the server started meanwhile must not outlive the test
        yield* settle(thread.id)
      }).pipe(Effect.scoped))
  })
})
