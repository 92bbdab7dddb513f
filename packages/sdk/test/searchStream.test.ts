import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, Effect, Layer, Metric, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Codex from "../src/Codex.js"
import * as Metrics from "../src/Metrics.js"
import * as Threads from "../src/Threads.js"

const { Script } = FakeResponses

// codex sends partial rows only while a search takes a while: a few hundred stored threads.
// Forks copy a thread's history without a model call, so they are the cheap way to add volume;
// codex leaves them out of the final page (they match, and show up in partials), so each term
// also has threads of its own turns to fill two final pages.
const THREADS_PER_TERM = 12
const FORKS_PER_TERM = 150

const storedThreads = Layer.effectDiscard(Effect.gen(function*() {
  const codex = yield* Codex.Codex
  for (const term of ["pineapple", "mango"]) {
    const seeds = yield* Effect.forEach(
      Array.from({ length: THREADS_PER_TERM }, (_, i) => i),
      (i) =>
        Effect.gen(function*() {
          const thread = yield* codex.threadStart()
          yield* thread.run(`tell me about ${term}s, number ${i}`)
          yield* thread.close
          return thread.id
        }),
      { concurrency: 4 }
    )
    yield* Effect.forEach(
      Array.from({ length: FORKS_PER_TERM }, (_, i) => seeds[i % seeds.length]!),
      (seed) => Effect.flatMap(codex.threadFork(seed), (fork) => fork.close),
      { concurrency: 8, discard: true }
    )
  }
}))

type Update = Threads.SearchUpdate

const partials = (updates: ReadonlyArray<Update>) => updates.filter((u): u is Threads.SearchPartial => u._tag === "Partial")

const rowsMatch = (updates: ReadonlyArray<Update>, term: string) =>
  updates.every((u) => u.data.every((row) => row.thread.preview.includes(term)))

/**
 * Runs a search until the server sent at least one partial for it: codex sends them best effort
 * (none when the search ends quickly), so a run without any says nothing about the SDK.
 */
const searchWithPartials = (term: string, options: Threads.SearchStreamOptions = {}) =>
  Stream.runCollect(Threads.searchStream(term, options)).pipe(
    Effect.map(Chunk.toReadonlyArray),
    Effect.repeat({ until: (updates) => partials(updates).length > 0, times: 30 })
  )

const count = (metric: Metric.Metric.Counter<number>) => Effect.map(Metric.value(metric), (state) => state.count)
const cancels = Metrics.requests.pipe(
  Metric.tagged("method", "thread/search/stream/cancel"),
  Metric.tagged("outcome", "ok")
)

describe("Threads.searchStream on the real app-server, with 324 stored threads", () => {
  const codex = TestCodex.layer({ client: { experimentalApi: true }, fallback: Script.text("noted") })
  layer(storedThreads.pipe(Layer.provideMerge(codex)), { excludeTestServices: true, timeout: 120_000 })((it) => {
    it.effect("emits the server's provisional rows for this search, then the final page, and ends there", () =>
      Effect.gen(function*() {
        const updates = yield* searchWithPartials("pineapple", { limit: 10 })
        assert.isAbove(partials(updates).length, 0, "codex sent no partial in 30 searches")
        // partials first, then exactly one final page, last
        const last = updates[updates.length - 1]!
        assert.strictEqual(last._tag, "Final")
        assert.strictEqual(updates.filter((u) => u._tag === "Final").length, 1)
        assert.strictEqual(last.data.length, 10)
        assert.isString((last as Threads.SearchFinal).nextCursor)
        // provisional rows are matches, each sent once
        assert.isTrue(rowsMatch(updates, "pineapple"))
        const ids = partials(updates).flatMap((p) => p.data.map((row) => row.thread.id))
        assert.strictEqual(new Set(ids).size, ids.length)

        // the final page's cursor reads the next page
        const next = yield* Stream.runLast(Threads.searchStream("pineapple", {
          limit: 10,
          cursor: (last as Threads.SearchFinal).nextCursor ?? null
        }))
        const page2 = next._tag === "Some" ? next.value : undefined
        assert.strictEqual(page2?._tag, "Final")
        const first = new Set(last.data.map((row) => row.thread.id))
        assert.isTrue(page2!.data.every((row) => !first.has(row.thread.id)))
      }))

    it.effect("concurrent searches each get their own partials (matched by request id)", () =>
      Effect.gen(function*() {
        const [pineapples, mangos] = yield* Effect.all([
          searchWithPartials("pineapple"),
          searchWithPartials("mango")
        ], { concurrency: 2 })
        assert.isAbove(partials(pineapples).length, 0)
        assert.isAbove(partials(mangos).length, 0)
        assert.isTrue(rowsMatch(pineapples, "pineapple"), "a mango row reached the pineapple search")
        assert.isTrue(rowsMatch(mangos, "mango"), "a pineapple row reached the mango search")
      }))

    it.effect("stopping at the first partial cancels the search on the server; a finished one is not cancelled", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        // a finished search: nothing to cancel
        const before = yield* count(cancels)
        yield* Stream.runDrain(Threads.searchStream("pineapple"))
        assert.strictEqual(yield* count(cancels), before)

        // taking one update: when it is a partial the search is still running and gets cancelled
        let first: Update | undefined
        let attempts = 0
        while (first?._tag !== "Partial" && attempts++ < 30) {
          const taken = yield* Threads.searchStream("mango").pipe(Stream.take(1), Stream.runCollect)
          first = Chunk.unsafeHead(taken)
          if (first._tag === "Final") assert.strictEqual(yield* count(cancels), before)
        }
        assert.strictEqual(first?._tag, "Partial", "codex sent no partial in 30 searches")
        assert.strictEqual(yield* count(cancels), before + 1)
        assert.strictEqual((yield* server.stats).pendingRequests, 0)

        // the connection goes on
        const again = yield* Stream.runLast(Threads.searchStream("mango", { limit: 5 }))
        assert.strictEqual(again._tag === "Some" ? again.value.data.length : -1, 5)
      }))

    it.effect("bad input fails the stream at once with the server's typed error", () =>
      Effect.gen(function*() {
        const blank = yield* Effect.flip(Stream.runCollect(Threads.searchStream("   ")))
        assert.strictEqual(blank._tag, "InvalidRequest")
        const huge = yield* Effect.flip(Stream.runCollect(Threads.searchStream("x".repeat(70_000))))
        assert.strictEqual(huge._tag, "InvalidParams")
        assert.include(huge.message, "65536")
      }))
  })
})

describe("Threads.searchStream without experimentalApi", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("fails with InvalidRequest naming experimentalApi", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Stream.runCollect(Threads.searchStream("anything")))
        assert.strictEqual(error._tag, "InvalidRequest")
        assert.include(error.message, "experimentalApi")
      }))
  })
})

describe("Threads.searchStream whose request the client gives up on", () => {
  // a request timeout no reply can meet: the search may still run on the server
  layer(TestCodex.layer({ client: { experimentalApi: true, requestTimeout: "1 micros" } }), { excludeTestServices: true })((it) => {
    it.effect("fails with RequestTimeout and cancels the search on the server", () =>
      Effect.gen(function*() {
        const before = yield* count(cancels)
        const error = yield* Effect.flip(Stream.runCollect(Threads.searchStream("anything")))
        assert.strictEqual(error._tag, "RequestTimeout")
        assert.strictEqual(yield* count(cancels), before + 1)
      }))
  })
})
