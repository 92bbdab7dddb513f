import { assert, describe, it } from "@effect/vitest"
import * as Inputs from "../src/Inputs.js"
import * as Turn from "../src/Turn.js"

describe("Inputs", () => {
  it("gives every input its wire form, a string being text", () => {
    assert.deepStrictEqual(Inputs.toWire("hi"), [{ type: "text", text: "hi" }])
    assert.deepStrictEqual(Inputs.toWire(Inputs.skill("review", "/skills/review")), [{ type: "skill", name: "review", path: "/skills/review" }])
    assert.deepStrictEqual(Inputs.toWire(["a", Inputs.mention("app", "app://x"), Inputs.localImage("/p.png"), Inputs.image("data:x")]), [
      { type: "text", text: "a" },
      { type: "mention", name: "app", path: "app://x" },
      { type: "localImage", path: "/p.png" },
      { type: "image", url: "data:x" }
    ])
  })
})

describe("Turn.finalResponse", () => {
  const message = (text: string, phase?: "commentary" | "final_answer" | "partial_answer" | null) =>
    ({ type: "agentMessage" as const, id: text, text, ...(phase === undefined ? {} : { phase }) })
  it("prefers the last final_answer, else the last phase-less message, never commentary", () => {
    assert.strictEqual(Turn.finalResponse([message("a", "final_answer"), message("b"), message("c", "commentary")]), "a")
    assert.strictEqual(Turn.finalResponse([message("a"), message("b", null), message("c", "commentary")]), "b")
    assert.strictEqual(Turn.finalResponse([message("c", "commentary"), message("p", "partial_answer")]), null)
    assert.strictEqual(Turn.finalResponse([message("x", "final_answer"), message("", "final_answer")]), "")
    assert.strictEqual(Turn.finalResponse([]), null)
  })
})
