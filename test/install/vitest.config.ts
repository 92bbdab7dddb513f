import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "install",
    include: ["*.test.ts"],
    // Builds, packs and installs the packages, downloads Node 22 and 24 from the npm registry on
    // the first run, then starts the real app-server a few times.
    testTimeout: 120_000,
    hookTimeout: 900_000
  }
})
