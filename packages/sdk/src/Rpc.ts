/**
 * A typed operation for every app-server method, generated from the protocol registry and
 * grouped by namespace: `rpc.thread.start(params)`, `rpc.thread.goal.set(params)`,
 * `rpc.model.list({})`. Each is an `Effect` with the method's params and result types that fails
 * with `RequestError`; a method that takes no params is an `Effect` itself
 * (`rpc.account.logout`). `Codex.Service` carries one as `codex.rpc`; `make` builds one on any
 * `request` (an `AppServer`'s). The `request` escape hatch stays for methods newer than the pin.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Codex } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const { rpc } = yield* Codex.Codex
 *   const { thread } = yield* rpc.thread.start({})
 *   const { data } = yield* rpc.model.list({}, { timeout: "5 seconds" })
 *   return { thread, models: data.length }
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Client as Generated } from "@effect-codex/protocol"
import type * as AppServer from "./AppServer.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/rpc.js"
import type { RequestOptions } from "./JsonRpc.js"

/**
 * The client: one operation per v2 method, with per-call `RequestOptions` as the last argument
 * of every function.
 *
 * @since 0.3.0
 * @category models
 */
export interface Client extends Generated.Client<RequestError, RequestOptions> {}

/**
 * Builds the client on a connection's `request` (`AppServer.Service["request"]`). `options` are
 * defaults for every call (a per-call option overrides them): the way to give a method that takes
 * no params, an `Effect` rather than a function, a timeout or retry schedule of its own. Building
 * is cheap: a plain object of closures, nothing constructed until a method runs.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make: (request: AppServer.Service["request"], options?: RequestOptions) => Client = internal.make
