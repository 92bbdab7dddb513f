// A 10-turn conversation with effect-codex, timed from process start: what a script that uses
// the SDK costs end to end. Plain JavaScript so that, once the SDK is built (issue 8), it runs in
// plain node; today the orchestrator runs it with `--import tsx` (see SDK_LOADER in bench/run.ts).
// Config (JSON in argv[2]): { env, cwd, turns, input, answer }.
const c = JSON.parse(process.argv[2] ?? "{}")
const t0 = performance.now()
const { Codex } = await import("@effect-codex/sdk")
const { Effect } = await import("effect")
const loadMs = performance.now() - t0
const turnMs = []
let startupMs = 0
let threadStartMs = 0
let wrongAnswers = 0
const t1 = performance.now()
await Effect.runPromise(
  Effect.gen(function*() {
    const codex = yield* Codex.Codex
    startupMs = performance.now() - t1
    const t2 = performance.now()
    const thread = yield* codex.threadStart()
    threadStartMs = performance.now() - t2
    for (let i = 0; i < c.turns; i++) {
      const t = performance.now()
      const result = yield* thread.run(c.input)
      turnMs.push(performance.now() - t)
      if (result.finalResponse !== c.answer) wrongAnswers++
    }
  }).pipe(Effect.provide(Codex.layerNode({ env: c.env, cwd: c.cwd })))
)
process.stdout.write(
  `\n@@BENCH@@ ${JSON.stringify({ loadMs, startupMs, threadStartMs, turnMs, wrongAnswers, sinceProcessStartMs: performance.now() })}\n`
)
