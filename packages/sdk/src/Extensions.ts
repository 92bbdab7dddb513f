/**
 * What extends the agent besides MCP servers: skills (listed, enabled or disabled), plugins from
 * marketplaces (listed and read, with their skills) and apps (connectors: listed as a `Stream`
 * and read). MCP servers have their own module, `Mcp`.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Extensions } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const [entry] = yield* Extensions.skills({ cwds: ["/srv/project"] })
 *   const names = entry.skills.map((skill) => skill.name)
 *   const { marketplaces } = yield* Extensions.plugins()
 *   const apps = yield* Stream.runCollect(Extensions.apps())
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/extensions.js"

/**
 * The skills available in each working directory (default: the server's), with load errors
 * (`skills/list`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const skills: (
  params?: Schemas.SkillsListParams
) => Effect.Effect<ReadonlyArray<Schemas.SkillsListEntry>, RequestError, AppServer.AppServer> = internal.skills

/**
 * Enables or disables a skill, by name or by the path of its `SKILL.md`, in the user's config;
 * returns whether it is now in effect (`skills/config/write`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const setSkillEnabled: (
  skill: { readonly name: string } | { readonly path: string },
  enabled: boolean
) => Effect.Effect<boolean, RequestError, AppServer.AppServer> = internal.setSkillEnabled

/**
 * The plugin marketplaces and their plugins, with load errors (`plugin/list`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const plugins: (
  params?: Schemas.PluginListParams
) => Effect.Effect<Schemas.PluginListResponse, RequestError, AppServer.AppServer> = internal.plugins

/**
 * One plugin's details, from a local marketplace (`marketplacePath`) or a remote one
 * (`remoteMarketplaceName`), exactly one of them (`plugin/read`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const plugin: (
  params: Schemas.PluginReadParams
) => Effect.Effect<Schemas.PluginDetail, RequestError, AppServer.AppServer> = internal.plugin

/**
 * The `SKILL.md` text of a remote plugin's skill, `null` when it has none (`plugin/skill/read`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const pluginSkill: (
  params: Schemas.PluginSkillReadParams
) => Effect.Effect<string | null, RequestError, AppServer.AppServer> = internal.pluginSkill

/**
 * The apps (connectors) the account can use, paged as pulled (`app/list`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const apps: (
  params?: Omit<Schemas.AppsListParams, "cursor">
) => Stream.Stream<Schemas.AppInfo, RequestError, AppServer.AppServer> = internal.apps

/**
 * Reads apps by id, with their tools when asked; `missingAppIds` lists the unknown ones
 * (`app/read`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const readApps: (
  appIds: ReadonlyArray<string>,
  options?: Omit<Schemas.AppsReadParams, "appIds">
) => Effect.Effect<Schemas.AppsReadResponse, RequestError, AppServer.AppServer> = internal.readApps
