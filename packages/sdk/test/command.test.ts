import { TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import * as Os from "node:os"
import { Chunk, Deferred, Effect, Fiber, Schedule, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Command from "../src/Command.js"

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
