/**
 * Commands run by the app-server (`command/exec`): outside any thread, in the sandbox the server's
 * configuration (or the command's own `sandboxPolicy`) allows. `start` gives a scoped handle
 * whose `output` is a `Stream` of the command's stdout and stderr as they are written (replayed to
 * every consumer), with `write` (stdin), `resize` (a PTY), `terminate` and the exit status;
 * closing the scope (or interrupting a `stream` consumer, or the request failing on the client's
 * side) terminates a command still running. `run` waits for the
 * command and returns its buffered output. `spawn` is the same handle over the experimental
 * `process/*` methods.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Command } from "@effect-codex/sdk"
 *
 * const program = Effect.scoped(Effect.gen(function* () {
 *   const cat = yield* Command.start(["cat"], { streamStdin: true })
 *   yield* cat.write("hello\n")
 *   yield* cat.closeStdin
 *   const text = yield* Stream.mkString(cat.stdout) // "hello\n"
 *   const { exitCode } = yield* cat.exit            // 0
 * }))
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Scope, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { CommandHandleClosed, RequestError } from "./Errors.js"
import * as internal from "./internal/command.js"
import type { RequestOptions } from "./JsonRpc.js"

/**
 * One chunk of a command's output, as the server read it (a multi-byte character may be split
 * between chunks: decode with `stdout` / `stderr` or `Stream.decodeText`).
 *
 * @since 0.3.0
 * @category models
 */
export interface Output {
  /** Which of the command's streams the chunk came from. */
  readonly stream: "stdout" | "stderr"
  /** The chunk's raw bytes (decoded from the notification's base64). */
  readonly bytes: Uint8Array
  /** `true` on the last chunk of a stream that `outputBytesCap` cut short. */
  readonly capReached: boolean
}

/**
 * How a command ended. `stdout` / `stderr` are empty for a streamed command (its output went to
 * `output`); a terminated command's `exitCode` is the signal's (`137` for SIGKILL).
 *
 * @since 0.3.0
 * @category models
 */
export interface Exited {
  /** The process's exit code; for a terminated command, the signal's (`137` for SIGKILL). */
  readonly exitCode: number
  /** The buffered stdout the server reports; empty when the output was streamed, as `start` and `spawn` do. */
  readonly stdout: string
  /** The buffered stderr the server reports; empty when the output was streamed, as `start` and `spawn` do. */
  readonly stderr: string
  /** `process/*` only: output collection gave up waiting for the streams after the exit. */
  readonly outputDrainTimedOut: boolean
}

/**
 * A running command. Its scope owns it: closing the scope while it runs terminates it (and waits
 * a few seconds at most for its exit). The handle keeps the command's output while its scope is
 * open, so `output`, `stdout` and `stderr` can each be consumed any number of times, at once or
 * one after the other, each from the first chunk. Used after its scope closed, every member fails
 * with `CommandHandleClosed`.
 *
 * @since 0.3.0
 * @category models
 */
export interface Handle {
  /** The connection-scoped id the server knows the command by. */
  readonly processId: string
  /**
   * The output, as written, ending when the command exits; fails with the start's error (e.g. a
   * command the sandbox cannot spawn, or the request's client-side `RequestTimeout`). Every
   * consumer reads it from the first chunk, whenever it starts and however many read at once.
   */
  readonly output: Stream.Stream<Output, RequestError | CommandHandleClosed>
  /** `output`'s stdout, decoded as UTF-8 (its own read of `output`: takes nothing from the others). */
  readonly stdout: Stream.Stream<string, RequestError | CommandHandleClosed>
  /** `output`'s stderr, decoded as UTF-8 (its own read of `output`: takes nothing from the others). */
  readonly stderr: Stream.Stream<string, RequestError | CommandHandleClosed>
  /** Writes to the command's stdin (text as UTF-8). Needs `streamStdin: true` (or `tty`). */
  readonly write: (data: string | Uint8Array) => Effect.Effect<void, RequestError | CommandHandleClosed>
  /** Closes the command's stdin. */
  readonly closeStdin: Effect.Effect<void, RequestError | CommandHandleClosed>
  /** Resizes the command's PTY. Needs `tty: true`. */
  readonly resize: (size: Schemas.CommandExecTerminalSize) => Effect.Effect<void, RequestError | CommandHandleClosed>
  /** Terminates the command; `exit` then reports how it ended. */
  readonly terminate: Effect.Effect<void, RequestError | CommandHandleClosed>
  /** Waits for the command's exit. */
  readonly exit: Effect.Effect<Exited, RequestError | CommandHandleClosed>
}

/**
 * Options of {@link start} and {@link stream}: what `command/exec` accepts besides the command
 * (`cwd`, `env`, `streamStdin`, `tty`, `size`, `sandboxPolicy`, `timeoutMs`, ...; output is always
 * streamed), an optional `processId` (default: a random one), and the request's options (default:
 * no client-side timeout, as the reply comes when the command exits).
 *
 * @since 0.3.0
 * @category models
 */
export interface StartOptions extends Omit<Schemas.CommandExecParams, "command" | "processId" | "streamStdoutStderr"> {
  /**
   * The id the command gets on the connection (`command/exec`'s `processId`); default: a random
   * `effect-codex-<uuid>`.
   */
  readonly processId?: string
  /** Timeout and retry of `command/exec`; default: no timeout and no retry, as the reply comes at the exit. */
  readonly request?: RequestOptions
}

/**
 * Options of {@link run}: what `command/exec` accepts besides the command, for a buffered run,
 * with an optional `processId` (default: a random one) and the request's options.
 *
 * @since 0.3.0
 * @category models
 */
export interface RunOptions
  extends Omit<Schemas.CommandExecParams, "command" | "processId" | "streamStdoutStderr" | "streamStdin" | "tty" | "size">
{
  /**
   * The id the command gets on the connection, used to terminate it when `run` is interrupted;
   * default: a random `effect-codex-<uuid>`.
   */
  readonly processId?: string
  /** Timeout and retry of `command/exec`; default: no timeout and no retry, as the reply comes at the exit. */
  readonly request?: RequestOptions
}

/**
 * Options of {@link spawn}: what `process/spawn` accepts besides the command (`cwd`, an absolute
 * path, is required), an optional `processHandle` (default: a random one), and the request's
 * options.
 *
 * @since 0.3.0
 * @category models
 */
export interface SpawnOptions extends Omit<Schemas.ProcessSpawnParams, "command" | "processHandle" | "streamStdoutStderr"> {
  /**
   * The handle the process gets on the connection (`process/spawn`'s `processHandle`); default: a
   * random `effect-codex-<uuid>`.
   */
  readonly processHandle?: string
  /** Timeout and retry of `process/spawn`; default: the client's usual request options. */
  readonly request?: RequestOptions
}

/**
 * Starts a command (`command/exec` with its output streamed) and returns its handle once the
 * request is sent. A command the server cannot start fails `output` and `exit` with the server's
 * error (`InvalidRequest` for an empty command, `InternalError` for a spawn failure). When the
 * request fails on the client's side (its `request.timeout`), the command is terminated
 * (`command/exec/terminate`, bounded) before `output` and `exit` fail with that error.
 *
 * The handle keeps the output until its scope closes, at most the server's output cap per stream
 * (1 MiB by default in codex 0.171, `outputBytesCap` to change it; the last chunk before the cut
 * has `capReached: true`). With `disableOutputCap: true` nothing bounds what it keeps: use
 * {@link stream} for a command whose output has no end.
 *
 * @since 0.3.0
 * @category constructors
 */
export const start: (
  command: ReadonlyArray<string>,
  options?: StartOptions
) => Effect.Effect<Handle, RequestError, AppServer.AppServer | Scope.Scope> = internal.start

/**
 * Runs a command to its end and returns its exit code and buffered output (`command/exec`).
 * Interrupting `run`, or its request failing on the client's side (`request.timeout`), terminates
 * the command (`command/exec/terminate`, bounded) before `run` ends.
 *
 * @since 0.3.0
 * @category constructors
 */
export const run: (
  command: ReadonlyArray<string>,
  options?: RunOptions
) => Effect.Effect<Schemas.CommandExecResponse, RequestError, AppServer.AppServer> = internal.run

/**
 * A command's output as a `Stream`, ending when it exits: interrupting the consumer (or the
 * stream ending early, or failing with the request's client-side `RequestTimeout`) terminates the
 * command. One consumer per run: each chunk is dropped once read, so memory stays bounded by how
 * far the consumer lags, whatever the output cap.
 *
 * @since 0.3.0
 * @category constructors
 */
export const stream: (
  command: ReadonlyArray<string>,
  options?: StartOptions
) => Stream.Stream<Output, RequestError, AppServer.AppServer> = internal.stream

/**
 * Starts a process with the experimental `process/spawn` and returns the same handle as
 * {@link start} (`process/writeStdin`, `process/resizePty`, `process/kill`; the exit comes as
 * `process/exited`). When `process/spawn` fails on the client's side (its `request.timeout`, an
 * interruption), the process is killed (`process/kill`, bounded) before `spawn` fails. **Experimental**: the client needs `experimentalApi: true`, else it fails
 * with `InvalidRequest`. It differs from `command/exec` in running outside the sandbox, in the
 * app-server's environment, with an absolute `cwd`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const spawn: (
  command: ReadonlyArray<string>,
  options: SpawnOptions
) => Effect.Effect<Handle, RequestError, AppServer.AppServer | Scope.Scope> = internal.spawn

/**
 * Decodes one stream of a command's output as UTF-8 text.
 *
 * @since 0.3.0
 * @category combinators
 */
export const text: <E, R>(output: Stream.Stream<Output, E, R>, stream: Output["stream"]) => Stream.Stream<string, E, R> =
  internal.text
