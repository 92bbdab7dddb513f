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
import { Context, Layer, Schema } from "effect"
import type { Effect, Scope } from "effect"
import * as internal from "./internal/otlpCollector.js"

/**
 * A span as received, ids as lowercase hex.
 *
 * @since 0.1.0
 * @category models
 */
export interface Span {
  /** The trace id, normally 32 lowercase hex digits; `""` if the span had none. */
  readonly traceId: string
  /** The span id, normally 16 lowercase hex digits; `""` if the span had none. */
  readonly spanId: string
  /** Absent for a root span. */
  readonly parentSpanId: string | undefined
  /** The span's name. */
  readonly name: string
  /** `internal`, `server`, `client`, `producer`, `consumer` or `unspecified`. */
  readonly kind: string
  /** The resource's `service.name`. */
  readonly service: string | undefined
  /** The instrumentation scope's name. */
  readonly scope: string | undefined
  /** The span's attributes as plain values (OTLP ints as numbers, arrays and key-value lists unwrapped). */
  readonly attributes: Readonly<Record<string, unknown>>
  /** The start time in nanoseconds since the Unix epoch, as a decimal string (`"0"` if absent). */
  readonly startTimeUnixNano: string
  /** The end time in nanoseconds since the Unix epoch, as a decimal string (`"0"` if absent). */
  readonly endTimeUnixNano: string
  /** OTLP status code: 0 unset, 1 ok, 2 error. */
  readonly statusCode: number
}

/**
 * One data point of a metric as received.
 *
 * @since 0.1.0
 * @category models
 */
export interface MetricPoint {
  /** The metric's name. */
  readonly name: string
  /** The kind of metric the point belongs to. */
  readonly type: "sum" | "gauge" | "histogram"
  /** The metric's unit, such as `ms`; `undefined` if it had none. */
  readonly unit: string | undefined
  /** The resource's `service.name`; `undefined` if it had none. */
  readonly service: string | undefined
  /** The point's attributes as plain values. */
  readonly attributes: Readonly<Record<string, unknown>>
  /** The value of a sum or gauge; the count of a histogram. */
  readonly value: number
  /** The sum of a histogram's observations. */
  readonly sum?: number
}

/**
 * A running collector.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** `http://127.0.0.1:PORT`: the base URL for OTLP exporters (`/v1/traces`, `/v1/metrics`). */
  readonly url: string
  /** The port the collector listens on (chosen by the OS). */
  readonly port: number
  /** Every span received so far, in arrival order. */
  readonly spans: Effect.Effect<ReadonlyArray<Span>>
  /** Every metric point received so far, in arrival order (exporters resend cumulative points). */
  readonly metrics: Effect.Effect<ReadonlyArray<MetricPoint>>
  /** Requests that were not OTLP JSON exports (`METHOD path content-type`). */
  readonly rejected: Effect.Effect<ReadonlyArray<string>>
  /**
   * An `[otel]` table for codex's `config.toml` exporting its traces here as OTLP/HTTP JSON (logs
   * and metrics off).
   */
  readonly codexOtelToml: string
  /** Forgets everything received. */
  readonly reset: Effect.Effect<void>
}

/**
 * Raised when the collector cannot listen.
 *
 * @since 0.1.0
 * @category errors
 */
export class OtlpCollectorError extends Schema.TaggedError<OtlpCollectorError>()("OtlpCollectorError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect)
}) {}

/**
 * The collector service.
 *
 * @since 0.1.0
 * @category models
 */
export class OtlpCollector extends Context.Tag("@effect-codex/testing/OtlpCollector")<OtlpCollector, Service>() {}

/**
 * Starts a collector; it stops when the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, OtlpCollectorError, Scope.Scope> = internal.make()

/**
 * A collector as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<OtlpCollector, OtlpCollectorError> = Layer.scoped(OtlpCollector, make)

/**
 * The spans of one trace as an indented tree (`name [service]`, children in start order), at
 * most `maxDepth` levels deep.
 *
 * @since 0.1.0
 * @category combinators
 */
export const renderTree: (spans: ReadonlyArray<Span>, traceId: string, maxDepth?: number) => Array<string> =
  internal.renderTree
