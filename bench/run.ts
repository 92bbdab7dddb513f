/**
 * `npm run bench`: routing throughput of the JSON-RPC reader.
 *
 * N agent-message delta lines for T concurrent turns, as the real server writes them, are pushed
 * in 64 KiB chunks through the client over an in-memory transport, routed by turn id and consumed
 * by one subscriber per turn (decoding each payload with its method's schema). The baseline only
 * splits and parses the same bytes. Prints both rates.
 */
import { Effect, Mailbox, Stream } from "effect"
import * as AppServerConfig from "../packages/sdk/src/AppServerConfig.js"
import type { AppServerExited } from "../packages/sdk/src/Errors.js"
import * as Events from "../packages/sdk/src/Events.js"
import { mailboxSubscriber } from "../packages/sdk/src/internal/appServer.js"
import * as Connection from "../packages/sdk/src/internal/connection.js"
import type { Inbound } from "../packages/sdk/src/internal/peer.js"
import * as Transport from "../packages/sdk/src/Transport.js"

const N = Number(process.env.BENCH_NOTIFICATIONS ?? 200_000)
const TURNS = Number(process.env.BENCH_TURNS ?? 20)

const lines: Array<string> = []
for (let i = 0; i < N; i++) {
  const turn = `turn-${i % TURNS}`
  lines.push(JSON.stringify({
    method: "item/agentMessage/delta",
    params: { threadId: `thread-${i % TURNS}`, turnId: turn, itemId: `item-${turn}`, delta: "token " },
    emittedAtMs: 1795220811432
  }))
}
for (let t = 0; t < TURNS; t++) {
  lines.push(JSON.stringify({
    method: "turn/completed",
    params: { threadId: `thread-${t}`, turn: { id: `turn-${t}`, items: [], status: "completed", error: null } },
    emittedAtMs: 1795220811432
  }))
}
const bytes = new TextEncoder().encode(lines.join("\n") + "\n")
const chunks: Array<Uint8Array> = []
for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536))

const baseline = () => {
  const start = performance.now()
  const decoder = new TextDecoder()
  let rest = ""
  let count = 0
  for (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true })
    const parts = text.split("\n")
    rest = parts.pop() ?? ""
    for (const part of parts) if (part.length > 0 && JSON.parse(part) !== null) count++
  }
  return { count, ms: performance.now() - start }
}

const routed = Effect.gen(function*() {
  const { peer, transport } = yield* Transport.memory
  const connection = yield* Connection.make(transport, AppServerConfig.resolve())
  const sinks = yield* Effect.forEach(Array.from({ length: TURNS }, (_, t) => `turn-${t}`), (turnId) =>
    Effect.tap(Mailbox.make<Inbound, AppServerExited>(), (sink) =>
      Effect.sync(() => connection.router.claim(turnId, mailboxSubscriber(sink)))))
  const start = performance.now()
  const consumers = yield* Effect.fork(Effect.forEach(sinks, (sink) =>
    Mailbox.toStream(sink).pipe(Stream.map(Events.decode), Stream.runCount), { concurrency: "unbounded" }))
  for (const chunk of chunks) peer.deliver(chunk)
  const counts = yield* consumers.await.pipe(Effect.flatten)
  return { count: counts.reduce((a, b) => a + b, 0), ms: performance.now() - start }
}).pipe(Effect.scoped)

const main = Effect.gen(function*() {
  baseline()
  const raw = baseline()
  yield* routed
  const result = yield* routed
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en")
  console.log(`${N} notifications, ${TURNS} turns, ${(bytes.length / 1e6).toFixed(1)} MB`)
  console.log(`raw split+parse: ${rate(raw.count, raw.ms)} lines/s`)
  console.log(`routed + decoded by subscribers: ${rate(result.count, result.ms)} notifications/s (${result.count} delivered)`)
})

Effect.runPromise(main)
