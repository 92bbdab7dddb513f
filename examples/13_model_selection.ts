/**
 * 13 · Model selection: pick a model from `codex.models()` (the one named on the command line, else
 * the server's default), pick a reasoning effort it supports, start a thread on it and run a turn.
 *
 *   npx tsx --conditions=@effect-codex/source examples/13_model_selection.ts            # the default model
 *   npx tsx --conditions=@effect-codex/source examples/13_model_selection.ts gpt-5.5    # a model of your choice
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Array, Console, Effect, Option } from "effect"
import { main, whenOffline } from "./_shared/runtime.js"

const wanted = Option.fromNullable(process.argv[2])

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const { data: models } = yield* codex.models()
  const model = yield* Option.match(wanted, {
    onNone: () => Array.findFirst(models, (m) => m.isDefault),
    onSome: (id) => Array.findFirst(models, (m) => m.id === id || m.model === id)
  }).pipe(Effect.orElseFail(() => `no model ${Option.getOrElse(wanted, () => "marked default")} among ${models.map((m) => m.id).join(", ")}`))

  const efforts = model.supportedReasoningEfforts.map((e) => e.reasoningEffort)
  const effort = efforts.includes("high") ? "high" : model.defaultReasoningEffort
  yield* Console.log(`using ${model.displayName} (${model.model}) with effort ${effort}; it supports ${efforts.join(", ")}`)

  const thread = yield* codex.threadStart({ model: model.model })
  const result = yield* thread.run("Name one good use of high reasoning effort, in one sentence.", { effort })
  yield* Console.log(result.finalResponse)

  yield* whenOffline((fake) =>
    Effect.flatMap(fake.requests, (requests) => {
      const request = requests.at(-1) as { model?: string; reasoning?: { effort?: string } }
      return Console.log(`(the model request: model ${request.model}, effort ${request.reasoning?.effort})`)
    })
  )
})

program.pipe(main({
  scripts: [FakeResponses.Script.text("Tricky refactors across many files, where planning before editing pays off.")]
}))
