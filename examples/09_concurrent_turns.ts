/**
 * 09 · Concurrent turns: two threads on one app-server, their turns running at the same time
 * with `Effect.all({ concurrency })`. Each turn's events are routed by turn id, so nothing mixes.
 *
 *   npx tsx --conditions=@effect-codex/source examples/09_concurrent_turns.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Duration, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const ask = (prompt: string) =>
  Effect.gen(function*() {
    const codex = yield* Codex.Codex
    const thread = yield* codex.threadStart()
    const [elapsed, result] = yield* Effect.timed(thread.run(prompt))
    return { thread: thread.id, prompt, answer: result.finalResponse, millis: Duration.toMillis(elapsed) }
  })

const program = Effect.gen(function*() {
  const [elapsed, answers] = yield* Effect.all([
    ask("Suggest a name for a sailing boat. Just the name."),
    ask("Suggest a name for a mountain cabin. Just the name.")
  ], { concurrency: 2 }).pipe(Effect.timed)

  for (const { answer, millis, prompt, thread } of answers) {
    yield* Console.log(`[thread …${thread.slice(-8)}] ${prompt} → ${answer} (${Math.round(millis)} ms)`)
  }
  yield* Console.log(`both turns done in ${Math.round(Duration.toMillis(elapsed))} ms`)
})

// The scripted model answers requests in arrival order, so both answers fit either question.
program.pipe(main({ scripts: [FakeResponses.Script.text("Northwind"), FakeResponses.Script.text("Driftwood")] }))
