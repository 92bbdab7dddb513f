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
 * The Codex client: threads, models, login and account, the global event stream and a typed
 * escape hatch for every other v2 method. Built on `AppServer`; the layers start the app-server
 * and stop it with their scope.
 *
 * ```ts
 * import { Effect } from "effect"
 * import { Codex } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const codex = yield* Codex.Codex
 *   const thread = yield* codex.threadStart({ model: "gpt-5.5" })
 *   const result = yield* thread.run("Say hello in one sentence.")
 *   console.log(result.finalResponse)
 * })
 *
 * Effect.runPromise(program.pipe(Effect.provide(Codex.layerNode())))
 * ```
 *
 * @since 0.1.0
 */
export * as Codex from "./Codex.js"

/**
 * Locating the `codex` executable that runs the app-server.
 *
 * An explicit path always wins. Otherwise the binary comes from the pinned `@openai/codex` npm
 * package (its platform sub-package, e.g. `@openai/codex-linux-x64`). Whatever `codex` happens to
 * be on `PATH` is never used silently.
 *
 * @since 0.1.0
 */
export * as CodexBinary from "./CodexBinary.js"

/**
 * The typed errors of effect-codex, the JSON-RPC error codes, and the mapping from a server's
 * error reply to a tagged error.
 *
 * The app-server 0.169.0 answers almost every client mistake with `-32600` and a message:
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
 * A Promise facade for code not written in Effect, built on a `ManagedRuntime`. Every method
 * returns a Promise that rejects with the real tagged error (`error._tag` is `"TurnFailed"`,
 * `"ServerBusy"`, ...). Call `dispose()` to stop the app-server.
 *
 * ```ts
 * import { PromiseClient } from "@effect-codex/sdk"
 *
 * const codex = PromiseClient.make()
 * try {
 *   const thread = await codex.threadStart()
 *   const result = await thread.run("Say hello", { onText: (t) => process.stdout.write(t) })
 *   console.log(result.finalResponse)
 * } finally {
 *   await codex.dispose()
 * }
 * ```
 *
 * @since 0.1.0
 */
export * as PromiseClient from "./PromiseClient.js"

/**
 * A client over a socket that reconnects by a `Schedule` when the connection drops: the same
 * `Codex` service as `Codex.layerWebSocket` / `Codex.layerUnixSocket`, plus a `Connection`
 * service that reports disconnects and reconnects.
 *
 * When the connection drops, every request in flight, running turn and handler fails with
 * `AppServerExited` (a connection is one JSON-RPC session: nothing in flight survives it). Calls
 * made while disconnected wait for the next connection, at most `waitTimeout` (default: the
 * client's `requestTimeout`), then fail with the `AppServerExited` of the drop. `Codex.events`
 * goes on over the next connection. `Thread` handles of the old connection keep failing with
 * `AppServerExited`: `Connection.reattach(thread)` (a `thread/resume` on the new connection)
 * gives a live handle with the thread's history.
 *
 * ```ts
 * import { Effect, Redacted, Schedule, Stream } from "effect"
 * import { Codex, Reconnect } from "@effect-codex/sdk"
 *
 * const Live = Reconnect.layerWebSocket(
 *   { url: "ws://127.0.0.1:4500", token: Redacted.make(process.env.CODEX_WS_TOKEN!) },
 *   { schedule: Schedule.spaced("1 second") }
 * )
 *
 * const program = Effect.gen(function* () {
 *   const connection = yield* Reconnect.Connection
 *   yield* connection.changes.pipe(Stream.runForEach((e) => Effect.log(e._tag)), Effect.fork)
 *   const codex = yield* Codex.Codex
 *   // ...
 * })
 * ```
 *
 * @since 0.3.0
 */
export * as Reconnect from "./Reconnect.js"

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
 * A conversation thread: run turns on it (`run` for the common case, `turn` for streaming,
 * steering and interrupting), read it, name it, compact it.
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
 * A running turn: its events as a `Stream`, its text as a `Stream` of deltas, its result, and
 * control (`steer`, `interrupt`). A turn handle lives in a scope: when the scope closes while the
 * turn is still running (for instance because the fiber consuming it was interrupted), the SDK
 * sends `turn/interrupt` for it, unless told not to, and keeps the thread reserved until the turn
 * completed. Using a handle after its scope closed fails with `TurnHandleClosed`.
 *
 * @since 0.1.0
 */
export * as Turn from "./Turn.js"
