/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Duration, Effect, JSONSchema, ParseResult, Schema } from "effect"
import * as Approvals from "../Approvals.js"
import { StructuredOutputMismatch, ThreadClosed } from "../Errors.js"
import * as Inputs from "../Inputs.js"
import { retryOnOverload } from "../Retry.js"
import type { StructuredRunOptions, StructuredTurnResult, Thread, TurnOptions } from "../Thread.js"
import type { Session } from "./session.js"
import { makeHandle, TurnRun } from "./turn.js"

const turnParams = (threadId: string, input: Inputs.Input, options: TurnOptions) =>
  Effect.gen(function*() {
    const {
      approvals: _a,
      idleTimeout: _it,
      interruptOnExit: _i,
      outputSchema,
      preset,
      request: _r,
      timeout: _t,
      ...wire
    } = options
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

const millis = (d: Duration.DurationInput | undefined) => (d === undefined ? Infinity : Duration.toMillis(Duration.decode(d)))

/** @internal */
export const make = (session: Session, threadId: string): Thread => {
  const { server, internals } = session
  const { connection, config } = internals
  let closed = false
  session.opened(threadId)

  const launch = (input: Inputs.Input, options: TurnOptions, stream: boolean) =>
    Effect.gen(function*() {
      if (closed) return yield* new ThreadClosed({ threadId })
      if (connection.peer.exited !== undefined) return yield* connection.peer.exited
      const params = yield* turnParams(threadId, input, options)
      const encoded = connection.encode("turn/start", params)
      if (encoded._tag === "Left") return yield* encoded.left
      yield* session.checkAuth
      const handlers = yield* session.turnHandlers(options.approvals)
      const launchOptions = {
        timeoutMillis: millis(options.timeout ?? config.turnTimeout),
        idleTimeoutMillis: millis(options.idleTimeout ?? config.turnIdleTimeout),
        startTimeoutMillis: millis(options.request?.timeout ?? config.requestTimeout),
        interruptGraceMillis: Duration.toMillis(config.turnInterruptGrace),
        handlers,
        stream,
        interruptOnExit: options.interruptOnExit !== false
      }
      const start = Effect.suspend(() => new TurnRun(internals, threadId, encoded.right, launchOptions).start())
      const schedule = options.request?.retry === false ? undefined : options.request?.retry ?? config.retrySchedule
      return schedule === undefined ? start : retryOnOverload("turn/start", schedule)(start)
    })

  const turn: Thread["turn"] = (input, options = {}) =>
    Effect.gen(function*() {
      const start = yield* launch(input, options, true)
      const run = yield* Effect.uninterruptibleMask((restore) =>
        restore(start).pipe(
          Effect.tap((run) => Effect.addFinalizer(() => run.closeHandle(options.interruptOnExit !== false)))
        )
      )
      return makeHandle(run, server)
    }).pipe(Effect.withSpan("Thread.turn", { attributes: { threadId }, captureStackTrace: false }))

  const runTurn = (input: Inputs.Input, options: TurnOptions = {}) =>
    Effect.gen(function*() {
      const start = yield* launch(input, options, false)
      return yield* Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(restore(start), (run) => restore(run.await(options.interruptOnExit !== false)))
      )
    }).pipe(Effect.withSpan("Thread.run", { attributes: { threadId }, captureStackTrace: false }))

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

  const guard = <A, E>(effect: Effect.Effect<A, E>) =>
    Effect.suspend((): Effect.Effect<A, E | ThreadClosed> => (closed ? Effect.fail(new ThreadClosed({ threadId })) : effect))

  return {
    id: threadId,
    run,
    turn,
    read: (options = {}) =>
      server.request("thread/read", { threadId, includeTurns: options.includeTurns ?? false }).pipe(
        guard,
        Effect.withSpan("Thread.read", { attributes: { threadId }, captureStackTrace: false })
      ),
    setName: (name) =>
      server.request("thread/name/set", { threadId, name }).pipe(
        guard,
        Effect.withSpan("Thread.setName", { attributes: { threadId }, captureStackTrace: false })
      ),
    compact: server.request("thread/compact/start", { threadId }).pipe(
      guard,
      Effect.withSpan("Thread.compact", { attributes: { threadId }, captureStackTrace: false })
    ),
    close: Effect.suspend(() => {
      if (closed) return Effect.void
      closed = true
      return session.closed(threadId)
    }).pipe(Effect.withSpan("Thread.close", { attributes: { threadId }, captureStackTrace: false }))
  }
}

/** @internal */
export const scoped = <E, R>(thread: Effect.Effect<Thread, E, R>) =>
  Effect.acquireRelease(thread, (t) => Effect.ignoreLogged(t.close))
