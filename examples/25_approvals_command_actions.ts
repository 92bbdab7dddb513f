/**
 * 25 · Approvals decided on `commandActions`: the server parses the shell command it wants to run
 * into actions (`read`, `listFiles`, `search`, or `unknown`); this policy accepts a command only
 * when every action is a known read-only kind, and declines anything else (pipes, redirections,
 * `&&` chains and unknown programs come back as `unknown`). Offline, the scripted model asks for
 * five commands in turn.
 *
 *   npx tsx --conditions=@effect-codex/source examples/25_approvals_command_actions.ts
 */
import type { Registry } from "@effect-codex/protocol"
import { Codex } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

type Params = Registry.ServerRequestParams<"item/commandExecution/requestApproval">

const readOnly = new Set(["read", "listFiles", "search"])

/** Accept when the server parsed the command into read-only actions only; decline otherwise. */
const policy = (params: Params) => {
  const actions = params.commandActions ?? []
  const accept = actions.length > 0 && actions.every((action) => readOnly.has(action.type))
  return Effect.as(
    Console.log(`${params.command} → ${actions.map((a) => `${a.type}(${a.command})`).join(", ")}: ${accept ? "accept" : "decline"}`),
    { decision: accept ? "accept" as const : "decline" as const }
  )
}

const commands = ["ls -la", "cat config.toml", "grep -rn model .", "git status && ls", "rm -rf build"]

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
  for (const command of commands) {
    const result = yield* thread.run(`Run \`${command}\` and tell me what happened.`, {
      approvals: { commandExecution: policy }
    })
    const ran = result.items.flatMap((item) => item.type === "commandExecution" ? [item.status] : [])
    yield* Console.log(`  command ${ran.join(", ")}; answer: ${result.finalResponse}`)
  }
})

program.pipe(main({
  scripts: commands.flatMap((command) => FakeResponses.Flow.commandApproval(command, { answer: `That was \`${command}\`.` }))
}))
