/**
 * `npm run bench`: effect-codex side by side with the raw Node baseline (`bench/raw/`) and
 * `@openai/codex-sdk`, on the real pinned `codex app-server` with an instant scripted model and on
 * an in-memory replay of recorded real traffic. See docs/benchmarks.md.
 *
 *   npm run bench                      the full suite (20-25 minutes on 2 busy cores)
 *   npm run bench -- --quick           tiny counts, one round (what CI runs; asserts no timing)
 *   npm run bench -- --only turns,routing
 *   npm run bench -- --rounds 3 --out DIR --recording FILE
 *   npm run bench -- --render          rewrite results.md and the chart from results.json only
 *
 * Every contender runs in its own child Node process (so `process.cpuUsage()` is that client's
 * alone); the scripted model runs here, in the orchestrator. Rounds interleave the contenders
 * (A B A B ...). Writes `results.json` and `results.md` (the tables, also printed) to the output
 * directory (default `bench/`, or a temporary directory with `--quick`) and the chart to
 * `docs/benchmarks.svg` (or `<out>/benchmarks.svg` with `--out`).
 */
import { FakeResponses } from "@effect-codex/testing"
import { Effect } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as Env from "./lib/env.js"
import * as Plan from "./lib/plan.js"
import { record } from "./lib/record.js"
import * as Report from "./lib/report.js"
import { repoRoot } from "./lib/spawnChild.js"
import type { BenchResult } from "./lib/suite.js"
import { benchmarks, runBench } from "./lib/suite.js"
import { codexBinary } from "./raw/binary.js"

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`))
  if (i === -1) return undefined
  const a = args[i]!
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[i + 1]
}
const quick = args.includes("--quick")
const only = option("--only")?.split(",").map((s) => s.trim()).filter((s) => s !== "")
const roundsOverride = option("--rounds")
const outOption = option("--out")
const recordingOption = option("--recording")

const unknown = only?.filter((id) => !benchmarks.some(([b]) => b === id)) ?? []
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; known: ${benchmarks.map(([id]) => id).join(", ")}`)
  process.exit(2)
}

const withRounds = (plan: Plan.Plan, rounds: number): Plan.Plan => {
  const out: Record<string, unknown> = { ...plan }
  for (const [k, v] of Object.entries(plan)) {
    if (typeof v === "object" && v !== null && "rounds" in v) out[k] = { ...v, rounds }
  }
  return out as unknown as Plan.Plan
}

const plan = roundsOverride === undefined ? (quick ? Plan.quick : Plan.full) : withRounds(quick ? Plan.quick : Plan.full, Number(roundsOverride))
const outDir = outOption !== undefined
  ? Path.resolve(outOption)
  : quick
  ? Path.join(Os.tmpdir(), "effect-codex-bench-quick")
  : Path.join(repoRoot, "bench")
const chartPath = outOption === undefined && !quick ? Path.join(repoRoot, "docs", "benchmarks.svg") : Path.join(outDir, "benchmarks.svg")
const command = `npm run bench${args.length > 0 ? ` -- ${args.join(" ")}` : ""}`

const log = (line: string) => console.error(line)

const render = () => {
  const report = JSON.parse(Fs.readFileSync(Path.join(outDir, "results.json"), "utf8")) as Report.Results
  const md = Report.markdown(report)
  Fs.writeFileSync(Path.join(outDir, "results.md"), md)
  Fs.writeFileSync(chartPath, Report.chart(report))
  console.log(md)
}

const main = async () => {
  if (args.includes("--render")) return render()
  Fs.mkdirSync(outDir, { recursive: true })
  const t0 = performance.now()
  const loadBefore = Os.loadavg()
  const env = await Env.make()
  const work = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-bench-"))
  try {
    const recording = recordingOption ?? Path.join(work, "recording.json")
    if (!Fs.existsSync(recording)) {
      log(`recording real traffic (${plan.recordConcurrentTurns} concurrent turns) -> ${recording}`)
      const rec = await env.withHome((home) =>
        record({
          ...home,
          concurrentTurns: plan.recordConcurrentTurns,
          beforeConcurrent: (n) =>
            Effect.runPromise(env.fake.enqueue(...Array.from({ length: n }, () => FakeResponses.Script.text(Env.longAnswer, { chunks: 40 }))))
        })
      )
      Fs.writeFileSync(recording, JSON.stringify(rec))
    }
    const codexVersion = (JSON.parse(Fs.readFileSync(recording, "utf8")) as { codexVersion: string }).codexVersion
    const ctx = { plan, env, recording, binary: codexBinary(), answer: Env.answer, input: Env.input, log }
    const results: Record<string, BenchResult> = {}
    for (const [id, run] of benchmarks) {
      if (only !== undefined && !only.includes(id)) continue
      log(`${id} ...`)
      results[id] = await runBench(ctx, run)
    }

    const resultsPath = Path.join(outDir, "results.json")
    // with --only, keep the other benchmarks of an earlier run of the same mode
    let benchmarksOut: Record<string, BenchResult> = results
    let commandOut = command
    if (only !== undefined && Fs.existsSync(resultsPath)) {
      const previous = JSON.parse(Fs.readFileSync(resultsPath, "utf8")) as Report.Results
      if (previous.mode === plan.mode) {
        benchmarksOut = { ...previous.benchmarks, ...results }
        commandOut = previous.command.endsWith(command) ? previous.command : `${previous.command}, then ${command}`
      }
    }
    const cpus = Os.cpus()
    const report: Report.Results = {
      version: 1,
      date: new Date().toISOString(),
      mode: plan.mode,
      command: commandOut,
      machine: {
        cores: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? "unknown",
        memoryGiB: Math.round(Os.totalmem() / 2 ** 30),
        node: process.versions.node,
        platform: `${process.platform}-${process.arch}`,
        release: Os.release()
      },
      codexVersion,
      load: { before: loadBefore, after: Os.loadavg() },
      elapsedMs: performance.now() - t0,
      ...(commandOut === command ? {} : { merged: true }),
      benchmarks: benchmarksOut
    }
    Fs.writeFileSync(resultsPath, JSON.stringify(report, null, 2) + "\n")
    render()
    log(`wrote ${resultsPath}, ${Path.join(outDir, "results.md")} and ${chartPath}`)
  } finally {
    Fs.rmSync(work, { recursive: true, force: true })
    await env.close()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
