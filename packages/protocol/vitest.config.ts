import { defineConfig } from "vitest/config"

export default defineConfig({
  // The workspace runs every package from its TypeScript sources (the `@effect-codex/source`
  // export condition); published packages resolve to `dist/`. The other two are Vite's defaults.
  ssr: { resolve: { conditions: ["@effect-codex/source", "node", "development|production"] } },
  test: {
    name: "protocol",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
