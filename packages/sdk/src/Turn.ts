/**
 * A running turn: its events as a `Stream`, its text as a `Stream` of deltas, its result, and
 * control (`steer`, `interrupt`). A turn lives in a scope: when the scope closes while the turn is
 * still running (for instance because the fiber consuming it was interrupted), the SDK sends
 * `turn/interrupt` for it, unless told not to.
 *
 * @since 0.1.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Scope } from "effect"
import { Chunk, Deferred, Effect, Option, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { AppServerExited, RequestError } from "./Errors.js"
import { TurnFailed } from "./Errors.js"
import * as Events from "./Events.js"
import * as Inputs from "./Inputs.js"

/**
 * What a completed turn produced.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnResult {
  readonly id: string
  readonly threadId: string
  readonly status: Schemas.TurnStatus
  readonly error: Schemas.TurnError | null
  /** The last `final_answer` agent message, else the last phase-less one; `null` if none. */
  readonly finalResponse: string | null
  /** Every item from `item/completed`, in order. */
  readonly items: ReadonlyArray<Schemas.ThreadItem>
  /**
   * The last token usage update of the turn. When the model reports no usage, codex 0.169.0
   * repeats the thread's previous numbers, so `last` can then describe an earlier turn.
   */
  readonly usage: Schemas.ThreadTokenUsage | null
  readonly startedAt: number | null
  readonly completedAt: number | null
  readonly durationMs: number | null
}

/**
 * A turn being run.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnHandle {
  readonly id: string
  readonly threadId: string
  /**
   * The turn's events, ending after `turn/completed`. Consume it once (several consumers would
   * split the events); stopping early is fine: `run` picks up where it stopped.
   */
  readonly stream: Stream.Stream<Events.Event, AppServerExited>
  /** The text of the agent's messages as it streams (`item/agentMessage/delta`). Same rule as `stream`. */
  readonly textDeltas: Stream.Stream<string, AppServerExited>
  /** Runs the turn to its end (consuming what nobody consumed) and returns its result. */
  readonly run: Effect.Effect<TurnResult, TurnFailed | AppServerExited>
  /** Adds input to the running turn. */
  readonly steer: (input: Inputs.Input) => Effect.Effect<Schemas.TurnSteerResponse, RequestError>
  /** Asks the server to interrupt the turn; it then completes with status `interrupted`. */
  readonly interrupt: Effect.Effect<void, RequestError>
}

/**
 * The final response of a turn from its completed items: the last agent message whose phase is
 * `final_answer`, else the last agent message without a phase; commentary never counts; an empty
 * text is kept; `null` when there is none.
 *
 * @since 0.1.0
 * @category getters
 */
export const finalResponse = (items: ReadonlyArray<Schemas.ThreadItem>): string | null => {
  let phaseless: string | null = null
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    if (item.type !== "agentMessage") continue
    if (item.phase === "final_answer") return item.text
    if ((item.phase === null || item.phase === undefined) && phaseless === null) phaseless = item.text
  }
  return phaseless
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 * @category models
 */
export interface MakeOptions {
  /** Send `turn/interrupt` when the turn's scope closes before it completed. Default true. */
  readonly interruptOnExit?: boolean
  /** Runs once the turn has completed (or failed). */
  readonly onComplete?: Effect.Effect<void>
}

/**
 * Wraps a started turn into a handle. The scope owns it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (
  server: AppServer.Service,
  threadId: string,
  started: AppServer.StartedTurn,
  options: MakeOptions = {}
): Effect.Effect<TurnHandle, never, Scope.Scope> =>
  Effect.gen(function*() {
    const turnId = started.turn.id
    const done = yield* Deferred.make<TurnResult, TurnFailed | AppServerExited>()
    const items: Array<Schemas.ThreadItem> = []
    let usage: Schemas.ThreadTokenUsage | null = null

    const complete = (turn: Schemas.Turn) => {
      const result: TurnResult = {
        id: turnId,
        threadId,
        status: turn.status,
        error: turn.error ?? null,
        finalResponse: finalResponse(items),
        items: items.slice(),
        usage,
        startedAt: turn.startedAt ?? null,
        completedAt: turn.completedAt ?? null,
        durationMs: turn.durationMs ?? null
      }
      Deferred.unsafeDone(
        done,
        turn.status === "failed"
          ? Effect.fail(new TurnFailed({ threadId, turnId, error: turn.error ?? null }))
          : Effect.succeed(result)
      )
    }

    const observe = (event: Events.Event) => {
      if (event._tag !== "Notification") return
      switch (event.method) {
        case "item/completed":
          items.push(event.params.item)
          break
        case "thread/tokenUsage/updated":
          usage = event.params.tokenUsage
          break
        case "turn/completed":
          complete(event.params.turn)
      }
    }

    // Every event is observed as it is pulled, before any downstream operator can drop it.
    const tracked = started.events.pipe(
      Stream.mapChunks((chunk) => {
        Chunk.forEach(chunk, observe)
        return chunk
      }),
      Stream.tapError((error) => Deferred.fail(done, error))
    )

    let consuming = false
    const consume = <A, E>(f: (events: typeof tracked) => Stream.Stream<A, E>) =>
      Stream.suspend(() => {
        if (consuming) return Stream.dieMessage(`turn ${turnId}: its events are already being consumed`)
        consuming = true
        return f(tracked).pipe(Stream.ensuring(Effect.sync(() => (consuming = false))))
      })

    const stream = consume((events) => events)
    const textDeltas = consume((events) =>
      events.pipe(Stream.filterMap((event) =>
        Events.is("item/agentMessage/delta")(event) ? Option.some(event.params.delta) : Option.none()
      ))
    )
    const run = Effect.suspend(() => (consuming ? Effect.void : Stream.runDrain(stream))).pipe(
      Effect.zipRight(Deferred.await(done)),
      Effect.withSpan("Turn.run", { attributes: { threadId, turnId } })
    )

    const interrupt = server.request("turn/interrupt", { threadId, turnId }).pipe(
      Effect.asVoid,
      Effect.withSpan("Turn.interrupt", { attributes: { threadId, turnId } })
    )

    if (options.onComplete !== undefined) {
      yield* Deferred.await(done).pipe(Effect.exit, Effect.zipRight(options.onComplete), Effect.forkScoped)
    }

    if (options.interruptOnExit !== false) {
      yield* Effect.addFinalizer(() =>
        Effect.flatMap(Deferred.isDone(done), (isDone) =>
          isDone ? Effect.void : interrupt.pipe(Effect.timeout("5 seconds"), Effect.ignore))
      )
    }

    return {
      id: turnId,
      threadId,
      stream,
      textDeltas,
      run,
      steer: (input) =>
        server.request("turn/steer", { threadId, expectedTurnId: turnId, input: Inputs.toWire(input) }).pipe(
          Effect.withSpan("Turn.steer", { attributes: { threadId, turnId } })
        ),
      interrupt
    } satisfies TurnHandle
  })
