import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it } from "@effect/vitest"
import { Cause, Chunk, Context, Effect, Exit, Fiber, Layer, Metric, Schedule, Scope, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import type * as AppServerConfig from "../src/AppServerConfig.js"
import * as Codex from "../src/Codex.js"
import * as Errors from "../src/Errors.js"
import * as Metrics from "../src/Metrics.js"
import { figure, size } from "./utils/figures.js"
import { groupMembers, isAlive } from "./utils/processes.js"

const Script = FakeResponses.Script

/** A supervised client on the real app-server, owned by `scope`. */
const supervised = (
  scope: Scope.Scope,
  restartSchedule: Schedule.Schedule<unknown, unknown>,
  client: Omit<AppServerConfig.Options, "restartSchedule"> = {}
) =>
  Layer.buildWithScope(TestCodex.layer({ client: { ...client, restartSchedule } }), scope).pipe(
    Effect.map((context) => ({
      server: Context.get(context, AppServer.AppServer),
      codex: Context.get(context, Codex.Codex),
      fake: Context.get(context, FakeResponses.FakeResponses)
    }))
  )

const waitFor = <A>(effect: Effect.Effect<A>, done: (a: A) => boolean) =>
  Effect.gen(function*() {
    for (let i = 0; i < 500; i++) {
      const a = yield* effect
      if (done(a)) return a
      yield* Effect.sleep("10 millis")
    }
    return yield* Effect.dieMessage("condition not reached in 5 s")
  })

describe("supervision (restartSchedule) against the real app-server", () => {
  it.live("restarts a killed server: running turns fail typed, later calls go to a fresh process, events report it", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { codex, fake, server } = yield* supervised(scope, Schedule.recurs(2))
      const restartsBefore = (yield* Metric.value(Metrics.restarts)).count
      // subscribed before the kill (a stream subscribes when it runs)
      const subscription = yield* server.subscribeEvents.pipe(Scope.extend(scope))
      const events = yield* Effect.forkIn(
        subscription.pipe(
          Stream.filter((event) => AppServer.isDisconnected(event) || AppServer.isRestarted(event)),
          Stream.take(2),
          Stream.runCollect
        ),
        scope
      )
      const thread = yield* codex.threadStart()
      yield* fake.enqueue(Script.text("before"), Script.stall({ id: "hold" }))
      assert.strictEqual((yield* thread.run("one")).finalResponse, "before")
      const running = yield* Effect.forkIn(Effect.either(thread.run("two")), scope)
      yield* fake.awaitStall("hold")
      const first = server.pid!
      process.kill(first, "SIGKILL")
      // the running turn fails with AppServerExited
      const outcome = yield* Fiber.join(running)
      assert.isTrue(outcome._tag === "Left" && outcome.left._tag === "AppServerExited")
      // the calls made once the crash is known wait for the fresh, initialized process
      const listed = yield* Effect.forEach([1, 2, 3, 4, 5], () => server.request("thread/list", {}), { concurrency: "unbounded" })
      for (const l of listed) assert.isArray(l.data)
      assert.notStrictEqual(server.pid, first)
      assert.isFalse(isAlive(first))
      // first the disconnect, then the restart
      const [disconnected, restarted] = Chunk.toReadonlyArray(yield* Fiber.join(events))
      assert.isTrue(disconnected !== undefined && AppServer.isDisconnected(disconnected))
      if (disconnected !== undefined && AppServer.isDisconnected(disconnected)) {
        assert.strictEqual(disconnected.method, AppServer.disconnectedMethod)
        assert.deepStrictEqual(disconnected.params, {
          restarts: 0,
          pid: first,
          exit: { exitCode: null, signal: "SIGKILL" },
          connection: undefined
        })
      }
      assert.isTrue(restarted !== undefined && AppServer.isRestarted(restarted))
      if (restarted !== undefined && AppServer.isRestarted(restarted)) {
        assert.strictEqual(restarted.method, AppServer.restartedMethod)
        // typed by the guard
        assert.strictEqual(restarted.params.restarts, 1)
        assert.strictEqual(restarted.params.pid, server.pid)
        assert.strictEqual(restarted.params.exit.signal, "SIGKILL")
      }
      assert.strictEqual((yield* Metric.value(Metrics.restarts)).count - restartsBefore, 1)
      // the thread is resumed on the new process, and its next turn runs there (approvals too)
      yield* AppServer.resumeThread(thread.id).pipe(Effect.provideService(AppServer.AppServer, server))
      yield* fake.release("hold")
      yield* fake.enqueue(Script.text("after"))
      assert.strictEqual((yield* thread.run("three")).finalResponse, "after")
      const second = server.pid!
      yield* Scope.close(scope, Exit.void)
      assert.isFalse(isAlive(second))
    }), { timeout: 60_000 })

  it.live("requests waiting for a permit when the process dies were never sent: they go to the restarted process", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { server } = yield* supervised(scope, Schedule.spaced("50 millis"), { maxRequestsInFlight: 1 })
      const count = 100
      const requests = yield* Effect.forEach(
        Array.from({ length: count }),
        () => Effect.forkIn(Effect.exit(server.request("thread/list", {})), scope)
      )
      // most of them wait for the one permit
      const queued = yield* waitFor(Effect.map(server.stats, (stats) => stats.queuedRequests), (n) => n > count / 2)
      const first = server.pid!
      process.kill(first, "SIGKILL")
      const exits = yield* Effect.forEach(requests, Fiber.join)
      const failed = exits.filter(Exit.isFailure)
      const answered = exits.length - failed.length
      figure("supervision-queued", { requests: count, queuedAtKill: queued, answered, failed: failed.length })
      // only what was written to the dead process fails (one in flight; at most one more written
      // to its pipe before its end was read), each with AppServerExited
      assert.isAtMost(failed.length, 2)
      for (const exit of failed) {
        assert.isTrue(Exit.isFailure(exit) && Cause.squash(exit.cause) instanceof Errors.AppServerExited)
      }
      assert.notStrictEqual(server.pid, first)
      yield* Scope.close(scope, Exit.void)
    }), { timeout: 60_000 })

  it.live("stays down once the schedule is done: exited completes and calls fail typed", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { server } = yield* supervised(scope, Schedule.recurs(1))
      const pids = [server.pid!]
      process.kill(server.pid!, "SIGKILL")
      yield* waitFor(Effect.sync(() => server.pid), (pid) => pid !== pids[0])
      pids.push(server.pid!)
      process.kill(server.pid!, "SIGKILL")
      const exited = yield* server.exited
      assert.strictEqual(exited._tag, "AppServerExited")
      assert.strictEqual(exited.signal, "SIGKILL")
      const error = yield* Effect.flip(server.request("thread/list", {}))
      assert.strictEqual(error._tag, "AppServerExited")
      for (const pid of pids) assert.isFalse(isAlive(pid))
      yield* Scope.close(scope, Exit.void)
    }), { timeout: 60_000 })

  it.live("survives kill -9 after kill -9: each call made after a crash is answered by a fresh process", () =>
    Effect.gen(function*() {
      const kills = size(5, 50)
      const scope = yield* Scope.make()
      const { server } = yield* supervised(scope, Schedule.recurs(kills))
      const restartsSeen = yield* Effect.forkIn(
        server.events.pipe(Stream.filter(AppServer.isRestarted), Stream.take(kills), Stream.runCount),
        scope
      )
      const pids: Array<number> = []
      let answered = 0
      for (let i = 0; i < kills; i++) {
        const pid = server.pid!
        pids.push(pid)
        process.kill(pid, "SIGKILL")
        yield* waitFor(Effect.sync(() => server.pid), (now) => now !== pid)
        assert.isArray((yield* server.request("thread/list", {})).data)
        answered++
      }
      const restarts = yield* Fiber.join(restartsSeen)
      const last = server.pid!
      yield* Scope.close(scope, Exit.void)
      const orphans = [...pids, last].filter((pid) => isAlive(pid) || groupMembers(pid).some(isAlive)).length
      figure("supervision", { kills, restarts, callsAnsweredAfterCrash: answered, orphans })
      assert.strictEqual(restarts, kills)
      assert.strictEqual(answered, kills)
      assert.strictEqual(orphans, 0)
    }), { timeout: 300_000 })
})
