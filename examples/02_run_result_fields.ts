/**
 * 02 · Run result fields: everything `thread.run` returns — the final response (the last
 * `final_answer` message; commentary never counts), every completed item, token usage, status
 * and timings.
 *
 *   npx tsx --conditions=@effect-codex/source examples/02_run_result_fields.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const { Item, Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const result = yield* thread.run("What is 6 × 7? Answer in one short sentence.")

  yield* Console.log(`turn id:        ${result.id}`)
  yield* Console.log(`thread id:      ${result.threadId}`)
  yield* Console.log(`status:         ${result.status}`)
  yield* Console.log(`error:          ${result.error?.message ?? "none"}`)
  yield* Console.log(`final response: ${result.finalResponse}`)
  yield* Console.log(`duration:       ${result.durationMs ?? "?"} ms`)
  yield* Console.log(`items (${result.items.length}):`)
  for (const item of result.items) {
    const detail = item.type === "agentMessage"
      ? `[${item.phase ?? "no phase"}] ${item.text}`
      : item.type === "userMessage"
      ? item.content.map((c) => (c.type === "text" ? c.text : `<${c.type}>`)).join(" ")
      : ""
    yield* Console.log(`  - ${item.type} ${detail}`)
  }
  if (result.usage !== null) {
    const { last, total } = result.usage
    yield* Console.log(
      `usage (this turn): input ${last.inputTokens} (cached ${last.cachedInputTokens}), output ${last.outputTokens}, total ${last.totalTokens}`
    )
    yield* Console.log(`usage (thread):    total ${total.totalTokens}`)
  }
})

program.pipe(main({
  scripts: [
    Script.reply([
      Item.message("Multiplying 6 by 7.", { phase: "commentary" }),
      Item.message("6 × 7 = 42.", { phase: "final_answer" })
    ], { usage: { inputTokens: 1200, cachedTokens: 1024, outputTokens: 18 } })
  ]
}))
