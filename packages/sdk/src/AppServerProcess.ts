/**
 * The `codex app-server` child process as a scoped resource: spawned with `node:child_process`
 * in a process group of its own, its stdout read as chunks arrive (no stream runtime in between),
 * its stderr drained into a bounded ring (long lines truncated; logged at debug level), and shut
 * down when its scope closes: stdin closed, a grace period, SIGTERM, another grace period, then
 * SIGKILL. Every step is bounded, so closing the scope never hangs and never leaves the process
 * behind.
 *
 * @since 0.1.0
 */
import type { Effect, Scope } from "effect"
import type * as AppServerConfig from "./AppServerConfig.js"
import type { CodexBinaryNotFound, ResolvedBinary } from "./CodexBinary.js"
import type { AppServerStartFailed } from "./Errors.js"
import * as internal from "./internal/process.js"
import type * as Transport from "./Transport.js"

/**
 * How the process ended: an exit code, or the signal that killed it.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExitStatus {
  /** The exit code; `null` when a signal ended the process. */
  readonly exitCode: number | null
  /** The name of the signal that ended the process, such as `SIGKILL`; `null` when it exited by itself. */
  readonly signal: string | null
}

/**
 * What the stderr ring holds: bounded by `stderrLines` and `maxStderrBytes`, each line cut to
 * 2,000 characters.
 *
 * @since 0.2.0
 * @category models
 */
export interface StderrStats {
  /** UTF-8 bytes of the lines kept. */
  readonly retainedBytes: number
  /** Lines kept. */
  readonly retainedLines: number
  /** Lines longer than 2,000 characters (cut). */
  readonly truncatedLines: number
  /** Lines seen since the start. */
  readonly lines: number
}

/**
 * A running app-server process.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppServerProcess {
  /** The OS process id; the process leads its own process group (except on Windows). */
  readonly pid: number
  /** The executable it was started from, and where that came from. */
  readonly binary: ResolvedBinary
  /** The arguments it was started with. */
  readonly args: ReadonlyArray<string>
  /** Its stdio as a JSON-RPC transport. */
  readonly transport: Transport.Service
  /** The last stderr lines (oldest first). */
  readonly stderrTail: Effect.Effect<ReadonlyArray<string>>
  /** How much of stderr is kept, and how much was cut. */
  readonly stderrStats: Effect.Effect<StderrStats>
  /** Waits for the process to end. */
  readonly exitStatus: Effect.Effect<ExitStatus>
  /** Sends a signal to the process (and its process group). */
  readonly kill: (signal: NodeJS.Signals) => Effect.Effect<void>
}

/**
 * Spawns the app-server. The scope owns the process.
 *
 * @since 0.1.0
 * @category constructors
 */
export const spawn: (
  options: AppServerConfig.Resolved
) => Effect.Effect<
  AppServerProcess,
  CodexBinaryNotFound | AppServerStartFailed,
  Scope.Scope
> = internal.spawn
