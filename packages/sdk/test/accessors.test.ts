import { CodexHome, FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Config, ConfigProvider, Effect, Layer, Stream } from "effect"
import * as Codex from "../src/Codex.js"
import { setup } from "./utils/setup.js"

const Script = FakeResponses.Script

describe("Codex accessors (module functions requiring Codex)", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("a first program is one pipe", () =>
      Effect.gen(function*() {
        yield* setup(Script.text("Hello!"))
        const answer = yield* Codex.threadStart().pipe(
          Effect.flatMap((thread) => thread.run("Say hello")),
          Effect.map((result) => result.finalResponse)
        )
        assert.strictEqual(answer, "Hello!")
      }))

    it.effect("each accessor reaches the same service", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text("one"))
        const thread = yield* Codex.threadStart({ ephemeral: false })
        yield* thread.run("hi")
        const again = yield* Codex.thread(thread.id)
        assert.strictEqual(again.id, thread.id)
        const read = yield* Codex.request("thread/read", { threadId: thread.id, includeTurns: true })
        assert.strictEqual(read.thread.turns.length, 1)
        assert.deepStrictEqual(yield* Codex.metadata, codex.metadata)
        const models = yield* Codex.models()
        assert.deepStrictEqual(models.data.map((m) => m.id), (yield* codex.models()).data.map((m) => m.id))
        const listed = yield* Codex.threadListAll().pipe(Stream.filter((t) => t.id === thread.id), Stream.runCollect)
        assert.strictEqual(Chunk.size(listed), 1)
        const page = yield* Codex.threadList({ limit: 100 })
        assert.isTrue(page.data.some((t) => t.id === thread.id))
      }))
  })
})

describe("Codex.layerConfig", () => {
  const provider = (entries: ReadonlyArray<readonly [string, string]>) =>
    Layer.setConfigProvider(ConfigProvider.fromMap(new Map(entries)))

  it.live("takes a Config per option (Config.Wrap) and starts the client with them", () =>
    Effect.gen(function*() {
      const fake = yield* FakeResponses.FakeResponses
      yield* fake.enqueue(Script.text("configured"))
      const home = yield* CodexHome.CodexHome
      const client = Codex.layerConfig({
        cwd: Config.string("MY_CWD"),
        env: Config.succeed(home.env),
        requestTimeout: Config.duration("MY_TIMEOUT")
      }).pipe(Layer.provide(provider([["MY_CWD", home.path], ["MY_TIMEOUT", "30 seconds"]])))
      const answer = yield* Codex.threadStart().pipe(
        Effect.flatMap((thread) => thread.run("hi")),
        Effect.map((result) => result.finalResponse),
        Effect.provide(client)
      )
      assert.strictEqual(answer, "configured")
    }).pipe(
      Effect.provide(CodexHome.layer.pipe(Layer.provideMerge(FakeResponses.layer))),
      Effect.scoped
    ))

  it.live("a missing or malformed value fails with a ConfigError, before anything is spawned", () =>
    Effect.gen(function*() {
      const missing = yield* Codex.metadata.pipe(
        Effect.provide(Codex.layerConfig({ binaryPath: Config.string("NOT_SET") }).pipe(Layer.provide(provider([])))),
        Effect.flip
      )
      assert.strictEqual(missing._tag, "ConfigError")
      assert.include(String(missing), "NOT_SET")
      const malformed = yield* Codex.metadata.pipe(
        Effect.provide(
          Codex.layerConfig({ maxRequestsInFlight: Config.integer("N") }).pipe(Layer.provide(provider([["N", "many"]])))
        ),
        Effect.flip
      )
      assert.strictEqual(malformed._tag, "ConfigError")
    }))

  it.live("still takes a Config of all the options", () =>
    Effect.gen(function*() {
      const error = yield* Codex.metadata.pipe(
        Effect.provide(Codex.layerConfig(Config.all({ binaryPath: Config.string("NOT_SET") })).pipe(Layer.provide(provider([])))),
        Effect.flip
      )
      assert.strictEqual(error._tag, "ConfigError")
    }))
})
