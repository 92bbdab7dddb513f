/**
 * Writes `src/generated/client.ts`: a typed client of every client request, grouped by namespace
 * (`thread/goal/set` -> `client.thread.goal.set`), plus typed tables of the server notifications
 * and server requests. Runs after the schema generator (`npm run generate`), from the registry it
 * wrote and the descriptions the binary's JSON Schema gives its methods.
 *
 * Usage: `tsx --conditions=@effect-codex/source scripts/client.ts [--binary PATH] [--out FILE]`.
 *
 * The text is a pure function of the registry and the descriptions, so the drift test regenerates
 * it and compares byte for byte.
 */
import type { Schema } from "effect"
import * as AST from "effect/SchemaAST"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

/** A registry entry, as far as this script reads it. */
interface Entry {
  readonly params: Schema.Schema.Any
  readonly result?: Schema.Schema.Any
  readonly response?: Schema.Schema.Any
  readonly experimental: boolean
}

/** What the client is generated from. */
export interface ClientInput {
  /** The codex version of the registry, e.g. `0.169.0`. */
  readonly version: string
  readonly clientRequests: Readonly<Record<string, Entry>>
  readonly notifications: Readonly<Record<string, Entry>>
  readonly serverRequests: Readonly<Record<string, Entry>>
  /** The exported schemas (`src/Schemas.ts`), to name types by their identifier. */
  readonly schemas: Readonly<Record<string, unknown>>
  /** The protocol's own description of a method, by method name, where it has one. */
  readonly descriptions: ReadonlyMap<string, string>
}

// -----------------------------------------------------------------------------------------------
// descriptions
// -----------------------------------------------------------------------------------------------

type Definitions = Readonly<Record<string, unknown>>

const variants = (definitions: Definitions, union: string): ReadonlyArray<{ method: string; description: string | undefined }> => {
  const node = definitions[union] as { oneOf?: ReadonlyArray<{ description?: string; properties?: { method?: { enum?: ReadonlyArray<string> } } }> } | undefined
  return (node?.oneOf ?? []).flatMap((variant) => {
    const method = variant.properties?.method?.enum?.[0]
    return method === undefined ? [] : [{ method, description: variant.description }]
  })
}

/**
 * Section headings of the Rust source leak into some descriptions (`NEW APIs`, `DEPRECATED APIs
 * below ...`): they say nothing about the method, so they are cut.
 */
const heading = /^(?:[A-Z]+ )+(?:APIs|NOTIFICATIONS)(?: below)?(?:\s+|$)/

/** Each method's description from the JSON Schema bundles (`v2` with and `top` for server requests). */
export const descriptionsOf = (bundles: { readonly v2: Definitions; readonly top: Definitions }): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  const add = (kind: string, definitions: Definitions, union: string) => {
    for (const { description, method } of variants(definitions, union)) {
      const text = description?.replace(heading, "").trim()
      if (text !== undefined && text !== "") out.set(`${kind} ${method}`, text)
    }
  }
  add("request", bundles.v2, "ClientRequest")
  add("notification", bundles.v2, "ServerNotification")
  add("serverRequest", bundles.top, "ServerRequest")
  return out
}

// -----------------------------------------------------------------------------------------------
// types
// -----------------------------------------------------------------------------------------------

/**
 * The TypeScript type of a schema, by name where it is an exported schema (`S.ThreadStartParams`,
 * `S.X | null`), else `fallback` (a type derived from the registry, always right).
 */
const typeOf = (input: ClientInput, schema: Schema.Schema.Any | undefined, fallback: string): string => {
  if (schema === undefined) return fallback
  const go = (ast: AST.AST): string | undefined => {
    const id = AST.getIdentifierAnnotation(ast)
    if (id._tag === "Some" && (input.schemas[id.value] as { ast?: unknown } | undefined)?.ast === ast) return `S.${id.value}`
    if (AST.isLiteral(ast) && ast.literal === null) return "null"
    if (AST.isUndefinedKeyword(ast)) return "undefined"
    if (AST.isUnion(ast)) {
      const members = ast.types.map(go)
      return members.every((m) => m !== undefined) ? members.join(" | ") : undefined
    }
    return undefined
  }
  return go(schema.ast) ?? fallback
}

/** Whether a method takes no params at all (`null` or absent). */
const takesNothing = (schema: Schema.Schema.Any): boolean =>
  (AST.isLiteral(schema.ast) && schema.ast.literal === null) || AST.isUndefinedKeyword(schema.ast)

/** Whether params may be omitted (`X | null`). */
const optionalParams = (schema: Schema.Schema.Any): boolean =>
  AST.isUnion(schema.ast) && schema.ast.types.some((t) => (AST.isLiteral(t) && t.literal === null) || AST.isUndefinedKeyword(t))

// -----------------------------------------------------------------------------------------------
// the namespace tree
// -----------------------------------------------------------------------------------------------

/** `decrement_elicitation` -> `decrementElicitation`. */
export const camel = (segment: string): string => segment.replace(/[-_]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase())

const key = (name: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name))

interface Tree {
  method: string | undefined
  readonly children: Map<string, Tree>
}

const treeOf = (methods: ReadonlyArray<string>): Tree => {
  const root: Tree = { method: undefined, children: new Map() }
  const seen = new Map<string, string>()
  for (const method of methods) {
    const path = method.split("/").map(camel)
    const dotted = path.join(".")
    const clash = seen.get(dotted)
    if (clash !== undefined) throw new Error(`${method} and ${clash} both become client.${dotted}`)
    seen.set(dotted, method)
    let node = root
    for (const segment of path) {
      let child = node.children.get(segment)
      if (child === undefined) {
        child = { method: undefined, children: new Map() }
        node.children.set(segment, child)
      }
      node = child
    }
    node.method = method
  }
  return root
}

// -----------------------------------------------------------------------------------------------
// emitting
// -----------------------------------------------------------------------------------------------

const doc = (lines: ReadonlyArray<string>, indent: string): string =>
  `${indent}/**\n${lines.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l.replace(/\*\//g, "*\\/")}`)).join("\n")}\n${indent} */\n`

interface Signature {
  readonly method: string
  /** `value`: an `Effect` (no params); `optional` / `required`: a function of the params. */
  readonly shape: "value" | "optional" | "required"
  readonly params: string
  readonly result: string
  readonly docs: ReadonlyArray<string>
}

const signatureOf = (input: ClientInput, method: string): Signature => {
  const entry = input.clientRequests[method]!
  const shape = takesNothing(entry.params) ? "value" : optionalParams(entry.params) ? "optional" : "required"
  const description = input.descriptions.get(`request ${method}`)
  const docs = [
    `\`${method}\`${shape === "value" ? ": takes no params, so it is an `Effect`, not a function." : "."}`,
    ...(description === undefined ? [] : ["", ...description.split("\n")]),
    ...(entry.experimental ? ["", "Experimental: the connection must ask for `experimentalApi`."] : [])
  ]
  return {
    method,
    shape,
    params: typeOf(input, entry.params, `Params<${JSON.stringify(method)}>`),
    result: typeOf(input, entry.result, `Result<${JSON.stringify(method)}>`),
    docs
  }
}

const emitInterface = (input: ClientInput, tree: Tree, indent: string): string => {
  let out = ""
  for (const [name, child] of tree.children) {
    const inner = `${indent}  `
    if (child.method === undefined) {
      out += `${indent}readonly ${key(name)}: {\n${emitInterface(input, child, inner)}${indent}}\n`
      continue
    }
    const sig = signatureOf(input, child.method)
    const effect = `Effect.Effect<${sig.result}, E>`
    const args = sig.shape === "required" ? `params: ${sig.params}, options?: O` : `params?: ${sig.params}, options?: O`
    if (child.children.size === 0) {
      out += doc(sig.docs, indent)
      out += sig.shape === "value"
        ? `${indent}readonly ${key(name)}: ${effect}\n`
        : `${indent}readonly ${key(name)}: (${args}) => ${effect}\n`
      continue
    }
    // a method that is also a namespace (`command/exec` and `command/exec/write`): a callable
    // object; one without params is then called with no arguments.
    const callArgs = sig.shape === "value" ? "options?: O" : args
    out += `${indent}readonly ${key(name)}: {\n${doc(sig.docs, inner)}${inner}(${callArgs}): ${effect}\n${emitInterface(input, child, inner)}${indent}}\n`
  }
  return out
}

const emitMake = (input: ClientInput, tree: Tree, indent: string): string => {
  const entries: Array<string> = []
  for (const [name, child] of tree.children) {
    const inner = `${indent}  `
    if (child.method === undefined) {
      entries.push(`${indent}${key(name)}: {\n${emitMake(input, child, inner)}\n${indent}}`)
      continue
    }
    const sig = signatureOf(input, child.method)
    const method = JSON.stringify(child.method)
    const paramsType = sig.shape === "required" ? `params: ${sig.params}` : `params?: ${sig.params}`
    const call = sig.shape === "value"
      ? `(options?: O) => request(${method}, undefined, options)`
      : `(${paramsType}, options?: O) => request(${method}, params, options)`
    if (child.children.size === 0) {
      entries.push(sig.shape === "value" ? `${indent}${key(name)}: request(${method}, undefined, undefined)` : `${indent}${key(name)}: ${call}`)
      continue
    }
    entries.push(`${indent}${key(name)}: Object.assign(${call}, {\n${emitMake(input, child, inner)}\n${indent}})`)
  }
  return entries.join(",\n")
}

const emitTable = (
  input: ClientInput,
  entries: Readonly<Record<string, Entry>>,
  kind: "notification" | "serverRequest"
): string =>
  Object.keys(entries).sort((a, b) => a.localeCompare(b, "en")).map((method) => {
    const entry = entries[method]!
    const description = input.descriptions.get(`${kind} ${method}`)
    const docs = [
      `\`${method}\`.`,
      ...(description === undefined ? [] : ["", ...description.split("\n")]),
      ...(entry.experimental ? ["", "Experimental: sent only when the connection asked for `experimentalApi`."] : [])
    ]
    const m = JSON.stringify(method)
    const type = kind === "notification"
      ? typeOf(input, entry.params, `NotificationParamsOf<${m}>`)
      : `{ readonly params: ${typeOf(input, entry.params, `ServerRequestParamsOf<${m}>`)}; readonly response: ${
        typeOf(input, entry.response, `ServerRequestResponseOf<${m}>`)
      } }`
    return `${doc(docs, "  ")}  readonly ${m}: ${type}\n`
  }).join("")

/** The text of `src/generated/client.ts`. */
export const generateClient = (input: ClientInput): string => {
  const methods = Object.keys(input.clientRequests).sort((a, b) => a.localeCompare(b, "en"))
  const tree = treeOf(methods)
  const body = `/**
 * Sends one client request: the one function every method of the client calls. \`params\` is
 * \`undefined\` for a method that takes none; \`options\` are the caller's per-call options.
 *
 * @since 0.3.0
 * @category models
 */
export type Request<E, O> = <M extends keyof typeof ClientRequests>(
  method: M,
  params: Params<M> | undefined,
  options: O | undefined
) => Effect.Effect<Result<M>, E>

/**
 * One typed operation per client request (${methods.length} methods), grouped by namespace:
 * \`thread/goal/set\` is \`client.thread.goal.set(params, options?)\`. A method that takes no params
 * is an \`Effect\` (\`client.account.logout\`); one whose params may be omitted takes them optionally.
 * \`E\` is what a request can fail with, \`O\` the per-call options.
 *
 * @since 0.3.0
 * @category models
 */
export interface Client<E, O> {
${emitInterface(input, tree, "  ")}}

/**
 * Builds the client on one \`request\` function: a plain object of closures, nothing decoded or
 * constructed until a method is called.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = <E, O>(request: Request<E, O>): Client<E, O> => ({
${emitMake(input, tree, "  ")}
})

/**
 * Every server notification: method -> params type.
 *
 * @since 0.3.0
 * @category models
 */
export interface NotificationTable {
${emitTable(input, input.notifications, "notification")}}

/**
 * Every server-to-client request: method -> params and the response the client sends back.
 *
 * @since 0.3.0
 * @category models
 */
export interface ServerRequestTable {
${emitTable(input, input.serverRequests, "serverRequest")}}
`
  // the registry-derived types, each only where a schema has no exported name
  const aliases = [
    ["Params", "ClientRequests", "params"],
    ["Result", "ClientRequests", "result"],
    ["NotificationParamsOf", "ServerNotifications", "params"],
    ["ServerRequestParamsOf", "ServerRequests", "params"],
    ["ServerRequestResponseOf", "ServerRequests", "response"]
  ].filter(([name]) => body.includes(`${name}<`))
  const tables = [...new Set(aliases.map(([, table]) => table!))].sort()
  return `/**
 * A typed client of every client request of the Codex app-server v2 protocol, grouped by
 * namespace, and typed tables of the server notifications and server requests.
 *
 * Generated, do not edit: \`npm run generate\` writes this file from the method registry
 * (codex-cli ${input.version}) and the descriptions in the binary's JSON Schema.
 *
 * @since 0.3.0
 */
/* eslint-disable */

import type { Effect, Schema } from "effect"
import type { ${tables.join(", ")} } from "./registry.js"
import type * as S from "./schemas.js"

${aliases.map(([name, table, field]) =>
  `type ${name}<M extends keyof typeof ${table}> = Schema.Schema.Type<(typeof ${table})[M][${JSON.stringify(field)}]>`
).join("\n")}

${body}`
}

/** The client generated from the registry in \`src/generated\` and the given bundles. */
export const generateFromRegistry = async (bundles: { readonly v2: Definitions; readonly top: Definitions }): Promise<string> => {
  const registry = await import("../src/generated/registry.js")
  const schemas = await import("../src/generated/schemas.js")
  return generateClient({
    version: registry.codexVersion,
    clientRequests: registry.ClientRequests,
    notifications: registry.ServerNotifications,
    serverRequests: registry.ServerRequests,
    schemas,
    descriptions: descriptionsOf(bundles)
  })
}

/** Where the client is written. */
export const clientFile = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..", "src", "generated", "client.ts")

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === Path.resolve(process.argv[1])) {
  const { Effect } = await import("effect")
  const CodexBinary = await import("../src/CodexBinary.js")
  const { readBundles } = await import("./generator.js")
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name)
    return i === -1 ? undefined : process.argv[i + 1]
  }
  const binary = await Effect.runPromise(CodexBinary.resolve(arg("--binary")))
  const text = await generateFromRegistry(readBundles(binary.path))
  const out = Path.resolve(arg("--out") ?? clientFile)
  Fs.writeFileSync(out, text)
  console.log(`wrote ${out} (${text.length} chars)`)
}
