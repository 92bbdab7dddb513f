/**
 * 51 · Files: the app-server's file system as Effects, and a watch as a Stream.
 * - `Files.writeFile` / `readFileString` / `readFile` (bytes), `readDirectory`, `metadata`,
 *   `createDirectory`, `copy`, `remove`: absolute paths, typed errors.
 * - `Files.watch(path)` streams the changes the server sees; ending the stream unwatches.
 *
 *   npx tsx --conditions=@effect-codex/source examples/51_files.ts
 */
import { Files } from "@effect-codex/sdk"
import { Console, Effect, Stream } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { main } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const dir = yield* Effect.acquireRelease(
    Effect.sync(() => Fs.realpathSync(Fs.mkdtempSync(Path.join(Os.tmpdir(), "codex-files-example-")))),
    (dir) => Effect.sync(() => Fs.rmSync(dir, { recursive: true, force: true }))
  )
  const notes = Path.join(dir, "notes.txt")
  yield* Files.writeFile(notes, "written by the app-server\n")
  yield* Console.log(`read back: ${(yield* Files.readFileString(notes)).trimEnd()}`)

  yield* Files.createDirectory(Path.join(dir, "archive"))
  yield* Files.copy(notes, Path.join(dir, "archive", "notes.txt"))
  const entries = yield* Files.readDirectory(dir)
  yield* Console.log(
    `entries: ${[...entries].sort((a, b) => a.fileName.localeCompare(b.fileName)).map((e) => `${e.fileName}${e.isDirectory ? "/" : ""}`).join(", ")}`
  )
  const meta = yield* Files.metadata(notes)
  yield* Console.log(`notes.txt is a file: ${meta.isFile}, modified ${meta.modifiedAtMs > 0 ? "at a known time" : "unknown"}`)

  // watch the directory; once the server watches, another file appears
  const change = yield* Files.watch(dir, { onStart: () => Files.writeFile(Path.join(dir, "later.txt"), "!").pipe(Effect.orDie) }).pipe(
    Stream.filter((c) => c.changedPaths.some((p) => p.endsWith("later.txt"))),
    Stream.runHead
  )
  yield* Console.log(`watch saw: ${change._tag === "Some" ? change.value.changedPaths.map((p) => Path.basename(p)).join(", ") : "nothing"}`)

  const missing = yield* Effect.flip(Files.readFile("relative.txt"))
  yield* Console.log(`a relative path: ${missing._tag}`)
})

program.pipe(Effect.scoped, main())
