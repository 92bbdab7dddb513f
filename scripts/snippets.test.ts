import { assert, describe, it } from "@effect/vitest"
import { all, check, extract } from "./snippets.js"

describe("documentation snippets", () => {
  it("every ts and js block of every Markdown file type-checks (see scripts/snippets.ts)", () => {
    const snippets = all()
    assert.isAbove(snippets.length, 10)
    const problems = check(snippets)
    assert.deepStrictEqual(problems.map((p) => `${p.file}:${p.line}: ${p.message}`), [])
  }, 120_000)

  it("reports a wrong snippet at its line in the Markdown file; fragments get the prelude", () => {
    const markdown = [
      "# Title",
      "```ts",
      "import { Effect } from \"effect\"",
      "const n: number = Effect.succeed(1)",
      "```",
      "",
      "```ts fragment",
      "const result = yield* thread.run(\"hi\")",
      "const wrong: string = result.status.length",
      "```",
      "",
      "```ts ignore: shows a shape, not code",
      "this is not TypeScript",
      "```",
      "",
      "```js",
      "const x = 1",
      "x.nope()",
      "```"
    ].join("\n")
    const snippets = extract("doc.md", markdown)
    assert.deepStrictEqual(snippets.map((s) => [s.line, s.lang, s.mode]), [[3, "ts", "module"], [8, "ts", "fragment"], [13, "ts", "ignore"], [17, "js", "module"]])
    const problems = check(snippets)
    assert.deepStrictEqual(problems.map((p) => p.line), [4, 9, 18])
    assert.include(problems[0]!.message, "not assignable to type 'number'")
  }, 120_000)
})
