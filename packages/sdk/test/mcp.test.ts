import { EchoMcpServer, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Chunk, Effect, Fiber, Stream } from "effect"
import * as Codex from "../src/Codex.js"
import * as Extensions from "../src/Extensions.js"
import * as Mcp from "../src/Mcp.js"
import * as Settings from "../src/Settings.js"

/** A tiny stdio MCP server (plain node): tool `echo` (upper-cases `text`), resource `memo://greeting`. */
const extraToml = EchoMcpServer.toml("echo")

describe("Mcp, Extensions and Settings on the real app-server", () => {
  layer(TestCodex.layer({ home: { extraToml } }), { excludeTestServices: true })((it) => {
    it.effect("lists the configured MCP server with its tools, resources and auth status", () =>
      Effect.gen(function*() {
        const servers = Chunk.toReadonlyArray(yield* Stream.runCollect(Mcp.servers()))
        const echo = servers.find((s) => s.name === "echo")
        assert.isDefined(echo)
        assert.deepStrictEqual(Object.keys(echo!.tools), ["echo"])
        assert.deepStrictEqual(echo!.resources.map((r) => r.uri), ["memo://greeting"])
        assert.strictEqual(echo!.serverInfo?.name, "echo-mcp")
        assert.strictEqual(echo!.authStatus, "unsupported")
      }))

    it.effect("calls a tool and reads a resource of the MCP server", () =>
      Effect.gen(function*() {
        const codex = yield* Codex.Codex
        const thread = yield* codex.threadStart()
        const result = yield* Mcp.callTool(thread.id, "echo", "echo", { text: "shout this" })
        assert.deepStrictEqual(result.content, [{ type: "text", text: "SHOUT THIS" }])
        assert.isFalse(result.isError ?? false)
        const missing = yield* Mcp.callTool(thread.id, "echo", "whisper", {})
        assert.isTrue(missing.isError ?? false)
        const unknown = yield* Effect.flip(Mcp.callTool(thread.id, "no-such-server", "echo", {}))
        assert.include(unknown.message, "no-such-server")
        const resource = yield* Mcp.readResource("echo", "memo://greeting")
        assert.deepStrictEqual(resource.contents.map((c) => "text" in c ? c.text : undefined), ["hello from the echo MCP server"])
      }))

    it.scoped("refuses an OAuth login to a stdio server with a typed error", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Mcp.login("echo"))
        assert.strictEqual(error._tag, "InvalidRequest")
        assert.include(error.message, "OAuth")
      }))

    it.scoped("reports MCP startup as a Stream, and reloads the configuration", () =>
      Effect.gen(function*() {
        const codex = yield* Codex.Codex
        const startup = yield* Mcp.subscribeStartupUpdates
        const updates = yield* startup.pipe(
          Stream.filter((u) => u.name === "echo"),
          Stream.takeUntil((u) => u.status === "ready" || u.status === "failed"),
          Stream.runCollect,
          Effect.fork
        )
        yield* Mcp.reload
        yield* codex.threadStart()
        const seen = Chunk.toReadonlyArray(yield* Fiber.join(updates)).map((u) => u.status)
        assert.strictEqual(seen.at(-1), "ready")
      }))

    it.effect("lists skills, enables and disables one; plugins and apps are empty offline", () =>
      Effect.gen(function*() {
        const [entry] = yield* Extensions.skills()
        assert.isDefined(entry)
        const names = entry!.skills.map((s) => s.name)
        assert.include(names, "imagegen")
        assert.isFalse(yield* Extensions.setSkillEnabled({ name: "imagegen" }, false))
        const [after] = yield* Extensions.skills({ forceReload: true })
        assert.isFalse(after!.skills.find((s) => s.name === "imagegen")!.enabled)
        assert.isTrue(yield* Extensions.setSkillEnabled({ name: "imagegen" }, true))

        const plugins = yield* Extensions.plugins()
        assert.deepStrictEqual(plugins.marketplaces, [])
        const noMarketplace = yield* Effect.flip(Extensions.plugin({ pluginName: "nothing" }))
        assert.strictEqual(noMarketplace._tag, "InvalidRequest")

        assert.isTrue(Chunk.isEmpty(yield* Stream.runCollect(Extensions.apps())))
        const read = yield* Extensions.readApps(["no-such-app"])
        assert.deepStrictEqual(read.missingAppIds, ["no-such-app"])
      }))

    it.effect("reads and writes configuration: a round trip, a batch, a stale version refused", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* Settings.get("sandbox_mode"), "read-only")
        const first = yield* Settings.write("model_reasoning_effort", "high")
        assert.strictEqual(first.status, "ok")
        assert.strictEqual(yield* Settings.get("model_reasoning_effort"), "high")

        const batch = yield* Settings.writeAll([
          { keyPath: "model_reasoning_summary", value: "concise" },
          { keyPath: "model_verbosity", value: "low" }
        ], { expectedVersion: first.version })
        assert.notStrictEqual(batch.version, first.version)
        const { config, origins } = yield* Settings.read()
        assert.strictEqual(Settings.valueAt(config, "model_reasoning_summary"), "concise")
        assert.strictEqual(Settings.valueAt(config, "model_verbosity"), "low")
        assert.isDefined(origins["model_verbosity"])

        // the file changed since `first.version`: a write that expects it is refused
        const stale = yield* Effect.flip(Settings.write("model_verbosity", "high", { expectedVersion: first.version }))
        assert.include(["InvalidRequest", "JsonRpcError", "InternalError"], stale._tag)
        assert.strictEqual(yield* Settings.get("model_verbosity"), "low")

        // only the user's config.toml may be written
        const elsewhere = yield* Effect.flip(Settings.write("model_verbosity", "high", { filePath: "/tmp/not-the-user-config.toml" }))
        assert.strictEqual(elsewhere._tag, "InvalidRequest")
        assert.include(elsewhere.message, "user config")

        // values JSON cannot carry (they would silently become null, or vanish) are refused, nothing written
        for (const value of [Number.NaN, Infinity, { nested: [1, undefined] }]) {
          const bad = yield* Effect.flip(Settings.write("model_verbosity", value))
          assert.strictEqual(bad._tag, "InvalidParams")
        }
        const badBatch = yield* Effect.flip(Settings.writeAll([{ keyPath: "model_verbosity", value: Number.NaN }]))
        assert.strictEqual(badBatch._tag, "InvalidParams")
        assert.strictEqual(yield* Settings.get("model_verbosity"), "low")
        // own keys only
        assert.isUndefined(yield* Settings.get("__proto__"))
        assert.isUndefined(yield* Settings.get("model_verbosity.constructor"))
      }))
  })
})
