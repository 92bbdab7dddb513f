/**
 * A client that reconnects: each connection is its own `AppServer` and `Codex` in its own scope
 * (a connection is a JSON-RPC session: `initialize`, request ids, turn subscriptions), and the
 * service the user holds delegates to the current one. A supervisor fiber waits for the current
 * connection to end, then builds the next by the schedule.
 *
 * @internal
 */
import { Deferred, Duration, Effect, ExecutionStrategy, Exit, Option, PubSub, Ref, Schedule, Scope, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import * as AppServerConfig from "../AppServerConfig.js"
import type * as AppServerSocket from "../AppServerSocket.js"
import * as Codex from "../Codex.js"
import type { AppServerStartFailed } from "../Errors.js"
import { AppServerExited } from "../Errors.js"
import * as Events from "../Events.js"
import type * as Reconnect from "../Reconnect.js"
import * as Rpc from "../Rpc.js"
import type { Restarted } from "./supervisor.js"
import { restartedMethod } from "./supervisor.js"
import type * as Transport from "../Transport.js"

/** @internal */
export const defaultSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("500 millis").pipe(
  Schedule.union(Schedule.spaced("10 seconds"))
)

type ConnectError = AppServerSocket.ConnectError | AppServerStartFailed | AppServerExited

interface Instance {
  readonly scope: Scope.CloseableScope
  readonly server: AppServer.Service
  readonly codex: Codex.Service
}

/** @internal */
export const make = Effect.fnUntraced(function*(
  connect: Effect.Effect<Transport.Service, AppServerSocket.ConnectError, Scope.Scope>,
  options: Reconnect.Options = {}
) {
  const client = options.client ?? {}
  const config = AppServerConfig.resolve(client)
  const schedule = options.schedule ?? defaultSchedule
  const waitMillis = Duration.toMillis(Duration.decode(options.waitTimeout ?? config.requestTimeout))
  const context = yield* Effect.context<never>()
  const outer = yield* Effect.scope

  const build: Effect.Effect<Instance, ConnectError> = Effect.gen(function*() {
    const scope = yield* Scope.fork(outer, ExecutionStrategy.sequential)
    const exit = yield* Effect.exit(Effect.gen(function*() {
      const transport = yield* connect
      const server = yield* AppServer.makeWith(transport, client)
      const codex = yield* Codex.make.pipe(Effect.provideService(AppServer.AppServer, server))
      return { scope, server, codex } satisfies Instance
    }).pipe(Scope.extend(scope), Effect.provide(context)))
    if (Exit.isFailure(exit)) yield* Scope.close(scope, exit)
    return yield* exit
  })

  const events = yield* PubSub.unbounded<Reconnect.ConnectionEvent>()
  const first = yield* build
  let last: Instance = first
  let lastError: AppServerExited | undefined
  const reconnects = yield* Ref.make(0)
  // `connected` completes with the live connection; `replaced` when a new `connected` replaces it
  let state = {
    connected: yield* Deferred.make<Instance, AppServerExited>(),
    replaced: yield* Deferred.make<void>()
  }
  yield* Deferred.succeed(state.connected, first)

  // the supervisor: when the connection ends, reconnect by the schedule
  const supervise = (instance: Instance): Effect.Effect<void> =>
    Effect.gen(function*() {
      const reason = yield* instance.server.exited
      lastError = reason
      const old = state
      state = { connected: yield* Deferred.make<Instance, AppServerExited>(), replaced: yield* Deferred.make<void>() }
      yield* Deferred.succeed(old.replaced, undefined)
      yield* PubSub.publish(events, { _tag: "Disconnected", reason })
      yield* Scope.close(instance.scope, Exit.void)
      let attempts = 0
      const next = yield* build.pipe(
        Effect.tapError((error) =>
          Effect.suspend(() => {
            attempts++
            return PubSub.publish(events, { _tag: "ReconnectFailed", attempt: attempts, error })
          })
        ),
        Effect.retry(schedule),
        Effect.option
      )
      if (Option.isNone(next)) {
        yield* PubSub.publish(events, { _tag: "GaveUp", attempts })
        yield* Deferred.fail(state.connected, reason)
        return
      }
      last = next.value
      yield* Ref.update(reconnects, (n) => n + 1)
      yield* Deferred.succeed(state.connected, next.value)
      yield* PubSub.publish(events, { _tag: "Reconnected", attempts: attempts + 1 })
      return yield* supervise(next.value)
    })
  yield* Effect.forkScoped(
    supervise(first).pipe(
      Effect.catchAllCause((cause) => Effect.logError("the reconnect supervisor failed", cause)),
      Effect.annotateLogs({ module: "Reconnect" })
    )
  )

  /** The live connection other than `previous` (waits while there is none). */
  const nextAfter = (previous: Instance | undefined): Effect.Effect<Instance, AppServerExited> =>
    Effect.suspend(() => {
      const s = state
      return Deferred.await(s.connected).pipe(
        Effect.flatMap((instance) =>
          instance === previous ? Deferred.await(s.replaced).pipe(Effect.zipRight(nextAfter(previous))) : Effect.succeed(instance)
        )
      )
    })

  // a call made while disconnected waits for the next connection, within `waitTimeout`
  const current: Effect.Effect<Instance, AppServerExited> = nextAfter(undefined).pipe(
    Effect.timeoutFail({
      duration: waitMillis,
      onTimeout: () =>
        lastError ?? new AppServerExited({ phase: "running", exitCode: null, signal: null, stderrTail: [], connection: "not reconnected in time" })
    })
  )
  const on = <A, E, R>(f: (codex: Codex.Service) => Effect.Effect<A, E, R>) =>
    Effect.flatMap(current, (instance) => f(instance.codex))

  // the global events of each connection in turn, for as long as it reconnects
  const eventsAfter = (previous: Instance | undefined): Stream.Stream<Events.Event> =>
    Stream.unwrap(
      Effect.map(Effect.option(nextAfter(previous)), (next) =>
        Option.isNone(next)
          ? Stream.empty
          : Stream.concat(
            // after a reconnect, the same notice a supervised child process gives after a restart
            previous === undefined ? Stream.empty : Stream.fromEffect(Effect.map(Ref.get(reconnects), (restarts) =>
              Events.decode({
                method: restartedMethod,
                params: {
                  restarts,
                  pid: next.value.server.pid,
                  exit: { exitCode: lastError?.exitCode ?? null, signal: lastError?.signal ?? null }
                } satisfies Restarted
              }))),
            Stream.concat(
              next.value.codex.events.pipe(Stream.catchAll(() => Stream.empty)),
              Stream.suspend(() => eventsAfter(next.value))
            )
          ))
    )

  const request = ((method: string, ...args: ReadonlyArray<unknown>) =>
    on((c) => (c.request as (...a: ReadonlyArray<unknown>) => Effect.Effect<unknown, unknown>)(method, ...args))) as Codex.Service["request"]

  const codex: Codex.Service = {
    get metadata() {
      return last.codex.metadata
    },
    threadStart: (o) => on((c) => c.threadStart(o)),
    threadResume: (id, o) => on((c) => c.threadResume(id, o)),
    threadFork: (id, o) => on((c) => c.threadFork(id, o)),
    thread: (id) => last.codex.thread(id),
    threadList: (p) => on((c) => c.threadList(p)),
    threadListAll: (p) => Stream.unwrap(Effect.map(current, (i) => i.codex.threadListAll(p))),
    threadArchive: (id) => on((c) => c.threadArchive(id)),
    threadUnarchive: (id) => on((c) => c.threadUnarchive(id)),
    models: (p) => on((c) => c.models(p)),
    loginApiKey: (k) => on((c) => c.loginApiKey(k)),
    loginChatgpt: on((c) => c.loginChatgpt),
    loginDeviceCode: on((c) => c.loginDeviceCode),
    account: (p) => on((c) => c.account(p)),
    logout: on((c) => c.logout),
    events: eventsAfter(undefined),
    request,
    rpc: Rpc.make(request)
  }

  const connection: Reconnect.Service = {
    changes: Stream.fromPubSub(events),
    subscribe: Effect.map(PubSub.subscribe(events), (queue) => Stream.fromQueue(queue)),
    reconnects: Ref.get(reconnects),
    server: Effect.map(current, (i) => i.server),
    reattach: (thread) => on((c) => c.threadResume(thread.id))
  }
  return { codex, connection }
})
