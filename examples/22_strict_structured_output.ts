/**
 * 22 · Structured output in OpenAI's strict subset. codex sends the output schema with
 * `strict: true`, which accepts only closed objects whose properties are all required. The SDK
 * makes an Effect Schema fit: a `Schema.Class` root is inlined, every property is required, an
 * optional field becomes nullable (and a `null` the model writes for it decodes back to an absent
 * field), `additionalProperties: false` everywhere, no `$schema`. A schema that cannot fit (a
 * `Record`, a `bigint`, an open raw schema) fails with `InvalidParams` before anything is sent.
 *
 *   npx tsx --conditions=@effect-codex/source examples/22_strict_structured_output.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Schema } from "effect"
import { main, whenOffline } from "./_shared/runtime.js"

class Release extends Schema.Class<Release>("Release")({
  name: Schema.String,
  version: Schema.String,
  codename: Schema.optional(Schema.String),
  date: Schema.Date
}) {}

const program = Effect.gen(function*() {
  const thread = yield* Codex.threadStart()
  const { output } = yield* thread.run("Describe the first release of Node.js.", { outputSchema: Release })
  yield* Console.log(`${output.name} ${output.version}, ${output.date.toISOString().slice(0, 10)}`)
  yield* Console.log(`codename: ${"codename" in output ? output.codename : "(absent)"}; a Release: ${output instanceof Release}`)

  // what the model was given (offline: the scripted model's last request)
  yield* whenOffline((model) =>
    Effect.flatMap(model.requests, (requests) => {
      const format = (requests.at(-1) as { text?: { format?: { schema?: unknown; strict?: boolean } } }).text?.format
      return Console.log(`sent (strict: ${format?.strict}): ${JSON.stringify(format?.schema)}`)
    })
  )

  // schemas with no strict form are refused before the turn is sent
  const refused = [
    Schema.Struct({ scores: Schema.Record({ key: Schema.String, value: Schema.Number }) }),
    Schema.Struct({ size: Schema.BigIntFromSelf }),
    { type: "object", properties: { a: { type: "string" } } }
  ]
  for (const outputSchema of refused) {
    yield* thread.run("x", { outputSchema }).pipe(
      Effect.catchTag("InvalidParams", (error) => Console.log(`InvalidParams: ${error.message}`))
    )
  }
})

program.pipe(main({
  scripts: [
    FakeResponses.Script.text(JSON.stringify({ name: "Node.js", version: "0.0.1", codename: null, date: "2009-05-27T00:00:00.000Z" }))
  ]
}))
