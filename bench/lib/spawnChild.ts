/**
 * The orchestrator side of the bench protocol: runs one child Node process with its config and
 * returns its result line, and how long the whole process took.
 */
import * as ChildProcess from "node:child_process"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { marker } from "./childKit.js"

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url))

export interface ChildOptions {
  /** Node options before the script (e.g. `--import tsx`, `--expose-gc`, `--cpu-prof`). */
  readonly nodeArgs?: ReadonlyArray<string>
  readonly env?: Readonly<Record<string, string>>
  readonly timeoutMs?: number
}

export interface ChildRun<A> {
  readonly result: A
  /** From spawn to exit, as seen by the orchestrator. */
  readonly processMs: number
}

export const tsx: ReadonlyArray<string> = ["--conditions=@effect-codex/source", "--import", "tsx"]

export const runChild = <A>(script: string, config: unknown, options: ChildOptions = {}): Promise<ChildRun<A>> =>
  new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = ChildProcess.spawn(
      process.execPath,
      [...(options.nodeArgs ?? tsx), Path.join(repoRoot, script), JSON.stringify(config)],
      { cwd: repoRoot, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] }
    )
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s))
    child.stderr.setEncoding("utf8").on("data", (s: string) => {
      stderr += s
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000)
    })
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 15 * 60_000)
    child.once("error", reject)
    child.once("close", (code, signal) => {
      clearTimeout(timer)
      const processMs = performance.now() - t0
      const line = stdout.split("\n").find((l) => l.startsWith(marker))
      if (code !== 0 || line === undefined) {
        reject(new Error(`${script} ${JSON.stringify(config).slice(0, 200)} exited ${code ?? signal}\n${stderr.slice(-4000)}`))
        return
      }
      resolve({ result: JSON.parse(line.slice(marker.length)) as A, processMs })
    })
  })
