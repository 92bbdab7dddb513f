/**
 * The packages' manifests say what a library needs to say: exports to the build (and to the
 * sources only under the workspace's own condition), no side effects, the files to pack, engines,
 * Effect as peer dependencies whose lowest version is the one the workspace tests with, the codex
 * binary pinned exactly, and no install script.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "../..")

interface Manifest {
  readonly name: string
  readonly version: string
  readonly private?: boolean
  readonly sideEffects?: boolean
  readonly engines?: Record<string, string>
  readonly files?: ReadonlyArray<string>
  readonly exports?: Record<string, unknown>
  readonly scripts?: Record<string, string>
  readonly dependencies?: Record<string, string>
  readonly peerDependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
}

const read = (dir: string): Manifest => JSON.parse(Fs.readFileSync(Path.join(root, dir, "package.json"), "utf8")) as Manifest
const rootManifest = read(".")
const packages = ["protocol", "sdk", "testing"].map((name) => ({ dir: `packages/${name}`, manifest: read(`packages/${name}`) }))
const effectFamily = ["effect", "@effect/platform", "@effect/platform-node"]

describe.each(packages)("$manifest.name", ({ dir, manifest }) => {
  it("exports dist/ (types first), src/ under @effect-codex/source, no internal modules", () => {
    expect(manifest.exports).toEqual({
      ".": { "@effect-codex/source": "./src/index.ts", types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./*": { "@effect-codex/source": "./src/*.ts", types: "./dist/*.d.ts", default: "./dist/*.js" },
      "./internal/*": null,
      "./package.json": "./package.json"
    })
    // the order of conditions matters: the first that matches wins
    expect(Object.keys((manifest.exports as Record<string, object>)["."]!)).toEqual(["@effect-codex/source", "types", "default"])
  })

  it("is a side-effect-free ES module library for Node 20 or later", () => {
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.engines).toEqual({ node: ">=20" })
    expect(manifest.files).toEqual(expect.arrayContaining(["dist", "!dist/.tsbuildinfo", "src", "CHANGELOG.md"]))
    for (const file of ["README.md", "LICENSE", "CHANGELOG.md"]) expect(Fs.existsSync(Path.join(root, dir, file)), file).toBe(true)
  })

  it("has Effect as peer dependencies whose lowest version is the workspace's, and no install script", () => {
    for (const name of effectFamily) {
      expect(manifest.dependencies?.[name], `${name} is not a dependency`).toBeUndefined()
      const range = manifest.peerDependencies?.[name]
      if (range === undefined) continue
      expect(range, name).toBe(`^${rootManifest.devDependencies?.[name]}`)
    }
    expect(manifest.peerDependencies?.["effect"]).toBeDefined()
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(manifest.scripts?.[script]).toBeUndefined()
  })

  it("pins the other packages of the workspace exactly", () => {
    const internal = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter(([name]) => name.startsWith("@effect-codex/"))
    for (const [name, version] of internal) expect(version, name).toBe(manifest.version)
  })
})

it("the SDK and the protocol depend on @openai/codex at exactly the version it was generated from", () => {
  const sdk = read("packages/sdk")
  const generated = Fs.readFileSync(Path.join(root, "packages/protocol/src/generated/version.ts"), "utf8")
  const codexVersion = /codexVersion\s*=\s*"([^"]+)"/.exec(generated)?.[1]
  expect(codexVersion).toBeDefined()
  expect(sdk.dependencies?.["@openai/codex"]).toBe(codexVersion)
  expect(read("packages/protocol").dependencies?.["@openai/codex"]).toBe(codexVersion)
  // Effect's packages and nothing else as peers (`effect` always); `@effect/ai` optional, for the
  // `Tools` entry point only, its range starting at the version the workspace tests with
  expect([...effectFamily, "@effect/ai"]).toEqual(expect.arrayContaining(Object.keys(sdk.peerDependencies ?? {})))
  expect(sdk.peerDependencies?.["effect"]).toBeDefined()
  const ai = sdk as Manifest & { readonly peerDependenciesMeta?: Record<string, { readonly optional?: boolean }> }
  expect(ai.peerDependencies?.["@effect/ai"]).toBe(`^${ai.devDependencies?.["@effect/ai"]}`)
  expect(ai.peerDependenciesMeta?.["@effect/ai"]?.optional).toBe(true)
})
