/**
 * Codex's configuration as the app-server sees it (`config.toml` and its layers): read it whole
 * or one value by key path, write one value or several at once. Writes go to the user's
 * `config.toml` (the only file codex 0.169 lets a client write) and return its new version, which `expectedVersion` can require
 * on the next write (optimistic concurrency).
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Settings } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const { version } = yield* Settings.write("model_reasoning_effort", "high")
 *   const effort = yield* Settings.get("model_reasoning_effort")          // "high"
 *   yield* Settings.writeAll([
 *     { keyPath: "mcp_servers.docs", value: { command: "docs-mcp" } }
 *   ], { expectedVersion: version })
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect } from "effect"
import type * as AppServer from "./AppServer.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/settings.js"

/**
 * Options of {@link write}: `mergeStrategy` (default `"replace"`; `"upsert"` merges a table),
 * `expectedVersion`, `filePath` (codex 0.169 to 0.171 accept only the user's `config.toml`; another
 * file fails with `InvalidRequest`).
 *
 * @since 0.3.0
 * @category models
 */
export interface WriteOptions extends Partial<Omit<Schemas.ConfigValueWriteParams, "keyPath" | "value">> {}

/**
 * The effective configuration, where each value comes from (`origins`), and the layers with
 * `includeLayers` (`config/read`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const read: (params?: Schemas.ConfigReadParams) => Effect.Effect<Schemas.ConfigReadResponse, RequestError, AppServer.AppServer> =
  internal.read

/**
 * One value of the effective configuration by dotted key path (`"features.plugins"`),
 * `undefined` when absent (`config/read`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const get: (keyPath: string, params?: Schemas.ConfigReadParams) => Effect.Effect<unknown, RequestError, AppServer.AppServer> =
  internal.get

/**
 * Writes one value at a dotted key path (`config/value/write`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const write: (
  keyPath: string,
  value: unknown,
  options?: WriteOptions
) => Effect.Effect<Schemas.ConfigWriteResponse, RequestError, AppServer.AppServer> = internal.write

/**
 * Writes several values in one edit of the file (`config/batchWrite`); each edit's
 * `mergeStrategy` defaults to `"replace"`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const writeAll: (
  edits: ReadonlyArray<Omit<Schemas.ConfigEdit, "mergeStrategy"> & { readonly mergeStrategy?: Schemas.MergeStrategy }>,
  options?: Omit<Schemas.ConfigBatchWriteParams, "edits">
) => Effect.Effect<Schemas.ConfigWriteResponse, RequestError, AppServer.AppServer> = internal.writeAll

/**
 * The value at a dotted key path of a configuration object, `undefined` when absent.
 *
 * @since 0.3.0
 * @category combinators
 */
export const valueAt: (config: Schemas.Config, keyPath: string) => unknown = internal.valueAt
