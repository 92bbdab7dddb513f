/**
 * 05 · Resume an existing thread: continue a conversation by its thread id with `threadResume`.
 * Threads are stored in the Codex home, so an id from an earlier session works too:
 *
 *   npx tsx --conditions=@effect-codex/source examples/05_resume_existing_thread.ts              # starts a thread, then resumes it
 *   npx tsx --conditions=@effect-codex/source examples/05_resume_existing_thread.ts <thread-id>  # resumes one of yours
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

/** Starts a thread with a fact to remember, and returns only its id. */
const firstSession = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const result = yield* thread.run("My favourite language is OCaml. Please remember it.")
  yield* Console.log(`[thread ${thread.id}] ${result.finalResponse}`)
  return thread.id
})

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const threadId = process.argv[2] ?? (yield* firstSession)

  const thread = yield* codex.threadResume(threadId).pipe(
    Effect.catchTag("InvalidRequest", (error) => Effect.fail(`cannot resume ${threadId}: ${error.message}`))
  )
  const { thread: info } = yield* thread.read({ includeTurns: true })
  yield* Console.log(`resumed ${info.id}: ${info.turns.length} earlier turn(s), preview "${info.preview}"`)

  const result = yield* thread.run("What is my favourite language?")
  yield* Console.log(`[thread ${thread.id}] ${result.finalResponse}`)
})

program.pipe(main({
  scripts: [
    Script.text("Noted: your favourite language is OCaml."),
    Script.text("Your favourite language is OCaml.")
  ]
}))
