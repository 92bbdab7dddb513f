/**
 * The SDK's metrics (Effect `Metric`s, in Effect's global registry) and the hooks that update
 * them synchronously from the connection, the turn lifecycle and server-request dispatch.
 *
 * @internal
 */
import type { MetricLabel as MetricLabelType } from "effect"
import { Metric, MetricBoundaries, MetricLabel } from "effect"

/** @internal */
export const turnsStarted = Metric.counter("effect_codex.turns.started", {
  description: "Turns the app-server accepted (turn/start answered with a turn id). Unit: {turn}.",
  incremental: true
})

/** @internal */
export const turnsEnded = Metric.counter("effect_codex.turns.ended", {
  description:
    "Turns that ended, tagged `status`: completed, failed, interrupted, timed_out, exited (the connection ended). Unit: {turn}.",
  incremental: true
})

/** @internal */
export const turnDuration = Metric.histogram(
  "effect_codex.turn.duration",
  MetricBoundaries.exponential({ start: 50, factor: 2, count: 16 }),
  "Turn duration from sending turn/start to the turn's end, tagged `status`. Unit: ms."
)

/** @internal */
export const requests = Metric.counter("effect_codex.requests", {
  description: "JSON-RPC request attempts answered, tagged `method` and `outcome` (`ok` or the error's tag). Unit: {request}.",
  incremental: true
})

/** @internal */
export const overloadRetries = Metric.counter("effect_codex.overload_retries", {
  description: "Requests retried after the server reported overload, tagged `method`. Unit: {retry}.",
  incremental: true
})

/** @internal */
export const serverRequests = Metric.counter("effect_codex.server_requests", {
  description:
    "Server requests (approvals, tool calls, ...) answered, tagged `method` and `decision` (the approval decision, `success`/`failure` for tool calls, `fallback`, `error`). Unit: {request}.",
  incremental: true
})

/** @internal */
export const undecodableLines = Metric.counter("effect_codex.undecodable_lines", {
  description: "Lines from the app-server that were not JSON-RPC messages (logged and ignored). Unit: {line}.",
  incremental: true
})

/** @internal */
export const restarts = Metric.counter("effect_codex.restarts", {
  description: "App-server processes restarted by supervision (`restartSchedule`). Unit: {restart}.",
  incremental: true
})

const none: ReadonlyArray<MetricLabelType.MetricLabel> = []
const labelCache = new Map<string, ReadonlyArray<MetricLabelType.MetricLabel>>()

/** Labels for a pair of tags, made once per distinct pair. */
const labels2 = (k1: string, v1: string, k2: string, v2: string): ReadonlyArray<MetricLabelType.MetricLabel> => {
  const key = `${k1}\u0000${v1}\u0000${k2}\u0000${v2}`
  let found = labelCache.get(key)
  if (found === undefined) {
    found = [MetricLabel.make(k1, v1), MetricLabel.make(k2, v2)]
    if (labelCache.size < 10_000) labelCache.set(key, found)
  }
  return found
}

const labels1 = (k: string, v: string): ReadonlyArray<MetricLabelType.MetricLabel> => {
  const key = `${k}\u0000${v}`
  let found = labelCache.get(key)
  if (found === undefined) {
    found = [MetricLabel.make(k, v)]
    if (labelCache.size < 10_000) labelCache.set(key, found)
  }
  return found
}

/** A request attempt was answered (or failed). @internal */
export const requestDone = (method: string, error: { readonly _tag: string } | undefined): void => {
  requests.unsafeUpdate(1, labels2("method", method, "outcome", error === undefined ? "ok" : error._tag))
}

/** An overload retry is about to be sent. @internal */
export const overloadRetry = (method: string): void => {
  overloadRetries.unsafeUpdate(1, labels1("method", method))
}

/** A line was not a JSON-RPC message. @internal */
export const undecodableLine = (): void => {
  undecodableLines.unsafeUpdate(1, none)
}

/** A turn was accepted by the server. @internal */
export const turnStarted = (): void => {
  turnsStarted.unsafeUpdate(1, none)
}

/** The status tag of a turn's end. @internal */
export type TurnEndStatus = "completed" | "failed" | "interrupted" | "timed_out" | "exited"

/** A started turn ended. @internal */
export const turnEnded = (status: TurnEndStatus, durationMillis: number): void => {
  const tags = labels1("status", status)
  turnsEnded.unsafeUpdate(1, tags)
  turnDuration.unsafeUpdate(durationMillis, tags)
}

/** A server request was answered. @internal */
export const serverRequestAnswered = (method: string, decision: string): void => {
  serverRequests.unsafeUpdate(1, labels2("method", method, "decision", decision))
}

/** A supervised app-server was restarted. @internal */
export const restarted = (): void => {
  restarts.unsafeUpdate(1, none)
}
