/**
 * 50 · Command execution: run commands through the app-server, in its sandbox, and watch them.
 * - `Command.run` waits for a command and returns its buffered output.
 * - `Command.start` gives a scoped handle: `output` / `stdout` stream as the command writes,
 *   `write` and `closeStdin` feed its stdin, `terminate` stops it, `exit` reports how it ended.
 * - `Command.stream` is the output alone: stopping the consumer terminates the command.
 *
 *   npx tsx --conditions=@effect-codex/source examples/50_command_exec.ts
 */
import { Command } from "@effect-codex/sdk"
import { Console, Effect, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const uname = yield* Command.run(["uname", "-s"])
  yield* Console.log(`run: uname -s -> ${uname.stdout.trim()} (exit ${uname.exitCode})`)

  // cat echoes what we write to its stdin, streamed back as it comes
  yield* Effect.scoped(Effect.gen(function*() {
    const cat = yield* Command.start(["cat"], { streamStdin: true })
    yield* cat.write("hello through stdin\n")
    yield* cat.closeStdin
    yield* cat.stdout.pipe(Stream.runForEach((text) => Console.log(`cat said: ${text.trimEnd()}`)))
    yield* Console.log(`cat exited with ${(yield* cat.exit).exitCode}`)
  }))

  // a long command stopped on request
  yield* Effect.scoped(Effect.gen(function*() {
    const sleep = yield* Command.start(["sleep", "60"])
    yield* sleep.terminate
    yield* Console.log(`sleep 60 terminated: exit ${(yield* sleep.exit).exitCode}`)
  }))

  // only the first two lines of an endless command: taking them ends the stream and the command
  const lines = yield* Command.stream(["sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.05; done"]).pipe(
    (output) => Command.text(output, "stdout"),
    Stream.splitLines,
    Stream.take(2),
    Stream.runCollect
  )
  yield* Console.log(`first lines of an endless loop: ${[...lines].join(", ")}`)
})

program.pipe(main())
