import { TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { Chunk, Deferred, Effect, Fiber, Stream } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Files from "../src/Files.js"

/** A temporary directory (real path: the server reports canonical paths), removed with the scope. */
const tempDir = Effect.acquireRelease(
  Effect.sync(() => Fs.realpathSync(Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-files-")))),
  (dir) => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true }))
)

describe("Files on the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.scoped("writes, reads (text and bytes), lists, inspects, copies and removes", () =>
      Effect.gen(function*() {
        const dir = yield* tempDir
        const file = Path.join(dir, "notes.txt")
        yield* Files.writeFile(file, "héllo ✓\n")
        assert.strictEqual(Fs.readFileSync(file, "utf8"), "héllo ✓\n")
        assert.strictEqual(yield* Files.readFileString(file), "héllo ✓\n")

        const bytes = new Uint8Array([0, 1, 2, 254, 255])
        yield* Files.writeFile(Path.join(dir, "data.bin"), bytes)
        assert.deepStrictEqual([...(yield* Files.readFile(Path.join(dir, "data.bin")))], [...bytes])

        yield* Files.createDirectory(Path.join(dir, "a", "b"))
        yield* Files.copy(file, Path.join(dir, "a", "b", "copy.txt"))
        assert.strictEqual(Fs.readFileSync(Path.join(dir, "a", "b", "copy.txt"), "utf8"), "héllo ✓\n")

        const entries = yield* Files.readDirectory(dir)
        assert.deepStrictEqual(
          [...entries].sort((x, y) => x.fileName.localeCompare(y.fileName)).map((e) => [e.fileName, e.isFile, e.isDirectory]),
          [["a", false, true], ["data.bin", true, false], ["notes.txt", true, false]]
        )

        const meta = yield* Files.metadata(file)
        assert.isTrue(meta.isFile)
        assert.isFalse(meta.isDirectory)
        assert.isFalse(meta.isSymlink)
        assert.isAbove(meta.modifiedAtMs, 0)
        assert.isTrue((yield* Files.metadata(dir)).isDirectory)

        yield* Files.remove(Path.join(dir, "a"))
        assert.isFalse(Fs.existsSync(Path.join(dir, "a")))
      }))

    it.effect("fails a relative path with InvalidParams before sending", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const before = (yield* server.stats).requestsSent
        const error = yield* Effect.flip(Files.readFile("relative/notes.txt"))
        assert.strictEqual(error._tag, "InvalidParams")
        assert.include(error.message, "absolute path")
        // data of the wrong type from plain JavaScript: typed too
        const data = yield* Effect.flip(Files.writeFile("/tmp/effect-codex-never-written.txt", 123 as never))
        assert.strictEqual(data._tag, "InvalidParams")
        assert.strictEqual((yield* server.stats).requestsSent, before)
      }))

    it.scoped("fails a missing file with the server's typed error", () =>
      Effect.gen(function*() {
        const dir = yield* tempDir
        const error = yield* Effect.flip(Files.readFile(Path.join(dir, "missing.txt")))
        assert.include(["InvalidRequest", "InternalError", "InvalidParams"], error._tag)
        assert.match(error.message, /missing\.txt|No such file|not found/i)
      }))

    it.scoped("watches a directory as a Stream of changes, and unwatches when the stream ends", () =>
      Effect.gen(function*() {
        const dir = yield* tempDir
        const started = yield* Deferred.make<string>()
        const watching = yield* Files.watch(dir, {
          watchId: "watch-temp",
          onStart: (path) => Deferred.succeed(started, path).pipe(Effect.asVoid)
        }).pipe(
          Stream.filter((change) => change.changedPaths.some((p) => p.endsWith("new.txt"))),
          Stream.take(1),
          Stream.runCollect,
          Effect.fork
        )
        assert.strictEqual(yield* Deferred.await(started), dir)
        const server = yield* AppServer.AppServer
        // while the stream runs, the watch id is taken
        const taken = yield* Effect.flip(server.request("fs/watch", { watchId: "watch-temp", path: dir }))
        assert.include(taken.message, "already exists")
        Fs.writeFileSync(Path.join(dir, "new.txt"), "x")
        const changes = yield* Fiber.join(watching)
        const change = Chunk.unsafeHead(changes)
        assert.strictEqual(change.watchId, "watch-temp")
        assert.include(change.changedPaths.join(" "), Path.join(dir, "new.txt"))
        // the stream's end sent fs/unwatch: the id is free again
        yield* server.request("fs/watch", { watchId: "watch-temp", path: dir })
        yield* server.request("fs/unwatch", { watchId: "watch-temp" })
      }))

    it.scoped("an interrupted consumer unwatches too", () =>
      Effect.gen(function*() {
        const dir = yield* tempDir
        const started = yield* Deferred.make<void>()
        const consumer = yield* Files.watch(dir, { watchId: "watch-interrupted", onStart: () => Deferred.succeed(started, undefined) }).pipe(
          Stream.runDrain,
          Effect.fork
        )
        yield* Deferred.await(started)
        yield* Fiber.interrupt(consumer)
        const server = yield* AppServer.AppServer
        yield* server.request("fs/watch", { watchId: "watch-interrupted", path: dir })
        yield* server.request("fs/unwatch", { watchId: "watch-interrupted" })
      }))
  })
})
