/**
 * A pool of app-servers on one host behind one `Codex` client (`Codex.layerPool`): N members,
 * each an app-server supervised by a restart `Schedule`. A new thread (`threadStart`, and
 * `threadResume`, `threadFork`, `threadUnarchive` of a thread the pool has not placed yet) goes to
 * the least-loaded live member; a thread stays on its member for its whole life (`codex.thread`,
 * resume, fork, archive and any request with a `threadId` go there). A member that dies fails only
 * its own turns (`AppServerExited`) and is restarted; while it is down, new threads land on the
 * others. Operations tied to no thread (models, account, thread lists) go to any live member;
 * `loginApiKey` and `logout` go to every member. `codex.events` merges every member's events: a
 * member that stays down (its restart schedule gave up) ends only its own part, and the merged
 * stream ends once every member's part has ended (failing with `AppServerExited` when the last
 * one to end failed).
 *
 * This module is the pool's own view: its members and their figures.
 *
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { Codex, CodexPool } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.threadStart()
 *   yield* thread.run("Say hello in one sentence.")
 *   const members = yield* CodexPool.stats
 *   yield* Effect.log(members.map((m) => `${m.index}: ${m.threads} threads`).join(", "))
 * })
 *
 * program.pipe(Effect.provide(Codex.layerPool({ size: 4 })), Effect.runPromise)
 * ```
 *
 * @since 0.4.0
 */
import type { Scope } from "effect"
import { Context, Effect, Schedule } from "effect"
import { dual } from "effect/Function"
import * as AppServer from "./AppServer.js"
import type * as AppServerConfig from "./AppServerConfig.js"
import type { CodexBinaryNotFound } from "./CodexBinary.js"
import type { AppServerExited, AppServerStartFailed } from "./Errors.js"
import type { Stats } from "./JsonRpc.js"

/**
 * The largest pool `Codex.layerPool` starts (64 members): each member is a whole app-server, and
 * a larger `size` is refused with `AppServerStartFailed` (`InvalidOptions`) before anything starts.
 *
 * @since 0.4.0
 * @category constants
 */
export const maxSize = 64

/**
 * Options of `Codex.layerPool`: the number of members, and the options of each member's
 * app-server (every `AppServerConfig` option; `restartSchedule` defaults to
 * {@link defaultRestartSchedule}). `E` is what making a member may fail with, besides the errors
 * of starting a child process (for members connected over a socket: `AppServerSocket.ConnectError`).
 *
 * @since 0.4.0
 * @category models
 */
export interface Options<E = never> extends AppServerConfig.Options {
  /** How many app-servers: an integer from 1 to {@link maxSize}. */
  readonly size: number
  /**
   * How to make member `index` (from 0), given the pool's app-server options (with the restart
   * schedule filled in). By default a supervised child process: `AppServer.make(options)`. Any
   * `AppServer` made by this SDK fits (`AppServer.make`, `AppServer.makeWith` over a transport,
   * `AppServer.makeConnecting(AppServerSocket.webSocket(...), options)` for a listening server);
   * the scope owns it. Its error type becomes part of the layer's.
   */
  readonly member?: (
    index: number,
    options: AppServerConfig.Options
  ) => Effect.Effect<AppServer.Service, E | CodexBinaryNotFound | AppServerStartFailed | AppServerExited, Scope.Scope>
}

/**
 * The figures of one member.
 *
 * @since 0.4.0
 * @category models
 */
export interface MemberStats {
  /** The member's position in the pool, from 0. */
  readonly index: number
  /** The process id of its current app-server (`undefined` on a transport that is no child process). */
  readonly pid: number | undefined
  /** Whether its current app-server is up (false between a crash and the restart). */
  readonly alive: boolean
  /**
   * Threads on it with an open handle from the pool (or loaded by a raw `thread/start`,
   * `thread/resume`, `thread/fork` request): its share of the load. A thread whose handles are all
   * closed no longer counts, but stays placed on this member.
   */
  readonly threads: number
  /** Thread placements under way (started, not yet answered). */
  readonly placing: number
  /** Turns running on it now. */
  readonly liveTurns: number
  /** Times it was restarted. */
  readonly restarts: number
  /** Its connection counters. */
  readonly connection: Stats
}

/**
 * The pool's own view.
 *
 * @since 0.4.0
 * @category models
 */
export interface Service {
  /** The number of members. */
  readonly size: number
  /** The figures of each member, in index order. */
  readonly stats: Effect.Effect<ReadonlyArray<MemberStats>>
  /**
   * The index of the member a thread was placed on; `undefined` for a thread the pool has not
   * placed, or whose member has unloaded it (`thread/closed`) since.
   */
  readonly memberOf: (threadId: string) => number | undefined
  /** The app-server of member `index` (a supervised facade: it follows restarts). */
  readonly server: (index: number) => AppServer.Service | undefined
  /**
   * The app-server of the member a thread lives on; for a thread the pool has not placed, the
   * least-loaded live member's (where the pool would place it).
   */
  readonly serverOf: (threadId: string) => AppServer.Service
}

/**
 * The pool service, provided by `Codex.layerPool` next to `Codex`.
 *
 * @since 0.4.0
 * @category tags
 */
export class CodexPool extends Context.Tag("@effect-codex/sdk/CodexPool")<CodexPool, Service>() {}

/**
 * The restart schedule of a member when the options give none: forever, after 100 ms doubling up
 * to 5 s between attempts.
 *
 * @since 0.4.0
 * @category constants
 */
export const defaultRestartSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("100 millis").pipe(
  Schedule.union(Schedule.spaced("5 seconds"))
)

/**
 * The figures of each member of the pool in context.
 *
 * @since 0.4.0
 * @category accessors
 */
export const stats: Effect.Effect<ReadonlyArray<MemberStats>, never, CodexPool> = Effect.flatMap(CodexPool, (pool) => pool.stats)

/**
 * The index of the member a thread was placed on, in the pool in context.
 *
 * @since 0.4.0
 * @category accessors
 */
export const memberOf = (threadId: string): Effect.Effect<number | undefined, never, CodexPool> =>
  Effect.map(CodexPool, (pool) => pool.memberOf(threadId))

/**
 * Runs an effect that needs an `AppServer` (`Goals`, `Review`, `ExternalInput`, `Tools.serve`,
 * `Threads`, ...) on the member a thread lives on, in the pool in context. (`Tools.threadStart`
 * starts a thread of its own: give it one member's `AppServer` instead, see docs/pool.md.)
 *
 * ```ts
 * const goal = yield* CodexPool.onThread(thread.id, Goals.get(thread))
 * ```
 *
 * @since 0.4.0
 * @category combinators
 */
export const onThread: {
  (threadId: string): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, Exclude<R, AppServer.AppServer> | CodexPool>
  <A, E, R>(threadId: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, Exclude<R, AppServer.AppServer> | CodexPool>
} = dual(
  2,
  <A, E, R>(threadId: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, Exclude<R, AppServer.AppServer> | CodexPool> =>
    Effect.flatMap(CodexPool, (pool) => Effect.provideService(effect, AppServer.AppServer, pool.serverOf(threadId)))
)
