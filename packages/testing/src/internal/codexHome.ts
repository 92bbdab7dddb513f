import type { PlatformError } from "@effect/platform/Error"
import * as FileSystem from "@effect/platform/FileSystem"
import { Duration, Effect, Schedule } from "effect"
import type { Scope } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import type * as CodexHome from "../CodexHome.js"

// -----------------------------------------------------------------------------
// TOML
// -----------------------------------------------------------------------------

const isTable = (value: CodexHome.TomlValue | undefined): value is CodexHome.TomlTable =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** @internal */
export const merge = (base: CodexHome.TomlTable, overrides: CodexHome.TomlTable): CodexHome.TomlTable => {
  const out: Record<string, CodexHome.TomlValue | undefined> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) {
      delete out[key]
      continue
    }
    const current = out[key]
    out[key] = isTable(current) && isTable(value) ? merge(current, value) : value
  }
  return out
}

const bareKey = /^[A-Za-z0-9_-]+$/

const renderKey = (key: string): string => (bareKey.test(key) ? key : renderString(key))

// JSON escapes are valid TOML basic-string escapes; TOML also forbids a raw DEL.
const renderString = (value: string): string => JSON.stringify(value).replace(/\u007f/g, "\\u007F")

const renderValue = (value: CodexHome.TomlValue): string => {
  if (typeof value === "string") return renderString(value)
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "nan"
    if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf"
    return String(value)
  }
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`
  const entries = Object.entries(value as CodexHome.TomlTable).flatMap(([k, v]) =>
    v === undefined ? [] : [`${renderKey(k)} = ${renderValue(v)}`]
  )
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`
}

const renderTable = (path: ReadonlyArray<string>, table: CodexHome.TomlTable, out: Array<string>): void => {
  const scalars: Array<string> = []
  const tables: Array<[string, CodexHome.TomlTable]> = []
  for (const [key, value] of Object.entries(table)) {
    if (value === undefined) continue
    if (isTable(value)) tables.push([key, value])
    else scalars.push(`${renderKey(key)} = ${renderValue(value)}`)
  }
  if (scalars.length > 0 || tables.length === 0) {
    out.push("", `[${path.map(renderKey).join(".")}]`, ...scalars)
  }
  for (const [key, sub] of tables) renderTable([...path, key], sub, out)
}

/** @internal */
export const renderToml = (document: CodexHome.TomlTable, raw?: string): string => {
  const out: Array<string> = []
  const tables: Array<[string, CodexHome.TomlTable]> = []
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined) continue
    if (isTable(value)) tables.push([key, value])
    else out.push(`${renderKey(key)} = ${renderValue(value)}`)
  }
  if (raw !== undefined && raw.trim().length > 0) out.push("", raw.trimEnd())
  for (const [key, table] of tables) renderTable([key], table, out)
  return out.join("\n") + "\n"
}

// -----------------------------------------------------------------------------
// config.toml
// -----------------------------------------------------------------------------

/** @internal */
export const providerId = "mock"

/** @internal */
export const document = (options: CodexHome.Options): CodexHome.TomlTable => {
  const base: CodexHome.TomlTable = {
    model: options.model ?? "mock-model",
    model_provider: providerId,
    approval_policy: options.approvalPolicy ?? "never",
    sandbox_mode: options.sandboxMode ?? "read-only",
    check_for_update_on_startup: false,
    model_providers: {
      [providerId]: {
        name: "Fake Responses API",
        base_url: options.baseUrl,
        wire_api: "responses",
        request_max_retries: 0,
        stream_max_retries: 0
      }
    },
    features: { shell_snapshot: false, plugins: false, ...options.features },
    analytics: { enabled: false }
  }
  return options.overrides === undefined ? base : merge(base, options.overrides)
}

/** @internal */
export const renderConfig = (options: CodexHome.Options): string =>
  renderToml(document(options), options.extraToml)

/** @internal */
export const baseEnv = (path: string): Record<string, string> => ({
  CODEX_HOME: path,
  CODEX_APP_SERVER_DISABLE_MANAGED_CONFIG: "1",
  RUST_LOG: "warn"
})

// -----------------------------------------------------------------------------
// Removal when the process is stopped by a signal or exits without closing the scope
// -----------------------------------------------------------------------------

/** Homes not yet removed by their scope. */
const live = new Set<string>()
/** Processes (app-servers) using a home: stopped before it is removed, or they write it again. */
const users = new Map<string, Set<number>>()

const sleepSync = (millis: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, millis)
}

const killSync = (pid: number): void => {
  try {
    // the SDK starts the app-server in its own process group: take the commands it runs too
    if (process.platform !== "win32") process.kill(-pid, "SIGKILL")
    else process.kill(pid, "SIGKILL")
  } catch {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}
const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const
const handlers = new Map<NodeJS.Signals, () => void>()

const rmSync = (dir: string): void => {
  try {
    Fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 20 })
  } catch {
    // best effort: the process is going away
  }
}

const removeAllSync = (): void => {
  const dirs = [...live]
  let killed = false
  for (const dir of dirs) {
    for (const pid of users.get(dir) ?? []) {
      killSync(pid)
      killed = true
    }
  }
  for (const dir of dirs) rmSync(dir)
  if (killed) {
    // a process that was writing when SIGKILL arrived may have finished that write: once more
    sleepSync(50)
    for (const dir of dirs) rmSync(dir)
  }
  live.clear()
  users.clear()
}

const onExit = () => removeAllSync()

const uninstall = (): void => {
  for (const [signal, handler] of handlers) process.off(signal, handler)
  handlers.clear()
  process.off("exit", onExit)
}

const install = (): void => {
  if (handlers.size > 0) return
  for (const signal of signals) {
    const handler = () => {
      // Someone else handles the signal (e.g. `NodeRuntime.runMain` interrupts the program, whose
      // finalizers stop the app-server and remove the home): leave it to them; the `exit` hook
      // still removes what is left if the process exits first.
      if (process.listenerCount(signal) > 1) return
      // Nobody else does: clean up, then do what Node does without a listener (end with it).
      removeAllSync()
      uninstall()
      process.kill(process.pid, signal)
    }
    handlers.set(signal, handler)
    process.on(signal, handler)
  }
  process.on("exit", onExit)
}

/** @internal */
export const track = (dir: string): void => {
  live.add(dir)
  install()
}

/** @internal */
export const untrack = (dir: string): void => {
  live.delete(dir)
  users.delete(dir)
  if (live.size === 0) uninstall()
}

/** @internal */
export const trackUser = (dir: string, pid: number): void => {
  if (!live.has(dir)) return
  const pids = users.get(dir) ?? new Set<number>()
  pids.add(pid)
  users.set(dir, pids)
}

/** @internal */
export const untrackUser = (dir: string, pid: number): void => {
  users.get(dir)?.delete(pid)
}

/** @internal */
export const make = (
  options: CodexHome.Options
): Effect.Effect<CodexHome.Service, PlatformError, Scope.Scope | FileSystem.FileSystem> =>
  Effect.gen(function*() {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Effect.acquireRelease(
      fs.makeTempDirectory({
        prefix: "effect-codex-home-",
        ...(options.directory !== undefined ? { directory: options.directory } : {})
      }).pipe(Effect.tap((dir) => Effect.sync(() => track(dir)))),
      (dir) =>
        fs.remove(dir, { recursive: true, force: true }).pipe(
          Effect.retry(Schedule.intersect(Schedule.spaced(Duration.millis(50)), Schedule.recurs(5))),
          // releases run uninterruptibly: make the removal interruptible so the timeout can fire
          Effect.interruptible,
          Effect.timeout(Duration.seconds(5)),
          Effect.catchAllCause((cause) => Effect.logWarning("could not remove the temporary CODEX_HOME", cause)),
          Effect.annotateLogs({ module: "CodexHome", path: dir }),
          Effect.ensuring(Effect.sync(() => untrack(dir)))
        )
    )
    const config = renderConfig(options)
    const configPath = Path.join(path, "config.toml")
    yield* fs.writeFileString(configPath, config)
    return {
      path,
      configPath,
      config,
      env: { ...baseEnv(path), ...options.env }
    }
  })
