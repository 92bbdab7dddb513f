import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { Registry, Schemas } from "../src/index.js"

/** Encoding then decoding any valid value gives the value back. */
const roundTrips = <A>(schema: Schema.Schema<A>) => (value: A) => {
  const encoded = Schema.encodeSync(schema)(value)
  assert.deepStrictEqual(Schema.decodeUnknownSync(schema)(encoded), value)
}

describe("schemas round-trip", () => {
  it.prop("turn/start params", [Registry.ClientRequests["turn/start"].params], ([v]) =>
    roundTrips(Registry.ClientRequests["turn/start"].params)(v), { fastCheck: { numRuns: 50 } })

  it.prop("thread/start params", [Schemas.ThreadStartParams], ([v]) => roundTrips(Schemas.ThreadStartParams)(v), {
    fastCheck: { numRuns: 50 }
  })

  it.prop("thread/start result", [Schemas.ThreadStartResponse], ([v]) => roundTrips(Schemas.ThreadStartResponse)(v), {
    fastCheck: { numRuns: 30 }
  })

  it.prop("item/completed notification (every ThreadItem variant)", [Schemas.ItemCompletedNotification], ([v]) =>
    roundTrips(Schemas.ItemCompletedNotification)(v), { fastCheck: { numRuns: 100 } })

  it.prop("turn/completed notification", [Schemas.TurnCompletedNotification], ([v]) =>
    roundTrips(Schemas.TurnCompletedNotification)(v), { fastCheck: { numRuns: 50 } })

  it.prop("command approval request and response", [
    Schemas.CommandExecutionRequestApprovalParams,
    Schemas.CommandExecutionRequestApprovalResponse
  ], ([params, response]) => {
    roundTrips(Schemas.CommandExecutionRequestApprovalParams)(params)
    roundTrips(Schemas.CommandExecutionRequestApprovalResponse)(response)
  }, { fastCheck: { numRuns: 50 } })

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
