/**
 * The one list of test projects. The root `vitest.config.ts` reads it into `test.projects`.
 */
export default [
  "packages/protocol",
  "packages/sdk",
  "packages/testing",
  "examples",
  "test/install",
  { test: { name: "repo", include: ["scripts/**/*.test.ts"] } }
]
