/**
 * 12 · Turn parameters: everything `turn/start` accepts can be set per turn — model, reasoning
 * effort and summary, personality, working directory, sandbox and approval presets (validated
 * before any request), output schema... They apply to this turn and the thread's next turns.
 *
 *   npx tsx --conditions=@effect-codex/source examples/12_turn_parameters.ts
 */
import { Codex, type Thread } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import * as Os from "node:os"
import { main, whenOffline } from "./_shared/runtime.js"

const options: Thread.TurnOptions = {
  model: "gpt-5.5",
  effort: "low",
  summary: "concise",
  personality: "pragmatic",
  cwd: Os.tmpdir(),
  preset: { sandbox: "readOnly", approvals: "denyAll" }
}

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const result = yield* thread.run("In one sentence: what is a sandbox in Codex?", options)
  yield* Console.log(result.finalResponse)

  // Offline, show how the scripted model saw the parameters.
  yield* whenOffline((model) =>
    Effect.flatMap(model.requests, (requests) => {
      const request = requests.at(-1) as { model?: string; reasoning?: unknown }
      return Console.log(`(the model request: model ${request.model}, reasoning ${JSON.stringify(request.reasoning)})`)
    })
  )

  // A preset that does not exist is refused before anything is sent.
  yield* thread.run("hi", { preset: { sandbox: "everything" as never } }).pipe(
    Effect.catchTag("InvalidParams", (error) => Console.log(`refused: ${error.message}`))
  )
})

program.pipe(main({
  scripts: [
    FakeResponses.Script.reasoning(
      "Defining the sandbox briefly.",
      "It is the OS-level jail that limits what the commands Codex runs may read, write and reach over the network."
    )
  ]
}))
