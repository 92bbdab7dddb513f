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
import type { Metric, MetricKeyType, MetricState } from "effect"
import * as internal from "./internal/metrics.js"

/**
 * `effect_codex.turns.started` (unit `{turn}`): turns the app-server accepted (`turn/start`
 * answered with a turn id), through `Thread.run`, `Thread.turn` or `AppServer.startTurn`.
 *
 * @since 0.1.0
 * @category metrics
 */
export const turnsStarted: Metric.Metric.Counter<number> = internal.turnsStarted

/**
 * `effect_codex.turns.ended` (unit `{turn}`), tagged `status`: `completed`, `failed`,
 * `interrupted`, `timed_out` (the SDK's total or idle timeout), `exited` (the connection ended
 * during the turn). Only turns counted by {@link turnsStarted} are counted here.
 *
 * @since 0.1.0
 * @category metrics
 */
export const turnsEnded: Metric.Metric.Counter<number> = internal.turnsEnded

/**
 * `effect_codex.turn.duration` (unit `ms`), tagged `status` as {@link turnsEnded}: from sending
 * `turn/start` to the turn's end as the SDK saw it. Exponential buckets from 50 ms to ~27 min.
 *
 * @since 0.1.0
 * @category metrics
 */
export const turnDuration: Metric.Metric<MetricKeyType.MetricKeyType.Histogram, number, MetricState.MetricState.Histogram> =
  internal.turnDuration

/**
 * `effect_codex.requests` (unit `{request}`), tagged `method` and `outcome` (`ok`, or the tag of
 * the error: `RequestTimeout`, `ServerBusy`, `InvalidParams`, `AppServerExited`, ...): every
 * request attempt written to the app-server, retries included, once answered.
 *
 * @since 0.1.0
 * @category metrics
 */
export const requests: Metric.Metric.Counter<number> = internal.requests

/**
 * `effect_codex.overload_retries` (unit `{retry}`), tagged `method`: requests sent again
 * because the server reported overload (`ServerBusy`).
 *
 * @since 0.1.0
 * @category metrics
 */
export const overloadRetries: Metric.Metric.Counter<number> = internal.overloadRetries

/**
 * `effect_codex.server_requests` (unit `{request}`), tagged `method` and `decision`: server
 * requests answered. For approvals (`item/commandExecution/requestApproval`,
 * `item/fileChange/requestApproval`, ...) the decision is the reply's `decision` (`accept`,
 * `acceptForSession`, `decline`, `cancel`, or the key of an object decision); for tool calls
 * `success` or `failure`; `fallback` when a failed handler's fallback was sent (its decision
 * otherwise unknown), `error` for an error reply.
 *
 * @since 0.1.0
 * @category metrics
 */
export const serverRequests: Metric.Metric.Counter<number> = internal.serverRequests

/**
 * `effect_codex.undecodable_lines` (unit `{line}`): lines from the app-server that were not
 * JSON-RPC messages (logged and ignored).
 *
 * @since 0.1.0
 * @category metrics
 */
export const undecodableLines: Metric.Metric.Counter<number> = internal.undecodableLines

/**
 * `effect_codex.restarts` (unit `{restart}`): app-server processes restarted by supervision
 * (the `restartSchedule` option). Without supervision a crash ends the connection with
 * `AppServerExited` and nothing is counted here.
 *
 * @since 0.2.0
 * @category metrics
 */
export const restarts: Metric.Metric.Counter<number> = internal.restarts
