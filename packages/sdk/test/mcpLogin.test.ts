/**
 * The OAuth login handle of `Mcp.login` on the scripted fake app-server: offline, the real one
 * cannot complete an OAuth login (it needs a streamable HTTP MCP server and a browser).
 */
import { FakeAppServer } from "@effect-codex/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Mcp from "../src/Mcp.js"
import { onFake } from "./utils/setup.js"

describe("Mcp.login on the scripted fake app-server", () => {
  it.scopedLive("a completion sent before the reply is not lost", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({ rules: [
        FakeAppServer.on(
          "mcpServer/oauth/login",
          FakeAppServer.notify(
            "mcpServer/oauthLogin/completed",
            { name: "docs", loginId: "L1", success: true },
            FakeAppServer.result({ authorizationUrl: "https://auth.example/1", loginId: "L1" })
          )
        )
      ] })
      const login = yield* Mcp.login("docs").pipe(Effect.provide(Layer.succeed(AppServer.AppServer, server)))
      assert.strictEqual(login.authorizationUrl, "https://auth.example/1")
      assert.strictEqual(login.loginId, "L1")
      const done = yield* login.wait
      assert.isTrue(done.success)
    }))

  it.scopedLive("waits for its own login's completion, ignoring others, and fails with LoginFailed", () =>
    Effect.gen(function*() {
      const { server } = yield* onFake({ rules: [
        FakeAppServer.on("mcpServer/oauth/login", FakeAppServer.result({ authorizationUrl: "https://auth.example/2", loginId: "L2" })),
        FakeAppServer.on(
          "config/read",
          FakeAppServer.notify(
            "mcpServer/oauthLogin/completed",
            { name: "docs", loginId: "someone-else", success: true },
            FakeAppServer.notify(
              "mcpServer/oauthLogin/completed",
              { name: "docs", loginId: "L2", success: false, error: "access denied" },
              FakeAppServer.result({})
            )
          )
        )
      ] })
      const provide = Effect.provide(Layer.succeed(AppServer.AppServer, server))
      const login = yield* Mcp.login("docs").pipe(provide)
      // any request: the fake answers this one with the two completions
      yield* Effect.either(server.request("config/read", {}))
      const error = yield* Effect.flip(login.wait)
      assert.strictEqual(error._tag, "LoginFailed")
      assert.strictEqual(error.message, "access denied")
      assert.strictEqual(error._tag === "LoginFailed" ? error.loginId : "", "L2")
    }))
})
