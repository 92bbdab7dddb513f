import { assert, describe, it } from "@effect/vitest"
import * as Fs from "node:fs"
import { render, target } from "./api-docs.js"

describe("API reference", () => {
  const { text, undocumented } = render()

  it("documents every public export", () => {
    assert.deepStrictEqual(undocumented, [])
  })

  it("docs/api-reference.md is current (npm run docs:api)", () => {
    assert.isTrue(Fs.readFileSync(target, "utf8") === text, "docs/api-reference.md is stale: run npm run docs:api")
  })

  it("lists the members of the services and handles users call", () => {
    const section = (name: string) => {
      const at = text.indexOf(`#### \`${name}\`\n`)
      assert.isAtLeast(at, 0, `no members section for ${name}`)
      const end = text.indexOf("\n#", at + 1)
      return text.slice(at, end === -1 ? undefined : end)
    }
    const expectMembers = (name: string, members: ReadonlyArray<string>) => {
      const body = section(name)
      for (const member of members) assert.include(body, `| \`${member}\` |`, `${name} lists ${member}`)
    }
    expectMembers("Codex.Service", ["threadStart", "threadListAll", "events", "request"])
    expectMembers("Thread.Thread", ["id", "run", "turn", "read", "close"])
    expectMembers("Turn.TurnHandle", ["stream", "textDeltas", "run", "steer", "interrupt"])
    expectMembers("FakeResponses.Service", ["enqueue", "enqueueFor", "respond", "parsedRequests", "release"])
    expectMembers("PromiseClient.PromiseClient", ["threadStart", "threadListAll", "events", "dispose"])
    expectMembers("PromiseClient.PromiseTurnHandle", ["events", "run", "steer", "interrupt", "close"])
  })
})
