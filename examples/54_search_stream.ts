/**
 * 54 · Streamed search: `Threads.searchStream` shows the rows codex finds while it searches, then
 * the authoritative page.
 * - `Partial` updates are provisional (best effort: codex sends them only while a search takes a
 *   while, and a row may not make the final page); the `Final` page is the answer, with the cursor
 *   to the next page, and always ends the stream.
 * - Stopping the stream early (`Stream.take`, a timeout, the scope closing) cancels the search on
 *   the server.
 * - Experimental: the client needs `experimentalApi: true`.
 *
 *   npx tsx --conditions=@effect-codex/source examples/54_search_stream.ts
 */
import { Codex, Threads } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Option, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  for (const topic of ["tide tables", "tidal energy", "sourdough starters"]) {
    const thread = yield* codex.threadStart()
    yield* thread.run(`Notes on ${topic}, please.`)
    yield* thread.close
  }

  let provisional = 0
  const last = yield* Threads.searchStream("tid", { limit: 10 }).pipe(
    Stream.tap((update) => update._tag === "Partial" ? Effect.sync(() => provisional += update.data.length) : Effect.void),
    Stream.filter((update): update is Threads.SearchFinal => update._tag === "Final"),
    Stream.runLast
  )
  const page = Option.getOrThrow(last)
  yield* Console.log(`provisional rows while searching: ${provisional} (best effort)`)
  yield* Console.log(`final page (${page._tag}): ${page.data.length} threads`)
  for (const row of page.data) yield* Console.log(`  - ${row.thread.preview}`)
  yield* Console.log(`more pages: ${page.nextCursor === null || page.nextCursor === undefined ? "no" : "yes"}`)
})

program.pipe(main({ client: { experimentalApi: true }, fallback: Script.text("Here are some notes.") }))
