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
import { Schemas } from "@effect-codex/protocol"
import { Predicate, Schema } from "effect"
import { CodexBinaryNotFound } from "./CodexBinary.js"

export {
  /**
   * Raised when no usable `codex` executable can be found.
   *
   * @since 0.1.0
   * @category errors
   */
  CodexBinaryNotFound
} from "./CodexBinary.js"

/**
 * JSON-RPC error codes used by the app-server.
 *
 * @since 0.1.0
 * @category constants
 */
export const ErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  ServerOverloaded: -32001
} as const

const rpcFields = {
  /** The request method that failed. */
  method: Schema.String,
  /** The JSON-RPC error code. */
  code: Schema.Number,
  /** The server's message, intact. */
  message: Schema.String,
  /** The error's `data`, when the server sent one. */
  data: Schema.optional(Schema.Unknown)
}

/**
 * `-32700`: the server could not parse the request.
 *
 * @since 0.1.0
 * @category errors
 */
export class ParseError extends Schema.TaggedError<ParseError>()("ParseError", rpcFields) {}

/**
 * `-32600`: the server rejected the request (not initialized, unknown thread, no active turn,
 * experimental method without the capability, ...).
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidRequest extends Schema.TaggedError<InvalidRequest>()("InvalidRequest", rpcFields) {}

/**
 * The method does not exist on this server: `-32601`, or `-32600` with
 * `Invalid request: unknown variant \`<method>\``.
 *
 * @since 0.1.0
 * @category errors
 */
export class MethodNotFound extends Schema.TaggedError<MethodNotFound>()("MethodNotFound", rpcFields) {}

/**
 * The params are wrong: `-32602`, `-32600` with a serde message about a field, or params that
 * do not encode with the method's schema (then `code` is `-32602` and nothing was sent).
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidParams extends Schema.TaggedError<InvalidParams>()("InvalidParams", rpcFields) {}

/**
 * `-32603`: the server failed internally (e.g. `turn/start` during a compaction).
 *
 * @since 0.1.0
 * @category errors
 */
export class InternalError extends Schema.TaggedError<InternalError>()("InternalError", rpcFields) {}

/**
 * The server is overloaded: `-32001` (with or without `data`), or another code in
 * `-32000..-32099` whose `data` carries an overload marker. Retry with backoff.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServerBusy extends Schema.TaggedError<ServerBusy>()("ServerBusy", rpcFields) {}

/**
 * Any other JSON-RPC error reply.
 *
 * @since 0.1.0
 * @category errors
 */
export class JsonRpcError extends Schema.TaggedError<JsonRpcError>()("JsonRpcError", rpcFields) {}

/**
 * The retry schedule gave up while the server was still busy; `last` is the final error.
 *
 * @since 0.1.0
 * @category errors
 */
export class RetryLimitExceeded extends Schema.TaggedError<RetryLimitExceeded>()("RetryLimitExceeded", {
  method: Schema.String,
  attempts: Schema.Number,
  last: ServerBusy
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `${this.method}: server still busy after ${this.attempts} attempts (${this.last.message})`
  }
}

/**
 * No reply came within the request's timeout. The request's entry is removed; a late reply is
 * ignored.
 *
 * @since 0.1.0
 * @category errors
 */
export class RequestTimeout extends Schema.TaggedError<RequestTimeout>()("RequestTimeout", {
  method: Schema.String,
  timeoutMillis: Schema.Number
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `${this.method}: no reply within ${this.timeoutMillis} ms`
  }
}

/**
 * The server's reply does not decode with the method's result schema, or a message broke the
 * protocol: e.g. a message over `maxLineLength` / `maxMessageBytes` was dropped (a reply fails
 * its request; a message of a turn fails that turn, `method` naming the message).
 *
 * @since 0.1.0
 * @category errors
 */
export class ProtocolError extends Schema.TaggedError<ProtocolError>()("ProtocolError", {
  method: Schema.String,
  message: Schema.String,
  data: Schema.optional(Schema.Unknown)
}) {}

/**
 * The app-server process is gone, or (over a socket, with `connection` saying how) the connection
 * to it. Every pending request, turn stream and handler fails with this at once. `phase` says whether it happened while starting, while running, or because the
 * client's scope closed (`closed`: a `Thread` or handle used after its client was closed).
 *
 * With supervision (`restartSchedule`), `cause` is why the last attempt to restart the server or
 * reconnect to it failed (e.g. `ConnectionUnauthorized` when the restarted server refuses the
 * credentials, `ConnectionFailed`, `AppServerStartFailed`), and the message ends with it: what a
 * call that waited for the next process gets, and what `exited` completes with once the schedule
 * gives up.
 *
 * @since 0.1.0
 * @category errors
 */
export class AppServerExited extends Schema.TaggedError<AppServerExited>()("AppServerExited", {
  phase: Schema.Literal("startup", "running", "closed"),
  exitCode: Schema.NullOr(Schema.Number),
  signal: Schema.NullOr(Schema.String),
  stderrTail: Schema.Array(Schema.String),
  /** Over a socket transport: how the connection ended (the server may still be running). */
  connection: Schema.optional(Schema.String),
  /** With supervision: why the last attempt to restart or reconnect failed. */
  cause: Schema.optional(Schema.Defect)
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    if (this.phase === "closed") {
      return "the Codex client is closed: its scope (the layer or ManagedRuntime that started it) has ended; start a new one"
    }
    const failed = this.cause === undefined ? "" : `; the last attempt to restart or reconnect failed: ${describeCause(this.cause)}`
    if (this.connection !== undefined) {
      return capMessage(`the connection to the codex app-server ended during ${this.phase}: ${this.connection}${failed}`)
    }
    const how = this.signal !== null ? `signal ${this.signal}` : this.exitCode !== null ? `exit code ${this.exitCode}` : "unknown status"
    const lines = this.stderrTail.filter((line) => !backtraceLine.test(line))
    // a signal while running says why it ended; an error line from earlier in its life does not
    const cause = this.phase === "startup" || this.signal === null ? causeLine(lines) : undefined
    const last = lines.slice(-5).filter((line) => line !== cause)
    const lead = cause === undefined ? "" : `: ${cause}`
    const tail = last.length > 0 ? `; stderr: ${last.join(" | ")}` : ""
    return capMessage(`codex app-server exited during ${this.phase} (${how})${lead}${tail}${failed}`)
  }
}

/** A cause in a message: its tag and message. */
const describeCause = (cause: unknown): string => {
  if (Predicate.isRecord(cause) || cause instanceof Error) {
    const error = cause as { readonly _tag?: unknown; readonly name?: unknown; readonly message?: unknown }
    const tag = typeof error._tag === "string" ? error._tag : typeof error.name === "string" ? error.name : "Error"
    return typeof error.message === "string" ? `${tag}: ${error.message}` : tag
  }
  return String(cause)
}

/** Backtrace frames and their headers, which say nothing about the cause. */
const backtraceLine = /^\s*(?:\d+: |at |Stack backtrace:|stack backtrace:|note: run with `RUST_BACKTRACE)/

/**
 * The server's own error line: `Error: ...` (how codex reports a fatal error) or `error: ...` (how
 * its argument parser reports a bad command line), else the last error-level log line.
 */
const causeLine = (lines: ReadonlyArray<string>): string | undefined => {
  for (let i = lines.length - 1; i >= 0; i--) if (/^error: /i.test(lines[i]!)) return lines[i]
  for (let i = lines.length - 1; i >= 0; i--) if (/\bERROR\b|panicked at/.test(lines[i]!)) return lines[i]
  return undefined
}

/**
 * The longest error message effect-codex builds from what the server sent (4,096 characters); a
 * longer one is cut with a note saying how long it was.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxMessageLength = 4096

/**
 * Cuts a message to {@link maxMessageLength} characters, saying how much was left out.
 *
 * @since 0.2.0
 * @category utils
 */
export const capMessage = (message: string): string =>
  message.length <= maxMessageLength
    ? message
    : `${message.slice(0, maxMessageLength)}... (${message.length - maxMessageLength} more characters)`

/**
 * The app-server could not be started: the spawn failed, `initialize` was rejected or timed out,
 * the server's version is not the one this SDK was generated for (with `versionCheck: "fail"`),
 * or the options are invalid (`InvalidOptions`, before anything is spawned).
 *
 * @since 0.1.0
 * @category errors
 */
export class AppServerStartFailed extends Schema.TaggedError<AppServerStartFailed>()("AppServerStartFailed", {
  reason: Schema.Literal("SpawnFailed", "InitializeRejected", "InitializeTimeout", "VersionMismatch", "InvalidOptions"),
  message: Schema.String,
  stderrTail: Schema.Array(Schema.String),
  cause: Schema.optional(Schema.Defect)
}) {}

/**
 * An error reply from the server, mapped to its tag.
 *
 * @since 0.1.0
 * @category models
 */
export type RpcError =
  | ParseError
  | InvalidRequest
  | MethodNotFound
  | InvalidParams
  | InternalError
  | ServerBusy
  | JsonRpcError

/**
 * Everything a request can fail with.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestError = RpcError | RetryLimitExceeded | RequestTimeout | ProtocolError | AppServerExited

/**
 * Every error effect-codex raises.
 *
 * @since 0.1.0
 * @category models
 */
export type CodexError =
  | RequestError
  | TurnTimeout
  | TurnHandleClosed
  | ThreadClosed
  | CommandHandleClosed
  | AuthenticationRequired
  | AppServerStartFailed
  | CodexBinaryNotFound
  | TurnFailed
  | StructuredOutputMismatch
  | LoginFailed
  | ConnectionFailed
  | ConnectionUnauthorized
  | ClientDisposed
  | Aborted
  | UnexpectedError

const paramsMessage = /^Invalid request: (missing field|invalid type|invalid value|invalid length|unknown field|duplicate field|unknown variant)/

const overloadMarker = (data: unknown): boolean => {
  if (typeof data === "string") return /overload|busy/i.test(data)
  if (Predicate.isRecord(data)) {
    for (const [k, v] of Object.entries(data)) {
      if (/overload/i.test(k) && v !== false && v !== null) return true
      if (typeof v === "string" && /server_overloaded|overloaded|server_busy/i.test(v)) return true
    }
  }
  return false
}

/**
 * Maps a JSON-RPC error reply for `method` to its tagged error.
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromRpcError = (method: string, error: { readonly code: number; readonly message: string; readonly data?: unknown }): RpcError => {
  const message = capMessage(error.message)
  const fields = error.data === undefined
    ? { method, code: error.code, message }
    : { method, code: error.code, message, data: error.data }
  switch (error.code) {
    case ErrorCode.ParseError:
      return new ParseError(fields)
    case ErrorCode.MethodNotFound:
      return new MethodNotFound(fields)
    case ErrorCode.InvalidParams:
      return new InvalidParams(fields)
    case ErrorCode.InternalError:
      return new InternalError(fields)
    case ErrorCode.ServerOverloaded:
      return new ServerBusy(fields)
    case ErrorCode.InvalidRequest: {
      if (error.message.startsWith(`Invalid request: unknown variant \`${method}\``)) return new MethodNotFound(fields)
      if (paramsMessage.test(error.message)) return new InvalidParams(fields)
      return new InvalidRequest(fields)
    }
  }
  if (error.code <= -32000 && error.code >= -32099 && overloadMarker(error.data)) return new ServerBusy(fields)
  return new JsonRpcError(fields)
}

/**
 * Whether an error is worth retrying: the server was busy. Everything else is final.
 *
 * @since 0.1.0
 * @category guards
 */
export const isRetryable = (error: unknown): error is ServerBusy => Predicate.isTagged(error, "ServerBusy")

/**
 * A turn ended with status `failed`. `error` is the server's `turn.error` (with its
 * `codexErrorInfo`, e.g. `"usageLimitExceeded"` or `{ httpConnectionFailed: ... }`).
 *
 * @since 0.1.0
 * @category errors
 */
export class TurnFailed extends Schema.TaggedError<TurnFailed>()("TurnFailed", {
  threadId: Schema.String,
  turnId: Schema.String,
  error: Schema.NullOr(Schemas.TurnError)
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `turn ${this.turnId} failed: ${this.error?.message ?? "no error details"}`
  }
}

/**
 * The model's final response does not match the structured output schema the turn asked for.
 *
 * @since 0.1.0
 * @category errors
 */
export class StructuredOutputMismatch extends Schema.TaggedError<StructuredOutputMismatch>()("StructuredOutputMismatch", {
  turnId: Schema.String,
  finalResponse: Schema.NullOr(Schema.String),
  message: Schema.String
}) {}

/**
 * A login flow ended without success (`account/login/completed` with `success: false`).
 *
 * @since 0.1.0
 * @category errors
 */
export class LoginFailed extends Schema.TaggedError<LoginFailed>()("LoginFailed", {
  loginId: Schema.NullOr(Schema.String),
  message: Schema.String
}) {}

/**
 * The Promise facade (`PromiseClient`) was used after, or was still waiting when, `dispose()`
 * was called.
 *
 * @since 0.2.0
 * @category errors
 */
export class ClientDisposed extends Schema.TaggedError<ClientDisposed>()("ClientDisposed", {
  message: Schema.String
}) {}

/**
 * A Promise facade call was given an `AbortSignal` and it aborted: the call was interrupted (a
 * turn was interrupted on the server first). `reason` is the signal's `reason`.
 *
 * @since 0.2.0
 * @category errors
 */
export class Aborted extends Schema.TaggedError<Aborted>()("Aborted", {
  reason: Schema.Unknown
}) {
  /**
   * @since 0.2.0
   */
  override get message(): string {
    return `aborted${this.reason instanceof Error ? `: ${this.reason.message}` : typeof this.reason === "string" ? `: ${this.reason}` : ""}`
  }
}

/**
 * A Promise facade call failed with something that is not one of the SDK's errors (a defect: a
 * bug, or a value thrown by user code such as an approval handler). `cause` is what was thrown.
 *
 * @since 0.2.0
 * @category errors
 */
export class UnexpectedError extends Schema.TaggedError<UnexpectedError>()("UnexpectedError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect)
}) {}

/**
 * A turn ran out of time: `total` when it did not complete within `TurnOptions.timeout`, `idle`
 * when no event came for `TurnOptions.idleTimeout`. The SDK has sent `turn/interrupt` for it.
 *
 * @since 0.2.0
 * @category errors
 */
export class TurnTimeout extends Schema.TaggedError<TurnTimeout>()("TurnTimeout", {
  threadId: Schema.String,
  turnId: Schema.NullOr(Schema.String),
  kind: Schema.Literal("total", "idle"),
  timeoutMillis: Schema.Number
}) {
  /**
   * @since 0.2.0
   */
  override get message(): string {
    const turn = this.turnId ?? "(not started yet)"
    return this.kind === "total"
      ? `turn ${turn} on thread ${this.threadId} did not complete within ${this.timeoutMillis} ms; it was interrupted`
      : `turn ${turn} on thread ${this.threadId} sent no event for ${this.timeoutMillis} ms; it was interrupted`
  }
}

/**
 * A turn handle was used after the scope that owned it closed.
 *
 * @since 0.2.0
 * @category errors
 */
export class TurnHandleClosed extends Schema.TaggedError<TurnHandleClosed>()("TurnHandleClosed", {
  threadId: Schema.String,
  turnId: Schema.String
}) {
  /**
   * @since 0.2.0
   */
  override get message(): string {
    return `turn ${this.turnId}: its handle was used after it was closed (the scope that owned it ended; with the Promise facade, the handle was released: after close(), or once the turn ended and run() was called or its events were read to the end)`
  }
}

/**
 * A thread handle was used after `close`.
 *
 * @since 0.2.0
 * @category errors
 */
export class ThreadClosed extends Schema.TaggedError<ThreadClosed>()("ThreadClosed", {
  threadId: Schema.String
}) {
  /**
   * @since 0.2.0
   */
  override get message(): string {
    return `thread ${this.threadId}: its handle was closed; get a new one with codex.thread(id) or codex.threadResume(id)`
  }
}

/**
 * A command handle (`Command.start` / `Command.spawn`) was used after the scope that owned it
 * closed: its output, exit and follow-ups are gone with the scope.
 *
 * @since 0.3.0
 * @category errors
 */
export class CommandHandleClosed extends Schema.TaggedError<CommandHandleClosed>()("CommandHandleClosed", {
  processId: Schema.String
}) {
  /**
   * @since 0.3.0
   */
  override get message(): string {
    return `command ${this.processId}: its handle was used after the scope that owned it closed`
  }
}

/**
 * The server needs OpenAI credentials and has none, so no turn can run. `message` says how to
 * log in. Raised at once by the first turn instead of a turn that retries forever.
 *
 * @since 0.2.0
 * @category errors
 */
export class AuthenticationRequired extends Schema.TaggedError<AuthenticationRequired>()("AuthenticationRequired", {
  message: Schema.String
}) {}

/**
 * A socket transport (WebSocket or unix socket) could not connect: the endpoint is unreachable
 * (`Unreachable`: nothing listens, no such socket file, no route), did not complete the handshake
 * in time (`Timeout`), answered the WebSocket upgrade with another HTTP status (`Rejected`, with
 * `status`), or broke the handshake (`Handshake`). `endpoint` never contains credentials.
 *
 * @since 0.3.0
 * @category errors
 */
export class ConnectionFailed extends Schema.TaggedError<ConnectionFailed>()("ConnectionFailed", {
  endpoint: Schema.String,
  reason: Schema.Literal("Unreachable", "Timeout", "Rejected", "Handshake"),
  message: Schema.String,
  status: Schema.optional(Schema.Number),
  cause: Schema.optional(Schema.Defect)
}) {}

/**
 * The app-server refused the connection's credentials (HTTP `401`/`403` to the WebSocket
 * upgrade): a missing or wrong capability token, or a signed bearer token with a bad signature,
 * issuer, audience or expiry. `message` is the server's reason (e.g. `expired websocket jwt`).
 *
 * @since 0.3.0
 * @category errors
 */
export class ConnectionUnauthorized extends Schema.TaggedError<ConnectionUnauthorized>()("ConnectionUnauthorized", {
  endpoint: Schema.String,
  status: Schema.Number,
  message: Schema.String
}) {}
