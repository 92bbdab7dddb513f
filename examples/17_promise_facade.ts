/**
 * 17 · Promise facade: the same client for code not written in Effect. `PromiseClient.make` takes
 * client options and, optionally, the layer to run on (here the examples' layer, so that it also
 * works offline). Promises reject with the real tagged errors; `dispose()` stops the app-server.
 *
 *   npx tsx --conditions=@effect-codex/source examples/17_promise_facade.ts
 */
import { PromiseClient } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { layer } from "./_shared/runtime.js"

const { Script } = FakeResponses

const codex = PromiseClient.make({}, layer({
  scripts: [
    Script.text("Promises all the way down.", { chunks: 4 }),
    Script.failed("context_length_exceeded", "Your input exceeds the context window of this model.")
  ]
}))

try {
  const metadata = await codex.metadata()
  console.log(`codex ${metadata.serverVersion}`)

  const thread = await codex.threadStart()
  const result = await thread.run("Describe this API in four words.", {
    onText: (delta) => process.stdout.write(delta)
  })
  console.log(`\nstatus ${result.status}, final response: ${result.finalResponse}`)

  await thread.run("Now paste the whole internet.").catch((error: { readonly _tag: string; readonly message: string }) => {
    console.log(`rejected with ${error._tag}: ${error.message}`)
  })

  const { data } = await codex.threadList()
  console.log(`${data.length} thread(s) on this server`)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await codex.dispose()
}
