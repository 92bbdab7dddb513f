import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"
import type { ResolvedBinary } from "../CodexBinary.js"
import { codexVersion } from "../generated/version.js"

/** @internal */
export const pinnedVersion: string = codexVersion

const targets: Record<string, { readonly triple: string; readonly pkg: string } | undefined> = {
  "linux-x64": { triple: "x86_64-unknown-linux-musl", pkg: "@openai/codex-linux-x64" },
  "linux-arm64": { triple: "aarch64-unknown-linux-musl", pkg: "@openai/codex-linux-arm64" },
  "darwin-x64": { triple: "x86_64-apple-darwin", pkg: "@openai/codex-darwin-x64" },
  "darwin-arm64": { triple: "aarch64-apple-darwin", pkg: "@openai/codex-darwin-arm64" },
  "win32-x64": { triple: "x86_64-pc-windows-msvc", pkg: "@openai/codex-win32-x64" },
  "win32-arm64": { triple: "aarch64-pc-windows-msvc", pkg: "@openai/codex-win32-arm64" }
}

/** @internal */
export type Resolution =
  | { readonly _tag: "Found"; readonly binary: ResolvedBinary }
  | { readonly _tag: "NotFound"; readonly searched: ReadonlyArray<string>; readonly hint: string }

const isExecutable = (path: string): boolean => {
  try {
    Fs.accessSync(path, process.platform === "win32" ? Fs.constants.F_OK : Fs.constants.X_OK)
    return Fs.statSync(path).isFile()
  } catch {
    return false
  }
}

const tryResolve = (require: NodeJS.Require, id: string): string | undefined => {
  try {
    return require.resolve(id)
  } catch {
    return undefined
  }
}

/** @internal */
export const resolve = (explicitPath: string | undefined, packageName = "@openai/codex"): Resolution => {
  if (explicitPath !== undefined) {
    const path = Path.resolve(explicitPath)
    return isExecutable(path)
      ? { _tag: "Found", binary: { path, source: "explicit" } }
      : {
        _tag: "NotFound",
        searched: [path],
        hint: "The explicit binary path does not exist or is not executable; fix the path or leave it unset to use the pinned @openai/codex package."
      }
  }
  const target = targets[`${process.platform}-${process.arch}`]
  const install = `Install the pinned package (npm install @openai/codex@${pinnedVersion}, with optional dependencies) or pass an explicit binary path.`
  if (target === undefined) {
    return {
      _tag: "NotFound",
      searched: [],
      hint: `@openai/codex ships no binary for ${process.platform}-${process.arch}; pass an explicit binary path.`
    }
  }
  const searched: Array<string> = []
  const here = createRequire(import.meta.url)
  // The platform package is an optional dependency of @openai/codex: resolve it from there first
  // (npm may nest it), then from here (npm usually hoists it).
  const main = tryResolve(here, `${packageName}/package.json`)
  // an alias (another name for another version) must not fall back to the hoisted pinned binary
  const requires = main === undefined ? (packageName === "@openai/codex" ? [here] : []) : [createRequire(main), ...(packageName === "@openai/codex" ? [here] : [])]
  for (const require of requires) {
    const manifest = tryResolve(require, `${target.pkg}/package.json`)
    if (manifest === undefined) continue
    const root = Path.dirname(manifest)
    const exe = Path.join(root, "vendor", target.triple, "bin", process.platform === "win32" ? "codex.exe" : "codex")
    if (searched.includes(exe)) continue
    searched.push(exe)
    if (isExecutable(exe)) {
      const version = readVersion(manifest)
      return { _tag: "Found", binary: version === undefined ? { path: exe, source: "package" } : { path: exe, source: "package", version } }
    }
  }
  if (searched.length === 0) searched.push(main === undefined ? `${packageName} (package not installed)` : `${target.pkg} (package not installed)`)
  return { _tag: "NotFound", searched, hint: install }
}

const readVersion = (manifest: string): string | undefined => {
  try {
    const json: unknown = JSON.parse(Fs.readFileSync(manifest, "utf8"))
    if (typeof json === "object" && json !== null && "version" in json && typeof json.version === "string") {
      return json.version.replace(/-[a-z0-9]+-[a-z0-9]+$/, "")
    }
  } catch {
    // unreadable manifest: the version is simply unknown
  }
  return undefined
}
