/**
 * The benchmarks. Each one runs its contenders in child processes, interleaved round by round
 * (A B A B ...), and reduces what they report to metrics (median and spread over the rounds,
 * effect-codex over the raw baseline as per-round ratios) and targets.
 */
import * as Os from "node:os"
import type {
  ChildConfig,
  ConcurrencyResult,
  HeapResult,
  RequestsResult,
  RoutingResult,
  TurnsResult
} from "./childKit.js"
import type * as Env from "./env.js"
import type { Plan } from "./plan.js"
import type { ChildOptions, ChildRun } from "./spawnChild.js"
import { runChild, tsx } from "./spawnChild.js"
import type { Stat } from "./stats.js"
import { median, ratios, stat } from "./stats.js"

/**
 * How plain node loads effect-codex for the module-load and whole-process benchmarks: the built
 * package (`dist/`, what users install), with no loader. `npm run bench` builds it first.
 */
export const SDK_LOADER: ReadonlyArray<string> = []

export interface Metric {
  readonly label: string
  readonly unit: string
  /** Per contender. */
  readonly values: Readonly<Record<string, Stat>>
  /** effect-codex over the reference contender, per round. */
  readonly ratio?: Stat
  /** Higher is better (throughput). */
  readonly higherIsBetter?: boolean
}

export interface Target {
  readonly description: string
  readonly actual: number
  readonly op: "<=" | ">=" | "==" | "<"
  readonly value: number
  readonly met: boolean
}

export interface BenchResult {
  readonly id: string
  readonly title: string
  readonly command: string
  readonly contenders: ReadonlyArray<string>
  readonly params: Readonly<Record<string, unknown>>
  readonly rounds: number
  readonly load: { readonly before: ReadonlyArray<number>; readonly after: ReadonlyArray<number> }
  readonly metrics: Readonly<Record<string, Metric>>
  readonly targets: ReadonlyArray<Target>
  /** Events delivered to the wrong turn, over every round and contender (must be 0). */
  readonly misrouted: number
  /** Turns whose answer was not the scripted one (must be 0). */
  readonly wrongAnswers: number
  /** Raw per-round results, for whoever wants to look closer. */
  readonly runs: Readonly<Record<string, ReadonlyArray<unknown>>>
  readonly elapsedMs: number
}

export interface Context {
  readonly plan: Plan
  readonly env: Env.Env
  readonly recording: string
  readonly binary: string
  readonly answer: string
  readonly input: string
  readonly log: (line: string) => void
}

const target = (description: string, actual: number, op: Target["op"], value: number): Target => ({
  description,
  actual,
  op,
  value,
  met: op === "<=" ? actual <= value : op === ">=" ? actual >= value : op === "<" ? actual < value : actual === value
})

interface Contender<C> {
  readonly name: string
  readonly script: string
  readonly config: C
  readonly options?: ChildOptions
  /** Runs the child with a fresh CODEX_HOME, its path and env merged into the config. */
  readonly home?: boolean
}

const rawScript = "bench/raw/child.ts"
const sdkScript = "bench/sdk/child.ts"

/** Runs the contenders interleaved for `rounds` rounds; returns each one's runs in order. */
const interleave = async <C extends object>(
  ctx: Context,
  id: string,
  rounds: number,
  contenders: ReadonlyArray<Contender<C>>
): Promise<Record<string, Array<ChildRun<unknown>>>> => {
  const out: Record<string, Array<ChildRun<unknown>>> = {}
  for (const c of contenders) out[c.name] = []
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      const run = c.home === true
        ? await ctx.env.withHome((home) => runChild(c.script, { ...c.config, ...home }, c.options))
        : await runChild(c.script, c.config, c.options)
      out[c.name]!.push(run)
      ctx.log(`  ${id} round ${r + 1}/${rounds} ${c.name}: ${Math.round(run.processMs)} ms`)
    }
  }
  return out
}

const results = <A>(runs: ReadonlyArray<ChildRun<unknown>> | undefined): ReadonlyArray<A> =>
  (runs ?? []).map((r) => r.result as A)

const metric = (
  label: string,
  unit: string,
  values: Record<string, ReadonlyArray<number>>,
  ratioOf?: readonly [string, string],
  higherIsBetter = false
): Metric => {
  const stats: Record<string, Stat> = {}
  for (const [k, v] of Object.entries(values)) stats[k] = stat(v)
  return {
    label,
    unit,
    values: stats,
    ...(ratioOf === undefined ? {} : { ratio: stat(ratios(values[ratioOf[0]]!, values[ratioOf[1]]!)) }),
    ...(higherIsBetter ? { higherIsBetter } : {})
  }
}

type Runner = (ctx: Context) => Promise<Omit<BenchResult, "load" | "elapsedMs">>

const RAW = "raw"
const SDK = "effect-codex"
const OPENAI = "@openai/codex-sdk"

const startup: Runner = async (ctx) => {
  const p = ctx.plan.startup
  const config = { mode: "startup", count: p.count } as const
  const runs = await interleave(ctx, "startup", p.rounds, [
    { name: RAW, script: rawScript, config, home: true },
    { name: SDK, script: sdkScript, config, home: true }
  ])
  type R = { acquireMs: ReadonlyArray<number>; closeMs: ReadonlyArray<number> }
  const first = (name: string) => results<R>(runs[name]).map((r) => r.acquireMs[0]!)
  const warm = (name: string) => results<R>(runs[name]).map((r) => median(r.acquireMs.slice(1)))
  const close = (name: string) => results<R>(runs[name]).map((r) => median(r.closeMs))
  const metrics: Record<string, Metric> = {
    acquireFirst: metric("spawn + initialize, first in the process", "ms", { [RAW]: first(RAW), [SDK]: first(SDK) }, [SDK, RAW])
  }
  if (p.count > 1) {
    metrics.acquireWarm = metric("spawn + initialize, later ones", "ms", { [RAW]: warm(RAW), [SDK]: warm(SDK) }, [SDK, RAW])
  }
  metrics.close = metric("shutdown (stdin closed to exit)", "ms", { [RAW]: close(RAW), [SDK]: close(SDK) }, [SDK, RAW])
  return {
    id: "startup",
    title: "Startup: layer acquisition (spawn + initialize), real server",
    command: "npm run bench -- --only startup",
    contenders: [RAW, SDK],
    params: p,
    rounds: p.rounds,
    metrics,
    targets: [target("spawn + initialize ratio (first in the process)", metrics.acquireFirst!.ratio!.median, "<=", 1.2)],
    misrouted: 0,
    wrongAnswers: 0,
    runs: { [RAW]: results(runs[RAW]), [SDK]: results(runs[SDK]) }
  }
}

const turns: Runner = async (ctx) => {
  const p = ctx.plan.turns
  const config: ChildConfig = { mode: "turns", turns: p.turns, warmup: p.warmup, input: ctx.input, answer: ctx.answer, env: {}, cwd: "" }
  const runs = await interleave(ctx, "turns", p.rounds, [
    { name: RAW, script: rawScript, config, home: true },
    { name: SDK, script: sdkScript, config, home: true }
  ])
  const r = (name: string) => results<TurnsResult>(runs[name])
  const wall = (name: string) => r(name).map((x) => median(x.wallMs))
  const cpu = (name: string) => r(name).map((x) => x.cpu.totalMs / x.turns)
  const metrics = {
    wallPerTurn: metric("wall per turn (median of the run's turns)", "ms", { [RAW]: wall(RAW), [SDK]: wall(SDK) }, [SDK, RAW]),
    cpuPerTurn: metric("client CPU per turn (process.cpuUsage)", "ms", { [RAW]: cpu(RAW), [SDK]: cpu(SDK) }, [SDK, RAW])
  }
  return {
    id: "turns",
    title: `Per turn, real server: ${p.turns} sequential turns on one thread, instant scripted model`,
    command: "npm run bench -- --only turns",
    contenders: [RAW, SDK],
    params: p,
    rounds: p.rounds,
    metrics,
    targets: [
      target("wall per turn ratio", metrics.wallPerTurn.ratio!.median, "<=", 1.03),
      target("client CPU per turn ratio", metrics.cpuPerTurn.ratio!.median, "<=", 2.5),
      target("client CPU per turn ratio (stretch)", metrics.cpuPerTurn.ratio!.median, "<=", 1.5)
    ],
    misrouted: 0,
    wrongAnswers: [...r(RAW), ...r(SDK)].reduce((n, x) => n + x.wrongAnswers, 0),
    runs: { [RAW]: r(RAW).map(({ wallMs: _, ...rest }) => rest), [SDK]: r(SDK).map(({ wallMs: _, ...rest }) => rest) }
  }
}

const clientTurns = (mode: "memoryRun" | "memoryDeltas"): Runner => async (ctx) => {
  const p = ctx.plan.clientTurns
  const config: ChildConfig = { mode, recording: ctx.recording, turns: p.turns, warmup: p.warmup, input: ctx.input, answer: ctx.answer }
  const id = mode === "memoryRun" ? "clientRun" : "clientDeltas"
  const runs = await interleave(ctx, id, p.rounds, [
    { name: RAW, script: rawScript, config },
    { name: SDK, script: sdkScript, config }
  ])
  const r = (name: string) => results<TurnsResult>(runs[name])
  const cpu = (name: string) => r(name).map((x) => x.cpu.totalMs / x.turns)
  const wall = (name: string) => r(name).map((x) => median(x.wallMs))
  const metrics = {
    cpuPerTurn: metric("CPU per turn", "ms", { [RAW]: cpu(RAW), [SDK]: cpu(SDK) }, [SDK, RAW]),
    wallPerTurn: metric("wall per turn (median)", "ms", { [RAW]: wall(RAW), [SDK]: wall(SDK) }, [SDK, RAW])
  }
  return {
    id,
    title: mode === "memoryRun"
      ? "Per turn, client only: `thread.run` over an in-memory transport replaying a recorded real turn"
      : "Per turn, client only: `thread.turn` + `textDeltas` (then `run`) over the same replay",
    command: `npm run bench -- --only ${id}`,
    contenders: [RAW, SDK],
    params: { ...p, turnsAfterWarmup: p.turns },
    rounds: p.rounds,
    metrics,
    targets: [],
    misrouted: 0,
    wrongAnswers: [...r(RAW), ...r(SDK)].reduce((n, x) => n + x.wrongAnswers, 0),
    runs: { [RAW]: r(RAW).map(({ wallMs: _, ...rest }) => rest), [SDK]: r(SDK).map(({ wallMs: _, ...rest }) => rest) }
  }
}

const concurrency: Runner = async (ctx) => {
  const p = ctx.plan.concurrency
  const config: ChildConfig = { mode: "concurrency", threads: p.threads, input: ctx.input, answer: ctx.answer, env: {}, cwd: "" }
  const runs = await interleave(ctx, "concurrency", p.rounds, [
    { name: RAW, script: rawScript, config, home: true },
    { name: SDK, script: sdkScript, config, home: true }
  ])
  const r = (name: string) => results<ConcurrencyResult>(runs[name])
  const pick = (f: (x: ConcurrencyResult) => number) => ({ [RAW]: r(RAW).map(f), [SDK]: r(SDK).map(f) })
  const metrics = {
    concurrent: metric(`${p.threads} turns at once (one per thread), wall`, "ms", pick((x) => x.concurrentMs), [SDK, RAW]),
    sequential: metric(`the same ${p.threads} one after another, wall`, "ms", pick((x) => x.sequentialMs), [SDK, RAW]),
    speedup: metric("speed-up (sequential / concurrent)", "x", pick((x) => x.sequentialMs / x.concurrentMs), [SDK, RAW], true),
    concurrentCpu: metric(`client CPU for the ${p.threads} at once`, "ms", pick((x) => x.concurrentCpuMs), [SDK, RAW])
  }
  const misrouted = [...r(RAW), ...r(SDK)].reduce((n, x) => n + x.misrouted, 0)
  const sdkMisrouted = r(SDK).reduce((n, x) => n + x.misrouted, 0)
  return {
    id: "concurrency",
    title: `Concurrency, real server: ${p.threads} threads each running one turn at once on one client vs the same sequentially`,
    command: "npm run bench -- --only concurrency",
    contenders: [RAW, SDK],
    params: p,
    rounds: p.rounds,
    metrics,
    targets: [
      target("misrouted events (effect-codex)", sdkMisrouted, "==", 0),
      target("speed-up of running at once (effect-codex)", metrics.speedup.values[SDK]!.median, ">=", 1)
    ],
    misrouted,
    wrongAnswers: [...r(RAW), ...r(SDK)].reduce((n, x) => n + x.wrongAnswers, 0),
    runs: { [RAW]: r(RAW), [SDK]: r(SDK) }
  }
}

const requests: Runner = async (ctx) => {
  const p = ctx.plan.requests
  const config: ChildConfig = { mode: "requests", recording: ctx.recording, counts: p.counts, warmup: p.warmup, budgetMs: p.budgetMs }
  const runs = await interleave(ctx, "requests", p.rounds, [
    { name: RAW, script: rawScript, config },
    { name: SDK, script: sdkScript, config }
  ])
  const r = (name: string) => results<RequestsResult>(runs[name])
  const metrics: Record<string, Metric> = {}
  const timedOut: Array<string> = []
  for (const count of p.counts) {
    const per = (name: string) => r(name).map((x) => x.runs.find((run) => run.count === count))
    const values: Record<string, Array<number>> = {}
    for (const name of [RAW, SDK]) {
      const runsOf = per(name)
      if (runsOf.some((x) => x === undefined || x.timedOut)) timedOut.push(`${name} at ${count}`)
      values[name] = runsOf.filter((x) => x !== undefined).map((x) => x!.cpuUsPerRequest)
    }
    const complete = values[RAW]!.length === p.rounds && values[SDK]!.length === p.rounds
    const late = [RAW, SDK].flatMap((name) => {
      const t = per(name).filter((x) => x?.timedOut === true)
      return t.length === 0 ? [] : [`${name}: ${Math.round(median(t.map((x) => x!.completed)))} done in ${p.budgetMs / 1000} s`]
    })
    metrics[`cpu${count}`] = metric(
      late.length === 0
        ? `client CPU per request, ${count.toLocaleString("en")} at once (thread/read)`
        : `client CPU per completed request, ${count.toLocaleString("en")} at once (thread/read; timed out, ${late.join(", ")})`,
      "µs",
      values,
      complete ? [SDK, RAW] : undefined
    )
  }
  const [lo, hi] = [p.counts[0]!, p.counts[p.counts.length - 1]!]
  const growth = (name: string) => {
    const a = metrics[`cpu${lo}`]!.values[name]!.median
    const b = metrics[`cpu${hi}`]!.values[name]?.median ?? Number.NaN
    return b / a
  }
  const flat = growth(SDK)
  return {
    id: "requests",
    title: `Concurrent requests over the in-memory transport: CPU per request at ${p.counts.map((c) => c.toLocaleString("en")).join(" / ")} in flight`,
    command: "npm run bench -- --only requests",
    contenders: [RAW, SDK],
    params: { ...p, timedOut },
    rounds: p.rounds,
    metrics: {
      ...metrics,
      growth: metric(`CPU per request at ${hi} / at ${lo}`, "x", { [RAW]: [growth(RAW)], [SDK]: [Number.isNaN(flat) ? Infinity : flat] })
    },
    targets: [
      target(`counts of requests at once not completed within ${p.budgetMs / 1000} s (effect-codex)`, timedOut.filter((t) => t.startsWith(SDK)).length, "==", 0),
      target(`CPU per request flat: at ${hi.toLocaleString("en")} / at ${lo.toLocaleString("en")} (effect-codex)`, Number.isNaN(flat) ? Infinity : flat, "<=", 1.25)
    ],
    misrouted: 0,
    wrongAnswers: 0,
    runs: { [RAW]: r(RAW), [SDK]: r(SDK) }
  }
}

const heap: Runner = async (ctx) => {
  const p = ctx.plan.heap
  const config: ChildConfig = { mode: "heap", recording: ctx.recording, checkpoints: p.checkpoints, turnsPerThread: p.turnsPerThread, input: ctx.input }
  const options = { nodeArgs: [...tsx, "--expose-gc"] }
  const runs = await interleave(ctx, "heap", p.rounds, [
    { name: RAW, script: rawScript, config, options },
    { name: SDK, script: sdkScript, config, options }
  ])
  const r = (name: string) => results<HeapResult>(runs[name])
  const [a, b] = p.checkpoints
  const at = (name: string, turns: number) => r(name).map((x) => x.checkpoints.find((c) => c.turns === turns)!.heapUsed / 1e6)
  const growth = (name: string) => at(name, b).map((x, i) => x - at(name, a)[i]!)
  const metrics = {
    heapFirst: metric(`heap used after ${a} turns (after GC)`, "MB", { [RAW]: at(RAW, a), [SDK]: at(SDK, a) }),
    heapLast: metric(`heap used after ${b} turns (after GC)`, "MB", { [RAW]: at(RAW, b), [SDK]: at(SDK, b) }),
    growth: metric(`growth from ${a} to ${b} turns`, "MB", { [RAW]: growth(RAW), [SDK]: growth(SDK) })
  }
  return {
    id: "heap",
    title: `Memory: heap after ${b.toLocaleString("en")} turns vs after ${a} (in-memory transport, a new thread every ${p.turnsPerThread} turns)`,
    command: "npm run bench -- --only heap",
    contenders: [RAW, SDK],
    params: p,
    rounds: p.rounds,
    metrics,
    targets: [target(`heap growth ${a} -> ${b.toLocaleString("en")} turns, MB (effect-codex)`, metrics.growth.values[SDK]!.median, "<=", 10)],
    misrouted: 0,
    wrongAnswers: 0,
    runs: { [RAW]: r(RAW), [SDK]: r(SDK) }
  }
}

const routing: Runner = async (ctx) => {
  const p = ctx.plan.routing
  const config: ChildConfig = { mode: "routing", recording: ctx.recording, replays: p.replays, chunkBytes: p.chunkBytes }
  const runs = await interleave(ctx, "routing", p.rounds, [
    { name: RAW, script: rawScript, config },
    { name: SDK, script: sdkScript, config }
  ])
  const r = (name: string) => results<RoutingResult>(runs[name])
  // per round: the median replay's rate (the first replays of a process include JIT warm-up)
  const rate = (name: string) => r(name).map((x) => median(x.replays.map((rep) => rep.delivered / (rep.ms / 1000))))
  const metrics = {
    throughput: metric("notifications delivered to turn streams per second", "/s", { [RAW]: rate(RAW), [SDK]: rate(SDK) }, [SDK, RAW], true)
  }
  const misrouted = [...r(RAW), ...r(SDK)].reduce((n, x) => n + x.misrouted, 0)
  const first = r(SDK)[0]
  return {
    id: "routing",
    title: `Routing throughput: recorded notification lines of ${ctx.plan.recordConcurrentTurns} concurrent real turns, ${p.chunkBytes / 1024} KiB chunks, through the reader to one stream per turn`,
    command: "npm run bench -- --only routing",
    contenders: [RAW, SDK],
    params: { ...p, bytesPerReplay: first?.bytes, notificationsPerReplay: first?.replays[0]?.delivered },
    rounds: p.rounds,
    metrics,
    targets: [
      target("notifications/s (effect-codex)", metrics.throughput.values[SDK]!.median, ">=", 500_000),
      target("misrouted events", misrouted, "==", 0)
    ],
    misrouted,
    wrongAnswers: 0,
    runs: { [RAW]: r(RAW).map(({ replays, ...rest }) => ({ ...rest, replayMs: replays.map((x) => x.ms) })), [SDK]: r(SDK).map(({ replays, ...rest }) => ({ ...rest, replayMs: replays.map((x) => x.ms) })) }
  }
}

const moduleLoad: Runner = async (ctx) => {
  const p = ctx.plan.moduleLoad
  const script = "bench/alt/load.mjs"
  const runs = await interleave(ctx, "moduleLoad", p.rounds, [
    { name: RAW, script, config: { specifier: "node:child_process" }, options: { nodeArgs: [] } },
    { name: SDK, script, config: { specifier: "@effect-codex/sdk" }, options: { nodeArgs: SDK_LOADER } },
    { name: OPENAI, script, config: { specifier: "@openai/codex-sdk" }, options: { nodeArgs: [] } }
  ])
  type R = { loadMs: number; sinceProcessStartMs: number }
  const load = (name: string) => results<R>(runs[name]).map((x) => x.loadMs)
  const proc = (name: string) => (runs[name] ?? []).map((x) => x.processMs)
  const metrics = {
    load: metric("`await import(...)` in a fresh process", "ms", { [RAW]: load(RAW), [SDK]: load(SDK), [OPENAI]: load(OPENAI) }),
    process: metric("whole process (spawn to exit, node start-up included)", "ms", { [RAW]: proc(RAW), [SDK]: proc(SDK), [OPENAI]: proc(OPENAI) })
  }
  return {
    id: "moduleLoad",
    title: `Module load: \`import("@effect-codex/sdk")\` (${SDK_LOADER.length === 0 ? "plain node" : `node ${SDK_LOADER.join(" ")}, from TypeScript sources`}) vs node's own modules (raw) and @openai/codex-sdk`,
    command: "npm run bench -- --only moduleLoad",
    contenders: [RAW, SDK, OPENAI],
    params: { ...p, sdkLoader: SDK_LOADER },
    rounds: p.rounds,
    metrics,
    targets: [target("module load of effect-codex, ms", metrics.load.values[SDK]!.median, "<=", 600)],
    misrouted: 0,
    wrongAnswers: 0,
    runs: { [RAW]: results(runs[RAW]), [SDK]: results(runs[SDK]), [OPENAI]: results(runs[OPENAI]) }
  }
}

const alternative: Runner = async (ctx) => {
  const p = ctx.plan.alternative
  const config = { turns: p.turns, input: ctx.input, answer: ctx.answer, binary: ctx.binary }
  const runs = await interleave(ctx, "alternative", p.rounds, [
    { name: OPENAI, script: "bench/alt/openai-codex-sdk.mjs", config, options: { nodeArgs: [] }, home: true },
    { name: SDK, script: "bench/alt/effect-codex.mjs", config, options: { nodeArgs: SDK_LOADER }, home: true }
  ])
  type R = { loadMs: number; startupMs: number; turnMs: ReadonlyArray<number>; wrongAnswers: number; sinceProcessStartMs: number }
  const r = (name: string) => results<R>(runs[name])
  const perTurn = (name: string) => r(name).map((x) => median(x.turnMs))
  const proc = (name: string) => (runs[name] ?? []).map((x) => x.processMs)
  const load = (name: string) => r(name).map((x) => x.loadMs)
  const metrics = {
    perTurn: metric("wall per turn (median of the conversation)", "ms", { [OPENAI]: perTurn(OPENAI), [SDK]: perTurn(SDK) }, [SDK, OPENAI]),
    wholeProcess: metric(`whole process: ${p.turns}-turn script, spawn to exit`, "ms", { [OPENAI]: proc(OPENAI), [SDK]: proc(SDK) }, [SDK, OPENAI]),
    load: metric("module load inside that process", "ms", { [OPENAI]: load(OPENAI), [SDK]: load(SDK) })
  }
  return {
    id: "alternative",
    title: `The alternative: @openai/codex-sdk (\`codex exec\` per turn, same pinned codex binary) vs effect-codex, a ${p.turns}-turn conversation`,
    command: "npm run bench -- --only alternative",
    contenders: [OPENAI, SDK],
    params: { ...p, sdkLoader: SDK_LOADER },
    rounds: p.rounds,
    metrics,
    targets: [
      target("per-turn ratio effect-codex / @openai/codex-sdk", metrics.perTurn.ratio!.median, "<", 1),
      target("whole-process ratio effect-codex / @openai/codex-sdk", metrics.wholeProcess.ratio!.median, "<", 1)
    ],
    misrouted: 0,
    wrongAnswers: [...r(OPENAI), ...r(SDK)].reduce((n, x) => n + x.wrongAnswers, 0),
    runs: { [OPENAI]: r(OPENAI), [SDK]: r(SDK) }
  }
}

export const benchmarks: ReadonlyArray<readonly [id: string, run: Runner]> = [
  ["startup", startup],
  ["turns", turns],
  ["concurrency", concurrency],
  ["clientRun", clientTurns("memoryRun")],
  ["clientDeltas", clientTurns("memoryDeltas")],
  ["requests", requests],
  ["heap", heap],
  ["routing", routing],
  ["moduleLoad", moduleLoad],
  ["alternative", alternative]
]

export const runBench = async (ctx: Context, run: Runner): Promise<BenchResult> => {
  const before = Os.loadavg()
  const t0 = performance.now()
  const result = await run(ctx)
  return { ...result, load: { before, after: Os.loadavg() }, elapsedMs: performance.now() - t0 }
}
