/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Effect } from "effect"
import * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import { paginate } from "./threadHistory.js"

const withServer = <A>(span: string, f: (server: AppServer.Service) => Effect.Effect<A, RequestError>) =>
  Effect.flatMap(AppServer.AppServer, f).pipe(Effect.withSpan(span))

/** @internal */
export const skills = (params: Schemas.SkillsListParams = {}) =>
  withServer("Extensions.skills", (server) => server.request("skills/list", params)).pipe(Effect.map((r) => r.data))

/** @internal */
export const setSkillEnabled = (skill: { readonly name: string } | { readonly path: string }, enabled: boolean) =>
  withServer("Extensions.setSkillEnabled", (server) => server.request("skills/config/write", { ...skill, enabled })).pipe(
    Effect.map((r) => r.effectiveEnabled)
  )

/** @internal */
export const plugins = (params: Schemas.PluginListParams = {}) =>
  withServer("Extensions.plugins", (server) => server.request("plugin/list", params))

/** @internal */
export const plugin = (params: Schemas.PluginReadParams) =>
  withServer("Extensions.plugin", (server) => server.request("plugin/read", params)).pipe(Effect.map((r) => r.plugin))

/** @internal */
export const pluginSkill = (params: Schemas.PluginSkillReadParams) =>
  withServer("Extensions.pluginSkill", (server) => server.request("plugin/skill/read", params)).pipe(
    Effect.map((r) => r.contents ?? null)
  )

/** @internal */
export const apps = (params: Omit<Schemas.AppsListParams, "cursor"> = {}) =>
  paginate((cursor) =>
    withServer("Extensions.apps", (server) => server.request("app/list", cursor === undefined ? params : { ...params, cursor }))
  )

/** @internal */
export const readApps = (appIds: ReadonlyArray<string>, options: Omit<Schemas.AppsReadParams, "appIds"> = {}) =>
  withServer("Extensions.readApps", (server) => server.request("app/read", { ...options, appIds }))
