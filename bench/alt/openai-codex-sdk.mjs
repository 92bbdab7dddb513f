// The same 10-turn conversation with @openai/codex-sdk (each turn runs `codex exec
// --experimental-json`, resuming the thread after the first), pointed at the same pinned codex
// binary, the same CODEX_HOME set-up and the same scripted model.
// Config (JSON in argv[2]): { env, cwd, binary, turns, input, answer }.
const c = JSON.parse(process.argv[2] ?? "{}")
const t0 = performance.now()
const { Codex } = await import("@openai/codex-sdk")
const loadMs = performance.now() - t0
const t1 = performance.now()
const codex = new Codex({ codexPathOverride: c.binary, env: { ...process.env, ...c.env } })
const thread = codex.startThread({ workingDirectory: c.cwd, skipGitRepoCheck: true })
const startupMs = performance.now() - t1
const turnMs = []
let wrongAnswers = 0
for (let i = 0; i < c.turns; i++) {
  const t = performance.now()
  const result = await thread.run(c.input)
  turnMs.push(performance.now() - t)
  if (result.finalResponse !== c.answer) wrongAnswers++
}
process.stdout.write(
  `\n@@BENCH@@ ${JSON.stringify({ loadMs, startupMs, threadStartMs: 0, turnMs, wrongAnswers, sinceProcessStartMs: performance.now() })}\n`
)
