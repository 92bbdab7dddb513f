/**
 * Supervision (opt in, `restartSchedule`): one app-server process at a time, replaced by a fresh,
 * initialized one when it dies, for as long as the schedule recurs.
 *
 * The service handed out is a facade over the current process ("incarnation"):
 * - requests wait for a live incarnation and run on it; what was in flight when it died fails
 *   with `AppServerExited` (nothing is replayed: a request may have had effects); a request that
 *   waited for a permit and was never written goes to the next incarnation;
 * - registrations (handlers, the client's approvals, global subscribers) are kept here and
 *   applied to every incarnation, so the user API built on the facade keeps working;
 * - global events continue across restarts, with a disconnect and a restart notification
 *   between incarnations;
 * - a failed attempt to start the next incarnation is logged, fed to the schedule, and kept as
 *   the `cause` of what waiting calls (and the final `exited`) fail with;
 * - `exited` completes once the schedule gave up (or the scope closed).
 *
 * Each incarnation lives in a child scope of the facade's scope: closing it stops the process
 * (its whole process group); closing the facade's scope closes the current one.
 *
 * @internal
 */
import type { Registry } from "@effect-codex/protocol"
import { Cause, Deferred, Duration, Effect, ExecutionStrategy, Exit, Fiber, FiberId, FiberSet, Mailbox, Option, Schedule, Scope, Stream } from "effect"
import type * as AppServer from "../AppServer.js"
import type * as AppServerConfig from "../AppServerConfig.js"
import type { CodexBinaryNotFound } from "../CodexBinary.js"
import type { AppServerStartFailed } from "../Errors.js"
import type { RequestError } from "../Errors.js"
import { AppServerExited } from "../Errors.js"
import type { RequestOptions } from "../JsonRpc.js"
import * as Durations from "./duration.js"
import type * as Events from "../Events.js"
import type { Internals } from "./appServer.js"
import type { Connection } from "./connection.js"
import * as Metrics from "./metrics.js"
import type { Inbound } from "./peer.js"
import type { Subscriber } from "./router.js"
import type { Dispatcher, Registration } from "./serverRequests.js"
import { ThreadSlots } from "./threads.js"

/** The method of the notification `events` carries after each restart. @internal */
export const restartedMethod = "effect-codex/appServer/restarted" as const

/** The params of {@link restartedMethod}. @internal */
export interface Restarted {
  /** Restarts so far, this one included. */
  readonly restarts: number
  /** The new process's id. */
  readonly pid: number | undefined
  /** Why the previous process ended. */
  readonly exit: { readonly exitCode: number | null; readonly signal: string | null }
}

/** The method of the notification `events` carries when the supervised process or connection ends. @internal */
export const disconnectedMethod = "effect-codex/appServer/disconnected" as const

/** The params of {@link disconnectedMethod}. @internal */
export interface Disconnected {
  /** Restarts so far (the one about to be attempted not included). */
  readonly restarts: number
  /** The id of the process that ended (`undefined` over a socket). */
  readonly pid: number | undefined
  /** How the process ended (both `null` over a socket). */
  readonly exit: { readonly exitCode: number | null; readonly signal: string | null }
  /** Over a socket: how the connection ended. */
  readonly connection: string | undefined
}

/** The disconnect notification, its params typed. @internal */
export const isDisconnected = (
  event: Events.Event
): event is Events.UnknownNotification & { readonly method: typeof disconnectedMethod; readonly params: Disconnected } =>
  event._tag === "UnknownNotification" && event.method === disconnectedMethod

/** The restart notification, its params typed. @internal */
export const isRestarted = (
  event: Events.Event
): event is Events.UnknownNotification & { readonly method: typeof restartedMethod; readonly params: Restarted } =>
  event._tag === "UnknownNotification" && event.method === restartedMethod

/** What the supervisor needs from `appServer.ts` (passed in, so that data flows one way). @internal */
export interface Deps<E = CodexBinaryNotFound | AppServerStartFailed | AppServerExited> {
  /** A fresh, initialized app-server: a child process, or a connection to a listening one. */
  readonly spawn: Effect.Effect<AppServer.Service, E, Scope.Scope>
  /**
   * Which failures of the first `spawn` are retried by the restart schedule too (a remote server
   * not up yet); by default none: a first start that fails fails at once.
   */
  readonly retryFirst?: ((error: E) => boolean) | undefined
  readonly internalsOf: (service: AppServer.Service) => Internals
  readonly setInternals: (service: AppServer.Service, internals: Internals) => void
  readonly handlerRegistration: <M extends Registry.ServerRequestMethod, E>(
    method: M,
    handler: AppServer.ServerRequestHandler<M, E>
  ) => Registration
}

interface Incarnation {
  readonly service: AppServer.Service
  readonly connection: Connection
  readonly scope: Scope.CloseableScope
  /** How to undo what was applied to it (registrations, the global subscription). */
  readonly applied: Map<Entry, () => void>
  unsubscribe: () => void
}

interface Entry {
  readonly method: string
  readonly registration: Registration
  readonly threadId: string | undefined
}

/** `exited` with the failure of the last attempt to replace it as its `cause`, if one failed. */
const withFailure = (exited: AppServerExited, failure: unknown) =>
  failure === undefined ? exited : new AppServerExited({ ...exited, cause: failure })

const givenUp = (last: AppServerExited, failure: unknown) =>
  new AppServerExited({
    ...last,
    phase: last.phase === "closed" ? "closed" : "running",
    ...(failure === undefined ? {} : { cause: failure })
  })

/** An error for a log line: its tag and message. */
const describe = (error: unknown): string => {
  if (typeof error === "object" && error !== null && "message" in error) {
    const tag = "_tag" in error && typeof error._tag === "string" ? error._tag : error instanceof Error ? error.name : "Error"
    return `${tag}: ${String(error.message)}`
  }
  return String(error)
}

const isExited = (error: unknown): error is AppServerExited =>
  typeof error === "object" && error !== null && (error as { _tag?: unknown })._tag === "AppServerExited"

const noop = () => {}

/** @internal */
export const make = Effect.fnUntraced(function*<E>(config: AppServerConfig.Resolved, deps: Deps<E>) {
  const scope = yield* Effect.scope
  const runFork = yield* FiberSet.makeRuntime<never>()
  const entries: Array<Entry> = []
  const globals = new Set<Subscriber>()
  const finished = yield* Deferred.make<AppServerExited>()
  let ready = yield* Deferred.make<Incarnation, AppServerExited>()
  let readyDone = false
  /** Calls from now on wait for the next incarnation (idempotent until it is ready). */
  const renew = () => {
    if (!readyDone || over !== undefined) return
    ready = Deferred.unsafeMake<Incarnation, AppServerExited>(FiberId.none)
    readyDone = false
  }
  const resolve = (incarnation: Incarnation) => {
    Deferred.unsafeDone(ready, Exit.succeed(incarnation))
    readyDone = true
  }
  let restarts = 0
  /** The failure of the last attempt to replace the process that ended, while it is down. */
  let lastFailure: unknown = undefined
  /** Why the facade ended, once it has. */
  let over: AppServerExited | undefined
  const end = (reason: AppServerExited) => {
    if (over !== undefined) return
    over = reason
    Deferred.unsafeDone(ready, Exit.fail(reason))
    Deferred.unsafeDone(finished, Exit.succeed(reason))
    for (const sink of globals) sink.end(reason)
    globals.clear()
  }

  // -- what every incarnation gets
  const hub: Subscriber = {
    event: (message) => {
      for (const sink of globals) sink.event(message)
    },
    // an incarnation's end is not the facade's: the supervisor decides. Called synchronously as
    // the connection ends, before any failed caller resumes: its next call waits for the restart.
    end: () => renew()
  }
  const apply = (incarnation: Incarnation, entry: Entry) => {
    incarnation.applied.set(entry, incarnation.connection.dispatcher.register(entry.method, entry.registration, entry.threadId))
  }

  /** The incarnation being started, until it is `current` (registrations are undone on both). */
  let starting: Incarnation | undefined
  const start = Effect.gen(function*() {
    const child = yield* Scope.fork(scope, ExecutionStrategy.sequential)
    const service = yield* deps.spawn.pipe(Scope.extend(child), Effect.onError((cause) => Scope.close(child, Exit.failCause(cause))))
    const incarnation: Incarnation = {
      service,
      connection: deps.internalsOf(service).connection,
      scope: child,
      applied: new Map(),
      unsubscribe: () => {}
    }
    for (const entry of entries) apply(incarnation, entry)
    incarnation.unsubscribe = incarnation.connection.router.subscribe(hub)
    starting = incarnation
    return incarnation
  })

  const retryFirst = deps.retryFirst
  let current: Incarnation = yield* (retryFirst === undefined ? start : start.pipe(
    Effect.tapError((error) =>
      retryFirst(error)
        ? Effect.logWarning(`connecting to the app-server failed (${describe(error)}); trying again by the restart schedule`).pipe(
          Effect.annotateLogs({ module: "AppServer" })
        )
        : Effect.void
    ),
    Effect.retry({ schedule: config.restartSchedule!, while: retryFirst })
  ))
  resolve(current)

  // -- the supervising fiber: waits for the current process to end, then restarts it
  const driver = yield* Schedule.driver(config.restartSchedule!)
  const supervise: Effect.Effect<void> = Effect.gen(function*() {
    while (true) {
      const exited = yield* current.service.exited
      if (exited.phase === "closed") return
      renew()
      lastFailure = undefined
      const disconnected: Inbound = {
        method: disconnectedMethod,
        params: {
          restarts,
          pid: current.service.pid,
          exit: { exitCode: exited.exitCode, signal: exited.signal },
          connection: exited.connection
        } satisfies Disconnected
      }
      for (const sink of globals) sink.event(disconnected)
      yield* Scope.close(current.scope, Exit.void)
      yield* Effect.logWarning(`the app-server died (${exited.message}); restarting`).pipe(Effect.annotateLogs({ module: "AppServer" }))
      let reason: unknown = exited
      let next: Incarnation | undefined
      while (next === undefined) {
        const step = yield* Effect.either(driver.next(reason))
        if (step._tag === "Left") {
          const last = givenUp(exited, lastFailure)
          yield* Effect.logError(`the app-server stays down: the restart schedule is done (${last.message})`).pipe(
            Effect.annotateLogs({ module: "AppServer" })
          )
          end(last)
          return
        }
        const attempt = yield* Effect.either(start)
        if (attempt._tag === "Right") next = attempt.right
        else {
          reason = attempt.left
          lastFailure = attempt.left
          yield* Effect.logWarning(`restarting the app-server failed (${describe(attempt.left)}); trying again by the restart schedule`)
            .pipe(Effect.annotateLogs({ module: "AppServer" }))
        }
      }
      lastFailure = undefined
      current = next
      starting = undefined
      restarts++
      Metrics.restarted()
      const notice: Inbound = {
        method: restartedMethod,
        params: { restarts, pid: next.service.pid, exit: { exitCode: exited.exitCode, signal: exited.signal } } satisfies Restarted
      }
      for (const sink of globals) sink.event(notice)
      resolve(next)
    }
  })
  // a supervisor that dies (a defect in a restart or in the schedule) ends the facade, logged
  const fiber = runFork(supervise.pipe(
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause) ? Effect.void : Effect.logError("the app-server supervisor failed", cause).pipe(
        Effect.annotateLogs({ module: "AppServer" }),
        Effect.zipRight(Effect.flatMap(current.service.exited, (exited) => Effect.sync(() => end(givenUp(exited, lastFailure)))))
      )
    )
  ))
  yield* Effect.addFinalizer(() =>
    Effect.gen(function*() {
      yield* Fiber.interrupt(fiber)
      end(new AppServerExited({ phase: "closed", exitCode: null, signal: null, stderrTail: [] }))
    })
  )

  // between incarnations a call waits for the next one, at most `millis`; then it fails with the
  // end of the one it missed (and why replacing it failed, if an attempt did)
  const liveWithin = (millis: number) =>
    Effect.suspend(() => {
      if (readyDone) return Deferred.await(ready)
      const missed = current
      return Deferred.await(ready).pipe(
        Effect.timeout(millis),
        Effect.catchTag("TimeoutException", () => Effect.flatMap(missed.service.exited, (exited) => Effect.fail(withFailure(exited, lastFailure))))
      )
    })
  const defaultTimeout = Duration.toMillis(config.requestTimeout)
  const live = liveWithin(defaultTimeout)
  const on = <A, E>(f: (service: AppServer.Service) => Effect.Effect<A, E>) => Effect.flatMap(live, (i) => f(i.service))

  // A request that failed with AppServerExited before it was written (it waited for a permit of
  // the connection that ended) goes once to the next incarnation, which it waits for at most its
  // own timeout. What was written is never sent again: it may have had effects.
  const unsent = <A, E>(
    options: RequestOptions | undefined,
    onSent: ((id: number) => void) | undefined,
    run: (incarnation: Incarnation, onSent: (id: number) => void) => Effect.Effect<A, E>
  ): Effect.Effect<A, E | AppServerExited> =>
    Effect.suspend(() => {
      let ran = false
      let sent = false
      const noteSent = (id: number) => {
        sent = true
        onSent?.(id)
      }
      return Effect.flatMap(live, (incarnation) => {
        ran = true
        return run(incarnation, noteSent)
      }).pipe(
        Effect.catchIf(
          (error): error is E & AppServerExited => ran && !sent && isExited(error),
          () => Effect.flatMap(liveWithin(Durations.millisOr(options?.timeout, defaultTimeout)), (incarnation) => run(incarnation, onSent ?? noop))
        )
      )
    })

  // -- the connection the user API sees (Codex, Thread, Turn): the current one, with persistent
  //    registrations and global subscribers
  const dispatcher: Dispatcher = {
    dispatch: (message) => current.connection.dispatcher.dispatch(message),
    register: (method, registration, threadId) => {
      const entry: Entry = { method, registration, threadId }
      entries.push(entry)
      apply(current, entry)
      return () => {
        const i = entries.indexOf(entry)
        if (i !== -1) entries.splice(i, 1)
        // applied to the current incarnation (earlier ones are closed) and to one being started
        for (const incarnation of starting === undefined || starting === current ? [current] : [current, starting]) {
          incarnation.applied.get(entry)?.()
          incarnation.applied.delete(entry)
        }
      }
    },
    running: () => current.connection.dispatcher.running(),
    end: () => current.connection.dispatcher.end()
  }
  const subscribe = (subscriber: Subscriber) => {
    if (over !== undefined) {
      subscriber.end(over)
      return () => {}
    }
    globals.add(subscriber)
    return () => void globals.delete(subscriber)
  }
  const router = new Proxy({} as Connection["router"], {
    get: (_, key) => {
      if (key === "subscribe") return subscribe
      const value = (current.connection.router as unknown as Record<PropertyKey, unknown>)[key]
      return typeof value === "function" ? value.bind(current.connection.router) : value
    }
  })
  const connection: Connection = {
    get peer() {
      return current.connection.peer
    },
    router,
    dispatcher,
    get permits() {
      return current.connection.permits
    },
    request: (method, params, options, onSent) =>
      unsent(options, onSent, (i, noteSent) => i.connection.request(method, params, options, noteSent)),
    call: (method, params, timeoutMillis, callback, trace, onSent) =>
      current.connection.call(method, params, timeoutMillis, callback, trace, onSent),
    encode: (method, params) => current.connection.encode(method, params),
    decode: (method, raw) => current.connection.decode(method, raw),
    decodeEvent: (message) => current.connection.decodeEvent(message),
    runFork,
    exited: Deferred.await(finished),
    ready: Effect.asVoid(live),
    options: config,
    get counters() {
      return current.connection.counters
    },
    get threadModels() {
      return current.connection.threadModels
    }
  }

  const subscribeEvents = Effect.acquireRelease(
    Effect.gen(function*() {
      const mailbox = yield* Mailbox.make<Inbound, AppServerExited>({ capacity: config.globalEventsCapacity, strategy: "sliding" })
      const unsubscribe = subscribe({
        event: (message) => {
          if (Option.getOrElse(mailbox.unsafeSize(), () => 0) >= config.globalEventsCapacity) {
            current.connection.counters.droppedGlobalEvents++
          }
          mailbox.unsafeOffer(message)
        },
        end: (error) => void mailbox.unsafeDone(error === undefined ? Exit.void : Exit.fail(error))
      })
      return { mailbox, unsubscribe }
    }),
    ({ mailbox, unsubscribe }) => Effect.sync(unsubscribe).pipe(Effect.zipRight(mailbox.shutdown))
  ).pipe(Effect.map(({ mailbox }) => Mailbox.toStream(mailbox).pipe(Stream.map((message) => current.connection.decodeEvent(message)))))

  const service: AppServer.Service = {
    get metadata() {
      return current.service.metadata
    },
    get pid() {
      return current.service.pid
    },
    request: (method, ...[params, options]) =>
      unsent(options, undefined, (i, noteSent) => deps.internalsOf(i.service).request(method, params, options, noteSent)) as Effect.Effect<
        Registry.ClientRequestResult<typeof method>,
        RequestError
      >,
    notify: (method, params) => on((s) => s.notify(method, params)),
    events: Stream.unwrapScoped(subscribeEvents),
    subscribeEvents,
    turnEvents: (turnId) => Stream.unwrap(Effect.map(live, (i) => i.service.turnEvents(turnId))),
    startTurn: (params, options) => Effect.flatMap(live, (i) => i.service.startTurn(params, options)),
    handle: (method, handler, options) =>
      Effect.acquireRelease(
        Effect.sync(() => dispatcher.register(method, deps.handlerRegistration(method, handler), options?.threadId)),
        (unregister) => Effect.sync(unregister)
      ).pipe(Effect.asVoid),
    stats: Effect.suspend(() => current.service.stats),
    stderrTail: Effect.suspend(() => current.service.stderrTail),
    exited: Deferred.await(finished)
  }
  deps.setInternals(service, { connection, slots: new ThreadSlots(), config, request: connection.request })
  return service
})
