import { CodexHome, FakeResponses } from "@effect-codex/testing"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as FileSystem from "@effect/platform/FileSystem"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer, Scope } from "effect"
import { spawn } from "node:child_process"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const baseUrl = "http://127.0.0.1:4242/v1"

describe("CodexHome", () => {
  it("renders the offline config.toml", () => {
    assert.strictEqual(
      CodexHome.renderConfig({ baseUrl }),
      [
        `model = "mock-model"`,
        `model_provider = "mock"`,
        `approval_policy = "never"`,
        `sandbox_mode = "read-only"`,
        `check_for_update_on_startup = false`,
        ``,
        `[model_providers.mock]`,
        `name = "Fake Responses API"`,
        `base_url = "http://127.0.0.1:4242/v1"`,
        `wire_api = "responses"`,
        `request_max_retries = 0`,
        `stream_max_retries = 0`,
        ``,
        `[features]`,
        `shell_snapshot = false`,
        `plugins = false`,
        ``,
        `[analytics]`,
        `enabled = false`,
        ``
      ].join("\n")
    )
  })

  it("applies options, deep overrides, removals and raw TOML", () => {
    const config = CodexHome.renderConfig({
      baseUrl,
      model: "gpt-test",
      approvalPolicy: "on-request",
      features: { plugins: true, unified_exec: false },
      overrides: {
        model_providers: { mock: { stream_idle_timeout_ms: 1000, request_max_retries: undefined } },
        analytics: undefined,
        notify: ["a \"quoted\" arg", "x\\y"],
        shell_environment_policy: { inherit: "none", set: { "MY.VAR": "1" } }
      },
      extraToml: `model_reasoning_effort = "low"`
    })
    assert.include(config, `model = "gpt-test"\n`)
    assert.include(config, `approval_policy = "on-request"\n`)
    assert.include(config, `notify = ["a \\"quoted\\" arg", "x\\\\y"]\n`)
    // raw TOML sits among the top-level keys, before the first table
    assert.isBelow(config.indexOf(`model_reasoning_effort = "low"`), config.indexOf("\n["))
    assert.include(config, `stream_idle_timeout_ms = 1000\n`)
    assert.notInclude(config, "request_max_retries")
    assert.include(config, `stream_max_retries = 0\n`)
    assert.include(config, `[features]\nshell_snapshot = false\nplugins = true\nunified_exec = false\n`)
    assert.notInclude(config, "[analytics]")
    assert.include(config, `[shell_environment_policy]\ninherit = "none"\n\n[shell_environment_policy.set]\n"MY.VAR" = "1"\n`)
  })

  it.live("make writes config.toml in a temporary directory removed with the scope", () =>
    Effect.gen(function*() {
      const fs = yield* FileSystem.FileSystem
      const scope = yield* Scope.make()
      const home = yield* CodexHome.make({ baseUrl, env: { EXTRA: "1" } }).pipe(Scope.extend(scope))
      assert.strictEqual(home.configPath, Path.join(home.path, "config.toml"))
      assert.strictEqual(yield* fs.readFileString(home.configPath), home.config)
      assert.deepStrictEqual(home.env, {
        CODEX_HOME: home.path,
        CODEX_APP_SERVER_DISABLE_MANAGED_CONFIG: "1",
        RUST_LOG: "warn",
        EXTRA: "1"
      })
      // files written there later (as codex does) go away too
      yield* fs.writeFileString(Path.join(home.path, "sessions.log"), "x")
      yield* Scope.close(scope, Exit.void)
      assert.isFalse(yield* fs.exists(home.path))
    }).pipe(Effect.provide(NodeFileSystem.layer)))

  it.scopedLive("the layer takes the base URL from FakeResponses", () =>
    Effect.gen(function*() {
      const fake = yield* FakeResponses.FakeResponses
      const home = yield* CodexHome.CodexHome
      assert.include(home.config, `base_url = "${fake.baseUrl}"`)
    }).pipe(Effect.provide(CodexHome.layer.pipe(Layer.provideMerge(FakeResponses.layer)))))

  it.scopedLive("layerWith passes options through", () =>
    Effect.gen(function*() {
      const home = yield* CodexHome.CodexHome
      assert.include(home.config, `model = "other-model"`)
    }).pipe(
      Effect.provide(CodexHome.layerWith({ model: "other-model" }).pipe(Layer.provideMerge(FakeResponses.layer)))
    ))
})

const fixture = Path.join(Path.dirname(fileURLToPath(import.meta.url)), "fixtures", "killedMidTurn.ts")
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href

/** Runs the fixture, waits for it to print its home mid-turn, sends `signal`, waits for the exit. */
const killMidTurn = (signal: NodeJS.Signals, args: ReadonlyArray<string>) =>
  new Promise<{ readonly home: string; readonly pid: number; readonly code: number | null; readonly signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=@effect-codex/source", "--import", tsxLoader, fixture, ...args], {
        stdio: ["ignore", "pipe", "pipe"]
      })
      let stdout = ""
      let stderr = ""
      let home: string | undefined
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString()
        const found = /^home: (.+)\n/m.exec(stdout)
        if (home === undefined && found !== null) {
          home = found[1]!
          if (!Fs.existsSync(home)) reject(new Error(`the home ${home} does not exist mid-turn`))
          child.kill(signal)
        }
      })
      child.on("error", reject)
      child.on("exit", (code, exitSignal) => {
        if (home === undefined) reject(new Error(`exited before printing its home (${code}, ${exitSignal}): ${stderr}`))
        else resolve({ home, pid: Number(/^app-server: (\d+)$/m.exec(stdout)?.[1]), code, signal: exitSignal })
      })
    }
  )

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits (up to 20 s) for the app-server to exit on its own, once its parent is gone. */
const exited = async (pid: number) => {
  for (let i = 0; i < 200 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  return !alive(pid)
}

describe("CodexHome, when the process is killed mid-turn", () => {
  it("SIGTERM with no other listener: the home is removed and the process ends by the signal", async () => {
    const { home, pid, signal } = await killMidTurn("SIGTERM", [])
    assert.strictEqual(signal, "SIGTERM")
    assert.isFalse(Fs.existsSync(home), `${home} was left behind`)
    assert.isTrue(pid > 0)
    assert.isTrue(await exited(pid), `the app-server ${pid} outlived its parent`)
    assert.isFalse(Fs.existsSync(home), `${home} came back`)
  })

  it("SIGTERM after supervision restarted the app-server: the new process is stopped and the home removed", async () => {
    const { home, pid, signal } = await killMidTurn("SIGTERM", ["restarted"])
    assert.strictEqual(signal, "SIGTERM")
    assert.isFalse(Fs.existsSync(home), `${home} was left behind`)
    assert.isTrue(pid > 0)
    assert.isTrue(await exited(pid), `the restarted app-server ${pid} outlived its parent`)
    assert.isFalse(Fs.existsSync(home), `${home} came back`)
  })

  it("SIGINT with no other listener: the same", async () => {
    const { home, pid, signal } = await killMidTurn("SIGINT", [])
    assert.strictEqual(signal, "SIGINT")
    assert.isFalse(Fs.existsSync(home), `${home} was left behind`)
    assert.isTrue(await exited(pid), `the app-server ${pid} outlived its parent`)
    assert.isFalse(Fs.existsSync(home), `${home} came back`)
  })

  it("SIGTERM under NodeRuntime.runMain (its own listener): runMain's finalizers stop the app-server and remove the home", async () => {
    const { home, pid } = await killMidTurn("SIGTERM", ["runMain"])
    assert.isFalse(Fs.existsSync(home), `${home} was left behind`)
    assert.isTrue(await exited(pid), `the app-server ${pid} outlived its parent`)
    assert.isFalse(Fs.existsSync(home), `${home} came back`)
  })
})
