/**
 * The benchmarks still work: runs `npm run bench -- --quick` (tiny counts, one round) into a
 * temporary directory and checks that the results file has every benchmark with sane numbers, no
 * misrouted event and no wrong answer. It asserts no timing: CI machines are noisy and shared.
 */
import { assert, describe, it } from "@effect/vitest"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import type { Results } from "./lib/report.js"
import { benchmarks } from "./lib/suite.js"

const root = fileURLToPath(new URL("..", import.meta.url))

describe("bench --quick", () => {
  it("writes every benchmark with finite numbers, no misrouted event and no wrong answer", async () => {
    const out = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-bench-test-"))
    try {
      // asynchronously: a synchronous spawn would block the test worker's RPC with vitest
      const run = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
        const child = ChildProcess.spawn(process.execPath, ["--import", "tsx", "bench/run.ts", "--quick", "--out", out], {
          cwd: root,
          stdio: ["ignore", "ignore", "pipe"]
        })
        let stderr = ""
        child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-20_000)))
        const timer = setTimeout(() => child.kill("SIGTERM"), 280_000)
        child.once("error", reject)
        child.once("close", (status) => {
          clearTimeout(timer)
          resolve({ status, stderr })
        })
      })
      assert.strictEqual(run.status, 0, `bench --quick failed:\n${run.stderr.slice(-4000)}`)
      const results = JSON.parse(Fs.readFileSync(Path.join(out, "results.json"), "utf8")) as Results
      assert.strictEqual(results.mode, "quick")
      assert.isAbove(results.machine.cores, 0)
      assert.match(results.codexVersion, /^\d+\.\d+\.\d+/)
      assert.deepStrictEqual(Object.keys(results.benchmarks).sort(), benchmarks.map(([id]) => id).sort())
      for (const b of Object.values(results.benchmarks)) {
        assert.strictEqual(b.misrouted, 0, `${b.id}: misrouted events`)
        assert.strictEqual(b.wrongAnswers, 0, `${b.id}: wrong answers`)
        assert.isAbove(Object.keys(b.metrics).length, 0, `${b.id}: no metric`)
        for (const [key, metric] of Object.entries(b.metrics)) {
          for (const contender of b.contenders) {
            const stat = metric.values[contender]
            assert.isDefined(stat, `${b.id}.${key}: no value for ${contender}`)
            assert.isTrue(Number.isFinite(stat!.median), `${b.id}.${key} ${contender}: ${stat!.median}`)
            // a growth can be negative (the heap shrank); everything else is a positive amount
            if (key !== "growth") assert.isAbove(stat!.median, 0, `${b.id}.${key} ${contender}`)
          }
          if (metric.ratio !== undefined) assert.isTrue(Number.isFinite(metric.ratio.median) && metric.ratio.median > 0)
        }
        for (const t of b.targets) assert.isTrue(Number.isFinite(t.actual), `${b.id}: ${t.description} = ${t.actual}`)
      }
      assert.match(Fs.readFileSync(Path.join(out, "benchmarks.svg"), "utf8"), /^<svg[\s\S]*<\/svg>\s*$/)
      assert.include(Fs.readFileSync(Path.join(out, "results.md"), "utf8"), "### Targets")
    } finally {
      Fs.rmSync(out, { recursive: true, force: true })
    }
  }, 300_000)
})
