/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Mailbox, Scope } from "effect"
import { Cause, Deferred, Duration, Effect, Exit, Fiber, Option, Schedule, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { Exited, Handle, Output, RunOptions, SpawnOptions, StartOptions } from "../Command.js"
import type { RequestError } from "../Errors.js"
import { CommandHandleClosed } from "../Errors.js"
import type { RequestOptions } from "../JsonRpc.js"
import { EventLog } from "./eventLog.js"
import * as Push from "./push.js"

const decodeBase64 = (data: string): Uint8Array => {
  const buffer = Buffer.from(data, "base64")
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

const encodeBase64 = (data: string | Uint8Array): string =>
  (typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength)).toString("base64")

const toOutput = (params: {
  readonly stream: "stdout" | "stderr"
  readonly deltaBase64: string
  readonly capReached: boolean
}): Output => ({ stream: params.stream, bytes: decodeBase64(params.deltaBase64), capReached: params.capReached })

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

/** A long-running command's request waits as long as the command: no client-side timeout. */
const untimed: RequestOptions = { timeout: Duration.infinity, retry: false }

/**
 * A follow-up (`write`, `resize`, `terminate`). A command that ended with an error (its
 * app-server ended: a supervised client's next process does not know it) fails it with that
 * error, never reaching another process. The server registers a process a moment after it
 * received the request that starts it: a follow-up sent at once may find nothing yet. Retried
 * briefly while the command has not exited.
 */
const whileStarting = <A>(
  exited: Deferred.Deferred<Exited, RequestError>,
  effect: Effect.Effect<A, RequestError>
): Effect.Effect<A, RequestError> =>
  Effect.flatMap(Deferred.poll(exited), Option.match({ onNone: () => Effect.void, onSome: Effect.asVoid })).pipe(
    Effect.zipRight(effect),
    Effect.retry({
      schedule: Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(50))),
      while: (error) =>
        error._tag === "InvalidRequest" && /no active/i.test(error.message)
          ? Effect.negate(Deferred.isDone(exited))
          : false
    })
  )

/** How long closing a handle waits for the terminated command to report its exit. */
const closeGrace = Duration.seconds(5)

/**
 * Whether a request that ended this way may have left its command running on the server: the
 * client gave up (a timeout, an interruption, a reply it could not read), as opposed to the
 * server's own answer (an error reply, `ServerBusy` to the end) or the connection's end (the
 * server's commands end with it).
 */
const mayStillRun = (cause: Cause.Cause<RequestError>): boolean => {
  if (Cause.isInterrupted(cause)) return true
  const failure = Cause.failureOption(cause)
  if (Option.isNone(failure)) return true
  switch (failure.value._tag) {
    case "RequestTimeout":
    case "ProtocolError":
      return true
    default:
      return false
  }
}

/**
 * Stops a command the SDK gave up on: `stop` (`command/exec/terminate` or `process/kill`), retried
 * briefly while the server has not registered the command yet (and `running` says it may still
 * run), then `settled` (the command's end, when there is one to wait for); bounded by
 * `closeGrace`, errors logged, never failing. It runs in finalizers (uninterruptible): the bounded
 * part is made interruptible, or the timeout could not cut a request the server never answers.
 */
const stopBounded = (
  stop: Effect.Effect<unknown, RequestError>,
  settled: Effect.Effect<unknown, unknown> = Effect.void,
  running: Effect.Effect<boolean> = Effect.succeed(true)
) =>
  stop.pipe(
    Effect.retry({
      schedule: Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(50))),
      while: (error) => error._tag === "InvalidRequest" && /no active/i.test(error.message) ? running : false
    }),
    Effect.zipRight(settled),
    Effect.interruptible,
    Effect.timeout(closeGrace),
    Effect.catchAllCause((cause) => Effect.logDebug("stopping a command the client gave up on", cause)),
    Effect.annotateLogs({ module: "Command" }),
    Effect.asVoid
  )

const newId = () => `effect-codex-${globalThis.crypto.randomUUID()}`

/** A handle's output, failing with the command's error or, once its scope closed, `CommandHandleClosed`. */
type OutputLog = EventLog<Output, RequestError | CommandHandleClosed>

/**
 * The output of a handle: what the server sent (selected in the reader, in order, into the
 * subscription's mailbox) moved to a log its readers read from. With `replay` every reader reads
 * from the first chunk (a handle's `output`, `stdout`, `stderr`); without, one reader (`stream`).
 */
const outputLog = (
  mailbox: Mailbox.ReadonlyMailbox<Output, RequestError>,
  replay: boolean
): Effect.Effect<OutputLog, never, Scope.Scope> =>
  Effect.gen(function*() {
    const log: OutputLog = new EventLog(replay)
    const drain: Effect.Effect<void, RequestError> = Effect.flatMap(mailbox.takeAll, ([chunk, done]) => {
      for (const output of chunk) log.offer(output)
      return done ? Effect.void : drain
    })
    yield* drain.pipe(
      Effect.exit,
      Effect.flatMap((exit) =>
        Effect.sync(() => log.end(Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined))
      ),
      Effect.forkScoped
    )
    return log
  })

/**
 * What closing a handle's scope does: the handle is closed first (later uses fail with
 * `CommandHandleClosed`, and so does a reader still reading, outside the scope: it never ends
 * short without knowing) and its output dropped; then a command still running is stopped (`stop`,
 * then its exit waited for, bounded).
 */
const closeHandle = (
  processId: string,
  state: { stopping: boolean; closed: boolean },
  exited: Deferred.Deferred<Exited, RequestError>,
  log: OutputLog,
  stop: Effect.Effect<unknown, RequestError>
) =>
  Effect.addFinalizer(() =>
    Effect.suspend(() => {
      state.closed = true
      log.close(new CommandHandleClosed({ processId }))
      return Effect.flatMap(Deferred.isDone(exited), (done) => {
        if (done) return Effect.void
        state.stopping = true
        return stopBounded(stop, Deferred.await(exited), Effect.negate(Deferred.isDone(exited)))
      })
    })
  )

/** `command/exec` with its output streamed: the parts of a handle. */
const open = (
  command: ReadonlyArray<string>,
  options: StartOptions,
  replay: boolean
): Effect.Effect<Parts, RequestError, AppServer.AppServer | Scope.Scope> =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const { processId = newId(), request: requestOptions, ...wire } = options
    // subscribed before the request is sent, so that no output can be missed
    const output = yield* Push.subscribe<Output, RequestError>(server, (message) =>
      message.method === "command/exec/outputDelta" && isRecord(message.params) &&
        message.params.processId === processId
        ? Push.emit(toOutput(message.params as unknown as Schemas.CommandExecOutputDeltaNotification))
        : undefined)
    const log = yield* outputLog(output, replay)
    const exited = yield* Deferred.make<Exited, RequestError>()
    const state = { stopping: false, closed: false }
    const terminateRequest = server.request("command/exec/terminate", { processId })
    const params: Schemas.CommandExecParams = { ...wire, command, processId, streamStdoutStderr: true }
    yield* server.request("command/exec", params, { ...untimed, ...requestOptions }).pipe(
      Effect.onExit((exit) =>
        Effect.zipRight(
          // the client gave up on the request (e.g. its `request.timeout`): the command may still
          // run, stop it before reporting the failure
          Exit.isFailure(exit) && mayStillRun(exit.cause) && !state.stopping ? stopBounded(terminateRequest) : Effect.void,
          // the reply comes after every output delta, which the subscriber already holds: end there
          Effect.zipRight(
            Deferred.done(exited, Exit.map(exit, (r) => ({ ...r, outputDrainTimedOut: false }))),
            output.done(Exit.asVoid(exit))
          )
        )
      ),
      Effect.forkScoped
    )
    const terminate = whileStarting(exited, terminateRequest).pipe(Effect.asVoid)
    yield* closeHandle(processId, state, exited, log, terminateRequest)
    // let the request fiber write `command/exec` before the caller's first follow-up
    yield* Effect.yieldNow()
    return {
      processId,
      log,
      exited,
      isClosed: () => state.closed,
      write: (data, closeStdin) =>
        whileStarting(
          exited,
          server.request("command/exec/write", {
            processId,
            ...(data === undefined ? {} : { deltaBase64: encodeBase64(data) }),
            ...(closeStdin ? { closeStdin: true } : {})
          })
        ).pipe(Effect.asVoid),
      resize: (size) => whileStarting(exited, server.request("command/exec/resize", { processId, size })).pipe(Effect.asVoid),
      terminate
    } satisfies Parts
  })

/** @internal */
export const start = (
  command: ReadonlyArray<string>,
  options: StartOptions = {}
): Effect.Effect<Handle, RequestError, AppServer.AppServer | Scope.Scope> =>
  Effect.map(open(command, options, true), makeHandle).pipe(
    Effect.withSpan("Command.start", { attributes: { command: command.join(" ") } })
  )

/** @internal */
export const spawn = (
  command: ReadonlyArray<string>,
  options: SpawnOptions
): Effect.Effect<Handle, RequestError, AppServer.AppServer | Scope.Scope> =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const { processHandle = newId(), request: requestOptions, ...wire } = options
    const exited = yield* Deferred.make<Exited, RequestError>()
    const output = yield* Push.subscribe<Output, RequestError>(server, (message) => {
      if (!isRecord(message.params) || message.params.processHandle !== processHandle) return undefined
      if (message.method === "process/outputDelta") {
        return Push.emit(toOutput(message.params as unknown as Schemas.ProcessOutputDeltaNotification))
      }
      if (message.method === "process/exited") {
        const params = message.params as unknown as Schemas.ProcessExitedNotification
        Deferred.unsafeDone(
          exited,
          Exit.succeed({
            exitCode: params.exitCode,
            stdout: params.stdout,
            stderr: params.stderr,
            outputDrainTimedOut: params.outputDrainTimedOut ?? false
          })
        )
        return Push.end
      }
      return undefined
    })
    const log = yield* outputLog(output, true)
    // the output ends with the connection (the server's processes end with it): so does the exit
    yield* output.await.pipe(
      Effect.catchAllCause((cause) => Deferred.failCause(exited, cause)),
      Effect.forkScoped
    )
    const state = { stopping: false, closed: false }
    const killRequest = server.request("process/kill", { processHandle })
    const params: Schemas.ProcessSpawnParams = { ...wire, command, processHandle, streamStdoutStderr: true }
    yield* server.request("process/spawn", params, requestOptions).pipe(
      Effect.onExit((exit) =>
        Exit.isSuccess(exit) ? Effect.void : Effect.zipRight(
          // the client gave up on the request (a timeout, an interruption): the process may run
          mayStillRun(exit.cause) ? stopBounded(killRequest) : Effect.void,
          Effect.zipRight(Deferred.failCause(exited, exit.cause), output.failCause(exit.cause))
        )
      )
    )
    yield* closeHandle(processHandle, state, exited, log, killRequest)
    const kill = whileStarting(exited, killRequest).pipe(Effect.asVoid)
    return makeHandle({
      processId: processHandle,
      log,
      exited,
      isClosed: () => state.closed,
      write: (data, closeStdin) =>
        whileStarting(
          exited,
          server.request("process/writeStdin", {
            processHandle,
            ...(data === undefined ? {} : { deltaBase64: encodeBase64(data) }),
            ...(closeStdin ? { closeStdin: true } : {})
          })
        ).pipe(Effect.asVoid),
      resize: (size) => whileStarting(exited, server.request("process/resizePty", { processHandle, size })).pipe(Effect.asVoid),
      terminate: kill
    })
  }).pipe(Effect.withSpan("Command.spawn", { attributes: { command: command.join(" ") } }))

interface Parts {
  readonly processId: string
  readonly log: OutputLog
  readonly exited: Deferred.Deferred<Exited, RequestError>
  readonly isClosed: () => boolean
  readonly write: (data: string | Uint8Array | undefined, closeStdin: boolean) => Effect.Effect<void, RequestError>
  readonly resize: (size: Schemas.CommandExecTerminalSize) => Effect.Effect<void, RequestError>
  readonly terminate: Effect.Effect<void, RequestError>
}

/** @internal */
export const text = <E, R>(output: Stream.Stream<Output, E, R>, stream: Output["stream"]): Stream.Stream<string, E, R> =>
  output.pipe(
    Stream.filter((chunk) => chunk.stream === stream),
    Stream.map((chunk) => chunk.bytes),
    Stream.decodeText("utf-8")
  )

const makeHandle = (parts: Parts): Handle => {
  const closedError = () => new CommandHandleClosed({ processId: parts.processId })
  const guard = <A, E>(effect: Effect.Effect<A, E>): Effect.Effect<A, E | CommandHandleClosed> =>
    Effect.suspend((): Effect.Effect<A, E | CommandHandleClosed> => (parts.isClosed() ? Effect.fail(closedError()) : effect))
  // every consumer reads the output from its first chunk (kept while the handle's scope is open)
  const output = Stream.suspend(() => (parts.isClosed() ? Stream.fail(closedError()) : parts.log.read()))
  return {
    processId: parts.processId,
    output,
    stdout: text(output, "stdout"),
    stderr: text(output, "stderr"),
    write: (data) => guard(parts.write(data, false)).pipe(Effect.withSpan("Command.write")),
    closeStdin: guard(parts.write(undefined, true)).pipe(Effect.withSpan("Command.closeStdin")),
    resize: (size) => guard(parts.resize(size)).pipe(Effect.withSpan("Command.resize")),
    terminate: guard(parts.terminate).pipe(Effect.withSpan("Command.terminate")),
    exit: guard(Deferred.await(parts.exited))
  }
}

/** @internal */
export const run = (
  command: ReadonlyArray<string>,
  options: RunOptions = {}
): Effect.Effect<Schemas.CommandExecResponse, RequestError, AppServer.AppServer> =>
  Effect.flatMap(AppServer.AppServer, (server) => {
    const { processId = newId(), request: requestOptions, ...wire } = options
    // a buffered run with an id of ours, so that a run the client gives up on can terminate its command
    return Effect.gen(function*() {
      const request = yield* Effect.fork(
        server.request("command/exec", { ...wire, command, processId }, { ...untimed, ...requestOptions })
      )
      // interrupted, or the request failed on the client's side (e.g. its timeout): terminate the
      // command and wait (bounded) for the server to report its end
      return yield* Fiber.join(request).pipe(
        Effect.onExit((exit) =>
          Exit.isFailure(exit) && mayStillRun(exit.cause)
            ? stopBounded(server.request("command/exec/terminate", { processId }), Fiber.await(request))
            : Effect.void
        )
      )
    })
  }).pipe(Effect.withSpan("Command.run", { attributes: { command: command.join(" ") } }))

/** @internal */
export const stream = (
  command: ReadonlyArray<string>,
  options: StartOptions = {}
): Stream.Stream<Output, RequestError, AppServer.AppServer> =>
  // one consumer: the output is not kept for replay, and dropped as it is read
  Stream.unwrapScoped(
    // the stream's scope closes only once it stopped reading: `CommandHandleClosed` cannot reach it
    Effect.map(open(command, options, false), (parts) => Stream.catchTag(parts.log.read(), "CommandHandleClosed", Stream.die)).pipe(
      Effect.withSpan("Command.stream", { attributes: { command: command.join(" ") } })
    )
  )
