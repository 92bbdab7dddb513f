import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Effect, Schema, Stream } from "effect"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as Inputs from "../src/Inputs.js"
import * as OutputSchema from "../src/internal/outputSchema.js"
import * as Thread from "../src/Thread.js"
import { setup } from "./utils/setup.js"

const Script = FakeResponses.Script

class Person extends Schema.Class<Person>("Person")({ name: Schema.String, age: Schema.optional(Schema.Number) }) {}

const UserId = Schema.String.pipe(Schema.brand("UserId"))

/** Schemas and the exact JSON Schema sent for each (OpenAI's strict subset). */
const table: ReadonlyArray<readonly [string, Schema.Schema<any, any>, unknown]> = [
  [
    "Struct",
    Schema.Struct({ a: Schema.String, b: Schema.Number }),
    {
      type: "object",
      required: ["a", "b"],
      properties: { a: { type: "string" }, b: { type: "number" } },
      additionalProperties: false
    }
  ],
  [
    "Class (root inlined, no $ref, $defs or $schema)",
    Person,
    {
      type: "object",
      required: ["name", "age"],
      properties: { name: { type: "string" }, age: { type: ["number", "null"] } },
      additionalProperties: false
    }
  ],
  [
    "optional (required and nullable)",
    Schema.Struct({ a: Schema.optional(Schema.String) }),
    { type: "object", required: ["a"], properties: { a: { type: ["string", "null"] } }, additionalProperties: false }
  ],
  [
    "nullable",
    Schema.Struct({ a: Schema.NullOr(Schema.String) }),
    {
      type: "object",
      required: ["a"],
      properties: { a: { anyOf: [{ type: "string" }, { type: "null" }] } },
      additionalProperties: false
    }
  ],
  [
    "union and literals",
    Schema.Struct({ a: Schema.Union(Schema.String, Schema.Number), k: Schema.Literal("x", "y") }),
    {
      type: "object",
      required: ["a", "k"],
      properties: { a: { anyOf: [{ type: "string" }, { type: "number" }] }, k: { type: "string", enum: ["x", "y"] } },
      additionalProperties: false
    }
  ],
  [
    "tagged union with an optional field",
    Schema.Struct({
      s: Schema.Union(
        Schema.TaggedStruct("A", { x: Schema.String }),
        Schema.TaggedStruct("B", { y: Schema.optional(Schema.Number) })
      )
    }),
    {
      type: "object",
      required: ["s"],
      properties: {
        s: {
          anyOf: [
            {
              type: "object",
              required: ["_tag", "x"],
              properties: { _tag: { type: "string", enum: ["A"] }, x: { type: "string" } },
              additionalProperties: false
            },
            {
              type: "object",
              required: ["_tag", "y"],
              properties: { _tag: { type: "string", enum: ["B"] }, y: { type: ["number", "null"] } },
              additionalProperties: false
            }
          ]
        }
      },
      additionalProperties: false
    }
  ],
  [
    "array of structs",
    Schema.Struct({ a: Schema.Array(Schema.Struct({ x: Schema.String })) }),
    {
      type: "object",
      required: ["a"],
      properties: {
        a: {
          type: "array",
          items: { type: "object", required: ["x"], properties: { x: { type: "string" } }, additionalProperties: false }
        }
      },
      additionalProperties: false
    }
  ],
  [
    "brand",
    Schema.Struct({ id: UserId }),
    { type: "object", required: ["id"], properties: { id: { type: "string" } }, additionalProperties: false }
  ],
  [
    "Date (a string, in $defs)",
    Schema.Struct({ at: Schema.Date }),
    {
      type: "object",
      required: ["at"],
      properties: { at: { $ref: "#/$defs/Date" } },
      additionalProperties: false,
      $defs: { Date: { type: "string", description: "a string to be decoded into a Date" } }
    }
  ],
  [
    "a Class inside a Struct (kept in $defs, normalized)",
    Schema.Struct({ p: Person }),
    {
      type: "object",
      required: ["p"],
      properties: { p: { $ref: "#/$defs/Person" } },
      additionalProperties: false,
      $defs: {
        Person: {
          type: "object",
          required: ["name", "age"],
          properties: { name: { type: "string" }, age: { type: ["number", "null"] } },
          additionalProperties: false
        }
      }
    }
  ]
]

/** Schemas that cannot be sent, and a part of the message each fails with. */
const refused: ReadonlyArray<readonly [string, unknown, string]> = [
  ["record", Schema.Struct({ a: Schema.Record({ key: Schema.String, value: Schema.Number }) }), "a Record"],
  [
    "bigint (no JSON Schema form)",
    Schema.Struct({ n: Schema.BigIntFromSelf }),
    "no JSON Schema form: Missing annotation at path: [\"n\"] for bigint (Schema.BigInt, a bigint written as a string, has one)"
  ],
  ["unknown", Schema.Struct({ u: Schema.Unknown }), "any type"],
  ["a root that is not an object", Schema.Array(Schema.String), "the root must be an object"],
  ["tuple", Schema.Struct({ t: Schema.Tuple(Schema.String, Schema.Number) }), "a tuple"],
  ["raw: unknown type", { type: "bogus" }, "unknown type \"bogus\""],
  ["raw: not an object", 42, "42 is not a JSON Schema object"],
  ["raw: open object", { type: "object", properties: { a: { type: "string" } }, required: ["a"] }, "additionalProperties: false"],
  [
    "raw: optional property",
    { type: "object", properties: { a: { type: "string" } }, required: [], additionalProperties: false },
    "property \"a\" must be in `required`"
  ],
  ["raw: oneOf", { type: "object", properties: { a: { oneOf: [{ type: "string" }] } }, required: ["a"], additionalProperties: false }, "use anyOf"],
  ["an empty Struct", Schema.Struct({}), "an empty Struct has no strict form"],
  // Effect's JSON Schema keeps it in `required` and loses its schema: refused rather than sent without it
  ["a field named __proto__", Schema.Struct({ ["__proto__"]: Schema.String, n: Schema.Number }), "property \"__proto__\" is required but has no schema"],
  [
    "raw: a required property without a schema",
    { type: "object", properties: { a: { type: "string" } }, required: ["a", "b"], additionalProperties: false },
    "property \"b\" is required but has no schema"
  ]
]

describe("output schemas in the strict subset (no server)", () => {
  for (const [name, schema, expected] of table) {
    it(`${name}: the exact JSON Schema`, () => {
      const prepared = OutputSchema.prepare(schema)
      assert("jsonSchema" in prepared, "message" in prepared ? prepared.message : "")
      assert.deepStrictEqual(prepared.jsonSchema, expected)
    })
  }
  for (const [name, schema, message] of refused) {
    it(`${name}: InvalidParams`, () => {
      const prepared = OutputSchema.prepare(schema)
      assert(!("jsonSchema" in prepared))
      assert.strictEqual(prepared._tag, "InvalidParams")
      assert.include(prepared.message, message)
    })
  }
  it("decoding back: a null for an optional field is dropped in the union branch the answer was written for", () => {
    const Shape = Schema.Struct({
      s: Schema.Union(
        Schema.TaggedStruct("A", { x: Schema.optional(Schema.String) }),
        Schema.TaggedStruct("B", { x: Schema.NullOr(Schema.String) })
      ),
      list: Schema.Array(Person)
    })
    const prepared = OutputSchema.prepare(Shape)
    assert("jsonSchema" in prepared)
    const decode = Schema.decodeUnknownSync(Shape)
    const a = decode(prepared.restore({ s: { _tag: "A", x: null }, list: [{ name: "Ada", age: null }] }))
    assert.deepStrictEqual(a.s, { _tag: "A" })
    assert.isFalse("age" in a.list[0]!)
    const b = decode(prepared.restore({ s: { _tag: "B", x: null }, list: [] }))
    assert.deepStrictEqual(b.s, { _tag: "B", x: null })
  })

  it("a valid raw schema is sent as it is, without $schema", () => {
    const raw = { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false }
    const prepared = OutputSchema.prepare({ $schema: "http://json-schema.org/draft-07/schema#", ...raw })
    assert("jsonSchema" in prepared)
    assert.deepStrictEqual(prepared.jsonSchema, raw)
  })

  it("a raw schema whose root is a $ref is sent with its root inlined (the strict API needs an object root)", () => {
    const A = { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false }
    const prepared = OutputSchema.prepare({ $ref: "#/$defs/A", $defs: { A } })
    assert("jsonSchema" in prepared, "message" in prepared ? prepared.message : "")
    assert.deepStrictEqual(prepared.jsonSchema, A)
  })

  it("a raw schema that contains itself (a cycle of objects) is InvalidParams, not a stack overflow", () => {
    const circular: Record<string, unknown> = { type: "object", properties: {}, required: ["self"], additionalProperties: false }
    ;(circular.properties as Record<string, unknown>).self = circular
    const prepared = OutputSchema.prepare(circular)
    assert(!("jsonSchema" in prepared))
    assert.include(prepared.message, "contains itself")
  })
})

/** The JSON Schema the model was given in the last request (`text.format.schema`). */
const sentSchema = (fake: FakeResponses.FakeResponses["Type"]) =>
  Effect.map(fake.requests, (bodies) => {
    const body = bodies[bodies.length - 1] as { text?: { format?: { schema?: unknown; strict?: unknown } } }
    return body.text?.format
  })

describe("structured output and input checks against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true })((it) => {
    it.effect("sends the normalized schema with strict: true and decodes null back to an absent field", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(
          Script.text(JSON.stringify({ name: "Ada", age: null })),
          Script.text(JSON.stringify({ p: { name: "Alan", age: 41 } }))
        )
        const thread = yield* codex.threadStart()
        const result = yield* thread.run("Who?", { outputSchema: Person })
        const format = yield* sentSchema(fake)
        assert.deepStrictEqual(format?.schema, table[1]![2])
        assert.strictEqual(format?.strict, true)
        assert.instanceOf(result.output, Person)
        assert.strictEqual(result.output.name, "Ada")
        assert.isFalse("age" in result.output)

        const nested = yield* thread.run("And?", { outputSchema: Schema.Struct({ p: Person }) })
        assert.deepStrictEqual((yield* sentSchema(fake))?.schema, table[9]![2])
        assert.strictEqual(nested.output.p.age, 41)
      }))

    it.effect("a streamed turn with a Class schema ends with the typed output", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text(JSON.stringify({ name: "Grace", age: null })))
        const thread = yield* codex.threadStart()
        const done = yield* thread.stream("Who?", { outputSchema: Person }).pipe(Stream.runLast)
        assert(done._tag === "Some" && done.value._tag === "Done")
        const output: Person = done.value.result.output
        assert.instanceOf(output, Person)
        assert.isFalse("age" in output)
      }))

    it.effect("schemas that cannot be sent fail with InvalidParams, nothing is sent", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup()
        const thread = yield* codex.threadStart()
        for (const [name, schema] of refused) {
          const error = yield* Effect.flip(thread.run("x", { outputSchema: schema }))
          assert.strictEqual(error._tag, "InvalidParams", name)
          const streamed = yield* Effect.flip(Stream.runDrain(thread.stream("x", { outputSchema: schema })))
          assert.strictEqual(streamed._tag, "InvalidParams", name)
        }
        assert.strictEqual((yield* fake.requests).length, 0)
      }))

    it.effect("empty input, a missing local image, an unknown effort: InvalidParams, nothing is sent", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.text("fine"))
        const thread = yield* codex.threadStart()
        const empty = yield* Effect.flip(thread.run([]))
        assert.strictEqual(empty._tag, "InvalidParams")
        assert.include(empty.message, "the input is empty")
        for (const blank of ["", "   ", [Inputs.text(" \n")]]) {
          const error = yield* Effect.flip(thread.run(blank))
          assert.strictEqual(error._tag, "InvalidParams")
          assert.include(error.message, "only blank text")
        }
        const missing = Path.join(Os.tmpdir(), "effect-codex-no-such-image.png")
        const image = yield* Effect.flip(thread.run([Inputs.text("look"), Inputs.localImage(missing)]))
        assert.strictEqual(image._tag, "InvalidParams")
        assert.include(image.message, "does not exist")
        const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-dir-"))
        const notAFile = yield* Effect.flip(thread.run([Inputs.localImage(dir)]))
        assert.include(notAFile.message, "is not a file")
        // wrong types from plain JavaScript: typed, not a defect
        for (const bad of [null, 42, [null], [{ type: "text" }], [{ text: "no type" }]]) {
          const error = yield* Effect.flip(thread.run(bad as never))
          assert.strictEqual(error._tag, "InvalidParams", JSON.stringify(bad))
        }
        const effort = yield* Effect.flip(thread.run("x", { effort: "extreme" as never }))
        assert.strictEqual(effort._tag, "InvalidParams")
        assert.include(effort.message, "unknown reasoning effort \"extreme\"")
        const streamed = yield* Effect.flip(Stream.runDrain(thread.stream([])))
        assert.strictEqual(streamed._tag, "InvalidParams")
        const handle = yield* Effect.flip(Effect.scoped(thread.turn([])))
        assert.strictEqual(handle._tag, "InvalidParams")
        assert.strictEqual((yield* fake.requests).length, 0)
        // the thread is still usable, and a known effort goes through
        assert.isTrue(Thread.reasoningEfforts.includes("low"))
        const ok = yield* thread.run("x", { effort: "low" })
        assert.strictEqual(ok.finalResponse, "fine")
        Fs.rmSync(dir, { recursive: true, force: true })
      }))
  })
})
