/**
 * The real `codex app-server` (from the pinned package) running offline against a scripted
 * `FakeResponses` model in a temporary `CODEX_HOME`, with the effect-codex client on top: one
 * layer to test agent code without network or credentials.
 *
 * ```ts
 * import { Codex } from "@effect-codex/sdk"
 * import { FakeResponses, TestCodex } from "@effect-codex/testing"
 *
 * const test = Effect.gen(function* () {
 *   const codex = yield* Codex.Codex
 *   const thread = yield* codex.threadStart()
 *   const result = yield* thread.run("hi")
 *   // result.finalResponse === "Hello!"
 * }).pipe(Effect.provide(TestCodex.layer({ scripts: [FakeResponses.Script.text("Hello!")] })))
 * ```
 *
 * @since 0.1.0
 */
import type { AppServerConfig, AppServerSocket } from "@effect-codex/sdk"
import { AppServer, Codex } from "@effect-codex/sdk"
import { Effect, Layer, Stream } from "effect"
import * as CodexHome from "./CodexHome.js"
import * as FakeResponses from "./FakeResponses.js"
import * as internalHome from "./internal/codexHome.js"
import * as ListeningAppServer from "./ListeningAppServer.js"

/**
 * Options: the fake model's scripts and fallback, the home's settings, and client options.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends FakeResponses.Options {
  /** Options of the temporary `CODEX_HOME` and its `config.toml` (model, approval policy, sandbox, features, overrides). */
  readonly home?: CodexHome.LayerOptions
  /** The client's own options (timeouts, `env`, `cwd`, ...); `cwd` defaults to the home. */
  readonly client?: AppServerConfig.Options
}

/**
 * The client, its app-server, the fake model and the home. The app-server runs with the
 * home's environment (plus `client.env`) and with `cwd` the home unless `client.cwd` is set.
 * When the process is stopped by a signal before the layer is released, the app-server (and the
 * commands it runs) are killed before the home is removed, so that nothing writes it again.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<
  Codex.Codex | AppServer.AppServer | FakeResponses.FakeResponses | CodexHome.CodexHome,
  Codex.StartError | FakeResponses.FakeResponsesError | CodexHome.CodexHomeError
> => {
  const { client = {}, home = {}, ...fake } = options
  const codex = Layer.unwrapEffect(
    Effect.map(CodexHome.CodexHome, (h) =>
      Codex.layerNode({ ...client, cwd: client.cwd ?? h.path, env: { ...h.env, ...client.env } }))
  )
  // the home knows its app-server, to stop it first if the process is killed; with
  // `restartSchedule`, the process of the moment (each restart notification names the new one)
  const register = Layer.scopedDiscard(Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const { path } = yield* CodexHome.CodexHome
    let pid = server.pid
    if (pid === undefined) return
    const track = (next: number | undefined) => {
      if (pid !== undefined) internalHome.untrackUser(path, pid)
      pid = next
      if (pid !== undefined) internalHome.trackUser(path, pid)
    }
    yield* Effect.acquireRelease(Effect.sync(() => track(pid)), () => Effect.sync(() => track(undefined)))
    if (client.restartSchedule === undefined) return
    // subscribed now (not when the fiber first runs), so that no restart is missed
    const events = yield* server.subscribeEvents
    yield* events.pipe(
      Stream.runForEach((event) => Effect.sync(() => AppServer.isRestarted(event) && track(event.params.pid))),
      Effect.ignore,
      Effect.forkScoped
    )
  }))
  return register.pipe(
    Layer.provideMerge(codex),
    Layer.provideMerge(CodexHome.layerWith(home)),
    Layer.provideMerge(FakeResponses.layerWith(fake))
  )
}

/**
 * Options of {@link layerListening}: how the server listens, plus everything {@link layer} takes
 * (`client` is the client's options; process options go to `listen.server`).
 *
 * @since 0.3.0
 * @category models
 */
export interface ListeningOptions extends Options {
  /** How the server listens (transport, auth, process options), as `ListeningAppServer.layer` takes it. */
  readonly listen: ListeningAppServer.Options
}

/**
 * The same as {@link layer}, but the app-server is started as a listening server
 * (`ListeningAppServer`) and the client connects to it with `Codex.layerWebSocket` or
 * `Codex.layerUnixSocket`: the same program runs over a socket by swapping this layer in.
 *
 * @since 0.3.0
 * @category layers
 */
export const layerListening = (
  options: ListeningOptions
): Layer.Layer<
  | Codex.Codex
  | AppServer.AppServer
  | ListeningAppServer.ListeningAppServer
  | FakeResponses.FakeResponses
  | CodexHome.CodexHome,
  | Codex.StartError
  | AppServerSocket.ConnectError
  | ListeningAppServer.ListeningAppServerError
  | FakeResponses.FakeResponsesError
  | CodexHome.CodexHomeError
> => {
  const { client = {}, home = {}, listen, ...fake } = options
  const codex = Layer.unwrapEffect(
    Effect.map(ListeningAppServer.ListeningAppServer, (server) =>
      "path" in server.socket
        ? Codex.layerUnixSocket(server.socket, client)
        : Codex.layerWebSocket(server.socket, client))
  )
  return codex.pipe(
    Layer.provideMerge(ListeningAppServer.layer(listen)),
    Layer.provideMerge(CodexHome.layerWith(home)),
    Layer.provideMerge(FakeResponses.layerWith(fake))
  )
}
