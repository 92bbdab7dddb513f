/**
 * Goals: an objective a thread works on across turns (`thread/goal/set|get|clear`). While a goal is
 * active, the server itself starts turn after turn toward it, until the model reports the goal
 * `complete` (or `blocked`) through its `update_goal` tool, the goal's token budget is used up
 * (`budgetLimited`), or somebody pauses or clears it. `Goals.run` sets a goal and follows it as a
 * `Stream` of progress, with a turn limit of its own.
 *
 * ```ts
 * const progress = Goals.run(thread, "Make the test suite pass", { tokenBudget: 200_000, maxTurns: 10 })
 * yield* progress.pipe(Stream.runForEach((p) => Console.log(p._tag)))
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Option, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { AppServerExited, RequestError } from "./Errors.js"
import type * as Events from "./Events.js"
import * as internal from "./internal/goals.js"

/**
 * A thread: its handle or its id.
 *
 * @since 0.3.0
 * @category models
 */
export type ThreadRef = { readonly id: string } | string

/**
 * Options of {@link set}: `tokenBudget`, the tokens the goal may use; past it the server marks the
 * goal `budgetLimited` and starts no more turns for it.
 *
 * @since 0.3.0
 * @category models
 */
export interface SetOptions {
  /** The tokens the goal may use; default none (no budget is sent). */
  readonly tokenBudget?: number
}

/**
 * Options of {@link run}: {@link SetOptions}, and `maxTurns`, the most turns to follow (default
 * 25): then the goal is paused and the run finishes with reason `maxTurns`.
 *
 * @since 0.3.0
 * @category models
 */
export interface RunOptions extends SetOptions {
  /**
   * The most turns the run follows before it pauses the goal and finishes with reason `maxTurns`:
   * a positive integer, or `Infinity` for no limit of the run's own (the goal's status and token
   * budget still end it). Default 25. Anything else fails the run with `InvalidParams`.
   */
  readonly maxTurns?: number
}

/**
 * Why a goal run finished: the goal's status (`complete`, `blocked`, `budgetLimited`,
 * `usageLimited`, `paused`), `cleared`, or `maxTurns` (the run's own limit; the goal is then
 * paused).
 *
 * @since 0.3.0
 * @category models
 */
export type FinishReason = "complete" | "blocked" | "budgetLimited" | "usageLimited" | "paused" | "cleared" | "maxTurns"

/**
 * The progress of a goal run: `Started` (the goal as set), one `TurnCompleted` per turn the server
 * ran for it (the turn as `thread/read` reports it, the goal after it, the count so far), and
 * `Finished` last (the goal, `None` when it was cleared).
 *
 * @since 0.3.0
 * @category models
 */
export type Progress =
  | { readonly _tag: "Started"; readonly goal: Schemas.ThreadGoal }
  | { readonly _tag: "TurnCompleted"; readonly turn: Schemas.Turn; readonly goal: Schemas.ThreadGoal; readonly turns: number }
  | {
    readonly _tag: "Finished"
    readonly reason: FinishReason
    readonly goal: Option.Option<Schemas.ThreadGoal>
    readonly turns: number
  }

/**
 * Sets the thread's goal (`thread/goal/set`, status `active`): the server starts working on it at
 * once, turn after turn, whether or not anybody watches. Prefer {@link run}, which stops it when
 * its consumer goes away.
 *
 * @since 0.3.0
 * @category combinators
 */
export const set: (
  thread: ThreadRef,
  objective: string,
  options?: SetOptions
) => Effect.Effect<Schemas.ThreadGoal, RequestError, AppServer.AppServer> = internal.set

/**
 * The thread's goal (`thread/goal/get`), `None` when it has none.
 *
 * @since 0.3.0
 * @category combinators
 */
export const get: (thread: ThreadRef) => Effect.Effect<Option.Option<Schemas.ThreadGoal>, RequestError, AppServer.AppServer> =
  internal.get

/**
 * Pauses the thread's goal (`thread/goal/set` with status `paused`): the server starts no more
 * turns for it; the running turn goes on.
 *
 * @since 0.3.0
 * @category combinators
 */
export const pause: (thread: ThreadRef) => Effect.Effect<Schemas.ThreadGoal, RequestError, AppServer.AppServer> = internal.pause

/**
 * Removes the thread's goal (`thread/goal/clear`).
 *
 * @since 0.3.0
 * @category combinators
 */
export const clear: (thread: ThreadRef) => Effect.Effect<void, RequestError, AppServer.AppServer> = internal.clear

/**
 * The thread's `thread/goal/updated` and `thread/goal/cleared` notifications that belong to no
 * turn (a change made with {@link set}, {@link pause}, {@link clear}). A change the model makes
 * during a turn (its `update_goal` tool) carries that turn's id and arrives on the turn's stream.
 *
 * @since 0.3.0
 * @category combinators
 */
export const events: (
  thread: ThreadRef
) => Stream.Stream<
  Extract<Events.Event, { readonly method: "thread/goal/updated" | "thread/goal/cleared" }>,
  AppServerExited,
  AppServer.AppServer
> = internal.events

/**
 * Sets the goal and follows the turns the server runs for it, as a `Stream` of {@link Progress}
 * ending with `Finished`: when the goal is complete, blocked (also after a failed goal turn, which
 * is reported first), over its budget, paused or cleared, or after `maxTurns` turns (then it
 * pauses the goal). A consumer that stops early (interruption, `Stream.take`, a timeout) pauses
 * the goal and interrupts its running turn (bounded). A `maxTurns` that is not a positive integer
 * (or `Infinity`) fails the run with `InvalidParams` before the goal is set.
 *
 * The server runs the goal's turns on its own, not through the SDK's `Thread`: a turn started on the
 * thread meanwhile joins the running goal turn as a steer.
 *
 * @since 0.3.0
 * @category combinators
 */
export const run: (
  thread: ThreadRef,
  objective: string,
  options?: RunOptions
) => Stream.Stream<Progress, RequestError | AppServerExited, AppServer.AppServer> = internal.run
