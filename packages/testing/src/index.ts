/**
 * A temporary `CODEX_HOME` whose `config.toml` points codex at a fake Responses API, so that the
 * real `codex app-server` runs offline and talks to nothing but loopback.
 *
 * The generated `config.toml` (every value can be overridden, see {@link Options}):
 *
 * ```toml
 * model = "mock-model"
 * model_provider = "mock"
 * approval_policy = "never"
 * sandbox_mode = "read-only"
 * check_for_update_on_startup = false
 *
 * [model_providers.mock]
 * name = "Fake Responses API"
 * base_url = "http://127.0.0.1:PORT/v1"
 * wire_api = "responses"
 * request_max_retries = 0
 * stream_max_retries = 0
 *
 * [features]
 * shell_snapshot = false   # no login shell per thread/start
 * plugins = false          # no background plugin sync from GitHub
 *
 * [analytics]
 * enabled = false
 * ```
 *
 * With this configuration codex 0.169.0 opened no network connection other than to the fake
 * (checked with `strace -f -e trace=%network`): no DNS lookup, no other TCP connection. With
 * `plugins` left on, it resolves and contacts GitHub in the background.
 *
 * The app-server must be started with {@link Service.env} added to its environment
 * (`CODEX_HOME`, `CODEX_APP_SERVER_DISABLE_MANAGED_CONFIG=1`, `RUST_LOG=warn`).
 *
 * @since 0.1.0
 */
export * as CodexHome from "./CodexHome.js"

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
export * as EchoMcpServer from "./EchoMcpServer.js"

/**
 * A scripted fake `codex app-server` for fault injection: overload replies, replies that never
 * come, garbage and fragmented output, crashes, failed start-ups, rejected `initialize`,
 * server-to-client requests. The real server cannot produce these on demand.
 *
 * The fake is a dependency-free Node script, `bin/fake-app-server.mjs`, spawned exactly like the
 * real binary (`<binaryPath> [--config k=v]... app-server --listen stdio://`, arguments are
 * ignored but logged). It reads its {@link Script} from the JSON file named by
 * `FAKE_APP_SERVER_SCRIPT` and appends every message it receives to the JSON-lines file named by
 * `FAKE_APP_SERVER_LOG`. {@link make} writes the script into a temporary directory removed with
 * the scope (the fake creates the log beside it) and hands back the path and environment to spawn
 * it with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeAppServer } from "@effect-codex/testing"
 *
 * const program = Effect.gen(function*() {
 *   const fake = yield* FakeAppServer.make({
 *     rules: [FakeAppServer.overloaded("thread/start", 2), FakeAppServer.on("turn/start", FakeAppServer.noReply)]
 *   })
 *   // spawn fake.binaryPath with fake.env, then inspect what the client sent:
 *   const received = yield* fake.received
 * })
 * ```
 *
 * @since 0.1.0
 */
export * as FakeAppServer from "./FakeAppServer.js"

/**
 * A scripted fake of the OpenAI Responses API, for running the real `codex app-server` offline.
 *
 * The fake listens on `127.0.0.1` at a random free port and answers `POST /v1/responses` with a
 * `text/event-stream` of Responses events (`event: <type>\ndata: <json>\n\n`). Each request is
 * answered by the first of: the next {@link Script} queued for its thread
 * ({@link Service.enqueueFor}), the first {@link Responder} that answers it (a function of the
 * request: thread, prompt, tools offered, tool outputs; {@link Service.respond}), the next script
 * of the shared queue ({@link Service.enqueue}), the {@link Options.fallback} (by default
 * `Script.text("ok")`). Every request is recorded for assertions ({@link Service.parsedRequests}).
 *
 * What codex needs from the stream (established against 0.169.0, still true of 0.171.0: the tests run against the pinned binary):
 * - `response.completed` must carry `response.id`, or the turn fails with
 *   `failed to parse ResponseCompleted: missing field id`.
 * - Text deltas are only surfaced (`item/agentMessage/delta`) for an item announced by
 *   `response.output_item.added`; `response.output_item.done` is the authoritative item and is
 *   where codex reads the message `phase`.
 * - After a `function_call` item codex runs the tool and sends a second request whose `input` ends
 *   with a `function_call_output` for the same `call_id`: queue the script that answers it.
 * - `response.usage` becomes `thread/tokenUsage/updated`; without `usage` no such notification.
 * - `GET /v1/models` is never asked for with a custom provider; it answers an empty list anyway.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { FakeResponses } from "@effect-codex/testing"
 *
 * const program = Effect.gen(function*() {
 *   const fake = yield* FakeResponses.FakeResponses
 *   yield* fake.enqueue(
 *     FakeResponses.Script.reply([
 *       FakeResponses.Item.message("Looking.", { phase: "commentary" }),
 *       FakeResponses.Item.message("Done.", { phase: "final_answer" })
 *     ], { usage: { inputTokens: 10, outputTokens: 3 } })
 *   )
 *   // ... point codex at fake.baseUrl and run a turn ...
 * }).pipe(Effect.provide(FakeResponses.layer))
 * ```
 *
 * @since 0.1.0
 */
export * as FakeResponses from "./FakeResponses.js"

/**
 * The real `codex app-server` started as a listening server (`--listen ws://127.0.0.1:PORT` under
 * each `--ws-auth` mode, or `--listen unix://PATH`) in a `CodexHome`, with the socket options a
 * client needs to reach it: the way to test code that runs on `Codex.layerWebSocket` or
 * `Codex.layerUnixSocket` offline.
 *
 * ```ts
 * import { Codex } from "@effect-codex/sdk"
 * import { FakeResponses, TestCodex } from "@effect-codex/testing"
 *
 * // the client over WebSocket with a signed bearer token, the server, the fake model, the home
 * const Live = TestCodex.layerListening({
 *   listen: { transport: "websocket", auth: "signed-bearer-token" },
 *   scripts: [FakeResponses.Script.text("Hello!")]
 * })
 * ```
 *
 * Ports come from the OS (loopback only); secrets are random per server and written `0600` into
 * the home.
 *
 * @since 0.3.0
 */
export * as ListeningAppServer from "./ListeningAppServer.js"

/**
 * A local OpenTelemetry collector for tests and examples: an OTLP/HTTP receiver on `127.0.0.1`
 * at a random free port that accepts JSON (`application/json`) exports on `/v1/traces` and
 * `/v1/metrics` and keeps the spans and metric points, flattened, for assertions. Point
 * `@effect/opentelemetry`'s `Otlp.layerJson({ baseUrl: collector.url })` at it for the SDK's
 * side, and add {@link Service.codexOtelToml} to the `CODEX_HOME` config for codex's side
 * (`CodexHome` option `extraToml`). Protobuf exports are answered `415` and listed in
 * {@link Service.rejected}.
 *
 * ```ts
 * import { OtlpCollector } from "@effect-codex/testing"
 *
 * const program = Effect.gen(function* () {
 *   const collector = yield* OtlpCollector.OtlpCollector
 *   // ... run traced code exporting to collector.url ...
 *   const spans = yield* collector.spans
 * }).pipe(Effect.provide(OtlpCollector.layer))
 * ```
 *
 * @since 0.1.0
 */
export * as OtlpCollector from "./OtlpCollector.js"

/**
 * The real `codex app-server` (from the pinned package) running offline against a scripted
 * `FakeResponses` model in a temporary `CODEX_HOME`, with the effect-codex client on top: one
 * layer to test agent code without network or credentials.
 *
 * ```ts
 * import { Codex } from "@effect-codex/sdk"
 * import { FakeResponses, TestCodex } from "@effect-codex/testing"
 *
 * const test = Effect.gen(function* () {
 *   const codex = yield* Codex.Codex
 *   const thread = yield* codex.threadStart()
 *   const result = yield* thread.run("hi")
 *   // result.finalResponse === "Hello!"
 * }).pipe(Effect.provide(TestCodex.layer({ scripts: [FakeResponses.Script.text("Hello!")] })))
 * ```
 *
 * @since 0.1.0
 */
export * as TestCodex from "./TestCodex.js"
