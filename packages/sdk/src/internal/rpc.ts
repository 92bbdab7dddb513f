/**
 * The generated client of every method on the connection's `request`.
 *
 * @internal
 */
import { Client } from "@effect-codex/protocol"
import { Effect } from "effect"
import type * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import type { RequestOptions } from "../JsonRpc.js"

/** The connection's `request` without its per-method argument tuples. */
type Send = (method: string, params?: unknown, options?: RequestOptions) => Effect.Effect<unknown, RequestError>

const merge = (defaults: RequestOptions | undefined, options: RequestOptions | undefined): RequestOptions | undefined =>
  defaults === undefined ? options : options === undefined ? defaults : { ...defaults, ...options }

/** @internal */
export const make = (
  request: AppServer.Service["request"],
  defaults?: RequestOptions
): Client.Client<RequestError, RequestOptions> => {
  // `request` is typed per method by its argument tuple; the generated client types each method
  // itself, so here it is called with the plain (method, params, options) shape it implements.
  const send = request as unknown as Send
  const typed: Client.Request<RequestError, RequestOptions> = (method, params, options) =>
    send(method, params, merge(defaults, options)).pipe(
      Effect.withSpan("Rpc.request", { attributes: { method } })
    ) as Effect.Effect<never, RequestError>
  return Client.make(typed)
}
