/**
 * 53 · MCP servers, skills and configuration.
 * - `Mcp.servers()` lists the configured MCP servers with their tools and resources;
 *   `Mcp.callTool` and `Mcp.readResource` use one directly (offline: a tiny stdio MCP server,
 *   `EchoMcpServer` from the testing kit, configured in the temporary Codex home).
 * - `Extensions.skills()`, `Extensions.plugins()`, `Extensions.apps()` list what else extends the agent.
 * - `Settings.get` / `Settings.write` read and write configuration values in the user's
 *   `config.toml` (offline only: the temporary home's; with your real Codex it only reads).
 *
 *   npx tsx --conditions=@effect-codex/source examples/53_mcp_skills_config.ts
 */
import { Codex, Extensions, Files, Mcp, Settings } from "@effect-codex/sdk"
import { Chunk, Console, Effect, Stream } from "effect"
import * as Path from "node:path"
import { EchoMcpServer } from "@effect-codex/testing"
import { main, whenOffline } from "./_shared/runtime.js"


const program = Effect.gen(function*() {
  const servers = yield* Stream.runCollect(Mcp.servers())
  for (const server of servers) {
    yield* Console.log(`MCP server ${server.name}: tools ${Object.keys(server.tools).join(", ") || "none"}; ${server.resources.length} resource(s)`)
  }
  if (Chunk.some(servers, (server) => server.name === "echo")) {
    const codex = yield* Codex.Codex
    const thread = yield* codex.threadStart()
    const result = yield* Mcp.callTool(thread.id, "echo", "echo", { text: "effect and codex" })
    yield* Console.log(`echo tool: ${result.content.map((c) => (c as { text?: string }).text).join("")}`)
    const resource = yield* Mcp.readResource("echo", "memo://greeting")
    yield* Console.log(`resource memo://greeting: ${resource.contents.map((c) => ("text" in c ? c.text : "(binary)")).join("")}`)
  }

  const skills = (yield* Extensions.skills()).flatMap((entry) => entry.skills)
  yield* Console.log(`${skills.length} skill(s), e.g. ${skills.slice(0, 2).map((s) => s.name).join(", ")}`)
  const { marketplaces } = yield* Extensions.plugins()
  yield* Console.log(`${marketplaces.length} plugin marketplace(s), ${Chunk.size(yield* Stream.runCollect(Extensions.apps()))} app(s)`)

  yield* Console.log(`sandbox_mode: ${yield* Settings.get("sandbox_mode")}`)
  yield* whenOffline(() =>
    Effect.gen(function*() {
      const written = yield* Settings.write("model_reasoning_effort", "high")
      yield* Console.log(`wrote ${Path.basename(written.filePath)}; model_reasoning_effort is now ${yield* Settings.get("model_reasoning_effort")}`)
      const text = yield* Files.readFileString(written.filePath)
      yield* Console.log(`the file says: ${text.split("\n").find((line) => line.startsWith("model_reasoning_effort"))}`)
    })
  )
})

program.pipe(
  main({
    home: { extraToml: EchoMcpServer.toml("echo") }
  })
)
