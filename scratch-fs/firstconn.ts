import { Codex } from "@effect-codex/sdk"
import { Cause, Effect, Exit, Redacted, Schedule } from "effect"
const t0 = Date.now()
const exit = await Effect.runPromiseExit(Effect.scoped(Effect.gen(function*() { const c = yield* Codex.Codex; return yield* c.threadList({}) }).pipe(
  Effect.provide(Codex.layerWebSocket({ url: "ws://127.0.0.1:1", token: Redacted.make("x") }, { restartSchedule: Schedule.spaced("200 millis").pipe(Schedule.intersect(Schedule.recurs(10))) })))))
console.log(Date.now() - t0, "ms", Exit.isSuccess(exit) ? "ok" : (Cause.squash(exit.cause) as any)._tag, (Cause.squash((exit as any).cause) as any).message)
