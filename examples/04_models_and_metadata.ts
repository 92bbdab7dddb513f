/**
 * 04 · Models and metadata: what the app-server said about itself at start (name, version,
 * platform, Codex home) and the models it offers, with their reasoning efforts.
 *
 *   npx tsx --conditions=@effect-codex/source examples/04_models_and_metadata.ts
 */
import { Codex } from "@effect-codex/sdk"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const { metadata } = codex
  // codex builds its user agent from the client's name: `<client name>/<codex version> (...)`
  yield* Console.log(`version:    codex ${metadata.serverVersion}`)
  yield* Console.log(`user agent: ${metadata.userAgent}`)
  yield* Console.log(`platform:   ${metadata.platformFamily} / ${metadata.platformOs}`)
  yield* Console.log(`codex home: ${metadata.codexHome}`)

  const models = yield* codex.models()
  yield* Console.log(`\n${models.data.length} models:`)
  for (const model of models.data) {
    const efforts = model.supportedReasoningEfforts.map((e) => e.reasoningEffort).join(", ")
    yield* Console.log(
      `  ${model.isDefault ? "*" : " "} ${model.id.padEnd(16)} ${model.displayName}  (efforts: ${efforts}; default ${model.defaultReasoningEffort})`
    )
  }
})

program.pipe(main())
