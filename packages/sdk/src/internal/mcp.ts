/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Scope } from "effect"
import { Deferred, Effect, Exit, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { AppServerExited, RequestError } from "../Errors.js"
import { LoginFailed } from "../Errors.js"
import * as Events from "../Events.js"
import type { CallToolOptions, OauthLogin, OauthLoginOptions, ReadResourceOptions, ServersOptions } from "../Mcp.js"
import * as Push from "./push.js"
import { paginate } from "./threadHistory.js"

const withServer = <A>(span: string, attributes: Record<string, unknown>, f: (server: AppServer.Service) => Effect.Effect<A, RequestError>) =>
  Effect.flatMap(AppServer.AppServer, f).pipe(Effect.withSpan(span, { attributes }))

/** @internal */
export const servers = (options: ServersOptions = {}) =>
  paginate((cursor) =>
    withServer("Mcp.servers", {}, (server) =>
      server.request("mcpServerStatus/list", cursor === undefined ? options : { ...options, cursor }))
  )

/** @internal */
export const callTool = (threadId: string, server: string, tool: string, args?: unknown, options: CallToolOptions = {}) =>
  withServer("Mcp.callTool", { threadId, server, tool }, (connection) =>
    connection.request("mcpServer/tool/call", {
      ...options,
      threadId,
      server,
      tool,
      ...(args === undefined ? {} : { arguments: args })
    }))

/** @internal */
export const readResource = (server: string, uri: string, options: ReadResourceOptions = {}) =>
  withServer("Mcp.readResource", { server, uri }, (connection) =>
    connection.request("mcpServer/resource/read", { ...options, server, uri }))

/** @internal */
export const reload = withServer("Mcp.reload", {}, (server) => server.request("config/mcpServer/reload")).pipe(Effect.asVoid)

/** @internal */
export const subscribeStartupUpdates: Effect.Effect<
  Stream.Stream<Schemas.McpServerStatusUpdatedNotification, AppServerExited>,
  never,
  AppServer.AppServer | Scope.Scope
> = Effect.flatMap(AppServer.AppServer, (server) => server.subscribeEvents).pipe(
  Effect.map((events) =>
    events.pipe(
      Stream.filter(Events.is("mcpServer/startupStatus/updated")),
      Stream.map((event) => event.params)
    )
  )
)

/** @internal */
export const login = (
  name: string,
  options: OauthLoginOptions = {}
): Effect.Effect<OauthLogin, RequestError, AppServer.AppServer | Scope.Scope> =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const completed = yield* Deferred.make<Schemas.McpServerOauthLoginCompletedNotification, LoginFailed | AppServerExited>()
    // the loginId is known only from the reply: keep every completion of this server until then
    let loginId: string | null | undefined
    const early: Array<Schemas.McpServerOauthLoginCompletedNotification> = []
    const settle = (params: Schemas.McpServerOauthLoginCompletedNotification) =>
      Deferred.unsafeDone(
        completed,
        params.success
          ? Exit.succeed(params)
          : Exit.fail(new LoginFailed({ loginId: params.loginId ?? null, message: params.error ?? `MCP login to ${name} failed` }))
      )
    const mailbox = yield* Push.subscribe<never>(server, (message) => {
      if (message.method !== "mcpServer/oauthLogin/completed") return undefined
      const params = message.params as Schemas.McpServerOauthLoginCompletedNotification | undefined
      if (params?.name !== name) return undefined
      if (loginId === undefined) early.push(params)
      else if (loginId === null || params.loginId == null || params.loginId === loginId) settle(params)
      return undefined
    })
    yield* Effect.forkScoped(
      Effect.flatMap(mailbox.await, () =>
        Deferred.fail(
          completed,
          new LoginFailed({ loginId: loginId ?? null, message: "the connection ended before the login completed" })
        )).pipe(Effect.catchAll((error) => Deferred.fail(completed, error)))
    )
    const response = yield* server.request("mcpServer/oauth/login", { ...options, name })
    loginId = response.loginId ?? null
    for (const params of early) {
      if (loginId === null || params.loginId == null || params.loginId === loginId) settle(params)
    }
    return {
      name,
      loginId,
      authorizationUrl: response.authorizationUrl,
      wait: Deferred.await(completed)
    } satisfies OauthLogin
  }).pipe(Effect.withSpan("Mcp.login", { attributes: { name } }))
