/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Effect } from "effect"
import * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import { ErrorCode, InvalidParams } from "../Errors.js"
import type { WriteOptions } from "../Settings.js"

/** @internal */
export const read = (params: Schemas.ConfigReadParams = {}) =>
  Effect.flatMap(AppServer.AppServer, (server) => server.request("config/read", params)).pipe(Effect.withSpan("Settings.read"))

/** @internal */
export const valueAt = (config: Schemas.Config, keyPath: string): unknown =>
  keyPath.split(".").reduce<unknown>(
    (value, key) =>
      // own keys only: `__proto__` or `constructor` are not settings
      typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined,
    config
  )

/**
 * Where `value` holds what JSON cannot carry as it is (`JSON.stringify` would write `NaN` and
 * `Infinity` as `null`, and leave `undefined` or a function out): the setting would silently
 * become something else. `undefined` when it is plain JSON.
 */
const notJson = (value: unknown, path: string): string | undefined => {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} is ${value}, which JSON cannot carry`
  if (typeof value === "undefined" || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
    return `${path} is ${typeof value === "bigint" ? "a bigint" : typeof value === "undefined" ? "undefined" : `a ${typeof value}`}, which JSON cannot carry`
  }
  if (typeof value !== "object" || value === null) return undefined
  const entries: Array<readonly [string, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v] as const)
    : Object.entries(value).map(([k, v]) => [`${path}.${k}`, v] as const)
  for (const [at, v] of entries) {
    const found = notJson(v, at)
    if (found !== undefined) return found
  }
  return undefined
}

const checked = <A>(method: string, value: unknown, path: string, request: Effect.Effect<A, RequestError, AppServer.AppServer>) => {
  const bad = notJson(value, path)
  return bad === undefined ? request : Effect.fail(new InvalidParams({ method, code: ErrorCode.InvalidParams, message: bad }))
}

/** @internal */
export const get = (keyPath: string, params: Schemas.ConfigReadParams = {}) =>
  Effect.map(read(params), (response) => valueAt(response.config, keyPath))

/** @internal */
export const write = (keyPath: string, value: unknown, options: WriteOptions = {}) =>
  checked(
    "config/value/write",
    value,
    "value",
    Effect.flatMap(AppServer.AppServer, (server) =>
      server.request("config/value/write", { mergeStrategy: "replace", ...options, keyPath, value }))
  ).pipe(Effect.withSpan("Settings.write", { attributes: { keyPath } }))

/** @internal */
export const writeAll = (
  edits: ReadonlyArray<Omit<Schemas.ConfigEdit, "mergeStrategy"> & { readonly mergeStrategy?: Schemas.MergeStrategy }>,
  options: Omit<Schemas.ConfigBatchWriteParams, "edits"> = {}
): Effect.Effect<Schemas.ConfigWriteResponse, RequestError, AppServer.AppServer> =>
  checked(
    "config/batchWrite",
    edits.map((edit) => edit.value),
    "edits.value",
    Effect.flatMap(AppServer.AppServer, (server) =>
      server.request("config/batchWrite", {
        ...options,
        edits: edits.map((edit) => ({ mergeStrategy: "replace", ...edit }))
      }))
  ).pipe(Effect.withSpan("Settings.writeAll"))
