/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Registry } from "@effect-codex/protocol"
import { Duration, Effect, Exit, Mailbox, Option, Predicate, Schema, Stream } from "effect"
import type { Scope } from "effect"
import type * as AppServer from "../AppServer.js"
import type { StderrStats } from "../AppServerProcess.js"
import * as AppServerConfig from "../AppServerConfig.js"
import type { RequestError } from "../Errors.js"
import { AppServerExited, AppServerStartFailed, ErrorCode, InvalidParams, MethodNotFound } from "../Errors.js"
import type { ProtocolError } from "../Errors.js"
import * as Events from "../Events.js"
import type { RequestOptions, Stats } from "../JsonRpc.js"
import type * as Transport from "../Transport.js"
import * as Connection from "./connection.js"
import * as Durations from "./duration.js"
import type { Inbound } from "./peer.js"
import * as process_ from "./process.js"
import * as Supervisor from "./supervisor.js"
import type { CoalesceCounter } from "./coalesce.js"
import { CoalescingOffer } from "./coalesce.js"
import type { Subscriber, TurnSubscriber } from "./router.js"
import type { Registration } from "./serverRequests.js"
import { ThreadSlots } from "./threads.js"
import type { TurnContext } from "./turn.js"
import { TurnRun } from "./turn.js"

/** What the user API needs beyond the public service. @internal */
export interface Internals extends TurnContext {
  readonly config: AppServerConfig.Resolved
  /** `service.request` with `onSent` (called as each attempt is written), which it does not expose. */
  readonly request: (
    method: string,
    params: unknown,
    options: RequestOptions | undefined,
    onSent: ((id: number) => void) | undefined
  ) => Effect.Effect<unknown, RequestError>
}

const internals = new WeakMap<AppServer.Service, Internals>()

/** The internals of a service made by this module. @internal */
export const internalsOf = (service: AppServer.Service): Internals => {
  const found = internals.get(service)
  if (found === undefined) throw new Error("this AppServer service was not made by effect-codex's AppServer.make")
  return found
}

/** @internal */
export const parseUserAgent = (userAgent: string): { readonly name: string | undefined; readonly version: string | undefined } => {
  const match = /^([^/\s]+)\/(\S+)/.exec(userAgent)
  return { name: match?.[1], version: match?.[2] }
}

/**
 * A router subscriber that feeds a mailbox: a global one, or a turn's (which also ends with a
 * `ProtocolError` when a message of the turn was dropped for its size). @internal
 */
export function mailboxSubscriber(
  mailbox: Mailbox.Mailbox<Inbound, AppServerExited>,
  bounded?: { readonly capacity: number; readonly counters: CoalesceCounter }
): Subscriber
export function mailboxSubscriber(
  mailbox: Mailbox.Mailbox<Inbound, AppServerExited | ProtocolError>,
  bounded?: { readonly capacity: number; readonly counters: CoalesceCounter }
): TurnSubscriber
export function mailboxSubscriber(
  target: Mailbox.Mailbox<Inbound, AppServerExited> | Mailbox.Mailbox<Inbound, AppServerExited | ProtocolError>,
  bounded?: { readonly capacity: number; readonly counters: CoalesceCounter }
): TurnSubscriber {
  // a global mailbox is never ended with a ProtocolError (only a turn's is)
  const mailbox = target as Mailbox.Mailbox<Inbound, AppServerExited | ProtocolError>
  return {
    event: (message) => {
      // a sliding mailbox at capacity drops its oldest message to take this one
      if (bounded !== undefined && Option.getOrElse(mailbox.unsafeSize(), () => 0) >= bounded.capacity) {
        bounded.counters.droppedGlobalEvents++
      }
      mailbox.unsafeOffer(message)
    },
    end: (error) => void mailbox.unsafeDone(error === undefined ? Exit.void : Exit.fail(error))
  }
}

const decodeStream = <E>(mailbox: Mailbox.ReadonlyMailbox<Inbound, E>, decode: (message: Inbound) => Events.Event) =>
  Mailbox.toStream(mailbox).pipe(Stream.map(decode))

interface ProcessInfo {
  readonly pid: number | undefined
  readonly stderrTail: Effect.Effect<ReadonlyArray<string>>
  readonly stderrStats?: Effect.Effect<StderrStats> | undefined
}

const noStderr: StderrStats = { retainedBytes: 0, retainedLines: 0, truncatedLines: 0, lines: 0 }

const invalidOptions = (message: string) =>
  new AppServerStartFailed({ reason: "InvalidOptions", message, stderrTail: [] })

/** A typed handler as a dispatcher registration: params decoded, the result encoded. @internal */
export const handlerRegistration = <M extends Registry.ServerRequestMethod, E>(
  method: M,
  handler: AppServer.ServerRequestHandler<M, E>
): Registration => {
  const entry = Registry.ServerRequests[method]
  const decode = Schema.decodeUnknown(entry.params as unknown as Schema.Schema<Registry.ServerRequestParams<M>, unknown>, {
    onExcessProperty: "preserve"
  })
  const encode = Schema.encode(entry.response as unknown as Schema.Schema<Registry.ServerRequestResponse<M>, unknown>)
  return {
    handler: (params, message) =>
      decode(params).pipe(
        Effect.flatMap((decoded) => handler(decoded, Events.decode(message) as Events.ServerRequest)),
        Effect.flatMap(encode)
      )
  }
}

/** @internal */
export const makeWith = (
  transport: Transport.Service,
  options: AppServerConfig.Options,
  info: ProcessInfo = noProcess
) => {
  const invalid = AppServerConfig.check(options)
  return invalid === undefined ? makeResolved(transport, AppServerConfig.resolve(options), info) : invalidOptions(invalid)
}

const noProcess: ProcessInfo = { pid: undefined, stderrTail: Effect.succeed([]) }

/** `error` with the server's version (and the pinned one) in its message. */
const withServerVersion = (error: MethodNotFound, serverVersion: string): MethodNotFound =>
  new MethodNotFound({
    ...error,
    message: `${error.message} (codex app-server ${serverVersion}${
      serverVersion === Registry.codexVersion ? "" : `; effect-codex was generated from ${Registry.codexVersion}`
    })`
  })

const makeResolved = Effect.fnUntraced(function*(
  transport: Transport.Service,
  config: AppServerConfig.Resolved,
  info: ProcessInfo
) {
  const invalid = AppServerConfig.validate(config)
  if (invalid !== undefined) return yield* invalidOptions(invalid)
  const connection = yield* Connection.make(transport, config)
  const slots = new ThreadSlots()

  // set after `initialize`: a method the server does not know names the server's version
  let serverVersion: string | undefined
  const request = <M extends Registry.ClientRequestMethod>(
    method: M,
    params?: unknown,
    callOptions?: RequestOptions,
    onSent?: (id: number) => void
  ) => {
    const sent = connection.request(method, params, callOptions, onSent) as Effect.Effect<Registry.ClientRequestResult<M>, RequestError>
    const version = serverVersion
    // the versions say why the server lacks a method; a -32601 about something else (an MCP
    // server's, "not supported yet" for an unknown thread) is the server's own words
    return version === undefined ? sent : Effect.catchTag(sent, "MethodNotFound", (error) =>
      Effect.fail(
        !Registry.isClientRequestMethod(method) || /unknown variant|method not found/i.test(error.message)
          ? withServerVersion(error, version)
          : error
      ))
  }

  const startupFailure = (error: RequestError | AppServerStartFailed) =>
    Effect.gen(function*() {
      const stderrTail = yield* info.stderrTail
      switch (error._tag) {
        case "AppServerStartFailed":
          return error
        case "AppServerExited":
          return new AppServerExited({ ...error, phase: "startup", stderrTail })
        case "RequestTimeout":
          return new AppServerStartFailed({ reason: "InitializeTimeout", message: error.message, stderrTail })
        default:
          return new AppServerStartFailed({ reason: "InitializeRejected", message: error.message, stderrTail, cause: error })
      }
    })

  const initialize = yield* request("initialize", {
    clientInfo: config.clientInfo,
    capabilities: {
      experimentalApi: config.experimentalApi,
      ...(config.optOutNotificationMethods.length > 0 ? { optOutNotificationMethods: config.optOutNotificationMethods } : {})
    }
  }, { retry: false, timeout: config.initializeTimeout }).pipe(
    Effect.tap(() => {
      const error = connection.peer.send("initialized", { method: "initialized" })
      return error === undefined ? Effect.void : Effect.fail(error)
    }),
    Effect.catchAll((error) => Effect.flip(startupFailure(error)))
  )

  const agent = parseUserAgent(initialize.userAgent)
  serverVersion = agent.version ?? "(unknown version)"
  if (agent.version !== Registry.codexVersion && config.versionCheck !== "ignore") {
    const message = `codex app-server ${agent.version ?? "(unknown version)"} differs from ${Registry.codexVersion}, the version effect-codex was generated from`
    if (config.versionCheck === "fail") {
      return yield* new AppServerStartFailed({ reason: "VersionMismatch", message, stderrTail: yield* info.stderrTail })
    }
    yield* Effect.logWarning(message).pipe(Effect.annotateLogs({ module: "AppServer" }))
  }

  const subscribeEvents = Effect.acquireRelease(
    Effect.gen(function*() {
      const mailbox = yield* Mailbox.make<Inbound, AppServerExited>({ capacity: config.globalEventsCapacity, strategy: "sliding" })
      const unsubscribe = connection.router.subscribe(
        mailboxSubscriber(mailbox, { capacity: config.globalEventsCapacity, counters: connection.counters })
      )
      return { mailbox, unsubscribe }
    }),
    ({ mailbox, unsubscribe }) => Effect.sync(unsubscribe).pipe(Effect.zipRight(mailbox.shutdown))
  ).pipe(Effect.map(({ mailbox }) => decodeStream(mailbox, connection.decodeEvent)))

  const turnEvents = (turnId: string) =>
    Stream.suspend(() => {
      const mailbox = Effect.runSync(Mailbox.make<Inbound, AppServerExited | ProtocolError>())
      const buffer = new CoalescingOffer(mailbox, config.turnEventsCapacity, connection.counters)
      // no `lost`: a message of the turn dropped for its size ends this stream with the error
      const subscriber: TurnSubscriber = {
        event: (message) => buffer.offer(message),
        end: (error) => void mailbox.unsafeDone(error === undefined ? Exit.void : Exit.fail(error))
      }
      connection.router.claim(turnId, subscriber)
      return decodeStream(mailbox, connection.decodeEvent).pipe(Stream.ensuring(Effect.sync(() => connection.router.release(turnId, subscriber))))
    })

  const context: TurnContext = { connection, slots }

  const startTurn = (params: Schemas.TurnStartParams, callOptions?: RequestOptions) =>
    Effect.gen(function*() {
      const encoded = connection.encode("turn/start", params)
      if (encoded._tag === "Left") return yield* encoded.left
      const badTimeout = Durations.check([["timeout", callOptions?.timeout, true]])
      if (badTimeout !== undefined) {
        return yield* new InvalidParams({ method: "turn/start", code: ErrorCode.InvalidParams, message: badTimeout })
      }
      const run = new TurnRun(context, params.threadId, encoded.right, {
        timeoutMillis: Infinity,
        idleTimeoutMillis: Infinity,
        startTimeoutMillis: Durations.millisOr(callOptions?.timeout, Duration.toMillis(config.requestTimeout)),
        interruptGraceMillis: Duration.toMillis(config.turnInterruptGrace),
        handlers: [],
        stream: true,
        interruptOnExit: true
      })
      // waiting for the thread stays interruptible; once started, the scope owns the turn
      yield* Effect.uninterruptibleMask((restore) =>
        restore(run.start()).pipe(
          // no turn timeout here, so none can fire
          Effect.catchTag("TurnTimeout", Effect.die),
          Effect.tap(() => Effect.addFinalizer(() => run.closeHandle(false)))
        )
      )
      return { turn: run.startedTurn!, events: Stream.map(run.events!.read(), connection.decodeEvent) } satisfies AppServer.StartedTurn
    })

  const handle = <M extends Registry.ServerRequestMethod, E>(
    method: M,
    handler: AppServer.ServerRequestHandler<M, E>,
    handleOptions?: { readonly threadId?: string }
  ) =>
    Effect.acquireRelease(
      Effect.sync(() => connection.dispatcher.register(method, handlerRegistration(method, handler), handleOptions?.threadId)),
      (unregister) => Effect.sync(unregister)
    ).pipe(Effect.asVoid)

  const stderrStats = info.stderrStats ?? Effect.succeed(noStderr)
  const stats = Effect.map(stderrStats, (stderr): Stats => {
    const sizes = connection.router.sizes
    return {
      requestsSent: connection.peer.requestsSent,
      pendingRequests: connection.peer.pendingRequests,
      queuedRequests: connection.permits.queued,
      lateReplies: connection.peer.lateReplies,
      undecodableLines: connection.peer.undecodableLines,
      oversizedLines: connection.peer.oversizedLines,
      droppedEvents: connection.router.dropped,
      liveTurns: sizes.liveTurns,
      unclaimedTurns: sizes.unclaimedTurns + sizes.completedUnclaimed,
      pendingServerRequests: sizes.pendingServerRequests,
      runningHandlers: connection.dispatcher.running(),
      busyThreads: slots.size,
      oversizedReplies: connection.peer.oversizedReplies,
      outboxBytes: connection.peer.outboxBytes,
      outboxRefusals: connection.peer.outboxRefusals,
      coalescedEvents: connection.counters.coalescedEvents,
      droppedGlobalEvents: connection.counters.droppedGlobalEvents,
      stderrRetainedBytes: stderr.retainedBytes,
      stderrTruncatedLines: stderr.truncatedLines
    }
  })

  const service: AppServer.Service = {
    metadata: {
      userAgent: initialize.userAgent,
      serverName: agent.name,
      serverVersion: agent.version,
      codexHome: initialize.codexHome,
      platformFamily: initialize.platformFamily,
      platformOs: initialize.platformOs,
      initialize
    },
    pid: info.pid,
    request: (method, ...[params, callOptions]) => request(method, params, callOptions),
    notify: (method, params) =>
      Effect.suspend(() => {
        const error = connection.peer.send(method, params === undefined ? { method } : { method, params })
        return error === undefined ? Effect.void : Effect.fail(error)
      }),
    events: Stream.unwrapScoped(subscribeEvents),
    subscribeEvents,
    turnEvents,
    startTurn,
    handle,
    stats,
    stderrTail: info.stderrTail,
    exited: connection.exited
  }
  internals.set(service, {
    connection,
    slots,
    config,
    request: (method, params, callOptions, onSent) => request(method as Registry.ClientRequestMethod, params, callOptions, onSent)
  })
  return service
})

/** One app-server process and its initialized connection; the scope owns both. @internal */
export const spawnOne = Effect.fnUntraced(function*(config: AppServerConfig.Resolved) {
  const proc = yield* process_.spawn(config)
  return yield* makeResolved(proc.transport, config, { pid: proc.pid, stderrTail: proc.stderrTail, stderrStats: proc.stderrStats })
})

/** One app-server from `spawn`, or, with `restartSchedule`, a supervised one that `spawn` renews. */
const supervised = <E>(
  config: AppServerConfig.Resolved,
  spawn: Effect.Effect<AppServer.Service, E, Scope.Scope>,
  retryFirst?: (error: E) => boolean
) =>
  config.restartSchedule === undefined ? spawn : Supervisor.make(config, {
    spawn,
    retryFirst,
    internalsOf,
    setInternals: (service, value) => void internals.set(service, value),
    handlerRegistration
  })

/** @internal */
export const make = Effect.fnUntraced(function*(options: AppServerConfig.Options = {}) {
  const config = AppServerConfig.resolve(options)
  const invalid = AppServerConfig.check(options) ?? AppServerConfig.validate(config)
  if (invalid !== undefined) return yield* invalidOptions(invalid)
  return yield* supervised(config, spawnOne(config))
})

/**
 * An app-server reached through `connect` (a socket to a listening server); with
 * `restartSchedule`, connected again by it whenever the connection ends. @internal
 */
export const makeConnecting = Effect.fnUntraced(function*<E>(
  connect: Effect.Effect<Transport.Service, E, Scope.Scope>,
  options: AppServerConfig.Options = {}
) {
  const config = AppServerConfig.resolve(options)
  const invalid = AppServerConfig.check(options) ?? AppServerConfig.validate(config)
  if (invalid !== undefined) return yield* invalidOptions(invalid)
  return yield* supervised(config, Effect.flatMap(connect, (transport) => makeResolved(transport, config, noProcess)), unreachable)
})

/** A server not (yet) listening or not answering: worth connecting again; anything else is not. */
const unreachable = (error: unknown): boolean =>
  Predicate.isTagged(error, "ConnectionFailed") &&
  ((error as { readonly reason?: unknown }).reason === "Unreachable" || (error as { readonly reason?: unknown }).reason === "Timeout")
