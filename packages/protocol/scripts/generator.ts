/**
 * Turns the JSON Schema that the pinned `codex` binary prints
 * (`codex app-server generate-json-schema`) into Effect Schema source.
 *
 * Everything here is a pure function of the two schema bundles (with and without
 * `--experimental`), so the output is deterministic: the drift test regenerates it and compares
 * byte for byte.
 */
import { execFileSync } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"

/** A JSON Schema node, as far as the generator reads it. */
interface Node {
  readonly $ref?: string
  readonly type?: string | ReadonlyArray<string>
  readonly format?: string
  readonly enum?: ReadonlyArray<unknown>
  readonly const?: unknown
  readonly properties?: Readonly<Record<string, Node | boolean>>
  readonly required?: ReadonlyArray<string>
  readonly additionalProperties?: boolean | Node
  readonly items?: Node | ReadonlyArray<Node>
  readonly anyOf?: ReadonlyArray<Node>
  readonly oneOf?: ReadonlyArray<Node>
  readonly allOf?: ReadonlyArray<Node>
  readonly description?: string
  readonly title?: string
}

type Definitions = Readonly<Record<string, Node>>

/** The inputs of one generation: what the binary printed. */
export interface Bundles {
  /** `codex --version` output, e.g. `codex-cli 0.169.0`. */
  readonly version: string
  /** `codex_app_server_protocol.v2.schemas.json` generated with `--experimental`. */
  readonly v2: Definitions
  /** `codex_app_server_protocol.schemas.json` (top level, with `v2` nested) with `--experimental`. */
  readonly top: Definitions
  /** The same two bundles generated without `--experimental`. */
  readonly stableV2: Definitions
  readonly stableTop: Definitions
}

/** One generated file: its path relative to the package's `src/generated` and its text. */
export interface GeneratedFile {
  readonly name: string
  readonly text: string
}

/**
 * Response types whose name does not follow `<X>Params` -> `<X>Response`. The schema has no
 * method -> response link; these were matched by reading the types. A test checks that every
 * client request has a response schema and that each name here exists.
 */
export const responseOverrides: Readonly<Record<string, string>> = {
  "account/gatewayOAuth/cancel": "GatewayOAuthCancelResponse",
  "account/logout": "LogoutAccountResponse",
  "account/securitySetup/read": "GetAccountSecuritySetupResponse",
  "account/workspaceMessages/read": "GetWorkspaceMessagesResponse",
  "accountSession/list": "AccountSessionsResponse",
  "config/batchWrite": "ConfigWriteResponse",
  "config/mcpServer/reload": "McpServerRefreshResponse",
  "config/value/write": "ConfigWriteResponse",
  "configRequirements/read": "ConfigRequirementsReadResponse",
  "externalAgentConfig/import/readHistories": "ExternalAgentConfigImportHistoriesReadResponse",
  "memory/reset": "MemoryResetResponse",
  "modelProvider/default/set": "ConfigWriteResponse",
  "remoteControl/status/read": "RemoteControlStatusReadResponse",
  "rollout/compress": "RolloutCompressResponse",
  "windowsSandbox/readiness": "WindowsSandboxReadinessResponse"
}

/** Runs the binary and reads the bundles. */
export const readBundles = (binary: string): Bundles => {
  const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim()
  const tmp = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-schema-"))
  try {
    const read = (experimental: boolean) => {
      const dir = Path.join(tmp, experimental ? "experimental" : "stable")
      Fs.mkdirSync(dir)
      const args = ["app-server", "generate-json-schema", "--out", dir, ...(experimental ? ["--experimental"] : [])]
      execFileSync(binary, args, { stdio: ["ignore", "ignore", "pipe"] })
      const load = (file: string): Definitions =>
        (JSON.parse(Fs.readFileSync(Path.join(dir, file), "utf8")) as { definitions: Definitions }).definitions
      return { v2: load("codex_app_server_protocol.v2.schemas.json"), top: load("codex_app_server_protocol.schemas.json") }
    }
    const experimental = read(true)
    const stable = read(false)
    return { version, v2: experimental.v2, top: experimental.top, stableV2: stable.v2, stableTop: stable.top }
  } finally {
    Fs.rmSync(tmp, { recursive: true, force: true })
  }
}

// -----------------------------------------------------------------------------------------------
// the definition set
// -----------------------------------------------------------------------------------------------

const refName = (ref: string): string => ref.slice(ref.lastIndexOf("/") + 1)

const mapRefs = (node: unknown, f: (ref: string) => string): unknown => {
  if (Array.isArray(node)) return node.map((x) => mapRefs(x, f))
  if (typeof node !== "object" || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) out[k] = k === "$ref" && typeof v === "string" ? f(v) : mapRefs(v, f)
  return out
}

/** The top-level bundle with `v2` flattened: refs become plain `#/definitions/Name`. */
const flattenTop = (top: Definitions): Definitions => {
  const out: Record<string, Node> = {}
  const flat = (node: Node) => mapRefs(node, (ref) => `#/definitions/${refName(ref)}`) as Node
  for (const [name, node] of Object.entries(top)) if (name !== "v2") out[name] = flat(node)
  return out
}

/** A property's schema, with the `true` schema ("anything") read as an empty node. */
const property = (node: Node, name: string): Node | undefined => {
  const prop = node.properties?.[name]
  return typeof prop === "boolean" ? {} : prop
}

const methodOf = (variant: Node): string => {
  const method = property(variant, "method")?.enum?.[0]
  if (typeof method !== "string") throw new Error(`no method literal in ${variant.title}`)
  return method
}

const paramsRef = (variant: Node): string | undefined => {
  const params = property(variant, "params")
  if (params === undefined) return undefined
  if (params.$ref !== undefined) return refName(params.$ref)
  const ref = params.anyOf?.find((n) => n.$ref !== undefined)?.$ref
  return ref === undefined ? undefined : refName(ref)
}

const methodsOf = (defs: Definitions, union: string): ReadonlyArray<string> => {
  const node = defs[union]
  if (node?.oneOf === undefined) throw new Error(`missing union ${union}`)
  return node.oneOf.map(methodOf)
}

/** The model the emitters work from. */
export interface Model {
  readonly version: string
  readonly defs: Definitions
  readonly clientRequests: ReadonlyArray<{ method: string; variant: Node; result: string; experimental: boolean }>
  readonly notifications: ReadonlyArray<{ method: string; params: string; experimental: boolean }>
  readonly serverRequests: ReadonlyArray<{ method: string; params: string; response: string; experimental: boolean }>
}

const buildModel = (bundles: Bundles): Model => {
  const top = flattenTop(bundles.top)
  const stableTop = flattenTop(bundles.stableTop)
  const defs: Record<string, Node> = { ...bundles.v2 }
  // Bring in what the v2 bundle leaves out (server requests, a few responses), with its closure.
  const adopt = (name: string) => {
    if (defs[name] !== undefined) return
    const node = top[name]
    if (node === undefined) throw new Error(`definition ${name} exists in neither bundle`)
    defs[name] = node
    for (const ref of refsOf(node)) adopt(ref)
  }
  adopt("ServerRequest")
  // The JSON-RPC envelope (request, notification, response, error), for the client's reader and writer.
  adopt("JSONRPCMessage")

  const responseFor = (method: string, params: string | undefined): string => {
    const override = responseOverrides[method]
    if (override !== undefined) return override
    if (params === undefined || !params.endsWith("Params")) throw new Error(`no response rule for ${method}`)
    return `${params.slice(0, -"Params".length)}Response`
  }

  const stableClient = new Set(methodsOf(bundles.stableV2, "ClientRequest"))
  const clientRequests = defs.ClientRequest!.oneOf!.map((variant) => {
    const method = methodOf(variant)
    const result = responseFor(method, paramsRef(variant))
    adopt(result)
    return { method, variant, result, experimental: !stableClient.has(method) }
  })

  const stableNotifications = new Set(methodsOf(bundles.stableV2, "ServerNotification"))
  const notifications = defs.ServerNotification!.oneOf!.map((variant) => {
    const method = methodOf(variant)
    const params = paramsRef(variant)
    if (params === undefined) throw new Error(`notification ${method} has no params`)
    return { method, params, experimental: !stableNotifications.has(method) }
  })

  const stableServer = new Set(methodsOf(stableTop, "ServerRequest"))
  const serverRequests = defs.ServerRequest!.oneOf!.map((variant) => {
    const method = methodOf(variant)
    const params = paramsRef(variant)
    if (params === undefined) throw new Error(`server request ${method} has no params`)
    const response = responseFor(method, params)
    adopt(response)
    return { method, params, response, experimental: !stableServer.has(method) }
  })

  return { version: bundles.version, defs, clientRequests, notifications, serverRequests }
}

const refsOf = (node: unknown): ReadonlyArray<string> => {
  const out: Array<string> = []
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk)
    if (typeof n !== "object" || n === null) return
    for (const [k, v] of Object.entries(n)) {
      if (k === "$ref" && typeof v === "string") out.push(refName(v))
      else walk(v)
    }
  }
  walk(node)
  return out
}

// -----------------------------------------------------------------------------------------------
// emitting Schema and type source
// -----------------------------------------------------------------------------------------------

/** A schema expression and the TypeScript type it decodes to (the encoded type is the same). */
export interface Code {
  readonly schema: string
  readonly type: string
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/
const key = (name: string) => (identifier.test(name) ? name : JSON.stringify(name))

const comment = (text: string | undefined, indent: string): string => {
  if (text === undefined || text.trim() === "") return ""
  const lines = text.replace(/\*\//g, "*\\/").trim().split("\n")
  return `${indent}/**\n${lines.map((l) => `${indent} *${l.trim() === "" ? "" : ` ${l.trimEnd()}`}`).join("\n")}\n${indent} */\n`
}

const nullOr = (code: Code): Code => ({ schema: `Schema.NullOr(${code.schema})`, type: `${code.type} | null` })

const union = (codes: ReadonlyArray<Code>): Code => {
  if (codes.length === 1) return codes[0]!
  return { schema: `Schema.Union(${codes.map((c) => c.schema).join(", ")})`, type: codes.map((c) => c.type).join(" | ") }
}

const integerFormats32 = new Set(["int32", "uint32", "uint16", "uint8", "int16", "int8"])

const scalar = (type: string, format: string | undefined): Code => {
  switch (type) {
    case "string":
      return { schema: "Schema.String", type: "string" }
    case "boolean":
      return { schema: "Schema.Boolean", type: "boolean" }
    case "null":
      return { schema: "Schema.Null", type: "null" }
    case "number":
      return { schema: "Schema.Number", type: "number" }
    case "integer":
      // 8..32-bit integers are checked as integers; 64-bit ones decode as plain numbers, so a value
      // beyond 2^53 loses precision (as in JSON.parse) but never fails a whole message.
      return format !== undefined && integerFormats32.has(format)
        ? { schema: "Schema.Int", type: "number" }
        : { schema: "Schema.Number", type: "number" }
    case "array":
      return { schema: "Schema.Array(Schema.Unknown)", type: "ReadonlyArray<unknown>" }
    case "object":
      return looseObject
    default:
      throw new Error(`unsupported JSON Schema type ${type}`)
  }
}

const looseObject: Code = {
  schema: "Schema.Record({ key: Schema.String, value: Schema.Unknown })",
  type: "{ readonly [key: string]: unknown }"
}

const indentOf = (depth: number) => "  ".repeat(depth)

/**
 * How references to other definitions are written: in `schemas.ts` a schema refers to another
 * definition's memoized builder (`$Name()`), so that once built the graph has no `Suspend` node
 * and unions keep their tag index; elsewhere to the exported (lazy) schema and type.
 */
interface Refs {
  readonly schema: (name: string) => string
  readonly type: (name: string) => string
  /** An optional field (absent, never `undefined`). */
  readonly optional: (schema: string) => string
  /** Whether enums of several strings are open (`| (string & {})`): definitions only servers send. */
  readonly openEnums?: boolean
}

const localRefs: Refs = { schema: (name) => `$${name}()`, type: (name) => name, optional: (schema) => `optional(${schema})` }
const inboundRefs: Refs = { ...localRefs, openEnums: true }

/**
 * The definitions a client sends (request params, server-request responses) with everything they
 * use: their enums stay closed, so a typo in params fails to compile. The others only come from the
 * server: their enums are open (see {@link literalCode}).
 */
export const outboundDefinitions = (model: Model): ReadonlySet<string> => {
  const out = new Set<string>()
  const visit = (name: string) => {
    if (out.has(name) || model.defs[name] === undefined) return
    out.add(name)
    for (const ref of refsOf(model.defs[name])) visit(ref)
  }
  for (const request of model.clientRequests) for (const ref of refsOf(property(request.variant, "params") ?? {})) visit(ref)
  for (const request of model.serverRequests) visit(request.response)
  return out
}

/** Code for a schema node at nesting depth `depth` (for layout only). */
const codeOf = (node: Node | boolean, depth: number, refs: Refs = localRefs): Code => {
  if (typeof node === "boolean") return { schema: "Schema.Unknown", type: "unknown" }
  if (node.$ref !== undefined) {
    const name = refName(node.$ref)
    return { schema: refs.schema(name), type: refs.type(name) }
  }
  if (node.allOf !== undefined) {
    if (node.allOf.length !== 1) throw new Error("allOf with more than one member is not supported")
    return codeOf(node.allOf[0]!, depth, refs)
  }
  const alternatives = node.oneOf ?? node.anyOf
  if (alternatives !== undefined && node.properties !== undefined) {
    // Shared fields plus one of several variants (serde's flattened enums): each variant gets the
    // shared fields.
    return union(alternatives.map((alt) => objectCode(merge(node, resolveRef(alt)), depth, refs)))
  }
  if (alternatives !== undefined) {
    const nonNull = alternatives.filter((n) => n.type !== "null")
    const inner = union(nonNull.map((n) => codeOf(n, depth, refs)))
    return nonNull.length < alternatives.length ? nullOr(inner) : inner
  }
  if (node.enum !== undefined || node.const !== undefined) return literalCode(node.enum ?? [node.const], refs.openEnums === true)
  if (Array.isArray(node.type)) {
    const types = node.type as ReadonlyArray<string>
    const nonNull = types.filter((t) => t !== "null")
    const inner = union(nonNull.map((t) => codeOf({ ...node, type: t }, depth, refs)))
    return nonNull.length < types.length ? nullOr(inner) : inner
  }
  switch (node.type) {
    case "object":
      return objectCode(node, depth, refs)
    case "array": {
      if (Array.isArray(node.items)) {
        const items = (node.items as ReadonlyArray<Node>).map((n) => codeOf(n, depth, refs))
        return {
          schema: `Schema.Tuple(${items.map((c) => c.schema).join(", ")})`,
          type: `readonly [${items.map((c) => c.type).join(", ")}]`
        }
      }
      if (node.items === undefined) return scalar("array", undefined)
      const item = codeOf(node.items as Node, depth, refs)
      return { schema: `Schema.Array(${item.schema})`, type: `ReadonlyArray<${item.type}>` }
    }
    case undefined:
      return { schema: "Schema.Unknown", type: "unknown" }
    default:
      return scalar(node.type as string, node.format)
  }
}

/** The definitions being emitted, for `$ref`s that must be inlined (set by `generate`). */
let currentDefs: Definitions = {}

const resolveRef = (node: Node): Node => (node.$ref === undefined ? node : currentDefs[refName(node.$ref)] ?? node)

/**
 * A literal type: string, number and boolean values (a `null` among them makes it nullable).
 * `open`: an enum of several strings also accepts any other string, so a value a newer server
 * added passes through as itself (typed `"a" | "b" | (string & {})`, which keeps the known values
 * for completion and makes code handle the others). Single values (the tags of unions) stay closed.
 */
export const literalCode = (all: ReadonlyArray<unknown>, open = false): Code => {
  const values = all.filter((v) => v !== null)
  const bad = values.find((v) => !(typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))))
  if (bad !== undefined) throw new Error(`unsupported literal ${JSON.stringify(bad)}: only strings, finite numbers and booleans`)
  if (values.length === 0) return { schema: "Schema.Null", type: "null" }
  const literals = values.map((v) => JSON.stringify(v))
  const code = open && values.length > 1 && values.every((v) => typeof v === "string")
    ? { schema: `Schema.Union(Schema.Literal(${literals.join(", ")}), Schema.String)`, type: `${literals.join(" | ")} | (string & {})` }
    : { schema: `Schema.Literal(${literals.join(", ")})`, type: literals.join(" | ") }
  return values.length < all.length ? nullOr(code) : code
}

const merge = (base: Node, variant: Node): Node => ({
  type: "object",
  properties: { ...base.properties, ...variant.properties },
  required: [...(base.required ?? []), ...(variant.required ?? [])]
})

const objectCode = (node: Node, depth: number, refs: Refs): Code => {
  const properties = node.properties === undefined ? [] : Object.keys(node.properties).sort()
  const extra = node.additionalProperties
  if (properties.length === 0) {
    if (typeof extra === "object") {
      const value = codeOf(extra, depth, refs)
      return {
        schema: `Schema.Record({ key: Schema.String, value: ${value.schema} })`,
        type: `{ readonly [key: string]: ${value.type} }`
      }
    }
    return looseObject
  }
  if (typeof extra === "object") throw new Error("objects with both properties and a value schema are not supported")
  const required = new Set(node.required ?? [])
  const inner = indentOf(depth + 1)
  const fields: Array<string> = []
  const members: Array<string> = []
  for (const name of properties) {
    const prop = node.properties![name]!
    const code = codeOf(prop, depth + 1, refs)
    const optional = !required.has(name)
    fields.push(`${inner}${key(name)}: ${optional ? refs.optional(code.schema) : code.schema}`)
    members.push(`${comment(typeof prop === "boolean" ? undefined : prop.description, inner)}${inner}readonly ${key(name)}${optional ? "?" : ""}: ${code.type}`)
  }
  const close = indentOf(depth)
  return {
    schema: `Schema.Struct({\n${fields.join(",\n")}\n${close}})`,
    type: `{\n${members.join("\n")}\n${close}}`
  }
}

/** Definitions in dependency order (dependencies first), ties broken by name. */
const ordered = (defs: Definitions): ReadonlyArray<string> => {
  const out: Array<string> = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string) => {
    const s = state.get(name)
    if (s === "done") return
    if (s === "visiting") throw new Error(`recursive definition ${name} is not supported`)
    state.set(name, "visiting")
    const node = defs[name]
    if (node === undefined) throw new Error(`unknown definition ${name}`)
    for (const ref of [...new Set(refsOf(node))].sort()) visit(ref)
    state.set(name, "done")
    out.push(name)
  }
  for (const name of Object.keys(defs).sort()) visit(name)
  return out
}

const header = (version: string, what: string) =>
  `/**
 * ${what}
 *
 * Generated, do not edit: \`npm run generate\` writes this file from the output of
 * \`codex app-server generate-json-schema --experimental\` (${version}).
 *
 * @since 0.1.0
 */
/* eslint-disable */
`

const emitSchemas = (model: Model): string => {
  const parts: Array<string> = [
    header(model.version, "Effect Schemas for every definition of the Codex app-server v2 protocol."),
    `import { Schema } from "effect"

/*
 * Every schema is built on first use: each exported schema is a \`Schema.suspend\` of a memoized
 * builder (\`$Name\`), and builders call each other directly, so importing this module builds
 * nothing, a program pays only for the definitions it uses, and a built schema has no \`Suspend\`
 * inside (unions keep their index by tag).
 */
const lazy = <A>(identifier: string, build: () => Schema.Schema<A>): () => Schema.Schema<A> => {
  let schema: Schema.Schema<A> | undefined
  return () => schema ??= build().annotations({ identifier })
}
const exported = <A>(identifier: string, build: () => Schema.Schema<A>): Schema.Schema<A> =>
  Schema.suspend(build).annotations({ identifier })
const optional = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true })
`
  ]
  const outbound = outboundDefinitions(model)
  for (const name of ordered(model.defs)) {
    const node = model.defs[name]!
    const code = codeOf(node, 0, outbound.has(name) ? localRefs : inboundRefs)
    const isInterface = node.type === "object" && node.properties !== undefined && node.oneOf === undefined &&
      node.anyOf === undefined
    const doc = comment(`${node.description ?? `The \`${name}\` type of the app-server protocol.`}\n\n@since 0.1.0\n@category models`, "")
    const id = JSON.stringify(name)
    parts.push(
      `${doc}${isInterface ? `export interface ${name} ${code.type}` : `export type ${name} = ${code.type}`}\n` +
        `const $${name} = lazy(${id}, (): Schema.Schema<${name}> => ${code.schema})\n` +
        comment(`The schema of {@link ${name}}.\n\n@since 0.1.0\n@category schemas`, "") +
        `export const ${name}: Schema.Schema<${name}> = exported(${id}, $${name})\n`
    )
  }
  return parts.join("\n")
}

type Location = "turnId" | "turnId?" | "turn.id" | "sourceTurnId" | "none"

/** Where an id lives in a params object, read from its schema. */
const locate = (defs: Definitions, params: string, field: "turnId" | "threadId"): Location | string => {
  const node = defs[params]
  const props: Readonly<Record<string, Node>> = Object.fromEntries(
    Object.entries(node?.properties ?? {}).filter((e): e is [string, Node] => typeof e[1] !== "boolean")
  )
  const required = new Set(node?.required ?? [])
  const nullable = (n: Node) =>
    (Array.isArray(n.type) && n.type.includes("null")) || (n.anyOf?.some((a) => a.type === "null") ?? false)
  const direct = props[field]
  if (direct !== undefined) return required.has(field) && !nullable(direct) ? field : `${field}?`
  const source = field === "turnId" ? props.sourceTurnId : undefined
  if (source !== undefined) return required.has("sourceTurnId") && !nullable(source) ? "sourceTurnId" : "sourceTurnId?"
  const owner = field === "turnId" ? "turn" : "thread"
  const nested = props[owner]
  if (nested?.$ref !== undefined && required.has(owner)) {
    const target = defs[refName(nested.$ref)]
    if (target?.properties?.id !== undefined && (target.required ?? []).includes("id")) return `${owner}.id`
  }
  return "none"
}

const registryRefs: Refs = {
  schema: (name) => `S.${name}`,
  type: (name) => `S.${name}`,
  optional: () => {
    throw new Error("a registry entry with an inline object is not supported")
  }
}

const paramsCode = (variant: Node): { schema: string; optional: boolean } => {
  const params = property(variant, "params")
  if (params === undefined) return { schema: "Schema.Undefined", optional: true }
  const code = codeOf(params, 2, registryRefs)
  const optional = !(variant.required ?? []).includes("params") || code.type === "null" || code.type.endsWith(" | null")
  return { schema: code.schema, optional }
}

/** The bare version number of `codex --version` output (`codex-cli 0.169.0` -> `0.169.0`). */
export const versionNumber = (version: string): string => version.replace(/^codex-cli\s+/, "")

const emitVersion = (model: Model): string =>
  `${header(model.version, "The codex version the protocol was generated from: the one pinned version.")}
/**
 * The codex version these schemas were generated from (the pinned \`@openai/codex\`).
 *
 * @since 0.1.0
 * @category constants
 */
export const codexVersion = ${JSON.stringify(versionNumber(model.version))}
`

const emitRegistry = (model: Model): string => {
  const sorted = <A extends { method: string }>(xs: ReadonlyArray<A>) => [...xs].sort((a, b) => a.method.localeCompare(b.method, "en"))
  const client = sorted(model.clientRequests).map((r) => {
    const p = paramsCode(r.variant)
    return `  ${JSON.stringify(r.method)}: {\n    params: ${p.schema},\n    paramsOptional: ${p.optional},\n    result: S.${r.result},\n    experimental: ${r.experimental}\n  }`
  })
  const notifications = sorted(model.notifications).map((n) =>
    `  ${JSON.stringify(n.method)}: {\n    params: S.${n.params},\n    turnId: ${JSON.stringify(locate(model.defs, n.params, "turnId"))},\n    threadId: ${
      JSON.stringify(locate(model.defs, n.params, "threadId"))
    },\n    experimental: ${n.experimental}\n  }`
  )
  const server = sorted(model.serverRequests).map((r) =>
    `  ${JSON.stringify(r.method)}: {\n    params: S.${r.params},\n    response: S.${r.response},\n    turnId: ${
      JSON.stringify(locate(model.defs, r.params, "turnId"))
    },\n    threadId: ${JSON.stringify(locate(model.defs, r.params, "threadId"))},\n    experimental: ${r.experimental}\n  }`
  )
  return `${header(model.version, "Method registries of the Codex app-server v2 protocol.")}
import { Schema } from "effect"
import * as S from "./schemas.js"

export {
  /**
   * The codex version these schemas were generated from.
   *
   * @since 0.1.0
   * @category constants
   */
  codexVersion
} from "./version.js"

/**
 * Every client-to-server request: params schema, result schema, whether params may be omitted,
 * and whether the method needs the \`experimentalApi\` capability.
 *
 * @since 0.1.0
 * @category registries
 */
export const ClientRequests = {
${client.join(",\n")}
} as const

/**
 * Every server-to-client notification: params schema and where its turn and thread ids live
 * (\`turnId\`, \`turn.id\`, \`sourceTurnId\`; a trailing \`?\` when the id may be missing; \`none\`).
 *
 * @since 0.1.0
 * @category registries
 */
export const ServerNotifications = {
${notifications.join(",\n")}
} as const

/**
 * Every server-to-client request (approvals, user input, dynamic tools, ...): params and
 * response schemas, and where the turn and thread ids live.
 *
 * @since 0.1.0
 * @category registries
 */
export const ServerRequests = {
${server.join(",\n")}
} as const
`
}

/** All generated files for the given bundles. */
export const generate = (bundles: Bundles): ReadonlyArray<GeneratedFile> => {
  const model = buildModel(bundles)
  currentDefs = model.defs
  return [
    { name: "schemas.ts", text: emitSchemas(model) },
    { name: "registry.ts", text: emitRegistry(model) },
    { name: "version.ts", text: emitVersion(model) }
  ]
}

/** Writes the generated files into `dir` (created if needed), replacing what was there. */
export const writeFiles = (dir: string, files: ReadonlyArray<GeneratedFile>): void => {
  Fs.rmSync(dir, { recursive: true, force: true })
  Fs.mkdirSync(dir, { recursive: true })
  for (const file of files) Fs.writeFileSync(Path.join(dir, file.name), file.text)
}
