import { AppServer, Codex } from "@effect-codex/sdk"
import { CodexHome, TestCodex } from "@effect-codex/testing"
import { Context, Effect, Layer, Schedule, Scope } from "effect"
const restart = process.argv[2] === "restart"
const main = Effect.gen(function*() {
  const scope = yield* Scope.make()
  const ctx = yield* Layer.buildWithScope(TestCodex.layer({ client: { env: { SCRATCH_B: "1" }, restartSchedule: Schedule.spaced("50 millis") } }), scope)
  const server = Context.get(ctx, AppServer.AppServer)
  const codex = Context.get(ctx, Codex.Codex)
  console.log("HOME", Context.get(ctx, CodexHome.CodexHome).path)
  if (restart) {
    const old = server.pid!
    process.kill(old, "SIGKILL")
    while (server.pid === old) yield* Effect.sleep("20 millis")
  }
  yield* codex.threadStart()
  console.log("PID", server.pid)
  process.kill(process.pid, "SIGTERM")
  yield* Effect.never
})
Effect.runFork(main)
