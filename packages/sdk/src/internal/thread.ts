/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Cause, Duration, Effect, Exit, Option, ParseResult, Schema, Stream } from "effect"
import * as Approvals from "../Approvals.js"
import type { RequestError, TurnTimeout } from "../Errors.js"
import { ErrorCode, InvalidParams, StructuredOutputMismatch, ThreadClosed } from "../Errors.js"
import * as Inputs from "../Inputs.js"
import { retryOnOverload } from "../Retry.js"
import type { StructuredRunOptions, StructuredTurnResult, Thread, TurnOptions } from "../Thread.js"
import type * as Turn from "../Turn.js"
import type { TurnResult } from "../Turn.js"
import * as Durations from "./duration.js"
import * as InternalInputs from "./inputs.js"
import * as OutputSchema from "./outputSchema.js"
import type { Session } from "./session.js"
import { makeHandle, TurnRun } from "./turn.js"

/** The reasoning efforts codex 0.169.0 knows (its model catalogue and its `ReasoningEffort` values). */
export const reasoningEfforts: ReadonlyArray<string> = ["none", "minimal", "low", "medium", "high", "xhigh", "max", "ultra"]

const invalid = (message: string) => new InvalidParams({ method: "turn/start", code: ErrorCode.InvalidParams, message })

/** The `turn/start` params, checked before anything is sent, and the output schema's decoding aid. */
const turnParams = (
  threadId: string,
  input: Inputs.Input,
  options: TurnOptions,
  cwd: string | undefined,
  localFiles: boolean
) =>
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
    const badDuration = Durations.check([
      ["timeout", options.timeout, true],
      ["idleTimeout", options.idleTimeout, true],
      ["request.timeout", options.request?.timeout, true]
    ])
    if (badDuration !== undefined) return yield* invalid(badDuration)
    const items = Inputs.toWire(input)
    // a turn carrying external input (`toolOutput`) has no input of its own (codex requires it empty)
    const external = (wire as { readonly toolOutput?: unknown }).toolOutput !== undefined
    const inputError = external && items.length === 0 ? undefined : InternalInputs.check(items, options.cwd ?? cwd, localFiles)
    if (inputError !== undefined) return yield* invalid(inputError)
    if (typeof wire.effort === "string" && !reasoningEfforts.includes(wire.effort)) {
      return yield* invalid(`unknown reasoning effort ${JSON.stringify(wire.effort)}; codex knows ${reasoningEfforts.join(", ")}`)
    }
    const approvals = preset?.approvals === undefined ? {} : yield* Approvals.approvalModeParams(preset.approvals)
    const sandbox = preset?.sandbox === undefined ? {} : { sandboxPolicy: (yield* Approvals.sandboxParamsOf(preset.sandbox)).sandboxPolicy }
    const prepared = outputSchema === undefined ? undefined : OutputSchema.prepare(outputSchema)
    if (prepared instanceof InvalidParams) return yield* prepared
    const params = {
      ...approvals,
      ...sandbox,
      ...wire,
      ...(prepared === undefined ? {} : { outputSchema: prepared.jsonSchema }),
      threadId,
      input: items
    } satisfies Schemas.TurnStartParams
    return { params, restore: prepared?.restore }
  })

/** Decodes a completed turn's final response with the output schema. */
const decodeOutput = <A, I>(schema: Schema.Schema<A, I>) => {
  const decode = Schema.decodeUnknown(schema)
  return (result: TurnResult, restore: (u: unknown) => unknown): Effect.Effect<StructuredTurnResult<A>, StructuredOutputMismatch> => {
    const mismatch = (message: string) =>
      new StructuredOutputMismatch({ turnId: result.id, finalResponse: result.finalResponse, message })
    let parsed: unknown
    try {
      parsed = JSON.parse(result.finalResponse ?? "")
    } catch (error) {
      return Effect.fail(mismatch(`the final response is not JSON: ${error instanceof Error ? error.message : String(error)}`))
    }
    return decode(restore(parsed)).pipe(
      Effect.map((output): StructuredTurnResult<A> => ({ ...result, output })),
      Effect.mapError((error) => mismatch(ParseResult.TreeFormatter.formatErrorSync(error)))
    )
  }
}

const identity = (u: unknown) => u

const millis = (d: Duration.DurationInput | undefined) => Durations.millisOr(d, Infinity)

/** @internal */
export const make = (session: Session, threadId: string): Thread => {
  const { server, internals } = session
  const { connection, config } = internals
  let closed = false
  session.opened(threadId)

  /** Checks and encodes the turn; `start` starts it (with retries on overload). */
  const launch = (input: Inputs.Input, options: TurnOptions, events: "none" | "once" | "replay") =>
    Effect.gen(function*() {
      if (closed) return yield* new ThreadClosed({ threadId })
      yield* connection.ready
      // local image paths are checked when the server is a child process on this machine
      const { params, restore } = yield* turnParams(threadId, input, options, config.cwd, server.pid !== undefined)
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
        stream: events !== "none",
        replay: events === "replay",
        interruptOnExit: options.interruptOnExit !== false
      }
      const schedule = options.request?.retry === false ? undefined : options.request?.retry ?? config.retrySchedule
      // one turn span for every attempt of an overload retry
      const start = Effect.withFiberRuntime<TurnRun, RequestError | TurnTimeout>((fiber) => {
        const telemetry = TurnRun.telemetry(fiber, internals, threadId, encoded.right)
        const attempt = Effect.suspend(() => new TurnRun(internals, threadId, encoded.right, launchOptions).start(telemetry))
        return (schedule === undefined ? attempt : retryOnOverload("turn/start", schedule)(attempt)).pipe(
          Effect.onExit((exit) =>
            Exit.isFailure(exit)
              ? Effect.sync(() => telemetry.launchEnded(Option.getOrUndefined(Cause.failureOption(exit.cause))))
              : Effect.void
          )
        )
      })
      return { start, restore: restore ?? identity }
    })

  const turn: Thread["turn"] = (input, options = {}) =>
    Effect.gen(function*() {
      const { start } = yield* launch(input, options, "replay")
      const run = yield* Effect.uninterruptibleMask((restore) =>
        restore(start).pipe(
          Effect.tap((run) => Effect.addFinalizer(() => run.closeHandle(options.interruptOnExit !== false)))
        )
      )
      return makeHandle(run, server, config.cwd)
    }).pipe(Effect.withSpan("Thread.turn", { attributes: { threadId }, captureStackTrace: false }))

  const run = (<A, I>(input: Inputs.Input, options: TurnOptions | StructuredRunOptions<A, I> = {}) => {
    const schema = options.outputSchema
    const decode = Schema.isSchema(schema) ? decodeOutput(schema as Schema.Schema<A, I>) : undefined
    return Effect.gen(function*() {
      const { restore: restoreOutput, start } = yield* launch(input, options, "none")
      const result = yield* Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(restore(start), (run) => restore(run.await(options.interruptOnExit !== false)))
      )
      return decode === undefined ? result : yield* decode(result, restoreOutput)
    }).pipe(Effect.withSpan("Thread.run", { attributes: { threadId }, captureStackTrace: false }))
  }) as Thread["run"]

  const stream = (<A, I>(input: Inputs.Input, options: TurnOptions | StructuredRunOptions<A, I> = {}) => {
    const schema = options.outputSchema
    const decode = Schema.isSchema(schema) ? decodeOutput(schema as Schema.Schema<A, I>) : undefined
    return Stream.unwrapScoped(Effect.gen(function*() {
      const { restore: restoreOutput, start } = yield* launch(input, options, "once")
      // the stream's scope owns the turn: a consumer that stops early interrupts it
      const run = yield* Effect.uninterruptibleMask((restore) =>
        restore(start).pipe(
          Effect.tap((run) => Effect.addFinalizer(() => run.closeHandle(options.interruptOnExit !== false)))
        )
      )
      const done = run.await(false).pipe(
        Effect.flatMap((result) => (decode === undefined ? Effect.succeed(result) : decode(result, restoreOutput))),
        Effect.map((result): Turn.Done<TurnResult> => ({ _tag: "Done", result }))
      )
      return Stream.concat(Stream.map(run.events!.read(), run.context.connection.decodeEvent), Stream.fromEffect(done))
    })).pipe(Stream.withSpan("Thread.stream", { attributes: { threadId }, captureStackTrace: false }))
  }) as Thread["stream"]

  const guard = <A, E>(effect: Effect.Effect<A, E>) =>
    Effect.suspend((): Effect.Effect<A, E | ThreadClosed> => (closed ? Effect.fail(new ThreadClosed({ threadId })) : effect))

  return {
    id: threadId,
    run,
    stream,
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
