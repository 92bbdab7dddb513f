/**
 * @internal
 */
import { Command } from "@effect/platform"
import { Deferred, Duration, Effect, Option, Stream } from "effect"
import * as AppServerConfig from "../AppServerConfig.js"
import type { AppServerProcess, ExitStatus } from "../AppServerProcess.js"
import * as CodexBinary from "../CodexBinary.js"
import { AppServerExited, AppServerStartFailed } from "../Errors.js"

/** A fixed-size ring of the last lines. @internal */
export class Ring {
  private readonly lines: Array<string> = []
  constructor(private readonly size: number) {}
  push(line: string): void {
    this.lines.push(line)
    if (this.lines.length > this.size) this.lines.shift()
  }
  get tail(): ReadonlyArray<string> {
    return this.lines.slice()
  }
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g

/** @internal */
export const spawn = Effect.fnUntraced(function*(options: AppServerConfig.Resolved) {
  const binary = yield* CodexBinary.resolve(options.binaryPath)
  const args = AppServerConfig.commandArgs(options)
  const stderr = new Ring(options.stderrLines)
  let command = Command.make(binary.path, ...args).pipe(Command.env(options.env))
  if (options.cwd !== undefined) command = Command.workingDirectory(command, options.cwd)

  const proc = yield* Command.start(command).pipe(
    Effect.mapError((cause) =>
      new AppServerStartFailed({
        reason: "SpawnFailed",
        message: `could not start ${binary.path}: ${cause.message}`,
        stderrTail: [],
        cause
      })
    )
  )

  const status = yield* Deferred.make<ExitStatus>()
  yield* proc.exitCode.pipe(
    Effect.map((code): ExitStatus => ({ exitCode: code, signal: null })),
    Effect.catchAll((error) =>
      Effect.succeed<ExitStatus>({ exitCode: null, signal: /signal: (\w+)/.exec(error.message)?.[1] ?? "unknown" })
    ),
    Effect.flatMap((s) => Deferred.succeed(status, s)),
    Effect.forkScoped
  )

  // stderr: drained into the ring and logged at debug level, never blocking the process
  const stderrDone = yield* proc.stderr.pipe(
    Stream.decodeText(),
    Stream.splitLines,
    Stream.runForEach((line) => {
      const clean = line.replace(ansi, "")
      stderr.push(clean)
      return Effect.logDebug(clean).pipe(Effect.annotateLogs("source", "codex app-server stderr"))
    }),
    Effect.ignore,
    Effect.forkScoped
  )

  const grace = options.shutdownGracePeriod
  const exited = Deferred.isDone(status)
  // Finalizers run uninterruptibly; each bounded step must be interruptible for its timeout to work.
  const bounded = <A, E>(effect: Effect.Effect<A, E>, d: Duration.Duration) =>
    Effect.interruptible(effect).pipe(Effect.timeout(d), Effect.option)
  const waitExit = (d: Duration.Duration) => bounded(Deferred.await(status), d)
  const signal = (sig: NodeJS.Signals) => bounded(proc.kill(sig), grace).pipe(Effect.ignore)

  yield* Effect.addFinalizer(() =>
    Effect.gen(function*() {
      if (!(yield* exited)) {
        // 1. close stdin: the server exits by itself when its input ends
        yield* bounded(Stream.run(Stream.empty, proc.stdin), grace).pipe(Effect.ignore)
        if (Option.isNone(yield* waitExit(grace))) {
          // 2. SIGTERM, 3. SIGKILL
          yield* Effect.logDebug("app-server did not exit after stdin closed; sending SIGTERM")
          yield* signal("SIGTERM")
          if (Option.isNone(yield* waitExit(grace))) {
            yield* Effect.logWarning("app-server ignored SIGTERM; sending SIGKILL")
            yield* signal("SIGKILL")
            yield* waitExit(grace)
          }
        }
      }
    })
  )

  const exitStatus = Deferred.await(status)
  const closed = Effect.gen(function*() {
    // stdout has ended; the process normally exits with it, but never wait unbounded for that
    const s = Option.getOrElse(yield* waitExit(grace), (): ExitStatus => ({ exitCode: null, signal: null }))
    // give stderr a moment to deliver the last lines that explain the exit
    yield* bounded(stderrDone.await, Duration.millis(200))
    return new AppServerExited({ phase: "running", exitCode: s.exitCode, signal: s.signal, stderrTail: stderr.tail })
  })

  return {
    pid: proc.pid,
    binary,
    args,
    transport: {
      input: proc.stdout,
      output: proc.stdin,
      closed
    },
    stderrTail: Effect.sync(() => stderr.tail),
    exitStatus,
    kill: signal
  } satisfies AppServerProcess
})
