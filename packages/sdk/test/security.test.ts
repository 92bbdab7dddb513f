import { FakeAppServer } from "@effect-codex/testing"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Exit, Logger, Redacted } from "effect"
import * as Fs from "node:fs"
import * as AppServer from "../src/AppServer.js"
import * as AppServerConfig from "../src/AppServerConfig.js"
import * as Codex from "../src/Codex.js"
import { onFake } from "./utils/setup.js"

/** The environment of a running process (Linux `/proc`). */
const environOf = (pid: number): Record<string, string> =>
  Object.fromEntries(
    Fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").filter((e) => e.includes("=")).map((e) => {
      const i = e.indexOf("=")
      return [e.slice(0, i), e.slice(i + 1)]
    })
  )

describe("security", () => {
  it.scopedLive("a Redacted API key reaches neither the logs nor the errors, whatever fails", () =>
    Effect.gen(function*() {
      const secret = "sk-effect-codex-secret-0123456789"
      const lines: Array<string> = []
      const collect = Logger.make(({ annotations, cause, message }) => {
        lines.push(JSON.stringify({ message, annotations: [...annotations], cause: Cause.pretty(cause) }))
      })
      const { server } = yield* onFake({
        rules: [FakeAppServer.on("account/login/start", FakeAppServer.error(-32600, "Invalid request: the api key was refused"))]
      }, { requestTimeout: "2 seconds" })
      const codex = yield* Codex.make.pipe(Effect.provideService(AppServer.AppServer, server))
      const attempts = [
        // refused by the server
        Redacted.make(secret),
        // not well-formed UTF-16: refused before sending, the error names the field only
        Redacted.make(`${secret}\ud800`)
      ]
      const errors: Array<unknown> = []
      for (const key of attempts) {
        const exit = yield* codex.loginApiKey(key).pipe(
          Effect.tapErrorCause((cause) => Effect.logError("login failed", cause)),
          Effect.exit,
          Effect.provide(Logger.replace(Logger.defaultLogger, collect))
        )
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) errors.push(Cause.squash(exit.cause))
      }
      assert.deepStrictEqual(errors.map((e) => (e as { _tag: string })._tag), ["InvalidRequest", "InvalidParams"])
      for (const error of errors) {
        assert.notInclude(String(error), secret)
        assert.notInclude(JSON.stringify(error), secret)
        assert.notInclude(Cause.pretty(Cause.fail(error)), secret)
      }
      assert.isAbove(lines.length, 0)
      for (const line of lines) assert.notInclude(line, secret)
      // and the Redacted value itself prints as <redacted>
      assert.notInclude(String(attempts[0]), secret)
    }))

  it.scopedLive("the child inherits the whole environment by default, only the listed names with inheritEnv", () =>
    Effect.gen(function*() {
      process.env.EFFECT_CODEX_TEST_SECRET = "inherited-secret"
      yield* Effect.addFinalizer(() => Effect.sync(() => delete process.env.EFFECT_CODEX_TEST_SECRET))
      const open = yield* onFake({})
      assert.strictEqual(environOf(open.server.pid!).EFFECT_CODEX_TEST_SECRET, "inherited-secret")
      const closed = yield* onFake({}, { inheritEnv: ["PATH"] })
      const env = environOf(closed.server.pid!)
      assert.isUndefined(env.EFFECT_CODEX_TEST_SECRET)
      assert.strictEqual(env.PATH, process.env.PATH)
      // `env` (here the fake's own variables) is added in every case
      assert.isString(env.FAKE_APP_SERVER_SCRIPT)
      assert.isString((yield* closed.server.request("thread/start", {})).thread.id)
      assert.deepStrictEqual(
        AppServerConfig.childEnv({ inheritEnv: false, env: { A: "1" } }, { B: "2" }),
        { A: "1" }
      )
    }))

  it.scopedLive("asks for no experimental API unless told to", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({})
      yield* server.request("thread/start", {})
      const received = yield* fake.received
      const initialize = received.find((m) => (m as { method?: string }).method === "initialize") as {
        params: { capabilities?: { experimentalApi?: boolean } }
      }
      assert.notStrictEqual(initialize.params.capabilities?.experimentalApi, true)
    }))
})
