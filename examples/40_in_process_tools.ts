/**
 * 40 · In-process tools: functions of this program that the model calls.
 * - Define tools with `@effect/ai`'s `Tool` and `Toolkit` (Schema parameters, typed success and
 *   failure) and their handlers as a Layer, as for any `@effect/ai` model.
 * - `Tools.threadStart(toolkit)` offers them to codex (`dynamicTools`, experimental: the client
 *   needs `experimentalApi: true`) and answers each call with the handler.
 * - A handler's typed failure, or arguments that do not match the Schema, reach the model as an
 *   error output it can react to; the program never crashes.
 *
 *   npx tsx --conditions=@effect-codex/source examples/40_in_process_tools.ts
 */
import { Codex } from "@effect-codex/sdk"
import * as Tools from "@effect-codex/sdk/Tools"
import { FakeResponses } from "@effect-codex/testing"
import { Tool, Toolkit } from "@effect/ai"
import { Console, Effect, Schema } from "effect"
import { main, whenOffline } from "./_shared/runtime.js"

const { Script } = FakeResponses

class UnknownCity extends Schema.TaggedError<UnknownCity>()("UnknownCity", { city: Schema.String }) {}

const GetWeather = Tool.make("get_weather", {
  description: "The current weather in a city, in degrees Celsius",
  parameters: { city: Schema.String },
  success: Schema.Struct({ city: Schema.String, celsius: Schema.Number, sky: Schema.String }),
  failure: UnknownCity
})

const weatherTools = Toolkit.make(GetWeather)

const forecasts: Record<string, { readonly celsius: number; readonly sky: string }> = {
  Paris: { celsius: 21, sky: "sunny" },
  Oslo: { celsius: 4, sky: "snow" }
}

const WeatherHandlers = weatherTools.toLayer({
  get_weather: ({ city }) =>
    Console.log(`  (handler: get_weather ${city})`).pipe(
      Effect.zipRight(
        city in forecasts ? Effect.succeed({ city, ...forecasts[city]! }) : Effect.fail(new UnknownCity({ city }))
      )
    )
})

const program = Effect.gen(function*() {
  yield* Codex.Codex
  const thread = yield* Tools.threadStart(weatherTools)

  const paris = yield* thread.run("What is the weather in Paris and in Oslo? Use the get_weather tool.")
  yield* Console.log(`answer: ${paris.finalResponse}`)
  const calls = paris.items.flatMap((item) =>
    item.type === "dynamicToolCall" ? [`${item.tool}(${JSON.stringify(item.arguments)}): ${item.status}`] : []
  )
  yield* Console.log(`tool calls: ${calls.join(", ")}`)

  const atlantis = yield* thread.run("And in Atlantis?")
  yield* Console.log(`answer: ${atlantis.finalResponse}`)
  // offline, show what the model received for the failed call
  yield* whenOffline((model) =>
    Effect.flatMap(model.requests, (requests) => {
      const input = (requests.at(-1) as { readonly input: ReadonlyArray<{ readonly type: string; readonly output?: unknown }> }).input
      const output = input.filter((i) => i.type === "function_call_output").at(-1)?.output
      return Console.log(`(the model received: ${typeof output === "string" ? output : JSON.stringify(output)})`)
    })
  )
}).pipe(Effect.scoped, Effect.provide(WeatherHandlers))

program.pipe(main({
  client: { experimentalApi: true },
  scripts: [
    Script.reply([
      FakeResponses.Item.functionCall("get_weather", { city: "Paris" }),
      FakeResponses.Item.functionCall("get_weather", { city: "Oslo" })
    ]),
    Script.text("Paris: 21°C and sunny. Oslo: 4°C with snow."),
    Script.functionCall("get_weather", { city: "Atlantis" }),
    Script.text("I have no weather for Atlantis: the tool does not know that city.")
  ]
}))
