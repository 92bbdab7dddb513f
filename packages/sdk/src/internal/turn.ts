/**
 * The turn lifecycle: one object owns a turn from `turn/start` to its end. It holds the thread's
 * slot the whole time (so no turn is ever merged into another as a steer), registers the turn's
 * server-request handlers for its thread and removes them at the end, folds the turn's events
 * into its result as they are routed (no `Stream` for `run`), enforces the total and idle
 * timeouts, and, when its caller goes away before the turn completed (even before the
 * `turn/start` reply), learns the turn id, sends `turn/interrupt` and keeps the slot until the
 * turn completes (bounded by a grace period).
 *
 * @internal
 */
import { Registry, Schemas } from "@effect-codex/protocol"
import type { SchemaAST } from "effect"
import type { Fiber } from "effect"
import { Chunk, Duration, Effect, Exit, Stream } from "effect"
import type * as AppServer from "../AppServer.js"
import type { AppServerExited, RequestError } from "../Errors.js"
import {
  ErrorCode,
  InvalidParams,
  isRetryable,
  ProtocolError,
  RequestTimeout,
  TurnFailed,
  TurnHandleClosed,
  TurnTimeout
} from "../Errors.js"
import * as Events from "../Events.js"
import * as Inputs from "../Inputs.js"
import type { Item, StreamEvent, TextPart, TurnHandle, TurnResult } from "../Turn.js"
import type { Connection } from "./connection.js"
import { CoalescingOffer } from "./coalesce.js"
import { EventLog } from "./eventLog.js"
import * as InternalInputs from "./inputs.js"
import type { Inbound } from "./peer.js"
import type { TurnSubscriber } from "./router.js"
import type { Registration } from "./serverRequests.js"
import type { ThreadSlots } from "./threads.js"
import * as Tracing from "./tracing.js"

/**
 * What waiting for a turn's result can fail with: `ProtocolError` when a message of the turn
 * was dropped for its size (its result would be incomplete). @internal
 */
export type TurnError = TurnFailed | TurnTimeout | AppServerExited | ProtocolError

/** @internal */
export interface LaunchOptions {
  /** The whole turn, from sending `turn/start`; infinite when not finite. */
  readonly timeoutMillis: number
  /** The longest time without an event; infinite when not finite. */
  readonly idleTimeoutMillis: number
  /** Timeout of the `turn/start` request itself. */
  readonly startTimeoutMillis: number
  /** How long to keep the thread's slot after `turn/interrupt` before giving up on `turn/completed`. */
  readonly interruptGraceMillis: number
  /** Server-request handlers for this turn, registered for its thread while it runs. */
  readonly handlers: ReadonlyArray<readonly [method: string, registration: Registration]>
  /** Keep the raw events for a stream consumer. */
  readonly stream: boolean
  /** Keep them for several consumers, each from the first event (a turn handle). */
  readonly replay?: boolean
  /** Interrupt the turn when its caller goes away before it completed. */
  readonly interruptOnExit: boolean
}

/**
 * The final response of a turn from its completed items: the last agent message whose phase is
 * `final_answer`, else the last agent message without a phase; commentary never counts; an empty
 * text is kept; `null` when there is none.
 *
 * @internal
 */
export const finalResponse = (items: ReadonlyArray<Item>): string | null => {
  let phaseless: string | null = null
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    if (item.type !== "agentMessage") continue
    if (item.phase === "final_answer") return item.text
    if ((item.phase === null || item.phase === undefined) && phaseless === null) phaseless = item.text
  }
  return phaseless
}

/** The item types the pinned protocol knows (read from the schema once, on first need). */
let knownItemTypes: ReadonlySet<string> | undefined
const itemTypes = (): ReadonlySet<string> => {
  if (knownItemTypes !== undefined) return knownItemTypes
  const out = new Set<string>()
  const visit = (ast: SchemaAST.AST): void => {
    switch (ast._tag) {
      case "Suspend":
        return visit(ast.f())
      case "Union":
        return ast.types.forEach(visit)
      case "Refinement":
        return visit(ast.from)
      case "Transformation":
        return visit(ast.to)
      case "TypeLiteral": {
        const type = ast.propertySignatures.find((p) => p.name === "type")?.type
        if (type?._tag === "Literal" && typeof type.literal === "string") out.add(type.literal)
        return
      }
    }
  }
  visit(Schemas.ThreadItem.ast)
  return (knownItemTypes = out)
}

/**
 * An item that did not decode: of a type the protocol does not know, an explicit
 * {@link UnknownItem}; of a known type whose fields changed (a newer server), as it was sent.
 * @internal
 */
export const itemOf = (raw: unknown): Item => {
  const { id, type } = raw as { readonly id?: unknown; readonly type?: unknown }
  if (typeof type === "string" && itemTypes().has(type)) return raw as Schemas.ThreadItem
  return { type: "unknown", itemType: typeof type === "string" ? type : "", id: typeof id === "string" ? id : undefined, raw }
}

/** The context a turn runs in: the connection and the client's thread slots. @internal */
export interface TurnContext {
  readonly connection: Connection
  readonly slots: ThreadSlots
}

/** @internal */
export class TurnRun implements TurnSubscriber {
  turnId: string | undefined
  /** The turn as `turn/start` answered it. */
  startedTurn: Schemas.Turn | undefined
  /** The turn as `turn/completed` reported it. */
  turn: Schemas.Turn | undefined
  outcome: Exit.Exit<TurnResult, TurnError> | undefined
  /** Raw events for stream consumers, when asked for. */
  readonly events: EventLog<Inbound, AppServerExited | ProtocolError> | undefined
  private readonly items: Array<Item> = []
  private usage: Schemas.ThreadTokenUsage | null = null
  private readonly waiters = new Set<(exit: Exit.Exit<TurnResult, TurnError>) => void>()
  private unregister: Array<() => void> = []
  private timers: Array<ReturnType<typeof setTimeout>> = []
  private lastEventAt = 0
  private finished = false
  private interruptSent = false
  /** Interrupt as soon as the server reports the turn started. */
  private interruptWanted = false
  private startedSeen = false
  private readonly startedWaiters = new Set<() => void>()
  /** Completes once the server reported the turn started (or the turn ended). */
  readonly startedOrEnded: Effect.Effect<void> = Effect.async<void>((resume) => {
    if (this.startedSeen || this.finished) return resume(Effect.void)
    const waiter = () => resume(Effect.void)
    this.startedWaiters.add(waiter)
    return Effect.sync(() => void this.startedWaiters.delete(waiter))
  })
  /** How long an interrupt keeps the thread reserved. */
  get interruptGraceMillis(): number {
    return this.options.interruptGraceMillis
  }
  private wakeStarted(): void {
    const waiters = [...this.startedWaiters]
    this.startedWaiters.clear()
    for (const waiter of waiters) waiter()
  }
  private graceStarted = false
  /** Nobody waits for the start any more: interrupt the turn as soon as its id is known. */
  private abandoned = false
  private onStarted: ((exit: Exit.Exit<TurnRun, RequestError | TurnTimeout>) => void) | undefined
  private cancelStart: (() => void) | undefined
  private cancelSlot: (() => void) | undefined
  /**
   * Its span and metrics: made when it starts, in the fiber that starts it, or given by a launch
   * whose attempts (overload retries) share one turn span.
   */
  private telemetry: Tracing.TurnTelemetry | undefined
  private sharedTelemetry = false

  constructor(
    readonly context: TurnContext,
    readonly threadId: string,
    private readonly params: unknown,
    private readonly options: LaunchOptions
  ) {
    this.events = options.stream ? new EventLog(options.replay === true) : undefined
    this.buffer = this.events === undefined
      ? undefined
      : new CoalescingOffer(this.events, context.connection.options.turnEventsCapacity ?? 1024, context.connection.counters)
  }
  /** How events go into `events`: bounded by merging deltas past the capacity (no text lost). */
  private readonly buffer: CoalescingOffer | undefined

  /**
   * Takes the thread's slot, sends `turn/start`, and resumes once the turn has an id (or could
   * not start). Interrupting the caller abandons the turn: it is interrupted as soon as its id
   * is known, and keeps its slot until it completed.
   */
  start(telemetry?: Tracing.TurnTelemetry): Effect.Effect<TurnRun, RequestError | TurnTimeout> {
    return Effect.withFiberRuntime((fiber) => {
      this.sharedTelemetry = telemetry !== undefined
      this.telemetry = telemetry ?? TurnRun.telemetry(fiber, this.context, this.threadId, this.params)
      this.telemetry.attempt()
      return this.startAsync()
    })
  }

  /** The span and metrics of a turn launched by `fiber` with `params` (`turn/start`'s). */
  static telemetry(
    fiber: Fiber.RuntimeFiber<unknown, unknown>,
    context: TurnContext,
    threadId: string,
    params: unknown
  ): Tracing.TurnTelemetry {
    const model = (params as { readonly model?: unknown } | null)?.model
    return new Tracing.TurnTelemetry(
      Tracing.spanSourceOf(fiber),
      threadId,
      typeof model === "string" ? model : context.connection.threadModels.get(threadId)
    )
  }

  private startAsync(): Effect.Effect<TurnRun, RequestError | TurnTimeout> {
    return Effect.async<TurnRun, RequestError | TurnTimeout>((resume) => {
      this.onStarted = resume
      let acquired = false
      const cancel = this.context.slots.acquire(this.threadId, () => {
        acquired = true
        this.send()
      })
      if (!acquired) this.cancelSlot = cancel
      return Effect.suspend(() => {
        this.abandonStart()
        return this.options.interruptOnExit ? this.ended : Effect.void
      })
    })
  }

  /**
   * Completes once the turn is over for this client: it completed, could not start, the
   * connection ended, or the grace period after `turn/interrupt` ran out.
   */
  readonly ended: Effect.Effect<void> = Effect.async<void>((resume) => {
    if (this.finished) return resume(Effect.void)
    const done = () => resume(Effect.void)
    this.finishWaiters.add(done)
    return Effect.sync(() => void this.finishWaiters.delete(done))
  })

  private readonly finishWaiters = new Set<() => void>()

  /** Waits for the result. With `interruptOnCancel`, a caller that goes away interrupts the turn. */
  await(interruptOnCancel: boolean): Effect.Effect<TurnResult, TurnError> {
    return Effect.async<TurnResult, TurnError>((resume) => {
      if (this.outcome !== undefined) return resume(this.outcome)
      this.waiters.add(resume)
      return Effect.suspend(() => {
        this.waiters.delete(resume)
        if (!interruptOnCancel) return Effect.void
        // the caller's interruption completes when the server has ended the turn (bounded)
        this.interrupt()
        return this.ended
      })
    })
  }

  /**
   * The caller is done with the turn: interrupt it unless it completed. Until the server reports
   * the turn started (`turn/started`) it answers `turn/interrupt` with "no active turn", so the
   * interrupt is sent once it did.
   */
  interrupt(): void {
    if (this.finished || this.interruptSent || this.completedSeen) return
    if (this.turnId === undefined) {
      this.abandoned = true
      return
    }
    if (!this.startedSeen) {
      this.interruptWanted = true
      this.startGrace()
      return
    }
    this.interruptSent = true
    this.startGrace()
    const { connection } = this.context
    const traced = this.telemetry?.request("turn/interrupt")
    connection.call(
      "turn/interrupt",
      { threadId: this.threadId, turnId: this.turnId },
      Duration.toMillis(connection.options.requestTimeout),
      (error) => traced?.done(error),
      traced?.trace
    )
  }

  /** How long the thread stays reserved for a turn being interrupted (bounded). */
  private startGrace(): void {
    if (this.graceStarted) return
    this.graceStarted = true
    const { connection } = this.context
    this.timer(this.options.interruptGraceMillis, () => {
      if (this.finished) return
      connection.runFork(
        Effect.logWarning(
          `turn ${this.turnId} did not complete within ${this.options.interruptGraceMillis} ms of turn/interrupt; its thread is free again`
        ).pipe(Effect.annotateLogs({ module: "Turn", threadId: this.threadId }))
      )
      this.complete(Exit.succeed(this.result(this.turn, "interrupted")))
      this.finish()
    })
  }

  /**
   * The handle's scope closes: later uses fail with `TurnHandleClosed`. With `interruptOnExit`,
   * a turn still running is interrupted, and this completes when it ended (bounded).
   */
  closeHandle(interruptOnExit: boolean): Effect.Effect<void> {
    return Effect.suspend(() => {
      this.handleClosed = true
      this.events?.close()
      if (!interruptOnExit || this.finished) return Effect.void
      this.interrupt()
      return this.ended
    })
  }

  handleClosed = false
  private completedSeen = false

  /** The server ended the turn, or this client is done with it. */
  get over(): boolean {
    return this.finished || this.completedSeen
  }

  closedError(): TurnHandleClosed {
    return new TurnHandleClosed({ threadId: this.threadId, turnId: this.turnId ?? "" })
  }

  // -- Subscriber: called by the router, in order, synchronously

  event(message: Inbound): void {
    this.lastEventAt = Date.now()
    this.buffer?.offer(message)
    if (message.id !== undefined) return
    switch (message.method) {
      case "turn/started": {
        this.startedSeen = true
        this.wakeStarted()
        if (this.interruptWanted) this.interrupt()
        return
      }
      case "item/completed": {
        const item = completedItemOf(message)
        if (item !== undefined) this.items.push(item)
        return
      }
      case "thread/tokenUsage/updated": {
        const decoded = Events.decodeNotification(message)
        if (decoded._tag === "Notification" && decoded.method === "thread/tokenUsage/updated") this.usage = decoded.params.tokenUsage
        return
      }
      case "turn/completed": {
        this.completedSeen = true
        this.turn = completedTurnOf(Events.decodeNotification(message))
        return
      }
      case "error": {
        const params = message.params as Partial<Schemas.ErrorNotification> | undefined
        // a retry is news; a final error is the turn's failure, which its caller gets as TurnFailed
        this.context.connection.runFork(
          (params?.willRetry === true ? Effect.logWarning : Effect.logDebug)(
            `turn ${this.turnId}: ${params?.error?.message ?? "error"}${params?.willRetry === true ? " (the server is retrying)" : ""}`
          ).pipe(Effect.annotateLogs({ module: "Turn", threadId: this.threadId }))
        )
      }
    }
  }

  /**
   * A message of the turn was dropped for its size: the result would be incomplete, so the turn
   * fails now with the error (its stream after the events so far) and is interrupted on the
   * server; it keeps its thread until the server ended it (bounded by the interrupt grace).
   */
  lost(error: ProtocolError): void {
    if (this.finished) return
    this.events?.end(error)
    this.complete(Exit.fail(error))
    this.interrupt()
  }

  end(error: AppServerExited | ProtocolError | undefined): void {
    // a ProtocolError here: the turn's `turn/completed` was dropped for its size (it is over)
    if (error?._tag === "ProtocolError") this.completedSeen = true
    this.events?.end(error)
    if (error !== undefined) {
      this.complete(Exit.fail(error))
    } else {
      const result = this.result(this.turn, "interrupted")
      this.complete(
        result.status === "failed"
          ? Exit.fail(new TurnFailed({ threadId: this.threadId, turnId: result.id, error: result.error }))
          : Exit.succeed(result)
      )
    }
    this.finish()
  }

  /** The result from what was folded; `fallback` is the status when the turn's end was not seen. */
  private result(turn: Schemas.Turn | undefined, fallback: Schemas.TurnStatus): TurnResult {
    return {
      id: turn?.id ?? this.turnId ?? "",
      threadId: this.threadId,
      status: turn?.status ?? fallback,
      error: turn?.error ?? null,
      finalResponse: finalResponse(this.items),
      items: this.items,
      usage: this.usage,
      startedAt: turn?.startedAt ?? null,
      completedAt: turn?.completedAt ?? null,
      durationMs: turn?.durationMs ?? null
    }
  }

  // -- internals

  private send(): void {
    this.cancelSlot = undefined
    const { connection } = this.context
    for (const [method, registration] of this.options.handlers) {
      this.unregister.push(connection.dispatcher.register(method, registration, this.threadId))
    }
    this.lastEventAt = Date.now()
    if (Number.isFinite(this.options.timeoutMillis)) {
      this.timer(this.options.timeoutMillis, () => this.timeout("total", this.options.timeoutMillis))
    }
    if (Number.isFinite(this.options.idleTimeoutMillis)) this.idleCheck()
    this.cancelStart = connection.call(
      "turn/start",
      this.params,
      Infinity,
      (error, raw) => this.started(error, raw),
      this.telemetry?.sending()
    )
    if (Number.isFinite(this.options.startTimeoutMillis)) {
      this.timer(this.options.startTimeoutMillis, () => {
        if (this.turnId !== undefined || this.finished) return
        this.reportStart(Exit.fail(new RequestTimeout({ method: "turn/start", timeoutMillis: this.options.startTimeoutMillis })))
        // the turn may still start: wait a grace period for its id, then give up on it
        this.abandoned = true
        this.timer(this.options.interruptGraceMillis, () => {
          if (this.turnId !== undefined || this.finished) return
          this.cancelStart?.()
          this.finish()
        })
      })
    }
  }

  private started(error: RequestError | undefined, raw: unknown): void {
    this.telemetry?.answered(error)
    if (error !== undefined) {
      if (this.sharedTelemetry && isRetryable(error) && !this.abandoned) {
        // the launch retries, or ends the turn's span if it gives up
        this.telemetry?.handBack()
        this.telemetry = undefined
      }
      this.reportStart(Exit.fail(error))
      return this.finish()
    }
    const turnId = Registry.idAt("turn.id", raw)
    if (turnId === undefined) {
      const failure = new ProtocolError({ method: "turn/start", message: "the reply has no turn id", data: raw })
      this.reportStart(Exit.fail(failure))
      return this.finish()
    }
    this.turnId = turnId
    this.telemetry?.started(turnId)
    this.context.connection.router.claim(turnId, this)
    const decoded = this.context.connection.decode("turn/start", raw)
    if (decoded._tag === "Left") {
      // the turn runs on the server, but its caller cannot have it: interrupt it
      this.reportStart(Exit.fail(decoded.left))
      this.abandoned = true
    } else {
      this.startedTurn = (decoded.right as Schemas.TurnStartResponse).turn
    }
    if (this.abandoned) return this.interrupt()
    this.reportStart(Exit.succeed(this))
  }

  private reportStart(exit: Exit.Exit<TurnRun, RequestError | TurnTimeout>): void {
    const onStarted = this.onStarted
    this.onStarted = undefined
    onStarted?.(exit)
  }

  private abandonStart(): void {
    this.onStarted = undefined
    if (this.cancelSlot !== undefined) {
      // still waiting for the thread: nothing was sent
      this.cancelSlot()
      this.cancelSlot = undefined
      this.finished = true
      this.telemetry?.ended(undefined, null)
      return
    }
    if (this.options.interruptOnExit) this.interrupt()
  }

  private timeout(kind: "total" | "idle", timeoutMillis: number): void {
    if (this.outcome !== undefined) return
    const error = new TurnTimeout({ threadId: this.threadId, turnId: this.turnId ?? null, kind, timeoutMillis })
    this.reportStart(Exit.fail(error))
    this.complete(Exit.fail(error))
    this.context.connection.runFork(Effect.logWarning(error.message).pipe(Effect.annotateLogs({ module: "Turn" })))
    this.interrupt()
  }

  private idleCheck(): void {
    const idle = this.options.idleTimeoutMillis
    const wait = Math.max(0, this.lastEventAt + idle - Date.now())
    this.timer(wait + 1, () => {
      if (this.outcome !== undefined || this.finished) return
      if (Date.now() - this.lastEventAt >= idle) this.timeout("idle", idle)
      else this.idleCheck()
    })
  }

  private complete(exit: Exit.Exit<TurnResult, TurnError>): void {
    if (this.outcome !== undefined) return
    this.outcome = exit
    const waiters = [...this.waiters]
    this.waiters.clear()
    for (const resume of waiters) resume(exit)
  }

  private finish(): void {
    if (this.finished) return
    this.finished = true
    this.wakeStarted()
    this.telemetry?.ended(this.outcome, this.usage)
    for (const t of this.timers) clearTimeout(t)
    this.timers = []
    for (const unregister of this.unregister) unregister()
    this.unregister = []
    if (this.turnId !== undefined) this.context.connection.router.release(this.turnId, this)
    this.events?.end()
    this.context.slots.release(this.threadId)
    const waiters = [...this.finishWaiters]
    this.finishWaiters.clear()
    for (const done of waiters) done()
  }

  /** Runs `f` after `millis`; never for an infinite duration. */
  private timer(millis: number, f: () => void): void {
    if (Number.isFinite(millis)) this.timers.push(setTimeout(f, millis))
  }
}

/** Which text a delta belongs to, from its item's phase (`item/started`). @internal */
const answerPhase = (phase: Schemas.MessagePhase | null | undefined) => phase === "final_answer" || phase === null || phase === undefined

/**
 * The text deltas of a turn's events, each with its kind: the final answer's (an agent message
 * whose phase is `final_answer`, or that has no phase), commentary (any other phase), reasoning
 * summaries and raw reasoning. The phase of an agent message is the one its `item/started` says.
 *
 * @internal
 */
export const textParts = <E, R>(events: Stream.Stream<StreamEvent<TurnResult>, E, R>): Stream.Stream<TextPart, E, R> =>
  Stream.suspend(() => {
    const phases = new Map<string, Schemas.MessagePhase | null>()
    return Stream.mapChunks(events, (chunk) => {
      const out: Array<TextPart> = []
      for (const event of chunk) {
        if (event._tag !== "Notification") continue
        switch (event.method) {
          case "item/started": {
            const item = event.params.item
            if (item.type === "agentMessage") phases.set(item.id, item.phase ?? null)
            break
          }
          case "item/completed": {
            phases.delete(event.params.item.id)
            break
          }
          case "item/agentMessage/delta": {
            const { delta, itemId } = event.params
            const phase = phases.get(itemId) ?? null
            out.push({ kind: answerPhase(phase) ? "answer" : "commentary", itemId, phase, delta })
            break
          }
          case "item/reasoning/summaryTextDelta": {
            out.push({ kind: "reasoningSummary", itemId: event.params.itemId, phase: null, delta: event.params.delta })
            break
          }
          case "item/reasoning/textDelta": {
            out.push({ kind: "reasoning", itemId: event.params.itemId, phase: null, delta: event.params.delta })
            break
          }
        }
      }
      return Chunk.unsafeFromArray(out)
    })
  })

/** The text of the final answer as it streams. @internal */
export const answerDeltas = <E, R>(events: Stream.Stream<StreamEvent<TurnResult>, E, R>): Stream.Stream<string, E, R> =>
  Stream.mapChunks(textParts(events), (chunk) => {
    const out: Array<string> = []
    for (const part of chunk) if (part.kind === "answer") out.push(part.delta)
    return Chunk.unsafeFromArray(out)
  })

/**
 * The item of an `item/completed` message: decoded, or (from a server newer or older than the
 * pin) kept as an `UnknownItem` with its raw payload; `undefined` when it carries none.
 *
 * @internal
 */
export const completedItemOf = (message: Inbound): Item | undefined => {
  const decoded = Events.decodeNotification(message)
  if (decoded._tag === "Notification" && decoded.method === "item/completed") return decoded.params.item
  const raw = (message.params as { readonly item?: unknown } | undefined)?.item
  return raw === undefined || raw === null ? undefined : itemOf(raw)
}

const numberOrNull = (u: unknown): number | null => (typeof u === "number" ? u : null)

/**
 * The turn of a `turn/completed` notification. When its params do not decode (a server newer or
 * older than the pin), what can be used of the raw turn: its status and error, and its times only
 * where they are numbers.
 *
 * @internal
 */
export const completedTurnOf = (event: Events.Notification): Schemas.Turn | undefined => {
  if (event._tag === "Notification") return event.method === "turn/completed" ? event.params.turn : undefined
  const raw = (event.params as { readonly turn?: unknown } | undefined)?.turn
  if (typeof raw !== "object" || raw === null) return undefined
  const turn = raw as Record<string, unknown>
  return {
    ...(turn as unknown as Schemas.Turn),
    startedAt: numberOrNull(turn["startedAt"]),
    completedAt: numberOrNull(turn["completedAt"]),
    durationMs: numberOrNull(turn["durationMs"])
  }
}

/**
 * The handle of a started turn; `steer` and `interrupt` go through `server`; `cwd` resolves the
 * local image paths of steered input. @internal
 */
export const makeHandle = (run: TurnRun, server: AppServer.Service, cwd: string | undefined): TurnHandle => {
  const threadId = run.threadId
  const turnId = run.turnId!
  const guard = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E | TurnHandleClosed> =>
    Effect.suspend((): Effect.Effect<A, E | TurnHandleClosed> => (run.handleClosed ? Effect.fail(run.closedError()) : effect))
  // every consumer reads the turn's events from the first one (the log keeps them while the handle lives)
  const events = Stream.suspend((): Stream.Stream<Events.Event, AppServerExited | ProtocolError | TurnHandleClosed> =>
    run.handleClosed ? Stream.fail(run.closedError()) : Stream.map(run.events!.read(), run.context.connection.decodeEvent)
  )
  const untilStarted = Effect.timeoutOption(run.startedOrEnded, run.interruptGraceMillis)
  return {
    id: turnId,
    threadId,
    stream: events,
    textDeltas: answerDeltas(events),
    run: guard(run.await(false)),
    // the server refuses both ("no active turn") until it reported the turn started (waited for
    // at most the interrupt grace, so a lost `turn/started` cannot hold the call)
    steer: (input) =>
      guard(Effect.suspend(() => {
        // the same checks as a turn's own input, before anything is sent
        const items = Inputs.toWire(input)
        const bad = InternalInputs.check(items, cwd, server.pid !== undefined)
        return bad === undefined
          ? Effect.zipRight(untilStarted, server.request("turn/steer", { threadId, expectedTurnId: turnId, input: items }))
          : Effect.fail(new InvalidParams({ method: "turn/steer", code: ErrorCode.InvalidParams, message: bad }))
      })),
    // idempotent: a turn that already ended (or ends meanwhile: "no active turn") has nothing to interrupt
    interrupt: guard(Effect.suspend(() =>
      run.over ? Effect.void : Effect.zipRight(untilStarted, Effect.asVoid(server.request("turn/interrupt", { threadId, turnId }))).pipe(
        Effect.catchIf(
          (error) => error._tag === "InvalidRequest" && run.over,
          () => Effect.void
        )
      )
    ))
  }
}
