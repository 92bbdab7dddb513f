import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { Registry, Schemas } from "../src/index.js"

/** Encoding then decoding any valid value gives the value back. */
const roundTrips = <A>(schema: Schema.Schema<A>) => (value: A) => {
  const encoded = Schema.encodeSync(schema)(value)
  assert.deepStrictEqual(Schema.decodeUnknownSync(schema)(encoded), value)
}

/** Whether a value has an own `__proto__` key anywhere: Schema drops those on decode, on purpose. */
const hasProtoKey = (value: unknown): boolean =>
  typeof value === "object" && value !== null &&
  (Object.prototype.hasOwnProperty.call(value, "__proto__") || Object.values(value).some(hasProtoKey))

/** Arbitrary values of a schema, without `__proto__` keys. */
const arb = <A>(schema: Schema.Schema<A>) => Arbitrary.make(schema).filter((v) => !hasProtoKey(v))

describe("schemas round-trip", () => {
  it.prop("turn/start params", [arb(Registry.ClientRequests["turn/start"].params)], ([v]) =>
    roundTrips(Registry.ClientRequests["turn/start"].params)(v), { fastCheck: { numRuns: 50 } })

  it.prop("thread/start params", [arb(Schemas.ThreadStartParams)], ([v]) => roundTrips(Schemas.ThreadStartParams)(v), {
    fastCheck: { numRuns: 50 }
  })

  it.prop("thread/start result", [arb(Schemas.ThreadStartResponse)], ([v]) => roundTrips(Schemas.ThreadStartResponse)(v), {
    fastCheck: { numRuns: 30 }
  })

  it.prop("item/completed notification (every ThreadItem variant)", [arb(Schemas.ItemCompletedNotification)], ([v]) =>
    roundTrips(Schemas.ItemCompletedNotification)(v), { fastCheck: { numRuns: 100 } })

  it.prop("turn/completed notification", [arb(Schemas.TurnCompletedNotification)], ([v]) =>
    roundTrips(Schemas.TurnCompletedNotification)(v), { fastCheck: { numRuns: 50 } })

  it.prop("command approval request and response", [
    arb(Schemas.CommandExecutionRequestApprovalParams),
    arb(Schemas.CommandExecutionRequestApprovalResponse)
  ], ([params, response]) => {
    roundTrips(Schemas.CommandExecutionRequestApprovalParams)(params)
    roundTrips(Schemas.CommandExecutionRequestApprovalResponse)(response)
  }, { fastCheck: { numRuns: 50 } })

  it("does not keep a __proto__ key of a record as an own key, nor pollute Object.prototype", () => {
    const decoded = Schema.decodeUnknownSync(Schemas.ThreadStartParams)(JSON.parse('{"config":{"__proto__":{"x":1},"a":1}}'))
    assert.deepStrictEqual(Object.keys(decoded.config ?? {}), ["a"])
    assert.isFalse(Object.prototype.hasOwnProperty.call(decoded.config, "__proto__"))
    assert.isUndefined(({} as Record<string, unknown>).x)
  })

  it("tolerates unknown fields and keeps them on request", () => {
    const wire = { threadId: "th", turnId: "tu", itemId: "it", delta: "Hel", futureField: 1 }
    const decoded = Schema.decodeUnknownSync(Schemas.AgentMessageDeltaNotification)(wire)
    assert.deepStrictEqual(decoded, { threadId: "th", turnId: "tu", itemId: "it", delta: "Hel" })
    const preserved = Schema.decodeUnknownSync(Schemas.AgentMessageDeltaNotification)(wire, {
      onExcessProperty: "preserve"
    })
    assert.deepStrictEqual(preserved, wire)
  })

  it("decodes tagged unions by their tag and rejects unknown tags", () => {
    const input = Schema.decodeUnknownSync(Schemas.UserInput)({ type: "text", text: "hi", text_elements: [] })
    assert.strictEqual(input.type, "text")
    assert.throws(() => Schema.decodeUnknownSync(Schemas.UserInput)({ type: "hologram" }))
  })
})
