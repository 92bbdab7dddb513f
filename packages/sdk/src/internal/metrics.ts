/**
 * The SDK's metrics (Effect `Metric`s, in Effect's global registry) and the hooks that update
 * them synchronously from the connection, the turn lifecycle and server-request dispatch.
 *
 * Each metric carries its unit as a `unit` tag, which is where `@effect/opentelemetry` reads a
 * metric's unit from. The hooks update the untagged metric with label arrays made once (the unit
 * first), the same series the exported, unit-tagged metric reads.
 *
 * @internal
 */
import type { MetricLabel as MetricLabelType } from "effect"
import { Metric, MetricBoundaries, MetricLabel } from "effect"

const turnsStartedBase = Metric.counter("effect_codex.turns.started", {
  description: "Turns the app-server accepted (turn/start answered with a turn id).",
  incremental: true
})

const turnsEndedBase = Metric.counter("effect_codex.turns.ended", {
  description: "Turns that ended, tagged `status`: completed, failed, interrupted, timed_out, exited (the connection ended).",
  incremental: true
})

const turnDurationBase = Metric.histogram(
  "effect_codex.turn.duration",
  MetricBoundaries.exponential({ start: 50, factor: 2, count: 16 }),
  "Turn duration from sending turn/start to the turn's end, tagged `status`."
)

const requestsBase = Metric.counter("effect_codex.requests", {
  description: "JSON-RPC request attempts answered, tagged `method` and `outcome` (`ok` or the error's tag).",
  incremental: true
})

const overloadRetriesBase = Metric.counter("effect_codex.overload_retries", {
  description: "Requests retried after the server reported overload, tagged `method`.",
  incremental: true
})

const serverRequestsBase = Metric.counter("effect_codex.server_requests", {
  description:
    "Server requests (approvals, tool calls, ...) answered, tagged `method` and `decision` (the approval decision, `success`/`failure` for tool calls, `fallback`, `error`).",
  incremental: true
})

const undecodableLinesBase = Metric.counter("effect_codex.undecodable_lines", {
  description: "Lines from the app-server that were not JSON-RPC messages (logged and ignored).",
  incremental: true
})

const restartsBase = Metric.counter("effect_codex.restarts", {
  description: "App-server processes restarted by supervision (`restartSchedule`).",
  incremental: true
})

const units = {
  turn: MetricLabel.make("unit", "{turn}"),
  ms: MetricLabel.make("unit", "ms"),
  request: MetricLabel.make("unit", "{request}"),
  retry: MetricLabel.make("unit", "{retry}"),
  line: MetricLabel.make("unit", "{line}"),
  restart: MetricLabel.make("unit", "{restart}")
}

/** @internal */
export const turnsStarted = Metric.taggedWithLabels(turnsStartedBase, [units.turn])
/** @internal */
export const turnsEnded = Metric.taggedWithLabels(turnsEndedBase, [units.turn])
/** @internal */
export const turnDuration = Metric.taggedWithLabels(turnDurationBase, [units.ms])
/** @internal */
export const requests = Metric.taggedWithLabels(requestsBase, [units.request])
/** @internal */
export const overloadRetries = Metric.taggedWithLabels(overloadRetriesBase, [units.retry])
/** @internal */
export const serverRequests = Metric.taggedWithLabels(serverRequestsBase, [units.request])
/** @internal */
export const undecodableLines = Metric.taggedWithLabels(undecodableLinesBase, [units.line])
/** @internal */
export const restarts = Metric.taggedWithLabels(restartsBase, [units.restart])

type Labels = ReadonlyArray<MetricLabelType.MetricLabel>
const labelCache = new Map<string, Labels>()

/** The unit's label and a pair of tags, made once per distinct combination. */
const labels2 = (unit: MetricLabelType.MetricLabel, k1: string, v1: string, k2: string, v2: string): Labels => {
  const key = `${unit.value}\u0000${k1}\u0000${v1}\u0000${k2}\u0000${v2}`
  let found = labelCache.get(key)
  if (found === undefined) {
    found = [unit, MetricLabel.make(k1, v1), MetricLabel.make(k2, v2)]
    if (labelCache.size < 10_000) labelCache.set(key, found)
  }
  return found
}

const labels1 = (unit: MetricLabelType.MetricLabel, k: string, v: string): Labels => {
  const key = `${unit.value}\u0000${k}\u0000${v}`
  let found = labelCache.get(key)
  if (found === undefined) {
    found = [unit, MetricLabel.make(k, v)]
    if (labelCache.size < 10_000) labelCache.set(key, found)
  }
  return found
}

const only = (unit: MetricLabelType.MetricLabel): Labels => [unit]
const turnLabels = only(units.turn)
const lineLabels = only(units.line)
const restartLabels = only(units.restart)

/** A request attempt was answered (or failed). @internal */
export const requestDone = (method: string, error: { readonly _tag: string } | undefined): void => {
  requestsBase.unsafeUpdate(1, labels2(units.request, "method", method, "outcome", error === undefined ? "ok" : error._tag))
}

/** An overload retry is about to be sent. @internal */
export const overloadRetry = (method: string): void => {
  overloadRetriesBase.unsafeUpdate(1, labels1(units.retry, "method", method))
}

/** A line was not a JSON-RPC message. @internal */
export const undecodableLine = (): void => {
  undecodableLinesBase.unsafeUpdate(1, lineLabels)
}

/** A turn was accepted by the server. @internal */
export const turnStarted = (): void => {
  turnsStartedBase.unsafeUpdate(1, turnLabels)
}

/** The status tag of a turn's end. @internal */
export type TurnEndStatus = "completed" | "failed" | "interrupted" | "timed_out" | "exited"

/** A started turn ended. @internal */
export const turnEnded = (status: TurnEndStatus, durationMillis: number): void => {
  turnsEndedBase.unsafeUpdate(1, labels1(units.turn, "status", status))
  turnDurationBase.unsafeUpdate(durationMillis, labels1(units.ms, "status", status))
}

/** A server request was answered. @internal */
export const serverRequestAnswered = (method: string, decision: string): void => {
  serverRequestsBase.unsafeUpdate(1, labels2(units.request, "method", method, "decision", decision))
}

/** A supervised app-server was restarted. @internal */
export const restarted = (): void => {
  restartsBase.unsafeUpdate(1, restartLabels)
}
