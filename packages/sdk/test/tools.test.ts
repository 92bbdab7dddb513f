import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { Tool, Toolkit } from "@effect/ai"
import { assert, describe, it, layer } from "@effect/vitest"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { Deferred, Effect, Layer, Ref, Schema } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Tools from "../src/Tools.js"
import { setup } from "./utils/setup.js"

const { Script } = FakeResponses

class WeatherUnavailable extends Schema.TaggedError<WeatherUnavailable>()("WeatherUnavailable", { city: Schema.String }) {}

const GetWeather = Tool.make("get_weather", {
  description: "The weather in a city",
  parameters: { city: Schema.String, unit: Schema.optional(Schema.Literal("C", "F")) },
  success: Schema.Struct({ city: Schema.String, degrees: Schema.Number }),
  failure: WeatherUnavailable
})
const Explode = Tool.make("explode", { description: "Always dies" })
const Wait = Tool.make("wait", { description: "Never answers" })

const toolkit = Toolkit.make(GetWeather, Explode, Wait)

/** What the handlers saw, and a latch the `wait` tool opens when it starts and closes when interrupted. */
class Probe extends Effect.Tag("test/Probe")<Probe, {
  readonly calls: Ref.Ref<ReadonlyArray<string>>
  readonly waitStarted: Deferred.Deferred<void>
  readonly waitInterrupted: Deferred.Deferred<void>
}>() {}

const probe = Layer.effect(Probe, Effect.all({ calls: Ref.make<ReadonlyArray<string>>([]), waitStarted: Deferred.make<void>(), waitInterrupted: Deferred.make<void>() }))

const handlers = toolkit.toLayer(Effect.gen(function*() {
  const { calls, waitInterrupted, waitStarted } = yield* Probe
  return {
    get_weather: ({ city }) =>
      Ref.update(calls, (c) => [...c, city]).pipe(
        Effect.zipRight(city === "Atlantis" ? Effect.fail(new WeatherUnavailable({ city })) : Effect.succeed({ city, degrees: 21 }))
      ),
    explode: () => Effect.die(new Error("kaboom")),
    wait: () => Deferred.succeed(waitStarted, undefined).pipe(Effect.zipRight(Effect.never), Effect.onInterrupt(() => Deferred.succeed(waitInterrupted, undefined)))
  }
})).pipe(Layer.provideMerge(probe))

/** The `function_call_output` items of a request to the model. */
const outputsOf = (body: unknown): ReadonlyArray<{ readonly call_id: string; readonly output: unknown }> =>
  ((body as { readonly input?: ReadonlyArray<{ readonly type: string }> }).input ?? []).filter((i) => i.type === "function_call_output") as never

const outputText = (output: unknown): string =>
  typeof output === "string" ? output : JSON.stringify(output)

describe("Tools against the real app-server", () => {
  layer(Layer.provideMerge(handlers, TestCodex.layer({ client: { experimentalApi: true } })), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("offers the toolkit as dynamicTools with the JSON Schema of each tool's parameters", () =>
      Effect.gen(function*() {
        const { fake } = yield* setup(Script.text("no tools needed"))
        const thread = yield* Tools.threadStart(toolkit)
        yield* thread.run("hi")
        const [body] = yield* fake.requests
        const tools = (body as { readonly tools: ReadonlyArray<{ readonly name?: string; readonly parameters?: any }> }).tools
        const weather = tools.find((t) => t.name === "get_weather")
        assert.isDefined(weather)
        assert.deepStrictEqual(weather!.parameters.required, ["city"])
        assert.isDefined(tools.find((t) => t.name === "explode"))
      }).pipe(Effect.scoped))

    it.effect("runs the handler when the model calls the tool; the model's follow-up sees its output", () =>
      Effect.gen(function*() {
        const { fake } = yield* setup(
          Script.functionCall("get_weather", { city: "Paris" }, { callId: "call_weather" }),
          Script.text("It is 21 degrees in Paris.")
        )
        const { calls } = yield* Probe
        yield* Ref.set(calls, [])
        const thread = yield* Tools.threadStart(toolkit)
        const result = yield* thread.run("What is the weather in Paris?")
        assert.strictEqual(result.finalResponse, "It is 21 degrees in Paris.")
        assert.deepStrictEqual(yield* Ref.get(calls), ["Paris"])
        const requests = yield* fake.requests
        assert.strictEqual(requests.length, 2)
        const [output] = outputsOf(requests[1])
        assert.strictEqual(output?.call_id, "call_weather")
        assert.deepStrictEqual(JSON.parse(outputText(output?.output)), { city: "Paris", degrees: 21 })
        const item = result.items.find((i) => i.type === "dynamicToolCall")
        assert.strictEqual(item?.type === "dynamicToolCall" ? item.status : undefined, "completed")
      }).pipe(Effect.scoped))

    it.effect("bad arguments, a typed failure and a defect become error outputs the model sees; the turn goes on", () =>
      Effect.gen(function*() {
        const { fake } = yield* setup(
          Script.functionCall("get_weather", { town: "Paris" }, { callId: "call_bad" }),
          Script.functionCall("get_weather", { city: "Atlantis" }, { callId: "call_fail" }),
          Script.functionCall("explode", {}, { callId: "call_die" }),
          Script.text("I could not find out.")
        )
        const { calls } = yield* Probe
        yield* Ref.set(calls, [])
        const thread = yield* Tools.threadStart(toolkit)
        const result = yield* thread.run("Weather?")
        assert.strictEqual(result.status, "completed")
        assert.strictEqual(result.finalResponse, "I could not find out.")
        // the handler never saw the arguments that did not decode
        assert.deepStrictEqual(yield* Ref.get(calls), ["Atlantis"])
        const requests = yield* fake.requests
        assert.strictEqual(requests.length, 4)
        const bad = outputsOf(requests[1]).find((o) => o.call_id === "call_bad")
        assert.include(outputText(bad?.output), "Invalid arguments for tool 'get_weather'")
        assert.include(outputText(bad?.output), "city")
        const failed = outputsOf(requests[2]).find((o) => o.call_id === "call_fail")
        assert.include(outputText(failed?.output), "WeatherUnavailable")
        assert.include(outputText(failed?.output), "Atlantis")
        const died = outputsOf(requests[3]).find((o) => o.call_id === "call_die")
        assert.include(outputText(died?.output), "kaboom")
        const statuses = result.items.flatMap((i) => i.type === "dynamicToolCall" ? [i.status] : [])
        assert.deepStrictEqual(statuses, ["failed", "failed", "failed"])
      }).pipe(Effect.scoped))

    it.effect("interrupts a running handler when its turn ends", () =>
      Effect.gen(function*() {
        yield* setup(Script.functionCall("wait", {}), Script.text("never reached"))
        const { waitInterrupted, waitStarted } = yield* Probe
        const thread = yield* Tools.threadStart(toolkit)
        const turn = yield* thread.turn("wait for it")
        yield* Deferred.await(waitStarted)
        yield* turn.interrupt
        const result = yield* turn.run
        assert.strictEqual(result.status, "interrupted")
        yield* Deferred.await(waitInterrupted)
      }).pipe(Effect.scoped))

    it.effect("serve: answers for a thread started with the toolkit's specs", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.functionCall("get_weather", { city: "Rome" }), Script.text("Rome: 21"))
        const thread = yield* codex.threadStart({ dynamicTools: Tools.specs(toolkit) })
        yield* Tools.serve(toolkit, thread.id)
        const result = yield* thread.run("Weather in Rome?")
        assert.strictEqual(result.finalResponse, "Rome: 21")
        const [output] = outputsOf((yield* fake.requests)[1])
        assert.deepStrictEqual(JSON.parse(outputText(output?.output)), { city: "Rome", degrees: 21 })
      }).pipe(Effect.scoped))

    it.effect("serve: a resumed thread keeps its dynamic tools; serve answers their calls", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.text("first"), Script.functionCall("get_weather", { city: "Lima" }), Script.text("Lima: 21"))
        const threadId = yield* Effect.scoped(Effect.gen(function*() {
          const thread = yield* Tools.threadStart(toolkit)
          yield* thread.run("hello")
          yield* thread.close // the last handle: the thread is unloaded from the server
          return thread.id
        }))
        const resumed = yield* codex.threadResume(threadId)
        yield* Tools.serve(toolkit, resumed.id)
        const result = yield* resumed.run("Weather in Lima?")
        assert.strictEqual(result.finalResponse, "Lima: 21")
        const requests = yield* fake.requests
        const tools = (requests[1] as { readonly tools: ReadonlyArray<{ readonly name?: string }> }).tools
        assert.isDefined(tools.find((t) => t.name === "get_weather"))
        assert.deepStrictEqual(JSON.parse(outputText(outputsOf(requests[2])[0]?.output)), { city: "Lima", degrees: 21 })
      }).pipe(Effect.scoped))

    it.effect("call: a tool whose failures are returned, not raised", () =>
      Effect.gen(function*() {
        const Lookup = Tool.make("lookup", {
          parameters: { key: Schema.String },
          success: Schema.String,
          failure: Schema.Struct({ missing: Schema.String }),
          failureMode: "return"
        })
        const kit = Toolkit.make(Lookup)
        const withHandler = yield* kit.pipe(
          Effect.provide(kit.toLayer({ lookup: ({ key }) => key === "a" ? Effect.succeed("A") : Effect.fail({ missing: key }) }))
        )
        assert.deepStrictEqual(yield* Tools.call(withHandler, "lookup", { key: "a" }), { _tag: "Success", success: true, output: "A" })
        assert.deepStrictEqual(yield* Tools.call(withHandler, "lookup", { key: "b" }), {
          _tag: "Failure",
          success: false,
          output: JSON.stringify({ missing: "b" })
        })
        assert.deepStrictEqual(Tools.specs(kit).map((spec) => spec.name), ["lookup"])
      }))

    it.effect("a tool whose parameters have no JSON Schema form is InvalidParams naming it, before any request", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const Count = Tool.make("count", { description: "Counts", parameters: { n: Schema.BigIntFromSelf } })
        const before = (yield* server.stats).requestsSent
        const error = yield* Effect.flip(Tools.threadStart(Toolkit.make(Count)).pipe(Effect.provide(Toolkit.make(Count).toLayer({ count: () => Effect.void }))))
        assert.strictEqual(error._tag, "InvalidParams")
        assert.include(error.message, "tool 'count'")
        assert.strictEqual((yield* server.stats).requestsSent, before)
      }).pipe(Effect.scoped))

    it.effect("call: the outcome of one call, without a server", () =>
      Effect.gen(function*() {
        const withHandler = yield* toolkit
        const ok = yield* Tools.call(withHandler, "get_weather", { city: "Oslo", unit: "C" })
        assert.deepStrictEqual(ok, { _tag: "Success", success: true, output: JSON.stringify({ city: "Oslo", degrees: 21 }) })
        assert.strictEqual((yield* Tools.call(withHandler, "get_weather", { city: 3 }))._tag, "InvalidArguments")
        assert.strictEqual((yield* Tools.call(withHandler, "get_weather", { city: "Atlantis" }))._tag, "Failure")
        assert.strictEqual((yield* Tools.call(withHandler, "explode", {}))._tag, "Defect")
        const unknown = yield* Tools.call(withHandler, "nope", {})
        assert.strictEqual(unknown._tag, "UnknownTool")
        assert.include(unknown.output, "get_weather")
      }))
  })

  layer(Layer.provideMerge(handlers, TestCodex.layer()), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("without experimentalApi: InvalidRequest before any request", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const before = (yield* server.stats).requestsSent
        const error = yield* Effect.flip(Tools.threadStart(toolkit))
        assert.strictEqual(error._tag, "InvalidRequest")
        assert.include(error.message, "experimentalApi")
        assert.strictEqual((yield* server.stats).requestsSent, before)
      }).pipe(Effect.scoped))
  })

  it("needs @effect/ai only for types, and stays out of the package barrel", () => {
    const src = Path.resolve(__dirname, "../src")
    const files = Fs.readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))
    for (const file of files) {
      const text = Fs.readFileSync(Path.join(src, file), "utf8")
      for (const line of text.split("\n").filter((l) => /^import .* from "@effect\/ai/.test(l))) {
        assert.match(line, /^import type /, `${file}: ${line}`)
      }
    }
    assert.notInclude(Fs.readFileSync(Path.join(src, "index.ts"), "utf8"), "Tools")
  })
})
