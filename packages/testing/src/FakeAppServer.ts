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
import type { Effect, Scope } from "effect"
import { Context, Layer } from "effect"
import * as internal from "./internal/fakeAppServer.js"

// -----------------------------------------------------------------------------------------------
// Script format
// -----------------------------------------------------------------------------------------------

/**
 * Answer with the fake's built-in behaviour for the method (see {@link Script}).
 *
 * @since 0.1.0
 * @category models
 */
export interface DefaultAction {
  /** Always `"default"`. */
  readonly type: "default"
}

/**
 * Answer with this `result`. On `initialize` it also marks the connection initialized.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResultAction {
  /** Always `"result"`. */
  readonly type: "result"
  /** The reply's `result`, sent as given. */
  readonly result: unknown
}

/**
 * Answer with a JSON-RPC error object; `data` is left out of the reply when omitted (the real
 * overload reply has no `data`).
 *
 * @since 0.1.0
 * @category models
 */
export interface ErrorAction {
  /** Always `"error"`. */
  readonly type: "error"
  /** The JSON-RPC error code, such as -32001 for the real overload reply. */
  readonly code: number
  /** The error's `message`. */
  readonly message: string
  /** The error's `data`; left out of the reply when omitted. */
  readonly data?: unknown
}

/**
 * Never answer the request (the real server drops replies when its outbound queue is full).
 *
 * @since 0.1.0
 * @category models
 */
export interface NoReplyAction {
  /** Always `"noReply"`. */
  readonly type: "noReply"
}

/**
 * Write the `stderr` lines, then exit with `code`, without answering. Output written before is
 * flushed first.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExitAction {
  /** Always `"exit"`. */
  readonly type: "exit"
  /** The process's exit code. */
  readonly code: number
  /** Lines written to stderr before exiting; default none. */
  readonly stderr?: ReadonlyArray<string>
}

/**
 * Kill the fake with a signal (default `SIGKILL`), without answering.
 *
 * @since 0.1.0
 * @category models
 */
export interface KillAction {
  /** Always `"kill"`. */
  readonly type: "kill"
  /** The signal the fake sends itself; default `SIGKILL`. */
  readonly signal?: NodeJS.Signals
}

/**
 * Write these raw lines to stdout, then do `then` (default: {@link DefaultAction}).
 *
 * @since 0.1.0
 * @category models
 */
export interface GarbageAction {
  /** Always `"garbage"`. */
  readonly type: "garbage"
  /** The raw lines, each written to stdout followed by `\n`. */
  readonly lines: ReadonlyArray<string>
  /** What to do next; default {@link DefaultAction}. */
  readonly then?: Action
}

/**
 * Do `then` (default: {@link DefaultAction}), writing every line it produces (the reply, and for
 * `turn/start` the turn's notifications) in small byte chunks with short pauses, each line
 * terminated by `\r\n`. Chunks are cut by bytes, so multi-byte UTF-8 characters get split.
 *
 * @since 0.1.0
 * @category models
 */
export interface SplitAction {
  /** Always `"split"`. */
  readonly type: "split"
  /** Chunk sizes in bytes, used in a cycle. Default `[1, 2, 3]`. */
  readonly chunkSizes?: ReadonlyArray<number>
  /** Pause between chunks in milliseconds. Default 1. */
  readonly delayMs?: number
  /** Terminate lines with `\r\n` (default) or, when `false`, with `\n`. */
  readonly crlf?: boolean
  /** The action whose output is split; default {@link DefaultAction}. */
  readonly then?: Action
}

/**
 * Send a server-to-client request (`{method, id, params}`, ids counting from 0 per process),
 * wait for the client's reply, emit the notification `fake/serverRequestAnswered` with
 * `{requestId, response}` where `response` is `{result}` or `{error}` as the client sent it, then
 * do `then` (default: {@link DefaultAction}). Other requests are served while it waits.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerRequestAction {
  /** Always `"serverRequest"`. */
  readonly type: "serverRequest"
  /** The request's method, such as `item/commandExecution/requestApproval`. */
  readonly method: string
  /** The request's params; default `{}`. */
  readonly params?: unknown
  /** What to do once the client replied; default {@link DefaultAction}. */
  readonly then?: Action
}

/**
 * Emit a notification (with `emittedAtMs`), then do `then` (default: {@link DefaultAction}).
 *
 * @since 0.1.0
 * @category models
 */
export interface NotifyAction {
  /** Always `"notify"`. */
  readonly type: "notify"
  /** The notification's method. */
  readonly method: string
  /** The notification's params; default `{}`. */
  readonly params?: unknown
  /** What to do next; default {@link DefaultAction}. */
  readonly then?: Action
}

/**
 * Wait `ms` milliseconds, then do `then` (default: {@link DefaultAction}). Other requests are
 * served while it waits.
 *
 * @since 0.1.0
 * @category models
 */
export interface DelayAction {
  /** Always `"delay"`. */
  readonly type: "delay"
  /** How long to wait, in milliseconds. */
  readonly ms: number
  /** What to do after the wait; default {@link DefaultAction}. */
  readonly then?: Action
}

/**
 * The built-in behaviour with these {@link TurnOptions} layered over the script's `turn`. Only
 * meaningful for `turn/start`.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnAction extends TurnOptions {
  /** Always `"turn"`. */
  readonly type: "turn"
}

/**
 * What the fake does with one request.
 *
 * @since 0.1.0
 * @category models
 */
export type Action =
  | DefaultAction
  | ResultAction
  | ErrorAction
  | NoReplyAction
  | ExitAction
  | KillAction
  | GarbageAction
  | SplitAction
  | ServerRequestAction
  | NotifyAction
  | DelayAction
  | TurnAction

/**
 * A scripted {@link Action} for matching requests. For each request the first rule that matches
 * and has `times` left wins; without one the fake falls back to its default. Rules apply only
 * once the request passed the `Not initialized` check (they do apply to `initialize` itself).
 *
 * (The fake also reads the flat JSON form `{"method": ..., "times": ..., "type": ..., ...}`, where
 * the rule is its own action; it cannot express `serverRequest` or `notify`, whose `method` would
 * clash.)
 *
 * @since 0.1.0
 * @category models
 */
export interface Rule {
  /** A method, a list of methods, or `"*"` (also the meaning when omitted) for every method. */
  readonly method?: string | ReadonlyArray<string>
  /** How many matching requests the rule handles; omitted means every one. */
  readonly times?: number
  /** What to do with a matching request. */
  readonly action: Action
}

/**
 * How the default `turn/start` plays a turn.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnOptions {
  /** The final answer. Default `"Hello from the fake app-server."`. */
  readonly text?: string
  /** How many `item/agentMessage/delta` notifications carry the text (at most one per character). Default 3. */
  readonly deltas?: number
  /**
   * Notifications of the turn written before the `turn/start` response: a count, or `true` for
   * two (`turn/started` and `item/started`). Default 0.
   */
  readonly eventsBeforeResponse?: boolean | number
  /** Pause between the turn's notifications, in milliseconds. Default 0. */
  readonly delayMs?: number
  /**
   * `false` stops the turn after its deltas, with the message item still open, until a
   * `turn/interrupt` ends it with `turn/completed` `interrupted`. Default `true`.
   */
  readonly complete?: boolean
  /**
   * Items completed before the final message (`item/completed`, sent as given: for example an
   * item of a newer server that the schemas do not know). Default none.
   */
  readonly items?: ReadonlyArray<unknown>
  /** `turn.status` in `turn/completed`. Default `"completed"`. */
  readonly status?: "completed" | "failed" | "interrupted"
  /** `turn.error` when `status` is `"failed"`. Default `{message: "fake turn failure", codexErrorInfo: "other"}`. */
  readonly error?: {
    readonly message: string
    readonly codexErrorInfo?: unknown
    readonly additionalDetails?: string | null
  }
}

/**
 * Fields of the `initialize` result replacing the defaults.
 *
 * @since 0.1.0
 * @category models
 */
export interface InitializeFields {
  /** Default `<clientInfo.name>/<version> (Fake; x86_64) fake`. */
  readonly userAgent?: string
  /** Default `/tmp/fake-codex-home`. */
  readonly codexHome?: string
  /** Default `unix`. */
  readonly platformFamily?: string
  /** Default `linux`. */
  readonly platformOs?: string
}

/**
 * What the fake does before it reads stdin.
 *
 * @since 0.1.0
 * @category models
 */
export interface Startup {
  /** Lines written to stderr. */
  readonly stderr?: ReadonlyArray<string>
  /** Exit with this code right after the stderr lines, before reading anything. */
  readonly exitCode?: number
  /** Raw lines written to stdout before anything else. */
  readonly garbage?: ReadonlyArray<string>
}

/**
 * The behaviour of one fake process. Every field is optional: `{}` is a well-behaved server.
 *
 * Without rules the fake behaves like a minimal app-server: `initialize` answers
 * `{userAgent: "<clientInfo.name>/<pinned version> (Fake; x86_64) fake", codexHome, platformFamily,
 * platformOs}`; any other request before it gets -32600 `Not initialized`; `thread/start` answers
 * a valid `ThreadStartResponse` (ids `fake-thread-N`) and emits `thread/started`; `turn/start`
 * answers the turn (`inProgress`) and streams `turn/started`, `item/started` (an empty agent
 * message with `phase: null`), `item/agentMessage/delta` x N (`{threadId, turnId, itemId, delta}`),
 * `item/completed` (the full text, `phase: "final_answer"`),
 * `thread/tokenUsage/updated`, `turn/completed`; `turn/interrupt` interrupts a running turn;
 * every other method answers `{}`. Notifications carry `emittedAtMs`; nothing it writes carries
 * `jsonrpc`. Undecodable input lines get no reply and one stderr line. It exits 0 when stdin
 * ends and on SIGTERM.
 *
 * @since 0.1.0
 * @category models
 */
export interface Script {
  /** Scripted answers, see {@link Rule}. */
  readonly rules?: ReadonlyArray<Rule>
  /**
   * `initialize` while not yet initialized: an {@link Action} (e.g. an error to reject it, `exit`
   * to die before replying), or {@link InitializeFields} merged into the default result. A
   * matching rule takes precedence. A second `initialize` gets -32600 `Already initialized`.
   */
  readonly initialize?: Action | InitializeFields
  /** How turns are played, see {@link TurnOptions}. */
  readonly turn?: TurnOptions
  /** Start-up behaviour, see {@link Startup}. */
  readonly startup?: Startup
  /** Lines written to stderr at start (like the real server's log lines). */
  readonly stderrLines?: ReadonlyArray<string>
  /** Ignore SIGTERM (writes one stderr line instead), so only SIGKILL stops the process. */
  readonly ignoreSigterm?: boolean
  /** Keep running after stdin ends (writes one stderr line) instead of exiting 0. */
  readonly ignoreStdinEnd?: boolean
  /** The server version in `userAgent` and `thread.cliVersion`. Default: the pinned version (`CodexBinary.pinnedVersion`). */
  readonly version?: string
}

/**
 * The first log entry of each fake process.
 *
 * @since 0.1.0
 * @category models
 */
export interface StartEntry {
  /** The command-line arguments the fake was started with. */
  readonly argv: ReadonlyArray<string>
  /** The fake process's id. */
  readonly pid: number
  /** The 0-based start number (counts starts of the same script when it is a list). */
  readonly spawn: number
}

// -----------------------------------------------------------------------------------------------
// Service
// -----------------------------------------------------------------------------------------------

/**
 * A prepared fake app-server: spawn `binaryPath` with `env` added to the environment.
 *
 * @since 0.1.0
 * @category tags
 */
export class FakeAppServer extends Context.Tag("@effect-codex/testing/FakeAppServer")<
  FakeAppServer,
  FakeAppServer.Service
>() {}

/**
 * The types of the {@link FakeAppServer} service.
 *
 * @since 0.1.0
 */
export declare namespace FakeAppServer {
  /**
   * The shape of a prepared fake app-server.
   *
   * @since 0.1.0
   * @category models
   */
  export interface Service {
    /** Absolute path of the executable `fake-app-server.mjs` (needs `node` on the `PATH`). */
    readonly binaryPath: string
    /** The environment variables to spawn it with. */
    readonly env: {
      readonly FAKE_APP_SERVER_SCRIPT: string
      readonly FAKE_APP_SERVER_LOG: string
    }
    /** The script file (JSON). */
    readonly scriptPath: string
    /** The log file (JSON lines). */
    readonly logPath: string
    /**
     * Every log entry so far, of every process started with this script: a {@link StartEntry},
     * then each message received (parsed JSON, or the raw line as a string when not JSON).
     */
    readonly log: Effect.Effect<ReadonlyArray<unknown>>
    /** The log without the {@link StartEntry} entries: only what the client sent. */
    readonly received: Effect.Effect<ReadonlyArray<unknown>>
    /** The {@link StartEntry} of each process started so far. */
    readonly starts: Effect.Effect<ReadonlyArray<StartEntry>>
  }
}

/**
 * Absolute path of the fake app-server executable.
 *
 * @since 0.1.0
 * @category constants
 */
export const binaryPath: string = internal.binaryPath

/**
 * Writes the script to a temporary directory (removed when the scope closes) and returns where
 * the fake is and how to spawn it. A list of scripts gives one script per process start: the
 * k-th start uses the k-th script and the last one is reused (e.g. crash on the first start,
 * then behave), with the start count kept next to the script file.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (script?: Script | ReadonlyArray<Script>) => Effect.Effect<FakeAppServer.Service, never, Scope.Scope> =
  internal.make

/**
 * A layer providing {@link FakeAppServer} for the given script.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (script?: Script | ReadonlyArray<Script>): Layer.Layer<FakeAppServer> =>
  Layer.scoped(FakeAppServer, make(script))

/**
 * Tells whether a log entry is the {@link StartEntry} of a process.
 *
 * @since 0.1.0
 * @category guards
 */
export const isStartEntry: (entry: unknown) => entry is StartEntry = internal.isStartEntry

// -----------------------------------------------------------------------------------------------
// Constructors
// -----------------------------------------------------------------------------------------------

/**
 * The code of the real server's overload reply.
 *
 * @since 0.1.0
 * @category constants
 */
export const OVERLOADED_CODE = -32001

/**
 * The message of the real server's overload reply.
 *
 * @since 0.1.0
 * @category constants
 */
export const OVERLOADED_MESSAGE = "Server overloaded; retry later."

/**
 * The three kinds of line the real server cannot decode (bad JSON, not an object, neither a
 * request nor a response).
 *
 * @since 0.1.0
 * @category constants
 */
export const GARBAGE_LINES: ReadonlyArray<string> = ["not json", "[1,2]", "{\"id\":1}"]

/**
 * A rule: do `action` for requests of `method` (`"*"` for every method), `times` times or always.
 *
 * @since 0.1.0
 * @category constructors
 */
export const on = (
  method: string | ReadonlyArray<string>,
  action: Action,
  options?: { readonly times?: number | undefined }
): Rule => (options?.times === undefined ? { method, action } : { method, times: options.times, action })

/**
 * A rule answering the first `times` requests of `method` with the real overload reply (-32001,
 * no `data`), the ones after normally.
 *
 * @since 0.1.0
 * @category constructors
 */
export const overloaded = (method: string | ReadonlyArray<string>, times: number = 1): Rule =>
  on(method, overload, { times })

/**
 * The built-in behaviour.
 *
 * @since 0.1.0
 * @category constructors
 */
export const defaultAction: DefaultAction = { type: "default" }

/**
 * Answer with `result`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const result = (value: unknown): ResultAction => ({ type: "result", result: value })

/**
 * Answer with an error object.
 *
 * @since 0.1.0
 * @category constructors
 */
export const error = (code: number, message: string, data?: unknown): ErrorAction =>
  data === undefined ? { type: "error", code, message } : { type: "error", code, message, data }

/**
 * The real overload reply: -32001 `Server overloaded; retry later.`, no `data`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const overload: ErrorAction = { type: "error", code: OVERLOADED_CODE, message: OVERLOADED_MESSAGE }

/**
 * Never answer.
 *
 * @since 0.1.0
 * @category constructors
 */
export const noReply: NoReplyAction = { type: "noReply" }

/**
 * Write `stderr` lines and exit with `code`, without answering.
 *
 * @since 0.1.0
 * @category constructors
 */
export const exit = (code: number, stderr: ReadonlyArray<string> = []): ExitAction => ({ type: "exit", code, stderr })

/**
 * Kill the fake with `signal` (default `SIGKILL`), without answering.
 *
 * @since 0.1.0
 * @category constructors
 */
export const kill = (signal: NodeJS.Signals = "SIGKILL"): KillAction => ({ type: "kill", signal })

/**
 * Write raw `lines` (default {@link GARBAGE_LINES}) to stdout, then do `then`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const garbage = (lines: ReadonlyArray<string> = GARBAGE_LINES, then: Action = defaultAction): GarbageAction => ({
  type: "garbage",
  lines,
  then
})

/**
 * Do `then`, writing its output in small chunks, see {@link SplitAction}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const split = (
  then: Action = defaultAction,
  options?: Omit<SplitAction, "type" | "then">
): SplitAction => ({ ...options, type: "split", then })

/**
 * Send a server-to-client request and wait for the reply, then do `then`, see
 * {@link ServerRequestAction}.
 *
 * @since 0.1.0
 * @category constructors
 */
export const serverRequest = (method: string, params: unknown, then: Action = defaultAction): ServerRequestAction => ({
  type: "serverRequest",
  method,
  params,
  then
})

/**
 * Emit a notification, then do `then`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const notify = (method: string, params: unknown, then: Action = defaultAction): NotifyAction => ({
  type: "notify",
  method,
  params,
  then
})

/**
 * Wait `ms` milliseconds, then do `then`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const delay = (ms: number, then: Action = defaultAction): DelayAction => ({ type: "delay", ms, then })

/**
 * Play the turn with these options (for a `turn/start` rule).
 *
 * @since 0.1.0
 * @category constructors
 */
export const turn = (options: TurnOptions = {}): TurnAction => ({ ...options, type: "turn" })
