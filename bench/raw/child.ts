/**
 * The raw baseline's benchmark child: one mode per process (see `ChildConfig`), result on stdout.
 * Plain Node: nothing here loads Effect.
 */
import type {
  ChildConfig,
  ConcurrencyResult,
  HeapResult,
  RequestsResult,
  RoutingResult,
  TurnsResult
} from "../lib/childKit.js"
import { config, cpuSince, emit, heapAfterGc, nowUs, range } from "../lib/childKit.js"
import * as Recording from "../lib/recording.js"
import { prepare } from "../lib/routing.js"
import type { RawClient } from "./client.js"
import * as Memory from "./memory.js"
import { spawnServer } from "./process.js"

const startup = async (c: Extract<ChildConfig, { mode: "startup" }>) => {
  const acquireMs: Array<number> = []
  const closeMs: Array<number> = []
  for (let i = 0; i < c.count; i++) {
    const t0 = performance.now()
    const server = spawnServer(c)
    await server.client.initialize()
    acquireMs.push(performance.now() - t0)
    const t1 = performance.now()
    await server.close()
    closeMs.push(performance.now() - t1)
  }
  return { acquireMs, closeMs }
}

const turnLoop = async (
  client: RawClient,
  c: { readonly turns: number; readonly warmup: number; readonly input: string; readonly answer: string },
  onDelta: ((delta: string) => void) | undefined,
  acquireMs: number
): Promise<TurnsResult> => {
  const threadId = await client.threadStart()
  let wrongAnswers = 0
  for (let i = 0; i < c.warmup; i++) await client.runTurn(threadId, c.input, onDelta)
  const wallMs: Array<number> = []
  const w0 = nowUs()
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < c.turns; i++) {
    const t0 = performance.now()
    const result = await client.runTurn(threadId, c.input, onDelta)
    wallMs.push(performance.now() - t0)
    if (result.finalResponse !== c.answer || result.status !== "completed") wrongAnswers++
  }
  const cpu = cpuSince(cpu0)
  return { acquireMs, turns: c.turns, wallMs, cpu, wrongAnswers, window: [w0, nowUs()] }
}

const turns = async (c: Extract<ChildConfig, { mode: "turns" }>) => {
  const t0 = performance.now()
  const server = spawnServer(c)
  await server.client.initialize()
  const acquireMs = performance.now() - t0
  try {
    return await turnLoop(server.client, c, undefined, acquireMs)
  } finally {
    await server.close()
  }
}

const concurrency = async (c: Extract<ChildConfig, { mode: "concurrency" }>): Promise<ConcurrencyResult> => {
  const server = spawnServer(c)
  const client = server.client
  try {
    await client.initialize()
    const threads: Array<string> = []
    for (let i = 0; i < 2 * c.threads + 1; i++) threads.push(await client.threadStart())
    await client.runTurn(threads.pop()!, c.input) // warm-up
    let events = 0
    let misrouted = 0
    let wrongAnswers = 0
    const count = (r: Awaited<ReturnType<RawClient["runTurn"]>>) => {
      events += r.events
      misrouted += r.misrouted
      if (r.finalResponse !== c.answer) wrongAnswers++
    }
    const w0 = nowUs()
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    const results = await Promise.all(threads.slice(0, c.threads).map((id) => client.runTurn(id, c.input)))
    const concurrentMs = performance.now() - t0
    const concurrentCpuMs = cpuSince(cpu0).totalMs
    results.forEach(count)
    const cpu1 = process.cpuUsage()
    const t1 = performance.now()
    for (const id of threads.slice(c.threads)) count(await client.runTurn(id, c.input))
    const sequentialMs = performance.now() - t1
    const sequentialCpuMs = cpuSince(cpu1).totalMs
    const window = [w0, nowUs()] as const
    return { window, threads: c.threads, concurrentMs, sequentialMs, concurrentCpuMs, sequentialCpuMs, events, misrouted, wrongAnswers }
  } finally {
    await server.close()
  }
}

const memoryTurns = async (c: Extract<ChildConfig, { mode: "memoryRun" | "memoryDeltas" }>) => {
  const { client } = Memory.connect(Recording.read(c.recording))
  await client.initialize()
  let text = ""
  const onDelta = c.mode === "memoryDeltas" ? (delta: string) => void (text += delta) : undefined
  const result = await turnLoop(client, c, onDelta, 0)
  return { ...result, textLength: text.length }
}

const requests = async (c: Extract<ChildConfig, { mode: "requests" }>): Promise<RequestsResult> => {
  const { client } = Memory.connect(Recording.read(c.recording))
  await client.initialize()
  const threadId = await client.threadStart()
  let completed = 0
  const batch = (n: number) =>
    Promise.all(range(n).map(() => client.request("thread/read", { threadId, includeTurns: false }).then(() => completed++)))
  await batch(c.warmup)
  const runs: Array<RequestsResult["runs"][number]> = []
  const w0 = nowUs()
  for (const count of c.counts) {
    completed = 0
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    let timer: NodeJS.Timeout | undefined
    const budget = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), c.budgetMs)))
    const outcome = await Promise.race([batch(count), budget])
    clearTimeout(timer)
    const wallMs = performance.now() - t0
    const timedOut = outcome === "timeout"
    runs.push({ count, completed, timedOut, wallMs, cpuUsPerRequest: (cpuSince(cpu0).totalMs * 1000) / Math.max(1, completed) })
    if (timedOut) break
  }
  return { runs, window: [w0, nowUs()] }
}

const heap = async (c: Extract<ChildConfig, { mode: "heap" }>): Promise<HeapResult> => {
  const { client } = Memory.connect(Recording.read(c.recording))
  await client.initialize()
  const checkpoints: Array<HeapResult["checkpoints"][number]> = []
  const last = Math.max(...c.checkpoints)
  let threadId = ""
  const w0 = nowUs()
  for (let i = 1; i <= last; i++) {
    if ((i - 1) % c.turnsPerThread === 0) threadId = await client.threadStart()
    await client.runTurn(threadId, c.input)
    if (c.checkpoints.includes(i)) checkpoints.push({ turns: i, heapUsed: heapAfterGc() })
  }
  return { checkpoints, window: [w0, nowUs()] }
}

const routing = async (c: Extract<ChildConfig, { mode: "routing" }>): Promise<RoutingResult> => {
  const recording = Recording.read(c.recording)
  const replays = prepare(recording, c.replays, c.chunkBytes)
  const { client } = Memory.connect(recording)
  await client.initialize()
  const decoder = new TextDecoder()
  const out: Array<RoutingResult["replays"][number]> = []
  let misrouted = 0
  const w0 = nowUs()
  for (const replay of replays) {
    const done = Promise.all(replay.turns.map((t) => client.watchTurn(t.threadId, t.turnId)))
    const t0 = performance.now()
    for (const chunk of replay.chunks) client.onData(decoder.decode(chunk, { stream: true }))
    const results = await done
    const ms = performance.now() - t0
    let delivered = 0
    for (const r of results) {
      delivered += r.events
      misrouted += r.misrouted
    }
    out.push({ delivered, ms })
  }
  return { replays: out, misrouted, bytes: replays[0]?.bytes ?? 0, window: [w0, nowUs()] }
}

const main = async () => {
  const c = config<ChildConfig>()
  switch (c.mode) {
    case "startup":
      return startup(c)
    case "turns":
      return turns(c)
    case "concurrency":
      return concurrency(c)
    case "memoryRun":
    case "memoryDeltas":
      return memoryTurns(c)
    case "requests":
      return requests(c)
    case "heap":
      return heap(c)
    case "routing":
      return routing(c)
  }
}

main().then(
  (result) => {
    emit(result)
    process.exit(0)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
