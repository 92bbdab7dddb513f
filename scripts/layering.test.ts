import { assert, describe, it } from "@effect/vitest"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { root } from "./barrels.js"

/**
 * The packages in dependency order: each may depend only on those before it. Tests may use the
 * testing kit (a dev dependency), except in `protocol`, which has no upward dependency at all:
 * binary resolution and the pinned version live there.
 */
const layers = ["protocol", "sdk", "testing"] as const
const strict = (name: string) => name === "protocol"

const files = (dir: string): ReadonlyArray<string> =>
  Fs.existsSync(dir)
    ? Fs.readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.ts$/.test(e.name))
      .map((e) => Path.join(e.parentPath, e.name))
    : []

describe("package layering (data flows one way: protocol <- sdk <- testing)", () => {
  layers.forEach((name, i) => {
    const above = layers.slice(i + 1).map((l) => `@effect-codex/${l}`)
    const dir = Path.join(root, "packages", name)

    it(`${name} declares no ${strict(name) ? "" : "runtime "}dependency on a package above it`, () => {
      const manifest = JSON.parse(Fs.readFileSync(Path.join(dir, "package.json"), "utf8")) as Record<string, unknown>
      const fields = ["dependencies", "peerDependencies", "optionalDependencies", ...(strict(name) ? ["devDependencies"] : [])]
      for (const field of fields) {
        const deps = Object.keys((manifest[field] ?? {}) as Record<string, string>)
        assert.deepStrictEqual(deps.filter((d) => above.includes(d)), [], `${name} ${field}`)
      }
    })

    it(`${name}'s ${strict(name) ? "sources, scripts and tests import" : "sources import"} nothing from a package above it`, () => {
      const offenders = (strict(name) ? ["src", "scripts", "test"] : ["src"]).flatMap((sub) => files(Path.join(dir, sub))).filter((file) => {
        const text = Fs.readFileSync(file, "utf8")
        return above.some((pkg) => text.includes(`"${pkg}"`) || text.includes(`"${pkg}/`))
      })
      assert.deepStrictEqual(offenders.map((f) => Path.relative(root, f)), [])
    })
  })
})
