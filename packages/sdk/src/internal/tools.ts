/**
 * In-process tools: an `@effect/ai` toolkit as the app-server's `dynamicTools`, and the
 * `item/tool/call` server requests of a thread answered by the toolkit's handlers. Only types come
 * from `@effect/ai`: at runtime this needs nothing but `effect`.
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import type * as Tool from "@effect/ai/Tool"
import type * as Toolkit from "@effect/ai/Toolkit"
import type { Scope } from "effect"
import { Cause, Effect, JSONSchema, ParseResult, Schema } from "effect"
import * as AppServer from "../AppServer.js"
import * as Codex from "../Codex.js"
import { ErrorCode, InvalidParams, InvalidRequest } from "../Errors.js"
import type { RequestError } from "../Errors.js"
import type * as Thread from "../Thread.js"
import type { CallOutcome, ThreadStartOptions } from "../Tools.js"
import { internalsOf } from "./appServer.js"

/** The JSON Schema of a tool's parameters, as `@effect/ai` computes it for its providers. @internal */
export const inputSchema = (tool: Tool.Any): unknown => {
  const $defs: Record<string, JSONSchema.JsonSchema7> = {}
  const schema = JSONSchema.fromAST(tool.parametersSchema.ast, { definitions: $defs, topLevelReferenceStrategy: "skip" })
  return Object.keys($defs).length === 0 ? schema : { ...schema, $defs }
}

/** @internal */
export const specs = (toolkit: Toolkit.Any): ReadonlyArray<Schemas.DynamicToolSpec> =>
  Object.values(toolkit.tools as Record<string, Tool.Any>).map((tool) => ({
    type: "function" as const,
    name: tool.name,
    description: tool.description ?? tool.name,
    inputSchema: (() => {
      try {
        return inputSchema(tool)
      } catch (error) {
        throw new Error(`tool '${tool.name}': ${error instanceof Error ? error.message : String(error)}`)
      }
    })()
  }))

const text = (value: unknown): string => {
  if (typeof value === "string") return value
  if (value === undefined) return "null"
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === "object" && error !== null && "message" in error ? String(error.message) : text(error)

/** Runs one call with the toolkit's handlers and says what the model should see. @internal */
export const call = <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.WithHandler<Tools>,
  name: string,
  args: unknown
): Effect.Effect<CallOutcome> => {
  const tool = (toolkit.tools as Record<string, Tool.Any>)[name]
  if (tool === undefined) {
    return Effect.succeed({
      _tag: "UnknownTool",
      success: false,
      output: `Unknown tool '${name}'. Available tools: ${Object.keys(toolkit.tools).join(", ")}.`
    })
  }
  const decode = Schema.decodeUnknown(tool.parametersSchema as Schema.Schema<unknown, unknown>)
  return decode(args).pipe(
    Effect.matchEffect({
      onFailure: (error): Effect.Effect<CallOutcome> =>
        Effect.succeed({
          _tag: "InvalidArguments",
          success: false,
          output: `Invalid arguments for tool '${name}': ${ParseResult.TreeFormatter.formatErrorSync(error)}`
        }),
      onSuccess: () =>
        (toolkit.handle as (name: string, params: unknown) => Effect.Effect<Tool.HandlerResult<Tool.Any>, unknown>)(name, args).pipe(
          Effect.matchCauseEffect({
            onSuccess: (result): Effect.Effect<CallOutcome> =>
              Effect.succeed(
                result.isFailure
                  ? { _tag: "Failure", success: false, output: text(result.encodedResult) }
                  : { _tag: "Success", success: true, output: text(result.encodedResult) }
              ),
            onFailure: (cause): Effect.Effect<CallOutcome> => {
              if (Cause.isInterruptedOnly(cause)) return Effect.interrupt
              const failure = Cause.failureOption(cause)
              if (failure._tag === "Some") {
                return Schema.encodeUnknown(tool.failureSchema as Schema.Schema<unknown, unknown>)(failure.value).pipe(
                  Effect.map(text),
                  Effect.orElseSucceed(() => describe(failure.value)),
                  Effect.map((output): CallOutcome => ({ _tag: "Failure", success: false, output }))
                )
              }
              return Effect.logError(`tool '${name}' died`, cause).pipe(
                Effect.as<CallOutcome>({
                  _tag: "Defect",
                  success: false,
                  output: `The tool '${name}' failed unexpectedly: ${describe(Cause.squash(cause))}`
                })
              )
            }
          })
        )
    }),
    Effect.withSpan("Tools.call", { attributes: { tool: name } })
  )
}

const toResponse = (outcome: CallOutcome): Schemas.DynamicToolCallResponse => ({
  contentItems: [{ type: "inputText", text: outcome.output }],
  success: outcome.success
})

/** @internal */
export const experimentalCheck = (server: AppServer.Service, what: string): Effect.Effect<void, InvalidRequest> =>
  internalsOf(server).config.experimentalApi
    ? Effect.void
    : Effect.fail(
      new InvalidRequest({
        method: "thread/start",
        code: ErrorCode.InvalidRequest,
        message: `${what} requires experimentalApi capability: build the client with \`experimentalApi: true\` ` +
          "(AppServerConfig, or CODEX_EXPERIMENTAL_API=true)"
      })
    )

/** @internal */
export const serve = <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.Toolkit<Tools>,
  threadId: string
): Effect.Effect<void, never, AppServer.AppServer | Scope.Scope | Tool.HandlersFor<Tools>> =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const withHandler = yield* toolkit
    // what the handlers need beyond the toolkit's own context, from the fiber that serves them
    const context = yield* Effect.context<never>()
    yield* server.handle(
      "item/tool/call",
      (params) =>
        call(withHandler, params.tool, params.arguments).pipe(
          Effect.map(toResponse),
          Effect.provide(context),
          Effect.annotateLogs({ module: "Tools", threadId: params.threadId, turnId: params.turnId, callId: params.callId })
        ),
      { threadId }
    )
  })

/** @internal */
export const threadStart = <Tools extends Record<string, Tool.Any>>(
  toolkit: Toolkit.Toolkit<Tools>,
  options: ThreadStartOptions = {}
): Effect.Effect<
  Thread.Thread,
  RequestError,
  Codex.Codex | AppServer.AppServer | Scope.Scope | Tool.HandlersFor<Tools>
> =>
  Effect.gen(function*() {
    const codex = yield* Codex.Codex
    const server = yield* AppServer.AppServer
    yield* experimentalCheck(server, "thread/start.dynamicTools")
    const toolSpecs = yield* Effect.try({
      try: () => specs(toolkit),
      catch: (error) =>
        new InvalidParams({
          method: "thread/start",
          code: ErrorCode.InvalidParams,
          message: `a tool's parameters have no JSON Schema form (the model needs one): ${
            error instanceof Error ? error.message : String(error)
          }`
        })
    })
    const thread = yield* codex.threadStart({ ...options, dynamicTools: [...(options.dynamicTools ?? []), ...toolSpecs] })
    yield* serve(toolkit, thread.id)
    return thread
  })
