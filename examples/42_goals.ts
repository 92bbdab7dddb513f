/**
 * 42 · Goals: an objective the thread works on across turns.
 * - `Goals.run(thread, objective, { tokenBudget, maxTurns })` sets the goal; the server then runs
 *   turn after turn toward it until the model reports it complete (its `update_goal` tool), it is
 *   blocked, over budget, or the run's `maxTurns` is reached. The run is a `Stream` of progress.
 * - `Goals.get` / `Goals.pause` / `Goals.clear` for the goal itself.
 *
 *   npx tsx --conditions=@effect-codex/source examples/42_goals.ts
 */
import { Codex, Goals } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Option, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()

  yield* Goals.run(thread, "Write a haiku about Effect, then a limerick about it.", { tokenBudget: 200_000, maxTurns: 5 }).pipe(
    Stream.runForEach((progress) => {
      switch (progress._tag) {
        case "Started":
          return Console.log(`goal set: ${progress.goal.objective} (${progress.goal.status})`)
        case "TurnCompleted": {
          const said = progress.turn.items.flatMap((i) => i.type === "agentMessage" ? [i.text] : []).join(" ")
          return Console.log(`turn ${progress.turns}: ${progress.turn.status}: ${said} [goal ${progress.goal.status}]`)
        }
        case "Finished":
          return Console.log(`finished: ${progress.reason} after ${progress.turns} turn(s)`)
      }
    })
  )

  const goal = yield* Goals.get(thread)
  yield* Console.log(`the thread's goal now: ${Option.match(goal, { onNone: () => "none", onSome: (g) => g.status })}`)
  yield* Goals.clear(thread)
  yield* Console.log(`after clear: ${Option.isNone(yield* Goals.get(thread)) ? "no goal" : "still a goal"}`)
})

program.pipe(main({
  scripts: [
    Script.text("Haiku: Effects compose / typed errors flow like water / fibers never leak."),
    Script.functionCall("update_goal", { status: "complete" }),
    Script.text("Limerick written; the goal is complete.")
  ]
}))
