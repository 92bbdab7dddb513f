/**
 * 52 · Thread history: page through a thread's turns and items as Streams, roll it back, name it,
 * delete it, and search stored threads.
 * - `Threads.turns` / `Threads.items` request the next page only as the stream is pulled.
 * - `Threads.revert(threadId, beforeTurnId)` drops that turn and every later one.
 * - `Threads.search` is experimental: without `experimentalApi: true` in the client options it
 *   fails with a typed `InvalidRequest` that says so.
 *
 *   npx tsx --conditions=@effect-codex/source examples/52_thread_history.ts
 */
import { Codex, Threads } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Chunk, Console, Effect, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const prompts = ["Name a fruit.", "Name a vegetable.", "Name a grain."]
  for (const prompt of prompts) {
    const result = yield* thread.run(prompt)
    yield* Console.log(`> ${prompt} ${result.finalResponse}`)
  }

  // oldest first, one turn per page
  const turns = yield* Stream.runCollect(Threads.turns(thread.id, { sortDirection: "asc", limit: 1 }))
  yield* Console.log(`${turns.length} turns, paged one at a time`)

  const answers = yield* Threads.items(thread.id).pipe(
    Stream.filter((entry) => entry.item.type === "agentMessage"),
    Stream.map((entry) => (entry.item as { readonly text: string }).text),
    Stream.runCollect
  )
  yield* Console.log(`answers in the history: ${Chunk.join(answers, ", ")}`)

  // roll back the last two turns
  yield* Threads.revert(thread.id, Chunk.unsafeGet(turns, 1).id)
  const left = yield* Stream.runCollect(Threads.turns(thread.id))
  yield* Console.log(`after revert: ${left.length} turn left`)

  yield* Threads.setName(thread.id, "produce")
  yield* Console.log(`named: ${(yield* codex.rpc.thread.read({ threadId: thread.id })).thread.name}`)

  const search = yield* Effect.flip(Stream.runCollect(Threads.search("fruit")))
  yield* Console.log(`search without experimentalApi: ${search._tag} (${search.message.includes("experimentalApi") ? "needs experimentalApi" : search.message})`)

  yield* Threads.remove(thread.id)
  const gone = yield* Effect.flip(codex.rpc.thread.read({ threadId: thread.id }))
  yield* Console.log(`deleted: reading it fails with ${gone._tag}`)
})

program.pipe(main({ scripts: [Script.text("Apple."), Script.text("Carrot."), Script.text("Rice.")] }))
