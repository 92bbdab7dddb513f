import { Registry } from "@effect-codex/protocol"
import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import * as Events from "../src/Events.js"

const fixture = Path.join(import.meta.dirname, "../../protocol/test/fixtures", `traffic-${Registry.codexVersion}.jsonl`)
const notifications = Fs.readFileSync(fixture, "utf8").trim().split("\n")
  .map((line) => (JSON.parse(line) as { message: Events.WireMessage }).message)
  .filter((m) => m.id === undefined && typeof m.method === "string" && Registry.isNotificationMethod(m.method))

describe("Events.decodeNotification", () => {
  it("keeps a valid payload as it is: decoding the recorded real traffic changes nothing (no transformations)", () => {
    assert.isAbove(notifications.length, 50)
    for (const message of notifications) {
      const method = message.method as Registry.NotificationMethod
      const decoded = Schema.decodeUnknownSync(Registry.ServerNotifications[method].params as Schema.Schema<unknown>, {
        onExcessProperty: "preserve"
      })(message.params)
      assert.deepStrictEqual(decoded, message.params, method)
      const event = Events.decodeNotification(message)
      assert.strictEqual(event._tag, "Notification", method)
      assert.strictEqual(event.params, message.params)
    }
  })

  it("tolerates fields it does not know, and passes a payload that does not validate through as unknown, with why", () => {
    const delta = { threadId: "th", turnId: "tu", itemId: "i", delta: "x", addedByANewerServer: [1] }
    const known = Events.decodeNotification({ method: "item/agentMessage/delta", params: delta })
    assert.strictEqual(known._tag, "Notification")
    assert.deepStrictEqual(known.params, delta)
    const broken = Events.decodeNotification({ method: "item/agentMessage/delta", params: { ...delta, delta: 42 } })
    assert.strictEqual(broken._tag, "UnknownNotification")
    assert.isDefined(broken._tag === "UnknownNotification" ? broken.error : undefined)
  })
})
