import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as OtlpCollector from "../src/OtlpCollector.js"

const post = (url: string, body: string, contentType: string) =>
  Effect.promise(() => fetch(url, { method: "POST", body, headers: { "content-type": contentType } }).then((r) => r.status))

const str = (value: string) => ({ stringValue: value })

describe("OtlpCollector", () => {
  it.scopedLive("keeps the spans of JSON trace exports, ids as hex (base64 ids too), attributes as values", () =>
    Effect.gen(function*() {
      const collector = yield* OtlpCollector.make
      const status = yield* post(`${collector.url}/v1/traces`, JSON.stringify({
        resourceSpans: [{
          resource: { attributes: [{ key: "service.name", value: str("svc") }] },
          scopeSpans: [{
            scope: { name: "scope" },
            spans: [
              {
                traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
                spanId: "00f067aa0ba902b7",
                name: "root",
                kind: 2,
                startTimeUnixNano: "1",
                endTimeUnixNano: "2",
                attributes: [
                  { key: "n", value: { intValue: "42" } },
                  { key: "b", value: { boolValue: true } },
                  { key: "l", value: { arrayValue: { values: [str("x")] } } }
                ],
                status: { code: 2 }
              },
              {
                traceId: Buffer.from("4bf92f3577b34da6a3ce929d0e0e4736", "hex").toString("base64"),
                spanId: Buffer.from("1111111111111111", "hex").toString("base64"),
                parentSpanId: Buffer.from("00f067aa0ba902b7", "hex").toString("base64"),
                name: "child",
                kind: 3,
                startTimeUnixNano: "3",
                endTimeUnixNano: "4"
              }
            ]
          }]
        }]
      }), "application/json")
      assert.strictEqual(status, 200)
      const spans = yield* collector.spans
      assert.deepStrictEqual(spans.map((s) => [s.name, s.kind, s.service, s.scope, s.traceId, s.spanId, s.parentSpanId]), [
        ["root", "server", "svc", "scope", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", undefined],
        ["child", "client", "svc", "scope", "4bf92f3577b34da6a3ce929d0e0e4736", "1111111111111111", "00f067aa0ba902b7"]
      ])
      assert.deepStrictEqual(spans[0]!.attributes, { n: 42, b: true, l: ["x"] })
      assert.strictEqual(spans[0]!.statusCode, 2)
      assert.deepStrictEqual(OtlpCollector.renderTree(spans, "4bf92f3577b34da6a3ce929d0e0e4736"), ["root [svc]", "  child [svc]"])
      assert.deepStrictEqual(OtlpCollector.renderTree(spans, "4bf92f3577b34da6a3ce929d0e0e4736", 1), ["root [svc]"])
    }))

  it.scopedLive("refuses a malformed export with 400 and lists it; the process and the collector go on", () =>
    Effect.gen(function*() {
      const collector = yield* OtlpCollector.make
      for (const body of ["null", JSON.stringify({ resourceSpans: [null] })]) {
        assert.strictEqual(yield* post(`${collector.url}/v1/traces`, body, "application/json"), 400, body)
      }
      assert.strictEqual((yield* collector.rejected).length, 2)
      assert.deepStrictEqual(yield* collector.spans, [])
      // a start time that is not an integer string still renders
      const span = { traceId: "t", spanId: "s", name: "odd", kind: "internal", startTimeUnixNano: "1.5e9" } as unknown as OtlpCollector.Span
      assert.deepStrictEqual(OtlpCollector.renderTree([span], "t"), ["odd [?]"])
    }))

  it.scopedLive("keeps metric points (sum values, histogram counts); answers protobuf 415 and lists it", () =>
    Effect.gen(function*() {
      const collector = yield* OtlpCollector.make
      yield* post(`${collector.url}/v1/metrics`, JSON.stringify({
        resourceMetrics: [{
          scopeMetrics: [{
            metrics: [
              { name: "c", unit: "{turn}", sum: { dataPoints: [{ attributes: [{ key: "status", value: str("ok") }], asInt: "3" }] } },
              { name: "h", unit: "ms", histogram: { dataPoints: [{ count: "2", sum: 30 }] } }
            ]
          }]
        }]
      }), "application/json")
      assert.deepStrictEqual((yield* collector.metrics).map((p) => [p.name, p.type, p.unit, p.value, p.attributes]), [
        ["c", "sum", "{turn}", 3, { status: "ok" }],
        ["h", "histogram", "ms", 2, {}]
      ])
      assert.strictEqual(yield* post(`${collector.url}/v1/traces`, "\x0a\x00", "application/x-protobuf"), 415)
      assert.deepStrictEqual(yield* collector.rejected, ["POST /v1/traces application/x-protobuf"])
      yield* collector.reset
      assert.deepStrictEqual([(yield* collector.metrics).length, (yield* collector.rejected).length], [0, 0])
    }))

  it.scopedLive("its [otel] table points codex's trace exporter at it, as JSON", () =>
    Effect.gen(function*() {
      const collector = yield* OtlpCollector.make
      assert.include(collector.codexOtelToml, `endpoint = "${collector.url}/v1/traces", protocol = "json"`)
      assert.match(collector.url, /^http:\/\/127\.0\.0\.1:\d+$/)
    }))
})
