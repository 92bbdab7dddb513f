/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Scope } from "effect"
import { Deferred, Duration, Effect, Exit, Fiber, Mailbox, Schedule, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { Exited, Handle, Output, RunOptions, SpawnOptions, StartOptions } from "../Command.js"
import type { RequestError } from "../Errors.js"
import type { RequestOptions } from "../JsonRpc.js"
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
 * The server registers a process a moment after it received the request that starts it: a
 * follow-up sent at once may find nothing yet. Retried briefly while the command has not exited.
 */
const whileStarting = <A>(
  exited: Deferred.Deferred<Exited, RequestError>,
  effect: Effect.Effect<A, RequestError>
): Effect.Effect<A, RequestError> =>
  effect.pipe(
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

const finalize = (
  exited: Deferred.Deferred<Exited, RequestError>,
  stop: Effect.Effect<unknown, RequestError>
) =>
  Effect.flatMap(Deferred.isDone(exited), (done) =>
    done
      ? Effect.void
      : stop.pipe(
        Effect.zipRight(Deferred.await(exited)),
        Effect.timeout(closeGrace),
        Effect.catchAllCause((cause) => Effect.logDebug("closing a command handle", cause)),
        Effect.annotateLogs({ module: "Command" })
      )
  ).pipe(Effect.asVoid)

const newId = () => `effect-codex-${globalThis.crypto.randomUUID()}`

/** @internal */
export const start = (
  command: ReadonlyArray<string>,
  options: StartOptions = {}
): Effect.Effect<Handle, RequestError, AppServer.AppServer | Scope.Scope> =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const { processId = newId(), request: requestOptions, ...wire } = options
    // subscribed before the request is sent, so that no output can be missed
    const output = yield* Push.subscribe<Output, RequestError>(server, (message) =>
      message.method === "command/exec/outputDelta" && isRecord(message.params) &&
        message.params.processId === processId
        ? Push.emit(toOutput(message.params as unknown as Schemas.CommandExecOutputDeltaNotification))
        : undefined)
    const exited = yield* Deferred.make<Exited, RequestError>()
    const params: Schemas.CommandExecParams = { ...wire, command, processId, streamStdoutStderr: true }
    yield* server.request("command/exec", params, { ...untimed, ...requestOptions }).pipe(
      Effect.exit,
      // the reply comes after every output delta, which the subscriber already holds: end there
      Effect.flatMap((exit) =>
        Effect.zipRight(
          Deferred.done(exited, Exit.map(exit, (r) => ({ ...r, outputDrainTimedOut: false }))),
          output.done(Exit.asVoid(exit))
        )
      ),
      Effect.forkScoped
    )
    const terminate = whileStarting(exited, server.request("command/exec/terminate", { processId })).pipe(Effect.asVoid)
    yield* Effect.addFinalizer(() => finalize(exited, terminate))
    // let the request fiber write `command/exec` before the caller's first follow-up
    yield* Effect.yieldNow()
    return makeHandle({
      processId,
      output,
      exited,
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
    })
  }).pipe(Effect.withSpan("Command.start", { attributes: { command: command.join(" ") } }))

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
    const params: Schemas.ProcessSpawnParams = { ...wire, command, processHandle, streamStdoutStderr: true }
    yield* server.request("process/spawn", params, requestOptions).pipe(
      Effect.tapError((error) => Effect.zipRight(Deferred.fail(exited, error), output.fail(error)))
    )
    const kill = whileStarting(exited, server.request("process/kill", { processHandle })).pipe(Effect.asVoid)
    yield* Effect.addFinalizer(() => finalize(exited, kill))
    return makeHandle({
      processId: processHandle,
      output,
      exited,
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
  readonly output: Mailbox.ReadonlyMailbox<Output, RequestError>
  readonly exited: Deferred.Deferred<Exited, RequestError>
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
  const output = Mailbox.toStream(parts.output)
  return {
    processId: parts.processId,
    output,
    stdout: text(output, "stdout"),
    stderr: text(output, "stderr"),
    write: (data) => parts.write(data, false).pipe(Effect.withSpan("Command.write")),
    closeStdin: parts.write(undefined, true).pipe(Effect.withSpan("Command.closeStdin")),
    resize: (size) => parts.resize(size).pipe(Effect.withSpan("Command.resize")),
    terminate: parts.terminate.pipe(Effect.withSpan("Command.terminate")),
    exit: Deferred.await(parts.exited)
  }
}

/** @internal */
export const run = (
  command: ReadonlyArray<string>,
  options: RunOptions = {}
): Effect.Effect<Schemas.CommandExecResponse, RequestError, AppServer.AppServer> =>
  Effect.flatMap(AppServer.AppServer, (server) => {
    const { processId = newId(), request: requestOptions, ...wire } = options
    // a buffered run with an id of ours, so that an interrupted run can terminate its command
    return Effect.gen(function*() {
      const request = yield* Effect.fork(
        server.request("command/exec", { ...wire, command, processId }, { ...untimed, ...requestOptions })
      )
      // interrupted: terminate the command and wait (bounded) for the server to report its end
      const terminate = server.request("command/exec/terminate", { processId }).pipe(
        Effect.retry({
          schedule: Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(50))),
          while: (error) => error._tag === "InvalidRequest" && /no active/i.test(error.message)
        }),
        Effect.zipRight(Fiber.await(request)),
        Effect.timeout(closeGrace),
        Effect.catchAllCause((cause) => Effect.logDebug("terminating an interrupted command", cause)),
        Effect.annotateLogs({ module: "Command" })
      )
      return yield* Fiber.join(request).pipe(Effect.onInterrupt(() => terminate))
    })
  }).pipe(Effect.withSpan("Command.run", { attributes: { command: command.join(" ") } }))

/** @internal */
export const stream = (
  command: ReadonlyArray<string>,
  options: StartOptions = {}
): Stream.Stream<Output, RequestError, AppServer.AppServer> =>
  Stream.unwrapScoped(Effect.map(start(command, options), (handle) => handle.output))
