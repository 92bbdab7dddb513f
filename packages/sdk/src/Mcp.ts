/**
 * The MCP servers Codex is configured with: their status (tools, resources, auth), calling a
 * tool and reading a resource directly, OAuth login handles, reloading the configuration, and
 * the servers' startup status updates as a `Stream`.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`). MCP
 * servers are configured in `config.toml` (`[mcp_servers.<name>]`, see `Settings`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Mcp } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const servers = yield* Stream.runCollect(Mcp.servers())
 *   const result = yield* Mcp.callTool(threadId, "docs", "search", { query: "Effect.fn" })
 *   const readme = yield* Mcp.readResource("docs", "docs://readme")
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Scope, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { AppServerExited, LoginFailed, RequestError } from "./Errors.js"
import * as internal from "./internal/mcp.js"

/**
 * Options of {@link servers}: one server by name, a thread's view, the detail, the page size.
 *
 * @since 0.3.0
 * @category models
 */
export interface ServersOptions extends Omit<Schemas.ListMcpServerStatusParams, "cursor"> {}

/**
 * Options of {@link callTool}: the call's `_meta`.
 *
 * @since 0.3.0
 * @category models
 */
export interface CallToolOptions extends Omit<Schemas.McpServerToolCallParams, "threadId" | "server" | "tool" | "arguments"> {}

/**
 * Options of {@link readResource}: a thread's view, a connector, a target, `_meta`.
 *
 * @since 0.3.0
 * @category models
 */
export interface ReadResourceOptions extends Omit<Schemas.McpResourceReadParams, "server" | "uri"> {}

/**
 * Options of {@link login}: scopes, a timeout, a client registration, a thread's view.
 *
 * @since 0.3.0
 * @category models
 */
export interface OauthLoginOptions extends Omit<Schemas.McpServerOauthLoginParams, "name"> {}

/**
 * An MCP OAuth login in progress: open `authorizationUrl` in a browser, then `wait` for the
 * server's `mcpServer/oauthLogin/completed`. The scope it was started in owns the wait.
 *
 * @since 0.3.0
 * @category models
 */
export interface OauthLogin {
  /** The MCP server's name, as configured. */
  readonly name: string
  /**
   * The login's id from the `mcpServer/oauth/login` reply; `null` if the server gave none (then any
   * completion for `name` counts).
   */
  readonly loginId: string | null
  /** The URL to open in a browser to authorize the login. */
  readonly authorizationUrl: string
  /** Succeeds when the login completed; fails with `LoginFailed` when it did not. */
  readonly wait: Effect.Effect<Schemas.McpServerOauthLoginCompletedNotification, LoginFailed | AppServerExited>
}

/**
 * The configured MCP servers with their tools, resources, resource templates and auth status,
 * paged as pulled (`mcpServerStatus/list`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const servers: (
  options?: ServersOptions
) => Stream.Stream<Schemas.McpServerStatus, RequestError, AppServer.AppServer> = internal.servers

/**
 * Calls a tool of an MCP server in a thread's context (`mcpServer/tool/call`). A tool that
 * reports an error succeeds with `isError: true`; an unknown server fails with the server's
 * `RequestError`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const callTool: (
  threadId: string,
  server: string,
  tool: string,
  args?: unknown,
  options?: CallToolOptions
) => Effect.Effect<Schemas.McpServerToolCallResponse, RequestError, AppServer.AppServer> = internal.callTool

/**
 * Reads a resource of an MCP server (`mcpServer/resource/read`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const readResource: (
  server: string,
  uri: string,
  options?: ReadResourceOptions
) => Effect.Effect<Schemas.McpResourceReadResponse, RequestError, AppServer.AppServer> = internal.readResource

/**
 * Starts an OAuth login to an MCP server (`mcpServer/oauth/login`; streamable HTTP servers only:
 * others fail with `InvalidRequest`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const login: (
  name: string,
  options?: OauthLoginOptions
) => Effect.Effect<OauthLogin, RequestError, AppServer.AppServer | Scope.Scope> = internal.login

/**
 * Reloads the MCP server configuration from `config.toml` (`config/mcpServer/reload`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const reload: Effect.Effect<void, RequestError, AppServer.AppServer> = internal.reload

/**
 * Subscribes now to the MCP servers' startup status changes (`starting`, `ready`, `failed`,
 * `cancelled`; `mcpServer/startupStatus/updated`): nothing after this Effect is missed, so
 * subscribe, then start the thread or `reload` whose servers you wait for. The scope owns the
 * subscription.
 *
 * @since 0.3.0
 * @category constructors
 */
export const subscribeStartupUpdates: Effect.Effect<
  Stream.Stream<Schemas.McpServerStatusUpdatedNotification, AppServerExited>,
  never,
  AppServer.AppServer | Scope.Scope
> = internal.subscribeStartupUpdates
