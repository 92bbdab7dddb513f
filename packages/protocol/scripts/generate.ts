/**
 * `npm run generate`: writes `src/generated/` from the pinned codex binary's JSON Schema.
 *
 * Usage: `tsx --conditions=@effect-codex/source scripts/generate.ts [--binary PATH] [--out DIR]`.
 */
import { Effect } from "effect"
import * as CodexBinary from "../src/CodexBinary.js"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { generate, readBundles, writeFiles } from "./generator.js"

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}

const packageRoot = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const out = Path.resolve(arg("--out") ?? Path.join(packageRoot, "src", "generated"))
const binary = await Effect.runPromise(CodexBinary.resolve(arg("--binary")))
const files = generate(readBundles(binary.path))
writeFiles(out, files)
for (const file of files) console.log(`wrote ${Path.join(out, file.name)} (${file.text.length} chars)`)
