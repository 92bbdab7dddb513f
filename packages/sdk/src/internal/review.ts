/**
 * Review: `review/start` as a turn-like handle whose result is the review.
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Cause, Deferred, Duration, Effect, Exit, Option, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { AppServerExited } from "../Errors.js"
import { TurnFailed } from "../Errors.js"
import * as Events from "../Events.js"
import type { ReviewHandle, ReviewResult, StartOptions, ThreadRef } from "../Review.js"
import type { Item } from "../Turn.js"
import { EventLog } from "./eventLog.js"
import { completedTurnOf, finalResponse, itemOf } from "./turn.js"

const idOf = (thread: ThreadRef): string => (typeof thread === "string" ? thread : thread.id)

/** The review text: the last `exitedReviewMode` item's, `null` when there is none. @internal */
export const reviewText = (items: ReadonlyArray<Item>): string | null => {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!
    if (item.type === "exitedReviewMode") return item.review
  }
  return null
}

/** @internal */
export const start = (thread: ThreadRef, target: Schemas.ReviewTarget, options: StartOptions = {}) =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const threadId = idOf(thread)
    const response = yield* server.request(
      "review/start",
      { threadId, target, ...(options.delivery === undefined ? {} : { delivery: options.delivery }) },
      options.request
    )
    const turnId = response.turn.id
    const reviewThreadId = response.reviewThreadId
    // every consumer of `stream` reads the review's events from the first one
    const events = new EventLog<Events.Event>(true)
    const result = yield* Deferred.make<ReviewResult, TurnFailed | AppServerExited>()
    const items: Array<Item> = []
    let completed: Schemas.Turn | undefined
    let completedThreadId = reviewThreadId

    // one reader folds the turn's events (the router kept those that came before it) into the result
    yield* server.turnEvents(turnId).pipe(
      Stream.runForEach((event) =>
        Effect.sync(() => {
          events.offer(event)
          if (Events.is("item/completed")(event)) items.push(event.params.item)
          else if (event._tag === "UnknownNotification" && event.method === "item/completed") {
            const raw = (event.params as { readonly item?: unknown } | undefined)?.item
            if (raw !== undefined && raw !== null) items.push(itemOf(raw))
          }
          if (event._tag !== "ServerRequest" && event.method === "turn/completed") {
            // from a server newer or older than the pin too: what can be used of the raw params
            completed = completedTurnOf(event)
            const threadIdOf = (event.params as { readonly threadId?: unknown } | undefined)?.threadId
            if (typeof threadIdOf === "string") completedThreadId = threadIdOf
          }
        })
      ),
      Effect.exit,
      Effect.flatMap((exit) => {
        events.end(Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined)
        if (Exit.isFailure(exit)) return Deferred.failCause(result, exit.cause)
        const turn = completed
        const status = turn?.status ?? "interrupted"
        if (status === "failed") {
          return Deferred.fail(result, new TurnFailed({ threadId: completedThreadId, turnId, error: turn?.error ?? null }))
        }
        return Deferred.succeed(result, {
          threadId,
          reviewThreadId,
          turnId,
          status,
          review: reviewText(items),
          finalResponse: finalResponse(items),
          items,
          durationMs: turn?.durationMs ?? null
        })
      }),
      Effect.forkScoped
    )

    // codex 0.169.0 reports the review's events under the turn id `review/start` answered, but the
    // thread's active turn (the one `turn/interrupt` accepts) has another id: interrupt that one
    const interrupt = server.request("turn/interrupt", { threadId: completedThreadId, turnId }).pipe(
      Effect.catchTag("InvalidRequest", (error) =>
        server.request("thread/read", { threadId: completedThreadId, includeTurns: true }).pipe(
          Effect.flatMap(({ thread: read }) => {
            const active = read.turns.filter((t) => t.status === "inProgress")
            return active.length === 0
              ? Effect.fail(error)
              : Effect.forEach(active, (t) => server.request("turn/interrupt", { threadId: completedThreadId, turnId: t.id }), {
                discard: true
              })
          })
        )),
      Effect.asVoid
    )
    if (options.interruptOnExit !== false) {
      // the scope closes before the review ended: interrupt it, and wait (bounded) for its end
      yield* Effect.addFinalizer(() =>
        Deferred.isDone(result).pipe(
          Effect.flatMap((done) =>
            done ? Effect.void : interrupt.pipe(Effect.zipRight(Deferred.await(result)), Effect.timeout(Duration.seconds(10)))
          ),
          Effect.ignoreLogged
        )
      )
    }

    const handle: ReviewHandle = {
      threadId,
      reviewThreadId,
      turnId,
      turn: response.turn,
      stream: events.read(),
      run: Deferred.await(result),
      interrupt
    }
    return handle
  }).pipe(Effect.withSpan("Review.start", { attributes: { threadId: idOf(thread), target: target.type } }))

/** @internal */
export const run = (thread: ThreadRef, target: Schemas.ReviewTarget, options: StartOptions = {}) =>
  Effect.scoped(Effect.flatMap(start(thread, target, options), (handle) => handle.run)).pipe(
    Effect.withSpan("Review.run", { attributes: { threadId: idOf(thread), target: target.type } })
  )
