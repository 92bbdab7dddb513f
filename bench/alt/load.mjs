// Module load: how long `await import(specifier)` takes in a fresh Node process.
// Plain JavaScript on purpose: it runs in plain node (the orchestrator adds `--import tsx` only
// for a TypeScript entry point). Config (JSON in argv[2]): { specifier }.
const { specifier } = JSON.parse(process.argv[2] ?? "{}")
const t0 = performance.now()
await import(specifier)
const loadMs = performance.now() - t0
process.stdout.write(`\n@@BENCH@@ ${JSON.stringify({ loadMs, sinceProcessStartMs: performance.now() })}\n`)
