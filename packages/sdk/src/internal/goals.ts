/**
 * Goals: `thread/goal/*`, and a run that watches the server drive a goal's turns.
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Duration, Effect, Option, Ref, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { AppServerExited, RequestError } from "../Errors.js"
import { ErrorCode, InvalidParams } from "../Errors.js"
import * as Events from "../Events.js"
import type { FinishReason, Progress, RunOptions, SetOptions, ThreadRef } from "../Goals.js"

const idOf = (thread: ThreadRef): string => (typeof thread === "string" ? thread : thread.id)

/** @internal */
export const set = (thread: ThreadRef, objective: string, options: SetOptions = {}) =>
  Effect.flatMap(AppServer.AppServer, (server) =>
    server.request("thread/goal/set", {
      threadId: idOf(thread),
      objective,
      status: "active",
      ...(options.tokenBudget === undefined ? {} : { tokenBudget: options.tokenBudget })
    })).pipe(
      Effect.map((response) => response.goal),
      Effect.withSpan("Goals.set", { attributes: { threadId: idOf(thread) } })
    )

/** @internal */
export const get = (thread: ThreadRef) =>
  Effect.flatMap(AppServer.AppServer, (server) => server.request("thread/goal/get", { threadId: idOf(thread) })).pipe(
    Effect.map((response) => Option.fromNullable(response.goal)),
    Effect.withSpan("Goals.get", { attributes: { threadId: idOf(thread) } })
  )

/** @internal */
export const clear = (thread: ThreadRef) =>
  Effect.flatMap(AppServer.AppServer, (server) => server.request("thread/goal/clear", { threadId: idOf(thread) })).pipe(
    Effect.asVoid,
    Effect.withSpan("Goals.clear", { attributes: { threadId: idOf(thread) } })
  )

/** @internal */
export const pause = (thread: ThreadRef) =>
  Effect.flatMap(AppServer.AppServer, (server) => server.request("thread/goal/set", { threadId: idOf(thread), status: "paused" })).pipe(
    Effect.map((response) => response.goal),
    Effect.withSpan("Goals.pause", { attributes: { threadId: idOf(thread) } })
  )

/** @internal */
export const events = (thread: ThreadRef) => {
  const threadId = idOf(thread)
  return Stream.unwrap(Effect.map(AppServer.AppServer, (server) => server.events)).pipe(
    Stream.filter((event): event is Extract<Events.Event, { readonly method: "thread/goal/updated" | "thread/goal/cleared" }> =>
      (Events.is("thread/goal/updated")(event) || Events.is("thread/goal/cleared")(event)) && event.params.threadId === threadId
    )
  )
}

const terminal: Partial<Record<Schemas.ThreadGoalStatus, FinishReason>> = {
  complete: "complete",
  blocked: "blocked",
  budgetLimited: "budgetLimited",
  usageLimited: "usageLimited",
  paused: "paused"
}

/** @internal */
export const run = (
  thread: ThreadRef,
  objective: string,
  options: RunOptions = {}
): Stream.Stream<Progress, RequestError | AppServerExited, AppServer.AppServer> => {
  const threadId = idOf(thread)
  const maxTurns = options.maxTurns ?? 25
  if (!(maxTurns === Infinity || (Number.isInteger(maxTurns) && maxTurns > 0))) {
    return Stream.fail(
      new InvalidParams({
        method: "Goals.run",
        code: ErrorCode.InvalidParams,
        message: `maxTurns must be a positive integer (or Infinity), got ${String(maxTurns)}`
      })
    )
  }
  return Stream.unwrapScoped(Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    // subscribe before setting the goal: the server starts its first turn at once
    const global = yield* server.subscribeEvents
    const finished = yield* Ref.make(false)
    // the turns the thread has: a thread that never ran a turn has none to list (codex 0.169.0
    // answers MethodNotFound "list_turns is not supported yet")
    // answers MethodNotFound "list_turns is not supported yet"). The newest first, in time order
    const turnsOf = server.request("thread/read", { threadId, includeTurns: true }).pipe(
      Effect.map((response) => response.thread.turns),
      Effect.catchIf(
        (error) => error._tag === "MethodNotFound" || (error._tag === "InvalidRequest" && error.message.includes("not materialized")),
        () => Effect.succeed([] as ReadonlyArray<Schemas.Turn>)
      )
    )
    // the turns the thread had before are not the goal's
    const reported = new Set((yield* turnsOf).map((t) => t.id))
    const goal = yield* set(threadId, objective, options)

    // pause the goal and interrupt the turn the server is running for it
    const stop = Effect.gen(function*() {
      const paused = yield* pause(threadId).pipe(Effect.provideService(AppServer.AppServer, server))
      const running = (yield* turnsOf).filter((t) => t.status === "inProgress")
      yield* Effect.forEach(
        running,
        (t) =>
          server.request("turn/interrupt", { threadId, turnId: t.id }).pipe(
            // it may have ended meanwhile: "no active turn to interrupt"
            Effect.catchTag("InvalidRequest", () => Effect.void)
          ),
        { discard: true }
      )
      return paused
    })

    // if the consumer goes away first: stop (bounded)
    yield* Effect.addFinalizer(() =>
      Effect.gen(function*() {
        if (yield* Ref.get(finished)) return
        yield* stop
      }).pipe(
        // a finalizer is uninterruptible: the timeout can cut only what is made interruptible
        Effect.interruptible,
        Effect.timeout(Duration.seconds(10)),
        Effect.catchAllCause((cause) => Effect.logWarning("could not pause the goal", cause)),
        Effect.annotateLogs({ module: "Goals", threadId })
      )
    )

    // the thread's status, as its last `thread/status/changed` said
    let threadStatus: Schemas.ThreadStatus["type"] = "idle"
    // after a failed turn (`systemError`) the turn may read `interrupted` for a moment, before the
    // server recorded its failure: read again, briefly
    const turnsSettled = Effect.gen(function*() {
      let threadTurns = yield* turnsOf
      for (
        let attempt = 0;
        attempt < 50 && threadStatus === "systemError" &&
        threadTurns.some((t) => !reported.has(t.id) && t.status === "interrupted");
        attempt++
      ) {
        yield* Effect.sleep(Duration.millis(20))
        threadTurns = yield* turnsOf
      }
      return threadTurns
    })

    let turns = 0
    const afterTurn = Effect.gen(function*() {
      const out: Array<Progress> = []
      const threadTurns = yield* turnsSettled
      const current = Option.getOrUndefined(yield* get(threadId).pipe(Effect.provideService(AppServer.AppServer, server)))
      if (current === undefined) {
        out.push({ _tag: "Finished", reason: "cleared", goal: Option.none(), turns })
        return out
      }
      // every goal turn that ended since the last look (the next one may already run)
      for (const turn of threadTurns) {
        // the server goes on by itself: past the limit, turns are not the run's any more
        if (turns >= maxTurns) break
        if (reported.has(turn.id) || turn.status === "inProgress") continue
        reported.add(turn.id)
        turns++
        out.push({ _tag: "TurnCompleted", turn, goal: current, turns })
      }
      const reason = terminal[current.status]
      // the model may end the goal in a turn still running: finish after that turn
      const running = threadTurns.some((t) => t.status === "inProgress")
      if (reason !== undefined && running && reason !== "paused") return out
      if (reason !== undefined) {
        out.push({ _tag: "Finished", reason, goal: Option.some(current), turns })
      } else if (turns >= maxTurns) {
        const paused = yield* stop
        out.push({ _tag: "Finished", reason: "maxTurns", goal: Option.some(paused), turns })
      }
      return out
    })

    // a look after each turn's end: the thread no longer active (`idle`, or `systemError` after a
    // failed turn, when the server blocks the goal and starts nothing more), the goal no longer
    // active once the thread is not (the server may block it after the thread's status changed;
    // while a turn runs, the model's `update_goal` waits for the turn's end: a turn read then may
    // look interrupted), or cleared
    const progress = global.pipe(
      Stream.filter((event) => {
        if (Events.is("thread/status/changed")(event) && event.params.threadId === threadId) {
          threadStatus = event.params.status.type
          return threadStatus !== "active"
        }
        if (Events.is("thread/goal/updated")(event) && event.params.threadId === threadId) {
          return event.params.goal.status !== "active" && threadStatus !== "active"
        }
        return Events.is("thread/goal/cleared")(event) && event.params.threadId === threadId
      }),
      Stream.mapEffect(() => afterTurn),
      Stream.flattenIterables,
      Stream.takeUntil((p) => p._tag === "Finished"),
      Stream.tap((p) => p._tag === "Finished" ? Ref.set(finished, true) : Effect.void)
    )
    return Stream.concat(Stream.make<Array<Progress>>({ _tag: "Started", goal }), progress)
  })).pipe(Stream.withSpan("Goals.run", { attributes: { threadId } }))
}
