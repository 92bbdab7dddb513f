import { Effect } from "effect"
import type { Scope } from "effect"
import * as NodeFs from "node:fs"
import * as NodeOs from "node:os"
import * as NodePath from "node:path"
import { fileURLToPath } from "node:url"
import type * as FakeAppServer from "../FakeAppServer.js"

/** @internal */
export const binaryPath: string = fileURLToPath(new URL("../../bin/fake-app-server.mjs", import.meta.url))

/** @internal */
export const isStartEntry = (entry: unknown): entry is FakeAppServer.StartEntry =>
  typeof entry === "object" && entry !== null && !Array.isArray(entry) &&
  Array.isArray((entry as { argv?: unknown }).argv) && typeof (entry as { pid?: unknown }).pid === "number"

const readLog = (logPath: string): Effect.Effect<ReadonlyArray<unknown>> =>
  Effect.sync(() => {
    let text: string
    try {
      text = NodeFs.readFileSync(logPath, "utf8")
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return []
      throw error
    }
    const entries: Array<unknown> = []
    for (const line of text.split("\n")) {
      if (line === "") continue
      try {
        entries.push(JSON.parse(line))
      } catch {
        // A line still being appended by a running fake: it is complete on the next read.
      }
    }
    return entries
  })

/** @internal */
export const make = (
  script: FakeAppServer.Script | ReadonlyArray<FakeAppServer.Script> = {}
): Effect.Effect<FakeAppServer.FakeAppServer.Service, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => NodeFs.mkdtempSync(NodePath.join(NodeOs.tmpdir(), "fake-app-server-"))),
    (directory) => Effect.sync(() => NodeFs.rmSync(directory, { recursive: true, force: true }))
  ).pipe(
    Effect.map((directory) => {
      const scriptPath = NodePath.join(directory, "script.json")
      const logPath = NodePath.join(directory, "log.jsonl")
      const document = isScriptList(script) ? { spawns: script } : script
      NodeFs.writeFileSync(scriptPath, JSON.stringify(document, null, 2))
      const log = readLog(logPath)
      return {
        binaryPath,
        scriptPath,
        logPath,
        env: { FAKE_APP_SERVER_SCRIPT: scriptPath, FAKE_APP_SERVER_LOG: logPath },
        log,
        received: Effect.map(log, (entries) => entries.filter((entry) => !isStartEntry(entry))),
        starts: Effect.map(log, (entries) => entries.filter(isStartEntry))
      }
    })
  )

const isScriptList = (
  script: FakeAppServer.Script | ReadonlyArray<FakeAppServer.Script>
): script is ReadonlyArray<FakeAppServer.Script> => Array.isArray(script)
