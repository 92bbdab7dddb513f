/**
 * 11 · CLI mini app: a chat in the terminal. Each line you type is a turn on one thread; the answer
 * is printed as it streams (`turn.textDeltas`). `/exit` or end of input (Ctrl-D) quits; Ctrl-C
 * interrupts the running turn and quits. Works with piped input too:
 *
 *   npx tsx --conditions=@effect-codex/source examples/11_cli_mini_app.ts
 *   printf 'hi\nwhat can you do?\n' | npx tsx --conditions=@effect-codex/source examples/11_cli_mini_app.ts
 */
import { Codex, type Thread } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Stream } from "effect"
import * as Readline from "node:readline"
import { main } from "./_shared/runtime.js"

const interactive = process.stdin.isTTY === true
const write = (text: string) => Effect.sync(() => process.stdout.write(text))

/** The lines of stdin, as a `Stream`; the readline interface is closed when the stream ends. */
const lines = Stream.acquireRelease(
  Effect.sync(() => Readline.createInterface({ input: process.stdin, terminal: false })),
  (rl) => Effect.sync(() => rl.close())
).pipe(Stream.flatMap((rl) => Stream.fromAsyncIterable(rl, (error) => error)))

/** One turn: stream its text, then print its token count. */
const reply = (thread: Thread.Thread, line: string) =>
  Effect.scoped(Effect.gen(function*() {
    const turn = yield* thread.turn(line)
    yield* write("codex> ")
    yield* Stream.runForEach(turn.textDeltas, write)
    const result = yield* turn.run
    yield* Console.log(result.usage === null ? "" : `\n        (${result.usage.last.totalTokens} tokens)`)
  })).pipe(Effect.catchTag("TurnFailed", (error) => Console.log(`\n[turn failed: ${error.error?.message}]`)))

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  yield* Console.log("Chat with Codex. /exit or Ctrl-D to quit.")
  if (interactive) yield* write("you> ")
  yield* lines.pipe(
    Stream.map((line) => line.trim()),
    Stream.takeWhile((line) => line !== "/exit" && line !== "/quit"),
    Stream.filter((line) => line !== ""),
    Stream.runForEach((line) =>
      Effect.gen(function*() {
        if (!interactive) yield* Console.log(`you> ${line}`)
        yield* reply(thread, line)
        if (interactive) yield* write("you> ")
      })
    )
  )
  yield* Console.log(interactive ? "\nbye" : "bye")
})

const { Script } = FakeResponses
program.pipe(main({
  scripts: [
    Script.text("Hello! What are we building today?", { chunks: 6, usage: { inputTokens: 310, outputTokens: 9 } }),
    Script.text("I can read and write code, run commands in a sandbox, and explain what I did.", {
      chunks: 8,
      usage: { inputTokens: 350, outputTokens: 18 }
    })
  ],
  fallback: Script.text("(the scripted model has nothing more to say)", { usage: { inputTokens: 380, outputTokens: 9 } })
}))
