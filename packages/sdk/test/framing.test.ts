import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { LineDecoder } from "../src/internal/framing.js"
import { chunked } from "./utils/chunks.js"

const encoder = new TextEncoder()

const decodeAll = (chunks: ReadonlyArray<Uint8Array>, max = 1_000_000) => {
  const decoder = new LineDecoder(max)
  const lines: Array<string> = []
  for (const c of chunks) decoder.push(c, lines)
  decoder.end(lines)
  return { lines, oversized: decoder.oversized }
}

// JSON lines with multi-byte characters, so chunk cuts fall inside UTF-8 sequences too
const jsonLine = fc.record({ method: fc.string({ unit: "grapheme" }), n: fc.integer() }).map((o) => JSON.stringify(o))

describe("LineDecoder", () => {
  it.prop("yields the same lines however the bytes are chunked", [
    fc.array(jsonLine, { maxLength: 20 }),
    fc.array(fc.nat(), { maxLength: 40 }),
    fc.boolean()
  ], ([lines, cuts, crlf]) => {
    const bytes = encoder.encode(lines.map((l) => l + (crlf ? "\r\n" : "\n")).join(""))
    assert.deepStrictEqual(decodeAll(chunked(bytes, cuts)).lines, lines)
  })

  it("keeps a last line that has no terminator, and skips blank lines", () => {
    assert.deepStrictEqual(decodeAll([encoder.encode("a\n\n  \r\nb")]).lines, ["a", "b"])
  })

  it.prop("drops lines over the maximum and keeps the rest", [
    fc.array(fc.tuple(fc.boolean(), fc.string({ minLength: 1, maxLength: 10 })), { maxLength: 20 }),
    fc.array(fc.nat(), { maxLength: 20 })
  ], ([spec, cuts]) => {
    const lines = spec.map(([long, s]) => (long ? `${s}${"x".repeat(30)}` : `y${s.replace(/\s/g, "")}`))
    const bytes = encoder.encode(lines.map((l) => `${l}\n`).join(""))
    const result = decodeAll(chunked(bytes, cuts), 20)
    assert.deepStrictEqual(result.lines, lines.filter((l) => l.length <= 20 && l.trim() !== ""))
    assert.strictEqual(result.oversized, lines.filter((l) => l.length > 20).length)
  })

  it.prop("hands each dropped line's start and end to its callbacks, however the bytes are chunked", [
    fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 999 })), { minLength: 1, maxLength: 10 }),
    fc.array(fc.nat(), { maxLength: 30 })
  ], ([spec, cuts]) => {
    // long lines look like codex's error replies: the id at the end, past the prefix handed over
    const lines = spec.map(([long, id]) => long ? `{"error":{"message":"${"m".repeat(600)}"},"id":${id}}` : `{"id":${id}}`)
    const bytes = encoder.encode(lines.map((l) => `${l}\n`).join(""))
    const ends: Array<[string, string]> = []
    const decoder = new LineDecoder(100, () => {}, (prefix, suffix) => void ends.push([prefix, suffix]))
    const out: Array<string> = []
    for (const c of chunked(bytes, cuts)) decoder.push(c, out)
    decoder.end(out)
    const long = lines.filter((l) => l.length > 100)
    // the start is what had arrived when the line went over the limit (at least the limit)
    assert.strictEqual(ends.length, long.length)
    ends.forEach(([prefix, suffix], i) => {
      assert.isTrue(long[i]!.startsWith(prefix) && prefix.length > 100 && prefix.length <= 256)
      assert.strictEqual(suffix, long[i]!.slice(-256))
    })
    assert.deepStrictEqual(out, lines.filter((l) => l.length <= 100))
  })
})
