import { assert, describe, it } from "@effect/vitest"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { barrel, packages, root } from "./barrels.js"

describe("barrels", () => {
  for (const dir of packages) {
    it(`${dir}/src/index.ts is current (npm run barrels)`, () => {
      const current = Fs.readFileSync(Path.join(root, dir, "src", "index.ts"), "utf8")
      assert.isTrue(current === barrel(dir), `${dir}/src/index.ts is stale: run npm run barrels`)
    })
  }
})
