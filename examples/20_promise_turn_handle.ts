/**
 * 20 · Promise facade, the whole turn API: a turn handle whose events are an async iterator,
 * approvals answered by an async function, and an `AbortSignal` that interrupts a turn. Plain
 * `async`/`await`, no Effect code.
 *
 *   npx tsx --conditions=@effect-codex/source examples/20_promise_turn_handle.ts
 */
import { Approvals, PromiseClient } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { layer } from "./_shared/runtime.js"

const { Item, Script } = FakeResponses

const codex = PromiseClient.make({}, layer({
  scripts: [
    Script.reply([
      Item.message("Let me think about it.", { phase: "commentary" }),
      Item.message("Iterators, signals and promises.", { phase: "final_answer" })
    ]),
    Script.execCommand({ cmd: "ls -la", sandboxPermissions: "require_escalated", justification: "to see the files" }),
    Script.text("There are a few files here."),
    // held until the signal aborts the turn
    Script.stall({ id: "essay" })
  ]
}))

try {
  const thread = await codex.threadStart({ preset: { approvals: "onRequest" } })

  // 1. A turn handle: iterate its events, then ask for its result.
  const turn = await thread.turn("Which three things make this API pleasant?")
  const seen = new Map<string, number>()
  for await (const event of turn) seen.set(event.method, (seen.get(event.method) ?? 0) + 1)
  console.log(`events: ${[...seen].map(([method, n]) => `${method} x${n}`).join(", ")}`)
  console.log(`final response: ${(await turn.run()).finalResponse}`)

  // 2. Approvals for one turn, as an async function: look at the commands before saying yes.
  const result = await thread.run("List the files here.", {
    approvals: {
      commandExecution: async (params) => {
        const commands = Approvals.parsedCommands(params)
        const safe = commands.every((command) => command.startsWith("ls"))
        console.log(`approval asked for ${JSON.stringify(commands)}: ${safe ? "accept" : "decline"}`)
        return { decision: safe ? "accept" : "decline" }
      }
    }
  })
  console.log(`answer: ${result.finalResponse}`)

  // 3. An AbortSignal: the turn is interrupted on the server, the Promise rejects with Aborted.
  await thread.run("Write a 5000-word essay on the semicolon.", { signal: AbortSignal.timeout(1_000) }).catch(
    (error: Error & { readonly _tag: string }) => console.log(`essay: rejected with ${error._tag}`)
  )
  const { thread: info } = await thread.read({ includeTurns: true })
  console.log(`the thread's turns: ${info.turns.map((t) => t.status).join(", ")}`)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await codex.dispose()
}
