/**
 * The app-server connection as a service: the child process is a scoped resource, `initialize`
 * runs during acquisition, every JSON-RPC call is an `Effect` with tagged errors, a turn's
 * notifications are a `Stream` filtered by turn id, and server-to-client requests go to handlers
 * registered by method.
 *
 * @since 0.1.0
 */
export * as AppServer from "./AppServer.js"

/**
 * How to launch and talk to the app-server: the options of `AppServer.layer`, their defaults,
 * and an environment-driven `Config` for `AppServer.layerConfig`.
 *
 * @since 0.1.0
 */
export * as AppServerConfig from "./AppServerConfig.js"

/**
 * The `codex app-server` child process as a scoped resource: spawned with `node:child_process`
 * in a process group of its own, its stdout read as chunks arrive (no stream runtime in between),
 * its stderr drained into a bounded ring (long lines truncated; logged at debug level), and shut
 * down when its scope closes: stdin closed, a grace period, SIGTERM, another grace period, then
 * SIGKILL. Every step is bounded, so closing the scope never hangs and never leaves the process
 * behind.
 *
 * @since 0.1.0
 */
export * as AppServerProcess from "./AppServerProcess.js"

/**
 * Socket transports to an app-server that is already listening: `codex app-server --listen
 * ws://IP:PORT` (with `--ws-auth capability-token` or `--ws-auth signed-bearer-token`) and
 * `codex app-server --listen unix://PATH`. Both listeners speak JSON-RPC over WebSocket (one
 * message per text frame); the unix socket takes no credentials, the WebSocket listener reads
 * them from the upgrade's `Authorization: Bearer` header.
 *
 * The client is node's own `http`/`https`/`net` (no dependency, the same on Node 20, 22 and 24).
 * Use the transports through `Codex.layerWebSocket` / `Codex.layerUnixSocket` (or the `AppServer`
 * equivalents); this module gives the transports themselves, the credentials and the JWT minting.
 *
 * ```ts
 * import { Redacted } from "effect"
 * import { AppServerSocket, Codex } from "@effect-codex/sdk"
 *
 * // a capability token: the contents of the server's --ws-token-file
 * const CapabilityLive = Codex.layerWebSocket({ url: "ws://127.0.0.1:4500", token: Redacted.make(process.env.CODEX_WS_TOKEN!) })
 *
 * // a signed bearer token, minted for every connection from the server's shared secret
 * const SignedLive = Codex.layerWebSocket({
 *   url: "ws://127.0.0.1:4500",
 *   auth: AppServerSocket.signedBearerToken({
 *     sharedSecret: Redacted.make(process.env.CODEX_WS_SECRET!),
 *     issuer: "my-service",
 *     audience: "codex-app-server",
 *     expiresIn: "5 minutes"
 *   })
 * })
 *
 * const UnixLive = Codex.layerUnixSocket({ path: "/run/codex/app-server.sock" })
 * ```
 *
 * @since 0.3.0
 */
export * as AppServerSocket from "./AppServerSocket.js"

/**
 * Answers to the server's questions during a turn: command and file-change approvals,
 * permission requests, user input, MCP elicitations and dynamic tool calls.
 *
 * **Fail closed.** Without an `Approvals` layer, every request is declined (the Python SDK accepts
 * every command and file change by default; effect-codex does the opposite). A handler that
 * fails, dies, throws, does not answer within the timeout, answers something that is not a valid
 * reply, or is still running when its turn ends, declines as well (with a warning). `acceptAll`
 * exists for sandboxes you trust; prefer handlers that look at what they approve
 * (`parsedCommands`).
 *
 * For each turn, the handlers come from, first match first: the turn's own
 * (`TurnOptions.approvals`); an `Approvals` in the context of the program that runs the turn; the
 * `Approvals` the client's layer was built with; else every request is declined. `ApprovalMode`
 * and `Sandbox` presets set the matching thread and turn policies.
 *
 * @since 0.1.0
 */
export * as Approvals from "./Approvals.js"

/**
 * The Codex client: threads, models, login and account, the global event stream, a typed
 * operation for every other v2 method (`codex.rpc`) and the `request` escape hatch. Built on
 * `AppServer`; the layers start the app-server and stop it with their scope.
 *
 * Every operation of the service is also a module function that requires `Codex` (as
 * `Command.start` requires a `CommandExecutor`), so a first program is one pipe:
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Codex } from "@effect-codex/sdk"
 *
 * Codex.threadStart().pipe(
 *   Effect.flatMap((thread) => thread.run("Say hello in one sentence.")),
 *   Effect.tap((result) => Effect.log(result.finalResponse)),
 *   Effect.provide(Codex.layer()),
 *   Effect.runPromise
 * )
 * ```
 *
 * One rule for operations without arguments, here and on `Thread` and `TurnHandle`: an operation
 * that takes no input is a value (an `Effect` or a `Stream`, run anew each time it is used:
 * `Codex.logout`, `Codex.events`, `thread.compact`, `turn.interrupt`); an operation that takes
 * input, even only optional input, is a function (`Codex.threadStart()`, `Codex.models()`,
 * `thread.read()`).
 *
 * @since 0.1.0
 */
export * as Codex from "./Codex.js"

/**
 * Locating the `codex` executable that runs the app-server.
 *
 * An explicit path always wins. Otherwise the binary comes from the pinned `@openai/codex` npm
 * package (its platform sub-package, e.g. `@openai/codex-linux-x64`). Whatever `codex` happens to
 * be on `PATH` is never used silently. The implementation lives in
 * `@effect-codex/protocol/CodexBinary` (the protocol is generated from the same binary); this
 * module re-exports it.
 *
 * @since 0.1.0
 */
export * as CodexBinary from "./CodexBinary.js"

/**
 * A pool of app-servers on one host behind one `Codex` client (`Codex.layerPool`): N members,
 * each an app-server supervised by a restart `Schedule`. A new thread (`threadStart`, and
 * `threadResume`, `threadFork`, `threadUnarchive` of a thread the pool has not placed yet) goes to
 * the least-loaded live member; a thread stays on its member for its whole life (`codex.thread`,
 * resume, fork, archive and any request with a `threadId` go there). A member that dies fails only
 * its own turns (`AppServerExited`) and is restarted; while it is down, new threads land on the
 * others. Operations tied to no thread (models, account, thread lists) go to any live member;
 * `loginApiKey` and `logout` go to every member. `codex.events` merges every member's events: a
 * member that stays down (its restart schedule gave up) ends only its own part, and the merged
 * stream ends once every member's part has ended (failing with `AppServerExited` when the last
 * one to end failed).
 *
 * This module is the pool's own view: its members and their figures.
 *
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { Codex, CodexPool } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function*() {
 *   const thread = yield* Codex.threadStart()
 *   yield* thread.run("Say hello in one sentence.")
 *   const members = yield* CodexPool.stats
 *   yield* Effect.log(members.map((m) => `${m.index}: ${m.threads} threads`).join(", "))
 * })
 *
 * program.pipe(Effect.provide(Codex.layerPool({ size: 4 })), Effect.runPromise)
 * ```
 *
 * @since 0.4.0
 */
export * as CodexPool from "./CodexPool.js"

/**
 * Commands run by the app-server (`command/exec`): outside any thread, in the sandbox the server's
 * configuration (or the command's own `sandboxPolicy`) allows. `start` gives a scoped handle
 * whose `output` is a `Stream` of the command's stdout and stderr as they are written (replayed to
 * every consumer), with `write` (stdin), `resize` (a PTY), `terminate` and the exit status;
 * closing the scope (or interrupting a `stream` consumer, or the request failing on the client's
 * side) terminates a command still running. `run` waits for the
 * command and returns its buffered output. `spawn` is the same handle over the experimental
 * `process/*` methods.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Command } from "@effect-codex/sdk"
 *
 * const program = Effect.scoped(Effect.gen(function* () {
 *   const cat = yield* Command.start(["cat"], { streamStdin: true })
 *   yield* cat.write("hello\n")
 *   yield* cat.closeStdin
 *   const text = yield* Stream.mkString(cat.stdout) // "hello\n"
 *   const { exitCode } = yield* cat.exit            // 0
 * }))
 * ```
 *
 * @since 0.3.0
 */
export * as Command from "./Command.js"

/**
 * The typed errors of effect-codex, the JSON-RPC error codes, and the mapping from a server's
 * error reply to a tagged error.
 *
 * The app-server (0.169.0 to 0.171.0) answers almost every client mistake with `-32600` and a message:
 * `Invalid request: unknown variant \`<method>\`` becomes {@link MethodNotFound}, and
 * `Invalid request: missing field ...` / `invalid type ...` / `invalid value ...` /
 * `unknown field ...` / `unknown variant` of a parameter become {@link InvalidParams}; the message
 * is kept intact. `-32001` is always {@link ServerBusy}, with or without `data`.
 *
 * @since 0.1.0
 */
export * as Errors from "./Errors.js"

/**
 * What the app-server pushes: notifications (typed by method) and server-to-client requests as
 * they appear in a turn's stream. Unknown methods and payloads that fail to decode pass through
 * as {@link UnknownNotification}: a newer server never breaks the stream.
 *
 * @since 0.1.0
 */
export * as Events from "./Events.js"

/**
 * What extends the agent besides MCP servers: skills (listed, enabled or disabled), plugins from
 * marketplaces (listed and read, with their skills) and apps (connectors: listed as a `Stream`
 * and read). MCP servers have their own module, `Mcp`.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Extensions } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const [entry] = yield* Extensions.skills({ cwds: ["/srv/project"] })
 *   const names = entry.skills.map((skill) => skill.name)
 *   const { marketplaces } = yield* Extensions.plugins()
 *   const apps = yield* Stream.runCollect(Extensions.apps())
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Extensions from "./Extensions.js"

/**
 * External input: data from outside the model (a sensor, a webhook, another agent) delivered to a
 * thread as the output of a named tool (`toolOutput` on `turn/start`, as the Python SDK's
 * `ExternalMessage`). `send` adds it to a running turn, next to `steer` (which adds user input);
 * `run` makes it a turn of its own.
 *
 * ```ts
 * const turn = yield* thread.turn("Watch the build and tell me when it is green.")
 * yield* ExternalInput.send(turn, ExternalInput.message("build_status", "green: 412 tests passed"))
 * const result = yield* turn.run
 * ```
 *
 * @since 0.3.0
 */
export * as ExternalInput from "./ExternalInput.js"

/**
 * The file system of the machine the app-server runs on (`fs/*`): read and write files, list
 * directories, read metadata, create, copy and remove, and watch a path as a `Stream` of changes
 * whose end unwatches it. Paths are absolute; a relative one fails with `InvalidParams` before
 * anything is sent. Contents are bytes on the wire (base64); text is UTF-8.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Files } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   yield* Files.writeFile("/tmp/notes.txt", "hello")
 *   const text = yield* Files.readFileString("/tmp/notes.txt")     // "hello"
 *   const entries = yield* Files.readDirectory("/tmp")
 *   const changes = yield* Files.watch("/tmp").pipe(Stream.take(1), Stream.runCollect)
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Files from "./Files.js"

/**
 * Goals: an objective a thread works on across turns (`thread/goal/set|get|clear`). While a goal is
 * active, the server itself starts turn after turn toward it, until the model reports the goal
 * `complete` (or `blocked`) through its `update_goal` tool, the goal's token budget is used up
 * (`budgetLimited`), or somebody pauses or clears it. `Goals.run` sets a goal and follows it as a
 * `Stream` of progress, with a turn limit of its own.
 *
 * ```ts
 * const progress = Goals.run(thread, "Make the test suite pass", { tokenBudget: 200_000, maxTurns: 10 })
 * yield* progress.pipe(Stream.runForEach((p) => Console.log(p._tag)))
 * ```
 *
 * @since 0.3.0
 */
export * as Goals from "./Goals.js"

/**
 * Turn inputs: text, image (url), local image (path), skill and mention, single or in a list,
 * with a plain string as shorthand for text. The wire forms are the protocol's `UserInput`.
 *
 * @since 0.1.0
 */
export * as Inputs from "./Inputs.js"

/**
 * JSON-RPC over newline-delimited JSON: per-call options and connection statistics.
 *
 * A connection reads its transport's chunks as they arrive and routes them synchronously: lines
 * are split correctly however the bytes are chunked (`\r\n` and a leading byte order mark
 * tolerated, a maximum line length enforced); a reply completes its request directly; every
 * request has a timeout of its own and interruption removes its entry; requests in flight are
 * bounded by a FIFO permit pool; an undecodable line is logged and counted, never fatal; when the
 * transport ends or its writer fails, everything pending fails at once with `AppServerExited`.
 *
 * @since 0.1.0
 */
export * as JsonRpc from "./JsonRpc.js"

/**
 * The MCP servers Codex is configured with: their status (tools, resources, auth), calling a
 * tool and reading a resource directly, OAuth login handles, reloading the configuration, and
 * the servers' startup status updates as a `Stream`.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`). MCP
 * servers are configured in `config.toml` (`[mcp_servers.<name>]`, see `Settings`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Mcp } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const servers = yield* Stream.runCollect(Mcp.servers())
 *   const result = yield* Mcp.callTool(threadId, "docs", "search", { query: "Effect.fn" })
 *   const readme = yield* Mcp.readResource("docs", "docs://readme")
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Mcp from "./Mcp.js"

/**
 * The SDK's metrics, as Effect `Metric`s in Effect's global registry: turns started and ended
 * (by status), turn duration, request attempts by method and outcome, overload retries, server
 * requests (approvals, tool calls) by decision, undecodable lines. Read them with
 * `Metric.value`, `Metric.snapshot`, or export them with `@effect/opentelemetry`'s metrics layer
 * (they are Effect metrics, so any Effect metrics exporter sees them).
 *
 * Names follow OpenTelemetry's dotted style under `effect_codex.`; every counter is monotonic.
 * Each metric carries its unit as a `unit` tag (`ms`, `{turn}`, `{request}`, ...), where
 * `@effect/opentelemetry` reads the unit it exports.
 * Tags are low-cardinality: `status`, `method` (a JSON-RPC method name), `outcome` (`ok` or an
 * error tag), `decision`. Restarts of a supervised app-server (`restartSchedule`) are counted by
 * {@link restarts}.
 *
 * ```ts
 * import { Metrics } from "@effect-codex/sdk"
 * import { Effect, Metric } from "effect"
 *
 * const report = Effect.gen(function* () {
 *   const started = yield* Metric.value(Metrics.turnsStarted)
 *   const completed = yield* Metric.value(Metrics.turnsEnded.pipe(Metric.tagged("status", "completed")))
 *   yield* Effect.log(`${completed.count} of ${started.count} turns completed`)
 * })
 * ```
 *
 * @since 0.1.0
 */
export * as Metrics from "./Metrics.js"

/**
 * A Promise facade for code not written in Effect, built on a `ManagedRuntime`, at parity with
 * the official Python SDK's API: threads, `run`, turn handles whose events are async iterators,
 * `steer`, `interrupt`, an `AbortSignal` and a timeout per run, per-turn approval handlers, the
 * global events, `threadListAll`, logins and an escape hatch for every other v2 method.
 *
 * Every Promise rejects with an `Error` whose `_tag` is the real tagged error (`"TurnFailed"`,
 * `"TurnTimeout"`, `"ServerBusy"`, ...); after `dispose()` with `"ClientDisposed"`, after an
 * `AbortSignal` fired with `"Aborted"`, and with `"UnexpectedError"` for anything else (a bug,
 * or a value thrown by an approval handler of yours). Call `dispose()` to stop the app-server.
 *
 * ```ts
 * import { PromiseClient } from "@effect-codex/sdk"
 *
 * // needs Codex credentials (OPENAI_API_KEY, or a `codex login`); `npm run demo` runs offline
 * const codex = PromiseClient.make()
 * try {
 *   const thread = await codex.threadStart()
 *   const result = await thread.run("Say hello", { onText: (t) => process.stdout.write(t) })
 *   console.log(result.finalResponse)
 *
 *   const turn = await thread.turn("Now count to three")
 *   for await (const event of turn) console.log(event.method)
 *   console.log((await turn.run()).status)
 * } finally {
 *   await codex.dispose()
 * }
 * ```
 *
 * @since 0.1.0
 */
export * as PromiseClient from "./PromiseClient.js"

/**
 * Retrying on server overload, as a `Schedule`.
 *
 * The default matches the Python SDK's `retry_on_overload`: exponential from 250 ms, doubling,
 * capped at 2 s, ±20% jitter, 3 attempts in all. Unlike it, the real overload reply (`-32001`
 * without `data`) is retried.
 *
 * @since 0.1.0
 */
export * as Retry from "./Retry.js"

/**
 * Code review: `review/start` as a turn-like handle. codex reviews uncommitted changes, a branch
 * against its base, a commit, or what custom instructions say, in a review turn on the thread
 * (codex 0.169.0 to 0.171.0 run it on the thread it was asked for: `reviewThreadId` is that
 * thread's id); the result is the review's text, typed.
 *
 * A review is a turn of its thread: it waits for the thread's running turn (or review) and a
 * turn started while it runs waits for it, one at a time per thread; an interrupted review is
 * interrupted on the server and keeps its thread until it ended (at most `turnInterruptGrace`).
 *
 * ```ts
 * const review = yield* Review.run(thread, Review.uncommittedChanges)
 * console.log(review.review)
 * ```
 *
 * @since 0.3.0
 */
export * as Review from "./Review.js"

/**
 * A typed operation for every app-server method, generated from the protocol registry and
 * grouped by namespace: `rpc.thread.start(params)`, `rpc.thread.goal.set(params)`,
 * `rpc.model.list({})`. Each is an `Effect` with the method's params and result types that fails
 * with `RequestError`; a method that takes no params is an `Effect` itself
 * (`rpc.account.logout`). `Codex.Service` carries one as `codex.rpc`; `make` builds one on any
 * `request` (an `AppServer`'s). The `request` escape hatch stays for methods newer than the pin.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Codex } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const { rpc } = yield* Codex.Codex
 *   const { thread } = yield* rpc.thread.start({})
 *   const { data } = yield* rpc.model.list({}, { timeout: "5 seconds" })
 *   return { thread, models: data.length }
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Rpc from "./Rpc.js"

/**
 * Codex's configuration as the app-server sees it (`config.toml` and its layers): read it whole
 * or one value by key path, write one value or several at once. Writes go to the user's
 * `config.toml` (the only file codex 0.169 lets a client write) and return its new version, which `expectedVersion` can require
 * on the next write (optimistic concurrency).
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Settings } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const { version } = yield* Settings.write("model_reasoning_effort", "high")
 *   const effort = yield* Settings.get("model_reasoning_effort")          // "high"
 *   yield* Settings.writeAll([
 *     { keyPath: "mcp_servers.docs", value: { command: "docs-mcp" } }
 *   ], { expectedVersion: version })
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Settings from "./Settings.js"

/**
 * A conversation thread: run turns on it (`run` for the result, `stream` for its events and
 * text as they come, `turn` for a handle to steer and interrupt), read it, name it, compact it.
 *
 * Turns on one thread are serialized: starting a turn while another is running waits for it to
 * complete (the server would otherwise silently steer the running turn), and a turn whose caller
 * went away, even before the server answered `turn/start`, keeps the thread until the server
 * confirmed its end. To add input to a running turn, use its handle's `steer`.
 *
 * A thread handle can be closed (`close`): once every handle of a thread is closed, the thread is
 * unloaded from the server (`thread/unsubscribe`), so a long-lived client's memory stays flat.
 * `Thread.scoped` ties a handle to a scope.
 *
 * @since 0.1.0
 */
export * as Thread from "./Thread.js"

/**
 * Threads beyond running turns: search stored threads, page through a thread's turns and items
 * as `Stream`s, revert (roll back) a thread to before a turn, delete it, rename it and update its
 * metadata. Paged results are `Stream`s that request the next page only as they are pulled.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`). `search`,
 * `searchStream` and `occurrences` are **experimental**: they need `experimentalApi: true` in the client
 * options, else they fail with `InvalidRequest`.
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Threads } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const turns = yield* Stream.runCollect(Threads.turns(threadId, { sortDirection: "asc" }))
 *   const reverted = yield* Threads.revert(threadId, lastTurnId)   // drop the last turn
 *   const hits = yield* Threads.search("invoice").pipe(Stream.take(10), Stream.runCollect)
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Threads from "./Threads.js"

/**
 * The seam between a connection and the bytes it travels on. The child-process transport
 * (`AppServerProcess`) is one; an in-memory one (`Transport.memory`) serves tests and
 * benchmarks; WebSocket and unix-socket transports plug in here as well.
 *
 * A transport is deliberately small and synchronous on its hot path: the connection hands it
 * complete lines to `write`, and `run` calls `onChunk` for every chunk read, as it arrives, with
 * no fiber hop per chunk.
 *
 * @since 0.2.0
 */
export * as Transport from "./Transport.js"

/**
 * A turn's events, text and result. `Thread.stream` runs a turn as a `Stream` of its events
 * ending with a {@link Done} (the result, with the typed `output` of a structured turn);
 * `Thread.turn` gives a {@link TurnHandle} for steering and interrupting. {@link answerDeltas}
 * and {@link textParts} turn either's events into text: the final answer only, or every text
 * delta with its kind (answer, commentary, reasoning).
 *
 * A turn handle lives in a scope: when the scope closes while the turn is still running (for
 * instance because the fiber consuming it was interrupted), the SDK sends `turn/interrupt` for
 * it, unless told not to, and keeps the thread reserved until the turn completed. Using a handle
 * after its scope closed fails with `TurnHandleClosed`.
 *
 * @since 0.1.0
 */
export * as Turn from "./Turn.js"
