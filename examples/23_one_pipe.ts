/**
 * 23 · A program in one pipe: every operation of the client is also a module function that
 * requires `Codex` (`Codex.threadStart`, `Codex.thread`, `Codex.models`, ...), so no
 * `yield* Codex.Codex` is needed. Input mistakes fail with `InvalidParams` before any request: an
 * empty input list, a local image that does not exist, an unknown reasoning effort.
 *
 * The layer here comes from the examples' runtime (your Codex, or offline a scripted model); in
 * your program it is `Codex.layer()`, or `Codex.layerConfig({ ... })` with a `Config` per option:
 *
 * ```ts
 * Codex.layerConfig({ binaryPath: Config.string("MY_CODEX"), requestTimeout: Config.duration("MY_TIMEOUT") })
 * ```
 *
 *   npx tsx --conditions=@effect-codex/source examples/23_one_pipe.ts
 */
import { Codex, Inputs } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const program = Codex.threadStart().pipe(
  Effect.flatMap((thread) => thread.run("Name a prime number between 10 and 20.")),
  Effect.tap((result) => Console.log(result.finalResponse)),
  Effect.flatMap((result) => Codex.thread(result.threadId)),
  Effect.tap((thread) =>
    Effect.all([
      thread.run([]),
      thread.run([Inputs.text("What is in this picture?"), Inputs.localImage("no/such/picture.png")]),
      thread.run("Think hard.", { effort: "extreme" })
    ].map((run) => run.pipe(Effect.catchTag("InvalidParams", (error) => Console.log(`InvalidParams: ${error.message}`)))))
  ),
  Effect.zipRight(Codex.models()),
  Effect.tap((models) => Console.log(`${models.data.length > 0 ? "models listed" : "no models"}`))
)

program.pipe(main({ scripts: [FakeResponses.Script.text("13 is a prime number between 10 and 20.")] }))
