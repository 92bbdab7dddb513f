/**
 * The demo (`npm run demo`, which runs `npm ci` first): a three-turn conversation with Codex on one thread, each answer
 * streamed to the terminal as it arrives, and the thread's token usage at the end. It runs the
 * real `codex app-server`: with your Codex credentials against your model, otherwise offline
 * against a scripted local model.
 *
 *   npx tsx --conditions=@effect-codex/source examples/demo.ts
 */
import { Codex, type Thread } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const questions = [
  "In two sentences: what is Effect, the TypeScript library?",
  "Why would it suit a client for a JSON-RPC server running as a child process?",
  "Sum it up in five words."
]

const write = (text: string) => Effect.sync(() => process.stdout.write(text))

/** Asks one question, printing the answer as it streams. */
const ask = (thread: Thread.Thread, question: string) =>
  Effect.scoped(Effect.gen(function*() {
    yield* Console.log(`\n> ${question}`)
    const turn = yield* thread.turn(question)
    yield* Stream.runForEach(turn.textDeltas, write)
    yield* write("\n")
    return yield* turn.run
  }))

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  yield* Console.log(`codex ${codex.metadata.serverVersion}, thread ${thread.id}`)
  const results = yield* Effect.forEach(questions, (question) => ask(thread, question))

  const usage = results.at(-1)?.usage
  if (usage === null || usage === undefined) return yield* Console.log("\n(no token usage reported)")
  const { total } = usage
  yield* Console.log(
    `\ntoken usage: ${total.inputTokens} input (${total.cachedInputTokens} cached), ${total.outputTokens} output` +
      ` (${total.reasoningOutputTokens} reasoning), ${total.totalTokens} total`
  )
})

const { Script } = FakeResponses
program.pipe(main({
  scripts: [
    Script.text(
      "Effect is a TypeScript library for building programs as typed, composable descriptions of effects. " +
        "It tracks success, failure and requirements in the types and comes with fibers, streams, schedules and resource safety.",
      { chunks: 12, usage: { inputTokens: 2400, cachedTokens: 0, outputTokens: 52 } }
    ),
    Script.reasoning(
      "Mapping Effect features to process and protocol concerns.",
      "The child process becomes a scoped resource that is always shut down, every request is an Effect with typed errors " +
        "and a timeout, and the server's notifications become Streams that interruption cleans up.",
      { chunks: 12, usage: { inputTokens: 2520, cachedTokens: 2304, outputTokens: 61, reasoningTokens: 14 } }
    ),
    Script.text("Typed, scoped, streaming, interruptible, composable.", {
      chunks: 5,
      usage: { inputTokens: 2610, cachedTokens: 2496, outputTokens: 12 }
    })
  ]
}))
