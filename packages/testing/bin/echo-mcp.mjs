// A tiny MCP server over stdio (newline-delimited JSON-RPC), plain node: one tool, one resource.
import { createInterface } from "node:readline"

const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`)

const handlers = {
  initialize: (params) => ({
    protocolVersion: params?.protocolVersion ?? "2025-06-18",
    capabilities: { tools: {}, resources: {} },
    serverInfo: { name: "echo-mcp", version: "1.0.0" }
  }),
  "tools/list": () => ({
    tools: [{
      name: "echo",
      description: "Echoes its text argument, upper-cased.",
      inputSchema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] }
    }]
  }),
  "tools/call": (params) =>
    params?.name === "echo"
      ? { content: [{ type: "text", text: String(params.arguments?.text ?? "").toUpperCase() }], isError: false }
      : { content: [{ type: "text", text: `unknown tool ${params?.name}` }], isError: true },
  "resources/list": () => ({ resources: [{ uri: "memo://greeting", name: "greeting", mimeType: "text/plain" }] }),
  "resources/templates/list": () => ({ resourceTemplates: [] }),
  "resources/read": (params) =>
    params?.uri === "memo://greeting"
      ? { contents: [{ uri: "memo://greeting", mimeType: "text/plain", text: "hello from the echo MCP server" }] }
      : undefined,
  ping: () => ({})
}

createInterface({ input: process.stdin }).on("line", (line) => {
  let message
  try {
    message = JSON.parse(line)
  } catch {
    return
  }
  if (message.id === undefined || message.method === undefined) return
  const handler = handlers[message.method]
  const result = handler?.(message.params)
  if (result === undefined) send({ id: message.id, error: { code: -32601, message: `not found: ${message.method}` } })
  else send({ id: message.id, result })
})
