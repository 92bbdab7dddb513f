/**
 * `npm run bump <version>`: moves the repository to another `@openai/codex` release.
 *
 * 1. every `@openai/codex` pin in every `package.json` (dependencies and `overrides`) becomes
 *    `<version>`; a `codex-previous` alias (`npm:@openai/codex@...`, the release the skew tests
 *    run against) becomes the old pin;
 * 2. the lockfile (`npm install --package-lock-only`), then the install (`npm install`);
 * 3. `npm run generate` (schemas, registry and the generated version, from the new binary);
 * 4. `npm run record` (the traffic fixture of the new version; the old pin's fixture stays for
 *    the skew tests, older ones are removed);
 * 5. statements of the pin in the docs (`@openai/codex@<old>`, `codex-cli <old>`) are rewritten;
 * 6. `npm run barrels`, `npm run docs:api`;
 * 7. lists every remaining mention of the old version: statements about what that release did,
 *    to re-check against the new one.
 *
 * Usage: `tsx scripts/bump.ts <version> [--skip-install] [--skip-record]`.
 */
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { root } from "./barrels.js"

/** Every `package.json` of the workspace (root, packages, examples). */
export const manifests = (): ReadonlyArray<string> =>
  [
    "package.json",
    ...Fs.readdirSync(Path.join(root, "packages")).map((p) => Path.join("packages", p, "package.json")),
    "examples/package.json"
  ].filter((p) => Fs.existsSync(Path.join(root, p)))

const CODEX = "@openai/codex"
const PREVIOUS = "codex-previous"

/** Every `@openai/codex` pin in a manifest (dependency fields and overrides, at any depth), by JSON path. */
export const pinsOf = (manifest: unknown, path: ReadonlyArray<string> = []): ReadonlyArray<readonly [string, string]> => {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) return []
  return Object.entries(manifest).flatMap(([k, v]) =>
    k === CODEX && typeof v === "string" ? [[[...path, k].join("."), v] as const] : pinsOf(v, [...path, k])
  )
}

/** The manifest with every `@openai/codex` pin set to `version` and `codex-previous` to `previous`. */
export const repin = (manifest: unknown, version: string, previous: string): unknown => {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) return manifest
  return Object.fromEntries(Object.entries(manifest).map(([k, v]) => [
    k,
    k === CODEX && typeof v === "string" ? version : k === PREVIOUS && typeof v === "string" ? `npm:${CODEX}@${previous}` : repin(v, version, previous)
  ]))
}

/** The version the repository is pinned to now (the protocol package's `@openai/codex` dependency). */
export const currentPin = (): string => {
  const manifest = JSON.parse(Fs.readFileSync(Path.join(root, "packages/protocol/package.json"), "utf8")) as {
    readonly dependencies: Record<string, string>
  }
  return manifest.dependencies[CODEX]!
}

/** Files whose statements of the pin the bump rewrites. */
const docs = (): ReadonlyArray<string> =>
  [
    "README.md",
    ...Fs.readdirSync(Path.join(root, "docs")).filter((f) => f.endsWith(".md") && f !== "benchmarks.md").map((f) => Path.join("docs", f)),
    ...Fs.readdirSync(Path.join(root, "packages")).map((p) => Path.join("packages", p, "README.md"))
  ].filter((p) => Fs.existsSync(Path.join(root, p)))

/** The pin statements in `text` rewritten from `old` to `version`. */
export const rewriteDocs = (text: string, old: string, version: string): string =>
  text.split(`${CODEX}@${old}`).join(`${CODEX}@${version}`).split(`codex-cli ${old}`).join(`codex-cli ${version}`)

const skipped = new Set(["node_modules", "dist", "build", ".git", "fixtures"])
const skippedFiles = new Set(["package-lock.json", "results.json", "results.md", "benchmarks.md", "benchmarks.svg", "CHANGELOG.md"])

/** Every line of a tracked text file that mentions `version`, also in a regular expression (benchmark records and changelogs excepted). */
export const mentions = (version: string, dir = root): ReadonlyArray<string> =>
  Fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = Path.join(dir, entry.name)
    if (entry.isDirectory()) return skipped.has(entry.name) || entry.name.startsWith(".") ? [] : mentions(version, path)
    if (skippedFiles.has(entry.name) || !/\.(ts|mjs|js|json|md|jsonl)$/.test(entry.name)) return []
    const escaped = [version.replaceAll(".", "\\."), version.replaceAll(".", "\\\\.")]
    return Fs.readFileSync(path, "utf8").split("\n").flatMap((line, i) =>
      line.includes(version) || escaped.some((e) => line.includes(e)) ? [`${Path.relative(root, path)}:${i + 1}: ${line.trim().slice(0, 160)}`] : []
    )
  })

/** Whether the registry has `version` of the codex package. */
const published = (version: string): boolean => {
  try {
    const out = execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["view", `${CODEX}@${version}`, "version"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    })
    return out.trim() === version
  } catch {
    return false
  }
}

const npm = (...args: ReadonlyArray<string>) => {
  console.log(`$ npm ${args.join(" ")}`)
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd: root, stdio: "inherit" })
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const version = process.argv[2]
  if (version === undefined || !/^\d+\.\d+\.\d+$/.test(version)) {
    console.error("usage: npm run bump <version>   (a release such as 0.171.0; see npm view @openai/codex versions)")
    process.exit(2)
  }
  const skipInstall = process.argv.includes("--skip-install")
  if (!skipInstall && !published(version)) {
    console.error(`${CODEX}@${version} is not on the npm registry (npm view ${CODEX} versions): nothing changed`)
    process.exit(2)
  }
  const old = currentPin()
  if (old === version) console.log(`already pinned to ${version}: regenerating only`)
  // the release the skew tests run against: the old pin, or (re-running a bump) the current alias
  const previous = old === version ? previousOf(Fs.readFileSync(Path.join(root, "package.json"), "utf8")) ?? old : old
  // what the install rewrites, kept to be put back if it fails (a half-bumped tree would make the
  // next bump take the broken pin for the previous release)
  const saved = new Map([...manifests(), "package-lock.json"].map((file) => {
    const path = Path.join(root, file)
    return [path, Fs.readFileSync(path, "utf8")] as const
  }))
  for (const file of manifests()) {
    const path = Path.join(root, file)
    const text = saved.get(path)!
    const next = JSON.stringify(repin(JSON.parse(text), version, previous), null, 2) + "\n"
    if (next !== text) {
      Fs.writeFileSync(path, next)
      console.log(`pinned ${file}`)
    }
  }
  if (!skipInstall) {
    try {
      npm("install", "--package-lock-only", "--no-audit", "--no-fund")
      npm("install", "--no-audit", "--no-fund")
    } catch {
      for (const [path, text] of saved) Fs.writeFileSync(path, text)
      console.error(`installing ${CODEX}@${version} failed: the manifests and the lock file are as they were (run npm ci)`)
      process.exit(1)
    }
  }
  npm("run", "generate")
  if (!process.argv.includes("--skip-record")) {
    npm("run", "record")
    // the old pin's fixture stays: the skew tests decode the previous release's traffic
    const dir = Path.join(root, "packages/protocol/test/fixtures")
    const keep = new Set([`traffic-${version}.jsonl`, `traffic-${previous}.jsonl`])
    for (const file of Fs.readdirSync(dir)) {
      if (/^traffic-.+\.jsonl$/.test(file) && !keep.has(file)) {
        Fs.rmSync(Path.join(dir, file))
        console.log(`removed the fixture ${file} (two releases back)`)
      }
    }
  }
  for (const file of docs()) {
    const path = Path.join(root, file)
    const text = Fs.readFileSync(path, "utf8")
    const next = rewriteDocs(text, old, version)
    if (next !== text) {
      Fs.writeFileSync(path, next)
      console.log(`updated the pin in ${file}`)
    }
  }
  npm("run", "barrels")
  npm("run", "docs:api")
  if (old !== version) {
    const left = mentions(old).filter((line) => !line.includes(`${PREVIOUS}`) && !line.includes(`npm:${CODEX}@${old}`))
    console.log(`\npinned to ${version} (was ${old}). ${left.length} remaining mention(s) of ${old}, statements about that release to re-check:`)
    for (const line of left) console.log(`  ${line}`)
  }
}

/** The version a manifest's `codex-previous` alias points at, if any. */
function previousOf(text: string): string | undefined {
  return new RegExp(`"${PREVIOUS}": "npm:${CODEX}@([^"]+)"`).exec(text)?.[1]
}
