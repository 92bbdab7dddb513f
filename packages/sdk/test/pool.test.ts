import { CodexHome, FakeResponses, ListeningAppServer, TestCodex } from "@effect-codex/testing"
import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import { Cause, Chunk, Config, ConfigError, ConfigProvider, Context, Effect, Exit, Fiber, Layer, Option, Redacted, Schedule, Scope, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as AppServerSocket from "../src/AppServerSocket.js"
import * as Codex from "../src/Codex.js"
import * as CodexPool from "../src/CodexPool.js"
import * as Goals from "../src/Goals.js"
import * as PromiseClient from "../src/PromiseClient.js"
import * as Turn from "../src/Turn.js"
import { figure, size as sized } from "./utils/figures.js"
import { groupMembers, isAlive } from "./utils/processes.js"

const Script = FakeResponses.Script

/** A pool on the real app-server and the scripted model, in one temporary `CODEX_HOME`. */
const poolLayer = (options: Omit<CodexPool.Options, "cwd" | "env">) =>
  Layer.unwrapEffect(
    Effect.map(CodexHome.CodexHome, (home) => Codex.layerPool({ ...options, cwd: home.path, env: home.env }))
  ).pipe(Layer.provideMerge(CodexHome.layer), Layer.provideMerge(FakeResponses.layer))

const build = (scope: Scope.Scope, options: Omit<CodexPool.Options, "cwd" | "env">) =>
  Layer.buildWithScope(poolLayer(options), scope).pipe(
    Effect.map((context) => ({
      codex: Context.get(context, Codex.Codex),
      pool: Context.get(context, CodexPool.CodexPool),
      fake: Context.get(context, FakeResponses.FakeResponses)
    }))
  )

const waitFor = <A>(effect: Effect.Effect<A>, done: (a: A) => boolean) =>
  Effect.gen(function*() {
    for (let i = 0; i < 1000; i++) {
      const a = yield* effect
      if (done(a)) return a
      yield* Effect.sleep("10 millis")
    }
    return yield* Effect.dieMessage("condition not reached in 10 s")
  })

/** The golden path, written against `Codex` only: a thread, a turn, a streamed turn. */
const goldenPath = Effect.gen(function*() {
  const fake = yield* FakeResponses.FakeResponses
  yield* fake.enqueue(Script.text("Hello there."), Script.text(["Str", "eamed."]))
  const thread = yield* Codex.threadStart()
  const result = yield* thread.run("Say hello")
  const streamed = yield* thread.stream("Stream it").pipe(Turn.answerDeltas, Stream.runCollect)
  return { finalResponse: result.finalResponse, streamed: Chunk.join(streamed, "") }
})

describe("Codex.layerPool against the real app-server", () => {
  it.live("a pool of 4 with 40 threads: balanced placement, a killed member fails only its turns and comes back", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      // the restart waits for `restart` to open, so that "while it is down" is a state, not a race
      const restart = yield* Effect.makeLatch(false)
      const restartSchedule = Schedule.forever.pipe(Schedule.tapInput(() => restart.await))
      const { codex, fake, pool } = yield* build(scope, { size: 4, restartSchedule })
      const pids = (yield* pool.stats).map((m) => m.pid!)
      assert.strictEqual(new Set(pids).size, 4)

      // 40 threads started concurrently: 10 on each member
      const threads = yield* Effect.forEach(Array.from({ length: 40 }), () => codex.threadStart(), { concurrency: 8 })
      const placed = yield* pool.stats
      figure("pool placement", Object.fromEntries(placed.map((m) => [`member ${m.index}`, m.threads])))
      for (const m of placed) assert.isTrue(m.threads >= 9 && m.threads <= 11, `member ${m.index}: ${m.threads} threads`)
      const byMember = [0, 1, 2, 3].map((i) => threads.filter((t) => pool.memberOf(t.id) === i))
      assert.deepStrictEqual(byMember.map((ts) => ts.length), placed.map((m) => m.threads))

      // every thread runs a turn (on its member: the handle is that member's)
      const answers = yield* Effect.forEach(threads, (t) => Effect.map(t.run("hi"), (r) => r.finalResponse), {
        concurrency: 8
      })
      for (const answer of answers) assert.strictEqual(answer, FakeResponses.defaultAnswer)

      // one held turn per member: each member runs exactly its own thread's turn
      const held = byMember.map((ts) => ts[0]!)
      for (const [i, t] of held.entries()) yield* fake.enqueueFor(t.id, Script.stall({ id: `m${i}`, then: Script.text(`done ${i}`) }))
      const running = yield* Effect.forEach(held, (t) => Effect.forkIn(Effect.either(t.run("hold")), scope))
      for (const i of [0, 1, 2, 3]) yield* fake.awaitStall(`m${i}`)
      const busy = yield* pool.stats
      assert.deepStrictEqual(busy.map((m) => m.liveTurns), [1, 1, 1, 1])

      // member 2 killed mid-turn: only its turn fails, typed
      process.kill(pids[2]!, "SIGKILL")
      const failed = yield* Fiber.join(running[2]!)
      assert.isTrue(failed._tag === "Left" && failed.left._tag === "AppServerExited")
      const down = yield* waitFor(pool.stats, (ms) => !ms[2]!.alive)
      assert.deepStrictEqual(down.map((m) => m.alive), [true, true, false, true])

      // new threads land elsewhere while it is down
      const later = yield* Effect.forEach(Array.from({ length: 6 }), () => codex.threadStart(), { concurrency: 3 })
      for (const t of later) assert.notStrictEqual(pool.memberOf(t.id), 2)

      // the other members' turns complete
      for (const i of [0, 1, 3]) yield* fake.release(`m${i}`)
      for (const i of [0, 1, 3]) {
        const outcome = yield* Fiber.join(running[i]!)
        assert.isTrue(outcome._tag === "Right" && outcome.right.finalResponse === `done ${i}`)
      }

      // the member comes back: a fresh process; its threads stay on it and run again once resumed
      yield* restart.open
      const back = yield* waitFor(pool.stats, (ms) => ms[2]!.alive && ms[2]!.restarts === 1)
      assert.notStrictEqual(back[2]!.pid, pids[2])
      assert.isFalse(isAlive(pids[2]!))
      const revived = yield* codex.threadResume(held[2]!.id)
      assert.strictEqual(pool.memberOf(revived.id), 2)
      assert.strictEqual((yield* revived.run("again")).finalResponse, FakeResponses.defaultAnswer)
      assert.deepStrictEqual(back.map((m) => m.restarts), [0, 0, 1, 0])

      // methods tied to no thread go to a live member
      assert.isArray((yield* codex.models()).data)

      // closing its threads frees a member: the next thread goes there, its old threads stay there
      const onOne = [...threads, ...later].filter((t) => pool.memberOf(t.id) === 1)
      yield* Effect.forEach(onOne, (t) => t.close, { discard: true })
      assert.strictEqual((yield* pool.stats)[1]!.threads, 0)
      const next = yield* codex.threadStart()
      assert.strictEqual(pool.memberOf(next.id), 1)
      assert.strictEqual(pool.memberOf(byMember[1]![0]!.id), 1)

      // no process left behind
      const all = [...pids, back[2]!.pid!]
      yield* Scope.close(scope, Exit.void)
      for (const pid of all) {
        assert.isFalse(isAlive(pid), `pid ${pid}`)
        assert.deepStrictEqual(groupMembers(pid), [])
      }
    }), { timeout: 120_000 })

  it.live("the golden-path program runs unchanged on a pool by swapping one layer", () =>
    Effect.gen(function*() {
      const single = yield* goldenPath.pipe(Effect.provide(TestCodex.layer()))
      const pooled = yield* goldenPath.pipe(Effect.provide(poolLayer({ size: 2 })))
      assert.deepStrictEqual(single, { finalResponse: "Hello there.", streamed: "Streamed." })
      assert.deepStrictEqual(pooled, single)
    }), { timeout: 60_000 })

  it("the Promise facade runs on a pool: PromiseClient.make with the pool's layer", async () => {
    const client = PromiseClient.make({}, (options) =>
      Layer.unwrapEffect(
        Effect.map(CodexHome.CodexHome, (home) => Codex.layerPool({ ...options, size: 2, cwd: home.path, env: home.env }))
      ).pipe(Layer.provideMerge(CodexHome.layer), Layer.provideMerge(FakeResponses.layer)))
    try {
      const threads = await Promise.all([client.threadStart(), client.threadStart()])
      const results = await Promise.all(threads.map((t) => t.run("hi")))
      assert.deepStrictEqual(results.map((r) => r.finalResponse), [FakeResponses.defaultAnswer, FakeResponses.defaultAnswer])
    } finally {
      await client.dispose()
    }
  }, 60_000)

  it.live("member option; a thread the pool does not know goes to the least-loaded member, a known one to its own", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const made: Array<readonly [number, boolean]> = []
      const { codex, pool } = yield* build(scope, {
        size: 2,
        member: (index, options) =>
          Effect.suspend(() => {
            made.push([index, options.restartSchedule !== undefined])
            return AppServer.make(options)
          })
      })
      assert.deepStrictEqual([...made].sort(), [[0, true], [1, true]])
      const [a, b, c] = yield* Effect.forEach([1, 2, 3], () => codex.threadStart())
      assert.deepStrictEqual([a, b, c].map((t) => pool.memberOf(t!.id)), [0, 1, 0])
      yield* Effect.forEach([a, b, c], (t) => t!.run("first"), { discard: true })

      // a thread started behind the pool's back on member 0, with one turn (so that it is stored)
      const server0 = pool.server(0)!
      const strangerId = (yield* server0.request("thread/start", {})).thread.id
      yield* Effect.scoped(Effect.flatMap(
        server0.startTurn({ threadId: strangerId, input: [{ type: "text", text: "hi", text_elements: [] }] }),
        (turn) => Stream.runDrain(turn.events)
      ))
      assert.isUndefined(pool.memberOf(strangerId))
      // codex lets one process at a time hold a thread, and unsubscribing does not let go of it:
      // member 0 is restarted so that its threads are free
      const pid0 = server0.pid!
      process.kill(pid0, "SIGKILL")
      yield* waitFor(pool.stats, (ms) => ms[0]!.alive && ms[0]!.restarts === 1)

      // member 1 has fewer threads (1 against 2): the unknown thread is resumed there and runs there
      const resumed = yield* codex.threadResume(strangerId)
      assert.strictEqual(pool.memberOf(strangerId), 1)
      assert.strictEqual((yield* resumed.run("hello")).finalResponse, FakeResponses.defaultAnswer)
      // a known thread resumes on its own member: b is loaded on member 1, which any other
      // process would refuse ("already has an active writer"); the same for a request with its threadId
      const refused = yield* Effect.either(pool.server(0)!.request("thread/resume", { threadId: b!.id }))
      assert.isTrue(refused._tag === "Left" && refused.left._tag === "InvalidRequest", "member 0 refuses b")
      const again = yield* codex.threadResume(b!.id)
      assert.strictEqual(pool.memberOf(again.id), 1)
      yield* codex.request("thread/resume", { threadId: b!.id })
      const revived = yield* codex.threadResume(a!.id)
      assert.strictEqual(pool.memberOf(revived.id), 0)
      assert.strictEqual((yield* revived.run("back")).finalResponse, FakeResponses.defaultAnswer)

      // what needs an AppServer (Goals, Review, ...) runs on the thread's member with onThread
      const sent = (ms: ReadonlyArray<CodexPool.MemberStats>) => ms.map((m) => m.connection.requestsSent)
      const before = sent(yield* pool.stats)
      const goal = yield* CodexPool.onThread(b!.id, Goals.get(b!)).pipe(Effect.provideService(CodexPool.CodexPool, pool))
      assert.isTrue(Option.isNone(goal))
      const after = sent(yield* pool.stats)
      assert.deepStrictEqual([after[0]! - before[0]!, after[1]! - before[1]!], [0, 1])
      yield* Scope.close(scope, Exit.void)
    }), { timeout: 60_000 })

  it.live("threads a member unloaded are forgotten (placements stay bounded) and load again on any member", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { codex, pool } = yield* build(scope, { size: 2, config: { thread_unload_delay_secs: 0 } })
      const threads = yield* Effect.forEach(Array.from({ length: 6 }), () => codex.threadStart())
      yield* Effect.forEach(threads, (t) => t.run("remember me"), { discard: true })
      assert.deepStrictEqual(threads.map((t) => pool.memberOf(t.id)), [0, 1, 0, 1, 0, 1])
      // closing the last handle unsubscribes; the member unloads the thread and the pool forgets it
      yield* Effect.forEach(threads, (t) => t.close, { discard: true })
      yield* waitFor(Effect.sync(() => threads.map((t) => pool.memberOf(t.id))), (members) => members.every((m) => m === undefined))
      assert.deepStrictEqual((yield* pool.stats).map((m) => m.threads), [0, 0])
      // each loads again where the pool puts it now, and runs there
      const resumed = yield* Effect.forEach(threads, (t) => codex.threadResume(t.id))
      for (const t of resumed) assert.isDefined(pool.memberOf(t.id))
      const answers = yield* Effect.forEach(resumed, (t) => Effect.map(t.run("again"), (r) => r.finalResponse))
      assert.deepStrictEqual(answers, threads.map(() => FakeResponses.defaultAnswer))
      // closed and resumed at once, over and over: codex answers "is closing" until it unloaded
      // the thread; the resume waits for that instead of failing
      let thread = resumed[0]!
      for (let i = 0; i < 10; i++) {
        yield* thread.close
        thread = yield* codex.threadResume(thread.id)
        assert.strictEqual((yield* thread.run(`round ${i}`)).finalResponse, FakeResponses.defaultAnswer)
      }
      yield* Scope.close(scope, Exit.void)
    }), { timeout: 60_000 })

  it.live("throughput for 1, 2 and 4 members with the instant scripted model (printed, not asserted)", () =>
    Effect.gen(function*() {
      const threadsCount = sized(8, 16)
      const turnsPerThread = sized(5, 25)
      for (const members of [1, 2, 4]) {
        const scope = yield* Scope.make()
        const { codex, pool } = yield* build(scope, { size: members })
        const threads = yield* Effect.forEach(Array.from({ length: threadsCount }), () => codex.threadStart(), {
          concurrency: "unbounded"
        })
        const started = performance.now()
        const answers = yield* Effect.forEach(
          threads,
          (t) => Effect.forEach(Array.from({ length: turnsPerThread }), () => Effect.map(t.run("go"), (r) => r.finalResponse)),
          { concurrency: "unbounded" }
        )
        const seconds = (performance.now() - started) / 1000
        const turns = answers.flat()
        assert.strictEqual(turns.length, threadsCount * turnsPerThread)
        for (const answer of turns) assert.strictEqual(answer, FakeResponses.defaultAnswer)
        const stats = yield* pool.stats
        assert.strictEqual(stats.reduce((n, m) => n + m.threads, 0), threadsCount)
        figure(`pool throughput ${members}`, {
          members,
          threads: threadsCount,
          turns: turns.length,
          turnsPerSecond: Math.round(turns.length / seconds)
        })
        yield* Scope.close(scope, Exit.void)
      }
    }), { timeout: 300_000 })

  it.live("members that are WebSocket connections to listening servers: the layer's error type includes theirs, and it runs", () =>
    Effect.gen(function*() {
      // compile-time: a socket member fits `member`, and its errors join the layer's
      const typed = Codex.layerPool({
        size: 2,
        member: (_index, options) =>
          AppServer.makeConnecting(AppServerSocket.webSocket({ url: "ws://127.0.0.1:1", token: Redacted.make("t") }), options)
      })
      expectTypeOf(typed).toEqualTypeOf<
        Layer.Layer<Codex.Codex | CodexPool.CodexPool, Codex.StartError | AppServerSocket.ConnectError>
      >()
      expectTypeOf(Codex.layerPool({ size: 2 })).toEqualTypeOf<Layer.Layer<Codex.Codex | CodexPool.CodexPool, Codex.StartError>>()

      // run time: two listening servers on one home (started one after the other), a pool over them
      const layer = Layer.unwrapScoped(Effect.gen(function*() {
        const home = yield* CodexHome.CodexHome
        const servers: Array<ListeningAppServer.Service> = []
        for (const _ of [0, 1]) servers.push(yield* ListeningAppServer.make(home, { transport: "websocket", auth: "capability-token" }))
        return Codex.layerPool({
          size: 2,
          member: (index, options) =>
            AppServer.makeConnecting(AppServerSocket.webSocket(servers[index]!.socket as AppServerSocket.WebSocketOptions), options)
        })
      })).pipe(Layer.provideMerge(CodexHome.layer), Layer.provideMerge(FakeResponses.layer))
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(layer, scope)
      const codex = Context.get(context, Codex.Codex)
      const pool = Context.get(context, CodexPool.CodexPool)
      const threads = yield* Effect.forEach([0, 1, 2, 3], () => codex.threadStart())
      assert.deepStrictEqual(threads.map((t) => pool.memberOf(t.id)), [0, 1, 0, 1])
      const answers = yield* Effect.forEach(threads, (t) => Effect.map(t.run("hi"), (r) => r.finalResponse), { concurrency: 4 })
      assert.deepStrictEqual(answers, threads.map(() => FakeResponses.defaultAnswer))
      const stats = yield* pool.stats
      assert.deepStrictEqual(stats.map((m) => [m.alive, m.pid, m.threads]), [[true, undefined, 2], [true, undefined, 2]])
      yield* Scope.close(scope, Exit.void)
    }), { timeout: 60_000 })

  it.live("a member that stays down ends only its part of codex.events; the stream fails when the last member ends", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      // no restart: a killed member stays down
      const { codex, pool } = yield* build(scope, { size: 2, restartSchedule: Schedule.recurs(0) })
      const started: Array<string> = []
      const collector = yield* Effect.forkIn(
        codex.events.pipe(
          Stream.runForEach((event) =>
            Effect.sync(() => {
              if (event.method === "thread/started") started.push((event.params as { thread: { id: string } }).thread.id)
            })
          ),
          Effect.exit
        ),
        scope
      )
      const seen = (id: string) => waitFor(Effect.sync(() => started), (ids) => ids.includes(id))
      // both members' events arrive (the subscription is live before anything is killed)
      const [a, b] = yield* Effect.forEach([0, 1], () => codex.threadStart())
      assert.deepStrictEqual([pool.memberOf(a!.id), pool.memberOf(b!.id)], [0, 1])
      yield* seen(a!.id)
      yield* seen(b!.id)

      // a turn, so that a is stored (and can be loaded again elsewhere)
      yield* a!.run("first")
      const pids = (yield* pool.stats).map((m) => m.pid!)
      process.kill(pids[0]!, "SIGKILL")
      yield* waitFor(pool.stats, (ms) => !ms[0]!.alive)
      // member 1's events still come through the pool's stream
      const c = yield* codex.threadStart()
      assert.strictEqual(pool.memberOf(c.id), 1)
      yield* seen(c.id)
      assert.strictEqual((yield* b!.run("still here")).finalResponse, FakeResponses.defaultAnswer)
      assert.isTrue(Option.isNone(yield* Fiber.poll(collector)), "the events stream is still open")
      // the dead member's thread is forgotten: it loads again on the live member, and runs there
      assert.isUndefined(pool.memberOf(a!.id))
      assert.strictEqual((yield* pool.stats)[0]!.threads, 0)
      const revived = yield* codex.threadResume(a!.id)
      assert.strictEqual(pool.memberOf(revived.id), 1)
      assert.strictEqual((yield* revived.run("back")).finalResponse, FakeResponses.defaultAnswer)

      // the last member goes down too: the stream ends, failing with its AppServerExited
      process.kill(pids[1]!, "SIGKILL")
      const ended = yield* Fiber.join(collector)
      assert.isTrue(Exit.isFailure(ended))
      if (Exit.isFailure(ended)) {
        const error = Cause.failureOption(ended.cause)
        assert.isTrue(Option.isSome(error) && error.value._tag === "AppServerExited", Cause.pretty(ended.cause))
      }
      yield* Scope.close(scope, Exit.void)
    }), { timeout: 60_000 })

  it.effect("a size above CodexPool.maxSize is refused before any member starts", () =>
    Effect.gen(function*() {
      assert.strictEqual(CodexPool.maxSize, 64)
      let made = 0
      for (const size of [CodexPool.maxSize + 1, 1000, 2 ** 32, Infinity, "2" as unknown as number]) {
        const error = yield* Effect.flip(Effect.scoped(Layer.build(Codex.layerPool({
          size,
          member: () => Effect.suspend(() => (made++, Effect.dieMessage("no member may start")))
        }))))
        assert.strictEqual(error._tag, "AppServerStartFailed")
        if (error._tag === "AppServerStartFailed") {
          assert.strictEqual(error.reason, "InvalidOptions")
          assert.include(error.message, "size must be an integer from 1 to 64")
        }
      }
      assert.strictEqual(made, 0)
      const typed = yield* Effect.flip(Effect.scoped(Layer.build(Codex.layerPool({ size: "2" as unknown as number }))))
      assert.include(typed.message, `got "2" (a string)`)
    }))

  it.effect("a size that is not a positive integer is a typed start error", () =>
    Effect.gen(function*() {
      // from configuration too: the size read is checked the same way; a missing one is a ConfigError
      const fromConfig = (map: ReadonlyArray<readonly [string, string]>) =>
        Effect.flip(Effect.scoped(Layer.build(Codex.layerPoolConfig({ size: Config.integer("POOL_SIZE") })))).pipe(
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map(map)))
        )
      const zero = yield* fromConfig([["POOL_SIZE", "0"]])
      assert.isTrue(zero._tag === "AppServerStartFailed" && zero.reason === "InvalidOptions" && zero.message.includes("got 0"))
      assert.isTrue(ConfigError.isConfigError(yield* fromConfig([])))
      for (const size of [0, -1, 1.5, Number.NaN]) {
        const exit = yield* Effect.exit(Effect.scoped(Layer.build(Codex.layerPool({ size }))))
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) {
          const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
          assert.strictEqual(error?._tag, "AppServerStartFailed")
          assert.strictEqual(error?._tag === "AppServerStartFailed" ? error.reason : undefined, "InvalidOptions")
        }
      }
    }))
})

