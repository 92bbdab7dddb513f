/**
 * A JSON-RPC connection over a transport: the peer (send path, pending map, envelopes), the turn
 * router, server-request dispatch, the FIFO permit pool for requests in flight, and the reader
 * running in the connection's scope. Requests are Effects over callbacks (no fiber, no racing
 * timeout fiber each); params are encoded and results decoded with the method's schemas, each
 * compiled once.
 *
 * @internal
 */
import { Registry } from "@effect-codex/protocol"
import type { Fiber, ParseResult, Schedule } from "effect"
import { Deferred, Duration, Effect, Either, Exit, FiberSet, Schema } from "effect"
import type { RequestError } from "../Errors.js"
import { AppServerExited, capMessage, ErrorCode, InvalidParams, ProtocolError } from "../Errors.js"
import * as Events from "../Events.js"
import type { RequestOptions } from "../JsonRpc.js"
import { retryOnOverload } from "../Retry.js"
import type * as Transport from "../Transport.js"
import type { CoalesceCounter } from "./coalesce.js"
import { Peer } from "./peer.js"
import type { Callback, Inbound } from "./peer.js"
import { Permits } from "./permits.js"
import { TurnRouter } from "./router.js"
import * as ServerRequests from "./serverRequests.js"
import * as Metrics from "./metrics.js"
import * as Durations from "./duration.js"
import * as Tracing from "./tracing.js"

/** @internal */
export interface ConnectionOptions {
  readonly requestTimeout: Duration.Duration
  readonly maxRequestsInFlight: number
  readonly retrySchedule: Schedule.Schedule<unknown, unknown> | undefined
  readonly maxLineLength: number
  readonly unclaimedEventsPerTurn: number
  readonly unclaimedTurns: number
  readonly serverRequestTimeout: Duration.Duration
  readonly maxOutboxBytes?: number | undefined
  /** Events a turn's stream holds before deltas are merged (see `coalesce.ts`). Default 1024. */
  readonly turnEventsCapacity?: number | undefined
  readonly resultDecoding: "lenient" | "strict"
}

/** @internal */
export interface Connection {
  readonly peer: Peer
  readonly router: TurnRouter
  readonly dispatcher: ServerRequests.Dispatcher
  readonly permits: Permits
  /**
   * A request of any method: params encoded and result decoded when the registry knows it.
   * `onSent` learns the JSON-RPC id of each attempt as it is written (for notifications that
   * name their request, e.g. `thread/search/partial`).
   */
  readonly request: (
    method: string,
    params: unknown,
    options?: RequestOptions,
    onSent?: (id: number) => void
  ) => Effect.Effect<unknown, RequestError>
  /**
   * The callback form, for code that must outlive its caller (the turn lifecycle): takes a
   * permit, sends (with `trace` as the envelope's trace context), calls `callback` once. Returns
   * how to cancel (a no-op once answered).
   */
  readonly call: (
    method: string,
    params: unknown,
    timeoutMillis: number,
    callback: Callback,
    trace?: Tracing.TraceContext,
    onSent?: (id: number) => void
  ) => () => void
  /** Encodes params with the method's schema (unknown methods pass unchanged). */
  readonly encode: (method: string, params: unknown) => Either.Either<unknown, InvalidParams>
  /** Decodes a result with the method's schema (unknown methods pass unchanged). */
  readonly decode: (method: string, raw: unknown) => Either.Either<unknown, ProtocolError>
  /**
   * Decodes an inbound event (`Events.decode`); a notification of a known method whose params do
   * not decode (a server older or newer than the pin) stays an `UnknownNotification` with its raw
   * params, and is logged once per method and mismatch.
   */
  readonly decodeEvent: (message: Inbound) => Events.Event
  /** Runs an effect in the connection's scope (interrupted when it closes). */
  readonly runFork: <A, E>(effect: Effect.Effect<A, E>) => Fiber.RuntimeFiber<A, E>
  /** Completes with why the connection ended. */
  readonly exited: Effect.Effect<AppServerExited>
  /**
   * Succeeds when calls can be made: at once on a live connection, fails with why a dead one
   * ended; a supervised one waits for the next process or connection (at most the request timeout).
   */
  readonly ready: Effect.Effect<void, AppServerExited>
  readonly options: ConnectionOptions
  /** Deltas merged into an earlier one in a slow consumer's turn stream. */
  readonly counters: CoalesceCounter
  /** The model of each thread started, resumed or forked here, for the turn spans. */
  readonly threadModels: Map<string, string>
}

const formatParseError = (error: ParseResult.ParseError) => capMessage(error.message)

const codecs = new Map<string, {
  readonly encode: (u: unknown) => Either.Either<unknown, ParseResult.ParseError>
  /** Validates a result without allocating: the protocol's schemas have no transformations. */
  readonly is: (u: unknown) => boolean
  readonly decode: (u: unknown) => Either.Either<unknown, ParseResult.ParseError>
}>()

const codecOf = (method: string) => {
  let codec = codecs.get(method)
  if (codec === undefined && Registry.isClientRequestMethod(method)) {
    const entry = Registry.ClientRequests[method]
    codec = {
      // fields the pinned schema does not know go through: a newer server may take them
      encode: Schema.encodeUnknownEither(entry.params as Schema.Schema<unknown, unknown>, { onExcessProperty: "preserve" }),
      is: Schema.is(entry.result as Schema.Schema<unknown, unknown>),
      decode: Schema.decodeUnknownEither(entry.result as Schema.Schema<unknown, unknown>, { onExcessProperty: "preserve" })
    }
    codecs.set(method, codec)
  }
  return codec
}

/**
 * Methods whose reply comes only when what they started ends (`command/exec` answers when its
 * command exits): their permit is given back once the request is written, so that running
 * commands never hold the pool (nor block their own `write` and `terminate`).
 */
const releasedOnceSent: ReadonlySet<string> = new Set(["command/exec"])

const closedError = () => new AppServerExited({ phase: "closed", exitCode: null, signal: null, stderrTail: [] })

/** @internal */
export const make = Effect.fnUntraced(function*(transport: Transport.Service, options: ConnectionOptions) {
  const runFork = yield* FiberSet.makeRuntime<never>()
  const exitedDeferred = yield* Deferred.make<AppServerExited>()
  const router = new TurnRouter(options)
  let dispatch: ServerRequests.Dispatcher["dispatch"] = () => {}
  const peer = new Peer(transport.write, {
    inbound: (message: Inbound) => {
      router.route(message)
      if (message.id !== undefined) dispatch(message as Inbound & { readonly id: string | number })
    },
    undecodable: (line) => {
      Metrics.undecodableLine()
      runFork(
        Effect.logWarning("undecodable line from the app-server ignored", line.length > 200 ? `${line.slice(0, 200)}...` : line)
          .pipe(Effect.annotateLogs({ module: "Connection" }))
      )
    },
    dropped: (dropped) => {
      const reached = router.drop(dropped)
      runFork(
        Effect.logWarning(
          `a ${dropped.method} message longer than ${dropped.limit} was dropped; ${
            reached === 0 ? "it belongs to no running turn" : `the turns it may belong to (${reached}) fail with ProtocolError`
          }`
        ).pipe(Effect.annotateLogs({ module: "Connection" }))
      )
    }
  }, { maxLineLength: options.maxLineLength, maxOutboxBytes: options.maxOutboxBytes ?? Infinity, buffered: transport.buffered })
  const dispatcher = yield* ServerRequests.make(peer, router, options.serverRequestTimeout)
  dispatch = dispatcher.dispatch
  const permits = new Permits(options.maxRequestsInFlight)

  const end = (reason: AppServerExited) => {
    if (peer.exited !== undefined) return
    peer.fail(reason)
    router.fail(reason)
    dispatcher.end()
    Deferred.unsafeDone(exitedDeferred, Exit.succeed(reason))
  }

  // -- the reader: chunks are routed synchronously as they arrive
  let closing = false
  yield* transport.run((chunk) => peer.push(chunk), (prefix, suffix, limit) => peer.dropMessage(prefix, suffix, limit)).pipe(
    Effect.tap(() => Effect.sync(() => peer.end())),
    Effect.tap((reason) =>
      closing ? Effect.void : Effect.logWarning("the app-server connection ended", reason.message).pipe(Effect.annotateLogs({ module: "Connection" }))
    ),
    Effect.flatMap((reason) => Effect.sync(() => end(reason))),
    Effect.catchAllCause((cause) => Effect.logError("the app-server reader failed", cause)),
    Effect.interruptible,
    Effect.forkScoped
  )
  // When the connection's scope closes first, everything still waiting fails at once.
  yield* Effect.addFinalizer(() =>
    Effect.sync(() => {
      closing = true
      end(closedError())
    })
  )

  const call: Connection["call"] = (method, params, timeoutMillis, callback, trace, onSent) => {
    let id: number | undefined
    let answered = false
    let holding = false
    const release = () => {
      if (!holding) return
      holding = false
      permits.release()
    }
    const start = () => {
      holding = true
      const sent = peer.request(method, params, timeoutMillis, (error, result) => {
        answered = true
        release()
        Metrics.requestDone(method, error)
        callback(error, result)
      }, trace)
      if (typeof sent === "number") {
        id = sent
        if (releasedOnceSent.has(method)) release()
        onSent?.(sent)
      } else {
        answered = true
        release()
        Metrics.requestDone(method, sent)
        callback(sent, undefined)
      }
    }
    const giveUp = permits.acquire(start)
    return () => {
      if (answered) return
      if (id !== undefined) {
        if (peer.cancel(id)) {
          answered = true
          release()
        }
      } else {
        giveUp?.()
      }
    }
  }

  const attempt = (
    method: string,
    params: unknown,
    timeoutMillis: number,
    trace: Tracing.TraceContext | undefined,
    onSent: ((id: number) => void) | undefined
  ) =>
    Effect.async<unknown, RequestError>((resume) => {
      const cancel = call(
        method,
        params,
        timeoutMillis,
        (error, result) => resume(error === undefined ? Exit.succeed(result) : Exit.fail(error)),
        trace,
        onSent
      )
      return Effect.sync(cancel)
    })

  const encode: Connection["encode"] = (method, params) => {
    const codec = params === undefined ? undefined : codecOf(method)
    if (codec === undefined) return Either.right(params)
    return Either.mapLeft(codec.encode(params), (error) =>
      new InvalidParams({ method, code: ErrorCode.InvalidParams, message: formatParseError(error), data: params }))
  }

  const decode: Connection["decode"] = (method, raw) => {
    const codec = codecOf(method)
    if (codec === undefined || codec.is(raw)) return Either.right(raw)
    return Either.mapLeft(codec.decode(raw), (error) => new ProtocolError({ method, message: formatParseError(error), data: raw }))
  }

  const defaultTimeout = Duration.toMillis(options.requestTimeout)

  // notifications that do not decode: one warning per method and mismatch, not one per message
  const warnedEvents = new Set<string>()
  const decodeEvent = (message: Inbound): Events.Event => {
    const event = Events.decode(message)
    if (event._tag !== "UnknownNotification" || event.error === undefined) return event
    const key = `${event.method}\n${event.error.message}`
    if (warnedEvents.has(key) || warnedEvents.size >= 1024) return event
    warnedEvents.add(key)
    runFork(
      Effect.logWarning(
        `${event.method} params do not match the schema of codex ${Registry.codexVersion}; delivered as UnknownNotification with the raw params`,
        event.error.message
      ).pipe(Effect.annotateLogs({ module: "Connection", method: event.method }))
    )
    return event
  }

  // lenient decoding: one warning per method and mismatch, not one per reply
  const warned = new Set<string>()
  const warnOnce = (error: ProtocolError): Effect.Effect<void> => {
    const key = `${error.method}\n${error.message}`
    if (warned.has(key) || warned.size >= 1024) return Effect.void
    warned.add(key)
    return Effect.logWarning(
      `the reply of ${error.method} does not match the schema of codex ${Registry.codexVersion}; kept as the server sent it`,
      error.message
    ).pipe(Effect.annotateLogs({ module: "Connection", method: error.method }))
  }

  const threadModels = new Map<string, string>()

  const requestWith = (
    method: string,
    params: unknown,
    callOptions: RequestOptions | undefined,
    trace: Tracing.TraceContext | undefined,
    onSent: ((id: number) => void) | undefined
  ): Effect.Effect<unknown, RequestError> => {
    const encoded = encode(method, params)
    if (encoded._tag === "Left") return Effect.fail(encoded.left)
    const timeout = Durations.millisOr(callOptions?.timeout, defaultTimeout)
    const badTimeout = callOptions?.timeout === undefined ? undefined : Durations.check([["timeout", callOptions.timeout, true]])
    if (badTimeout !== undefined) return Effect.fail(new InvalidParams({ method, code: ErrorCode.InvalidParams, message: badTimeout }))
    const schedule = callOptions?.retry === false ? undefined : callOptions?.retry ?? options.retrySchedule
    const once = attempt(method, encoded.right, timeout, trace, onSent)
    return Effect.flatMap(schedule === undefined ? once : retryOnOverload(method, schedule)(once), (raw) => {
      const decoded = decode(method, raw)
      if (decoded._tag === "Left") {
        return options.resultDecoding === "strict" ? Effect.fail(decoded.left) : Effect.as(warnOnce(decoded.left), raw)
      }
      Tracing.noteThreadModel(threadModels, method, decoded.right)
      return Effect.succeed(decoded.right)
    })
  }

  // In a span: the request gets a span of its own, a child, sent as the envelope's trace context.
  // In none: no span, no field.
  const request: Connection["request"] = (method, params, callOptions, onSent) =>
    Effect.withFiberRuntime((fiber) =>
      fiber.currentSpan === undefined
        ? requestWith(method, params, callOptions, undefined, onSent)
        : Effect.useSpan(
          Tracing.requestSpanName(method),
          { kind: "client", attributes: Tracing.requestAttributes(method), captureStackTrace: false },
          (span) => requestWith(method, params, callOptions, Tracing.traceContextOf(span), onSent)
        )
    )

  return {
    peer,
    router,
    dispatcher,
    permits,
    request,
    call,
    encode,
    decode,
    decodeEvent,
    runFork,
    exited: Deferred.await(exitedDeferred),
    ready: Effect.suspend(() => (peer.exited === undefined ? Effect.void : Effect.fail(peer.exited))),
    options,
    counters: { coalescedEvents: 0, droppedGlobalEvents: 0 },
    threadModels
  } satisfies Connection
})
