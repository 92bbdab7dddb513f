import { AppServer, AppServerSocket, Codex } from "@effect-codex/sdk"
import { CodexHome, FakeResponses, ListeningAppServer } from "@effect-codex/testing"
import { Cause, Context, Effect, Exit, Layer, Option, Redacted, Schedule, Scope } from "effect"
const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 23), ...a)
const desc = (exit: Exit.Exit<unknown, unknown>) => {
  if (Exit.isSuccess(exit)) return "ok"
  const f = Cause.failureOption(exit.cause)
  if (Option.isSome(f)) return `fail:${(f.value as any)._tag} ${String((f.value as any).message).slice(0, 250)}`
  return "DEFECT:" + Cause.pretty(exit.cause).slice(0, 300)
}
const schedule = process.argv[2] === "giveup" ? Schedule.spaced("200 millis").pipe(Schedule.intersect(Schedule.recurs(5))) : Schedule.spaced("200 millis")
const main = Effect.gen(function*() {
  const ctx = yield* Layer.build(ListeningAppServer.layer({ transport: "websocket", server: { env: { SCRATCH_B: "1" } } }).pipe(Layer.provideMerge(CodexHome.layer), Layer.provideMerge(FakeResponses.layer)))
  const srv = Context.get(ctx, ListeningAppServer.ListeningAppServer)
  const sock = srv.socket as AppServerSocket.WebSocketOptions
  let attempts = 0
  const connect = Effect.suspend(() => {
    attempts++
    return AppServerSocket.webSocket(attempts === 1 ? sock : { ...sock, token: Redacted.make("rotated-away") })
  })
  const scope = yield* Scope.make()
  const server = yield* AppServer.makeConnecting(connect, { restartSchedule: schedule, requestTimeout: "3 seconds" }).pipe(Scope.extend(scope))
  log("first", desc(yield* Effect.exit(server.request("thread/list", {}))))
  yield* srv.kill("SIGKILL")
  yield* srv.restart
  yield* Effect.sleep("300 millis")
  const t0 = Date.now()
  log("call after server restarted with the old token no longer valid:", desc(yield* Effect.exit(server.request("thread/list", {}))), Date.now() - t0, "ms; connect attempts", attempts)
  yield* Scope.close(scope, Exit.void)
})
await Effect.runPromise(Effect.scoped(main)).catch((e) => log("MAIN FAILED", e))
