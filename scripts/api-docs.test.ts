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
})
