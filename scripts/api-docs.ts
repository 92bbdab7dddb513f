/**
 * Writes `docs/api-reference.md` from the doc comments of every public module (`src/*.ts` of each
 * package; the generated protocol schemas are summarised, not listed one by one), and reports
 * exports without a doc comment.
 *
 * Usage: `tsx scripts/api-docs.ts` (writes) or `tsx scripts/api-docs.ts --check`.
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { packages, root } from "./barrels.js"

/** One member of an exported interface (a service's operation, a handle's field). */
export interface Member {
  readonly name: string
  /** The member's type as written, on one line. */
  readonly signature: string
  readonly summary: string
}

/** One documented export. */
export interface Entry {
  readonly module: string
  readonly name: string
  readonly kind: string
  readonly summary: string
  readonly category: string | undefined
  /** For an interface: its own members, in source order. */
  readonly members: ReadonlyArray<Member>
  /** For an interface: what it extends, as written. */
  readonly extends: ReadonlyArray<string>
}

const kindOf = (node: ts.Node): string =>
  ts.isClassDeclaration(node) ? "class" :
  ts.isInterfaceDeclaration(node) ? "interface" :
  ts.isTypeAliasDeclaration(node) ? "type" :
  ts.isFunctionDeclaration(node) ? "function" :
  ts.isModuleDeclaration(node) ? "namespace" : "const"

const docOf = (node: ts.Node): { summary: string; category: string | undefined } | undefined => {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)
  const doc = docs[docs.length - 1]
  if (doc === undefined) return undefined
  const text = typeof doc.comment === "string" ? doc.comment : ts.getTextOfJSDocComment(doc.comment) ?? ""
  const category = doc.tags?.find((t) => t.tagName.text === "category")
  const summary = text.split(/\n\s*\n/)[0]!.replace(/\s+/g, " ").trim()
  return { summary, category: category === undefined ? undefined : String(ts.getTextOfJSDocComment(category.comment) ?? "").trim() }
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").replace(/\( /g, "(").replace(/ \)/g, ")").trim()

/** The members of an interface: properties, methods, call and index signatures. */
const membersOf = (node: ts.Node): { members: Array<Member>; extends: Array<string> } => {
  if (!ts.isInterfaceDeclaration(node)) return { members: [], extends: [] }
  const members: Array<Member> = []
  for (const member of node.members) {
    const summary = docOf(member)?.summary ?? ""
    if (ts.isPropertySignature(member)) {
      const name = member.name.getText() + (member.questionToken === undefined ? "" : "?")
      const readonly = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) === true ? "readonly " : ""
      members.push({ name, signature: `${readonly}${oneLine(member.type?.getText() ?? "unknown")}`, summary })
    } else if (ts.isMethodSignature(member)) {
      const params = member.parameters.map((p) => oneLine(p.getText())).join(", ")
      const generics = member.typeParameters === undefined ? "" : `<${member.typeParameters.map((t) => oneLine(t.getText())).join(", ")}>`
      members.push({
        name: member.name.getText() + (member.questionToken === undefined ? "" : "?"),
        signature: `${generics}(${params}) => ${oneLine(member.type?.getText() ?? "void")}`,
        summary
      })
    } else if (ts.isCallSignatureDeclaration(member) || ts.isIndexSignatureDeclaration(member)) {
      members.push({ name: ts.isCallSignatureDeclaration(member) ? "(call)" : "[index]", signature: oneLine(member.getText()), summary })
    }
  }
  const heritage = (node.heritageClauses ?? []).flatMap((clause) => clause.types.map((t) => oneLine(t.getText())))
  return { members, extends: heritage }
}

/** The documented exports of one module file, and the names without docs. */
export const entriesOf = (file: string, module: string): { entries: Array<Entry>; undocumented: Array<string> } => {
  const source = ts.createSourceFile(file, Fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
  const entries: Array<Entry> = []
  const undocumented: Array<string> = []
  const add = (name: string, node: ts.Node, docNode: ts.Node) => {
    const doc = docOf(docNode)
    if (doc === undefined || doc.summary === "") undocumented.push(`${module}.${name}`)
    else entries.push({ module, name, kind: kindOf(node), summary: doc.summary, category: doc.category, ...membersOf(node) })
  }
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const spec of statement.exportClause.elements) add(spec.name.text, statement, spec)
      continue
    }
    if (!exported) continue
    if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (ts.isIdentifier(decl.name)) add(decl.name.text, statement, statement)
      }
    } else if (
      (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) ||
        ts.isFunctionDeclaration(statement) || ts.isModuleDeclaration(statement)) && statement.name !== undefined
    ) {
      add(statement.name.text, statement, statement)
    }
  }
  return { entries, undocumented }
}

/** Text for a Markdown table cell (also inside code spans: GitHub reads `\|` there too). */
const cell = (text: string) => text.replace(/\|/g, "\\|")

/** The reference text, and every undocumented export. */
export const render = (): { text: string; undocumented: ReadonlyArray<string> } => {
  const lines: Array<string> = [
    "# API reference",
    "",
    "Generated from the doc comments by `npm run docs:api` (a test fails when it is stale). Each",
    "module is imported as a namespace: `import { Codex, Thread } from \"@effect-codex/sdk\"`.",
    ""
  ]
  const undocumented: Array<string> = []
  for (const dir of packages) {
    const pkg = JSON.parse(Fs.readFileSync(Path.join(root, dir, "package.json"), "utf8")) as { name: string; description: string }
    lines.push(`## ${pkg.name}`, "", pkg.description, "")
    const src = Path.join(root, dir, "src")
    for (const file of Fs.readdirSync(src).filter((f) => /^[A-Z][A-Za-z0-9]*\.ts$/.test(f)).sort()) {
      const module = file.slice(0, -3)
      const header = docOf(ts.createSourceFile(file, Fs.readFileSync(Path.join(src, file), "utf8"), ts.ScriptTarget.Latest, true).statements[0]!)
      lines.push(`### ${module}`, "")
      if (header !== undefined) lines.push(header.summary, "")
      if (dir === "packages/protocol" && module === "Schemas") {
        const generated = entriesOf(Path.join(src, "generated", "schemas.ts"), module)
        undocumented.push(...generated.undocumented)
        lines.push(`${generated.entries.filter((e) => e.kind === "const").length} schemas, each with a type of the same name (generated; see \`src/generated/schemas.ts\`).`, "")
        continue
      }
      const { entries, undocumented: missing } = entriesOf(Path.join(src, file), module)
      undocumented.push(...missing)
      lines.push("| export | kind | category | what it is |", "|---|---|---|---|")
      for (const e of entries) lines.push(`| \`${e.name}\` | ${e.kind} | ${e.category ?? ""} | ${cell(e.summary)} |`)
      lines.push("")
      for (const e of entries) {
        if (e.members.length === 0) continue
        lines.push(`#### \`${module}.${e.name}\``, "")
        if (e.extends.length > 0) lines.push(`Extends ${e.extends.map((x) => `\`${x}\``).join(", ")}; its own members:`, "")
        lines.push("| member | type | what it is |", "|---|---|---|")
        for (const m of e.members) lines.push(`| \`${cell(m.name)}\` | \`${cell(m.signature)}\` | ${cell(m.summary)} |`)
        lines.push("")
      }
    }
  }
  return { text: lines.join("\n"), undocumented }
}

/** Where the reference is written. */
export const target = Path.join(root, "docs", "api-reference.md")

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const { text, undocumented } = render()
  if (undocumented.length > 0) console.error(`undocumented exports:\n  ${undocumented.join("\n  ")}`)
  if (process.argv.includes("--check")) {
    const current = Fs.existsSync(target) ? Fs.readFileSync(target, "utf8") : ""
    if (current !== text) console.error("docs/api-reference.md is stale: run npm run docs:api")
    process.exit(current === text && undocumented.length === 0 ? 0 : 1)
  }
  Fs.mkdirSync(Path.dirname(target), { recursive: true })
  Fs.writeFileSync(target, text)
  console.log(`wrote ${target}`)
}
