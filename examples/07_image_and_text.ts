/**
 * 07 · Image and text: one turn whose input mixes text and an image given by URL. codex (0.169.0 to 0.171.0)
 * only accepts `data:` URLs (a remote `https:` URL is refused with `InvalidRequest: remote image
 * URLs are not supported`), so the image is a small PNG made on the fly.
 *
 *   npx tsx --conditions=@effect-codex/source examples/07_image_and_text.ts
 */
import { Codex, Inputs } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import * as Png from "./_shared/png.js"
import { main, showImagesSent } from "./_shared/runtime.js"

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()
  const image = Png.dataUrl(Png.redCircle())
  const result = yield* thread.run([
    Inputs.text("What shape and colour do you see? Answer in one sentence."),
    Inputs.image(image)
  ])
  yield* Console.log(result.finalResponse)

  yield* showImagesSent // offline: what the scripted model was sent
})

program.pipe(main({ scripts: [FakeResponses.Script.text("A red circle on a white background.")] }))
