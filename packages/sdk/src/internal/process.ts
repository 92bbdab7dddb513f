/**
 * The app-server child process: spawned with `node:child_process` (its stdio read as chunks
 * arrive, without a stream runtime in between), stderr kept in a bounded ring, and a bounded
 * shutdown ladder (close stdin, SIGTERM, SIGKILL of the process group) as the scope's finalizer.
 *
 * @internal
 */
import * as ChildProcess from "node:child_process"
import { Deferred, Duration, Effect, Option, Runtime } from "effect"
import * as AppServerConfig from "../AppServerConfig.js"
import type { AppServerProcess, ExitStatus } from "../AppServerProcess.js"
import * as CodexBinary from "../CodexBinary.js"
import { AppServerExited, AppServerStartFailed } from "../Errors.js"
import type * as Transport from "../Transport.js"

/** The longest stderr line kept; longer ones are truncated. @internal */
export const maxStderrLineLength = 2000

/**
 * The last stderr lines, bounded by count and by bytes (UTF-8), each truncated to
 * {@link maxStderrLineLength} characters.
 *
 * @internal
 */
export class Ring {
  private lines: Array<string> = []
  private sizes: Array<number> = []
  private head = 0
  /** UTF-8 bytes of the lines kept. */
  bytes = 0
  /** Lines cut to {@link maxStderrLineLength}. */
  truncated = 0
  /** Lines seen in all. */
  seen = 0
  constructor(private readonly size: number, private readonly maxBytes: number = Infinity) {}
  push(line: string): void {
    this.seen++
    let kept = line
    if (line.length > maxStderrLineLength) {
      kept = `${line.slice(0, maxStderrLineLength)}...`
      this.truncated++
    }
    const size = Buffer.byteLength(kept, "utf8")
    if (size > this.maxBytes || this.size <= 0) return
    this.lines.push(kept)
    this.sizes.push(size)
    this.bytes += size
    while (this.lines.length - this.head > this.size || this.bytes > this.maxBytes) {
      this.bytes -= this.sizes[this.head]!
      this.head++
    }
    if (this.head > 1024 && this.head * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.head)
      this.sizes = this.sizes.slice(this.head)
      this.head = 0
    }
  }
  get tail(): ReadonlyArray<string> {
    return this.lines.slice(this.head)
  }
  get count(): number {
    return this.lines.length - this.head
  }
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g

/**
 * Splits stderr text into lines, keeping at most {@link maxStderrLineLength} (+1, so that the
 * ring sees the line was longer) characters of any line, however long it is and however it is
 * chunked.
 *
 * @internal
 */
export class StderrLines {
  private partial = ""
  constructor(private readonly onLine: (line: string) => void) {}
  push(text: string): void {
    let start = 0
    let nl = text.indexOf("\n")
    while (nl !== -1) {
      const room = maxStderrLineLength + 1 - this.partial.length
      this.emit(room > 0 ? this.partial + text.slice(start, Math.min(nl, start + room)) : this.partial)
      this.partial = ""
      start = nl + 1
      nl = text.indexOf("\n", start)
    }
    if (start < text.length && this.partial.length <= maxStderrLineLength) {
      this.partial += text.slice(start, start + maxStderrLineLength + 1 - this.partial.length)
    }
  }
  end(): void {
    if (this.partial.length > 0) this.emit(this.partial)
    this.partial = ""
  }
  private emit(line: string): void {
    const clean = line.replace(ansi, "").replace(/\r$/, "")
    if (clean.length > 0) this.onLine(clean)
  }
}

/** @internal */
export const spawn = Effect.fnUntraced(function*(options: AppServerConfig.Resolved) {
  const binary = yield* CodexBinary.resolve(options.binaryPath)
  const args = AppServerConfig.commandArgs(options)
  const stderr = new Ring(options.stderrLines, options.maxStderrBytes)
  const status = yield* Deferred.make<ExitStatus>()
  const stderrEnded = yield* Deferred.make<void>()
  const runFork = Runtime.runFork(yield* Effect.runtime<never>())
  // stderr lines go to the ring at once, and to Effect's logger at debug level, one fiber a chunk
  let logged: Array<string> = []
  const flushLog = () => {
    if (logged.length === 0) return
    const batch = logged
    logged = []
    runFork(
      Effect.logDebug(batch.join("\n")).pipe(
        Effect.annotateLogs({ module: "AppServerProcess", source: "codex app-server stderr" })
      )
    )
  }

  const child = yield* Effect.async<ChildProcess.ChildProcessWithoutNullStreams, AppServerStartFailed>((resume) => {
    let proc: ChildProcess.ChildProcessWithoutNullStreams
    try {
      proc = ChildProcess.spawn(binary.path, args, {
        cwd: options.cwd,
        env: AppServerConfig.childEnv(options, process.env),
        stdio: ["pipe", "pipe", "pipe"],
        // its own process group, so that shutdown reaches whatever it started
        detached: process.platform !== "win32"
      })
    } catch (error) {
      resume(Effect.fail(startFailed(binary.path, error)))
      return
    }
    const onError = (error: Error) => resume(Effect.fail(startFailed(binary.path, error)))
    proc.once("error", onError)
    proc.once("spawn", () => {
      proc.off("error", onError)
      resume(Effect.succeed(proc))
    })
  })

  const lines = new StderrLines((line) => {
    stderr.push(line)
    if (logged.length < 100) logged.push(line)
  })
  child.stderr.setEncoding("utf8")
  child.stderr.on("data", (text: string) => {
    lines.push(text)
    flushLog()
  })
  child.stderr.once("close", () => {
    lines.end()
    flushLog()
    Deferred.unsafeDone(stderrEnded, Effect.void)
  })
  child.on("error", () => {})
  child.once("exit", (code, signal) => Deferred.unsafeDone(status, Effect.succeed({ exitCode: code, signal })))

  const pid = child.pid!
  const grace = options.shutdownGracePeriod
  const bounded = <A, E>(effect: Effect.Effect<A, E>, d: Duration.Duration) =>
    Effect.interruptible(effect).pipe(Effect.timeout(d), Effect.option)
  const waitExit = (d: Duration.Duration) => bounded(Deferred.await(status), d)
  const kill = (signal: NodeJS.Signals) =>
    Effect.sync(() => {
      try {
        if (process.platform !== "win32") process.kill(-pid, signal)
        else child.kill(signal)
      } catch {
        try {
          child.kill(signal)
        } catch {
          // already gone
        }
      }
    })

  yield* Effect.addFinalizer(() =>
    Effect.gen(function*() {
      if (yield* Deferred.isDone(status)) return
      // 1. close stdin: the server exits by itself when its input ends
      child.stdin.end()
      if (Option.isSome(yield* waitExit(grace))) return
      // 2. SIGTERM, 3. SIGKILL (the whole process group)
      yield* Effect.logDebug("app-server did not exit after stdin closed; sending SIGTERM")
      yield* kill("SIGTERM")
      if (Option.isSome(yield* waitExit(grace))) return
      yield* Effect.logWarning("app-server ignored SIGTERM; sending SIGKILL")
      yield* kill("SIGKILL")
      yield* waitExit(grace)
    }).pipe(Effect.annotateLogs({ module: "AppServerProcess", pid }))
  )

  const exitStatus = Deferred.await(status)
  const exited = (writeError: Error | undefined) =>
    Effect.gen(function*() {
      // stdout has ended: the process normally exits with it, but never wait unbounded for that;
      // after a failed write, fail what is pending now (the scope's finalizer stops the process)
      const s = Option.getOrElse(
        yield* waitExit(writeError === undefined ? grace : Duration.millis(100)),
        (): ExitStatus => ({ exitCode: null, signal: null })
      )
      // give stderr a moment to deliver the last lines that explain the exit
      yield* bounded(Deferred.await(stderrEnded), Duration.millis(200))
      const tail = stderr.tail
      return new AppServerExited({
        phase: "running",
        exitCode: s.exitCode,
        signal: s.signal,
        stderrTail: writeError === undefined ? tail : [...tail, `(writing to the app-server failed: ${writeError.message})`]
      })
    })

  // a write that fails (a broken pipe to a dead process) ends `run` with the reason, never throws
  let writeError: Error | undefined
  let onWriteError: (() => void) | undefined
  child.stdin.on("error", (error) => {
    if (writeError !== undefined) return
    writeError = error
    onWriteError?.()
  })
  const transport: Transport.Service = {
    write: (data) => {
      if (writeError === undefined && !child.stdin.destroyed) child.stdin.write(data)
    },
    buffered: () => child.stdin.writableLength,
    run: (onChunk) =>
      Effect.async<Error | undefined>((resume) => {
        let done = false
        const finish = (error: Error | undefined) => {
          if (done) return
          done = true
          resume(Effect.succeed(error))
        }
        onWriteError = () => finish(writeError)
        if (writeError !== undefined) return finish(writeError)
        child.stdout.on("data", onChunk)
        child.stdout.once("close", () => finish(undefined))
        child.stdout.once("error", finish)
        if (child.stdout.destroyed) finish(undefined)
        return Effect.sync(() => {
          child.stdout.off("data", onChunk)
        })
      }).pipe(Effect.flatMap(exited))
  }

  return {
    pid,
    binary,
    args,
    transport,
    stderrTail: Effect.sync(() => stderr.tail),
    stderrStats: Effect.sync(() => ({
      retainedBytes: stderr.bytes,
      retainedLines: stderr.count,
      truncatedLines: stderr.truncated,
      lines: stderr.seen
    })),
    exitStatus,
    kill: (signal: NodeJS.Signals) => kill(signal)
  } satisfies AppServerProcess
})

const startFailed = (path: string, error: unknown) =>
  new AppServerStartFailed({
    reason: "SpawnFailed",
    message: `could not start ${path}: ${error instanceof Error ? error.message : String(error)}`,
    stderrTail: [],
    cause: error
  })
