/**
 * In-process tools: functions of your program that the model can call. Define them with
 * `@effect/ai`'s `Tool` and `Toolkit` (Schema parameters, typed success and failure, handlers as a
 * Layer), the same definitions an `@effect/ai` `LanguageModel` takes; `Tools.threadStart` starts a
 * thread that offers them (the app-server's `dynamicTools`) and answers each call
 * (`item/tool/call`) with the toolkit's handlers.
 *
 * Each call's arguments are decoded with the tool's parameters Schema; the handler runs in the
 * turn (interrupted when the turn ends) and its encoded success is the output the model sees.
 * Bad arguments, an unknown tool, a handler failure and a defect become an error output the model
 * sees (`success: false`), never a crash or a hang.
 *
 * `dynamicTools` is experimental in codex 0.169.0: the client needs `experimentalApi: true`, else
 * `threadStart` fails with `InvalidRequest` before sending anything.
 *
 * This module is a separate entry point, `@effect-codex/sdk/Tools`, and is not in the package's
 * barrel: `@effect/ai` is an optional peer dependency, needed (for its types) only by programs that
 * import this module.
 *
 * ```ts
 * import { Tool, Toolkit } from "@effect/ai"
 * import { Effect, Schema } from "effect"
 * import * as Tools from "@effect-codex/sdk/Tools"
 *
 * const GetWeather = Tool.make("get_weather", {
 *   description: "The weather in a city",
 *   parameters: { city: Schema.String },
 *   success: Schema.Struct({ celsius: Schema.Number })
 * })
 * const toolkit = Toolkit.make(GetWeather)
 * const handlers = toolkit.toLayer({ get_weather: ({ city }) => Effect.succeed({ celsius: city.length }) })
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Tools.threadStart(toolkit)
 *   const result = yield* thread.run("What is the weather in Paris?")
 * }).pipe(Effect.scoped, Effect.provide(handlers))
 * ```
 *
 * @since 0.3.0
 * @separateEntryPoint
 */
import type { Schemas } from "@effect-codex/protocol"
import type * as Tool from "@effect/ai/Tool"
import type * as Toolkit from "@effect/ai/Toolkit"
import type { Effect, Scope } from "effect"
import type * as AppServer from "./AppServer.js"
import type * as Codex from "./Codex.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/tools.js"
import type * as Thread from "./Thread.js"

/**
 * Options of {@link threadStart}: everything `Codex.threadStart` takes. `dynamicTools` given here
 * are offered too, but calls to them are answered only when the toolkit has a tool of that name.
 *
 * @since 0.3.0
 * @category models
 */
export interface ThreadStartOptions extends Codex.ThreadStartOptions {}

/**
 * What one tool call came to, and the text the model sees as the tool's output:
 * - `Success`: the handler's success, encoded by the tool's success Schema (a string as is, other
 *   values as JSON);
 * - `Failure`: the handler's typed failure, encoded by the tool's failure Schema;
 * - `InvalidArguments`: the arguments did not decode with the parameters Schema (the message says
 *   why, so the model can correct itself);
 * - `UnknownTool`: the toolkit has no tool of that name;
 * - `Defect`: the handler died (the defect is logged; the model sees its message).
 *
 * @since 0.3.0
 * @category models
 */
export interface CallOutcome {
  /** The kind of outcome, as listed in the interface description. */
  readonly _tag: "Success" | "Failure" | "InvalidArguments" | "UnknownTool" | "Defect"
  /** `true` for `Success` only; sent to the server as the call's `success`. */
  readonly success: boolean
  /** The text the model sees as the tool's output, sent as one `inputText` content item. */
  readonly output: string
}

/**
 * The `dynamicTools` entries of a toolkit: each tool's name, description and the JSON Schema of its
 * parameters (as `@effect/ai` makes it for its model providers).
 *
 * @since 0.3.0
 * @category constructors
 */
export const specs: (toolkit: Toolkit.Any) => ReadonlyArray<Schemas.DynamicToolSpec> = internal.specs

/**
 * Runs one tool call with a toolkit's handlers (`yield* toolkit`) and returns what the model should
 * see. The building block of {@link serve}; useful to test handlers without a server.
 *
 * @since 0.3.0
 * @category combinators
 */
export const call: <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.WithHandler<Tools>,
  name: string,
  args: unknown
) => Effect.Effect<CallOutcome> = internal.call

/**
 * Answers the `item/tool/call` requests of one thread with the toolkit's handlers while the scope is
 * open. For a thread started elsewhere with the toolkit's `specs` as its `dynamicTools`, or
 * resumed (codex keeps a thread's dynamic tools across `thread/resume`).
 *
 * @since 0.3.0
 * @category combinators
 */
export const serve: <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.Toolkit<Tools>,
  threadId: string
) => Effect.Effect<void, never, AppServer.AppServer | Scope.Scope | Tool.HandlersFor<Tools>> = internal.serve

/**
 * Starts a thread that offers the toolkit's tools to the model, and answers their calls while the
 * scope is open. Needs `experimentalApi: true` on the client; fails with `InvalidRequest` before
 * any request otherwise.
 *
 * @since 0.3.0
 * @category constructors
 */
export const threadStart: <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.Toolkit<Tools>,
  options?: ThreadStartOptions
) => Effect.Effect<
  Thread.Thread,
  RequestError,
  Codex.Codex | AppServer.AppServer | Scope.Scope | Tool.HandlersFor<Tools>
> = internal.threadStart
