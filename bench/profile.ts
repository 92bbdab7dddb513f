/**
 * `npm run bench:profile`: runs benchmark children under `node --cpu-prof` and prints the self
 * time of their measured section (module loading and warm-up left out), by package, file and
 * function, with `.ts` functions mapped back to their source lines.
 *
 *   npm run bench:profile                          clientRun and turns, effect-codex
 *   npm run bench:profile -- clientDeltas routing  any of: turns, clientRun, clientDeltas, requests, routing, heap, moduleLoad
 *   npm run bench:profile -- turns --contender raw  the raw baseline instead
 *   npm run bench:profile -- --out DIR --top 25 --recording FILE
 *
 * Writes `<out>/<benchmark>-<contender>/` (the .cpuprofile files, the source maps and
 * `summary.md`; default out: a temporary directory, printed). Open a .cpuprofile in Chrome
 * DevTools (Performance tab) or speedscope for the call tree.
 */
import { FakeResponses } from "@effect-codex/testing"
import { Effect } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import type { ChildConfig, Window } from "./lib/childKit.js"
import * as Env from "./lib/env.js"
import { full } from "./lib/plan.js"
import { record } from "./lib/record.js"
import { runChild, tsx } from "./lib/spawnChild.js"
import { SDK_LOADER } from "./lib/suite.js"
import { markdown, read, readSourceMaps, summarize } from "./profile-summary.js"

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i === -1 ? undefined : args.splice(i, 2)[1]
}
const contender = option("--contender") ?? "sdk"
const top = Number(option("--top") ?? 15)
const out = Path.resolve(option("--out") ?? Path.join(Os.tmpdir(), "effect-codex-profiles"))
const recordingOption = option("--recording")
const targets = args.length > 0 ? args : ["clientRun", "turns"]
if (contender !== "sdk" && contender !== "raw") throw new Error("--contender is sdk or raw")

const configFor = (target: string, recording: string): { readonly config: ChildConfig | { specifier: string }; readonly home: boolean } => {
  const base = { input: Env.input, answer: Env.answer }
  switch (target) {
    case "turns":
      return { config: { mode: "turns", turns: full.turns.turns, warmup: full.turns.warmup, ...base, env: {}, cwd: "" }, home: true }
    case "clientRun":
    case "clientDeltas":
      return {
        config: { mode: target === "clientRun" ? "memoryRun" : "memoryDeltas", recording, turns: full.clientTurns.turns, warmup: full.clientTurns.warmup, ...base },
        home: false
      }
    case "requests":
      return { config: { mode: "requests", recording, counts: [1000], warmup: 200, budgetMs: 120_000 }, home: false }
    case "routing":
      return { config: { mode: "routing", recording, replays: full.routing.replays, chunkBytes: full.routing.chunkBytes }, home: false }
    case "heap":
      return { config: { mode: "heap", recording, checkpoints: [100, 2000], turnsPerThread: full.heap.turnsPerThread, input: Env.input }, home: false }
    case "moduleLoad":
      return { config: { specifier: contender === "sdk" ? "@effect-codex/sdk" : "node:child_process" }, home: false }
    default:
      throw new Error(`unknown benchmark ${target}`)
  }
}

const main = async () => {
  const env = await Env.make()
  const work = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-profile-"))
  try {
    const recording = recordingOption ?? Path.join(work, "recording.json")
    if (!Fs.existsSync(recording)) {
      console.error("recording real traffic ...")
      const rec = await env.withHome((home) =>
        record({
          ...home,
          concurrentTurns: full.recordConcurrentTurns,
          beforeConcurrent: (n) =>
            Effect.runPromise(env.fake.enqueue(...Array.from({ length: n }, () => FakeResponses.Script.text(Env.longAnswer, { chunks: 40 }))))
        })
      )
      Fs.writeFileSync(recording, JSON.stringify(rec))
    }
    for (const target of targets) {
      const dir = Path.join(out, `${target}-${contender}`)
      Fs.rmSync(dir, { recursive: true, force: true })
      Fs.mkdirSync(dir, { recursive: true })
      const { config, home } = configFor(target, recording)
      const sourceMaps = Path.join(dir, "sourcemaps.json")
      const script = target === "moduleLoad" ? "bench/alt/load.mjs" : `bench/${contender}/child.ts`
      const loader = target === "moduleLoad" ? (contender === "sdk" ? SDK_LOADER : []) : tsx
      const options = {
        nodeArgs: [...loader, ...(target === "heap" ? ["--expose-gc"] : []), "--cpu-prof", "--cpu-prof-dir", dir],
        env: { BENCH_SOURCEMAPS: target === "moduleLoad" ? "" : sourceMaps }
      }
      console.error(`profiling ${target} (${contender}) ...`)
      const run = home
        ? await env.withHome((h) => runChild<{ window?: Window }>(script, { ...config, ...h }, options))
        : await runChild<{ window?: Window }>(script, config, options)
      // the main thread's profile is the largest (tsx's loader thread writes one too)
      const profiles = Fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))
        .map((f) => Path.join(dir, f))
        .sort((a, b) => Fs.statSync(b).size - Fs.statSync(a).size)
      const maps = Fs.existsSync(sourceMaps) ? readSourceMaps(sourceMaps) : undefined
      const summary = markdown(summarize(read(profiles[0]!), top, run.result.window, maps))
      const text = `## ${target} (${contender}), measured section only\n\n${summary}\n`
      Fs.writeFileSync(Path.join(dir, "summary.md"), text)
      console.log(text)
      console.error(`wrote ${dir}`)
    }
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
