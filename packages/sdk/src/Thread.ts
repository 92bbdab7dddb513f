/**
 * A conversation thread: run turns on it (`run` for the common case, `turn` for streaming,
 * steering and interrupting), read it, name it, compact it.
 *
 * Turns on one thread are serialized: starting a turn while another is running waits for it to
 * complete (the server would otherwise silently steer the running turn). To add input to a
 * running turn, use its handle's `steer`.
 *
 * @since 0.1.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Scope } from "effect"
import { Effect, JSONSchema, ParseResult, Schema } from "effect"
import * as Approvals from "./Approvals.js"
import type { AppServerExited, RequestError, TurnFailed } from "./Errors.js"
import { StructuredOutputMismatch } from "./Errors.js"
import * as Inputs from "./Inputs.js"
import type { Session } from "./internal/session.js"
import type { RequestOptions } from "./JsonRpc.js"
import * as Turn from "./Turn.js"

/**
 * Options of a turn: everything `turn/start` accepts (camelCase, as on the wire), plus presets,
 * per-turn approval handlers and SDK behaviour.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnOptions extends Omit<Schemas.TurnStartParams, "threadId" | "input" | "outputSchema"> {
  /** A JSON Schema the final answer must follow. `run` also accepts an Effect `Schema`. */
  readonly outputSchema?: unknown
  /** Approval and sandbox presets (validated before any request). */
  readonly preset?: { readonly approvals?: Approvals.ApprovalMode; readonly sandbox?: Approvals.Sandbox }
  /** Approval handlers for this turn, before the client's. */
  readonly approvals?: Approvals.Handlers
  /** Send `turn/interrupt` when the turn's scope closes before it completed. Default true. */
  readonly interruptOnExit?: boolean
  /** Timeout and retry of the `turn/start` request. */
  readonly request?: RequestOptions
}

/**
 * Options of `run` with an Effect `Schema` as the output schema.
 *
 * @since 0.1.0
 * @category models
 */
export interface StructuredRunOptions<A, I> extends Omit<TurnOptions, "outputSchema"> {
  readonly outputSchema: Schema.Schema<A, I>
}

/**
 * A turn result with the final answer decoded by the output schema.
 *
 * @since 0.1.0
 * @category models
 */
export interface StructuredTurnResult<A> extends Turn.TurnResult {
  readonly output: A
}

/**
 * What running a turn can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type RunError = RequestError | TurnFailed | AppServerExited

/**
 * A thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface Thread {
  readonly id: string
  /** Runs one turn to completion and returns its result. */
  readonly run: {
    <A, I>(input: Inputs.Input, options: StructuredRunOptions<A, I>): Effect.Effect<StructuredTurnResult<A>, RunError | StructuredOutputMismatch>
    (input: Inputs.Input, options?: TurnOptions): Effect.Effect<Turn.TurnResult, RunError>
  }
  /** Starts a turn and returns its handle; the scope owns the turn. */
  readonly turn: (input: Inputs.Input, options?: TurnOptions) => Effect.Effect<Turn.TurnHandle, RequestError, Scope.Scope>
  /** Reads the thread, with its turns when asked. */
  readonly read: (options?: { readonly includeTurns?: boolean }) => Effect.Effect<Schemas.ThreadReadResponse, RequestError>
  /** Names the thread. */
  readonly setName: (name: string) => Effect.Effect<Schemas.ThreadSetNameResponse, RequestError>
  /** Starts compacting the thread's history. */
  readonly compact: Effect.Effect<Schemas.ThreadCompactStartResponse, RequestError>
}

const turnParams = (threadId: string, input: Inputs.Input, options: TurnOptions) =>
  Effect.gen(function*() {
    const { approvals: _a, interruptOnExit: _i, outputSchema, preset, request: _r, ...wire } = options
    const approvals = preset?.approvals === undefined ? {} : yield* Approvals.approvalModeParams(preset.approvals)
    const sandbox = preset?.sandbox === undefined ? {} : { sandboxPolicy: (yield* Approvals.sandboxParamsOf(preset.sandbox)).sandboxPolicy }
    const schema = Schema.isSchema(outputSchema) ? JSONSchema.make(outputSchema) : outputSchema
    return {
      ...approvals,
      ...sandbox,
      ...wire,
      ...(schema === undefined ? {} : { outputSchema: schema }),
      threadId,
      input: Inputs.toWire(input)
    } satisfies Schemas.TurnStartParams
  })

/**
 * A thread of the session's client.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (session: Session, threadId: string): Thread => {
  const { server } = session

  const turn = (input: Inputs.Input, options: TurnOptions = {}) =>
    Effect.gen(function*() {
      const params = yield* turnParams(threadId, input, options)
      // One turn at a time on a thread: held until the turn completes or its scope closes,
      // whichever comes first.
      const lock = session.lock(threadId)
      let held = false
      const release = Effect.suspend(() => {
        if (!held) return Effect.void
        held = false
        session.overrides.delete(threadId)
        return lock.release(1)
      })
      yield* Effect.acquireRelease(
        lock.take(1).pipe(Effect.tap(() => {
          held = true
          if (options.approvals !== undefined) session.overrides.set(threadId, options.approvals)
        })),
        () => release
      )
      const started = yield* server.startTurn(params, options.request)
      return yield* Turn.make(server, threadId, started, { ...options, onComplete: release })
    }).pipe(Effect.withSpan("Thread.turn", { attributes: { threadId } }))

  const runTurn = (input: Inputs.Input, options: TurnOptions = {}) =>
    Effect.scoped(Effect.flatMap(turn(input, options), (handle) => handle.run)).pipe(
      Effect.withSpan("Thread.run", { attributes: { threadId } })
    )

  const run = (<A, I>(input: Inputs.Input, options: TurnOptions | StructuredRunOptions<A, I> = {}) => {
    const schema = options.outputSchema
    if (!Schema.isSchema(schema)) return runTurn(input, options)
    const decode = Schema.decodeUnknown(Schema.parseJson(schema as Schema.Schema<A, I>))
    return Effect.flatMap(runTurn(input, options), (result) =>
      decode(result.finalResponse ?? "").pipe(
        Effect.map((output): StructuredTurnResult<A> => ({ ...result, output })),
        Effect.mapError((error) =>
          new StructuredOutputMismatch({
            turnId: result.id,
            finalResponse: result.finalResponse,
            message: ParseResult.TreeFormatter.formatErrorSync(error)
          })
        )
      ))
  }) as Thread["run"]

  return {
    id: threadId,
    run,
    turn,
    read: (options = {}) =>
      server.request("thread/read", { threadId, includeTurns: options.includeTurns ?? false }).pipe(
        Effect.withSpan("Thread.read", { attributes: { threadId } })
      ),
    setName: (name) =>
      server.request("thread/name/set", { threadId, name }).pipe(Effect.withSpan("Thread.setName", { attributes: { threadId } })),
    compact: server.request("thread/compact/start", { threadId }).pipe(
      Effect.withSpan("Thread.compact", { attributes: { threadId } })
    )
  }
}
