/**
 * Finds the codex binary the way the SDK does (the pinned `@openai/codex` package's platform
 * package, `vendor/<triple>/bin/codex`), in plain Node: the raw baseline loads nothing else.
 */
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Path from "node:path"

const triples: Record<string, readonly [pkg: string, triple: string] | undefined> = {
  "linux-x64": ["@openai/codex-linux-x64", "x86_64-unknown-linux-musl"],
  "linux-arm64": ["@openai/codex-linux-arm64", "aarch64-unknown-linux-musl"],
  "darwin-x64": ["@openai/codex-darwin-x64", "x86_64-apple-darwin"],
  "darwin-arm64": ["@openai/codex-darwin-arm64", "aarch64-apple-darwin"]
}

export const codexBinary = (): string => {
  const target = triples[`${process.platform}-${process.arch}`]
  if (target === undefined) throw new Error(`no codex binary for ${process.platform}-${process.arch}`)
  const [pkg, triple] = target
  const here = createRequire(import.meta.url)
  const main = here.resolve("@openai/codex/package.json")
  const manifest = createRequire(main).resolve(`${pkg}/package.json`)
  const exe = Path.join(Path.dirname(manifest), "vendor", triple, "bin", "codex")
  Fs.accessSync(exe, Fs.constants.X_OK)
  return exe
}
