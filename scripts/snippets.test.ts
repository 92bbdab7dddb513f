import { assert, describe, it } from "@effect/vitest"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { all, check, extract, markdownFiles } from "./snippets.js"

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

  it("every relative link of every Markdown file points to a file that exists", () => {
    const broken: Array<string> = []
    let checked = 0
    for (const file of markdownFiles()) {
      const text = Fs.readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "")
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!) || target!.startsWith("#")) continue
        const path = Path.resolve(Path.dirname(file), decodeURI(target!.split("#")[0]!))
        checked++
        if (!Fs.existsSync(path)) broken.push(`${Path.relative(process.cwd(), file)}: ${target}`)
      }
    }
    assert.deepStrictEqual(broken, [])
    assert.isAbove(checked, 30)
  })
})
