import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Effect, Stream } from "effect"
import * as Codex from "../src/Codex.js"

const usage = { inputTokens: 11, outputTokens: 7, totalTokens: 18 }

describe("Codex against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("runs a turn: final response, items, usage, timings", () =>
      Effect.gen(function*() {
        const fake = yield* FakeResponses.FakeResponses
        yield* fake.enqueue(FakeResponses.Script.reply([
          FakeResponses.Item.message("Let me think.", { phase: "commentary" }),
          FakeResponses.Item.message("Hello there!", { phase: "final_answer" })
        ], { usage }))
        const codex = yield* Codex.Codex
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
      }))

    it.effect("streams text deltas of a turn", () =>
      Effect.gen(function*() {
        const fake = yield* FakeResponses.FakeResponses
        yield* fake.enqueue(FakeResponses.Script.text(["Str", "eam", "ing!"]))
        const codex = yield* Codex.Codex
        const thread = yield* codex.threadStart()
        const text = yield* Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("go")
          const deltas = yield* Stream.runCollect(turn.textDeltas)
          const result = yield* turn.run
          assert.strictEqual(result.finalResponse, "Streaming!")
          return [...deltas].join("")
        }))
        assert.strictEqual(text, "Streaming!")
      }))
  })
})
