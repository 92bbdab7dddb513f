/**
 * Keeps the SDK's `sdkVersion` (the `clientInfo.version` it sends in `initialize`) equal to the
 * version in `packages/sdk/package.json`. Runs after `changeset version` (`npm run version`).
 *
 * Usage: `tsx scripts/version.ts` (writes) or `tsx scripts/version.ts --check` (fails if different).
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { root } from "./barrels.js"

/** The file that declares `sdkVersion`. */
export const versionFile = Path.join(root, "packages/sdk/src/AppServerConfig.ts")

const declaration = /^export const sdkVersion = "([^"]*)"$/m

/** The version of `@effect-codex/sdk` in its package.json. */
export const packageVersion = (): string =>
  (JSON.parse(Fs.readFileSync(Path.join(root, "packages/sdk/package.json"), "utf8")) as { readonly version: string }).version

/** `text` with its `sdkVersion` set to `version`; throws when the declaration is not found. */
export const withVersion = (text: string, version: string): string => {
  if (!declaration.test(text)) throw new Error(`no \`export const sdkVersion = "..."\` line in ${versionFile}`)
  return text.replace(declaration, `export const sdkVersion = ${JSON.stringify(version)}`)
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const text = Fs.readFileSync(versionFile, "utf8")
  const next = withVersion(text, packageVersion())
  if (next === text) process.exit(0)
  if (process.argv.includes("--check")) {
    console.error(`sdkVersion in ${versionFile} is not ${packageVersion()}: run tsx scripts/version.ts`)
    process.exit(1)
  }
  Fs.writeFileSync(versionFile, next)
  console.log(`sdkVersion = ${packageVersion()} in ${versionFile}`)
}
