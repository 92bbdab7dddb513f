/**
 * Tracing machinery: W3C Trace Context for the JSON-RPC envelope, request spans, the turn span
 * (made and ended outside any fiber, by the turn lifecycle) and server-request spans. Plain
 * TypeScript over Effect's `Tracer`: no stack capture, and nothing at all when there is no span
 * (no field on the wire, no span made).
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Fiber, Tracer } from "effect"
import { Cause, Clock, Context, Effect, Exit, FiberId, FiberRef, Option } from "effect"
import * as Metrics from "./metrics.js"

/** The `trace` field of a JSON-RPC request envelope. @internal */
export interface TraceContext {
  readonly traceparent: string
  readonly tracestate?: string
}

const HEX_TRACE_ID = /^[0-9a-f]{32}$/
const HEX_SPAN_ID = /^[0-9a-f]{16}$/

/**
 * Where `@effect/opentelemetry` keeps the W3C `tracestate` of an external parent span (its
 * `Tracer.makeExternalSpan({ traceState })`): read by key, so the SDK needs no dependency on it.
 */
const OtelTraceState = Context.GenericTag<unknown>("@effect/opentelemetry/Tracer/OtelTraceState")

const traceStateOf = (span: Tracer.AnySpan): string | undefined => {
  let current: Tracer.AnySpan | undefined = span
  for (let depth = 0; current !== undefined && depth < 64; depth++) {
    const found: Option.Option<unknown> = Context.getOption(current.context, OtelTraceState)
    if (Option.isSome(found)) {
      const value = found.value as { readonly serialize?: () => string } | string | null
      const text = typeof value === "string"
        ? value
        : typeof value?.serialize === "function"
        ? value.serialize()
        : undefined
      return text === undefined || text === "" ? undefined : text
    }
    current = current._tag === "Span" ? Option.getOrUndefined(current.parent) : undefined
  }
  return undefined
}

/**
 * The W3C Trace Context of a span: `traceparent` (version 00) and, when an ancestor carries one,
 * `tracestate`. `undefined` for no span and for spans without valid ids (Effect's no-op spans,
 * when tracing is disabled).
 *
 * @internal
 */
export const traceContextOf = (span: Tracer.AnySpan | undefined): TraceContext | undefined => {
  if (span === undefined || !HEX_TRACE_ID.test(span.traceId) || !HEX_SPAN_ID.test(span.spanId)) return undefined
  const traceparent = `00-${span.traceId}-${span.spanId}-${span.sampled ? "01" : "00"}`
  const tracestate = traceStateOf(span)
  return tracestate === undefined ? { traceparent } : { traceparent, tracestate }
}

/** What a fiber knows to make spans later, from callbacks: its tracer, clock and span. @internal */
export interface SpanSource {
  readonly tracer: Tracer.Tracer
  readonly clock: Clock.Clock
  readonly parent: Tracer.AnySpan
}

/**
 * The fiber's span source, or `undefined` when it runs in no span or with tracing disabled (then
 * nothing is traced).
 *
 * @internal
 */
export const spanSourceOf = (fiber: Fiber.RuntimeFiber<unknown, unknown>): SpanSource | undefined => {
  const parent = fiber.currentSpan
  if (parent === undefined || !fiber.getFiberRef(FiberRef.currentTracerEnabled)) return undefined
  return { tracer: fiber.currentTracer, clock: Context.get(fiber.currentDefaultServices, Clock.Clock), parent }
}

/** Span options of every span made here. */
const spanOptions = { captureStackTrace: false } as const

/** Starts a span under `source.parent` (ended by the caller with {@link endSpan}). @internal */
export const startSpan = (
  source: SpanSource,
  name: string,
  kind: Tracer.SpanKind,
  attributes: Record<string, unknown>,
  parent: Tracer.AnySpan = source.parent
): Tracer.Span => {
  const span = source.tracer.span(
    name,
    Option.some(parent),
    Context.empty(),
    [],
    source.clock.unsafeCurrentTimeNanos(),
    kind,
    spanOptions
  )
  for (const key in attributes) {
    const value = attributes[key]
    if (value !== undefined && value !== null) span.attribute(key, value)
  }
  return span
}

/** Ends a span made by {@link startSpan}. @internal */
export const endSpan = (source: SpanSource, span: Tracer.Span, exit: Exit.Exit<unknown, unknown>): void => {
  if (span.status._tag === "Ended") return
  span.end(source.clock.unsafeCurrentTimeNanos(), exit)
}

/** The attributes of a request span. @internal */
export const requestAttributes = (method: string): Record<string, unknown> => ({
  "rpc.system": "jsonrpc",
  "rpc.method": method
})

/** The request span's name: the method, as OpenTelemetry's RPC conventions name client spans. @internal */
export const requestSpanName = (method: string): string => method

/** The name of the span of one turn. @internal */
export const turnSpanName = "Turn"

/** The name of the span of a server request. @internal */
export const serverRequestSpanName = (method: string): string => `ServerRequest ${method}`

/** The span of each live traced turn, by turn id, so server requests can be parented on it. */
const turnSpans = new Map<string, { readonly span: Tracer.Span; readonly source: SpanSource }>()

/** @internal */
export const registerTurnSpan = (turnId: string, span: Tracer.Span, source: SpanSource): void => {
  turnSpans.set(turnId, { span, source })
}

/** @internal */
export const unregisterTurnSpan = (turnId: string, span: Tracer.Span): void => {
  if (turnSpans.get(turnId)?.span === span) turnSpans.delete(turnId)
}

/** The span of a live traced turn, with the tracer that made it. @internal */
export const turnSpanOf = (turnId: string | undefined): { readonly span: Tracer.Span; readonly source: SpanSource } | undefined =>
  turnId === undefined ? undefined : turnSpans.get(turnId)

/** Token usage as span attributes. @internal */
export const usageAttributes = (usage: Schemas.ThreadTokenUsage | null): Record<string, unknown> => {
  if (usage === null) return {}
  const last = usage.last
  return {
    "usage.inputTokens": last.inputTokens,
    "usage.cachedInputTokens": last.cachedInputTokens,
    "usage.outputTokens": last.outputTokens,
    "usage.reasoningOutputTokens": last.reasoningOutputTokens,
    "usage.totalTokens": last.totalTokens,
    "usage.threadTotalTokens": usage.total.totalTokens
  }
}

/**
 * The decision of a server request's reply, as a short string: an approval's `decision` (its
 * key when it is an object), a tool call's `success`, else `"answered"`.
 *
 * @internal
 */
export const decisionOf = (result: unknown): string => {
  if (typeof result !== "object" || result === null) return "answered"
  const record = result as Record<string, unknown>
  const decision = record.decision
  if (typeof decision === "string") return decision
  if (typeof decision === "object" && decision !== null) return Object.keys(decision)[0] ?? "answered"
  if (typeof record.action === "string") return record.action
  if (typeof record.success === "boolean") return record.success ? "success" : "failure"
  return "answered"
}

const maxThreadModels = 10_000

const modelMethods = new Set(["thread/start", "thread/resume", "thread/fork"])

/** Remembers the model of a thread from a `thread/start`, `thread/resume` or `thread/fork` result. @internal */
export const noteThreadModel = (models: Map<string, string>, method: string, result: unknown): void => {
  if (!modelMethods.has(method)) return
  const record = result as { readonly model?: unknown; readonly thread?: { readonly id?: unknown } } | null
  const threadId = record?.thread?.id
  if (typeof threadId !== "string" || typeof record?.model !== "string") return
  // bounded: the oldest thread's model is forgotten first
  if (models.size >= maxThreadModels && !models.has(threadId)) models.delete(models.keys().next().value!)
  models.set(threadId, record.model)
}

/** How a turn ended, for its span and the turn metrics. @internal */
export const turnEndStatus = (
  outcome: Exit.Exit<{ readonly status: string }, { readonly _tag: string }> | undefined
): Metrics.TurnEndStatus => {
  if (outcome === undefined) return "interrupted"
  if (outcome._tag === "Success") {
    const status = outcome.value.status
    return status === "completed" || status === "failed" ? status : "interrupted"
  }
  const failure = Cause.failureOption(outcome.cause)
  if (Option.isNone(failure)) return "interrupted"
  switch (failure.value._tag) {
    case "TurnFailed":
      return "failed"
    case "TurnTimeout":
      return "timed_out"
    case "AppServerExited":
      return "exited"
    default:
      return "failed"
  }
}

/**
 * The telemetry of one turn: its span (when the fiber that started it ran in a span), the span
 * of its `turn/start` request under it, and the turn metrics. Called by the turn lifecycle from
 * plain callbacks.
 *
 * @internal
 */
export class TurnTelemetry {
  private readonly span: Tracer.Span | undefined
  private requestSpan: Tracer.Span | undefined
  private sentAt = 0
  private turnId: string | undefined
  private startFailure: unknown = undefined
  private done = false
  private attempting = false

  constructor(
    private readonly source: SpanSource | undefined,
    threadId: string,
    model: string | undefined
  ) {
    this.span = source === undefined ? undefined : startSpan(source, turnSpanName, "internal", { threadId, model })
  }

  /** `turn/start` is about to be sent: the trace context for its envelope. */
  sending(): TraceContext | undefined {
    this.sentAt = Date.now()
    if (this.source === undefined || this.span === undefined) return undefined
    this.requestSpan = startSpan(this.source, requestSpanName("turn/start"), "client", requestAttributes("turn/start"), this.span)
    return traceContextOf(this.requestSpan)
  }

  /** `turn/start` was answered (or failed). */
  answered(error: unknown): void {
    if (error !== undefined) this.startFailure = error
    if (this.source !== undefined && this.requestSpan !== undefined) {
      endSpan(this.source, this.requestSpan, error === undefined ? Exit.void : Exit.fail(error))
    }
  }

  /** Another request of the lifecycle (`turn/interrupt`): its span under the turn's, and when it is answered. */
  request(method: string): { readonly trace: TraceContext | undefined; readonly done: (error: unknown) => void } | undefined {
    const source = this.source
    if (source === undefined || this.span === undefined) return undefined
    const span = startSpan(source, requestSpanName(method), "client", requestAttributes(method), this.span)
    return {
      trace: traceContextOf(span),
      done: (error) => endSpan(source, span, error === undefined ? Exit.void : Exit.fail(error))
    }
  }

  /** An attempt to start the turn owns the ending from now on (until it hands it back). */
  attempt(): void {
    this.attempting = true
    // an earlier attempt's overload is not this one's failure
    this.startFailure = undefined
  }

  /** The attempt failed with a retryable error: another may follow, or the launch ends it. */
  handBack(): void {
    this.attempting = false
  }

  /** The launch failed or was interrupted: ends the turn here, unless an attempt still owns it. */
  launchEnded(error: { readonly _tag: string } | undefined): void {
    if (!this.attempting) this.ended(error === undefined ? undefined : Exit.fail(error), null)
  }

  /** The server accepted the turn. */
  started(turnId: string): void {
    this.turnId = turnId
    Metrics.turnStarted()
    if (this.span !== undefined) {
      this.span.attribute("turnId", turnId)
      registerTurnSpan(turnId, this.span, this.source!)
    }
  }

  /** The turn is over for this client. */
  ended(
    outcome: Exit.Exit<{ readonly status: string }, { readonly _tag: string }> | undefined,
    usage: Schemas.ThreadTokenUsage | null
  ): void {
    if (this.done) return
    this.done = true
    const status = turnEndStatus(outcome)
    if (this.turnId !== undefined) Metrics.turnEnded(status, Date.now() - this.sentAt)
    const span = this.span
    if (span === undefined || this.source === undefined) return
    if (this.turnId !== undefined) unregisterTurnSpan(this.turnId, span)
    span.attribute("status", this.turnId === undefined ? "not_started" : status)
    const attributes = usageAttributes(usage)
    for (const key in attributes) span.attribute(key, attributes[key])
    if (this.requestSpan !== undefined) endSpan(this.source, this.requestSpan, Exit.interrupt(FiberId.none))
    const exit = outcome !== undefined && outcome._tag === "Failure"
      ? outcome
      : this.startFailure !== undefined
      ? Exit.fail(this.startFailure)
      : Exit.void
    endSpan(this.source, span, exit)
  }
}

/**
 * Runs a server request's handling in a span under its turn's span, when the turn is traced;
 * otherwise unchanged (no span).
 *
 * @internal
 */
export const serverRequestSpan = (
  method: string,
  requestId: string | number,
  threadId: string | undefined,
  turnId: string | undefined
) =>
<A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> => {
  const turn = turnSpanOf(turnId)
  if (turn === undefined) return self
  // the turn's tracer (the user's, e.g. an OTLP exporter), not the connection's
  return Effect.withSpan(self, serverRequestSpanName(method), {
    kind: "server",
    parent: turn.span,
    captureStackTrace: false,
    attributes: {
      "rpc.system": "jsonrpc",
      "rpc.method": method,
      requestId: String(requestId),
      ...(threadId === undefined ? {} : { threadId }),
      ...(turnId === undefined ? {} : { turnId })
    }
  }).pipe(Effect.withTracer(turn.source.tracer))
}

/** A server request was answered without a fiber span to annotate. @internal */
export const serverRequestAnsweredUnsafe = (method: string, decision: string): void => {
  Metrics.serverRequestAnswered(method, decision)
}

/** A server request was answered: the metric, and the `decision` on the current span. @internal */
export const serverRequestAnswered = (method: string, decision: string, fallback: boolean): Effect.Effect<void> =>
  Effect.zipRight(
    Effect.sync(() => Metrics.serverRequestAnswered(method, decision)),
    Effect.annotateCurrentSpan(fallback ? { decision, fallback: true } : { decision })
  )
