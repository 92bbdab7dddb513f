/**
 * A minimal stdio JSON-RPC client for the smoke tests and the traffic recorder (deliberately not
 * the SDK, which they check): spawns a process, writes one JSON
 * object per line to its stdin, routes the replies by id, and publishes everything else
 * (notifications and server requests). The process is stopped when the scope closes: stdin is
 * closed, then SIGKILL if it has not exited within a few seconds.
 */
import * as ChildProcess from "node:child_process"
import * as Readline from "node:readline"
import { Data, Deferred, Duration, Effect, Exit, Option, PubSub, Queue } from "effect"
import type { Scope } from "effect"

/** A message from the server that is not a reply: a notification, or a request when `id` is set. */
export interface Incoming {
  readonly id?: number | string
  readonly method: string
  readonly params?: unknown
}

/** An error reply. */
export class RpcError extends Data.TaggedError("RpcError")<{
  readonly method: string
  readonly code: number
  readonly message: string
  readonly data: unknown
}> {}

/** The process exited (or could not start) while a reply was awaited. */
export class ProcessExited extends Data.TaggedError("ProcessExited")<{
  readonly code: number | null
  readonly signal: string | null
  readonly stderr: string
}> {}

export interface ExitStatus {
  readonly code: number | null
  readonly signal: string | null
}

export interface StdioClient {
  readonly pid: number
  /** Sends a request and waits for its reply. */
  readonly request: (method: string, params: unknown) => Effect.Effect<unknown, RpcError | ProcessExited>
  readonly notify: (method: string, params?: unknown) => Effect.Effect<void>
  /** Answers a server request. */
  readonly respond: (id: number | string, result: unknown) => Effect.Effect<void>
  /** Everything that is not a reply, from now on, until the scope closes. */
  readonly subscribe: Effect.Effect<Queue.Dequeue<Incoming>, never, Scope.Scope>
  /** The tail of stderr. */
  readonly stderr: Effect.Effect<string>
  /** Completes when the process has exited. */
  readonly exited: Effect.Effect<ExitStatus>
  /** The exit status if the process has exited, without waiting. */
  readonly exitStatus: Effect.Effect<Option.Option<ExitStatus>>
}

export interface Options {
  readonly command: string
  readonly args: ReadonlyArray<string>
  readonly env: Readonly<Record<string, string>>
  readonly cwd: string
  /** Sees every message, in order: what the client writes and what the server writes. */
  readonly tap?: (dir: "client" | "server", message: unknown) => void
}

const stderrLimit = 64 * 1024

interface Pending {
  readonly method: string
  readonly deferred: Deferred.Deferred<unknown, RpcError | ProcessExited>
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

export const make = (options: Options): Effect.Effect<StdioClient, never, Scope.Scope> =>
  Effect.gen(function*() {
    const incoming = yield* PubSub.unbounded<Incoming>()
    const exit = yield* Deferred.make<ExitStatus>()
    const pending = new Map<number, Pending>()
    let stderr = ""
    let nextId = 1

    const child = yield* Effect.acquireRelease(
      Effect.sync(() =>
        ChildProcess.spawn(options.command, [...options.args], {
          cwd: options.cwd,
          env: { ...process.env, ...options.env },
          stdio: ["pipe", "pipe", "pipe"]
        })
      ),
      (child) =>
        Effect.gen(function*() {
          if (Option.isNone(yield* Deferred.poll(exit))) {
            child.stdin.end()
            // releases run uninterruptibly: the wait must be interruptible for its timeout to fire
            const waitExit = Effect.interruptible(Deferred.await(exit)).pipe(Effect.timeout(Duration.seconds(5)), Effect.option)
            if (Option.isNone(yield* waitExit)) {
              child.kill("SIGKILL")
              yield* waitExit
            }
          }
        })
    )

    const onExit = (status: ExitStatus) => {
      Deferred.unsafeDone(exit, Exit.succeed(status))
      const error = new ProcessExited({ ...status, stderr })
      for (const entry of pending.values()) Deferred.unsafeDone(entry.deferred, Exit.fail(error))
      pending.clear()
    }
    child.on("exit", (code, signal) => onExit({ code, signal }))
    child.on("error", () => onExit({ code: null, signal: null }))
    child.stdin.on("error", () => undefined)
    child.stderr.setEncoding("utf8")
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-stderrLimit)
    })

    const lines = Readline.createInterface({ input: child.stdout })
    lines.on("line", (line) => {
      let message: unknown
      try {
        message = JSON.parse(line)
      } catch {
        return
      }
      options.tap?.("server", message)
      if (!isRecord(message)) return
      const id = message.id
      if (typeof message.method === "string") {
        const out: Incoming = typeof id === "number" || typeof id === "string"
          ? { id, method: message.method, params: message.params }
          : { method: message.method, params: message.params }
        incoming.unsafeOffer(out)
        return
      }
      if (typeof id !== "number") return
      const entry = pending.get(id)
      if (entry === undefined) return
      pending.delete(id)
      if (isRecord(message.error)) {
        const error = message.error
        Deferred.unsafeDone(
          entry.deferred,
          Exit.fail(
            new RpcError({
              method: entry.method,
              code: typeof error.code === "number" ? error.code : 0,
              message: typeof error.message === "string" ? error.message : "",
              data: error.data
            })
          )
        )
      } else {
        Deferred.unsafeDone(entry.deferred, Exit.succeed(message.result))
      }
    })
    yield* Effect.addFinalizer(() => Effect.sync(() => lines.close()))

    const write = (message: unknown) =>
      Effect.sync(() => {
        options.tap?.("client", message)
        if (child.stdin.writable) child.stdin.write(JSON.stringify(message) + "\n")
      })

    const request = (method: string, params: unknown) =>
      Effect.gen(function*() {
        const deferred = yield* Deferred.make<unknown, RpcError | ProcessExited>()
        const id = nextId++
        // register first: an exit from here on fails the entry; an exit before is seen by the poll
        pending.set(id, { method, deferred })
        const exited = yield* Deferred.poll(exit)
        if (Option.isSome(exited)) {
          pending.delete(id)
          return yield* new ProcessExited({ ...(yield* exited.value), stderr })
        }
        yield* write({ id, method, params })
        return yield* Deferred.await(deferred).pipe(Effect.ensuring(Effect.sync(() => pending.delete(id))))
      })

    return {
      pid: child.pid ?? -1,
      request,
      notify: (method, params) => write(params === undefined ? { method } : { method, params }),
      respond: (id, result) => write({ id, result }),
      subscribe: PubSub.subscribe(incoming),
      stderr: Effect.sync(() => stderr),
      exited: Deferred.await(exit),
      exitStatus: Effect.flatMap(Deferred.poll(exit), (o) => Option.isSome(o) ? Effect.asSome(o.value) : Effect.succeedNone)
    } satisfies StdioClient
  })
