/**
 * Answers to the server's questions during a turn: command and file-change approvals,
 * permission requests, user input, MCP elicitations and dynamic tool calls.
 *
 * **Fail closed.** Without an `Approvals` layer, every request is declined (the Python SDK accepts
 * every command and file change by default; effect-codex does the opposite). A handler that
 * fails, dies, throws, does not answer within the timeout, answers something that is not a valid
 * reply, or is still running when its turn ends, declines as well (with a warning). `acceptAll`
 * exists for sandboxes you trust; prefer handlers that look at what they approve
 * (`parsedCommands`).
 *
 * For each turn, the handlers come from, first match first: the turn's own
 * (`TurnOptions.approvals`); an `Approvals` in the context of the program that runs the turn; the
 * `Approvals` the client's layer was built with; else every request is declined. `ApprovalMode`
 * and `Sandbox` presets set the matching thread and turn policies.
 *
 * @since 0.1.0
 */
import type { Registry } from "@effect-codex/protocol"
import { Context, Duration, Effect, Layer, Schema } from "effect"
import { InvalidParams } from "./Errors.js"

/**
 * A handler for one kind of request: gets the request's params, returns the reply.
 *
 * @since 0.1.0
 * @category models
 */
export type Handler<M extends Registry.ServerRequestMethod> = (
  params: Registry.ServerRequestParams<M>
) => Effect.Effect<Registry.ServerRequestResponse<M>, unknown>

/**
 * The request kinds and their protocol methods.
 *
 * @since 0.1.0
 * @category constants
 */
export const methods = {
  commandExecution: "item/commandExecution/requestApproval",
  fileChange: "item/fileChange/requestApproval",
  permissions: "item/permissions/requestApproval",
  userInput: "item/tool/requestUserInput",
  mcpElicitation: "mcpServer/elicitation/request",
  dynamicToolCall: "item/tool/call",
  legacyApplyPatch: "applyPatchApproval",
  legacyExecCommand: "execCommandApproval"
} as const

/**
 * A request kind.
 *
 * @since 0.1.0
 * @category models
 */
export type Kind = keyof typeof methods

/**
 * One optional handler per request kind.
 *
 * @since 0.1.0
 * @category models
 */
export type Handlers = { readonly [K in Kind]?: Handler<(typeof methods)[K]> }

/**
 * The declining reply of every kind: what is sent when no handler answers.
 *
 * @since 0.1.0
 * @category constants
 */
export const decline: { readonly [K in Kind]: Registry.ServerRequestResponse<(typeof methods)[K]> } = {
  commandExecution: { decision: "decline" },
  fileChange: { decision: "decline" },
  permissions: { permissions: {}, scope: "turn" },
  userInput: { answers: {} },
  mcpElicitation: { action: "decline" },
  dynamicToolCall: { contentItems: [], success: false },
  legacyApplyPatch: { decision: { denied: { rejection: "declined by the client" } } },
  legacyExecCommand: { decision: { denied: { rejection: "declined by the client" } } }
}

/**
 * The client-wide approval handlers.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** The handler of each request kind; a kind without one is declined. */
  readonly handlers: Handlers
  /** How long a handler may take before the request is declined. */
  readonly timeout: Duration.Duration
}

/**
 * The approvals service.
 *
 * @since 0.1.0
 * @category tags
 */
export class Approvals extends Context.Tag("@effect-codex/sdk/Approvals")<Approvals, Service>() {}

/**
 * Approvals with the given handlers; kinds without one are declined.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (handlers: Handlers, options: { readonly timeout?: Duration.DurationInput } = {}): Service => ({
  handlers,
  timeout: Duration.decode(options.timeout ?? "5 minutes")
})

/**
 * A layer with the given handlers.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (handlers: Handlers, options: { readonly timeout?: Duration.DurationInput } = {}): Layer.Layer<Approvals> =>
  Layer.succeed(Approvals, make(handlers, options))

/**
 * Declines everything. This is also what happens without any `Approvals` layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const declineAll: Layer.Layer<Approvals> = layer({})

/**
 * Accepts every command, file change and permission request (granting what was asked) and
 * every MCP elicitation; declines user input and dynamic tool calls, which need real answers.
 * Only for sandboxes you trust.
 *
 * @since 0.1.0
 * @category layers
 */
export const acceptAll: Layer.Layer<Approvals> = layer({
  commandExecution: () => Effect.succeed({ decision: "accept" }),
  fileChange: () => Effect.succeed({ decision: "accept" }),
  permissions: (params) =>
    Effect.succeed({
      permissions: {
        ...(params.permissions.fileSystem ? { fileSystem: params.permissions.fileSystem } : {}),
        ...(params.permissions.network ? { network: params.permissions.network } : {})
      },
      scope: "turn"
    }),
  mcpElicitation: () => Effect.succeed({ action: "accept" }),
  legacyApplyPatch: () => Effect.succeed({ decision: "approved" }),
  legacyExecCommand: () => Effect.succeed({ decision: "approved" })
})

/**
 * Approval presets: how the server asks.
 * - `denyAll`: the server never asks; anything that would need approval is refused.
 * - `onRequest`: the model may ask for escalation; the client's `Approvals` decide.
 * - `untrusted`: the server asks before anything not known to be safe; the client decides.
 * - `autoReview`: the model may ask; the server's automatic reviewer decides.
 *
 * @since 0.1.0
 * @category models
 */
export type ApprovalMode = "denyAll" | "onRequest" | "untrusted" | "autoReview"

/**
 * Sandbox presets: what commands may touch.
 *
 * @since 0.1.0
 * @category models
 */
export type Sandbox = "readOnly" | "workspaceWrite" | "fullAccess"

const ApprovalModeSchema = Schema.Literal("denyAll", "onRequest", "untrusted", "autoReview")
const SandboxSchema = Schema.Literal("readOnly", "workspaceWrite", "fullAccess")

const approvalParams = {
  denyAll: { approvalPolicy: "never", approvalsReviewer: "user" },
  onRequest: { approvalPolicy: "on-request", approvalsReviewer: "user" },
  untrusted: { approvalPolicy: "untrusted", approvalsReviewer: "user" },
  autoReview: { approvalPolicy: "on-request", approvalsReviewer: "auto_review" }
} as const

const sandboxParams = {
  readOnly: { sandbox: "read-only", sandboxPolicy: { type: "readOnly" } },
  workspaceWrite: { sandbox: "workspace-write", sandboxPolicy: { type: "workspaceWrite" } },
  fullAccess: { sandbox: "danger-full-access", sandboxPolicy: { type: "dangerFullAccess" } }
} as const

const validate = <A extends string>(schema: Schema.Schema<A>, what: string, method: string) => (value: unknown) =>
  Schema.decodeUnknown(schema)(value).pipe(
    Effect.mapError(() =>
      new InvalidParams({ method, code: -32602, message: `unknown ${what} ${JSON.stringify(value)}`, data: value })
    )
  )

/**
 * The thread/turn params of an approval preset, validated (a typed `InvalidParams` for an
 * unknown preset, before any request is sent).
 *
 * @since 0.1.0
 * @category getters
 */
export const approvalModeParams = (mode: ApprovalMode, method = "turn/start") =>
  Effect.map(validate(ApprovalModeSchema, "approval mode", method)(mode), (m) => approvalParams[m])

/**
 * The params of a sandbox preset: `sandbox` (for `thread/start`) and `sandboxPolicy` (for
 * `turn/start`), validated like {@link approvalModeParams}.
 *
 * @since 0.1.0
 * @category getters
 */
export const sandboxParamsOf = (sandbox: Sandbox, method = "turn/start") =>
  Effect.map(validate(SandboxSchema, "sandbox preset", method)(sandbox), (s) => sandboxParams[s])

/**
 * The commands a command-execution request would run, as the server parsed them
 * (`commandActions`): `["ls -la", "cat README.md"]` where `params.command` is the whole shell
 * invocation (`/bin/bash -lc 'ls -la && cat README.md'`). Empty when the server sent none.
 *
 * @since 0.2.0
 * @category getters
 */
export const parsedCommands = (params: Registry.ServerRequestParams<"item/commandExecution/requestApproval">): ReadonlyArray<string> =>
  params.commandActions?.map((action) => action.command) ?? []
