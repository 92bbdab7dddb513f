/**
 * 41 · External input: data from outside the model joins a running turn.
 * - `ExternalInput.send(turn, message)` adds the output of a named tool to a running turn (the
 *   app-server's `toolOutput` on `turn/start`), next to `turn.steer` for user input.
 * - `ExternalInput.run(thread, message)` runs a turn whose only input is such a message.
 *
 *   npx tsx --conditions=@effect-codex/source examples/41_external_input.ts
 */
import { Codex, ExternalInput } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Option } from "effect"
import { main, ScriptedModel } from "./_shared/runtime.js"

const { Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()

  // 1. A turn is waiting for news; the news arrives from outside while it runs.
  yield* Effect.scoped(Effect.gen(function*() {
    const turn = yield* thread.turn("The CI build is running. Tell me whether it passed once you know.")
    const scripted = yield* ScriptedModel
    yield* Option.match(scripted, { onNone: () => Effect.sleep("2 seconds"), onSome: (model) => model.awaitStall("ci") })
    yield* ExternalInput.send(turn, ExternalInput.message("ci_status", "build 7312: passed, 412 tests green")).pipe(
      Effect.zipRight(Console.log("(sent the CI status into the running turn)")),
      Effect.catchTag("TurnNotRunning", () => Console.log("(the turn had already ended)"))
    )
    yield* Option.match(scripted, { onNone: () => Effect.void, onSome: (model) => model.release("ci") })
    const result = yield* turn.run
    const received = result.items.flatMap((i) => i.type === "functionCallOutput" ? [`${i.name}: ${JSON.stringify(i.output)}`] : [])
    yield* Console.log(`the turn recorded: ${received.join(", ")}`)
    yield* Console.log(`answer: ${result.finalResponse}`)
  }))

  // 2. External input as a turn of its own.
  const result = yield* ExternalInput.run(thread, ExternalInput.message("deploy_status", "deployed 7312 to production"))
  yield* Console.log(`answer: ${result.finalResponse}`)
})

program.pipe(main({
  scripts: [
    Script.stall({ id: "ci", then: Script.text("Waiting for the CI result…") }),
    Script.text("The build passed: 412 tests green."),
    Script.text("Build 7312 is now live in production.")
  ]
}))
