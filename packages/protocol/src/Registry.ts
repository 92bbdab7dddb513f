/**
 * Method registries of the Codex app-server v2 protocol: for each method, the schemas of its
 * payloads and where its turn and thread ids live. Generated from the pinned `codex` binary.
 *
 * @since 0.1.0
 */
import type { Schema } from "effect"
import { ClientRequests, ServerNotifications, ServerRequests } from "./generated/registry.js"

export {
  /**
   * Every client-to-server request method.
   *
   * @since 0.1.0
   * @category registries
   */
  ClientRequests,
  /**
   * The codex version the protocol was generated from.
   *
   * @since 0.1.0
   * @category constants
   */
  codexVersion,
  /**
   * Every server-to-client notification method.
   *
   * @since 0.1.0
   * @category registries
   */
  ServerNotifications,
  /**
   * Every server-to-client request method.
   *
   * @since 0.1.0
   * @category registries
   */
  ServerRequests
} from "./generated/registry.js"

/**
 * A client request method name, e.g. `"thread/start"`.
 *
 * @since 0.1.0
 * @category models
 */
export type ClientRequestMethod = keyof typeof ClientRequests

/**
 * The params type of a client request method.
 *
 * @since 0.1.0
 * @category models
 */
export type ClientRequestParams<M extends ClientRequestMethod> = Schema.Schema.Type<(typeof ClientRequests)[M]["params"]>

/**
 * The result type of a client request method.
 *
 * @since 0.1.0
 * @category models
 */
export type ClientRequestResult<M extends ClientRequestMethod> = Schema.Schema.Type<(typeof ClientRequests)[M]["result"]>

/**
 * A server notification method name, e.g. `"turn/completed"`.
 *
 * @since 0.1.0
 * @category models
 */
export type NotificationMethod = keyof typeof ServerNotifications

/**
 * The params type of a server notification method.
 *
 * @since 0.1.0
 * @category models
 */
export type NotificationParams<M extends NotificationMethod> = Schema.Schema.Type<(typeof ServerNotifications)[M]["params"]>

/**
 * A server-to-client request method name, e.g. `"item/commandExecution/requestApproval"`.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequestMethod = keyof typeof ServerRequests

/**
 * The params type of a server-to-client request method.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequestParams<M extends ServerRequestMethod> = Schema.Schema.Type<(typeof ServerRequests)[M]["params"]>

/**
 * The response type the client sends back for a server-to-client request method.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequestResponse<M extends ServerRequestMethod> = Schema.Schema.Type<(typeof ServerRequests)[M]["response"]>

/**
 * Where an id lives in a payload: a top-level field (`turnId`, `threadId`, `sourceTurnId`), the
 * `id` of a nested object (`turn.id`, `thread.id`), the same with `?` when it may be missing or
 * null, or `none`.
 *
 * @since 0.1.0
 * @category models
 */
export type IdLocation =
  | (typeof ServerNotifications)[NotificationMethod]["turnId"]
  | (typeof ServerNotifications)[NotificationMethod]["threadId"]
  | (typeof ServerRequests)[ServerRequestMethod]["turnId"]
  | (typeof ServerRequests)[ServerRequestMethod]["threadId"]

/**
 * Reads an id from an undecoded payload at `location`; `undefined` when it is absent or not a
 * string. Cheap enough for the hot path: one or two property reads, no decoding.
 *
 * @since 0.1.0
 * @category getters
 */
export const idAt = (location: IdLocation, params: unknown): string | undefined => {
  if (location === "none" || typeof params !== "object" || params === null) return undefined
  const record = params as Record<string, unknown>
  let value: unknown
  switch (location) {
    case "turn.id":
    case "thread.id": {
      const owner = record[location === "turn.id" ? "turn" : "thread"]
      value = typeof owner === "object" && owner !== null ? (owner as Record<string, unknown>).id : undefined
      break
    }
    default:
      value = record[location.endsWith("?") ? location.slice(0, -1) : location]
  }
  return typeof value === "string" ? value : undefined
}

/**
 * Whether `method` is a known client request method.
 *
 * @since 0.1.0
 * @category guards
 */
export const isClientRequestMethod = (method: string): method is ClientRequestMethod =>
  Object.prototype.hasOwnProperty.call(ClientRequests, method)

/**
 * Whether `method` is a known server notification method.
 *
 * @since 0.1.0
 * @category guards
 */
export const isNotificationMethod = (method: string): method is NotificationMethod =>
  Object.prototype.hasOwnProperty.call(ServerNotifications, method)

/**
 * Whether `method` is a known server-to-client request method.
 *
 * @since 0.1.0
 * @category guards
 */
export const isServerRequestMethod = (method: string): method is ServerRequestMethod =>
  Object.prototype.hasOwnProperty.call(ServerRequests, method)
