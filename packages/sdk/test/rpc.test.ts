import { TestCodex } from "@effect-codex/testing"
import { assert, describe, expectTypeOf, it, layer } from "@effect/vitest"
import type { Schemas } from "@effect-codex/protocol"
import { Effect } from "effect"
import * as AppServer from "../src/AppServer.js"
import type * as Errors from "../src/Errors.js"
import * as Rpc from "../src/Rpc.js"
import { onFake, setup } from "./utils/setup.js"

describe("Rpc against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("starts, reads and lists a thread through typed calls", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const { thread } = yield* codex.rpc.thread.start({})
        assert.isString(thread.id)
        const read = yield* codex.rpc.thread.read({ threadId: thread.id })
        assert.strictEqual(read.thread.id, thread.id)
        const loaded = yield* codex.rpc.thread.loaded.list({})
        assert.include(loaded.data, thread.id)
      }))

    it.effect("sets, gets and clears a goal: rpc.thread.goal.*", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const { thread } = yield* codex.rpc.thread.start({})
        const set = yield* codex.rpc.thread.goal.set({ threadId: thread.id, objective: "ship the client" })
        assert.strictEqual(set.goal.objective, "ship the client")
        const got = yield* codex.rpc.thread.goal.get({ threadId: thread.id })
        assert.strictEqual(got.goal?.objective, "ship the client")
        yield* codex.rpc.thread.goal.clear({ threadId: thread.id })
        const cleared = yield* codex.rpc.thread.goal.get({ threadId: thread.id })
        assert.isNull(cleared.goal ?? null)
      }))

    it.effect("lists models, with per-call options", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const models = yield* codex.rpc.model.list({}, { timeout: "30 seconds", retry: false })
        assert.isAbove(models.data.length, 0)
      }))

    it.effect("runs a method without params as an Effect, as often as it is run", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        const before = (yield* server.stats).requestsSent
        const read = codex.rpc.configRequirements.read
        const first = yield* read
        const second = yield* read
        assert.deepStrictEqual(first, second)
        assert.strictEqual((yield* server.stats).requestsSent - before, 2)
      }))

    it.effect("fails params the server rejects with InvalidParams, and an unknown thread with InvalidRequest", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const bad = yield* Effect.flip(codex.rpc.model.list({ limit: -1 }))
        assert.strictEqual(bad._tag, "InvalidParams")
        assert.strictEqual(bad._tag === "InvalidParams" ? bad.method : "", "model/list")
        const unknown = yield* Effect.flip(codex.rpc.thread.read({ threadId: "not-a-thread-id" }))
        assert.strictEqual(unknown._tag, "InvalidRequest")
      }))

    it.effect("fails params of the wrong shape with InvalidParams before sending", () =>
      Effect.gen(function*() {
        const { codex, server } = yield* setup()
        const before = (yield* server.stats).requestsSent
        const error = yield* Effect.flip(codex.rpc.thread.start({ cwd: 5 } as never))
        assert.strictEqual(error._tag, "InvalidParams")
        assert.strictEqual((yield* server.stats).requestsSent, before)
      }))

    it.effect("fails an experimental method without experimentalApi with a typed error", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup()
        const error = yield* Effect.flip(codex.rpc.mock.experimentalMethod({}))
        assert.strictEqual(error._tag, "InvalidRequest")
        assert.include(error._tag === "InvalidRequest" ? error.message : "", "experimentalApi")
      }))

    it.effect("builds on an AppServer's request too, with default options", () =>
      Effect.gen(function*() {
        const server = yield* AppServer.AppServer
        const rpc = Rpc.make(server.request, { timeout: "30 seconds" })
        const account = yield* rpc.account.read({})
        assert.isFalse(account.requiresOpenaiAuth)
      }))
  })
})

describe("params on the wire (scripted app-server)", () => {
  it.scopedLive("fields the pinned schema does not know are sent as given (a newer server may take them)", () =>
    Effect.gen(function*() {
      const { fake, server } = yield* onFake({})
      yield* server.request("thread/start", { model: "m", futureField: { on: true } } as never)
      const rpc = Rpc.make(server.request)
      yield* rpc.thread.list({ futureFilter: 1 } as never)
      const received = (yield* fake.received) as ReadonlyArray<{ readonly method?: string; readonly params?: unknown }>
      assert.deepStrictEqual(received.find((m) => m.method === "thread/start")?.params, { model: "m", futureField: { on: true } })
      assert.deepStrictEqual(received.find((m) => m.method === "thread/list")?.params, { futureFilter: 1 })
    }))
})

describe("Rpc options", () => {
  // a request that answers with what it was given
  const echo = ((method: string, params?: unknown, options?: unknown) =>
    Effect.succeed({ method, params, options })) as unknown as AppServer.Service["request"]
  const seen = (effect: Effect.Effect<unknown, unknown>) => Effect.map(effect, (x) => x as { method: string; params: unknown; options: unknown })

  it.effect("applies the default options, a per-call option overriding them", () =>
    Effect.gen(function*() {
      const rpc = Rpc.make(echo, { timeout: "5 seconds", retry: false })
      const plain = yield* seen(rpc.thread.read({ threadId: "t" }))
      assert.deepStrictEqual(plain, { method: "thread/read", params: { threadId: "t" }, options: { timeout: "5 seconds", retry: false } })
      const override = yield* seen(rpc.thread.read({ threadId: "t" }, { timeout: "1 second" }))
      assert.deepStrictEqual(override.options, { timeout: "1 second", retry: false })
      const zero = yield* seen(rpc.account.logout)
      assert.deepStrictEqual(zero, { method: "account/logout", params: undefined, options: { timeout: "5 seconds", retry: false } })
    }))

  it.effect("passes no options when there are none", () =>
    Effect.gen(function*() {
      const call = yield* seen(Rpc.make(echo).model.list({}))
      assert.deepStrictEqual(call, { method: "model/list", params: {}, options: undefined })
    }))
})

// Type-level checks: `tsc -b` compiles this function (never called) and fails on a wrong type or
// on an `@ts-expect-error` that no longer finds an error.
export const typeChecks = (rpc: Rpc.Client) => {
  expectTypeOf(rpc.thread.start).parameter(0).toEqualTypeOf<Schemas.ThreadStartParams>()
  expectTypeOf(rpc.thread.start({})).toEqualTypeOf<Effect.Effect<Schemas.ThreadStartResponse, Errors.RequestError>>()
  expectTypeOf(rpc.thread.goal.set).returns.toEqualTypeOf<Effect.Effect<Schemas.ThreadGoalSetResponse, Errors.RequestError>>()
  expectTypeOf(rpc.account.logout).toEqualTypeOf<Effect.Effect<Schemas.LogoutAccountResponse, Errors.RequestError>>()
  expectTypeOf(rpc.command.exec.write).parameter(0).toEqualTypeOf<Schemas.CommandExecWriteParams>()
  // params that may be omitted are optional
  rpc.account.rateLimits.read()
  // @ts-expect-error: threadId is required
  rpc.thread.read({})
  // @ts-expect-error: threadId is a string
  rpc.thread.read({ threadId: 1 })
  // @ts-expect-error: no such field
  rpc.thread.goal.get({ threadId: "t", objective: "x" })
  // @ts-expect-error: params are required
  rpc.thread.start()
  // @ts-expect-error: a method without params is an Effect, not a function
  rpc.account.logout()
  // @ts-expect-error: no such method
  rpc.thread.nope
  // @ts-expect-error: the options are RequestOptions
  rpc.model.list({}, { timeout: true })
}
