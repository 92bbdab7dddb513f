import { assert, describe, it } from "@effect/vitest"
import * as CodexBinary from "../src/CodexBinary.js"
import { Effect, Either, Schema } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { generate, literalCode, readBundles, responseOverrides } from "../scripts/generator.js"
import * as Registry from "../src/Registry.js"
import * as Schemas from "../src/Schemas.js"

const generatedDir = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "../src/generated")

const bundles = Effect.runSync(CodexBinary.resolve().pipe(Effect.map((binary) => readBundles(binary.path))))

const methods = (definitions: unknown, union: string): ReadonlyArray<string> =>
  ((definitions as Record<string, { oneOf: ReadonlyArray<{ properties: { method: { enum: [string] } } }> }>)[union]!)
    .oneOf.map((variant) => variant.properties.method.enum[0])

describe("generated protocol", () => {
  it("is generated from the pinned binary", () => {
    assert.strictEqual(bundles.version, `codex-cli ${CodexBinary.pinnedVersion}`)
    assert.strictEqual(Registry.codexVersion, CodexBinary.pinnedVersion)
  })

  it("matches what the generator writes today, byte for byte", () => {
    const files = generate(bundles)
    assert.deepStrictEqual(
      // client.ts is written after these by scripts/client.ts (test/client.test.ts checks it)
      Fs.readdirSync(generatedDir).filter((name) => name !== "client.ts").sort(),
      files.map((f) => f.name).sort(),
      "the set of generated files changed: run `npm run generate`"
    )
    for (const file of files) {
      const checkedIn = Fs.readFileSync(Path.join(generatedDir, file.name), "utf8")
      assert.isTrue(checkedIn === file.text, `${file.name} drifted from the generator: run \`npm run generate\``)
    }
  })

  it("has a registry entry for every method the binary knows", () => {
    const top = bundles.top as Record<string, unknown>
    assert.deepStrictEqual(Object.keys(Registry.ClientRequests).sort(), [...methods(bundles.v2, "ClientRequest")].sort())
    assert.deepStrictEqual(
      Object.keys(Registry.ServerNotifications).sort(),
      [...methods(bundles.v2, "ServerNotification")].sort()
    )
    assert.deepStrictEqual(Object.keys(Registry.ServerRequests).sort(), [...methods(top, "ServerRequest")].sort())
  })

  it("gives every request a result schema, and every override names a real definition", () => {
    const exported = Schemas as Record<string, unknown>
    for (const name of Object.values(responseOverrides)) assert.isDefined(exported[name], name)
    for (const [method, entry] of Object.entries(Registry.ClientRequests)) {
      assert.isDefined(entry.result, method)
      assert.isDefined(entry.params, method)
    }
    for (const [method, entry] of Object.entries(Registry.ServerRequests)) assert.isDefined(entry.response, method)
  })

  it("marks experimental methods by comparing with the stable schema", () => {
    const stable = new Set(methods(bundles.stableV2, "ClientRequest"))
    for (const [method, entry] of Object.entries(Registry.ClientRequests)) {
      assert.strictEqual(entry.experimental, !stable.has(method), method)
    }
    assert.isFalse(Registry.ClientRequests["thread/start"].experimental)
    assert.isTrue(Registry.ClientRequests["mock/experimentalMethod"].experimental)
  })

  it("knows where the turn id lives, from the schema", () => {
    assert.strictEqual(Registry.ServerNotifications["turn/started"].turnId, "turn.id")
    assert.strictEqual(Registry.ServerNotifications["turn/completed"].turnId, "turn.id")
    assert.strictEqual(Registry.ServerNotifications["item/agentMessage/delta"].turnId, "turnId")
    assert.strictEqual(Registry.ServerNotifications["thread/tokenUsage/updated"].turnId, "turnId")
    assert.strictEqual(Registry.ServerNotifications["error"].turnId, "turnId")
    assert.strictEqual(Registry.ServerNotifications["thread/prediction/updated"].turnId, "sourceTurnId")
    assert.strictEqual(Registry.ServerNotifications["thread/started"].turnId, "none")
    assert.strictEqual(Registry.ServerNotifications["serverRequest/resolved"].turnId, "none")
    assert.strictEqual(Registry.ServerRequests["item/commandExecution/requestApproval"].turnId, "turnId")
    // "none" exactly when the params definition has no turn id field at its top level
    const defs = bundles.v2 as Record<string, { properties?: Record<string, unknown> }>
    const variants = (defs["ServerNotification"] as unknown as {
      oneOf: ReadonlyArray<{ properties: { method: { enum: [string] }; params: { $ref: string } } }>
    }).oneOf
    for (const variant of variants) {
      const method = variant.properties.method.enum[0] as keyof typeof Registry.ServerNotifications
      const params = defs[variant.properties.params.$ref.split("/").pop()!]!
      const fields = Object.keys(params.properties ?? {})
      const hasTurn = ["turnId", "turn", "sourceTurnId"].some((f) => fields.includes(f))
      assert.strictEqual(Registry.ServerNotifications[method].turnId === "none", !hasTurn, method)
    }
  })

  it("generates string, number and boolean literals, nullable when the enum has null", () => {
    assert.deepStrictEqual(literalCode(["a", "b"]), { schema: `Schema.Literal("a", "b")`, type: `"a" | "b"` })
    assert.deepStrictEqual(literalCode([1]), { schema: "Schema.Literal(1)", type: "1" })
    assert.deepStrictEqual(literalCode([true, null]), { schema: "Schema.NullOr(Schema.Literal(true))", type: "true | null" })
    assert.throws(() => literalCode([{ a: 1 }]), /unsupported literal/)
    assert.throws(() => literalCode([Number.NaN]), /unsupported literal/)
    // open: several strings also accept any other string; single values (tags) stay closed
    assert.deepStrictEqual(literalCode(["a", "b"], true), {
      schema: `Schema.Union(Schema.Literal("a", "b"), Schema.String)`,
      type: `"a" | "b" | (string & {})`
    })
    assert.deepStrictEqual(literalCode(["tag"], true), { schema: `Schema.Literal("tag")`, type: `"tag"` })
  })

  it("opens the enums only servers send (a newer value passes as itself), keeps those clients send closed", () => {
    const decode = (schema: Schema.Schema<unknown>, u: unknown) => Either.getOrUndefined(Schema.decodeUnknownEither(schema)(u))
    assert.strictEqual(decode(Schemas.TurnStatus as Schema.Schema<unknown>, "pausedByANewerServer"), "pausedByANewerServer")
    assert.strictEqual(decode(Schemas.TurnStatus as Schema.Schema<unknown>, "completed"), "completed")
    assert.isUndefined(decode(Schemas.TurnStatus as Schema.Schema<unknown>, 3))
    // SandboxMode is in thread/start params: a typo must not compile nor encode
    assert.isUndefined(decode(Schemas.SandboxMode as Schema.Schema<unknown>, "read-olny"))
    const item = {
      type: "agentMessage",
      id: "i1",
      text: "hi",
      phase: "final_answer"
    }
    assert.isDefined(decode(Schemas.ThreadItem as Schema.Schema<unknown>, item))
  })

  it("reads ids without decoding", () => {
    assert.strictEqual(Registry.idAt("turn.id", { turn: { id: "t1" } }), "t1")
    assert.strictEqual(Registry.idAt("turnId", { turnId: "t2" }), "t2")
    assert.strictEqual(Registry.idAt("turnId?", { turnId: null }), undefined)
    assert.strictEqual(Registry.idAt("sourceTurnId", { sourceTurnId: "t3" }), "t3")
    assert.strictEqual(Registry.idAt("none", { turnId: "t4" }), undefined)
    assert.strictEqual(Registry.idAt("turn.id", null), undefined)
    assert.strictEqual(Registry.idAt("turn.id", { turn: 3 }), undefined)
  })
})
