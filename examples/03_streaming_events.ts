/**
 * 03 · Streaming events: start a turn with `thread.turn` and consume its event `Stream` as the
 * server pushes it — turn and item lifecycle, reasoning summary and answer deltas, token usage —
 * then take the turn's result with `turn.run`.
 *
 *   npx tsx --conditions=@effect-codex/source examples/03_streaming_events.ts
 */
import { Codex, type Events } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const write = (text: string) => Effect.sync(() => process.stdout.write(text))

const show = (event: Events.Event): Effect.Effect<void> => {
  if (event._tag !== "Notification") return Console.log(`[${event._tag}] ${event.method}`)
  switch (event.method) {
    case "turn/started":
      return Console.log(`▶ turn ${event.params.turn.id} started`)
    case "item/started":
      return Console.log(`  + ${event.params.item.type}`)
    case "item/reasoning/summaryTextDelta":
    case "item/agentMessage/delta":
      return write(event.params.delta)
    case "item/completed":
      return event.params.item.type === "agentMessage" || event.params.item.type === "reasoning"
        ? write(`\n  ✓ ${event.params.item.type}\n`)
        : Console.log(`  ✓ ${event.params.item.type}`)
    case "thread/tokenUsage/updated":
      return Console.log(`  tokens: ${event.params.tokenUsage.last.totalTokens}`)
    case "turn/completed":
      return Console.log(`■ turn ${event.params.turn.status}`)
    default:
      return Console.log(`  (${event.method})`)
  }
}

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  // The turn lives in a scope: leaving it before the turn completes interrupts the turn.
  const result = yield* Effect.scoped(Effect.gen(function*() {
    const turn = yield* thread.turn("Explain in one sentence why the sky is blue.")
    yield* Stream.runForEach(turn.stream, show)
    return yield* turn.run
  }))
  yield* Console.log(`final response: ${result.finalResponse}`)
})

program.pipe(main({
  scripts: [
    FakeResponses.Script.reasoning(
      "Recalling Rayleigh scattering.",
      "Air molecules scatter short blue wavelengths of sunlight much more than red ones, so blue light reaches us from all over the sky.",
      { usage: { inputTokens: 900, outputTokens: 40 }, chunks: 5 }
    )
  ]
}))
