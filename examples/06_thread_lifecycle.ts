/**
 * 06 · Thread lifecycle: name a thread, read it back, list every thread (`threadListAll` pages
 * through `thread/list` as a `Stream`), fork it, archive it, unarchive it and carry on.
 *
 *   npx tsx --conditions=@effect-codex/source examples/06_thread_lifecycle.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Chunk, Console, Effect, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const listThreads = (label: string, archived = false) =>
    codex.threadListAll({ archived, limit: 10 }).pipe(
      Stream.take(10),
      Stream.runCollect,
      Effect.flatMap((threads) =>
        Console.log(`${label}: ${Chunk.join(Chunk.map(threads, (t) => `${t.name ?? t.preview} (${t.id.slice(-8)})`), ", ") || "none"}`)
      )
    )

  const thread = yield* codex.threadStart()
  const first = yield* thread.run("Suggest a name for a hiking club.")
  yield* Console.log(`answer: ${first.finalResponse}`)

  yield* thread.setName("Hiking club names")
  const { thread: info } = yield* thread.read()
  yield* Console.log(`read: "${info.name}", status ${info.status.type}, model ${info.model ?? "default"}`)
  yield* listThreads("threads")

  // A fork copies the history into a new thread; the original is untouched.
  const fork = yield* codex.threadFork(thread.id)
  const forked = yield* fork.run("Another one, more playful.")
  yield* Console.log(`fork ${fork.id.slice(-8)} answered: ${forked.finalResponse}`)
  yield* fork.setName("Hiking club names (playful)")
  yield* listThreads("threads")

  yield* codex.threadArchive(thread.id)
  yield* listThreads("after archive, threads")
  yield* listThreads("archived", true)

  yield* codex.threadUnarchive(thread.id)
  yield* listThreads("after unarchive, threads")
  // An unarchived thread is back in the list but not loaded: resume it to run turns again.
  const resumed = yield* codex.threadResume(thread.id)
  const again = yield* resumed.run("One more, please.")
  yield* Console.log(`answer: ${again.finalResponse}`)
})

program.pipe(main({
  scripts: [
    Script.text("How about “Summit Seekers”?"),
    Script.text("“Trail Mix-Ups”!"),
    Script.text("“The Switchback Society”.")
  ]
}))
