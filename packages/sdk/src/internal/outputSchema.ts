/**
 * Output schemas in the subset OpenAI's strict structured outputs accept (codex sends the
 * schema with `strict: true`): an object root, every object closed (`additionalProperties:
 * false`) with every property in `required`, known types, `anyOf` as the only composition, local
 * `$ref`s into `$defs`.
 *
 * - An Effect `Schema` is made into a JSON Schema and normalized: the root `$ref` is inlined,
 *   `$schema` dropped, optional properties made required and nullable (a `null` the model writes
 *   for one is decoded back to an absent field), keywords outside the subset dropped (the
 *   Schema's own decoding still checks them).
 * - A raw JSON Schema is checked against the same structural rules and sent as it is.
 *
 * What cannot be expressed fails with `InvalidParams` before anything is sent. Plain TypeScript.
 *
 * @internal
 */
import { JSONSchema, Schema, SchemaAST } from "effect"
import { ErrorCode, InvalidParams } from "../Errors.js"

type Json = Record<string, unknown>
type Restore = (value: unknown) => unknown

/** The normalized schema, and how to undo the normalization on a decoded answer. @internal */
export interface Prepared {
  readonly jsonSchema: Json
  /** Drops the `null`s written for optional fields (identity for raw schemas). */
  readonly restore: Restore
}

const types = new Set(["string", "number", "integer", "boolean", "object", "array", "null"])
/** The keywords an Effect Schema's JSON Schema keeps (the documented strict subset). */
const kept = new Set([
  "type",
  "description",
  "title",
  "enum",
  "const",
  "anyOf",
  "$ref",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "pattern",
  "format",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "minItems",
  "maxItems"
])
/** Keywords with no strict form, whichever way the schema was made. */
const unsupported = [
  "allOf",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
  "patternProperties",
  "dependentSchemas",
  "dependentRequired",
  "prefixItems",
  "unevaluatedProperties"
]

const isRecord = (u: unknown): u is Json => typeof u === "object" && u !== null && !Array.isArray(u)

const invalid = (message: string) =>
  new InvalidParams({ method: "turn/start", code: ErrorCode.InvalidParams, message: `outputSchema: ${message}` })

class Normalizer {
  readonly issues: Array<string> = []
  private readonly defs: Json
  private readonly defsKey: "$defs" | "definitions"
  private readonly out = new Map<string, Json>()
  private readonly restores = new Map<string, Restore | undefined>()
  private readonly inProgress = new Set<string>()

  constructor(readonly root: Json, readonly repair: boolean) {
    const defs = isRecord(root["$defs"]) ? root["$defs"] : isRecord(root["definitions"]) ? root["definitions"] : {}
    this.defs = defs
    this.defsKey = isRecord(root["$defs"]) || !isRecord(root["definitions"]) ? "$defs" : "definitions"
  }

  issue(path: string, message: string): void {
    this.issues.push(`${path === "" ? "the root" : path}: ${message}`)
  }

  refName(ref: unknown, path: string): string | undefined {
    const match = typeof ref === "string" ? /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref) : null
    const name = match?.[2]?.replace(/~1/g, "/").replace(/~0/g, "~")
    if (name === undefined || !(name in this.defs)) {
      this.issue(path, `$ref ${JSON.stringify(ref)} does not point into $defs`)
      return undefined
    }
    return name
  }

  /** The normalized definition `name` (normalized once; recursion allowed). */
  def(name: string): Json {
    const done = this.out.get(name)
    if (done !== undefined || this.inProgress.has(name)) return done ?? {}
    this.inProgress.add(name)
    const [json, restore] = this.node(this.defs[name], `/${this.defsKey}/${name}`)
    this.out.set(name, json)
    this.restores.set(name, restore)
    this.inProgress.delete(name)
    return json
  }

  /** The schema a node stands for, through `$ref`s. */
  resolve(json: Json): Json {
    const seen = new Set<string>()
    let current = json
    while (typeof current["$ref"] === "string") {
      const name = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(current["$ref"])?.[1]
      if (name === undefined || seen.has(name)) return current
      seen.add(name)
      current = this.out.get(name) ?? (isRecord(this.defs[name]) ? this.defs[name] : {})
    }
    return current
  }

  admitsNull(json: Json): boolean {
    const node = this.resolve(json)
    if (node["type"] === "null" || (Array.isArray(node["type"]) && node["type"].includes("null"))) return true
    if (Array.isArray(node["enum"]) && node["enum"].includes(null)) return true
    if ("const" in node && node["const"] === null) return true
    return Array.isArray(node["anyOf"]) && node["anyOf"].some((b) => isRecord(b) && this.admitsNull(b))
  }

  nullable(json: Json): Json {
    if (typeof json["type"] === "string" && !("enum" in json) && !("const" in json) && !("$ref" in json)) {
      return { ...json, type: [json["type"], "null"] }
    }
    if (Array.isArray(json["anyOf"]) && Object.keys(json).every((k) => k === "anyOf" || k === "description" || k === "title")) {
      return { ...json, anyOf: [...json["anyOf"], { type: "null" }] }
    }
    return { anyOf: [json, { type: "null" }] }
  }

  /** The schema objects on the path being normalized: one seen again is a cycle. */
  private readonly onPath = new Set<object>()

  node(schema: unknown, path: string): [Json, Restore | undefined] {
    if (!isRecord(schema)) {
      this.issue(path, `${JSON.stringify(schema) ?? String(schema)} is not a JSON Schema object`)
      return [{}, undefined]
    }
    if (this.onPath.has(schema)) {
      this.issue(path, "the schema contains itself (a cycle of objects): for a recursive type, use a $ref into $defs")
      return [{}, undefined]
    }
    this.onPath.add(schema)
    try {
      return this.nodeOf(schema, path)
    } finally {
      this.onPath.delete(schema)
    }
  }

  private nodeOf(schema: Json, path: string): [Json, Restore | undefined] {
    for (const key of unsupported) {
      if (key in schema) this.issue(path, `\`${key}\` has no strict form${key === "oneOf" ? " (use anyOf)" : ""}`)
    }
    const json: Json = {}
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$schema" || key === "$id" || key === "$comment" || key === "$defs" || key === "definitions") continue
      if (this.repair && !kept.has(key)) continue
      json[key] = value
    }

    if ("$ref" in schema) {
      const name = this.refName(schema["$ref"], path)
      if (name === undefined) return [json, undefined]
      this.def(name)
      return [json, (value) => (this.restores.get(name) ?? identity)(value)]
    }

    if ("anyOf" in schema) {
      if (!Array.isArray(schema["anyOf"]) || schema["anyOf"].length === 0) {
        this.issue(path, "`anyOf` must be a non-empty list")
        return [json, undefined]
      }
      const branches = schema["anyOf"].map((branch, i) => this.node(branch, `${path}/anyOf/${i}`))
      json["anyOf"] = branches.map(([b]) => b)
      if (branches.every(([, r]) => r === undefined)) return [json, undefined]
      return [json, (value) => {
        const branch = this.pick(branches, value)
        return branch?.[1] === undefined ? value : branch[1](value)
      }]
    }

    const type = schema["type"]
    const typeList = Array.isArray(type) ? type : type === undefined ? [] : [type]
    for (const t of typeList) {
      if (typeof t !== "string" || !types.has(t)) this.issue(path, `unknown type ${JSON.stringify(t)}`)
    }
    if (typeList.length === 0 && !("enum" in schema) && !("const" in schema)) {
      this.issue(path, "a value of any type has no strict form (give it a type)")
      return [json, undefined]
    }
    if (typeList.includes("object")) return this.object(schema, json, path)
    if (typeList.includes("array")) {
      const items = schema["items"]
      if (Array.isArray(items)) {
        this.issue(path, "a tuple has no strict form (use a Struct, or an array of one type)")
        return [json, undefined]
      }
      if (items === undefined) {
        this.issue(path, "an array needs `items`")
        return [json, undefined]
      }
      const [itemJson, restore] = this.node(items, `${path}/items`)
      json["items"] = itemJson
      return [json, restore === undefined ? undefined : (value) => (Array.isArray(value) ? value.map(restore) : value)]
    }
    return [json, undefined]
  }

  object(schema: Json, json: Json, path: string): [Json, Restore | undefined] {
    const properties = isRecord(schema["properties"]) ? schema["properties"] : {}
    const required = new Set(Array.isArray(schema["required"]) ? schema["required"].filter((k) => typeof k === "string") : [])
    const additional = schema["additionalProperties"]
    if (additional !== false) {
      if (additional !== undefined && additional !== true) {
        this.issue(path, "an object with arbitrary keys (a Record) has no strict form (use an array of entries)")
      } else if (!this.repair) {
        this.issue(path, "an object needs `additionalProperties: false`")
      }
    }
    // no prototype: a property named `__proto__` is a property like any other
    const outProperties: Json = Object.create(null) as Json
    const strip: Array<string> = []
    const restores: Array<readonly [string, Restore]> = []
    for (const [key, value] of Object.entries(properties)) {
      const [propJson, restore] = this.node(value, `${path}/properties/${key}`)
      if (required.has(key)) {
        outProperties[key] = propJson
      } else if (!this.repair) {
        this.issue(path, `property "${key}" must be in \`required\` (make it nullable instead of optional)`)
        outProperties[key] = propJson
      } else if (this.admitsNull(propJson)) {
        outProperties[key] = propJson
      } else {
        outProperties[key] = this.nullable(propJson)
        strip.push(key)
      }
      if (restore !== undefined) restores.push([key, restore])
    }
    for (const key of required) {
      // strict mode needs a schema for every property (Effect's JSON Schema loses one named `__proto__`)
      if (!Object.hasOwn(properties, key)) this.issue(path, `property "${key}" is required but has no schema`)
    }
    json["properties"] = outProperties
    json["required"] = Object.keys(outProperties)
    json["additionalProperties"] = false
    if (!("type" in json)) json["type"] = "object"
    if (strip.length === 0 && restores.length === 0) return [json, undefined]
    return [json, (value) => {
      if (!isRecord(value)) return value
      const out: Json = { ...value }
      for (const key of strip) if (out[key] === null) delete out[key]
      for (const [key, restore] of restores) if (key in out) out[key] = restore(out[key])
      return out
    }]
  }

  /** The `anyOf` branch a decoded value was written for. */
  pick(branches: ReadonlyArray<[Json, Restore | undefined]>, value: unknown): [Json, Restore | undefined] | undefined {
    const kind = value === null ? "null" : Array.isArray(value) ? "array" : typeof value
    const typeOf = (json: Json) => {
      const t = json["type"]
      return Array.isArray(t) ? t : [t]
    }
    if (kind === "object") {
      const record = value as Json
      const keys = Object.keys(record).sort().join("\u0000")
      const exact = branches.filter(([b]) => {
        const node = this.resolve(b)
        return typeOf(node).includes("object") && isRecord(node["properties"]) &&
          Object.keys(node["properties"]).sort().join("\u0000") === keys
      })
      // among branches with the same keys, the one whose tags (single-value `enum` / `const`) match
      const tagged = exact.find(([b]) => {
        const properties = this.resolve(b)["properties"] as Json
        return Object.entries(properties).every(([key, property]) => {
          if (!isRecord(property)) return true
          const node = this.resolve(property)
          if ("const" in node) return node["const"] === record[key]
          if (Array.isArray(node["enum"]) && node["enum"].length === 1) return node["enum"][0] === record[key]
          return true
        })
      })
      if (tagged !== undefined || exact.length > 0) return tagged ?? exact[0]
    }
    return branches.find(([b]) => {
      const t = typeOf(this.resolve(b))
      return t.includes(kind) || (kind === "number" && t.includes("integer")) || "anyOf" in this.resolve(b)
    })
  }

  /** The whole schema: the root inlined, the definitions it uses under `$defs`. */
  run(): Json {
    let rootSchema: unknown = this.root
    const rootRef = this.root["$ref"]
    if (typeof rootRef === "string") {
      const name = this.refName(rootRef, "")
      if (name === undefined) return {}
      rootSchema = { ...(this.defs[name] as Json), ...Object.fromEntries(Object.entries(this.root).filter(([k]) => k !== "$ref")) }
    }
    const [json, restore] = this.node(rootSchema, "")
    this.rootRestore = restore
    const node = this.resolve(json)
    if (!(node["type"] === "object" || (Array.isArray(node["type"]) && node["type"].length === 1 && node["type"][0] === "object"))) {
      this.issue("", "the root must be an object (a Struct or a Class)")
    }
    // the definitions still referenced from the root, transitively
    const used = new Set<string>()
    const seen = new WeakSet<object>()
    const visit = (u: unknown): void => {
      if (typeof u !== "object" || u === null || seen.has(u)) return
      seen.add(u)
      if (Array.isArray(u)) return u.forEach(visit)
      if (!isRecord(u)) return
      const name = typeof u["$ref"] === "string" ? /^#\/(?:\$defs|definitions)\/(.+)$/.exec(u["$ref"])?.[1] : undefined
      if (name !== undefined && !used.has(name)) {
        used.add(name)
        visit(this.out.get(name))
      }
      for (const value of Object.values(u)) visit(value)
    }
    visit(json)
    if (used.size === 0) return json
    return { ...json, [this.defsKey]: Object.fromEntries([...used].sort().map((name) => [name, this.out.get(name) ?? {}])) }
  }

  rootRestore: Restore | undefined
}

const identity: Restore = (value) => value

const finish = (normalizer: Normalizer, json: Json): Prepared | InvalidParams =>
  normalizer.issues.length > 0
    ? invalid(`cannot be used with strict structured output: ${normalizer.issues.join("; ")}`)
    : { jsonSchema: json, restore: normalizer.rootRestore ?? identity }

/** `JSONSchema.make`'s error, on one line: what is missing, where, and for which type. */
const describeJsonSchemaError = (message: string): string => {
  const lines = message.split("\n")
  const path = lines.find((line) => line.startsWith("at path: "))
  const type = lines.find((line) => line.startsWith("schema ("))
  const parts = [lines[0], path, type === undefined ? undefined : `for ${type.replace(/^schema \([^)]*\): /, "")}`]
  const hint = type !== undefined && /\bbigint\b/.test(type) ? " (Schema.BigInt, a bigint written as a string, has one)" : ""
  return `${parts.filter((p) => p !== undefined && p !== "").join(" ")}${hint}`
}

/** Normalizes an Effect Schema's JSON Schema to the strict subset. @internal */
export const fromSchema = (schema: Schema.Schema<any, any, any>): Prepared | InvalidParams => {
  const ast = SchemaAST.encodedAST(schema.ast)
  if (SchemaAST.isTypeLiteral(ast) && ast.propertySignatures.length === 0 && ast.indexSignatures.length === 0) {
    return invalid("an empty Struct has no strict form (it stands for any non-null value): give the output at least one field")
  }
  let made: Json
  try {
    made = JSONSchema.make(schema) as unknown as Json
  } catch (error) {
    return invalid(`the Schema has no JSON Schema form: ${error instanceof Error ? describeJsonSchemaError(error.message) : String(error)}`)
  }
  const normalizer = new Normalizer(made, true)
  return finish(normalizer, normalizer.run())
}

/** Checks a raw JSON Schema against the strict rules; sends it as it is (without `$schema`). @internal */
export const fromJson = (schema: unknown): Prepared | InvalidParams => {
  if (!isRecord(schema)) return invalid(`${JSON.stringify(schema) ?? String(schema)} is not a JSON Schema object`)
  const normalizer = new Normalizer(schema, false)
  // the checked schema, its root inlined (a root `$ref` is not an object for the strict API)
  const json = normalizer.run()
  if (normalizer.issues.length > 0) return finish(normalizer, {})
  return { jsonSchema: json, restore: identity }
}

/** Either kind of output schema. @internal */
export const prepare = (schema: unknown): Prepared | InvalidParams =>
  Schema.isSchema(schema) ? fromSchema(schema) : fromJson(schema)
