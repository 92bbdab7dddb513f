/**
 * 16 · Structured output: pass an Effect `Schema` as `outputSchema`. The SDK sends its JSON
 * Schema with the turn, and decodes the final answer with it: `result.output` is typed, and an
 * answer that does not match fails with `StructuredOutputMismatch`.
 *
 *   npx tsx --conditions=@effect-codex/source examples/16_structured_output.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Schema } from "effect"
import { main } from "./_shared/runtime.js"

const Language = Schema.Struct({
  name: Schema.String,
  firstAppeared: Schema.Int,
  paradigms: Schema.Array(Schema.String),
  typing: Schema.Literal("static", "dynamic")
})

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const { output: ocaml } = yield* thread.run("Describe the OCaml programming language.", { outputSchema: Language })
  yield* Console.log(`${ocaml.name} (${ocaml.firstAppeared}): ${ocaml.typing} typing, ${ocaml.paradigms.join(" / ")}`)

  // An answer that does not fit the schema (offline, the scripted model gives the year as a string):
  yield* thread.run("Describe Haskell.", { outputSchema: Language }).pipe(
    Effect.flatMap((haskell) => Console.log(haskell.output.name)),
    Effect.catchTag("StructuredOutputMismatch", (error) =>
      Console.log(`StructuredOutputMismatch: ${error.finalResponse}\n${error.message}`))
  )
})

program.pipe(main({
  scripts: [
    FakeResponses.Script.text(
      JSON.stringify({ name: "OCaml", firstAppeared: 1996, paradigms: ["functional", "imperative", "object-oriented"], typing: "static" })
    ),
    FakeResponses.Script.text(JSON.stringify({ name: "Haskell", firstAppeared: "1990", paradigms: ["functional"], typing: "static" }))
  ]
}))
