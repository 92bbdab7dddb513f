/**
 * A loopback OTLP/HTTP JSON receiver: a plain `node:http` server (no Effect in the request path,
 * so a tracer installed by the program under test never traces the collector itself) that
 * flattens the spans and metric points it receives.
 *
 * @internal
 */
import { Effect } from "effect"
import * as Http from "node:http"
import type * as OtlpCollector from "../OtlpCollector.js"
import { OtlpCollectorError } from "../OtlpCollector.js"

type Json = Record<string, unknown>

const asArray = (u: unknown): ReadonlyArray<Json> => (Array.isArray(u) ? (u as Array<Json>) : [])

/** An OTLP `AnyValue` as a plain value. */
const anyValue = (value: unknown): unknown => {
  if (typeof value !== "object" || value === null) return undefined
  const v = value as Json
  if ("stringValue" in v) return v.stringValue
  if ("boolValue" in v) return v.boolValue
  if ("intValue" in v) return Number(v.intValue)
  if ("doubleValue" in v) return Number(v.doubleValue)
  if ("arrayValue" in v) return asArray((v.arrayValue as Json | undefined)?.values).map(anyValue)
  if ("kvlistValue" in v) return attributes((v.kvlistValue as Json | undefined)?.values)
  if ("bytesValue" in v) return v.bytesValue
  return undefined
}

const attributes = (list: unknown): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const kv of asArray(list)) if (typeof kv.key === "string") out[kv.key] = anyValue(kv.value)
  return out
}

/** OTLP JSON ids are hex strings; some exporters send base64 (the protobuf JSON mapping). */
const hexId = (id: unknown): string | undefined => {
  if (typeof id !== "string" || id === "") return undefined
  if (/^[0-9a-fA-F]+$/.test(id) && (id.length === 16 || id.length === 32)) return id.toLowerCase()
  const bytes = Buffer.from(id, "base64")
  return bytes.length === 8 || bytes.length === 16 ? bytes.toString("hex") : id
}

const spanKinds = ["unspecified", "internal", "server", "client", "producer", "consumer"] as const

/** The spans of one `ExportTraceServiceRequest`. @internal */
export const spansOf = (body: Json): Array<OtlpCollector.Span> => {
  const out: Array<OtlpCollector.Span> = []
  for (const rs of asArray(body.resourceSpans)) {
    const resource = attributes((rs.resource as Json | undefined)?.attributes)
    const service = typeof resource["service.name"] === "string" ? resource["service.name"] as string : undefined
    for (const ss of asArray(rs.scopeSpans)) {
      const scope = typeof (ss.scope as Json | undefined)?.name === "string" ? (ss.scope as Json).name as string : undefined
      for (const span of asArray(ss.spans)) {
        const kind = typeof span.kind === "number" ? spanKinds[span.kind] ?? "unspecified" : String(span.kind ?? "unspecified")
        const status = span.status as Json | undefined
        out.push({
          traceId: hexId(span.traceId) ?? "",
          spanId: hexId(span.spanId) ?? "",
          parentSpanId: hexId(span.parentSpanId),
          name: String(span.name ?? ""),
          kind,
          service,
          scope,
          attributes: attributes(span.attributes),
          startTimeUnixNano: String(span.startTimeUnixNano ?? "0"),
          endTimeUnixNano: String(span.endTimeUnixNano ?? "0"),
          statusCode: typeof status?.code === "number" ? status.code : 0
        })
      }
    }
  }
  return out
}

/** The metric points of one `ExportMetricsServiceRequest`. @internal */
export const metricsOf = (body: Json): Array<OtlpCollector.MetricPoint> => {
  const out: Array<OtlpCollector.MetricPoint> = []
  for (const rm of asArray(body.resourceMetrics)) {
    const resource = attributes((rm.resource as Json | undefined)?.attributes)
    const service = typeof resource["service.name"] === "string" ? resource["service.name"] as string : undefined
    for (const sm of asArray(rm.scopeMetrics)) {
      for (const metric of asArray(sm.metrics)) {
        const name = String(metric.name ?? "")
        const unit = typeof metric.unit === "string" ? metric.unit : undefined
        for (const type of ["sum", "gauge", "histogram"] as const) {
          const data = metric[type] as Json | undefined
          if (data === undefined) continue
          for (const point of asArray(data.dataPoints)) {
            const value = type === "histogram"
              ? Number(point.count ?? 0)
              : Number(point.asInt ?? point.asDouble ?? 0)
            out.push({
              name,
              type,
              unit,
              service,
              attributes: attributes(point.attributes),
              value,
              ...(type === "histogram" ? { sum: Number(point.sum ?? 0) } : {})
            })
          }
        }
      }
    }
  }
  return out
}

/** @internal */
export const make = Effect.fnUntraced(function*() {
  const spans: Array<OtlpCollector.Span> = []
  const metrics: Array<OtlpCollector.MetricPoint> = []
  const rejected: Array<string> = []
  const server = Http.createServer((request, response) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const path = (request.url ?? "").split("?")[0]
      const type = String(request.headers["content-type"] ?? "")
      let body: Json | undefined
      try {
        if (type.includes("json")) body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Json
      } catch {
        body = undefined
      }
      if (body === undefined || request.method !== "POST") {
        rejected.push(`${request.method} ${path} ${type}`)
        response.writeHead(415, { "content-type": "application/json" })
        response.end(JSON.stringify({ message: "this collector accepts OTLP/HTTP JSON only" }))
        return
      }
      // a malformed export is refused (and recorded), never a crash of the process
      let received: { readonly spans: Array<OtlpCollector.Span>; readonly metrics: Array<OtlpCollector.MetricPoint> }
      try {
        received = {
          spans: path === "/v1/traces" ? spansOf(body) : [],
          metrics: path === "/v1/metrics" ? metricsOf(body) : []
        }
      } catch (error) {
        rejected.push(`${request.method} ${path} ${type}: ${error instanceof Error ? error.message : String(error)}`)
        response.writeHead(400, { "content-type": "application/json" })
        response.end(JSON.stringify({ message: "not an OTLP/HTTP JSON export" }))
        return
      }
      spans.push(...received.spans)
      metrics.push(...received.metrics)
      response.writeHead(200, { "content-type": "application/json" })
      response.end("{}")
    })
  })
  const port = yield* Effect.acquireRelease(
    Effect.async<number, OtlpCollectorError>((resume) => {
      server.once("error", (cause) => resume(Effect.fail(new OtlpCollectorError({ message: `cannot listen: ${cause.message}`, cause }))))
      server.listen(0, "127.0.0.1", () => {
        const address = server.address()
        resume(Effect.succeed(typeof address === "object" && address !== null ? address.port : 0))
      })
    }),
    () =>
      Effect.async<void>((resume) => {
        server.close(() => resume(Effect.void))
        server.closeAllConnections()
      }).pipe(Effect.timeoutOption("2 seconds"))
  )
  const url = `http://127.0.0.1:${port}`
  const service: OtlpCollector.Service = {
    url,
    port,
    spans: Effect.sync(() => spans.slice()),
    metrics: Effect.sync(() => metrics.slice()),
    rejected: Effect.sync(() => rejected.slice()),
    codexOtelToml: [
      "[otel]",
      `environment = "test"`,
      `exporter = "none"`,
      `metrics_exporter = "none"`,
      `trace_exporter = { otlp-http = { endpoint = "${url}/v1/traces", protocol = "json" } }`,
      ""
    ].join("\n"),
    reset: Effect.sync(() => {
      spans.length = 0
      metrics.length = 0
      rejected.length = 0
    })
  }
  return service
})

/** The spans of one trace as an indented tree, children in start order. @internal */
export const renderTree = (
  spans: ReadonlyArray<OtlpCollector.Span>,
  traceId: string,
  maxDepth: number = Infinity
): Array<string> => {
  const inTrace = spans.filter((s) => s.traceId === traceId)
  const ids = new Set(inTrace.map((s) => s.spanId))
  const children = new Map<string | undefined, Array<OtlpCollector.Span>>()
  for (const span of inTrace) {
    const parent = span.parentSpanId !== undefined && ids.has(span.parentSpanId) ? span.parentSpanId : undefined
    let list = children.get(parent)
    if (list === undefined) children.set(parent, list = [])
    list.push(span)
  }
  // start times are nanosecond strings; one that is not an integer sorts as a number
  const start = (span: OtlpCollector.Span): bigint | number => {
    try {
      return BigInt(span.startTimeUnixNano)
    } catch {
      return Number(span.startTimeUnixNano)
    }
  }
  for (const list of children.values()) list.sort((a, b) => (start(a) < start(b) ? -1 : 1))
  const lines: Array<string> = []
  const walk = (parent: string | undefined, depth: number) => {
    if (depth >= maxDepth) return
    for (const span of children.get(parent) ?? []) {
      lines.push(`${"  ".repeat(depth)}${span.name} [${span.service ?? "?"}]`)
      walk(span.spanId, depth + 1)
    }
  }
  walk(undefined, 0)
  return lines
}
