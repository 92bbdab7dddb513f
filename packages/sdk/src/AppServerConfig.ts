/**
 * How to launch and talk to the app-server: the options of `AppServer.layer`, their defaults,
 * and an environment-driven `Config` for `AppServer.layerConfig`.
 *
 * @since 0.1.0
 */
import type { Schedule } from "effect"
import { Config, Duration, Option } from "effect"
import * as Durations from "./internal/duration.js"
import { defaultSchedule } from "./Retry.js"

/**
 * A `--config key=value` override value. Strings are written as TOML strings; numbers and
 * booleans as they are.
 *
 * @since 0.1.0
 * @category models
 */
export type ConfigValue = string | number | boolean

/**
 * The client's identity, sent in `initialize`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ClientInfo {
  /** The client's name; codex 0.169.0 also uses it as the name at the start of its user agent. */
  readonly name: string
  /** The client's version. */
  readonly version: string
  /** A display name for the client; left out of `initialize` when omitted. */
  readonly title?: string
}

/**
 * Options of the app-server connection. Every field is optional.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** The `codex` executable; default: the pinned `@openai/codex` package's binary. */
  readonly binaryPath?: string
  /**
   * Extra arguments after `app-server --listen stdio://` (e.g. `["--disable", "shell_snapshot"]`).
   * A `--listen URL` here replaces the default `--listen stdio://` (a server for socket clients).
   */
  readonly args?: ReadonlyArray<string>
  /** `--config key=value` overrides, placed before `app-server`. */
  readonly config?: Readonly<Record<string, ConfigValue>>
  /** Working directory of the process. */
  readonly cwd?: string
  /** Environment variables added to the inherited environment (see `inheritEnv`). */
  readonly env?: Readonly<Record<string, string>>
  /**
   * Which of this process's environment variables the app-server inherits: `true` (default) all
   * of them, `false` none, or a list of names (e.g. `["PATH", "HOME"]`). `env` is added in every
   * case. The app-server hands its environment on to the commands the model runs (subject to
   * codex's `shell_environment_policy`), so a process that holds secrets in its environment
   * should list only what codex needs.
   */
  readonly inheritEnv?: boolean | ReadonlyArray<string>
  /** Sent in `initialize`; default `{ name: "effect_codex", version: <sdk version> }`. */
  readonly clientInfo?: ClientInfo
  /** Ask for the experimental API surface. Default false. */
  readonly experimentalApi?: boolean
  /** Notification methods the server should not send at all. */
  readonly optOutNotificationMethods?: ReadonlyArray<string>
  /** Timeout of every request unless the call gives its own. Default 60 s. */
  readonly requestTimeout?: Duration.DurationInput
  /** Timeout of `initialize`: how long a server that does not answer may delay start-up. Default 15 s. */
  readonly initializeTimeout?: Duration.DurationInput
  /**
   * Default for `TurnOptions.timeout`: the longest a whole turn may take before it is interrupted
   * and fails with `TurnTimeout`. Default: none.
   */
  readonly turnTimeout?: Duration.DurationInput
  /**
   * Default for `TurnOptions.idleTimeout`: the longest a turn may go without any event before it
   * is interrupted and fails with `TurnTimeout`. Default: none.
   */
  readonly turnIdleTimeout?: Duration.DurationInput
  /**
   * How long a thread stays reserved for a turn after `turn/interrupt` was sent, waiting for its
   * `turn/completed`, before the SDK gives up on it. Default 10 s.
   */
  readonly turnInterruptGrace?: Duration.DurationInput
  /**
   * Check once, before the first turn, that the server has the credentials it needs
   * (`account/read`); without them the turn fails at once with `AuthenticationRequired` instead
   * of retrying forever. Default true.
   */
  readonly authCheck?: boolean
  /**
   * Requests in flight at once, an integer from 1 to {@link maxRequestsInFlightLimit} (128: the
   * server's input queue holds 128 messages; past it, codex 0.169 answers -32001 or drops the
   * reply altogether). More is refused at start with `AppServerStartFailed` (`InvalidOptions`).
   * A `command/exec` gives its place back once it is written (its reply comes when the command
   * exits), so running commands do not hold requests back. Default 32.
   */
  readonly maxRequestsInFlight?: number
  /** How long to wait for a clean exit after closing stdin, and after SIGTERM. Default 2 s. */
  readonly shutdownGracePeriod?: Duration.DurationInput
  /** Retry schedule for `ServerBusy`, or `false` for none. Default {@link defaultSchedule}. */
  readonly retrySchedule?: Schedule.Schedule<unknown, unknown> | false
  /**
   * How long any server-to-client request handler may take before it gets an error reply: a
   * backstop above the `Approvals` timeout (5 min), which declines first. Default 10 min.
   */
  readonly serverRequestTimeout?: Duration.DurationInput
  /** What to do when the server's version differs from the pinned one. Default `"warn"`. */
  readonly versionCheck?: "warn" | "fail" | "ignore"
  /**
   * What to do with a reply that does not match its method's result schema (a server older or
   * newer than the pinned version: a field it stopped sending, a union member or enum value it
   * added). `"lenient"` keeps the reply as the server sent it and logs a warning once per method
   * and mismatch; `"strict"` fails the request with `ProtocolError`. Default `"lenient"`.
   */
  readonly resultDecoding?: "lenient" | "strict"
  /**
   * The longest line accepted from the server, in characters. Default 64 MiB. A longer one is
   * dropped, not held: a reply whose id can be read fails its request, a message of a turn fails
   * that turn, with `ProtocolError` (see docs/reliability.md).
   */
  readonly maxLineLength?: number
  /** Global events kept for a slow subscriber before the oldest are dropped. Default 1024. */
  readonly globalEventsCapacity?: number
  /** Events kept for a turn nobody subscribed to yet. Default 10,000. */
  readonly unclaimedEventsPerTurn?: number
  /** Unclaimed turns kept at once. Default 64. */
  readonly unclaimedTurns?: number
  /** stderr lines kept for error reports. Default 400. */
  readonly stderrLines?: number
  /**
   * stderr bytes (UTF-8) kept for error reports, whatever the line count; each line is also cut
   * to 2,000 characters. Default 128 KiB.
   */
  readonly maxStderrBytes?: number
  /**
   * Bytes written to the server and not yet read by it, past which new requests fail at once
   * with `ServerBusy` (retried by the retry schedule) instead of piling up in memory. Default 16 MiB.
   */
  readonly maxOutboxBytes?: number
  /**
   * Events a turn's stream holds for a consumer that reads slower than the server writes. Past
   * it, consecutive deltas of the same item are merged into one event (no text is lost; the
   * stream then holds about the turn's text, not one event per delta); other events are always
   * kept. Default 1024.
   */
  readonly turnEventsCapacity?: number
  /**
   * Supervision, opt in: restart the app-server when it dies (or a restart fails), as long as
   * this schedule recurs; its input is the `AppServerExited` (or the failed attempt's error,
   * which is logged, and carried as the `cause` of the `AppServerExited` that waiting calls get
   * and that ends the client once the schedule gives up). Requests made while it restarts, and
   * requests queued for a permit but never written, wait for the fresh, initialized process;
   * turns and requests that were running fail with `AppServerExited`; `events` reports each
   * disconnect and restart. The schedule runs over the client's whole life: `Schedule.recurs(5)`
   * allows five restarts in all (wrap it in `Schedule.resetAfter` to count again after a quiet
   * period). It does not cover starting a child process (a failed start fails at once); over a
   * socket, the first connection is retried by it (with its own count) while the server is
   * unreachable or does not answer. Default: none, the client ends with its process.
   */
  readonly restartSchedule?: Schedule.Schedule<unknown, unknown> | undefined
}

/**
 * The most requests in flight the server tolerates: its input queue holds 128 messages.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxRequestsInFlightLimit = 128

/**
 * The SDK's version, sent as the default client version.
 *
 * @since 0.1.0
 * @category constants
 */
export const sdkVersion = "0.1.0"

/**
 * Options with every default filled in.
 *
 * @since 0.1.0
 * @category models
 */
export interface Resolved {
  /** The `codex` executable; `undefined` means the pinned `@openai/codex` package's binary. */
  readonly binaryPath: string | undefined
  /** Extra arguments after `app-server --listen stdio://`; default none. */
  readonly args: ReadonlyArray<string>
  /** `--config key=value` overrides; default none. */
  readonly config: Readonly<Record<string, ConfigValue>>
  /** The process's working directory; `undefined` means this process's. */
  readonly cwd: string | undefined
  /** Environment variables added on top of the inherited ones; default none. */
  readonly env: Readonly<Record<string, string>>
  /** Which environment variables the app-server inherits: all (`true`, the default), none, or the listed names. */
  readonly inheritEnv: boolean | ReadonlyArray<string>
  /** Sent in `initialize`; default `{ name: "effect_codex", version: sdkVersion }`. */
  readonly clientInfo: ClientInfo
  /** Whether the experimental API surface is asked for. Default false. */
  readonly experimentalApi: boolean
  /** Notification methods the server should not send; default none. */
  readonly optOutNotificationMethods: ReadonlyArray<string>
  /** Timeout of every request unless the call gives its own. Default 60 s. */
  readonly requestTimeout: Duration.Duration
  /** Timeout of `initialize`. Default 15 s. */
  readonly initializeTimeout: Duration.Duration
  /** Default longest duration of a whole turn; `undefined` for none (the default). */
  readonly turnTimeout: Duration.Duration | undefined
  /** Default longest time a turn may go without an event; `undefined` for none (the default). */
  readonly turnIdleTimeout: Duration.Duration | undefined
  /** How long a thread stays reserved after `turn/interrupt`, waiting for `turn/completed`. Default 10 s. */
  readonly turnInterruptGrace: Duration.Duration
  /** Whether `account/read` checks the credentials before the first turn. Default true. */
  readonly authCheck: boolean
  /** Requests in flight at once, from 1 to `maxRequestsInFlightLimit` (128). Default 32. */
  readonly maxRequestsInFlight: number
  /** How long to wait for a clean exit after closing stdin, and again after SIGTERM. Default 2 s. */
  readonly shutdownGracePeriod: Duration.Duration
  /**
   * The retry schedule for `ServerBusy`; `undefined` when retries are off (`retrySchedule: false`).
   * Default `Retry.defaultSchedule`.
   */
  readonly retrySchedule: Schedule.Schedule<unknown, unknown> | undefined
  /** How long a server-to-client request handler may take before the server gets an error reply. Default 10 min. */
  readonly serverRequestTimeout: Duration.Duration
  /** What to do when the server's version differs from the pinned one. Default `"warn"`. */
  readonly versionCheck: "warn" | "fail" | "ignore"
  /** What to do with a reply that does not match its method's result schema. Default `"lenient"`. */
  readonly resultDecoding: "lenient" | "strict"
  /** The longest line accepted from the server, in characters. Default 64 MiB (67,108,864). */
  readonly maxLineLength: number
  /** Global events kept for a slow subscriber before the oldest are dropped. Default 1024. */
  readonly globalEventsCapacity: number
  /** Events kept for a turn nobody subscribed to yet. Default 10,000. */
  readonly unclaimedEventsPerTurn: number
  /** Unclaimed turns kept at once. Default 64. */
  readonly unclaimedTurns: number
  /** stderr lines kept for error reports. Default 400. */
  readonly stderrLines: number
  /** stderr bytes (UTF-8) kept for error reports. Default 128 KiB (131,072). */
  readonly maxStderrBytes: number
  /** Bytes written to the server and not yet read, past which new requests fail with `ServerBusy`. Default 16 MiB. */
  readonly maxOutboxBytes: number
  /** Events a turn's stream holds for a slow consumer before deltas of the same item are merged. Default 1024. */
  readonly turnEventsCapacity: number
  /** When to restart a dead app-server; `undefined` (the default) for never. */
  readonly restartSchedule: Schedule.Schedule<unknown, unknown> | undefined
}

/**
 * Fills in the defaults.
 *
 * @since 0.1.0
 * @category constructors
 */
export const resolve = (options: Options = {}): Resolved => ({
  binaryPath: options.binaryPath,
  args: options.args ?? [],
  config: options.config ?? {},
  cwd: options.cwd,
  env: options.env ?? {},
  inheritEnv: options.inheritEnv ?? true,
  clientInfo: options.clientInfo ?? { name: "effect_codex", version: sdkVersion },
  experimentalApi: options.experimentalApi ?? false,
  optOutNotificationMethods: options.optOutNotificationMethods ?? [],
  requestTimeout: Durations.orElse(options.requestTimeout, "60 seconds"),
  initializeTimeout: Durations.orElse(options.initializeTimeout, "15 seconds"),
  turnTimeout: options.turnTimeout === undefined ? undefined : Durations.decode(options.turnTimeout),
  turnIdleTimeout: options.turnIdleTimeout === undefined ? undefined : Durations.decode(options.turnIdleTimeout),
  turnInterruptGrace: Durations.orElse(options.turnInterruptGrace, "10 seconds"),
  authCheck: options.authCheck ?? true,
  maxRequestsInFlight: options.maxRequestsInFlight ?? 32,
  shutdownGracePeriod: Durations.orElse(options.shutdownGracePeriod, "2 seconds"),
  retrySchedule: options.retrySchedule === false ? undefined : options.retrySchedule ?? defaultSchedule,
  serverRequestTimeout: Durations.orElse(options.serverRequestTimeout, "10 minutes"),
  versionCheck: options.versionCheck ?? "warn",
  resultDecoding: options.resultDecoding ?? "lenient",
  maxLineLength: options.maxLineLength ?? 64 * 1024 * 1024,
  globalEventsCapacity: options.globalEventsCapacity ?? 1024,
  unclaimedEventsPerTurn: options.unclaimedEventsPerTurn ?? 10_000,
  unclaimedTurns: options.unclaimedTurns ?? 64,
  stderrLines: options.stderrLines ?? 400,
  maxStderrBytes: options.maxStderrBytes ?? 128 * 1024,
  maxOutboxBytes: options.maxOutboxBytes ?? 16 * 1024 * 1024,
  turnEventsCapacity: options.turnEventsCapacity ?? 1024,
  restartSchedule: options.restartSchedule
})

const counts = [
  ["maxLineLength", 1],
  ["globalEventsCapacity", 1],
  ["unclaimedEventsPerTurn", 1],
  ["unclaimedTurns", 1],
  ["stderrLines", 0],
  ["maxStderrBytes", 0],
  ["maxOutboxBytes", 0],
  ["turnEventsCapacity", 1]
] as const

/** An option's value as an error shows it: a number as it is, anything else as JSON with its type. */
const shown = (value: unknown): string =>
  typeof value === "number" ? String(value) : `${JSON.stringify(value) ?? String(value)} (a ${typeof value})`

/**
 * What is wrong with resolved options, or `undefined`: `maxRequestsInFlight` must be an integer
 * from 1 to {@link maxRequestsInFlightLimit}; the buffer sizes must be whole numbers (`Infinity`
 * allowed) at or above their minimum.
 *
 * @since 0.2.0
 * @category validation
 */
export const validate = (options: Resolved): string | undefined => {
  const n = options.maxRequestsInFlight
  if (!Number.isInteger(n) || n < 1 || n > maxRequestsInFlightLimit) {
    return `maxRequestsInFlight must be an integer from 1 to ${maxRequestsInFlightLimit}, got ${shown(n)}: the app-server's input queue holds 128 messages, and past it codex answers -32001 or drops the reply`
  }
  for (const [key, min] of counts) {
    const value = options[key]
    if (!(Number.isInteger(value) || value === Infinity) || value < min) {
      return `${key} must be a whole number of at least ${min}, got ${shown(value)}`
    }
  }
  return undefined
}

/**
 * What is wrong with options before they are resolved, or `undefined`: every duration option
 * must be a duration (`"30 seconds"`, a number of milliseconds, a `Duration`); `"soon"`, `"30s"`,
 * `NaN` and negative numbers are not, and the timeouts must be longer than zero.
 *
 * @since 0.4.0
 * @category validation
 */
export const check = (options: Options): string | undefined =>
  Durations.check([
    ["requestTimeout", options.requestTimeout, true],
    ["initializeTimeout", options.initializeTimeout, true],
    ["turnTimeout", options.turnTimeout, true],
    ["turnIdleTimeout", options.turnIdleTimeout, true],
    ["turnInterruptGrace", options.turnInterruptGrace],
    ["shutdownGracePeriod", options.shutdownGracePeriod],
    ["serverRequestTimeout", options.serverRequestTimeout, true]
  ])

/**
 * The environment of the app-server process: the inherited part of `parent` (see
 * `Options.inheritEnv`) with `env` on top.
 *
 * @since 0.2.0
 * @category getters
 */
export const childEnv = (
  options: Pick<Resolved, "env" | "inheritEnv">,
  parent: Readonly<Record<string, string | undefined>>
): Record<string, string> => {
  const out: Record<string, string> = {}
  const names = options.inheritEnv === true ? Object.keys(parent) : options.inheritEnv === false ? [] : options.inheritEnv
  for (const name of names) {
    const value = parent[name]
    if (value !== undefined) out[name] = value
  }
  return Object.assign(out, options.env)
}

/**
 * The command-line arguments for the options: `[--config k=v]... app-server --listen stdio:// [args]`
 * (without `--listen stdio://` when `args` has its own `--listen`).
 *
 * @since 0.1.0
 * @category getters
 */
export const commandArgs = (options: Resolved): ReadonlyArray<string> => [
  ...Object.entries(options.config).flatMap(([key, value]) => [
    "--config",
    `${key}=${typeof value === "string" ? JSON.stringify(value) : String(value)}`
  ]),
  "app-server",
  // an explicit `--listen URL` (a server started for socket clients) replaces the default
  ...(options.args.some((arg) => arg === "--listen" || arg.startsWith("--listen=") || arg === "--stdio") ? [] : ["--listen", "stdio://"]),
  ...options.args
]

const optional = <A>(config: Config.Config<A>) => Config.option(config).pipe(Config.map(Option.getOrUndefined))

const defined = <A extends object>(record: A): { [K in keyof A]: Exclude<A[K], undefined> } =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as never

/**
 * Options read from the environment:
 * `CODEX_BINARY_PATH`, `CODEX_APP_SERVER_CWD`, `CODEX_APP_SERVER_ARGS` (space-separated),
 * `CODEX_EXPERIMENTAL_API` (boolean), `CODEX_REQUEST_TIMEOUT` (duration, e.g. `30 seconds`),
 * `CODEX_MAX_REQUESTS_IN_FLIGHT`, `CODEX_SHUTDOWN_GRACE_PERIOD` (duration).
 *
 * @since 0.1.0
 * @category configs
 */
export const fromEnv: Config.Config<Options> = Config.all({
  binaryPath: optional(Config.string("CODEX_BINARY_PATH")),
  cwd: optional(Config.string("CODEX_APP_SERVER_CWD")),
  args: optional(Config.string("CODEX_APP_SERVER_ARGS").pipe(Config.map((s) => s.split(/\s+/).filter((a) => a !== "")))),
  experimentalApi: optional(Config.boolean("CODEX_EXPERIMENTAL_API")),
  requestTimeout: optional(Config.duration("CODEX_REQUEST_TIMEOUT")),
  maxRequestsInFlight: optional(Config.integer("CODEX_MAX_REQUESTS_IN_FLIGHT")),
  shutdownGracePeriod: optional(Config.duration("CODEX_SHUTDOWN_GRACE_PERIOD"))
}).pipe(Config.map(defined))
