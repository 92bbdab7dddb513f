/**
 * The one list of test projects. The root `vitest.config.ts` reads it into `test.projects`.
 */
export default [
  "packages/protocol",
  "packages/sdk",
  "packages/testing",
  "examples",
  "test/install",
  { test: { name: "repo", include: ["scripts/**/*.test.ts"] } },
  // runs `npm run bench -- --quick` on the real server: proves the benchmarks work, asserts no timing
  { test: { name: "bench", include: ["bench/**/*.test.ts"], testTimeout: 300_000 } }
]
