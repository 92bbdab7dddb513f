/**
 * The child side of the bench protocol: a child process gets its config as JSON in `argv[2]`,
 * measures, and prints one result line `@@BENCH@@ <json>` on stdout (anything else it prints is
 * ignored). Plain Node: the raw baseline's children load this too.
 */

import * as Fs from "node:fs"
import { findSourceMap } from "node:module"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

export const marker = "@@BENCH@@ "

export const config = <A>(): A => JSON.parse(process.argv[2] ?? "{}") as A

export const emit = (result: unknown): void => {
  const sourceMaps = process.env.BENCH_SOURCEMAPS
  if (sourceMaps !== undefined && sourceMaps !== "") dumpSourceMaps(sourceMaps)
  process.stdout.write(`\n${marker}${JSON.stringify(result)}\n`)
}

/**
 * Writes the source maps of the repository's TypeScript modules this process loaded (tsx
 * transpiles each into one line, so a CPU profile alone cannot tell which function of a `.ts`
 * file ran) to `path`: `{ [url]: payload }`, read by `bench/profile-summary.ts`.
 */
const dumpSourceMaps = (path: string): void => {
  const root = fileURLToPath(new URL("../..", import.meta.url))
  const maps: Record<string, unknown> = {}
  const walk = (dir: string): void => {
    for (const entry of Fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue
      const full = Path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(".ts")) {
        const url = pathToFileURL(full).href
        const map = findSourceMap(url)
        if (map !== undefined) maps[url] = map.payload
      }
    }
  }
  for (const dir of ["packages", "bench"]) walk(Path.join(root, dir))
  Fs.writeFileSync(path, JSON.stringify(maps))
}

/** CPU time of this process (user + system, every thread) in ms since `since`. */
export const cpuSince = (since: NodeJS.CpuUsage): { readonly userMs: number; readonly systemMs: number; readonly totalMs: number } => {
  const d = process.cpuUsage(since)
  return { userMs: d.user / 1000, systemMs: d.system / 1000, totalMs: (d.user + d.system) / 1000 }
}

/** Heap used after a full collection (needs `--expose-gc`), in bytes. */
export const heapAfterGc = (): number => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error("run with --expose-gc")
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/** The profile clock (`process.hrtime`, µs): children report their measured section in it. */
export const nowUs = (): number => Number(process.hrtime.bigint() / 1000n)

/** The measured section of a child, in {@link nowUs} time (for `bench/profile-summary.ts --window`). */
export type Window = readonly [startUs: number, endUs: number]

export const range = (n: number): ReadonlyArray<number> => Array.from({ length: n }, (_, i) => i)

/** Config of the real-server modes: where the temporary CODEX_HOME is. */
export interface ServerConfig {
  readonly env: Readonly<Record<string, string>>
  readonly cwd: string
}

/** Every child mode and its config. */
export type ChildConfig =
  | ({ readonly mode: "startup"; readonly count: number } & ServerConfig)
  | ({ readonly mode: "turns"; readonly turns: number; readonly warmup: number; readonly input: string; readonly answer: string } & ServerConfig)
  | ({ readonly mode: "concurrency"; readonly threads: number; readonly input: string; readonly answer: string } & ServerConfig)
  | { readonly mode: "memoryRun" | "memoryDeltas"; readonly recording: string; readonly turns: number; readonly warmup: number; readonly input: string; readonly answer: string }
  | { readonly mode: "requests"; readonly recording: string; readonly counts: ReadonlyArray<number>; readonly warmup: number; readonly budgetMs: number }
  | { readonly mode: "heap"; readonly recording: string; readonly checkpoints: ReadonlyArray<number>; readonly turnsPerThread: number; readonly input: string }
  | { readonly mode: "routing"; readonly recording: string; readonly replays: number; readonly chunkBytes: number }

export interface TurnsResult {
  readonly window: Window
  readonly acquireMs: number
  readonly turns: number
  readonly wallMs: ReadonlyArray<number>
  readonly cpu: ReturnType<typeof cpuSince>
  readonly wrongAnswers: number
}

export interface ConcurrencyResult {
  readonly window: Window
  readonly threads: number
  readonly concurrentMs: number
  readonly sequentialMs: number
  readonly concurrentCpuMs: number
  readonly sequentialCpuMs: number
  readonly events: number
  readonly misrouted: number
  readonly wrongAnswers: number
}

export interface RequestsResult {
  readonly window: Window
  /**
   * Per count: CPU µs per completed request and wall ms for the batch. A batch still running after
   * the budget is abandoned (`timedOut`, with how many had completed); larger counts are skipped.
   */
  readonly runs: ReadonlyArray<{
    readonly count: number
    readonly completed: number
    readonly timedOut: boolean
    readonly cpuUsPerRequest: number
    readonly wallMs: number
  }>
}

export interface HeapResult {
  readonly window: Window
  readonly checkpoints: ReadonlyArray<{ readonly turns: number; readonly heapUsed: number }>
}

export interface RoutingResult {
  readonly window: Window
  /** Notifications delivered to turn streams per replay, and how long each replay took. */
  readonly replays: ReadonlyArray<{ readonly delivered: number; readonly ms: number }>
  readonly misrouted: number
  readonly bytes: number
}

/**
 * The routing replays: the recorded notification lines of concurrent turns, with fresh ids per
 * replay, cut into chunks of `chunkBytes`.
 */
export interface RoutingReplay {
  readonly turns: ReadonlyArray<{ readonly threadId: string; readonly turnId: string }>
  readonly chunks: ReadonlyArray<Uint8Array>
  readonly bytes: number
  /** Lines that carry a turn id (what the turn streams should receive). */
  readonly turnLines: number
}
