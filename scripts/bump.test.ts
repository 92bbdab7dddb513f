import { assert, describe, it } from "@effect/vitest"
import { pinnedVersion } from "@effect-codex/protocol/CodexBinary"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { root } from "./barrels.js"
import { currentPin, manifests, pinsOf, repin, rewriteDocs } from "./bump.js"

describe("npm run bump", () => {
  it("every @openai/codex pin in every package.json is the version the protocol was generated from", () => {
    const pins = manifests().flatMap((file) =>
      pinsOf(JSON.parse(Fs.readFileSync(Path.join(root, file), "utf8"))).map(([path, version]) => `${file} ${path} ${version}`)
    )
    assert.isAbove(pins.length, 2)
    assert.deepStrictEqual(pins.filter((p) => !p.endsWith(` ${pinnedVersion}`)), [], "run npm run bump <version>")
    assert.strictEqual(currentPin(), pinnedVersion)
  })

  it("repins dependencies and nested overrides, and points codex-previous at the old pin", () => {
    const manifest = {
      dependencies: { "@openai/codex": "1.0.0", effect: "3.0.0" },
      devDependencies: { "codex-previous": "npm:@openai/codex@0.9.0" },
      overrides: { "@openai/codex-sdk": { "@openai/codex": "1.0.0" } }
    }
    assert.deepStrictEqual(repin(manifest, "1.1.0", "1.0.0"), {
      dependencies: { "@openai/codex": "1.1.0", effect: "3.0.0" },
      devDependencies: { "codex-previous": "npm:@openai/codex@1.0.0" },
      overrides: { "@openai/codex-sdk": { "@openai/codex": "1.1.0" } }
    })
    assert.deepStrictEqual(pinsOf(manifest), [["dependencies.@openai/codex", "1.0.0"], ["overrides.@openai/codex-sdk.@openai/codex", "1.0.0"]])
  })

  it("rewrites statements of the pin in docs, not statements about what a release did", () => {
    assert.strictEqual(
      rewriteDocs("pinned `@openai/codex@1.0.0` (codex-cli 1.0.0); codex 1.0.0 refuses remote images", "1.0.0", "1.1.0"),
      "pinned `@openai/codex@1.1.0` (codex-cli 1.1.0); codex 1.0.0 refuses remote images"
    )
  })
})
