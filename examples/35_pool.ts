/**
 * 35 · A pool of app-servers on one host: `Codex.layerPool({ size })` gives the same `Codex`
 * service as `Codex.layer()`, on `size` supervised app-server processes.
 * - new threads go to the least-loaded member and stay there (`CodexPool.memberOf`);
 * - `CodexPool.stats`: each member's pid, threads, live turns, restarts;
 * - a member that dies is restarted; its threads stay on it and run again once resumed.
 *
 *   npx tsx --conditions=@effect-codex/source examples/35_pool.ts
 */
import { Codex, CodexPool } from "@effect-codex/sdk"
import { CodexHome, FakeResponses } from "@effect-codex/testing"
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer, Schedule } from "effect"
import { offlineReason } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const pool = yield* CodexPool.CodexPool

  // six agents at once: two per member
  const threads = yield* Effect.forEach(Array.from({ length: 6 }), () => codex.threadStart(), { concurrency: "unbounded" })
  const answers = yield* Effect.forEach(threads, (t, i) => t.run(`Agent ${i}: one word about Effect.`), {
    concurrency: "unbounded"
  })
  yield* Console.log(`${answers.length} turns completed`)
  const placed = yield* CodexPool.stats
  yield* Console.log(`threads per member: ${placed.map((m) => m.threads).join(", ")}`)

  // a member dies (here: killed); supervision starts a fresh process
  const victim = threads[0]!
  const index = pool.memberOf(victim.id)!
  process.kill(placed[index]!.pid!, "SIGKILL")
  yield* CodexPool.stats.pipe(
    Effect.repeat({ schedule: Schedule.spaced("20 millis"), until: (ms) => ms[index]!.alive && ms[index]!.restarts === 1 })
  )
  yield* Console.log(`member ${index} restarted (the others never stopped)`)

  // its thread is still placed there: resume it on the fresh process and go on
  const resumed = yield* codex.threadResume(victim.id)
  const again = yield* resumed.run("Still there?")
  yield* Console.log(`thread on member ${pool.memberOf(resumed.id)} answered again: ${again.finalResponse}`)
  const after = yield* CodexPool.stats
  yield* Console.log(`restarts per member: ${after.map((m) => m.restarts).join(", ")}`)
})

/** With your Codex setup, three app-servers; offline, the same on a scripted local model. */
const layer = (size: number) => {
  const reason = offlineReason()
  if (reason === undefined) return Codex.layerPool({ size })
  process.stderr.write(`[offline] ${reason}: using a scripted local model\n`)
  return Layer.unwrapEffect(
    Effect.map(CodexHome.CodexHome, (home) => Codex.layerPool({ size, cwd: home.path, env: home.env }))
  ).pipe(
    Layer.provideMerge(CodexHome.layer),
    Layer.provideMerge(FakeResponses.layerWith({ fallback: FakeResponses.Script.text("Composable.") }))
  )
}

NodeRuntime.runMain(program.pipe(Effect.provide(layer(3))))
