/**
 * What every example uses to get its Codex client, and to run.
 *
 * - With Codex credentials (`OPENAI_API_KEY` or `CODEX_API_KEY` in the environment, or an
 *   `auth.json` in `$CODEX_HOME`, else `~/.codex`) and `EFFECT_CODEX_OFFLINE` not `1`, the client is
 *   `Codex.layerNode()`: your real Codex setup. With an API key in the environment and no account
 *   logged in yet, the key is handed to `loginApiKey` (which stores it in your Codex home).
 * - Otherwise the real `codex app-server` runs offline against a scripted local model
 *   (`TestCodex.layer`), answering with the scripts the example passes in, and one line says so.
 *
 * `main` runs a program with `NodeRuntime.runMain`: Ctrl-C interrupts it cleanly (the app-server
 * is stopped), and a failure is reported and exits with code 1.
 */
import { NodeRuntime } from "@effect/platform-node"
import type { AppServer, AppServerConfig, Errors } from "@effect-codex/sdk"
import { Codex } from "@effect-codex/sdk"
import type { CodexHome } from "@effect-codex/testing"
import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { Console, Context, Effect, Layer, Option, Redacted } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"

/**
 * The scripted model when running offline, `None` with the real Codex. Examples use it to print
 * what the model received, or to release a stalled answer.
 */
export class ScriptedModel extends Context.Tag("examples/ScriptedModel")<
  ScriptedModel,
  Option.Option<FakeResponses.Service>
>() {}

/** What an example passes for offline runs. */
export interface Options {
  /** The scripted model's answers, one per model request, in order. */
  readonly scripts?: ReadonlyArray<FakeResponses.Script>
  /** The answer once the scripts are used up (default: `"ok"`). */
  readonly fallback?: FakeResponses.Script
  /** Options of the offline `CODEX_HOME` (e.g. the default model). */
  readonly home?: TestCodex.Options["home"]
  /** Client options, online and offline (e.g. `experimentalApi`). */
  readonly client?: AppServerConfig.Options
}

/** Why the examples run offline, or `undefined` when they use the real Codex. */
export const offlineReason = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env["EFFECT_CODEX_OFFLINE"] === "1") return "EFFECT_CODEX_OFFLINE=1"
  return hasCredentials(env) ? undefined : "no Codex credentials found"
}

const nonEmpty = (value: string | undefined): value is string => value !== undefined && value.trim() !== ""

const apiKeyOf = (env: NodeJS.ProcessEnv): string | undefined =>
  [env["OPENAI_API_KEY"], env["CODEX_API_KEY"]].find(nonEmpty)

const hasCredentials = (env: NodeJS.ProcessEnv): boolean => {
  if (apiKeyOf(env) !== undefined) return true
  const home = nonEmpty(env["CODEX_HOME"])
    ? env["CODEX_HOME"]
    : Path.join(nonEmpty(env["HOME"]) ? env["HOME"] : Os.homedir(), ".codex")
  return Fs.existsSync(Path.join(home, "auth.json"))
}

let announced = false
const announce = (reason: string) =>
  Effect.sync(() => {
    if (announced) return
    announced = true
    process.stderr.write(`[offline] ${reason}: using a scripted local model\n`)
  })

/** Logs in with the API key from the environment when no account is logged in yet. */
const loginFromEnv = Effect.gen(function*() {
  const apiKey = apiKeyOf(process.env)
  if (apiKey === undefined) return
  const codex = yield* Codex.Codex
  const { account } = yield* codex.account()
  if (account === null || account === undefined) yield* codex.loginApiKey(Redacted.make(apiKey))
})

/** The services an example's program may use. */
export type Services = Codex.Codex | AppServer.AppServer | ScriptedModel

/** What building the layer can fail with. */
export type StartError =
  | Codex.StartError
  | Errors.RequestError
  | FakeResponses.FakeResponsesError
  | CodexHome.CodexHomeError

/**
 * The Codex client for an example: the real one, or the real app-server on a scripted model.
 * Either way the layer also provides {@link ScriptedModel}.
 */
export const layer = (options: Options = {}): Layer.Layer<Services, StartError> => {
  const reason = offlineReason()
  if (reason === undefined) {
    return Layer.effectDiscard(loginFromEnv).pipe(
      Layer.provideMerge(Codex.layerNode(options.client)),
      Layer.merge(Layer.succeed(ScriptedModel, Option.none()))
    )
  }
  const testOptions: TestCodex.Options = {
    ...(options.scripts === undefined ? {} : { scripts: options.scripts }),
    ...(options.fallback === undefined ? {} : { fallback: options.fallback }),
    ...(options.home === undefined ? {} : { home: options.home }),
    ...(options.client === undefined ? {} : { client: options.client })
  }
  return Layer.effect(ScriptedModel, Effect.map(FakeResponses.FakeResponses, Option.some)).pipe(
    Layer.provideMerge(TestCodex.layer(testOptions)),
    Layer.provide(Layer.effectDiscard(announce(reason)))
  )
}

/** Runs `f` with the scripted model when offline; does nothing with the real Codex. */
export const whenOffline = <A, E, R>(f: (model: FakeResponses.Service) => Effect.Effect<A, E, R>) =>
  Effect.flatMap(ScriptedModel, Option.match({ onNone: () => Effect.void, onSome: (model) => Effect.asVoid(f(model)) }))

/** Offline, prints the images of the scripted model's last request (what codex actually sent). */
export const showImagesSent = whenOffline((model) =>
  Effect.flatMap(model.requests, (requests) => {
    const urls = [...JSON.stringify(requests.at(-1) ?? null).matchAll(/"image_url":"([^"]+)"/g)].map((m) => m[1]!)
    return Console.log(`(the model received ${urls.length} image(s): ${urls.map((url) => `${url.slice(0, 30)}…`).join(", ")})`)
  })
)

/**
 * Runs an example's program with its layer: `program.pipe(main({ scripts }))`. Errors are reported
 * and exit non-zero.
 */
export const main = (options: Options = {}) => <A, E>(program: Effect.Effect<A, E, Services>): void =>
  NodeRuntime.runMain(program.pipe(Effect.provide(layer(options))))
