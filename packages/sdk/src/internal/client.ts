/**
 * The JSON-RPC connection: one reader fiber, one writer fiber, a pending map of `Deferred`s, the
 * turn router and server-request dispatch.
 *
 * Data flows one way: bytes -> lines (framing) -> parsed messages -> (pending request | turn
 * stream | global stream | server-request handler). Payloads are decoded by the consumer with the
 * schema of their method only, never in the reader.
 *
 * @internal
 */
import { Registry } from "@effect-codex/protocol"
import type { Scope } from "effect"
import {
  Cause,
  Chunk,
  Deferred,
  Duration,
  Effect,
  Exit,
  FiberId,
  FiberSet,
  Mailbox,
  ParseResult,
  Predicate,
  Queue,
  Schedule,
  Schema,
  Stream
} from "effect"
import type { RequestError } from "../Errors.js"
import {
  AppServerExited,
  ErrorCode,
  fromRpcError,
  InvalidParams,
  ProtocolError,
  RequestTimeout
} from "../Errors.js"
import { retryOnOverload } from "../Retry.js"
import type { RequestOptions, Stats, Transport } from "../JsonRpc.js"
import { LineDecoder } from "./framing.js"
import type { RawMessage, Sink } from "./router.js"
import { Router } from "./router.js"

/** @internal */
export interface ClientOptions {
  readonly requestTimeout: Duration.Duration
  readonly maxRequestsInFlight: number
  readonly retrySchedule: Schedule.Schedule<unknown, unknown> | undefined
  readonly maxLineLength: number
  readonly globalEventsCapacity: number
  readonly unclaimedEventsPerTurn: number
  readonly unclaimedTurns: number
  readonly serverRequestTimeout: Duration.Duration
}

/** @internal */
export type CallOptions = RequestOptions

/** A handler for a server-to-client request, on undecoded params. @internal */
export type RawHandler = (params: unknown, request: RawMessage) => Effect.Effect<unknown, unknown>

interface Pending {
  readonly method: string
  readonly deferred: Deferred.Deferred<unknown, RequestError>
  readonly onResult: ((result: unknown) => void) | undefined
}

/** @internal */
export interface Client {
  readonly request: <A, I>(
    method: string,
    params: unknown,
    paramsSchema: Schema.Schema<I, unknown> | undefined,
    resultSchema: Schema.Schema<A, unknown>,
    options?: CallOptions,
    onResult?: (result: unknown) => void
  ) => Effect.Effect<A, RequestError>
  readonly notify: (method: string, params?: unknown) => Effect.Effect<void, AppServerExited | InvalidParams>
  readonly claimTurn: (turnId: string) => Effect.Effect<Sink, never, Scope.Scope>
  /** Claims a turn synchronously (for use inside `onResult`); the caller must release it. */
  readonly unsafeClaimTurn: (turnId: string) => Sink
  readonly releaseTurn: (turnId: string, sink: Sink) => Effect.Effect<void>
  readonly subscribeGlobal: Effect.Effect<Sink, never, Scope.Scope>
  readonly handle: (method: string, handler: RawHandler, turnId?: string) => Effect.Effect<void, never, Scope.Scope>
  readonly stats: Effect.Effect<Stats>
  readonly exited: Effect.Effect<AppServerExited>
}

const encoder = new TextEncoder()

const parseError = (error: ParseResult.ParseError) => ParseResult.TreeFormatter.formatErrorSync(error)

/** @internal */
export const make = Effect.fnUntraced(function*(transport: Transport, options: ClientOptions) {
  const pending = new Map<number | string, Pending>()
  const router = new Router(options)
  /** Handlers per `turnId + method` ("" for all turns); the last registered one answers. */
  const handlers = new Map<string, Array<RawHandler>>()
  const handlerKey = (method: string, turnId: string | undefined) => `${turnId ?? ""}\u0000${method}`
  const handlerFor = (method: string, turnId: string | undefined) =>
    (turnId === undefined ? undefined : handlers.get(handlerKey(method, turnId))?.at(-1)) ??
      handlers.get(handlerKey(method, undefined))?.at(-1)
  /** Server request id -> turn id, so `serverRequest/resolved` reaches the right turn. */
  const requestTurns = new Map<string, string>()
  const permits = yield* Effect.makeSemaphore(options.maxRequestsInFlight)
  const outbox = yield* Queue.unbounded<string>()
  const exitedDeferred = yield* Deferred.make<AppServerExited>()
  const run = yield* FiberSet.makeRuntime<never>()
  let exited: AppServerExited | undefined
  let nextId = 0
  let requestsSent = 0
  let undecodable = 0
  const decoder = new LineDecoder(options.maxLineLength)

  /** Queues one message; fails if the server is gone or the message is not JSON (a bigint, a cycle). */
  const send = (method: string, message: object): Effect.Effect<void, AppServerExited | InvalidParams> =>
    Effect.suspend((): Effect.Effect<void, AppServerExited | InvalidParams> => {
      if (exited !== undefined) return Effect.fail(exited)
      let line: string
      try {
        line = JSON.stringify(message)
      } catch (error) {
        return Effect.fail(
          new InvalidParams({ method, code: ErrorCode.InvalidParams, message: `not serializable as JSON: ${describe(error)}` })
        )
      }
      return Queue.offer(outbox, line).pipe(Effect.asVoid)
    })

  // -- writer: one fiber, batches whatever is queued into one write
  yield* Stream.fromQueue(outbox).pipe(
    Stream.mapChunks((lines) => Chunk.of(encoder.encode(Chunk.join(lines, "\n") + "\n"))),
    Stream.run(transport.output),
    Effect.catchAllCause((cause) => Effect.logDebug("app-server stdin closed", cause)),
    Effect.forkScoped
  )

  // -- server requests
  const replyError = (request: RawMessage & { readonly id: number | string }, code: number, message: string) =>
    send(request.method, { id: request.id, error: { code, message } })

  /** Replies with the handler's result, or an error reply when it failed or its result is not JSON. */
  const reply = (request: RawMessage & { readonly id: number | string }, exit: Exit.Exit<unknown, unknown>) =>
    Exit.isSuccess(exit)
      ? send(request.method, { id: request.id, result: exit.value }).pipe(
        Effect.catchTag("InvalidParams", (error) => replyError(request, ErrorCode.InternalError, error.message))
      )
      : replyError(request, ErrorCode.InternalError, describe(Cause.squash(exit.cause)))

  const dispatch = (request: RawMessage & { readonly id: number | string }, turnId: string | undefined) => {
    const handler = handlerFor(request.method, turnId)
    if (handler === undefined) {
      return replyError(request, ErrorCode.MethodNotFound, `no handler for server request ${request.method}`).pipe(Effect.zipRight(Effect.logWarning(`no handler for server request ${request.method}; replied with an error`)))
    }
    return Effect.suspend(() => handler(request.params, request)).pipe(
      Effect.timeoutFail({
        duration: options.serverRequestTimeout,
        onTimeout: () => new Error(`handler for ${request.method} timed out`)
      }),
      Effect.exit,
      Effect.flatMap((exit) => reply(request, exit)),
      Effect.catchAllCause((cause) => Effect.logDebug("could not reply to a server request", cause)),
      Effect.annotateLogs({ method: request.method, requestId: String(request.id) })
    )
  }

  // -- reader
  const onResponse = (message: { id: number | string; result?: unknown; error?: unknown }) => {
    const entry = pending.get(message.id)
    if (entry === undefined) return false
    pending.delete(message.id)
    if (message.error !== undefined) {
      const error = message.error
      if (Predicate.isRecord(error) && typeof error.code === "number" && typeof error.message === "string") {
        Deferred.unsafeDone(entry.deferred, Exit.fail(fromRpcError(entry.method, error as { code: number; message: string; data?: unknown })))
      } else {
        Deferred.unsafeDone(
          entry.deferred,
          Exit.fail(new ProtocolError({ method: entry.method, message: "malformed error reply", data: error }))
        )
      }
    } else {
      entry.onResult?.(message.result)
      Deferred.unsafeDone(entry.deferred, Exit.succeed(message.result))
    }
    return true
  }

  const onNotification = (message: RawMessage) => {
    const method = message.method
    const entry = Registry.isNotificationMethod(method) ? Registry.ServerNotifications[method] : undefined
    let turnId = entry === undefined ? undefined : Registry.idAt(entry.turnId, message.params)
    if (turnId === undefined && method === "serverRequest/resolved") {
      const requestId = Predicate.isRecord(message.params) ? message.params.requestId : undefined
      if (typeof requestId === "number" || typeof requestId === "string") {
        turnId = requestTurns.get(String(requestId))
        requestTurns.delete(String(requestId))
      }
    }
    if (turnId === undefined) router.routeGlobal(message)
    else router.routeTurn(turnId, message, method === "turn/completed")
  }

  const onServerRequest = (request: RawMessage & { readonly id: number | string }) => {
    const entry = Registry.isServerRequestMethod(request.method) ? Registry.ServerRequests[request.method] : undefined
    const turnId = entry === undefined ? undefined : Registry.idAt(entry.turnId, request.params)
    if (turnId !== undefined) {
      requestTurns.set(String(request.id), turnId)
      router.routeTurn(turnId, request, false)
    } else {
      router.routeGlobal(request)
    }
    run(dispatch(request, turnId))
  }

  const onLine = (line: string) => {
    let message: unknown
    try {
      message = JSON.parse(line)
    } catch {
      message = undefined
    }
    if (!Predicate.isRecord(message)) return rejectLine(line)
    const id = message.id
    const hasId = typeof id === "number" || typeof id === "string"
    if (typeof message.method === "string") {
      if (hasId) onServerRequest(message as unknown as RawMessage & { id: number | string })
      else onNotification(message as unknown as RawMessage)
      return
    }
    if (hasId && ("result" in message || "error" in message)) {
      if (!onResponse(message as { id: number | string })) {
        run(Effect.logDebug(`reply for unknown request id ${String(id)} ignored (timed out or interrupted)`))
      }
      return
    }
    rejectLine(line)
  }

  const rejectLine = (line: string) => {
    undecodable++
    run(Effect.logWarning("undecodable line from app-server ignored", line.length > 200 ? `${line.slice(0, 200)}...` : line))
  }

  const lines: Array<string> = []
  const onChunk = (chunk: Uint8Array) => {
    decoder.push(chunk, lines)
    for (let i = 0; i < lines.length; i++) onLine(lines[i]!)
    lines.length = 0
  }

  const shutdown = (error: AppServerExited) =>
    Effect.sync(() => {
      if (exited !== undefined) return
      exited = error
      const exit = Exit.fail(error)
      for (const entry of pending.values()) Deferred.unsafeDone(entry.deferred, exit)
      pending.clear()
      router.fail(error)
    }).pipe(Effect.zipRight(Deferred.succeed(exitedDeferred, error)))

  yield* transport.input.pipe(
    Stream.runForEachChunk((chunk) => Effect.sync(() => Chunk.forEach(chunk, onChunk))),
    Effect.catchAllCause((cause) => Effect.logDebug("app-server stdout failed", cause)),
    Effect.zipRight(Effect.sync(() => {
      decoder.end(lines)
      for (const line of lines) onLine(line)
      lines.length = 0
    })),
    Effect.zipRight(transport.closed),
    Effect.flatMap(shutdown),
    Effect.forkScoped
  )

  // When the connection's scope closes first, everything still waiting fails as well.
  yield* Effect.addFinalizer(() =>
    shutdown(new AppServerExited({ phase: "running", exitCode: null, signal: null, stderrTail: [] }))
  )

  // -- requests
  const attempt = (method: string, params: unknown, timeout: Duration.Duration, onResult?: (result: unknown) => void) =>
    Effect.suspend(() => {
      const id = nextId++
      const deferred = Deferred.unsafeMake<unknown, RequestError>(FiberId.none)
      pending.set(id, { method, deferred, onResult })
      requestsSent++
      return send(method, params === undefined ? { id, method } : { id, method, params }).pipe(
        Effect.zipRight(Deferred.await(deferred)),
        Effect.timeoutFail({
          duration: timeout,
          onTimeout: () => new RequestTimeout({ method, timeoutMillis: Duration.toMillis(timeout) })
        }),
        Effect.ensuring(Effect.sync(() => pending.delete(id)))
      )
    }).pipe(permits.withPermits(1))

  const request: Client["request"] = (method, params, paramsSchema, resultSchema, callOptions, onResult) =>
    Effect.gen(function*() {
      const encoded = paramsSchema === undefined
        ? params
        : yield* Schema.encodeUnknown(paramsSchema)(params).pipe(
          Effect.mapError((error) =>
            new InvalidParams({ method, code: ErrorCode.InvalidParams, message: parseError(error), data: params })
          )
        )
      const timeout = callOptions?.timeout === undefined ? options.requestTimeout : Duration.decode(callOptions.timeout)
      const schedule = callOptions?.retry === false ? undefined : callOptions?.retry ?? options.retrySchedule
      const once = attempt(method, encoded, timeout, onResult)
      const raw = yield* (schedule === undefined ? once : retryOnOverload(method, schedule)(once))
      return yield* Schema.decodeUnknown(resultSchema, { onExcessProperty: "preserve" })(raw).pipe(
        Effect.mapError((error) => new ProtocolError({ method, message: parseError(error), data: raw }))
      )
    })

  const claimTurn = (turnId: string) =>
    Effect.acquireRelease(
      Effect.sync(() => unsafeClaimTurn(turnId)),
      (sink) => releaseTurn(turnId, sink)
    )

  const unsafeClaimTurn = (turnId: string): Sink => {
    const sink = Effect.runSync(Mailbox.make<RawMessage, AppServerExited>())
    router.claim(turnId, sink)
    return sink
  }

  const releaseTurn = (turnId: string, sink: Sink) =>
    Effect.sync(() => {
      router.release(turnId, sink)
      sink.unsafeDone(Exit.void)
    })

  const subscribeGlobal = Effect.acquireRelease(
    Mailbox.make<RawMessage, AppServerExited>({ capacity: options.globalEventsCapacity, strategy: "sliding" }).pipe(
      Effect.tap((sink) => Effect.sync(() => router.subscribe(sink)))
    ),
    (sink) => Effect.sync(() => router.unsubscribe(sink)).pipe(Effect.zipRight(sink.shutdown))
  )

  const handle = (method: string, handler: RawHandler, turnId?: string) => {
    const key = handlerKey(method, turnId)
    return Effect.acquireRelease(
      Effect.sync(() => {
        const stack = handlers.get(key)
        if (stack === undefined) handlers.set(key, [handler])
        else stack.push(handler)
      }),
      () =>
        Effect.sync(() => {
          const stack = handlers.get(key)
          const i = stack?.lastIndexOf(handler) ?? -1
          if (i !== -1) stack!.splice(i, 1)
          if (stack?.length === 0) handlers.delete(key)
        })
    )
  }

  const stats = Effect.sync((): Stats => ({
    requestsSent,
    pendingRequests: pending.size,
    undecodableLines: undecodable,
    oversizedLines: decoder.oversized,
    droppedEvents: router.dropped,
    liveTurns: router.sizes.liveTurns,
    unclaimedTurns: router.sizes.unclaimedTurns
  }))

  const client: Client = {
    request,
    notify: (method, params) => send(method, params === undefined ? { method } : { method, params }),
    claimTurn,
    unsafeClaimTurn,
    releaseTurn,
    subscribeGlobal,
    handle,
    stats,
    exited: Deferred.await(exitedDeferred)
  }
  return client
})

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : Predicate.hasProperty(error, "message") ? String(error.message) : String(error)

/** Turns a subscriber's mailbox into a stream. @internal */
export const toStream = (sink: Sink): Stream.Stream<RawMessage, AppServerExited> => Mailbox.toStream(sink)
