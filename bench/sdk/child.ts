/**
 * effect-codex's benchmark child: one mode per process (see `ChildConfig`), result on stdout.
 * Only the SDK's public API: `Codex.layerNode` against the real server, `bench/memoryClient.ts`
 * (the same `Codex.layer` over the replay peer) for the client-only modes.
 */
import { AppServer, Codex } from "@effect-codex/sdk"
import type { Events, Thread } from "@effect-codex/sdk"
import { Context, Effect, Exit, Fiber, Layer, Scope, Stream } from "effect"
import type {
  ChildConfig,
  ConcurrencyResult,
  HeapResult,
  RequestsResult,
  RoutingResult,
  ServerConfig,
  TurnsResult
} from "../lib/childKit.js"
import { config, cpuSince, emit, heapAfterGc, nowUs, range } from "../lib/childKit.js"
import * as Recording from "../lib/recording.js"
import type { Peer } from "../lib/replay.js"
import { makePeer } from "../lib/replay.js"
import { prepare } from "../lib/routing.js"
import * as MemoryClient from "../memoryClient.js"

type Services = Codex.Codex | AppServer.AppServer

const realServer = (c: ServerConfig) => Codex.layerNode({ env: c.env, cwd: c.cwd })

/** Builds the layer in a new scope; returns the services, the scope and how long it took. */
const acquire = (layer: Layer.Layer<Services, Codex.StartError>) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    const t0 = performance.now()
    const context = yield* Layer.buildWithScope(layer, scope)
    const acquireMs = performance.now() - t0
    return { codex: Context.get(context, Codex.Codex), server: Context.get(context, AppServer.AppServer), scope, acquireMs }
  })

const memory = (path: string) => {
  const recording = Recording.read(path)
  let peer: Peer | undefined
  const layer = MemoryClient.layer((deliver) => makePeer(recording, deliver), (p) => (peer = p))
  return { recording, layer, peer: () => peer! }
}

const startup = (c: Extract<ChildConfig, { mode: "startup" }>) =>
  Effect.gen(function*() {
    const acquireMs: Array<number> = []
    const closeMs: Array<number> = []
    for (let i = 0; i < c.count; i++) {
      const { acquireMs: ms, scope } = yield* acquire(realServer(c))
      acquireMs.push(ms)
      const t1 = performance.now()
      yield* Scope.close(scope, Exit.void)
      closeMs.push(performance.now() - t1)
    }
    return { acquireMs, closeMs }
  })

/** One turn as users write it: `thread.run`, or `thread.turn` + `textDeltas` then `run`. */
const runOnce = (thread: Thread.Thread, input: string, deltas: boolean, sink: { text: string }) =>
  deltas
    ? Effect.scoped(Effect.gen(function*() {
      const handle = yield* thread.turn(input)
      yield* Stream.runForEach(handle.textDeltas, (delta) => Effect.sync(() => void (sink.text += delta)))
      return yield* handle.run
    }))
    : thread.run(input)

const turnLoop = (
  codex: Codex.Service,
  c: { readonly turns: number; readonly warmup: number; readonly input: string; readonly answer: string },
  deltas: boolean,
  acquireMs: number
) =>
  Effect.gen(function*() {
    const thread = yield* codex.threadStart()
    const sink = { text: "" }
    for (let i = 0; i < c.warmup; i++) yield* runOnce(thread, c.input, deltas, sink)
    let wrongAnswers = 0
    const wallMs: Array<number> = []
    const w0 = nowUs()
    const cpu0 = process.cpuUsage()
    for (let i = 0; i < c.turns; i++) {
      const t0 = performance.now()
      const result = yield* runOnce(thread, c.input, deltas, sink)
      wallMs.push(performance.now() - t0)
      if (result.finalResponse !== c.answer || result.status !== "completed") wrongAnswers++
    }
    const cpu = cpuSince(cpu0)
    const window = [w0, nowUs()] as const
    return { acquireMs, turns: c.turns, wallMs, cpu, wrongAnswers, textLength: sink.text.length, window } satisfies TurnsResult & {
      textLength: number
    }
  })

const turns = (c: Extract<ChildConfig, { mode: "turns" }>) =>
  Effect.gen(function*() {
    const { acquireMs, codex, scope } = yield* acquire(realServer(c))
    const result = yield* turnLoop(codex, c, false, acquireMs)
    yield* Scope.close(scope, Exit.void)
    return result
  })

/** Whether an event names this thread and turn. */
const belongs = (event: Events.Event, threadId: string, turnId: string) => {
  const params = event.params as { threadId?: string; turnId?: string; turn?: { id?: string } } | undefined
  return params?.threadId === threadId && (params.turnId ?? params.turn?.id) === turnId
}

const concurrency = (c: Extract<ChildConfig, { mode: "concurrency" }>) =>
  Effect.gen(function*() {
    const { codex, scope } = yield* acquire(realServer(c))
    const threads: Array<Thread.Thread> = []
    for (let i = 0; i < 2 * c.threads + 1; i++) threads.push(yield* codex.threadStart())
    yield* threads.pop()!.run(c.input) // warm-up
    let events = 0
    let misrouted = 0
    let wrongAnswers = 0
    const turn = (thread: Thread.Thread) =>
      Effect.scoped(Effect.gen(function*() {
        const handle = yield* thread.turn(c.input)
        yield* Stream.runForEach(handle.stream, (event) =>
          Effect.sync(() => {
            events++
            if (!belongs(event, thread.id, handle.id)) misrouted++
          }))
        const result = yield* handle.run
        if (result.finalResponse !== c.answer) wrongAnswers++
      }))
    const w0 = nowUs()
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    yield* Effect.forEach(threads.slice(0, c.threads), turn, { concurrency: "unbounded", discard: true })
    const concurrentMs = performance.now() - t0
    const concurrentCpuMs = cpuSince(cpu0).totalMs
    const cpu1 = process.cpuUsage()
    const t1 = performance.now()
    yield* Effect.forEach(threads.slice(c.threads), turn, { discard: true })
    const sequentialMs = performance.now() - t1
    const sequentialCpuMs = cpuSince(cpu1).totalMs
    const window = [w0, nowUs()] as const
    yield* Scope.close(scope, Exit.void)
    return {
      window,
      threads: c.threads,
      concurrentMs,
      sequentialMs,
      concurrentCpuMs,
      sequentialCpuMs,
      events,
      misrouted,
      wrongAnswers
    } satisfies ConcurrencyResult
  })

const memoryTurns = (c: Extract<ChildConfig, { mode: "memoryRun" | "memoryDeltas" }>) =>
  Effect.gen(function*() {
    const { codex, scope } = yield* acquire(memory(c.recording).layer)
    const result = yield* turnLoop(codex, c, c.mode === "memoryDeltas", 0)
    yield* Scope.close(scope, Exit.void)
    return result
  })

const requests = (c: Extract<ChildConfig, { mode: "requests" }>) =>
  Effect.gen(function*() {
    const { codex, scope } = yield* acquire(memory(c.recording).layer)
    const thread = yield* codex.threadStart()
    let completed = 0
    const batch = (n: number) =>
      Effect.forEach(range(n), () => Effect.tap(thread.read(), () => void completed++), {
        concurrency: "unbounded",
        discard: true
      })
    yield* batch(c.warmup)
    const runs: Array<RequestsResult["runs"][number]> = []
    const w0 = nowUs()
    for (const count of c.counts) {
      completed = 0
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      // Past the budget, report what completed and exit from a plain timer: interrupting (or even
      // outrunning) thousands of fibers queued on the semaphore can take minutes.
      const budget = setTimeout(() => {
        const cpuUs = cpuSince(cpu0).totalMs * 1000
        runs.push({ count, completed, timedOut: true, wallMs: performance.now() - t0, cpuUsPerRequest: cpuUs / Math.max(1, completed) })
        emit({ runs, window: [w0, nowUs()] } satisfies RequestsResult)
        process.exit(0)
      }, c.budgetMs)
      yield* batch(count)
      clearTimeout(budget)
      const wallMs = performance.now() - t0
      runs.push({ count, completed, timedOut: false, wallMs, cpuUsPerRequest: (cpuSince(cpu0).totalMs * 1000) / count })
    }
    const window = [w0, nowUs()] as const
    yield* Scope.close(scope, Exit.void)
    return { runs, window } satisfies RequestsResult
  })

const heap = (c: Extract<ChildConfig, { mode: "heap" }>) =>
  Effect.gen(function*() {
    const { codex, scope } = yield* acquire(memory(c.recording).layer)
    const checkpoints: Array<HeapResult["checkpoints"][number]> = []
    const last = Math.max(...c.checkpoints)
    let thread: Thread.Thread | undefined
    const w0 = nowUs()
    for (let i = 1; i <= last; i++) {
      if ((i - 1) % c.turnsPerThread === 0) thread = yield* codex.threadStart()
      yield* thread!.run(c.input)
      if (c.checkpoints.includes(i)) checkpoints.push({ turns: i, heapUsed: heapAfterGc() })
    }
    const window = [w0, nowUs()] as const
    yield* Scope.close(scope, Exit.void)
    return { checkpoints, window } satisfies HeapResult
  })

const routing = (c: Extract<ChildConfig, { mode: "routing" }>) =>
  Effect.gen(function*() {
    const m = memory(c.recording)
    const replays = prepare(m.recording, c.replays, c.chunkBytes)
    const { scope, server } = yield* acquire(m.layer)
    const peer = m.peer()
    const out: Array<RoutingResult["replays"][number]> = []
    let misrouted = 0
    const w0 = nowUs()
    for (const replay of replays) {
      // one consumer per turn, subscribed before any byte arrives
      const consumers = yield* Effect.forEach(replay.turns, ({ threadId, turnId }) =>
        // a pure fold: what the stream machinery costs per event, not an Effect per event
        Stream.runFold(server.turnEvents(turnId), 0, (n, event) => {
          if (!belongs(event, threadId, turnId)) misrouted++
          return n + 1
        }), { concurrency: "unbounded" }).pipe(Effect.fork)
      while ((yield* server.stats).liveTurns < replay.turns.length) yield* Effect.yieldNow()
      const t0 = performance.now()
      for (const chunk of replay.chunks) peer.push(chunk)
      const counts = yield* Fiber.join(consumers)
      out.push({ delivered: counts.reduce((a, b) => a + b, 0), ms: performance.now() - t0 })
    }
    const window = [w0, nowUs()] as const
    yield* Scope.close(scope, Exit.void)
    return { replays: out, misrouted, bytes: replays[0]?.bytes ?? 0, window } satisfies RoutingResult
  })

const main = (c: ChildConfig): Effect.Effect<unknown, unknown> => {
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

Effect.runPromise(main(config<ChildConfig>())).then(
  (result) => {
    emit(result)
    process.exit(0)
  },
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
