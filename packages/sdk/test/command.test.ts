import { TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import * as Os from "node:os"
import { Chunk, Deferred, Effect, Exit, Fiber, Schedule, Scope, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Command from "../src/Command.js"
import { runningWith } from "./utils/processes.js"

const gone = (error: { readonly message: string }) => /no active|no longer running/.test(error.message)

/**
 * Whether the server still runs a command by this id, probed without stopping it: closing the
 * stdin of a command that does not stream stdin fails with "stdin streaming is not enabled"
 * while the command is known, with "no active ..." / "... no longer running" once it is not. The server forgets a command a moment after its reply, so the
 * probe is repeated (bounded, about 2 s) while the command is still known: a command left running
 * (`sleep 30`) stays known and the result is `true`.
 */
const isActive = (processId: string) =>
  Effect.flatMap(AppServer.AppServer, (server) => server.request("command/exec/write", { processId, closeStdin: true })).pipe(
    Effect.as(true),
    Effect.catchIf((error) => error._tag === "InvalidRequest", (error) => Effect.succeed(!gone(error))),
    Effect.flatMap((active) => (active ? Effect.fail("active" as const) : Effect.succeed(false))),
    Effect.retry(Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(100)))),
    Effect.catchTag("AppServerExited", Effect.die),
    Effect.orElseSucceed(() => true)
  )

/**
 * A `sleep` no other process on the machine runs: its command line finds it in the process table.
 * The commands that run it disable the server's own timeout (10 s by default), which would end it
 * whatever the SDK does.
 */
const uniqueSleep = () => `${1000 + Math.floor(Math.random() * 1_000_000)}.${Math.floor(Math.random() * 1_000_000)}`

/** Waits (bounded, about 10 s) until a process runs with `text` in its command line; whether one did. */
const appears = (text: string) =>
  Effect.suspend(() => (runningWith(text).length > 0 ? Effect.succeed(true) : Effect.fail("not yet" as const))).pipe(
    Effect.retry(Schedule.spaced("20 millis").pipe(Schedule.intersect(Schedule.recurs(500)))),
    Effect.orElseSucceed(() => false)
  )

/**
 * The processes still running with `text` in their command line once those being stopped had a
 * moment to end (polled, bounded, about 10 s): `[]` when the command is gone.
 */
const leftRunning = (text: string) =>
  Effect.suspend(() => {
    const left = runningWith(text)
    return left.length === 0 ? Effect.succeed(left) : Effect.fail(left)
  }).pipe(
    Effect.retry(Schedule.spaced("50 millis").pipe(Schedule.intersect(Schedule.recurs(200)))),
    Effect.merge
  )

describe("Command on the real app-server (read-only sandbox)", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.scoped("streams a command's output and reports its exit", () =>
      Effect.gen(function*() {
        const echo = yield* Command.start(["echo", "hello from codex"])
        const text = yield* Stream.mkString(echo.stdout)
        assert.strictEqual(text, "hello from codex\n")
        const exited = yield* echo.exit
        assert.strictEqual(exited.exitCode, 0)
        assert.strictEqual(exited.stdout, "") // streamed, not buffered
      }))

    it.scoped("keeps stdout and stderr apart", () =>
      Effect.gen(function*() {
        const sh = yield* Command.start(["sh", "-c", "echo out; echo err 1>&2; exit 3"])
        const chunks = Chunk.toReadonlyArray(yield* Stream.runCollect(sh.output))
        const decode = (stream: string) =>
          Buffer.concat(chunks.filter((c) => c.stream === stream).map((c) => Buffer.from(c.bytes))).toString("utf8")
        assert.strictEqual(decode("stdout"), "out\n")
        assert.strictEqual(decode("stderr"), "err\n")
        assert.strictEqual((yield* sh.exit).exitCode, 3)
      }))

    it.scoped("writes to stdin: cat echoes what write sends, until closeStdin", () =>
      Effect.gen(function*() {
        const cat = yield* Command.start(["cat"], { streamStdin: true })
        // at once: the handle waits for the server to have registered the process
        yield* cat.write("first line\n")
        yield* cat.write(new TextEncoder().encode("second, bytes ✓\n"))
        yield* cat.closeStdin
        assert.strictEqual(yield* Stream.mkString(cat.stdout), "first line\nsecond, bytes ✓\n")
        assert.strictEqual((yield* cat.exit).exitCode, 0)
      }))


    it.scoped("terminate: the exit reports the signal", () =>
      Effect.gen(function*() {
        const sleep = yield* Command.start(["sleep", "30"])
        assert.isTrue(yield* isActive(sleep.processId)) // the probe sees a running command
        yield* sleep.terminate
        const exited = yield* sleep.exit
        assert.notStrictEqual(exited.exitCode, 0)
        assert.isTrue(Chunk.isEmpty(yield* Stream.runCollect(sleep.output)))
        assert.isFalse(yield* isActive(sleep.processId))
      }))

    it.effect("closing the handle's scope terminates a running command", () =>
      Effect.gen(function*() {
        const processId = yield* Effect.scoped(
          Effect.map(Command.start(["sleep", "30"], { processId: "scoped-sleep" }), (handle) => handle.processId)
        )
        assert.strictEqual(processId, "scoped-sleep")
        assert.isFalse(yield* isActive(processId))
      }))

    it.effect("interrupting the stream's consumer terminates the command", () =>
      Effect.gen(function*() {
        const ready = yield* Deferred.make<void>()
        const consumer = yield* Command.stream(["sh", "-c", "echo ready; exec sleep 30"], { processId: "consumed" }).pipe(
          Stream.tap(() => Deferred.succeed(ready, undefined)),
          Stream.runDrain,
          Effect.fork
        )
        yield* Deferred.await(ready)
        yield* Fiber.interrupt(consumer)
        assert.isFalse(yield* isActive("consumed"))
      }))

    it.effect("a stream taken short terminates the command", () =>
      Effect.gen(function*() {
        const first = yield* Command.stream(["sh", "-c", "echo one; exec sleep 30"], { processId: "taken" }).pipe(
          Stream.take(1),
          Stream.runCollect
        )
        assert.strictEqual(Buffer.from(Chunk.unsafeHead(first).bytes).toString("utf8"), "one\n")
        assert.isFalse(yield* isActive("taken"))
      }))

    it.scoped("an empty command fails output and exit with InvalidRequest", () =>
      Effect.gen(function*() {
        const empty = yield* Command.start([])
        const error = yield* Effect.flip(Stream.runDrain(empty.output))
        assert.strictEqual(error._tag, "InvalidRequest")
        assert.strictEqual((yield* Effect.flip(empty.exit))._tag, "InvalidRequest")
      }))

    it.effect("run returns the buffered output", () =>
      Effect.gen(function*() {
        const result = yield* Command.run(["sh", "-c", "printf abc; printf def 1>&2"])
        assert.deepStrictEqual(result, { exitCode: 0, stdout: "abc", stderr: "def" })
      }))

    it.effect("interrupting run terminates its command", () =>
      Effect.gen(function*() {
        const running = yield* Command.run(["sleep", "30"], { processId: "run-interrupted" }).pipe(Effect.fork)
        // wait until the server runs it: a write then fails for another reason than "no active"
        const server = yield* AppServer.AppServer
        const probe = yield* server.request("command/exec/write", { processId: "run-interrupted", closeStdin: true }).pipe(
          Effect.either,
          Effect.flatMap((result) =>
            result._tag === "Left" && /no active/.test(result.left.message) ? Effect.fail("not yet") : Effect.succeed(result)
          ),
          Effect.retry(Schedule.spaced("10 millis"))
        )
        assert.strictEqual(probe._tag, "Left") // running, stdin not streamed
        yield* Fiber.interrupt(running)
        assert.isFalse(yield* isActive("run-interrupted"))
      }))

    it.scoped("stdout and stderr consumed at once each get their stream", () =>
      Effect.gen(function*() {
        const sh = yield* Command.start(["sh", "-c", "echo out; echo err 1>&2"])
        const both = yield* Effect.all([Stream.mkString(sh.stdout), Stream.mkString(sh.stderr)], { concurrency: "unbounded" })
        assert.deepStrictEqual(both, ["out\n", "err\n"])
      }))

    it.scoped("every consumer sees the whole output: at once, one after the other, output after stdout", () =>
      Effect.gen(function*() {
        // the command waits for a line, so that the consumers started first read while it runs
        const sh = yield* Command.start(["sh", "-c", "echo one; read line; echo two; echo three 1>&2"], { streamStdin: true })
        const early = yield* Effect.all([Stream.mkString(sh.stdout), Stream.mkString(sh.stdout), Stream.mkString(sh.stderr)], {
          concurrency: "unbounded"
        }).pipe(Effect.fork)
        yield* sh.write("go\n")
        assert.deepStrictEqual(yield* Fiber.join(early), ["one\ntwo\n", "one\ntwo\n", "three\n"])
        // after the end: the same again, from the first chunk
        assert.strictEqual(yield* Stream.mkString(sh.stdout), "one\ntwo\n")
        assert.strictEqual(yield* Stream.mkString(sh.stderr), "three\n")
        const chunks = Chunk.toReadonlyArray(yield* Stream.runCollect(sh.output))
        // (stdout and stderr are two pipes: their order relative to each other is the server's)
        const decode = (stream: string) =>
          chunks.filter((c) => c.stream === stream).map((c) => Buffer.from(c.bytes).toString("utf8")).join("")
        assert.deepStrictEqual([decode("stdout"), decode("stderr")], ["one\ntwo\n", "three\n"])
        assert.strictEqual((yield* sh.exit).exitCode, 0)
      }))

    it.scoped("the output kept is cut at the server's cap, and every consumer sees the same cut", () =>
      Effect.gen(function*() {
        const sh = yield* Command.start(["sh", "-c", "printf 0123456789abcdef"], { outputBytesCap: 10 })
        const [first, second] = yield* Effect.all([Stream.runCollect(sh.output), Stream.runCollect(sh.output)], {
          concurrency: "unbounded"
        })
        for (const chunks of [first, second]) {
          const all = Chunk.toReadonlyArray(chunks)
          assert.strictEqual(all.map((c) => Buffer.from(c.bytes).toString("utf8")).join(""), "0123456789")
          assert.isTrue(all[all.length - 1]!.capReached)
        }
      }))

    it.effect("a handle used after its scope closed fails with CommandHandleClosed", () =>
      Effect.gen(function*() {
        const handle = yield* Effect.scoped(
          Effect.tap(Command.start(["echo", "gone"], { processId: "closed-handle" }), (h) => h.exit)
        )
        const failures = [
          yield* Effect.flip(Stream.runDrain(handle.output)),
          yield* Effect.flip(Stream.runDrain(handle.stdout)),
          yield* Effect.flip(Stream.runDrain(handle.stderr)),
          yield* Effect.flip(handle.exit),
          yield* Effect.flip(handle.write("x")),
          yield* Effect.flip(handle.closeStdin),
          yield* Effect.flip(handle.resize({ rows: 1, cols: 1 })),
          yield* Effect.flip(handle.terminate)
        ]
        for (const failure of failures) {
          assert.strictEqual(failure._tag, "CommandHandleClosed")
          assert.include(failure.message, "closed-handle")
        }
      }))

    it.effect("a reader still reading when the handle's scope closes fails with CommandHandleClosed, not ending short", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        const reader = yield* Effect.scoped(Effect.gen(function*() {
          const sh = yield* Command.start(["sh", "-c", `echo one; exec sleep ${marker}`], { disableTimeout: true })
          const first = yield* Deferred.make<void>()
          // forked from this fiber, not in the handle's scope: it outlives the scope
          const reader = yield* sh.stdout.pipe(Stream.tap(() => Deferred.succeed(first, undefined)), Stream.mkString, Effect.fork)
          yield* Deferred.await(first)
          return reader
        }))
        const error = yield* Effect.flip(Fiber.join(reader))
        assert.strictEqual(error._tag, "CommandHandleClosed")
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
      }))

    it.effect("run whose request times out on the client's side terminates its command", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        const running = yield* Command.run(["sleep", marker], { disableTimeout: true, request: { timeout: "3 seconds" } }).pipe(Effect.fork)
        assert.isTrue(yield* appears(`sleep ${marker}`))
        const error = yield* Effect.flip(Fiber.join(running))
        assert.strictEqual(error._tag, "RequestTimeout")
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
      }))

    it.effect("start whose request times out terminates its command: exit and output fail with RequestTimeout", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        yield* Effect.scoped(Effect.gen(function*() {
          const sh = yield* Command.start(["sh", "-c", `echo started; exec sleep ${marker}`], {
            disableTimeout: true,
            request: { timeout: "3 seconds" }
          })
          assert.isTrue(yield* appears(`sleep ${marker}`))
          assert.strictEqual((yield* Effect.flip(sh.exit))._tag, "RequestTimeout")
          // the command is stopped before the failure is reported, inside the handle's scope
          assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
          // what it wrote is still there, then the failure
          const chunks: Array<string> = []
          const error = yield* Effect.flip(Stream.runForEach(sh.stdout, (text) => Effect.sync(() => void chunks.push(text))))
          assert.strictEqual(chunks.join(""), "started\n")
          assert.strictEqual(error._tag, "RequestTimeout")
        }))
      }))

    it.effect("stream whose request times out fails with RequestTimeout and leaves nothing running", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        const consumer = yield* Command.stream(["sleep", marker], { disableTimeout: true, request: { timeout: "3 seconds" } }).pipe(
          Stream.runDrain,
          Effect.fork
        )
        assert.isTrue(yield* appears(`sleep ${marker}`))
        assert.strictEqual((yield* Effect.flip(Fiber.join(consumer)))._tag, "RequestTimeout")
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
      }))

    it.effect("closing the handle's scope leaves no process behind", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        yield* Effect.scoped(Effect.gen(function*() {
          yield* Command.start(["sleep", marker], { disableTimeout: true })
          assert.isTrue(yield* appears(`sleep ${marker}`))
        }))
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
      }))

    it.effect("closing the handle's scope is bounded when the server never answers terminate (server stopped)", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const pid = server.pid!
        const marker = uniqueSleep()
        // the server is resumed only once the handle's scope closed (or, should the close hang, by
        // a safety net far past the documented bound, which the assertion below then catches)
        let resumed = false
        const resume = () => {
          if (resumed) return
          resumed = true
          process.kill(pid, "SIGCONT")
        }
        const closedWhileStopped = yield* Effect.gen(function*() {
          const scope = yield* Scope.make()
          yield* Command.start(["sleep", marker], { disableTimeout: true }).pipe(Scope.extend(scope))
          assert.isTrue(yield* appears(`sleep ${marker}`))
          process.kill(pid, "SIGSTOP")
          const safetyNet = setTimeout(resume, 60_000)
          yield* Scope.close(scope, Exit.void)
          clearTimeout(safetyNet)
          return !resumed
        }).pipe(Effect.ensuring(Effect.sync(resume)))
        assert.isTrue(closedWhileStopped)
        // resumed, the server reads the terminate request it was sent
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
        assert.strictEqual((yield* Command.run(["echo", "still serving"])).stdout, "still serving\n")
      }), 90_000)

    it.scoped("resizes a command's PTY (tty needs a sandbox policy that allows it)", () =>
      Effect.gen(function*() {
        const tty = yield* Command.start(["sh", "-c", "stty size; read line; stty size"], {
          tty: true,
          size: { rows: 10, cols: 40 },
          sandboxPolicy: { type: "dangerFullAccess" }
        })
        const first = yield* Deferred.make<void>()
        const text = yield* tty.stdout.pipe(
          Stream.tap((t) => (t.includes("10 40") ? Deferred.succeed(first, undefined) : Effect.void)),
          Stream.mkString,
          Effect.fork
        )
        yield* Deferred.await(first)
        yield* tty.resize({ rows: 20, cols: 80 })
        yield* tty.write("\n")
        const all = yield* Fiber.join(text)
        assert.include(all, "20 80")
        assert.strictEqual((yield* tty.exit).exitCode, 0)
      }))

    it.scoped("spawn (experimental) fails with InvalidRequest naming experimentalApi without it", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Command.spawn(["echo", "x"], { cwd: Os.tmpdir() }))
        assert.strictEqual(error._tag, "InvalidRequest")
        assert.include(error.message, "experimentalApi")
      }))
  })
})

describe("Command on the real app-server with maxRequestsInFlight: 1", () => {
  layer(TestCodex.layer({ client: { maxRequestsInFlight: 1 } }), { excludeTestServices: true })((it) => {
    it.scoped("a running command holds no request permit: its own write goes through, and other requests", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const cat = yield* Command.start(["cat"], { streamStdin: true })
        const echoed = yield* cat.stdout.pipe(Stream.take(1), Stream.mkString, Effect.fork)
        yield* cat.write("ping\n")
        assert.strictEqual(yield* Fiber.join(echoed), "ping\n")
        // other requests, a command of its own among them, while cat still runs
        assert.strictEqual((yield* Command.run(["echo", "other"])).stdout, "other\n")
        yield* server.request("config/read", {})
        yield* cat.closeStdin
        assert.strictEqual((yield* cat.exit).exitCode, 0)
      }))

    it.effect("closing the scope of a running command terminates it", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        yield* Effect.scoped(Effect.gen(function*() {
          yield* Command.start(["sleep", marker], { streamStdin: true, disableTimeout: true })
          assert.isTrue(yield* appears(`sleep ${marker}`))
        }))
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
      }))
  })
})

describe("Command on a supervised app-server that is restarted", () => {
  layer(TestCodex.layer({ client: { restartSchedule: Schedule.spaced("100 millis"), experimentalApi: true } }), {
    excludeTestServices: true
  })((it) => {
    it.scoped("a handle whose command ended with its process fails write and terminate with that error", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const cat = yield* Command.start(["cat"], { streamStdin: true })
        const echoed = yield* cat.stdout.pipe(Stream.take(1), Stream.mkString, Effect.fork)
        yield* cat.write("ping\n")
        assert.strictEqual(yield* Fiber.join(echoed), "ping\n")
        process.kill(server.pid!, "SIGKILL")
        const ended = yield* Effect.flip(cat.exit)
        assert.strictEqual(ended._tag, "AppServerExited")
        // the next process serves
        assert.strictEqual((yield* Command.run(["echo", "next"])).stdout, "next\n")
        assert.strictEqual((yield* Effect.flip(cat.write("more\n")))._tag, "AppServerExited")
        assert.strictEqual((yield* Effect.flip(cat.terminate))._tag, "AppServerExited")
        assert.strictEqual((yield* Effect.flip(cat.resize({ rows: 1, cols: 1 })))._tag, "AppServerExited")
      }))

    it.scoped("a spawned process's handle ends with its app-server: exit and follow-ups fail with AppServerExited", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const cat = yield* Command.spawn(["cat"], { cwd: Os.tmpdir(), streamStdin: true })
        const echoed = yield* cat.stdout.pipe(Stream.take(1), Stream.mkString, Effect.fork)
        yield* cat.write("ping\n")
        assert.strictEqual(yield* Fiber.join(echoed), "ping\n")
        process.kill(server.pid!, "SIGKILL")
        assert.strictEqual((yield* Effect.flip(cat.exit))._tag, "AppServerExited")
        assert.strictEqual((yield* Effect.flip(Stream.runDrain(cat.output)))._tag, "AppServerExited")
        assert.strictEqual((yield* Command.run(["echo", "next"])).stdout, "next\n")
        assert.strictEqual((yield* Effect.flip(cat.write("more\n")))._tag, "AppServerExited")
        assert.strictEqual((yield* Effect.flip(cat.terminate))._tag, "AppServerExited")
      }))
  })
})

describe("Command.spawn on the real app-server with experimentalApi", () => {
  layer(TestCodex.layer({ client: { experimentalApi: true } }), { excludeTestServices: true })((it) => {
    it.scoped("streams a spawned process's output, writes its stdin and reports its exit", () =>
      Effect.gen(function*() {
        const cat = yield* Command.spawn(["cat"], { cwd: Os.tmpdir(), streamStdin: true })
        yield* cat.write("spawned\n")
        yield* cat.closeStdin
        assert.strictEqual(yield* Stream.mkString(cat.stdout), "spawned\n")
        assert.strictEqual((yield* cat.exit).exitCode, 0)
      }))

    it.scoped("kills a spawned process when asked, and the scope closes cleanly", () =>
      Effect.gen(function*() {
        const sleep = yield* Command.spawn(["sleep", "30"], { cwd: Os.tmpdir() })
        yield* sleep.terminate
        assert.notStrictEqual((yield* sleep.exit).exitCode, 0)
      }))

    it.effect("spawn whose request times out on the client's side kills the process", () =>
      Effect.gen(function*() {
        const marker = uniqueSleep()
        // `process/spawn` answers as soon as the process runs: a timeout of a microsecond gives up before that
        const error = yield* Effect.flip(
          Effect.scoped(Command.spawn(["sleep", marker], { cwd: Os.tmpdir(), timeoutMs: null, request: { timeout: "1 micros" } }))
        )
        assert.strictEqual(error._tag, "RequestTimeout")
        assert.deepStrictEqual(yield* leftRunning(`sleep ${marker}`), [])
      }))

    it.scoped("resizes a PTY (tty outside the sandbox)", () =>
      Effect.gen(function*() {
        const tty = yield* Command.spawn(["sh", "-c", "stty size; read line; stty size"], {
          cwd: Os.tmpdir(),
          tty: true,
          size: { rows: 10, cols: 40 }
        })
        const lines = yield* Deferred.make<void>()
        const text = yield* tty.stdout.pipe(
          Stream.tap((t) => (t.includes("10 40") ? Deferred.succeed(lines, undefined) : Effect.void)),
          Stream.mkString,
          Effect.fork
        )
        yield* Deferred.await(lines)
        yield* tty.resize({ rows: 20, cols: 80 })
        yield* tty.write("\n")
        const all = yield* Fiber.join(text)
        assert.include(all, "10 40")
        assert.include(all, "20 80")
      }))
  })
})
