import { assert, describe, it } from "@effect/vitest"
import { Schemas } from "@effect-codex/protocol"
import { Chunk, Effect, Exit, FastCheck as fc, Fiber, Mailbox, Schema, Stream } from "effect"
import type { AppServerExited, ProtocolError } from "../src/Errors.js"
import * as Events from "../src/Events.js"
import { mailboxSubscriber } from "../src/internal/appServer.js"
import type { Connection } from "../src/internal/connection.js"
import type { Inbound } from "../src/internal/peer.js"
import { Peer } from "../src/internal/peer.js"
import { connect } from "./utils/memoryTransport.js"

type Sink = Mailbox.Mailbox<Inbound, AppServerExited | ProtocolError>

/** Subscribes a mailbox to a turn (or, without a turn id, to the global events). */
const claim = (connection: Connection, turnId?: string) =>
  Effect.gen(function*() {
    const sink: Sink = yield* Mailbox.make<Inbound, AppServerExited | ProtocolError>()
    if (turnId === undefined) connection.router.subscribe(mailboxSubscriber(sink))
    else connection.router.claim(turnId, mailboxSubscriber(sink))
    return sink
  })

/** Handles a server request method for all threads while the scope is open. */
const handle = (connection: Connection, method: string, handler: (params: unknown) => Effect.Effect<unknown, unknown>) =>
  Effect.acquireRelease(
    Effect.sync(() => connection.dispatcher.register(method, { handler })),
    (unregister) => Effect.sync(unregister)
  )

const delta = (turnId: string, n: number) => ({
  method: "item/agentMessage/delta",
  params: { threadId: "th", turnId, itemId: "i", delta: `${turnId}:${n}` },
  emittedAtMs: 1
})
const completed = (turnId: string) => ({
  method: "turn/completed",
  params: { threadId: "th", turn: { id: turnId, items: [], status: "completed", error: null } },
  emittedAtMs: 1
})

const collect = (sink: Sink) =>
  Mailbox.toStream(sink).pipe(Stream.map(Events.decode), Stream.runCollect, Effect.map((c) => Chunk.toReadonlyArray(c)))

const deltasOf = (events: ReadonlyArray<Events.Event>) =>
  events.flatMap((e) => (Events.is("item/agentMessage/delta")(e) ? [e.params.delta] : []))

describe("client", () => {
  it.scoped("matches replies to requests whatever their order", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const a = yield* Effect.fork(client.request("a", undefined))
      const b = yield* Effect.fork(client.request("b", { x: 1 }))
      const first = yield* peer.next
      const second = yield* peer.next
      yield* peer.send({ id: second.id, result: "for b" })
      yield* peer.send({ id: first.id, result: "for a" })
      assert.strictEqual(yield* Fiber.join(a), "for a")
      assert.strictEqual(yield* Fiber.join(b), "for b")
      assert.deepStrictEqual(second.params, { x: 1 })
      assert.isFalse("params" in first)
    }))

  it.scoped("fails a request with its tagged error and keeps going", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect({ retrySchedule: false })
      const fiber = yield* Effect.fork(Effect.either(client.request("thread/read", { threadId: "t" })))
      const sent = yield* peer.next
      yield* peer.send({ id: sent.id, error: { code: -32600, message: "thread not found" } })
      const result = yield* Fiber.join(fiber)
      assert.isTrue(result._tag === "Left" && result.left._tag === "InvalidRequest")
    }))

  it.scoped("logs and counts undecodable lines, never dying", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const fiber = yield* Effect.fork(client.request("a", undefined))
      const sent = yield* peer.next
      yield* peer.write("not json\n[1,2]\n{\"id\":1}\n\n")
      yield* peer.write(`{"id":${String(sent.id)},"res`)
      yield* peer.write(`ult":42}\r\n`)
      assert.strictEqual(yield* Fiber.join(fiber), 42)
      assert.strictEqual(client.peer.undecodableLines, 3)
    }))

  it.scoped("fails every pending request and stream with AppServerExited when the peer goes away", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const request = yield* Effect.fork(Effect.exit(client.request("a", undefined)))
      const sink = yield* claim(client, "t1")
      const stream = yield* Effect.fork(Effect.exit(collect(sink)))
      yield* peer.next
      yield* peer.close
      const requestExit = yield* Fiber.join(request)
      const streamExit = yield* Fiber.join(stream)
      for (const exit of [requestExit, streamExit]) {
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) {
          const error = exit.cause._tag === "Fail" ? exit.cause.error : undefined
          assert.strictEqual(error?._tag, "AppServerExited")
          assert.deepStrictEqual(error?._tag === "AppServerExited" ? error.stderrTail : [], ["boom"])
        }
      }
      const later = yield* Effect.either(client.request("b", undefined))
      assert.isTrue(later._tag === "Left" && later.left._tag === "AppServerExited")
    }))

  it.scoped("answers server requests with the handler's result, an error when it fails, and an error when nobody handles them", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      yield* handle(client, "item/tool/call", (params) => Effect.succeed({ echoed: params }))
      yield* handle(client, "item/fileChange/requestApproval", () => Effect.fail(new Error("no way")))
      yield* peer.send({ id: 0, method: "item/tool/call", params: { a: 1 } })
      assert.deepStrictEqual(yield* peer.next, { id: 0, result: { echoed: { a: 1 } } })
      yield* peer.send({ id: 1, method: "item/fileChange/requestApproval", params: {} })
      const failed = yield* peer.next
      assert.strictEqual(failed.id, 1)
      assert.deepStrictEqual(failed.error, { code: -32603, message: "no way" })
      yield* peer.send({ id: 2, method: "item/commandExecution/requestApproval", params: {} })
      const unhandled = yield* peer.next
      assert.strictEqual(unhandled.id, 2)
      assert.strictEqual((unhandled.error as { code: number }).code, -32601)
    }))

  it.scoped("restores the previous handler when a later one for the same method goes away", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      yield* handle(client, "item/tool/call", () => Effect.succeed("outer"))
      yield* Effect.scoped(Effect.gen(function*() {
        yield* handle(client, "item/tool/call", () => Effect.succeed("inner"))
        yield* peer.send({ id: 0, method: "item/tool/call", params: {} })
        assert.deepStrictEqual(yield* peer.next, { id: 0, result: "inner" })
      }))
      yield* peer.send({ id: 1, method: "item/tool/call", params: {} })
      assert.deepStrictEqual(yield* peer.next, { id: 1, result: "outer" })
    }))

  it.scoped("answers with an error when a handler's result is not JSON, instead of leaving the server waiting", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      yield* handle(client, "item/tool/call", () => Effect.succeed({ n: 1n }))
      yield* peer.send({ id: 3, method: "item/tool/call", params: {} })
      const reply = yield* peer.next
      assert.strictEqual(reply.id, 3)
      assert.strictEqual((reply.error as { code: number }).code, -32603)
    }))

  it.scoped("fails a request whose params are not JSON with InvalidParams, sending nothing", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const cyclic: Record<string, unknown> = {}
      cyclic.self = cyclic
      const error = yield* Effect.flip(client.request("x/y", cyclic))
      assert.strictEqual(error._tag, "InvalidParams")
      assert.strictEqual(peer.sent.length, 0)
      assert.strictEqual(client.peer.pendingRequests, 0)
    }))

  it.scoped("routes a server request and its serverRequest/resolved to the request's turn", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const sink = yield* claim(client, "t1")
      yield* handle(client, "item/tool/requestUserInput", () => Effect.succeed({ answers: {} }))
      yield* peer.send({ id: 7, method: "item/tool/requestUserInput", params: { threadId: "th", turnId: "t1", itemId: "i", questions: [] } })
      yield* peer.next
      yield* peer.send({ method: "serverRequest/resolved", params: { threadId: "th", requestId: 7 } })
      yield* peer.send(completed("t1"))
      const events = yield* collect(sink)
      assert.deepStrictEqual(events.map((e) => e._tag === "ServerRequest" ? `request:${e.method}` : e.method), [
        "request:item/tool/requestUserInput",
        "serverRequest/resolved",
        "turn/completed"
      ])
    }))

  it.effect.prop(
    "routes random interleavings of turns: each subscriber gets exactly its turn's events, in order",
    [
      fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 60 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })
    ],
    ([schedule, claimEarly]) =>
      Effect.scoped(Effect.gen(function*() {
        const { connection: client, peer } = yield* connect()
        const global = yield* claim(client)
        const turns = [0, 1, 2, 3, 4].map((i) => `turn-${i}`)
        const sinks = new Map<string, Sink>()
        for (const t of turns.filter((_, i) => claimEarly[i])) sinks.set(t, yield* claim(client, t))
        const counts = turns.map(() => 0)
        for (const i of schedule) yield* peer.send(delta(turns[i]!, counts[i]!++))
        // an event without a turn goes elsewhere
        yield* peer.send({ method: "thread/started", params: { thread: {} } })
        // once it arrives, every delta before it has been routed: late subscribers get them from the buffer
        yield* global.take
        for (const t of turns) if (!sinks.has(t)) sinks.set(t, yield* claim(client, t))
        for (const t of turns) yield* peer.send(completed(t))
        for (const [i, t] of turns.entries()) {
          const events = yield* collect(sinks.get(t)!)
          assert.deepStrictEqual(deltasOf(events), Array.from({ length: counts[i]! }, (_, n) => `${t}:${n}`))
          assert.strictEqual(events[events.length - 1]!._tag === "Notification" ? events[events.length - 1]!.method : "", "turn/completed")
        }
        assert.strictEqual(client.router.sizes.liveTurns, 0)
      })),
    { fastCheck: { numRuns: 40 } }
  )

  it.scoped("lets several subscribers follow one turn", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const first = yield* claim(client, "t5")
      const second = yield* claim(client, "t5")
      yield* peer.send(delta("t5", 0))
      yield* peer.send(completed("t5"))
      const [a, b] = yield* Effect.all([collect(first), collect(second)], { concurrency: 2 })
      assert.deepStrictEqual(deltasOf(a), ["t5:0"])
      assert.deepStrictEqual(deltasOf(b), ["t5:0"])
    }))

  it.scoped("replays a turn that completed before anybody claimed it", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const global = yield* claim(client)
      yield* peer.send(delta("t9", 0))
      yield* peer.send(completed("t9"))
      yield* peer.send({ method: "thread/started", params: {} })
      // the global event comes after the turn's lines, so they have been routed by now
      yield* global.take
      assert.deepStrictEqual(client.router.sizes.unclaimedTurns, 0)
      const sink = yield* claim(client, "t9")
      const events = yield* collect(sink)
      assert.deepStrictEqual(deltasOf(events), ["t9:0"])
    }))

  it.scoped("rejects params that do not encode before sending anything", () =>
    Effect.gen(function*() {
      const { connection: client, peer } = yield* connect()
      const result = yield* Effect.either(client.request("thread/start", { cwd: 5 }))
      assert.isTrue(result._tag === "Left" && result.left._tag === "InvalidParams")
      assert.strictEqual(peer.sent.length, 0)
    }))
})

describe("envelope classification", () => {
  const classify = (value: unknown) => {
    const seen: Array<string> = []
    const peer = new Peer(() => {}, {
      inbound: (message) => seen.push(message.id === undefined ? "notification" : "request"),
      undecodable: () => seen.push("invalid")
    }, 1 << 20)
    const before = peer.lateReplies
    peer.push(`${JSON.stringify(value)}\n`)
    if (peer.lateReplies > before) seen.push("reply")
    return seen
  }

  const envelope = fc.record({
    id: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean()),
    method: fc.oneof(fc.string(), fc.integer()),
    params: fc.jsonValue(),
    result: fc.jsonValue(),
    error: fc.oneof(fc.record({ code: fc.integer(), message: fc.string(), data: fc.jsonValue() }), fc.jsonValue())
  }, { requiredKeys: [] })

  it.prop("agrees with the protocol's JSONRPCMessage schema on every line it accepts", [fc.oneof(envelope, fc.jsonValue())], ([value]) => {
    const decoded = Schema.decodeUnknownEither(Schemas.JSONRPCMessage)(value)
    const seen = classify(value)
    assert.strictEqual(seen.length, value === null || typeof value !== "object" || Array.isArray(value) ? 1 : seen.length)
    // the generated schema reads a missing `result` as an unknown one; a reply needs one of `result` or `error`
    const noResult = typeof value === "object" && value !== null && !("result" in value) && !("error" in value) &&
      typeof (value as { method?: unknown }).method !== "string"
    if (decoded._tag === "Right" && noResult) {
      assert.deepStrictEqual(seen, ["invalid"])
    } else if (decoded._tag === "Right") {
      const message = decoded.right
      const expected = "method" in message ? ("id" in message ? "request" : "notification") : "reply"
      assert.deepStrictEqual(seen, [expected], JSON.stringify(value))
    } else {
      // what the schema rejects is rejected, except a reply with a malformed error: it fails its request at once
      const record = value as Record<string, unknown>
      const replyWithBadError = typeof record?.id === "number" || typeof record?.id === "string"
      assert.isTrue(
        seen[0] === "invalid" || (seen[0] === "reply" && replyWithBadError && typeof record.method !== "string"),
        `${JSON.stringify(value)} -> ${seen.join()}`
      )
    }
  }, { fastCheck: { numRuns: 2000 } })
})
