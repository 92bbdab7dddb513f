import { AppServer } from "@effect-codex/sdk"
import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { Cause, Context, Effect, Exit, Fiber, Layer, Option, Schedule, Scope } from "effect"
const Script = FakeResponses.Script
const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 23), ...a)
const classify = (exit: Exit.Exit<unknown, unknown>) => Exit.isSuccess(exit) ? "ok" : `fail:${(Cause.squash(exit.cause) as any)._tag}`
const tally = (xs: string[]) => { const m: Record<string, number> = {}; for (const x of xs) m[x] = (m[x] ?? 0) + 1; return m }
const main = Effect.gen(function*() {
  const scope = yield* Scope.make()
  const ctx = yield* Layer.buildWithScope(TestCodex.layer({ client: { env: { SCRATCH_B: "1" }, maxRequestsInFlight: 1, restartSchedule: Schedule.spaced("50 millis") } }), scope)
  const server = Context.get(ctx, AppServer.AppServer)
  const codex = Context.get(ctx, (yield* Effect.succeed(AppServer.AppServer)))
  const fake = Context.get(ctx, FakeResponses.FakeResponses)
  // one request that the server holds a while: thread/start of many... use a turn/start on a stalled model? use request that blocks: none; instead pin the permit with a slow stream of 200 requests
  const fibers: Fiber.Fiber<unknown, unknown>[] = []
  for (let i = 0; i < 200; i++) fibers.push(yield* Effect.fork(server.request("thread/list", {})))
  yield* Effect.sleep("5 millis")
  const st = yield* server.stats
  log("before kill: pending", st.pendingRequests, "queued (never sent)", st.queuedRequests, "sent so far", st.requestsSent)
  process.kill(server.pid!, "SIGKILL")
  const res = yield* Effect.forEach(fibers, (f) => Fiber.await(f), { concurrency: "unbounded" })
  log("outcomes:", JSON.stringify(tally(res.map(classify))))
  yield* Scope.close(scope, Exit.void)
})
await Effect.runPromise(main).catch((e) => log("MAIN FAILED", e))
