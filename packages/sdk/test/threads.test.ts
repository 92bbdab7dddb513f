import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Threads from "../src/Threads.js"
import { setup } from "./utils/setup.js"

const { Script } = FakeResponses

/** A thread with three turns: "first pineapple", "second", "third". */
const threeTurns = Effect.gen(function*() {
  const { codex, server } = yield* setup(Script.text("one"), Script.text("two"), Script.text("three"))
  const thread = yield* codex.threadStart()
  const results = [
    yield* thread.run("first pineapple"),
    yield* thread.run("second"),
    yield* thread.run("third")
  ]
  return { codex, server, thread, turnIds: results.map((r) => r.id) }
})

const requestsSent = Effect.map(Effect.flatMap(AppServer.AppServer, (s) => s.stats), (s) => s.requestsSent)

const userTexts = (turn: { readonly items: ReadonlyArray<{ readonly type: string }> }) =>
  turn.items.flatMap((item) =>
    item.type === "userMessage"
      ? (item as unknown as { content: ReadonlyArray<{ type: string; text?: string }> }).content.flatMap((c) => c.text ?? [])
      : []
  )

describe("Threads on the real app-server", () => {
  layer(TestCodex.layer({ client: { experimentalApi: true } }), { excludeTestServices: true })((it) => {
    it.effect("pages a thread's turns as a Stream, one request per page, as pulled", () =>
      Effect.gen(function*() {
        const { thread, turnIds } = yield* threeTurns
        const before = yield* requestsSent
        const turns = yield* Stream.runCollect(Threads.turns(thread.id, { limit: 1, sortDirection: "asc", itemsView: "full" }))
        assert.deepStrictEqual(Chunk.toReadonlyArray(turns).map((t) => t.id), turnIds)
        assert.deepStrictEqual(Chunk.toReadonlyArray(turns).map(userTexts), [["first pineapple"], ["second"], ["third"]])
        assert.isAtLeast((yield* requestsSent) - before, 3)

        // newest first by default; taking one sends one request
        const mid = yield* requestsSent
        const newest = yield* Threads.turns(thread.id, { limit: 1 }).pipe(Stream.take(1), Stream.runCollect)
        assert.strictEqual(Chunk.unsafeHead(newest).id, turnIds[2])
        assert.strictEqual((yield* requestsSent) - mid, 1)
      }))

    it.effect("pages a thread's items, and one turn's", () =>
      Effect.gen(function*() {
        const { thread, turnIds } = yield* threeTurns
        const all = Chunk.toReadonlyArray(yield* Stream.runCollect(Threads.items(thread.id, { limit: 2 })))
        assert.deepStrictEqual([...new Set(all.map((e) => e.turnId))], turnIds)
        const agent = all.filter((e) => e.item.type === "agentMessage").map((e) => (e.item as { text: string }).text)
        assert.deepStrictEqual(agent, ["one", "two", "three"])
        const second = Chunk.toReadonlyArray(yield* Stream.runCollect(Threads.items(thread.id, { turnId: turnIds[1]! })))
        assert.isAbove(second.length, 0)
        assert.isTrue(second.every((e) => e.turnId === turnIds[1]))
      }))

    it.effect("reverts a thread to before a turn: that turn and the later ones are gone", () =>
      Effect.gen(function*() {
        const { thread, turnIds } = yield* threeTurns
        const reverted = yield* Threads.revert(thread.id, turnIds[1]!)
        assert.strictEqual(reverted.thread.id, thread.id)
        const left = yield* Stream.runCollect(Threads.turns(thread.id, { sortDirection: "asc" }))
        assert.deepStrictEqual(Chunk.toReadonlyArray(left).map((t) => t.id), [turnIds[0]])
      }))

    it.effect("names a thread and updates its metadata", () =>
      Effect.gen(function*() {
        const { codex, thread } = yield* threeTurns
        yield* Threads.setName(thread.id, "pineapple research")
        const read = yield* codex.rpc.thread.read({ threadId: thread.id })
        assert.strictEqual(read.thread.name, "pineapple research")
        const updated = yield* Threads.updateMetadata(thread.id, { gitInfo: { branch: "feature/x" } })
        assert.strictEqual(updated.gitInfo?.branch, "feature/x")
      }))

    it.effect("searches stored threads as a Stream (experimental)", () =>
      Effect.gen(function*() {
        const { thread } = yield* threeTurns
        const hits = Chunk.toReadonlyArray(yield* Stream.runCollect(Threads.search("pineapple")))
        assert.include(hits.map((h) => h.thread.id), thread.id)
        const occurrences = Chunk.toReadonlyArray(yield* Stream.runCollect(Threads.occurrences(thread.id, "pineapple")))
        assert.isAbove(occurrences.length, 0)
      }))

    it.effect("deletes a thread: it can no longer be read", () =>
      Effect.gen(function*() {
        const { codex, thread } = yield* threeTurns
        yield* Threads.remove(thread.id)
        const error = yield* Effect.flip(codex.rpc.thread.read({ threadId: thread.id }))
        assert.strictEqual(error._tag, "InvalidRequest")
      }))

    it.effect("an unknown thread fails the stream with InvalidRequest", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Stream.runCollect(Threads.turns("00000000-0000-0000-0000-000000000000")))
        assert.strictEqual(error._tag, "InvalidRequest")
      }))
  })
})
