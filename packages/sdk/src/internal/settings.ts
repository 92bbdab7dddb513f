/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Effect } from "effect"
import * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import type { WriteOptions } from "../Settings.js"

/** @internal */
export const read = (params: Schemas.ConfigReadParams = {}) =>
  Effect.flatMap(AppServer.AppServer, (server) => server.request("config/read", params)).pipe(Effect.withSpan("Settings.read"))

/** @internal */
export const valueAt = (config: Schemas.Config, keyPath: string): unknown =>
  keyPath.split(".").reduce<unknown>(
    (value, key) => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    config
  )

/** @internal */
export const get = (keyPath: string, params: Schemas.ConfigReadParams = {}) =>
  Effect.map(read(params), (response) => valueAt(response.config, keyPath))

/** @internal */
export const write = (keyPath: string, value: unknown, options: WriteOptions = {}) =>
  Effect.flatMap(AppServer.AppServer, (server) =>
    server.request("config/value/write", { mergeStrategy: "replace", ...options, keyPath, value })).pipe(
      Effect.withSpan("Settings.write", { attributes: { keyPath } })
    )

/** @internal */
export const writeAll = (
  edits: ReadonlyArray<Omit<Schemas.ConfigEdit, "mergeStrategy"> & { readonly mergeStrategy?: Schemas.MergeStrategy }>,
  options: Omit<Schemas.ConfigBatchWriteParams, "edits"> = {}
): Effect.Effect<Schemas.ConfigWriteResponse, RequestError, AppServer.AppServer> =>
  Effect.flatMap(AppServer.AppServer, (server) =>
    server.request("config/batchWrite", {
      ...options,
      edits: edits.map((edit) => ({ mergeStrategy: "replace", ...edit }))
    })).pipe(Effect.withSpan("Settings.writeAll"))
