/**
 * Writes each package's `src/index.ts`: `export * as Module from "./Module.js"` for every public
 * module (`src/*.ts`, capitalised), each under that module's own doc header. A module whose header
 * says `@separateEntryPoint` stays out: it is imported by its own path (its optional peers are
 * then needed only by programs that import it).
 *
 * Usage: `tsx scripts/barrels.ts` (writes) or `tsx scripts/barrels.ts --check` (fails if stale).
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

/** The root of the repository. */
export const root = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")

/** The packages whose barrel is generated. */
export const packages = ["packages/protocol", "packages/sdk", "packages/testing"]

/** The barrel text for the package at `dir`. */
export const barrel = (dir: string): string => {
  const src = Path.join(root, dir, "src")
  const modules = Fs.readdirSync(src)
    .filter((f) => /^[A-Z][A-Za-z0-9]*\.ts$/.test(f))
    .sort()
  return modules
    .map((file) => {
      const text = Fs.readFileSync(Path.join(src, file), "utf8")
      const header = /^\/\*\*[\s\S]*?\*\//.exec(text)?.[0]
      if (header === undefined) throw new Error(`${dir}/src/${file} has no module doc header`)
      const name = file.slice(0, -3)
      if (header.includes("@separateEntryPoint")) return undefined
      return `${header}\nexport * as ${name} from "./${name}.js"\n`
    })
    .filter((entry): entry is string => entry !== undefined)
    .join("\n")
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const check = process.argv.includes("--check")
  let stale = false
  for (const dir of packages) {
    const file = Path.join(root, dir, "src", "index.ts")
    const text = barrel(dir)
    const current = Fs.existsSync(file) ? Fs.readFileSync(file, "utf8") : ""
    if (current === text) continue
    if (check) {
      stale = true
      console.error(`${file} is stale: run npm run barrels`)
    } else {
      Fs.writeFileSync(file, text)
      console.log(`wrote ${file}`)
    }
  }
  if (stale) process.exit(1)
}
