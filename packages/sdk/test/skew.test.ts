/**
 * Version skew against real binaries: the golden path runs against the pinned binary and against
 * the previous release installed side by side (`"codex-previous": "npm:@openai/codex@<previous>"`),
 * and the server-version policy (`versionCheck`) is checked against the real older server.
 */
import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Context, Effect, Layer, Logger, Stream } from "effect"
import * as Codex from "../src/Codex.js"
import * as CodexBinary from "../src/CodexBinary.js"
import type * as AppServerConfig from "../src/AppServerConfig.js"

const { Item, Script } = FakeResponses

const binaries = [
  { label: "the pinned binary", binary: CodexBinary.resolve(), pinned: true },
  { label: "the previous release (codex-previous)", binary: CodexBinary.resolvePackage("codex-previous"), pinned: false }
] as const

const withBinary = (binary: Effect.Effect<CodexBinary.ResolvedBinary, CodexBinary.CodexBinaryNotFound>, client: AppServerConfig.Options = {}) =>
  Layer.unwrapEffect(Effect.map(binary, (b) => TestCodex.layer({ client: { binaryPath: b.path, ...client } })))

for (const { binary, label, pinned } of binaries) {
  describe(`the golden path against ${label}`, () => {
    // the defaults a user gets: versionCheck "warn", resultDecoding "lenient"
    layer(withBinary(binary), { excludeTestServices: true })((it) => {
      it.effect("starts, reports the server's version, runs turns, lists threads and models", () =>
        Effect.gen(function*() {
          const codex = yield* Codex.Codex
          const fake = yield* FakeResponses.FakeResponses
          const version = (yield* binary).version
          assert.strictEqual(codex.metadata.serverVersion, version)
          assert.strictEqual(version === CodexBinary.pinnedVersion, pinned)
          yield* fake.enqueue(
            Script.reply([Item.message("Thinking.", { phase: "commentary" }), Item.message("Hello there!", { phase: "final_answer" })]),
            Script.text(["Str", "eam", "ing!"])
          )
          const thread = yield* codex.threadStart()
          const result = yield* thread.run("Say hello")
          assert.strictEqual(result.status, "completed")
          assert.strictEqual(result.finalResponse, "Hello there!")
          assert.deepStrictEqual(
            result.items.flatMap((i) => (i.type === "agentMessage" ? [i.text] : [])),
            ["Thinking.", "Hello there!"]
          )
          const streamed = yield* Effect.scoped(Effect.gen(function*() {
            const turn = yield* thread.turn("again")
            const deltas = yield* Stream.runCollect(turn.textDeltas)
            return [[...deltas].join(""), (yield* turn.run).finalResponse] as const
          }))
          assert.deepStrictEqual(streamed, ["Streaming!", "Streaming!"])
          const listed = yield* codex.threadList({})
          assert.include(listed.data.map((t) => t.id), thread.id)
          const models = yield* codex.models({})
          assert.isAbove(models.data.length, 0)
        }), { timeout: 120_000 })
    })
  })
}

describe("the server-version policy against the previous release", () => {
  const previous = CodexBinary.resolvePackage("codex-previous")

  it.live("versionCheck: \"fail\" refuses to start, naming both versions", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Effect.scoped(Layer.build(withBinary(previous, { versionCheck: "fail" }))))
      assert.strictEqual(error._tag, "AppServerStartFailed")
      if (error._tag !== "AppServerStartFailed") return
      assert.strictEqual(error.reason, "VersionMismatch")
      assert.include(error.message, (yield* previous).version!)
      assert.include(error.message, CodexBinary.pinnedVersion)
    }), { timeout: 60_000 })

  it.live("versionCheck: \"warn\" (the default) starts and warns once; \"ignore\" starts silently", () =>
    Effect.gen(function*() {
      const warnings = (policy: "warn" | "ignore") =>
        Effect.gen(function*() {
          const logs: Array<string> = []
          const collect = Logger.replace(Logger.defaultLogger, Logger.make(({ logLevel, message }) => {
            if (logLevel.label === "WARN") logs.push(Array.isArray(message) ? message.join(" ") : String(message))
          }))
          const codex = yield* Effect.scoped(
            Effect.map(Layer.build(withBinary(previous, { versionCheck: policy })), (ctx) => Context.get(ctx, Codex.Codex)).pipe(Effect.provide(collect))
          )
          assert.strictEqual(codex.metadata.serverVersion, (yield* previous).version)
          return logs.filter((l) => l.includes("differs from"))
        })
      assert.strictEqual((yield* warnings("warn")).length, 1)
      assert.deepStrictEqual(yield* warnings("ignore"), [])
    }), { timeout: 60_000 })
})
