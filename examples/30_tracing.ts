/**
 * 30 · Tracing: one OpenTelemetry trace from your program through the SDK into codex.
 *
 * A small multi-agent program (a researcher and a critic in parallel, then a writer) runs in a
 * span of its own. `@effect/opentelemetry` exports the program's spans and the SDK's (one per
 * operation, per turn and per JSON-RPC request) to a local collector; codex exports its own spans
 * there too (the `[otel]` table of its config), parented on the `traceparent` each request
 * carries. Then the example prints the trace's first levels and the SDK's metrics, both as Effect
 * holds them and as the collector received them.
 *
 * Offline (the scripted model) codex is configured to export to the collector; with your real
 * Codex, add the same `[otel]` table to your `config.toml` to get codex's side.
 *
 *   npx tsx --conditions=@effect-codex/source examples/30_tracing.ts
 */
import { FetchHttpClient } from "@effect/platform"
import { NodeRuntime } from "@effect/platform-node"
import * as Otlp from "@effect/opentelemetry/Otlp"
import { Codex, Metrics } from "@effect-codex/sdk"
import { FakeResponses, OtlpCollector } from "@effect-codex/testing"
import { Console, Effect, Layer, Metric } from "effect"
import { layer } from "./_shared/runtime.js"

/** One agent: a thread of its own, one turn, in a span named after its role. */
const agent = (role: string, prompt: string) =>
  Effect.gen(function*() {
    const codex = yield* Codex.Codex
    const thread = yield* codex.threadStart()
    const result = yield* thread.run(prompt)
    return result.finalResponse ?? ""
  }).pipe(Effect.withSpan(`agent ${role}`, { attributes: { role } }))

const planTrip = Effect.gen(function*() {
  const [facts, doubts] = yield* Effect.all([
    agent("researcher", "Three facts about Lisbon for a weekend trip, one line."),
    agent("critic", "One reason a weekend in Lisbon could disappoint, one line.")
  ], { concurrency: 2 })
  const plan = yield* agent("writer", `Write a two-sentence weekend plan.\nFacts: ${facts}\nDoubts: ${doubts}`)
  yield* Console.log(`plan: ${plan}`)
  return (yield* Effect.currentSpan).traceId
}).pipe(Effect.withSpan("plan-trip"))

const program = Effect.gen(function*() {
  const collector = yield* OtlpCollector.OtlpCollector

  // The traced program with its own layers: when they close, both sides have flushed their spans.
  const traceId = yield* planTrip.pipe(
    Effect.provide(Layer.mergeAll(
      layer({
        scripts: [
          FakeResponses.Script.text("Seven hills, custard tarts, tram 28."),
          FakeResponses.Script.text("Steep hills and crowded trams."),
          FakeResponses.Script.text("Saturday: tram 28 and a custard tart in Belém. Sunday: a slow climb to the Alfama viewpoints.")
        ],
        home: { extraToml: collector.codexOtelToml }
      }),
      Otlp.layerJson({ baseUrl: collector.url, resource: { serviceName: "trip-planner" } }).pipe(
        Layer.provide(FetchHttpClient.layer)
      )
    ))
  )

  const spans = (yield* collector.spans).filter((span) => span.traceId === traceId)
  const fromCodex = spans.filter((span) => span.service !== "trip-planner").length
  yield* Console.log(`trace ${traceId}: ${spans.length} spans, ${fromCodex} of them from codex`)
  yield* Console.log(OtlpCollector.renderTree(spans, traceId, 5).join("\n"))

  // The metrics, as Effect holds them ...
  const started = yield* Metric.value(Metrics.turnsStarted)
  const completed = yield* Metric.value(Metrics.turnsEnded.pipe(Metric.tagged("status", "completed")))
  const durations = yield* Metric.value(Metrics.turnDuration.pipe(Metric.tagged("status", "completed")))
  const turnStarts = yield* Metric.value(Metrics.requests.pipe(Metric.tagged("method", "turn/start"), Metric.tagged("outcome", "ok")))
  yield* Console.log(`turns: ${started.count} started, ${completed.count} completed (${durations.count} durations recorded)`)
  yield* Console.log(`turn/start requests answered ok: ${turnStarts.count}`)

  // ... and as the collector received them (the last point of each effect_codex.* series).
  const last = new Map<string, string>()
  for (const point of yield* collector.metrics) {
    if (!point.name.startsWith("effect_codex.")) continue
    // the unit travels as the metric's unit (and as a `unit` attribute, where the exporter reads it)
    const tags = Object.entries(point.attributes).filter(([k]) => k !== "unit").map(([k, v]) => `${k}=${String(v)}`).sort().join(",")
    last.set(`${point.name}{${tags}}`, `${point.value} ${point.unit ?? ""}`.trim())
  }
  for (const [series, value] of [...last].sort(([a], [b]) => a.localeCompare(b))) {
    yield* Console.log(`exported ${series} = ${value}`)
  }
}).pipe(Effect.provide(OtlpCollector.layer))

NodeRuntime.runMain(program)
