/**
 * 01 · Quickstart: start a thread, run one turn, print the answer.
 *
 *   npx tsx --conditions=@effect-codex/source examples/01_quickstart.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const result = yield* thread.run("Say hello in one sentence.")
  yield* Console.log(result.finalResponse)
})

program.pipe(main({ scripts: [FakeResponses.Script.text("Hello! I'm Codex, happy to help with your code.")] }))
