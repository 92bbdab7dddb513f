/**
 * A tiny MCP server over stdio for tests of code that uses MCP through codex: a dependency-free
 * Node script, `bin/echo-mcp.mjs`, with one tool, `echo` (answers its `text` upper-cased; any
 * other tool name is a tool error), and one resource, `memo://greeting`. Configure it in a
 * temporary home with {@link toml}.
 *
 * ```ts
 * import { EchoMcpServer, TestCodex } from "@effect-codex/testing"
 *
 * const layer = TestCodex.layer({ home: { extraToml: EchoMcpServer.toml("echo") } })
 * ```
 *
 * @since 0.3.0
 */
import { fileURLToPath } from "node:url"

/**
 * The path of the server's script (run it with `node`).
 *
 * @since 0.3.0
 * @category constants
 */
export const scriptPath: string = fileURLToPath(new URL("../bin/echo-mcp.mjs", import.meta.url))

/**
 * The `config.toml` table that makes codex start the server as the MCP server `name`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const toml = (name: string): string =>
  `\n[mcp_servers.${JSON.stringify(name)}]\ncommand = ${JSON.stringify(process.execPath)}\nargs = [${JSON.stringify(scriptPath)}]\n`
