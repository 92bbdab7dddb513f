/**
 * `npm run bench:load`: how long plain `node` takes to import the packages as users get them.
 *
 * Each measurement is a fresh `node --input-type=module -e "await import('<specifier>')"` (no
 * TypeScript loader), timed from spawn to exit, run from the repository root, where the packages
 * resolve to their build (`dist/`, so build first: the npm script does). Prints the median and
 * the range of `BENCH_LOAD_RUNS` runs (default 9) for the SDK, the other packages, `effect` alone
 * and an empty program, and the median CPU time (user + system) of the child, which other load
 * on the machine disturbs less than the wall time; `--json` prints the numbers as JSON.
 */
import { spawnSync } from "node:child_process"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "../..")
const RUNS = Number(process.env["BENCH_LOAD_RUNS"] ?? 9)

/** What is imported, by label. `null`: nothing (Node's own start-up). */
export const targets: ReadonlyArray<readonly [string, string | null]> = [
  ["node (nothing imported)", null],
  ["effect", "effect"],
  ["@effect-codex/protocol", "@effect-codex/protocol"],
  ["@effect-codex/sdk", "@effect-codex/sdk"],
  ["@effect-codex/sdk/PromiseClient", "@effect-codex/sdk/PromiseClient"],
  ["@effect-codex/testing", "@effect-codex/testing"]
]

/** Wall time and CPU time in milliseconds of one plain-node import of `specifier`. */
export const measure = (specifier: string | null): { readonly wall: number; readonly cpu: number } => {
  const code = `${specifier === null ? "" : `await import(${JSON.stringify(specifier)});`}` +
    "const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))"
  const env = { ...process.env }
  delete env["NODE_OPTIONS"] // no loader
  const start = performance.now()
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
  const wall = performance.now() - start
  if (result.status !== 0) throw new Error(`importing ${specifier} failed:\n${result.stderr.toString()}`)
  return { wall, cpu: Number(result.stdout.toString()) }
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const results = targets.map(([label, specifier]) => {
    measure(specifier) // warm the file system cache
    const runs = Array.from({ length: RUNS }, () => measure(specifier))
    const wall = runs.map((r) => r.wall)
    return { label, median: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpu: median(runs.map((r) => r.cpu)) }
  })
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ node: process.version, runs: RUNS, results }, null, 2))
  } else {
    console.log(`plain node ${process.version}, import from dist/, ${RUNS} runs: median wall time (min-max), median CPU time`)
    const s = (ms: number) => (ms / 1000).toFixed(2)
    for (const { cpu, label, max, median: m, min } of results) {
      console.log(`${label.padEnd(34)} ${s(m)} s  (${s(min)}-${s(max)})  cpu ${s(cpu)} s`)
    }
  }
}
