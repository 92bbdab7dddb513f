/**
 * Type-checks every code snippet of the documentation: each ```ts and ```js block of every
 * Markdown file in the repository (READMEs, `docs/`, `examples/README.md`; not CHANGELOGs, not
 * `node_modules`, `dist` or `build`), against the packages' sources, with the repository's
 * compiler options (minus the unused-variable checks: a snippet may show a value it does not use).
 *
 * What a block is, by its info string:
 *
 * - ```` ```ts ```` / ```` ```js ````: a whole module, compiled as it is. Top-level `await` works.
 * - ```` ```ts fragment ````: an intentionally partial snippet. It is compiled inside a function
 *   (an `Effect.gen` generator, or an `async` function when it uses `await` and no `yield*`),
 *   after a prelude that imports every module of `@effect-codex/sdk` and `@effect-codex/testing`
 *   and the usual `effect` modules as namespaces, and declares `codex` (a `Codex.Service`),
 *   `thread` (a `Thread.Thread`), `turn` (a `Turn.TurnHandle`), `fake` (a `FakeResponses.Service`)
 *   and `client` (a `PromiseClient.PromiseClient`), and `Flow`, `Item` and `Script` from
 *   `FakeResponses`. Its own `import` lines are kept at the top
 *   (the prelude's imports of the same names are dropped).
 * - ```` ```ts ignore ```` (anything after `ignore` is the reason): not compiled. Use sparingly.
 *
 * Usage: `tsx scripts/snippets.ts` prints the diagnostics; the test `scripts/snippets.test.ts`
 * fails on any.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const here = Path.dirname(fileURLToPath(import.meta.url))
const root = Path.resolve(here, "..")

/** One code block of a Markdown file. */
export interface Snippet {
  /** The Markdown file, relative to the repository root. */
  readonly file: string
  /** The 1-based line of the block's first code line in that file. */
  readonly line: number
  readonly lang: "ts" | "js"
  readonly mode: "module" | "fragment" | "ignore"
  readonly code: string
}

const skipped = new Set(["node_modules", "dist", "build", ".git", "coverage", ".tmp"])

/** Every Markdown file of the repository that may hold snippets, sorted. */
export const markdownFiles = (dir: string = root): Array<string> => {
  const out: Array<string> = []
  for (const entry of Fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue
    const path = Path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...markdownFiles(path))
    else if (entry.name.endsWith(".md") && entry.name !== "CHANGELOG.md") out.push(path)
  }
  return out.sort()
}

const fence = /^(\s*)```+\s*([A-Za-z]+)?\s*(.*)$/

/** The ts / js blocks of one Markdown text. */
export const extract = (file: string, text: string): Array<Snippet> => {
  const lines = text.split("\n")
  const out: Array<Snippet> = []
  for (let i = 0; i < lines.length; i++) {
    const open = fence.exec(lines[i]!)
    if (open === null) continue
    const indent = open[1]!.length
    const end = lines.findIndex((l, j) => j > i && /^\s*```+\s*$/.test(l))
    const close = end === -1 ? lines.length : end
    const lang = (open[2] ?? "").toLowerCase()
    const rest = (open[3] ?? "").trim()
    if (lang === "ts" || lang === "typescript" || lang === "js" || lang === "javascript" || lang === "mjs") {
      out.push({
        file,
        line: i + 2,
        lang: lang.startsWith("t") ? "ts" : "js",
        mode: rest.startsWith("ignore") ? "ignore" : rest.startsWith("fragment") ? "fragment" : "module",
        code: lines.slice(i + 1, close).map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join("\n")
      })
    }
    i = close
  }
  return out
}

const effectModules = ["Cause", "Chunk", "Config", "Console", "Context", "Data", "Duration", "Effect", "Either", "Exit", "Fiber", "Layer", "Option", "Queue", "Redacted", "Schedule", "Schema", "Scope", "Stream"]

/** The modules the package's barrel exports (modules with their own entry point are imported by path). */
const moduleNames = (pkg: string): Array<string> =>
  [...Fs.readFileSync(Path.join(root, "packages", pkg, "src", "index.ts"), "utf8").matchAll(/^export \* as (\w+) from/gm)].map((m) => m[1]!)

/** The source a fragment is compiled as: prelude, its own imports, its body inside a function. */
export const fragmentSource = (code: string): { readonly source: string; readonly offset: number } => {
  const lines = code.split("\n")
  const imports = lines.filter((l) => /^import\s/.test(l))
  const body = lines.map((l) => (/^import\s/.test(l) ? "" : l))
  const taken = new Set(imports.flatMap((l) => (/\{([^}]*)\}/.exec(l)?.[1] ?? "").split(",").map((n) => n.trim().split(/\s+as\s+/).pop()!)).concat(
    imports.flatMap((l) => /import\s+(?:type\s+)?\*\s+as\s+(\w+)/.exec(l)?.[1] ?? [])
  ))
  const pick = (names: ReadonlyArray<string>) => names.filter((n) => !taken.has(n))
  const prelude = [
    `import { ${pick(moduleNames("sdk")).join(", ")} } from "@effect-codex/sdk"`,
    `import { ${pick(moduleNames("testing")).join(", ")} } from "@effect-codex/testing"`,
    `import { ${pick(effectModules).join(", ")} } from "effect"`,
    ...imports,
    ...(["Flow", "Item", "Script"].some((n) => taken.has(n)) ? [] : ["const { Flow, Item, Script } = FakeResponses"]),
    ...["codex: Codex.Service", "thread: Thread.Thread", "turn: Turn.TurnHandle", "fake: FakeResponses.Service", "client: PromiseClient.PromiseClient"]
      .filter((d) => !taken.has(d.split(":")[0]!))
      .map((d) => `declare const ${d}`),
    /\byield\*/.test(code) || !/\bawait\b/.test(code)
      ? "export const fragment = Effect.gen(function*() {"
      : "export const fragment = async () => {"
  ].filter((l) => !/^import \{ {2}\}/.test(l) && !/^import \{\s*\} from/.test(l))
  const closing = /\byield\*/.test(code) || !/\bawait\b/.test(code) ? "})" : "}"
  return { source: [...prelude, ...body, closing, ""].join("\n"), offset: prelude.length }
}

/** One problem, located in the Markdown file. */
export interface Problem {
  readonly file: string
  readonly line: number
  readonly message: string
}

/** Type-checks the given snippets (default: all of them); returns the problems. */
export const check = (snippets: ReadonlyArray<Snippet> = all()): Array<Problem> => {
  const config = ts.readConfigFile(Path.join(root, "tsconfig.base.json"), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root)
  const options: ts.CompilerOptions = {
    ...parsed.options,
    composite: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    incremental: false,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowJs: true,
    checkJs: true,
    plugins: []
  }
  const dir = Path.join(root, ".snippets")
  const virtual = new Map<string, { readonly snippet: Snippet; readonly source: string; readonly offset: number }>()
  snippets.forEach((snippet, i) => {
    if (snippet.mode === "ignore") return
    const name = `${snippet.file.replace(/[^A-Za-z0-9]+/g, "_")}_${snippet.line}_${i}.${snippet.lang === "ts" ? "ts" : "js"}`
    const { offset, source } = snippet.mode === "fragment"
      ? fragmentSource(snippet.code)
      : { source: `${snippet.code}\nexport {}\n`, offset: 0 }
    virtual.set(Path.join(dir, name), { snippet, source, offset })
  })
  const host = ts.createCompilerHost(options)
  const { fileExists, getSourceFile, readFile } = host
  host.fileExists = (f) => virtual.has(Path.resolve(f)) || fileExists.call(host, f)
  host.readFile = (f) => virtual.get(Path.resolve(f))?.source ?? readFile.call(host, f)
  host.getSourceFile = (f, language, onError, create) => {
    const entry = virtual.get(Path.resolve(f))
    return entry === undefined
      ? getSourceFile.call(host, f, language, onError, create)
      : ts.createSourceFile(f, entry.source, language, true)
  }
  const program = ts.createProgram([...virtual.keys()], options, host)
  const problems: Array<Problem> = []
  for (const [path, { offset, snippet }] of virtual) {
    const source = program.getSourceFile(path)!
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const at = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line
      problems.push({
        file: snippet.file,
        line: snippet.line + Math.max(0, at - offset),
        message: ts.flattenDiagnosticMessageText(d.messageText, "\n")
      })
    }
  }
  return problems
}

/** Every snippet of every Markdown file. */
export const all = (): Array<Snippet> =>
  markdownFiles().flatMap((file) => extract(Path.relative(root, file), Fs.readFileSync(file, "utf8")))

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const snippets = all()
  const problems = check(snippets)
  console.log(`${snippets.length} snippets (${snippets.filter((s) => s.mode === "fragment").length} fragments, ${snippets.filter((s) => s.mode === "ignore").length} ignored)`)
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`)
  process.exit(problems.length === 0 ? 0 : 1)
}
