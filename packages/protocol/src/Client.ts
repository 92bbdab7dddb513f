/**
 * A typed client of every client request of the app-server v2 protocol, generated from the method
 * registry: given one `request` function, one operation per method, grouped by namespace
 * (`thread/goal/set` is `client.thread.goal.set(params)`); plus typed tables of the server
 * notifications and server requests. The SDK builds it on its connection (`Rpc.make`).
 *
 * @since 0.3.0
 */
import type * as Generated from "./generated/client.js"
import * as generated from "./generated/client.js"

/**
 * One typed operation per client request, grouped by namespace: a function of the params (and
 * per-call options `O`) returning an `Effect` that fails with `E`, or an `Effect` for a method
 * that takes no params.
 *
 * @since 0.3.0
 * @category models
 */
export type Client<E, O> = Generated.Client<E, O>

/**
 * The one function every method of the client calls: method, params (`undefined` when there are
 * none) and per-call options.
 *
 * @since 0.3.0
 * @category models
 */
export type Request<E, O> = Generated.Request<E, O>

/**
 * Every server notification: method -> params type.
 *
 * @since 0.3.0
 * @category models
 */
export type NotificationTable = Generated.NotificationTable

/**
 * Every server-to-client request: method -> params and the response the client sends back.
 *
 * @since 0.3.0
 * @category models
 */
export type ServerRequestTable = Generated.ServerRequestTable

/**
 * Builds the client on one `request` function: a plain object of closures, cheap to build
 * (nothing is sent or decoded until an operation runs).
 *
 * @since 0.3.0
 * @category constructors
 */
export const make: <E, O>(request: Request<E, O>) => Client<E, O> = generated.make
