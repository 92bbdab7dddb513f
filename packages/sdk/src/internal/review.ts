/**
 * Review: `review/start` as a turn-like handle whose result is the review.
 *
 * A review is a turn: it holds its thread's turn slot (the one `internal/turn.ts` takes) from
 * before `review/start` until its turn ended, so a turn waits for a running review and a review
 * for a running turn. Its events are folded as the router delivers them (no fiber), so it is
 * followed to its end even after its handle's scope closed; the slot is then released. An
 * interrupted review keeps the slot until the server reported its end, at most the
 * `turnInterruptGrace`.
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Registry } from "@effect-codex/protocol"
import { Cause, Duration, Effect, Exit, Fiber, Option, Stream } from "effect"
import type * as Tracer from "effect/Tracer"
import * as AppServer from "../AppServer.js"
import type { ProtocolError, RequestError } from "../Errors.js"
import { AppServerExited, ErrorCode, InvalidParams, RequestTimeout, TurnFailed, TurnHandleClosed } from "../Errors.js"
import * as Events from "../Events.js"
import type { RequestOptions } from "../JsonRpc.js"
import type { ReviewHandle, ReviewResult, StartOptions, ThreadRef } from "../Review.js"
import type { Item } from "../Turn.js"
import type { Internals } from "./appServer.js"
import { internalsOf } from "./appServer.js"
import * as Durations from "./duration.js"
import { EventLog } from "./eventLog.js"
import type { Inbound } from "./peer.js"
import type { TurnSubscriber } from "./router.js"
import type { ThreadSlots } from "./threads.js"
import { completedItemOf, completedTurnOf, finalResponse } from "./turn.js"

const idOf = (thread: ThreadRef): string => (typeof thread === "string" ? thread : thread.id)

/** The review text: the last `exitedReviewMode` item's, `null` when there is none. @internal */
export const reviewText = (items: ReadonlyArray<Item>): string | null => {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    if (item.type === "exitedReviewMode") return item.review
  }
  return null
}

/**
 * The turn id a `turn/interrupt` refusal names as the thread's active one ("expected active turn
 * id A but found B"), if any.
 *
 * @internal
 */
export const activeTurnOf = (message: string): string | undefined => /\bbut found ([^\s,;:)]+)/.exec(message)?.[1]

/**
 * Waits for the thread's slot (interruptibly); a slot handed over while the wait is being
 * interrupted is given back, never lost.
 */
const acquireSlot = (slots: ThreadSlots, threadId: string): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    let state: "waiting" | "acquired" | "cancelled" = "waiting"
    const cancel = slots.acquire(threadId, () => {
      if (state === "cancelled") return slots.release(threadId)
      state = "acquired"
      resume(Effect.void)
    })
    return Effect.sync(() => {
      if (state === "acquired") return slots.release(threadId)
      state = "cancelled"
      cancel()
    })
  })

type ReviewError = TurnFailed | AppServerExited | ProtocolError

/** One review from its `review/start` reply to its end. @internal */
class ReviewRun implements TurnSubscriber {
  /** Raw events for the handle's `stream`: every reader from the first one. */
  readonly events = new EventLog<Inbound, AppServerExited | ProtocolError>(true)
  private readonly items: Array<Item> = []
  private completed: Schemas.Turn | undefined
  private completedSeen = false
  private startedSeen = false
  /** The thread the review runs on (from the reply, then from `turn/completed`). */
  runThreadId: string
  outcome: Exit.Exit<ReviewResult, ReviewError> | undefined
  finished = false
  handleClosed = false
  private interruptSent = false
  private graceTimer: ReturnType<typeof setTimeout> | undefined
  private readonly waiters = new Set<(exit: Exit.Exit<ReviewResult, ReviewError | TurnHandleClosed>) => void>()
  private readonly startedWaiters = new Set<() => void>()
  private readonly finishWaiters = new Set<() => void>()
  /** The thread slots this review holds, released when it ends. */
  private readonly held = new Set<string>()
  /** Gives up waiting for a slot not yet handed over (a detached review's thread). */
  private cancelSlot: (() => void) | undefined

  constructor(
    private readonly internals: Internals,
    private readonly server: AppServer.Service,
    readonly threadId: string,
    readonly reviewThreadId: string,
    readonly turnId: string,
    private readonly graceMillis: number
  ) {
    this.runThreadId = reviewThreadId
  }

  /**
   * Takes over the slot of `threadId` (held since before `review/start`); a review running on
   * another thread (a detached delivery) holds that thread's slot instead.
   */
  holdSlots(): void {
    const { slots } = this.internals
    if (this.reviewThreadId === this.threadId) {
      this.held.add(this.threadId)
      return
    }
    slots.release(this.threadId)
    let acquired = false
    const cancel = slots.acquire(this.reviewThreadId, () => {
      acquired = true
      this.cancelSlot = undefined
      if (this.finished) return slots.release(this.reviewThreadId)
      this.held.add(this.reviewThreadId)
    })
    if (!acquired) this.cancelSlot = cancel
  }

  // -- Subscriber: called by the router, in order, synchronously

  event(message: Inbound): void {
    this.events.offer(message)
    // codex 0.171.0 sends no `turn/started` under the review's turn id: the review can be
    // interrupted once the turn it runs under was announced (on its behalf, under another id)
    if (
      !this.startedSeen &&
      (this.internals.connection.router.descendantsOf(this.turnId).length > 0 ||
        (message.method === "turn/started" && message.id === undefined))
    ) {
      this.startedSeen = true
      this.wake(this.startedWaiters)
    }
    if (message.id !== undefined) return
    switch (message.method) {
      case "item/completed": {
        const item = completedItemOf(message)
        if (item !== undefined) this.items.push(item)
        return
      }
      case "turn/completed": {
        this.completedSeen = true
        // from a server newer or older than the pin too: what can be used of the raw params
        this.completed = completedTurnOf(Events.decodeNotification(message))
        const threadIdOf = (message.params as { readonly threadId?: unknown } | undefined)?.threadId
        if (typeof threadIdOf === "string") this.runThreadId = threadIdOf
        return
      }
    }
  }

  /**
   * A message of the review turn was dropped for its size: the review fails now with the error
   * (its result would be incomplete) and is interrupted; it keeps its thread until it ended.
   */
  lost(error: ProtocolError): void {
    if (this.finished) return
    this.events.end(error)
    this.complete(Exit.fail(error))
    this.interrupt()
  }

  end(error: AppServerExited | ProtocolError | undefined): void {
    // a ProtocolError here: the review's `turn/completed` was dropped for its size (it is over)
    if (error?._tag === "ProtocolError") this.completedSeen = true
    this.events.end(error)
    if (error !== undefined) this.complete(Exit.fail(error))
    else {
      const turn = this.completed
      const status = turn?.status ?? "interrupted"
      this.complete(
        status === "failed"
          ? Exit.fail(new TurnFailed({ threadId: this.runThreadId, turnId: this.turnId, error: turn?.error ?? null }))
          : Exit.succeed(this.result(status))
      )
    }
    this.finish()
  }

  private result(status: Schemas.TurnStatus): ReviewResult {
    return {
      threadId: this.threadId,
      reviewThreadId: this.reviewThreadId,
      turnId: this.turnId,
      status,
      review: reviewText(this.items),
      finalResponse: finalResponse(this.items),
      items: this.items,
      durationMs: this.completed?.durationMs ?? null
    }
  }

  // -- waiting

  /** Waits for the result (it does not interrupt the review when the caller goes away). */
  readonly await: Effect.Effect<ReviewResult, ReviewError | TurnHandleClosed> = Effect.async((resume) => {
    if (this.outcome !== undefined) return resume(this.outcome)
    if (this.handleClosed) return resume(Exit.fail(this.closedError()))
    this.waiters.add(resume)
    return Effect.sync(() => void this.waiters.delete(resume))
  })

  /** Completes once the review is over for this client: it ended, or the interrupt grace ran out. */
  readonly ended: Effect.Effect<void> = Effect.async<void>((resume) => {
    if (this.finished) return resume(Effect.void)
    const done = () => resume(Effect.void)
    this.finishWaiters.add(done)
    return Effect.sync(() => void this.finishWaiters.delete(done))
  })

  /**
   * Completes once the review runs: the turn codex runs it under was announced (a `turn/started`
   * whose `rootTurnId` is the review's), or the review's own `turn/started` came, or it ended.
   */
  private readonly startedOrEnded: Effect.Effect<void> = Effect.async<void>((resume) => {
    if (this.startedSeen || this.finished) return resume(Effect.void)
    const waiter = () => resume(Effect.void)
    this.startedWaiters.add(waiter)
    return Effect.sync(() => void this.startedWaiters.delete(waiter))
  })

  closedError(): TurnHandleClosed {
    return new TurnHandleClosed({ threadId: this.threadId, turnId: this.turnId })
  }

  // -- interrupting

  /**
   * Asks the server to interrupt the review. The server refuses the id `review/start` answered
   * ("expected active turn id A but found B": the thread's active turn has another id): then the
   * id the refusal names, then each turn `thread/read` reports in progress, one failure not
   * stopping the others. Fails with the first refusal when none was accepted (and the review did
   * not end meanwhile).
   */
  readonly interruptOnServer: Effect.Effect<void, RequestError> = Effect.suspend(() => {
    const { server } = this
    const tried = new Set<string>()
    const send = (turnId: string) =>
      Effect.suspend(() => {
        tried.add(turnId)
        return server.request("turn/interrupt", { threadId: this.runThreadId, turnId })
      })
    const over = () => this.completedSeen || this.finished
    const fallback = (refusal: RequestError): Effect.Effect<void, RequestError> => {
      const named = activeTurnOf(refusal.message)
      const byName = named === undefined || tried.has(named) ? Effect.fail(refusal) : Effect.mapError(send(named), () => refusal)
      return byName.pipe(
        Effect.asVoid,
        Effect.catchAll(() =>
          server.request("thread/read", { threadId: this.runThreadId, includeTurns: true }).pipe(
            Effect.flatMap(({ thread }) => {
              const active = thread.turns.filter((t) => t.status === "inProgress" && !tried.has(t.id))
              return Effect.forEach(active, (t) => Effect.either(send(t.id)))
            }),
            Effect.flatMap((answers) => (answers.some((a) => a._tag === "Right") ? Effect.void : Effect.fail(refusal))),
            Effect.catchAll(() => (over() ? Effect.void : Effect.fail(refusal)))
          )
        )
      )
    }
    // the thread's active turn: the one codex announced on the review's behalf (its newest), else
    // the id review/start answered (whose refusal names the active one)
    const first = (): Effect.Effect<unknown, RequestError> => {
      const inner = this.internals.connection.router.descendantsOf(this.turnId).at(-1)
      return inner === undefined
        ? send(this.turnId)
        : send(inner).pipe(Effect.catchAll(() => (over() ? Effect.void : send(this.turnId))))
    }
    // the server refuses it ("no active turn") until the review runs: wait for its turn's start,
    // bounded (within the grace that keeps the thread for an interrupted review)
    return Effect.timeoutOption(this.startedOrEnded, this.graceMillis / 2).pipe(
      Effect.zipRight(Effect.suspend(() => (over() ? Effect.void : first()))),
      Effect.asVoid,
      Effect.catchAll((error) => (over() ? Effect.void : fallback(error)))
    )
  })

  /**
   * The caller is gone before the review ended: interrupt it, and keep its slot until it ended,
   * at most the grace period. A review that cannot be interrupted is logged at warning.
   */
  interrupt(): void {
    if (this.finished || this.interruptSent || this.completedSeen) return
    this.interruptSent = true
    const { connection } = this.internals
    this.graceTimer = !Number.isFinite(this.graceMillis) ? undefined : setTimeout(() => {
      if (this.finished) return
      connection.runFork(
        Effect.logWarning(
          `review ${this.turnId} did not end within ${this.graceMillis} ms of turn/interrupt; its thread is free again`
        ).pipe(Effect.annotateLogs({ module: "Review", threadId: this.runThreadId }))
      )
      this.complete(Exit.succeed(this.result("interrupted")))
      this.finish()
    }, this.graceMillis)
    connection.runFork(
      this.interruptOnServer.pipe(
        Effect.catchAll((error) =>
          Effect.logWarning(`review ${this.turnId} could not be interrupted; it may still run on the server`, error).pipe(
            Effect.annotateLogs({ module: "Review", threadId: this.runThreadId })
          )
        )
      )
    )
  }

  /**
   * The handle's scope closes: with `interruptOnExit`, a review still running is interrupted and
   * this completes when it ended (bounded by the grace). Then later uses of the handle, and
   * whoever still waits for a result it does not have, fail with `TurnHandleClosed`; the review
   * is still followed to its end, to free its thread.
   */
  closeHandle(interruptOnExit: boolean): Effect.Effect<void> {
    return Effect.suspend(() => {
      if (interruptOnExit && !this.finished) this.interrupt()
      return interruptOnExit && !this.finished ? this.ended : Effect.void
    }).pipe(
      Effect.ensuring(Effect.sync(() => {
        this.handleClosed = true
        this.events.close()
        const waiters = [...this.waiters]
        this.waiters.clear()
        const closed = Exit.fail(this.closedError())
        for (const resume of waiters) resume(closed)
      }))
    )
  }

  // -- internals

  private complete(exit: Exit.Exit<ReviewResult, ReviewError>): void {
    if (this.outcome !== undefined) return
    this.outcome = exit
    const waiters = [...this.waiters]
    this.waiters.clear()
    for (const resume of waiters) resume(exit)
  }

  private finish(): void {
    if (this.finished) return
    this.finished = true
    if (this.graceTimer !== undefined) clearTimeout(this.graceTimer)
    const { router } = this.internals.connection
    router.release(this.turnId, this)
    // the turn codex ran the review under never ends under its own id: not a live turn any more
    router.endDescendants(this.turnId)
    this.events.end()
    this.cancelSlot?.()
    this.cancelSlot = undefined
    for (const threadId of this.held) this.internals.slots.release(threadId)
    this.held.clear()
    this.wake(this.startedWaiters)
    this.wake(this.finishWaiters)
  }

  private wake(waiters: Set<() => void>): void {
    const all = [...waiters]
    waiters.clear()
    for (const waiter of all) waiter()
  }
}

/**
 * A review the server started whose caller is gone (it gave up waiting for the reply, or could
 * not read it): followed as any review, and interrupted at once; it keeps its thread until it
 * ended (at most the grace period).
 */
const stopOrphan = (internals: Internals, server: AppServer.Service, threadId: string, reply: unknown, graceMillis: number): boolean => {
  const turnId = Registry.idAt("turn.id", reply)
  if (turnId === undefined) return false
  const reviewThreadId = (reply as { readonly reviewThreadId?: unknown }).reviewThreadId
  const run = new ReviewRun(internals, server, threadId, typeof reviewThreadId === "string" ? reviewThreadId : threadId, turnId, graceMillis)
  run.holdSlots()
  internals.connection.router.claim(run.turnId, run)
  internals.connection.runFork(run.closeHandle(true))
  return true
}

/**
 * Sends `review/start` (the thread's slot is held) and waits for its reply, at most `timeoutMillis`
 * (retries included): the caller then fails with `RequestTimeout`, but a request that was sent
 * is still awaited, for the grace period, so that a review the server started all the same is
 * interrupted before its thread is free again (as `turn/start` does for a turn). A request not
 * sent yet is dropped; a refusal frees the thread; so does a reply that never comes (with a
 * warning).
 */
const requestStart = (
  internals: Internals,
  server: AppServer.Service,
  params: Schemas.ReviewStartParams,
  request: RequestOptions | undefined,
  timeoutMillis: number,
  graceMillis: number,
  parent: Option.Option<Tracer.AnySpan>
): Effect.Effect<Schemas.ReviewStartResponse, RequestError> =>
  Effect.async<Schemas.ReviewStartResponse, RequestError>((resume) => {
    const { connection, slots } = internals
    const { threadId } = params
    let state: "waiting" | "answered" | "abandoned" | "expired" = "waiting"
    let timer: ReturnType<typeof setTimeout> | undefined
    let graceTimer: ReturnType<typeof setTimeout> | undefined
    const answered = (exit: Exit.Exit<Schemas.ReviewStartResponse, RequestError>) => {
      if (timer !== undefined) clearTimeout(timer)
      if (graceTimer !== undefined) clearTimeout(graceTimer)
      const previous = state
      if (previous === "answered" || previous === "expired") return
      state = "answered"
      if (Exit.isSuccess(exit)) {
        // the caller gave up meanwhile: nobody follows this review, stop it
        if (previous === "abandoned" && !stopOrphan(internals, server, threadId, exit.value, graceMillis)) slots.release(threadId)
        if (previous === "waiting") resume(exit)
        return
      }
      // a reply the client could not read may hide a review that runs: stop it; a refusal started nothing
      const error = Cause.failureOption(exit.cause)
      const raw = Option.isSome(error) && error.value._tag === "ProtocolError" ? error.value.data : undefined
      if (raw === undefined || !stopOrphan(internals, server, threadId, raw, graceMillis)) slots.release(threadId)
      if (previous === "waiting") resume(exit)
    }
    let sent = false
    const reply = internals.request("review/start", params, { ...request, timeout: Duration.infinity }, () => {
      sent = true
    }) as Effect.Effect<Schemas.ReviewStartResponse, RequestError>
    // followed in a fiber of its own (it may outlive its caller); its span stays the caller's child
    const traced = Option.isSome(parent) ? Effect.withParentSpan(reply, parent.value) : reply
    const fiber = connection.runFork(
      Effect.exit(traced).pipe(
        Effect.flatMap((exit) => Effect.sync(() => answered(exit))),
        // interrupted: never sent (the caller gave up first), or the connection is closing
        Effect.onInterrupt(() =>
          Effect.sync(() => answered(Exit.fail(new AppServerExited({ phase: "closed", exitCode: null, signal: null, stderrTail: [] }))))
        )
      )
    )
    if (state !== "waiting" || !Number.isFinite(timeoutMillis)) return
    timer = setTimeout(() => {
      if (state !== "waiting") return
      state = "abandoned"
      resume(Exit.fail(new RequestTimeout({ method: "review/start", timeoutMillis })))
      // still waiting for a permit (maxRequestsInFlight): never sent, nothing started
      if (!sent) return void connection.runFork(Fiber.interrupt(fiber))
      if (!Number.isFinite(graceMillis)) return
      graceTimer = setTimeout(() => {
        if (state !== "abandoned") return
        state = "expired"
        slots.release(threadId)
        connection.runFork(
          Fiber.interrupt(fiber).pipe(
            Effect.zipRight(Effect.logWarning(
              `review/start did not answer within ${timeoutMillis + graceMillis} ms; the thread is free again (a review it started may still run)`
            )),
            Effect.annotateLogs({ module: "Review", threadId })
          )
        )
      }, graceMillis)
    }, timeoutMillis)
  })

/** Starts the review: waits for the thread's slot, sends `review/start`, follows its turn. */
const launch = (thread: ThreadRef, target: Schemas.ReviewTarget, options: StartOptions) =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const internals = internalsOf(server)
    const threadId = idOf(thread)
    const graceMillis = Duration.toMillis(internals.config.turnInterruptGrace)
    const badTimeout = Durations.check([["timeout", options.request?.timeout, true]])
    if (badTimeout !== undefined) {
      return yield* new InvalidParams({ method: "review/start", code: ErrorCode.InvalidParams, message: badTimeout })
    }
    const timeoutMillis = Durations.millisOr(options.request?.timeout, Duration.toMillis(internals.config.requestTimeout))
    const params: Schemas.ReviewStartParams = {
      threadId,
      target,
      ...(options.delivery === undefined ? {} : { delivery: options.delivery })
    }
    return yield* Effect.uninterruptibleMask((restore) =>
      Effect.gen(function*() {
        // one turn at a time per thread: wait for a running turn or review (interruptibly)
        yield* restore(acquireSlot(internals.slots, threadId))
        // once sent, the reply is awaited: a review the server started is never lost track of
        const parent = yield* Effect.option(Effect.currentParentSpan)
        const response = yield* requestStart(internals, server, params, options.request, timeoutMillis, graceMillis, parent)
        const run = new ReviewRun(internals, server, threadId, response.reviewThreadId, response.turn.id, graceMillis)
        run.holdSlots()
        // the router replays the events that came before the claim
        internals.connection.router.claim(run.turnId, run)
        yield* Effect.addFinalizer(() => run.closeHandle(options.interruptOnExit !== false))
        return { run, turn: response.turn }
      })
    )
  })

/** @internal */
export const start = (thread: ThreadRef, target: Schemas.ReviewTarget, options: StartOptions = {}) =>
  Effect.gen(function*() {
    const { run, turn } = yield* launch(thread, target, options)
    const { decodeEvent } = internalsOf(yield* AppServer.AppServer).connection
    const guard = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E | TurnHandleClosed> =>
      Effect.suspend((): Effect.Effect<A, E | TurnHandleClosed> => (run.handleClosed ? Effect.fail(run.closedError()) : effect))
    const handle: ReviewHandle = {
      threadId: run.threadId,
      reviewThreadId: run.reviewThreadId,
      turnId: run.turnId,
      turn,
      stream: Stream.suspend((): Stream.Stream<Events.Event, AppServerExited | ProtocolError | TurnHandleClosed> =>
        run.handleClosed ? Stream.fail(run.closedError()) : Stream.map(run.events.read(), decodeEvent)
      ),
      // a result the review had before its scope closed stays available
      run: run.await,
      interrupt: guard(run.interruptOnServer)
    }
    return handle
  }).pipe(Effect.withSpan("Review.start", { attributes: { threadId: idOf(thread), target: target.type } }))

/** @internal */
export const run = (thread: ThreadRef, target: Schemas.ReviewTarget, options: StartOptions = {}) =>
  Effect.scoped(
    Effect.flatMap(
      launch(thread, target, options),
      // inside its scope the handle is never closed
      ({ run }) => Effect.catchTag(run.await, "TurnHandleClosed", Effect.die)
    )
  ).pipe(Effect.withSpan("Review.run", { attributes: { threadId: idOf(thread), target: target.type } }))
