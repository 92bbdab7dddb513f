/**
 * `npm run bench:transports`: the cost of a turn over each transport, next to stdio. The same
 * program (N sequential one-message turns on one thread, after W warm-up turns) runs on the real
 * pinned app-server with an instant scripted model over: stdio (a child process), WebSocket with a
 * capability token, WebSocket with a signed bearer token, and a unix socket. Prints one table:
 * the time until the layer was ready (server start, connection and `initialize`) and per-turn
 * median / p90 / mean in milliseconds. Run it on a quiet machine; the figures are only
 * comparable within one run.
 *
 *   npm run bench:transports                 200 turns per transport
 *   npm run bench:transports -- --turns 20   fewer
 */
import { Codex } from "@effect-codex/sdk"
import type { ListeningAppServer } from "@effect-codex/testing"
import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { Effect, Layer } from "effect"

const args = process.argv.slice(2)
const turnsIndex = args.indexOf("--turns")
const turns = turnsIndex === -1 ? 200 : Number(args[turnsIndex + 1])
const warmup = Math.min(20, Math.max(2, Math.floor(turns / 10)))

const quantile = (sorted: ReadonlyArray<number>, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

const program = Effect.gen(function*() {
  const fake = yield* FakeResponses.FakeResponses
  const codex = yield* Codex.Codex
  yield* fake.reset
  const thread = yield* codex.threadStart()
  const durations: Array<number> = []
  for (let i = 0; i < warmup + turns; i++) {
    yield* fake.enqueue(FakeResponses.Script.text("ok"))
    const start = performance.now()
    yield* thread.run("go")
    if (i >= warmup) durations.push(performance.now() - start)
  }
  return durations.sort((a, b) => a - b)
})

const measure = (name: string, layer: Layer.Layer<Codex.Codex | FakeResponses.FakeResponses, unknown>) =>
  Effect.gen(function*() {
    const built = performance.now()
    return yield* Effect.scoped(Effect.gen(function*() {
      const context = yield* Layer.build(layer)
      const connectMs = performance.now() - built
      const sorted = yield* Effect.provide(program, context)
      const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length
      return { name, connectMs, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), mean }
    }))
  })

const listening = (listen: ListeningAppServer.Options) => TestCodex.layerListening({ listen })

const main = Effect.gen(function*() {
  const rows = []
  rows.push(yield* measure("stdio (child process)", TestCodex.layer()))
  rows.push(yield* measure("WebSocket, capability token", listening({ transport: "websocket", auth: "capability-token" })))
  rows.push(yield* measure("WebSocket, signed bearer token", listening({ transport: "websocket", auth: "signed-bearer-token" })))
  rows.push(yield* measure("unix socket", listening({ transport: "unix" })))
  const fmt = (n: number) => n.toFixed(2)
  console.log(`\n${turns} turns per transport after ${warmup} warm-up turns (ms)\n`)
  console.log("| transport | layer ready | turn median | turn p90 | turn mean |")
  console.log("|---|---:|---:|---:|---:|")
  for (const r of rows) console.log(`| ${r.name} | ${fmt(r.connectMs)} | ${fmt(r.median)} | ${fmt(r.p90)} | ${fmt(r.mean)} |`)
})

Effect.runPromise(main).catch((error) => {
  console.error(error)
  process.exit(1)
})
