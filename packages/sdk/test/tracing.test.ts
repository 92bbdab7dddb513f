import { FetchHttpClient } from "@effect/platform"
import * as Otlp from "@effect/opentelemetry/Otlp"
import * as OtelTracer from "@effect/opentelemetry/Tracer"
import { FakeAppServer, FakeResponses, OtlpCollector, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Metric, Option, Schedule, Tracer } from "effect"
import * as AppServer from "../src/AppServer.js"
import * as Codex from "../src/Codex.js"
import * as Metrics from "../src/Metrics.js"
import { traceContextOf } from "../src/internal/tracing.js"
import { setup } from "./utils/setup.js"
import { onFake } from "./utils/setup.js"

const Script = FakeResponses.Script

interface Sent {
  readonly method?: string
  readonly trace?: { readonly traceparent?: string; readonly tracestate?: string }
}

const sent = (fake: FakeAppServer.FakeAppServer.Service, method: string) =>
  Effect.map(fake.received, (messages) => (messages as ReadonlyArray<Sent>).filter((m) => m?.method === method))

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/

const count = (metric: Metric.Metric.Counter<number>) => Effect.map(Metric.value(metric), (state) => state.count)

describe("trace context on the wire (scripted app-server)", () => {
  it.scopedLive("a request in a span carries a child of that span as traceparent, on every attempt", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({ rules: [FakeAppServer.overloaded("thread/start", 1)] })
      const retries = Metrics.overloadRetries.pipe(Metric.tagged("method", "thread/start"))
      const busy = Metrics.requests.pipe(Metric.tagged("method", "thread/start"), Metric.tagged("outcome", "ServerBusy"))
      const ok = Metrics.requests.pipe(Metric.tagged("method", "thread/start"), Metric.tagged("outcome", "ok"))
      const before = [yield* count(retries), yield* count(busy), yield* count(ok)]
      const user = yield* Effect.gen(function*() {
        yield* server.request("thread/start", {})
        return yield* Effect.currentSpan
      }).pipe(Effect.withSpan("user"))
      const attempts = yield* sent(fake, "thread/start")
      assert.strictEqual(attempts.length, 2)
      const parsed = attempts.map((m) => TRACEPARENT.exec(m.trace?.traceparent ?? ""))
      assert.isNotNull(parsed[0])
      assert.strictEqual(parsed[0]![1], user.traceId)
      // the request's own span, not the caller's
      assert.notStrictEqual(parsed[0]![2], user.spanId)
      assert.strictEqual(attempts[1]!.trace?.traceparent, attempts[0]!.trace?.traceparent)
      assert.isUndefined(attempts[0]!.trace?.tracestate)
      assert.deepStrictEqual(
        [yield* count(retries), yield* count(busy), yield* count(ok)],
        [before[0]! + 1, before[1]! + 1, before[2]! + 1]
      )
    }))

  it.scopedLive("no span, no field; tracing disabled, no field", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({})
      yield* server.request("thread/start", {})
      yield* server.request("thread/start", {}).pipe(Effect.withSpan("user"), Effect.withTracerEnabled(false))
      const lists = yield* sent(fake, "thread/start")
      assert.strictEqual(lists.length, 2)
      for (const m of lists) assert.isFalse("trace" in m)
      // initialize ran outside any span too
      for (const m of yield* sent(fake, "initialize")) assert.isFalse("trace" in m)
    }))

  it.scopedLive("turn/start carries the turn's own request span; nothing without a span or with tracing disabled", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({})
      const { thread } = yield* server.request("thread/start", {})
      const turn = (threadId: string) => Effect.scoped(Effect.flatMap(server.startTurn({ threadId, input: [] }), (started) => Effect.succeed(started.turn.id)))
      yield* turn(thread.id)
      yield* turn(thread.id).pipe(Effect.withSpan("user"), Effect.withTracerEnabled(false))
      const user = yield* turn(thread.id).pipe(Effect.zipRight(Effect.currentSpan), Effect.withSpan("user"))
      const starts = yield* sent(fake, "turn/start")
      assert.strictEqual(starts.length, 3)
      assert.isFalse("trace" in starts[0]!)
      assert.isFalse("trace" in starts[1]!)
      assert.strictEqual(TRACEPARENT.exec(starts[2]!.trace?.traceparent ?? "")?.[1], user.traceId)
    }))

  it.scopedLive("a turn retried on overload is one Turn span, its turn/start attempts under it; giving up ends it failed", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({ rules: [FakeAppServer.overloaded("turn/start", 2)] })
      const codex = yield* Codex.make.pipe(Effect.provideService(AppServer.AppServer, server))
      const thread = yield* codex.threadStart()
      const retried = yield* recording(thread.run("hi", { request: { retry: Schedule.recurs(5) } }))
      assert.isTrue(Exit.isSuccess(retried.exit))
      const turns = retried.spans.filter((s) => s.name === "Turn")
      assert.strictEqual(turns.length, 1)
      assert.strictEqual(attribute(turns[0], "status"), "completed")
      // the earlier attempts' overloads are not the turn's failure
      yield* ended(turns[0])
      assert.isTrue(turns[0]?.status._tag === "Ended" && Exit.isSuccess(turns[0].status.exit))
      const attempts = retried.spans.filter((s) => s.name === "turn/start")
      assert.strictEqual(attempts.length, 3)
      for (const attempt of attempts) {
        assert.strictEqual(Option.getOrUndefined(attempt.parent)?.spanId, turns[0]!.spanId)
      }
      assert.strictEqual((yield* sent(fake, "turn/start")).length, 3)

      // a schedule that gives up: one Turn span, ended with the RetryLimitExceeded
      const { server: busy } = yield* onFake({ rules: [FakeAppServer.overloaded("turn/start", 100)] })
      const other = yield* (yield* Codex.make.pipe(Effect.provideService(AppServer.AppServer, busy))).threadStart()
      const gaveUp = yield* recording(other.run("hi", { request: { retry: Schedule.recurs(1) } }))
      assert.isTrue(Exit.isFailure(gaveUp.exit))
      const failed = gaveUp.spans.filter((s) => s.name === "Turn")
      assert.strictEqual(failed.length, 1)
      yield* ended(failed[0])
      assert.strictEqual(attribute(failed[0], "status"), "not_started")
      const spanExit = failed[0]?.status._tag === "Ended" ? failed[0].status.exit : undefined
      assert.strictEqual(
        spanExit !== undefined && Exit.isFailure(spanExit) ? (Cause.squash(spanExit.cause) as { _tag?: string })._tag : undefined,
        "RetryLimitExceeded"
      )
    }))

  it.scopedLive("an external parent's tracestate is propagated with its trace id", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({})
      const parent = OtelTracer.makeExternalSpan({
        traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
        spanId: "00f067aa0ba902b7",
        traceFlags: 1,
        traceState: "vendor=opaque,other=1"
      })
      yield* server.request("thread/start", {}).pipe(Effect.withSpan("user"), Effect.withParentSpan(parent))
      const [message] = yield* sent(fake, "thread/start")
      const parsed = TRACEPARENT.exec(message?.trace?.traceparent ?? "")
      assert.strictEqual(parsed?.[1], "4bf92f3577b34da6a3ce929d0e0e4736")
      assert.strictEqual(message?.trace?.tracestate, "vendor=opaque,other=1")
    }))
})

describe("metrics on the scripted app-server", () => {
  it.scopedLive("undecodable lines are counted as the connection counts them", () =>
    Effect.gen(function*() {
      const before = yield* count(Metrics.undecodableLines)
      const { server } = yield* onFake({ rules: [FakeAppServer.on("thread/start", FakeAppServer.garbage())] })
      yield* server.request("thread/start", {})
      const stats = yield* server.stats
      assert.isAtLeast(stats.undecodableLines, 1)
      assert.strictEqual(yield* count(Metrics.undecodableLines), before + stats.undecodableLines)
    }))
})

describe("one trace from the user's span into codex (real app-server, OTLP collector)", () => {
  it.live("user span -> SDK operation, turn and request spans -> codex's spans", () =>
    Effect.gen(function*() {
      const collector = yield* OtlpCollector.OtlpCollector
      const approval = "item/commandExecution/requestApproval"
      const accepted = Metrics.serverRequests.pipe(Metric.tagged("method", approval), Metric.tagged("decision", "accept"))
      const completed = Metrics.turnsEnded.pipe(Metric.tagged("status", "completed"))
      const before = [yield* count(accepted), yield* count(completed), yield* count(Metrics.turnsStarted)]

      const user = yield* Effect.gen(function*() {
        const codex = yield* Codex.Codex
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const result = yield* thread.run("run it", {
          approvals: { commandExecution: () => Effect.succeed({ decision: "accept" as const }) }
        })
        assert.strictEqual(result.status, "completed")
        return yield* Effect.currentSpan
      }).pipe(
        Effect.withSpan("user"),
        Effect.provide(Layer.mergeAll(
          TestCodex.layer({
            scripts: [
              Script.execCommand({ cmd: "echo traced", sandboxPermissions: "require_escalated", justification: "demo" }),
              Script.reply([FakeResponses.Item.message("done")], { usage: { inputTokens: 11, outputTokens: 7 } })
            ],
            home: { extraToml: collector.codexOtelToml }
          }),
          Otlp.layerJson({ baseUrl: collector.url, resource: { serviceName: "effect-codex-test" } }).pipe(
            Layer.provide(FetchHttpClient.layer)
          )
        ))
      )
      // both sides flushed when the layers closed (codex exports before it exits)
      const spans = (yield* collector.spans).filter((s) => s.traceId === user.traceId)
      const byId = new Map(spans.map((s) => [s.spanId, s]))
      const one = (name: string, service: string | undefined, parent?: string) => {
        const found = spans.filter((s) => s.name === name && (service === undefined || s.service === service))
          .filter((s) => parent === undefined || s.parentSpanId === parent)
        assert.isAtLeast(found.length, 1, `a span ${name} (${service}) under ${parent}`)
        return found[0]!
      }
      const sdk = "effect-codex-test"
      const userSpan = one("user", sdk)
      assert.isUndefined(userSpan.parentSpanId)
      const threadStart = one("Codex.threadStart", sdk, userSpan.spanId)
      const threadStartRequest = one("thread/start", sdk, threadStart.spanId)
      assert.strictEqual(threadStartRequest.kind, "client")
      const codexSpans = spans.filter((s) => s.service !== sdk)
      assert.isAtLeast(codexSpans.length, 1, "codex exported spans into the user's trace")
      const codexService = codexSpans[0]!.service
      // codex's server span for the request is a child of the SDK's request span
      one("thread/start", codexService, threadStartRequest.spanId)

      const run = one("Thread.run", sdk, userSpan.spanId)
      const turn = one("Turn", sdk, run.spanId)
      assert.strictEqual(turn.attributes.status, "completed")
      assert.strictEqual(turn.attributes.model, "mock-model")
      assert.isString(turn.attributes.turnId)
      assert.strictEqual(turn.attributes["usage.totalTokens"], 18)
      const turnStart = one("turn/start", sdk, turn.spanId)
      const codexTurnStart = one("turn/start", codexService, turnStart.spanId)
      // codex's work for the turn hangs under its turn/start span
      const under = (span: OtlpCollector.Span, ancestor: string): boolean => {
        for (let p = span.parentSpanId; p !== undefined; p = byId.get(p)?.parentSpanId) if (p === ancestor) return true
        return false
      }
      assert.isTrue(codexSpans.some((s) => s.name === "run_turn" && under(s, codexTurnStart.spanId)), "run_turn under turn/start")
      const approvalSpan = one(`ServerRequest ${approval}`, sdk, turn.spanId)
      assert.strictEqual(approvalSpan.kind, "server")
      assert.strictEqual(approvalSpan.attributes.decision, "accept")
      assert.strictEqual(approvalSpan.attributes.turnId, turn.attributes.turnId)

      assert.deepStrictEqual(
        [yield* count(accepted), yield* count(completed), yield* count(Metrics.turnsStarted)],
        [before[0]! + 1, before[1]! + 1, before[2]! + 1]
      )
      // the SDK's metrics, exported with their units
      const points = (yield* collector.metrics).filter((m) => m.service === sdk && m.name.startsWith("effect_codex."))
      const unitOf = (name: string) => points.find((m) => m.name === name)?.unit
      assert.strictEqual(unitOf("effect_codex.turn.duration"), "ms")
      assert.strictEqual(unitOf("effect_codex.turns.ended"), "{turn}")
      assert.strictEqual(unitOf("effect_codex.requests"), "{request}")
      assert.strictEqual(unitOf("effect_codex.server_requests"), "{request}")
      const tree = OtlpCollector.renderTree(spans, user.traceId, 5)
      console.log(`one trace, ${spans.length} spans (${codexSpans.length} from codex), first levels:\n${tree.join("\n")}`)
    }).pipe(Effect.provide(OtlpCollector.layer)), 120_000)
})

/** Runs `self` with a tracer that records every span it makes (Effect's own spans underneath). */
const recording = <A, E, R>(self: Effect.Effect<A, E, R>) =>
  Effect.gen(function*() {
    const native = yield* Effect.tracer
    const spans: Array<Tracer.Span> = []
    const tracer = Tracer.make({
      span: (...args) => {
        const span = native.span(...args)
        spans.push(span)
        return span
      },
      context: native.context
    })
    const exit = yield* Effect.exit(self.pipe(Effect.withSpan("user"), Effect.withTracer(tracer)))
    return { exit, spans }
  })

const attribute = (span: Tracer.Span | undefined, key: string) => span?.attributes.get(key)

/** Waits until the span has ended (a timed-out turn's span ends when the server ended the turn). */
const ended = (span: Tracer.Span | undefined) =>
  Effect.suspend(() => (span?.status._tag === "Ended" ? Effect.void : Effect.fail("running"))).pipe(
    Effect.retry(Schedule.spaced("20 millis")),
    Effect.timeoutFail({ duration: "20 seconds", onTimeout: () => new Error("the span did not end") })
  )

describe("codex and the sampled flag (real app-server, OTLP collector)", () => {
  it.live("codex 0.169 honours the sampled flag: nothing of its own in a trace sent as -00", () =>
    Effect.gen(function*() {
      const collector = yield* OtlpCollector.OtlpCollector
      // a tracer whose spans are not sampled: the wire says -00
      const native = yield* Effect.tracer
      const unsampled = Tracer.make({
        span: (...args) => Object.assign(native.span(...args), { sampled: false }),
        context: native.context
      })
      const user = yield* Effect.gen(function*() {
        const codex = yield* Codex.Codex
        yield* codex.threadStart()
        return yield* Effect.currentSpan
      }).pipe(
        Effect.withSpan("user"),
        Effect.withTracer(unsampled),
        Effect.provide(TestCodex.layer({ home: { extraToml: collector.codexOtelToml } }))
      )
      assert.isFalse(user.sampled)
      const all = yield* collector.spans
      // codex exported (its start-up spans, in traces of their own) ...
      assert.isTrue(all.some((s) => s.service === "codex-app-server"))
      // ... but nothing into the unsampled trace
      assert.deepStrictEqual(all.filter((s) => s.traceId === user.traceId).map((s) => s.name), [])
    }).pipe(Effect.provide(OtlpCollector.layer)), 120_000)
})

describe("turn spans and metrics by outcome (real app-server)", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("a timed-out turn: span status timed_out with the TurnTimeout, counted as timed_out", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "slow" }))
        const thread = yield* codex.threadStart()
        const timedOut = Metrics.turnsEnded.pipe(Metric.tagged("status", "timed_out"))
        const before = yield* count(timedOut)
        const { exit, spans } = yield* recording(thread.run("wait", { timeout: "300 millis" }))
        yield* fake.release("slow")
        assert.isTrue(exit._tag === "Failure")
        const turn = spans.find((s) => s.name === "Turn")
        yield* ended(turn)
        assert.strictEqual(attribute(turn, "status"), "timed_out")
        const spanExit = turn?.status._tag === "Ended" ? turn.status.exit : undefined
        assert.strictEqual(spanExit?._tag, "Failure")
        // the SDK's own turn/interrupt is a request span under the turn's
        const interrupt = spans.find((s) => s.name === "turn/interrupt")
        assert.strictEqual(interrupt?.parent._tag === "Some" ? interrupt.parent.value.spanId : undefined, turn?.spanId)
        assert.strictEqual(yield* count(timedOut), before + 1)
      }))

    it.effect("a failed turn: span status failed, counted as failed", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.failed("server_is_overloaded", "The model is overloaded"))
        const thread = yield* codex.threadStart()
        const failed = Metrics.turnsEnded.pipe(Metric.tagged("status", "failed"))
        const before = yield* count(failed)
        const { exit, spans } = yield* recording(thread.run("fail"))
        assert.isTrue(exit._tag === "Failure")
        const turn = spans.find((s) => s.name === "Turn")
        assert.strictEqual(attribute(turn, "status"), "failed")
        assert.isString(attribute(turn, "turnId"))
        assert.strictEqual(yield* count(failed), before + 1)
      }))

    it.effect("an interrupted turn: span status interrupted, counted as interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "held" }))
        const thread = yield* codex.threadStart()
        const interrupted = Metrics.turnsEnded.pipe(Metric.tagged("status", "interrupted"))
        const before = yield* count(interrupted)
        const { spans } = yield* recording(Effect.scoped(Effect.gen(function*() {
          const turn = yield* thread.turn("wait")
          yield* fake.awaitStall("held")
          yield* turn.interrupt
          return yield* turn.run
        })))
        yield* fake.release("held")
        const turn = spans.find((s) => s.name === "Turn")
        assert.strictEqual(attribute(turn, "status"), "interrupted")
        assert.isTrue(spans.some((s) => s.name === "turn/interrupt"), "turn/interrupt has a request span")
        assert.strictEqual(yield* count(interrupted), before + 1)
      }))

    it.effect("a failed approval handler: the server-request span shows the decline it led to", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(
          Script.execCommand({ cmd: "echo no", sandboxPermissions: "require_escalated", justification: "demo" }),
          Script.text("not done")
        )
        const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
        const method = "item/commandExecution/requestApproval"
        const declined = Metrics.serverRequests.pipe(Metric.tagged("method", method), Metric.tagged("decision", "decline"))
        const before = yield* count(declined)
        const { spans } = yield* recording(thread.run("do it", { approvals: { commandExecution: () => Effect.fail("boom") } }))
        const request = spans.find((s) => s.name === `ServerRequest ${method}`)
        const turn = spans.find((s) => s.name === "Turn")
        assert.strictEqual(attribute(request, "decision"), "decline")
        assert.strictEqual(request?.parent._tag === "Some" ? request.parent.value.spanId : undefined, turn?.spanId)
        assert.strictEqual(yield* count(declined), before + 1)
      }))
  })
})

describe("traceContextOf", () => {
  it("writes version 00, the ids and the sampled flag; nothing for spans without valid ids", () => {
    const span = (sampled: boolean, traceId = "4bf92f3577b34da6a3ce929d0e0e4736") =>
      Tracer.externalSpan({ traceId, spanId: "00f067aa0ba902b7", sampled })
    assert.deepStrictEqual(traceContextOf(span(true)), { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" })
    assert.deepStrictEqual(traceContextOf(span(false)), { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00" })
    assert.isUndefined(traceContextOf(span(true, "noop")))
    assert.isUndefined(traceContextOf(undefined))
  })
})
