/**
 * A Promise facade for code not written in Effect, built on a `ManagedRuntime`. Every method
 * returns a Promise that rejects with the real tagged error (`error._tag` is `"TurnFailed"`,
 * `"ServerBusy"`, ...). Call `dispose()` to stop the app-server.
 *
 * ```ts
 * import { PromiseClient } from "@effect-codex/sdk"
 *
 * const codex = PromiseClient.make()
 * try {
 *   const thread = await codex.threadStart()
 *   const result = await thread.run("Say hello", { onText: (t) => process.stdout.write(t) })
 *   console.log(result.finalResponse)
 * } finally {
 *   await codex.dispose()
 * }
 * ```
 *
 * @since 0.1.0
 */
import type { Registry, Schemas } from "@effect-codex/protocol"
import type { Layer } from "effect"
import { Cause, Effect, Exit, ManagedRuntime, Redacted, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type * as AppServerConfig from "./AppServerConfig.js"
import * as Codex from "./Codex.js"
import type * as Inputs from "./Inputs.js"
import type * as Thread from "./Thread.js"
import type * as Turn from "./Turn.js"

/**
 * A thread, with Promises.
 *
 * @since 0.1.0
 * @category models
 */
export interface PromiseThread {
  readonly id: string
  /** Runs a turn to completion; `onText` receives the answer's text as it streams. */
  readonly run: (
    input: Inputs.Input,
    options?: Omit<Thread.TurnOptions, "approvals"> & { readonly onText?: (delta: string) => void }
  ) => Promise<Turn.TurnResult>
  readonly read: (options?: { readonly includeTurns?: boolean }) => Promise<Schemas.ThreadReadResponse>
  readonly setName: (name: string) => Promise<Schemas.ThreadSetNameResponse>
  readonly compact: () => Promise<Schemas.ThreadCompactStartResponse>
}

/**
 * The Codex client, with Promises.
 *
 * @since 0.1.0
 * @category models
 */
export interface PromiseClient {
  readonly metadata: () => Promise<AppServer.Metadata>
  readonly threadStart: (options?: Codex.ThreadStartOptions) => Promise<PromiseThread>
  readonly threadResume: (threadId: string, options?: Omit<Schemas.ThreadResumeParams, "threadId">) => Promise<PromiseThread>
  readonly threadFork: (threadId: string, options?: Omit<Schemas.ThreadForkParams, "threadId">) => Promise<PromiseThread>
  readonly threadList: (params?: Schemas.ThreadListParams) => Promise<Schemas.ThreadListResponse>
  readonly threadArchive: (threadId: string) => Promise<Schemas.ThreadArchiveResponse>
  readonly threadUnarchive: (threadId: string) => Promise<PromiseThread>
  readonly models: (params?: Schemas.ModelListParams) => Promise<Schemas.ModelListResponse>
  readonly loginApiKey: (apiKey: string) => Promise<void>
  readonly account: () => Promise<Schemas.GetAccountResponse>
  readonly logout: () => Promise<Schemas.LogoutAccountResponse>
  /** Any v2 method. */
  readonly request: <M extends Registry.ClientRequestMethod>(
    method: M,
    ...args: AppServer.RequestArgs<M>
  ) => Promise<Registry.ClientRequestResult<M>>
  /** Stops the app-server and releases everything. */
  readonly dispose: () => Promise<void>
}

/**
 * A client on the given layer (default: `Codex.layerNode(options)`), started on first use.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  options: AppServerConfig.Options = {},
  layer: Layer.Layer<Codex.Codex, unknown> = Codex.layerNode(options)
): PromiseClient => {
  const runtime = ManagedRuntime.make(layer)
  const run = <A>(effect: Effect.Effect<A, unknown, Codex.Codex>): Promise<A> =>
    runtime.runPromiseExit(effect).then((exit) => {
      if (Exit.isSuccess(exit)) return exit.value
      throw Cause.squash(exit.cause)
    })
  const withCodex = <A>(f: (codex: Codex.Service) => Effect.Effect<A, unknown>) => run(Effect.flatMap(Codex.Codex, f))

  const wrap = (thread: Thread.Thread): PromiseThread => ({
    id: thread.id,
    run: (input, { onText, ...options } = {}) =>
      run(
        onText === undefined ? thread.run(input, options) : Effect.scoped(
          Effect.gen(function*() {
            const turn = yield* thread.turn(input, options)
            yield* Stream.runForEach(turn.textDeltas, (delta) => Effect.sync(() => onText(delta)))
            return yield* turn.run
          })
        )
      ),
    read: (options) => run(thread.read(options)),
    setName: (name) => run(thread.setName(name)),
    compact: () => run(thread.compact)
  })

  return {
    metadata: () => withCodex((codex) => Effect.succeed(codex.metadata)),
    threadStart: (options) => withCodex((codex) => Effect.map(codex.threadStart(options), wrap)),
    threadResume: (threadId, options) => withCodex((codex) => Effect.map(codex.threadResume(threadId, options), wrap)),
    threadFork: (threadId, options) => withCodex((codex) => Effect.map(codex.threadFork(threadId, options), wrap)),
    threadList: (params) => withCodex((codex) => codex.threadList(params)),
    threadArchive: (threadId) => withCodex((codex) => codex.threadArchive(threadId)),
    threadUnarchive: (threadId) => withCodex((codex) => Effect.map(codex.threadUnarchive(threadId), wrap)),
    models: (params) => withCodex((codex) => codex.models(params)),
    loginApiKey: (apiKey) => withCodex((codex) => codex.loginApiKey(Redacted.make(apiKey))),
    account: () => withCodex((codex) => codex.account()),
    logout: () => withCodex((codex) => codex.logout),
    request: (method, ...args) => withCodex((codex) => codex.request(method, ...args)),
    dispose: () => runtime.dispose()
  }
}
