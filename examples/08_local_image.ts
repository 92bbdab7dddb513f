/**
 * 08 · Local image: write a PNG to a temporary directory (removed when the program ends) and
 * send it by path with `Inputs.localImage`; the app-server reads the file itself.
 *
 *   npx tsx --conditions=@effect-codex/source examples/08_local_image.ts
 */
import { FileSystem, Path } from "@effect/platform"
import { NodeContext } from "@effect/platform-node"
import { Codex, Inputs } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import * as Png from "./_shared/png.js"
import { main, showImagesSent } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const fs = yield* FileSystem.FileSystem
  const path = yield* Path.Path
  const directory = yield* fs.makeTempDirectoryScoped({ prefix: "effect-codex-example-" })
  const file = path.join(directory, "circle.png")
  yield* fs.writeFile(file, Png.redCircle())
  yield* Console.log(`wrote ${file}`)

  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const result = yield* thread.run([Inputs.text("Describe this image in one sentence."), Inputs.localImage(file)])
  yield* Console.log(result.finalResponse)

  yield* showImagesSent // offline: what the scripted model was sent
})

program.pipe(
  Effect.scoped,
  Effect.provide(NodeContext.layer),
  main({ scripts: [FakeResponses.Script.text("A solid red circle centred on a white square.")] })
)
