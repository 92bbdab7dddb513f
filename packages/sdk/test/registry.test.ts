/**
 * The method-to-response table (generated, partly from the generator's `responseOverrides`)
 * checked against the real binary: every stable method that can be called offline is called with
 * valid params, and its reply must decode with the registry's result schema. A wrong or missing
 * response entry fails here (as `ProtocolError`) instead of for a user. The same calls run
 * against the previous release (installed side by side as `codex-previous`): an older server's
 * replies decode too, and a method it does not know is `MethodNotFound` naming its version.
 */
import { Registry } from "@effect-codex/protocol"
import { CodexHome, FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Cause, Effect, Fiber, Layer, Schedule, Stream } from "effect"
import * as Path from "node:path"
import * as AppServer from "../src/AppServer.js"
import * as CodexBinary from "../src/CodexBinary.js"
import type { RequestError } from "../src/Errors.js"
import type { RequestOptions } from "../src/JsonRpc.js"

/** What a step may use: ids created by earlier steps. */
interface Context {
  readonly home: string
  readonly threadId: string
  readonly turnId: string
  /** The decoded results of the steps so far, by method. */
  readonly results: ReadonlyMap<string, unknown>
}

type Params = unknown | ((ctx: Context) => unknown)

/**
 * Stable methods callable offline, in the order they run, with valid params. Each must succeed
 * and decode. (`initialize` is called by the client at start and decoded there.)
 */
const callable: ReadonlyArray<readonly [string, Params]> = [
  ["account/read", {}],
  ["account/gatewayOAuth/read", undefined],
  ["app/installed", {}],
  ["config/read", {}],
  ["config/value/write", { keyPath: "model_verbosity", value: "low", mergeStrategy: "replace" }],
  ["config/batchWrite", { edits: [{ keyPath: "model_verbosity", value: "medium", mergeStrategy: "replace" }] }],
  ["configRequirements/read", undefined],
  ["experimentalFeature/list", {}],
  ["externalAgentConfig/detect", {}],
  ["externalAgentConfig/import/readHistories", undefined],
  ["hooks/list", {}],
  ["mcpServerStatus/list", {}],
  ["config/mcpServer/reload", undefined],
  ["model/list", {}],
  ["modelProvider/list", {}],
  ["modelProvider/default/set", (c: Context) => ({ providerId: (c.results.get("modelProvider/list") as { defaultProviderId: string }).defaultProviderId })],
  ["modelProvider/capabilities/read", {}],
  ["permissionProfile/list", {}],
  ["skills/list", {}],
  ["plugin/installed", {}],
  ["windowsSandbox/readiness", undefined],
  ["fs/createDirectory", (c: Context) => ({ path: Path.join(c.home, "probe") })],
  ["fs/writeFile", (c: Context) => ({ path: Path.join(c.home, "probe", "a.txt"), dataBase64: "aGk=" })],
  ["fs/readFile", (c: Context) => ({ path: Path.join(c.home, "probe", "a.txt") })],
  ["fs/getMetadata", (c: Context) => ({ path: Path.join(c.home, "probe", "a.txt") })],
  ["fs/copy", (c: Context) => ({ sourcePath: Path.join(c.home, "probe", "a.txt"), destinationPath: Path.join(c.home, "probe", "b.txt") })],
  ["fs/readDirectory", (c: Context) => ({ path: Path.join(c.home, "probe") })],
  ["fs/watch", (c: Context) => ({ path: Path.join(c.home, "probe"), watchId: "w1" })],
  ["fs/unwatch", { watchId: "w1" }],
  ["fs/remove", (c: Context) => ({ path: Path.join(c.home, "probe", "b.txt") })],
  ["fuzzyFileSearch", (c: Context) => ({ query: "a", roots: [Path.join(c.home, "probe")] })],
  ["command/exec", { command: ["true"] }],
  ["skills/config/write", (c: Context) => ({ enabled: false, path: Path.join(c.home, "skills", "none", "SKILL.md") })],
  ["skills/extraRoots/set", { extraRoots: [] }],
  ["threadSection/create", { name: "probe" }],
  ["threadSection/update", (c: Context) => ({ sectionId: (c.results.get("threadSection/create") as { section: { id: string } }).section.id, name: "probe 2" })],
  ["thread/section/move", (c: Context) => ({ threadId: c.threadId, sectionId: (c.results.get("threadSection/create") as { section: { id: string } }).section.id })],
  ["thread/attachment/add", (c: Context) => ({ threadId: c.threadId, attachmentType: "probe", identityKey: "k1", payload: { a: 1 } })],
  ["thread/attachmentOwner/list", { attachmentType: "probe", identityKey: "k1" }],
  ["thread/attachment/remove", (c: Context) => ({ threadId: c.threadId, attachmentType: "probe", identityKey: "k1" })],
  ["thread/shellCommand", (c: Context) => ({ threadId: c.threadId, command: "true" })],
  ["experimentalFeature/enablement/set", { enablement: {} }],
  ["feedback/save", (c: Context) => ({ classification: "bug", savePath: Path.join(c.home, "feedback.zip"), includeLogs: false })],
  ["externalAgentConfig/import", { migrationItems: [] }],
  ["thread/list", {}],
  ["thread/loaded/list", {}],
  ["thread/read", (c: Context) => ({ threadId: c.threadId })],
  ["thread/turns/list", (c: Context) => ({ threadId: c.threadId })],
  ["thread/items/list", (c: Context) => ({ threadId: c.threadId })],
  ["thread/name/set", (c: Context) => ({ threadId: c.threadId, name: "probe" })],
  ["thread/metadata/update", (c: Context) => ({ threadId: c.threadId, gitInfo: { branch: "probe" } })],
  ["thread/goal/get", (c: Context) => ({ threadId: c.threadId })],
  ["thread/goal/set", (c: Context) => ({ threadId: c.threadId, objective: "probe" })],
  ["thread/goal/clear", (c: Context) => ({ threadId: c.threadId })],
  ["thread/attachment/list", (c: Context) => ({ threadId: c.threadId })],
  // these run a model turn in the background (the scripted model answers it)
  ["thread/revert", (c: Context) => ({ threadId: c.threadId, beforeTurnId: c.turnId })],
  ["thread/compact/start", (c: Context) => ({ threadId: c.threadId })],
  ["review/start", (c: Context) => ({ threadId: c.threadId, target: { type: "custom", instructions: "review nothing" } })],
  ["thread/fork", (c: Context) => ({ threadId: c.threadId })],
  ["thread/resume", (c: Context) => ({ threadId: c.threadId })],
  ["thread/inject_items", (c: Context) => ({ threadId: c.threadId, items: [{ type: "message", role: "user", content: [{ type: "input_text", text: "probe" }] }] })],
  ["threadSection/list", {}],
  ["thread/unsubscribe", (c: Context) => ({ threadId: c.threadId })],
  ["thread/archive", (c: Context) => ({ threadId: c.threadId })],
  ["thread/unarchive", (c: Context) => ({ threadId: c.threadId })],
  ["threadSection/delete", (c: Context) => ({ sectionId: (c.results.get("threadSection/create") as { section: { id: string } }).section.id })],
  ["thread/delete", (c: Context) => ({ threadId: (c.results.get("thread/fork") as { thread: { id: string } }).thread.id })],
  ["account/logout", undefined]
]

/** Stable methods not called, and why. */
const notCallableOffline: Readonly<Record<string, string>> = {
  "initialize": "the client sends it at start (decoded there); a second one is refused",
  "account/login/start": "needs a real login (network or browser)",
  "account/login/cancel": "needs a login in progress",
  "account/gatewayOAuth/login": "opens a browser login",
  "account/gatewayOAuth/cancel": "needs a login in progress",
  "account/rateLimits/read": "needs a ChatGPT account (network)",
  "account/usage/read": "needs a ChatGPT account (network)",
  "account/rateLimitResetCredit/consume": "needs a ChatGPT account (network)",
  "account/securitySetup/read": "reads the ChatGPT account's setup: left out so that the tests never depend on the network",
  "account/sendAddCreditsNudgeEmail": "needs a ChatGPT account (network)",
  "account/workspaceMessages/read": "needs a ChatGPT account",
  "app/list": "may fetch from the network (offline it answers with no data): left out so that the tests never depend on the network",
  "app/read": "may fetch from the network (offline it answers with no data): left out so that the tests never depend on the network",
  "feedback/upload": "uploads (network)",
  "marketplace/add": "clones a marketplace (network)",
  "marketplace/remove": "needs an added marketplace",
  "marketplace/upgrade": "may fetch from the network (offline it answers with no data): left out so that the tests never depend on the network",
  "mcpServer/oauth/login": "needs a configured MCP server with OAuth",
  "mcpServer/resource/read": "needs a running MCP server",
  "mcpServer/tool/call": "needs a running MCP server",
  "modelProvider/config/write": "changes the provider the scripted model is served through",
  "plugin/install": "needs a marketplace",
  "plugin/list": "may fetch from the network (offline it answers with no data): left out so that the tests never depend on the network",
  "plugin/read": "needs a marketplace",
  "plugin/reconcile": "may fetch from the network (offline it answers with no data): left out so that the tests never depend on the network",
  "plugin/share/checkout": "needs a ChatGPT account (network)",
  "plugin/share/delete": "needs a ChatGPT account (network)",
  "plugin/share/list": "plugin sharing is not enabled offline",
  "plugin/share/save": "needs a ChatGPT account (network)",
  "plugin/share/updateTargets": "needs a ChatGPT account (network)",
  "plugin/skill/read": "needs a ChatGPT account (network)",
  "plugin/uninstall": "needs an installed plugin",
  "externalAgentConfig/import/recordHistory": "needs an import",
  "turn/start": "runs a model turn (covered by the turn tests)",
  "turn/steer": "needs a turn in progress (covered by the turn tests)",
  "turn/interrupt": "needs a turn in progress (covered by the turn tests)",
  "thread/start": "called below to create the thread the other calls use",
  "thread/approveGuardianDeniedAction": "needs a denied guardian action",
  "windowsSandbox/setupStart": "Windows only"
}

/** Called by the interactive `command/exec` test (they need a running process). */
const interactive = ["command/exec/write", "command/exec/resize", "command/exec/terminate"]

const stableMethods = Object.entries(Registry.ClientRequests).filter(([, e]) => !e.experimental).map(([m]) => m).sort()

/** `request` over a method name known only at run time (the params are checked by the call's encoding). */
type UntypedRequest = (method: string, params?: unknown, options?: RequestOptions) => Effect.Effect<unknown, RequestError>

/** The pinned binary, and the previous release installed side by side (`codex-previous`). */
const binaries = [
  { label: "the pinned binary", binary: CodexBinary.resolve(), pinned: true },
  { label: "the previous release (codex-previous)", binary: CodexBinary.resolvePackage("codex-previous"), pinned: false }
] as const

for (const { binary, label, pinned } of binaries) {
  const server = Layer.unwrapEffect(Effect.map(binary, (b) =>
    TestCodex.layer({ client: { binaryPath: b.path, resultDecoding: "strict", versionCheck: "ignore" } })))

  describe(`the method-to-response table against ${label}`, () => {
    layer(server, { excludeTestServices: true })((it) => {
      if (pinned) {
        it.effect("classifies every stable method: called offline, or not with a reason", () =>
          Effect.sync(() => {
            const classified = new Set([...callable.map(([m]) => m), ...interactive, ...Object.keys(notCallableOffline)])
            assert.deepStrictEqual(stableMethods.filter((m) => !classified.has(m)), [], "new stable methods: add them to `callable` (with params) or `notCallableOffline`")
            assert.deepStrictEqual([...classified].filter((m) => !stableMethods.includes(m)).sort(), [], "methods no longer in the protocol")
            assert.deepStrictEqual(callable.map(([m]) => m).filter((m) => m in notCallableOffline), [], "both called and not callable")
          }))
      }

      it.effect("a method the server does not know is MethodNotFound naming the server's version", () =>
        Effect.gen(function*() {
          const server = yield* AppServer.AppServer
          const version = (yield* binary).version
          assert.strictEqual(server.metadata.serverVersion, version)
          assert.strictEqual(version === Registry.codexVersion, pinned)
          const error = yield* Effect.flip((server.request as UntypedRequest)("nope/notAMethod", {}))
          assert.strictEqual(error._tag, "MethodNotFound")
          assert.include(error.message, `codex app-server ${version}`)
        }))

      it.effect("an interactive command/exec: write, resize and terminate replies decode strictly", () =>
        Effect.gen(function*() {
          const server = yield* AppServer.AppServer
          const processId = `probe-${Date.now()}`
          const exec = yield* Effect.fork(server.request("command/exec", {
            command: ["cat"],
            processId,
            tty: true,
            streamStdin: true,
            disableTimeout: true,
            sandboxPolicy: { type: "dangerFullAccess" }
          }))
          // the process is known to the server once a write to it succeeds (no sandbox: 0.169 would
          // look for codex-linux-sandbox on PATH)
          yield* Effect.retry(server.request("command/exec/write", { processId, deltaBase64: "aGkK" }, { retry: false }), {
            schedule: Schedule.spaced("20 millis"),
            times: 100
          })
          yield* server.request("command/exec/resize", { processId, size: { rows: 20, cols: 80 } })
          yield* server.request("command/exec/terminate", { processId })
          const result = yield* Fiber.join(exec)
          assert.isNumber(result.exitCode)
        }), { timeout: 60_000 })

      it.effect("every offline-callable stable method succeeds and its reply decodes strictly with the registry's result schema", () =>
        Effect.gen(function*() {
          const server = yield* AppServer.AppServer
          const home = yield* CodexHome.CodexHome
          const fake = yield* FakeResponses.FakeResponses
          const request = server.request as UntypedRequest
          const thread = yield* server.request("thread/start", {})
          yield* fake.enqueue(
            FakeResponses.Script.text(["hello"]),
            ...Array.from({ length: 4 }, () => FakeResponses.Script.text(["a summary"]))
          )
          const turn = yield* Effect.scoped(Effect.gen(function*() {
            const started = yield* server.startTurn({ threadId: thread.thread.id, input: [{ type: "text", text: "hi" }] })
            yield* Stream.runDrain(started.events)
            return started.turn
          }))
          const results = new Map<string, unknown>()
          const ctx: Context = { home: home.path, threadId: thread.thread.id, turnId: turn.id, results }
          const failures: Array<string> = []
          const unknownToServer: Array<string> = []
          for (const [method, params] of callable) {
            const value = typeof params === "function" ? (params as (c: Context) => unknown)(ctx) : params
            const exit = yield* Effect.exit(request(method, value, { timeout: "20 seconds", retry: false }))
            if (exit._tag === "Success") {
              results.set(method, exit.value)
              continue
            }
            const error = Cause.squash(exit.cause) as { readonly _tag?: string; readonly message?: string }
            // an older server may not know a newer method: that is MethodNotFound, naming its version
            if (!pinned && error._tag === "MethodNotFound" && error.message?.includes(`codex app-server ${server.metadata.serverVersion}`)) {
              unknownToServer.push(method)
              continue
            }
            failures.push(`${method}: ${String(error).split("\n")[0]}`)
          }
          if (unknownToServer.length > 0) console.log(`${label} (${server.metadata.serverVersion}) does not know: ${unknownToServer.join(", ")}`)
          assert.deepStrictEqual(failures, [])
          assert.isAbove(results.size, callable.length / 2)
        }), { timeout: 180_000 })
    })
  })
}
