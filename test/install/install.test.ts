/**
 * The install test: the packages as a user gets them.
 *
 * Builds the workspace (`npm run build`), packs every package (`npm pack`), installs the tarballs
 * with their peer dependencies from the registry into a fresh project outside the repository
 * (`npm install --ignore-scripts`: nothing may need an install script), and there:
 *
 * - runs `node app.mjs` (plain JavaScript, no loader): the Promise facade on the testing kit's
 *   scripted model, through the real `codex` binary that the install brought;
 * - runs `node effect-app.mjs`: an Effect program, the same way;
 * - runs `npx vitest run agent.test.ts` with the `vitest.config.ts` the testing guide gives: a
 *   user's test of an agent on the testing kit;
 * - type-checks `user.ts` with `strict`, `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`,
 *   `noPropertyAccessFromIndexSignature` and `skipLibCheck: false`.
 *
 * The apps run under this Node (20) and under Node 22 and 24, whose binaries come from the npm
 * registry's `node-<platform>-<arch>` packages (what `npm install node@22` installs through a
 * preinstall script; installed directly, no script runs), cached under the OS temp directory.
 *
 * The fixture files are in `fixture/`. `EFFECT_CODEX_INSTALL_TEST_KEEP=1` keeps the project.
 */
import { execFile } from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const here = Path.dirname(fileURLToPath(import.meta.url))
const repoRoot = Path.resolve(here, "../..")
const rootManifest = JSON.parse(Fs.readFileSync(Path.join(repoRoot, "package.json"), "utf8")) as {
  readonly devDependencies: Record<string, string>
}
const sdkManifest = JSON.parse(Fs.readFileSync(Path.join(repoRoot, "packages/sdk/package.json"), "utf8")) as {
  readonly dependencies: Record<string, string>
  readonly peerDependencies: Record<string, string>
}
/** The one pinned codex version, as the SDK's manifest declares it. */
const pinnedVersion = sdkManifest.dependencies["@openai/codex"]!
const testingManifest = JSON.parse(Fs.readFileSync(Path.join(repoRoot, "packages/testing/package.json"), "utf8")) as {
  readonly peerDependencies: Record<string, string>
}

/** The Node versions besides this one; exact, so that a run is reproducible. */
const OTHER_NODES = ["22.23.3", "24.22.3"]
const PACKAGES = ["protocol", "sdk", "testing"]

interface Output {
  readonly stdout: string
  readonly stderr: string
}

const run = (
  file: string,
  args: ReadonlyArray<string>,
  options: { readonly cwd: string; readonly env?: NodeJS.ProcessEnv; readonly timeout?: number }
): Promise<Output> =>
  new Promise((resolve, reject) => {
    execFile(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: options.timeout ?? 600_000,
      maxBuffer: 64 * 1024 * 1024,
      killSignal: "SIGKILL"
    }, (error, stdout, stderr) => {
      if (error === null) resolve({ stdout, stderr })
      else reject(new Error(`${file} ${args.join(" ")} (in ${options.cwd}) failed: ${error.message}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`))
    })
  })

/**
 * This environment without what npm passes to the scripts it runs (`npm test`): an npm started
 * from here must read its configuration for its own directory (`npm_config_local_prefix` would
 * point it at the repository, and the repository's `.npmrc` is not the user's).
 */
const withoutNpm = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)))

const npmCommand = process.platform === "win32" ? "npm.cmd" : "npm"

const npm = (args: ReadonlyArray<string>, cwd: string) =>
  run(npmCommand, [...args, "--no-audit", "--no-fund"], { cwd, env: withoutNpm(process.env) })

/** `npm install ...`, tried twice: one failed download from the registry is not a failed test. */
const npmInstall = (args: ReadonlyArray<string>, cwd: string) =>
  npm(["install", ...args], cwd).catch(() => npm(["install", ...args], cwd))

/** The app's own lines of output: without lines of Effect's default logger (logfmt, on stdout). */
const appLines = (stdout: string): Array<string> =>
  stdout.trim().split("\n").filter((line) => !/^timestamp=\S+ level=/.test(line))

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The environment of the apps: no credentials, no loader, nothing from this test runner. */
const appEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(withoutNpm(process.env))) {
    if (/^(OPENAI_API_KEY|CODEX_API_KEY|CODEX_HOME|NODE_OPTIONS|VITEST.*)$/.test(key)) continue
    env[key] = value
  }
  return { ...env, NO_COLOR: "1" }
}

/** A Node binary of `version` from the npm registry, installed once into a cache directory. */
const nodeBinary = async (version: string): Promise<string> => {
  const pkg = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}`
  const cache = Path.join(Os.tmpdir(), "effect-codex-node-cache")
  const dir = Path.join(cache, `${pkg}@${version}`)
  const binary = (root: string) =>
    process.platform === "win32"
      ? Path.join(root, "node_modules", pkg, "bin", "node.exe")
      : Path.join(root, "node_modules", pkg, "bin", "node")
  if (Fs.existsSync(binary(dir))) return binary(dir)
  Fs.mkdirSync(cache, { recursive: true })
  const staging = Fs.mkdtempSync(`${dir}.tmp-`)
  try {
    Fs.writeFileSync(Path.join(staging, "package.json"), "{\"private\":true}\n")
    await npmInstall(["--ignore-scripts", "--no-package-lock", `${pkg}@${version}`], staging)
    const { stdout } = await run(binary(staging), ["--version"], { cwd: staging })
    if (stdout.trim() !== `v${version}`) throw new Error(`${pkg}@${version} printed ${stdout.trim()}`)
    try {
      Fs.renameSync(staging, dir)
    } catch (error) {
      // another run installed it meanwhile
      if (!Fs.existsSync(binary(dir))) throw error
    }
    return binary(dir)
  } finally {
    Fs.rmSync(staging, { recursive: true, force: true })
  }
}

let work = ""
let app = ""
let tarballs: Array<{ readonly name: string; readonly filename: string; readonly files: ReadonlyArray<string> }> = []
const nodes = new Map<string, string>([[process.version.slice(1), process.execPath]])

beforeAll(async () => {
  work = Fs.mkdtempSync(Path.join(Fs.realpathSync(Os.tmpdir()), "effect-codex-install-"))
  app = Path.join(work, "app")
  const packs = Path.join(work, "tarballs")
  Fs.mkdirSync(app)
  Fs.mkdirSync(packs)

  const binaries = Promise.all(OTHER_NODES.map(async (version) => nodes.set(version, await nodeBinary(version))))
  binaries.catch(() => {}) // awaited below

  await npm(["run", "build"], repoRoot)
  const packed = await npm(
    ["pack", "--json", "--pack-destination", packs, ...PACKAGES.flatMap((p) => ["--workspace", `packages/${p}`])],
    repoRoot
  )
  tarballs = (JSON.parse(packed.stdout) as Array<{ name: string; filename: string; files: Array<{ path: string }> }>)
    .map(({ filename, files, name }) => ({ name, filename, files: files.map((f) => f.path) }))

  for (const file of Fs.readdirSync(Path.join(here, "fixture"))) {
    Fs.copyFileSync(Path.join(here, "fixture", file), Path.join(app, file))
  }
  const dependencies: Record<string, string> = {}
  for (const { filename, name } of tarballs) dependencies[name] = `file:../tarballs/${filename}`
  // The peer dependencies as a user adds them: the SDK's and the testing kit's ranges, newest
  // matching versions.
  for (const manifest of [sdkManifest, testingManifest]) {
    for (const [name, range] of Object.entries(manifest.peerDependencies)) dependencies[name] = range
  }
  Fs.writeFileSync(
    Path.join(app, "package.json"),
    JSON.stringify(
      {
        name: "effect-codex-install-test",
        private: true,
        type: "module",
        dependencies,
        devDependencies: {
          "@effect/vitest": rootManifest.devDependencies["@effect/vitest"],
          "@types/node": rootManifest.devDependencies["@types/node"],
          typescript: rootManifest.devDependencies["typescript"],
          vitest: rootManifest.devDependencies["vitest"]
        }
      },
      null,
      2
    )
  )
  await npmInstall(["--ignore-scripts", "--prefer-offline"], app)
  await binaries
})

afterAll(() => {
  if (work === "" || process.env["EFFECT_CODEX_INSTALL_TEST_KEEP"] === "1") return
  Fs.rmSync(work, { recursive: true, force: true })
})

describe("install from tarballs", () => {
  it("packs built JavaScript, declarations, maps, README, LICENSE and CHANGELOG, and no build state", () => {
    expect(tarballs.map((t) => t.name).sort()).toEqual(PACKAGES.map((p) => `@effect-codex/${p}`))
    for (const { files, name } of tarballs) {
      for (const file of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.d.ts", "dist/index.js.map", "dist/index.d.ts.map", "src/index.ts"]) {
        expect(files, `${name} has ${file}`).toContain(file)
      }
      expect(files.filter((f) => f.endsWith(".tsbuildinfo") || f.startsWith("test/") || f.startsWith("build/")), name).toEqual([])
    }
    expect(tarballs.find((t) => t.name === "@effect-codex/testing")?.files).toContain("bin/fake-app-server.mjs")
  })

  it("installs one copy of effect, and the codex binary with the SDK", () => {
    const copies: Array<string> = []
    const walk = (dir: string, depth: number): void => {
      if (depth > 6 || !Fs.existsSync(dir)) return
      for (const entry of Fs.readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue
        const path = Path.join(dir, entry.name)
        if (entry.name.startsWith("@")) walk(path, depth)
        else {
          if (entry.name === "effect" && Fs.existsSync(Path.join(path, "package.json"))) copies.push(path)
          walk(Path.join(path, "node_modules"), depth + 1)
        }
      }
    }
    walk(Path.join(app, "node_modules"), 0)
    expect(copies.map((c) => Path.relative(app, c))).toEqual([Path.join("node_modules", "effect")])
    const manifest = JSON.parse(Fs.readFileSync(Path.join(app, "node_modules/@openai/codex/package.json"), "utf8")) as {
      readonly version: string
    }
    expect(manifest.version).toBe(pinnedVersion)
  })

  it("type-checks a strict TypeScript user file with skipLibCheck: false", async () => {
    const tsc = Path.join(app, "node_modules", "typescript", "bin", "tsc")
    const { stdout } = await run(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { cwd: app })
    expect(stdout).toBe("")
  })

  it("runs a user's Vitest file on the testing kit: npx vitest run agent.test.ts, with the documented config", async () => {
    const vitest = Path.join(app, "node_modules", "vitest", "vitest.mjs")
    const { stdout } = await run(process.execPath, [vitest, "run", "agent.test.ts"], { cwd: app, env: appEnv(), timeout: 180_000 })
    expect(stdout).toMatch(/Tests\s+2 passed \(2\)/)
  }, 200_000)

  describe.each(["20", ...OTHER_NODES.map((v) => v.split(".")[0]!)])("Node %s", (major) => {
    const node = () => {
      const found = [...nodes].find(([version]) => version.startsWith(`${major}.`))
      if (found === undefined) throw new Error(`no Node ${major}`)
      return found[1]
    }

    it("runs a plain JavaScript app on the Promise facade and the scripted model", async () => {
      const { stdout } = await run(node(), ["app.mjs"], { cwd: app, env: appEnv(), timeout: 90_000 })
      expect(appLines(stdout)).toEqual([
        expect.stringMatching(new RegExp(`^node v${major}\\.`)),
        `sdk resolved to ${pathToFileURL(Path.join(app, "node_modules/@effect-codex/sdk/dist/index.js")).href}`,
        "internal modules: ERR_PACKAGE_PATH_NOT_EXPORTED",
        expect.stringMatching(new RegExp(`^server \\S+ ${escape(pinnedVersion)}$`)),
        "streamed 3 deltas: Hello from a tarball.",
        "status completed, final response: Hello from a tarball.",
        "turn handle: turn/completed seen, One, two, three.",
        "aborted run: rejected with Aborted, an Error: true",
        "failing turn: rejected with TurnFailed",
        "1 thread(s)",
        "disposed",
        "after dispose: rejected with ClientDisposed"
      ])
    })

    it("runs a plain JavaScript Effect program", async () => {
      const { stdout } = await run(node(), ["effect-app.mjs"], { cwd: app, env: appEnv(), timeout: 90_000 })
      expect(appLines(stdout)).toEqual([
        expect.stringMatching(new RegExp(`^binary from package ${escape(pinnedVersion)} at ${escape(Path.join(app, "node_modules"))}`)),
        "answer: One, two, three. (completed)",
        "the model received 1 request(s)",
        "done"
      ])
    })
  })
})
