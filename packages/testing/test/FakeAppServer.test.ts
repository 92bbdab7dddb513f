import { Registry, Schemas } from "@effect-codex/protocol"
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Exit, Queue, Schema, TestServices } from "effect"
import * as NodeChildProcess from "node:child_process"
import * as NodeFs from "node:fs"
import * as CodexBinary from "@effect-codex/sdk/CodexBinary"
import * as FakeAppServer from "../src/FakeAppServer.js"

// -----------------------------------------------------------------------------------------------
// A raw driver for the fake: spawns it like the SDK does and exposes its stdout lines.
// -----------------------------------------------------------------------------------------------

type Json = Record<string, any>

interface Closed {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

const ARGS = ["--config", "model=\"fake\"", "app-server", "--listen", "stdio://"]

/**
 * A guard so a broken fake fails the test instead of hanging it; not a timing assertion. It runs
 * on the live clock (`it.scoped` provides the `TestClock`, which never advances by itself).
 */
const guard = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  TestServices.provideLive(
    Effect.timeoutFail(effect, { duration: "20 seconds", onTimeout: () => new Error("fake app-server test timed out") })
  )

const spawnFake = (fake: FakeAppServer.FakeAppServer.Service) =>
  Effect.gen(function*() {
    const lines = yield* Queue.unbounded<string>()
    const stderrLines = yield* Queue.unbounded<string>()
    const closed = yield* Deferred.make<Closed>()
    let stdout = ""
    let stderr = ""
    const child = yield* Effect.acquireRelease(
      Effect.sync(() =>
        NodeChildProcess.spawn(fake.binaryPath, ARGS, {
          env: { ...process.env, ...fake.env },
          stdio: ["pipe", "pipe", "pipe"]
        })
      ),
      (child) =>
        Effect.gen(function*() {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
          yield* Deferred.await(closed)
        })
    )
    let pending = ""
    child.stdout.setEncoding("utf8")
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk
      pending += chunk
      let newline = pending.indexOf("\n")
      while (newline !== -1) {
        const line = pending.slice(0, newline)
        pending = pending.slice(newline + 1)
        Queue.unsafeOffer(lines, line.endsWith("\r") ? line.slice(0, -1) : line)
        newline = pending.indexOf("\n")
      }
    })
    let pendingErr = ""
    child.stderr.setEncoding("utf8")
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk
      pendingErr += chunk
      let newline = pendingErr.indexOf("\n")
      while (newline !== -1) {
        Queue.unsafeOffer(stderrLines, pendingErr.slice(0, newline))
        pendingErr = pendingErr.slice(newline + 1)
        newline = pendingErr.indexOf("\n")
      }
    })
    child.stdin.on("error", () => {}) // EPIPE after the fake died
    child.on("close", (code, signal) => {
      Deferred.unsafeDone(closed, Exit.succeed({ code, signal }))
    })

    const nextLine = guard(Queue.take(lines))
    const next: Effect.Effect<Json, Error> = Effect.map(nextLine, (line) => JSON.parse(line) as Json)
    const sendRaw = (text: string) => Effect.sync(() => void child.stdin.write(text))
    const send = (message: unknown) => sendRaw(`${JSON.stringify(message)}\n`)
    return {
      child,
      send,
      sendRaw,
      nextLine,
      next,
      /** Sends a request and returns the next line, which must be its reply. */
      call: (id: number | string, method: string, params?: unknown) =>
        Effect.gen(function*() {
          yield* send(params === undefined ? { id, method } : { id, method, params })
          const reply = yield* next
          assert.strictEqual(reply.id, id)
          return reply
        }),
      initialize: Effect.gen(function*() {
        yield* send({ id: 0, method: "initialize", params: { clientInfo: { name: "fake-test", version: "1.0.0" } } })
        const reply = yield* next
        assert.strictEqual(reply.id, 0)
        assert.isDefined(reply.result)
        yield* send({ method: "initialized" })
        return reply
      }),
      waitStderr: (predicate: (line: string) => boolean) =>
        guard(Effect.gen(function*() {
          while (true) {
            const line = yield* Queue.take(stderrLines)
            if (predicate(line)) return line
          }
        })),
      closeStdin: Effect.sync(() => void child.stdin.end()),
      closed: guard(Deferred.await(closed)),
      /** Every stdout line after the process closed. */
      remainingLines: Effect.flatMap(guard(Deferred.await(closed)), () => Effect.map(Queue.takeAll(lines), (chunk) => Array.from(chunk))),
      stdout: Effect.sync(() => stdout),
      stderr: Effect.sync(() => stderr)
    }
  })

const decode = <A, I>(schema: Schema.Schema<A, I>, value: unknown) => Schema.decodeUnknown(schema)(value)

const notificationSchema = (method: string) =>
  (Registry.ServerNotifications as unknown as Record<string, { readonly params: Schema.Schema<unknown, unknown> }>)[
    method
  ]?.params

/** Checks the wire shape of a notification line and decodes its params with the generated schema. */
const assertNotification = (line: Json, method: string) =>
  Effect.gen(function*() {
    assert.strictEqual(line.method, method)
    assert.isFalse("jsonrpc" in line)
    assert.isFalse("id" in line)
    assert.isNumber(line.emittedAtMs)
    const schema = notificationSchema(method)
    assert.isDefined(schema, `no schema for ${method}`)
    return yield* decode(schema!, line.params)
  })

const TURN_METHODS = (deltas: number) => [
  "turn/started",
  "item/started",
  ...Array.from({ length: deltas }, () => "item/agentMessage/delta"),
  "item/completed",
  "thread/tokenUsage/updated",
  "turn/completed"
]

// -----------------------------------------------------------------------------------------------

describe("FakeAppServer", () => {
  it.scoped("make writes the script and the binary is executable", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({ rules: [FakeAppServer.overloaded("thread/start", 2)] })
      assert.strictEqual(fake.binaryPath, FakeAppServer.binaryPath)
      assert.isTrue(NodeFs.statSync(fake.binaryPath).isFile())
      NodeFs.accessSync(fake.binaryPath, NodeFs.constants.X_OK)
      assert.isTrue(NodeFs.readFileSync(fake.binaryPath, "utf8").startsWith("#!/usr/bin/env node\n"))
      assert.deepStrictEqual(JSON.parse(NodeFs.readFileSync(fake.env.FAKE_APP_SERVER_SCRIPT, "utf8")), {
        rules: [{ method: "thread/start", times: 2, action: { type: "error", code: -32001, message: "Server overloaded; retry later." } }]
      })
      assert.strictEqual(fake.env.FAKE_APP_SERVER_LOG, fake.logPath)
      assert.deepStrictEqual(yield* fake.log, [])
    }))

  it.effect("the temporary directory is removed with the scope", () =>
    Effect.gen(function*() {
      const scriptPath = yield* Effect.scoped(Effect.map(FakeAppServer.make({}), (fake) => fake.scriptPath))
      assert.isFalse(NodeFs.existsSync(scriptPath))
    }))

  it.scoped("initialize answers the default shape; argv and received messages are logged", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({})
      const proc = yield* spawnFake(fake)
      yield* proc.send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { clientInfo: { name: "my-client", version: "1.2.3" } } })
      const reply = yield* proc.next
      assert.deepStrictEqual(reply, {
        id: 1,
        result: {
          userAgent: `my-client/${CodexBinary.pinnedVersion} (Fake; x86_64) fake`,
          codexHome: "/tmp/fake-codex-home",
          platformFamily: "unix",
          platformOs: "linux"
        }
      })
      yield* decode(Schemas.InitializeResponse, reply.result)
      yield* proc.send({ method: "initialized" })
      assert.deepStrictEqual(yield* proc.call("s-2", "model/list", {}), { id: "s-2", result: {} })
      // A second initialize is refused, the connection stays usable.
      assert.deepStrictEqual(
        yield* proc.call(3, "initialize", { clientInfo: { name: "again", version: "1" } }),
        { id: 3, error: { code: -32600, message: "Already initialized" } }
      )
      yield* proc.closeStdin
      assert.deepStrictEqual(yield* proc.closed, { code: 0, signal: null })

      const starts = yield* fake.starts
      assert.strictEqual(starts.length, 1)
      assert.deepStrictEqual(starts[0].argv, ARGS)
      assert.strictEqual(starts[0].pid, proc.child.pid)
      assert.deepStrictEqual(yield* fake.received, [
        { jsonrpc: "2.0", id: 1, method: "initialize", params: { clientInfo: { name: "my-client", version: "1.2.3" } } },
        { method: "initialized" },
        { id: "s-2", method: "model/list", params: {} },
        { id: 3, method: "initialize", params: { clientInfo: { name: "again", version: "1" } } }
      ])
      const log = yield* fake.log
      assert.isTrue(FakeAppServer.isStartEntry(log[0]))
    }))

  it.scoped("requests before initialize get -32600 Not initialized", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({})
      const proc = yield* spawnFake(fake)
      assert.deepStrictEqual(yield* proc.call(1, "thread/start", {}), {
        id: 1,
        error: { code: -32600, message: "Not initialized" }
      })
      yield* proc.initialize
      const reply = yield* proc.call(2, "thread/start", {})
      yield* decode(Schemas.ThreadStartResponse, reply.result)
    }))

  it.scoped("initialize can be rejected, overridden, or kill the server", () =>
    Effect.gen(function*() {
      const rejected = yield* spawnFake(
        yield* FakeAppServer.make({ initialize: FakeAppServer.error(-32600, "Invalid request: unsupported client") })
      )
      assert.deepStrictEqual(yield* rejected.call(1, "initialize", { clientInfo: { name: "c", version: "1" } }), {
        id: 1,
        error: { code: -32600, message: "Invalid request: unsupported client" }
      })
      // Still not initialized.
      assert.strictEqual((yield* rejected.call(2, "thread/start", {})).error.message, "Not initialized")

      const overridden = yield* spawnFake(
        yield* FakeAppServer.make({ initialize: { userAgent: "other/9.9.9 (x)" }, version: "0.170.0" })
      )
      const result = (yield* overridden.call(1, "initialize", { clientInfo: { name: "c", version: "1" } })).result
      assert.strictEqual(result.userAgent, "other/9.9.9 (x)")
      assert.strictEqual(result.platformOs, "linux")

      const dying = yield* spawnFake(
        yield* FakeAppServer.make({ initialize: FakeAppServer.exit(4, ["fatal: cannot load auth"]) })
      )
      yield* dying.send({ id: 1, method: "initialize", params: { clientInfo: { name: "c", version: "1" } } })
      assert.deepStrictEqual(yield* dying.closed, { code: 4, signal: null })
      assert.deepStrictEqual(yield* dying.remainingLines, [])
      assert.include(yield* dying.stderr, "fatal: cannot load auth")
    }))

  it.scoped("overloaded replies come first, then success; every retry is logged", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({ rules: [FakeAppServer.overloaded("thread/start", 2)] })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      for (const id of [1, 2]) {
        const reply = yield* proc.call(id, "thread/start", { cwd: "/tmp" })
        // Exactly the real overload reply: no `data`, no `jsonrpc`.
        assert.deepStrictEqual(reply, { id, error: { code: -32001, message: "Server overloaded; retry later." } })
      }
      const ok = yield* proc.call(3, "thread/start", { cwd: "/tmp" })
      const decoded = yield* decode(Schemas.ThreadStartResponse, ok.result)
      assert.strictEqual(decoded.cwd, "/tmp")
      const started = yield* assertNotification(yield* proc.next, "thread/started")
      assert.strictEqual((started as Schemas.ThreadStartedNotification).thread.id, decoded.thread.id)

      const received = (yield* fake.received) as ReadonlyArray<Json>
      assert.deepStrictEqual(
        received.filter((m) => m.method === "thread/start").map((m) => m.id),
        [1, 2, 3]
      )
    }))

  it.scoped("noReply: the request is never answered, later ones are", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({ rules: [FakeAppServer.on("thread/start", FakeAppServer.noReply, { times: 1 })] })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "thread/start", params: {} })
      yield* proc.send({ id: 2, method: "thread/list", params: {} })
      assert.deepStrictEqual(yield* proc.next, { id: 2, result: {} })
      // The rule is used up: the next thread/start is answered.
      const reply = yield* proc.call(3, "thread/start", {})
      yield* decode(Schemas.ThreadStartResponse, reply.result)
      yield* proc.closeStdin
      const rest = (yield* proc.remainingLines).map((line) => JSON.parse(line) as Json)
      assert.deepStrictEqual(rest.map((m) => m.method), ["thread/started"])
      assert.isFalse([...rest].some((m) => m.id === 1))
    }))

  it.scoped("garbage lines appear on stdout (at start-up and before a reply)", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        startup: { garbage: ["WARNING: not protocol"] },
        rules: [FakeAppServer.on("thread/list", FakeAppServer.garbage(FakeAppServer.GARBAGE_LINES, FakeAppServer.result({ data: [] })))]
      })
      const proc = yield* spawnFake(fake)
      assert.strictEqual(yield* proc.nextLine, "WARNING: not protocol")
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "thread/list", params: {} })
      assert.strictEqual(yield* proc.nextLine, "not json")
      assert.strictEqual(yield* proc.nextLine, "[1,2]")
      assert.strictEqual(yield* proc.nextLine, "{\"id\":1}")
      assert.deepStrictEqual(yield* proc.next, { id: 1, result: { data: [] } })
    }))

  it.scoped("undecodable input gets no reply and one stderr line each; blank lines and CRLF are fine", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({})
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.sendRaw("not json\n[1,2]\n{\"id\":1}\n\n   \n")
      // A request written in pieces, terminated by CRLF.
      yield* proc.sendRaw("{\"id\":7,\"met")
      yield* proc.sendRaw("hod\":\"config/read\"}\r\n")
      assert.deepStrictEqual(yield* proc.next, { id: 7, result: {} })
      yield* proc.closeStdin
      assert.deepStrictEqual(yield* proc.closed, { code: 0, signal: null })
      assert.deepStrictEqual(yield* proc.remainingLines, [])
      const errors = (yield* proc.stderr).split("\n").filter((line) => line.includes("failed to deserialize"))
      assert.strictEqual(errors.length, 3)
      const received = yield* fake.received
      assert.deepStrictEqual(received.slice(1), [
        { method: "initialized" },
        "not json",
        [1, 2],
        { id: 1 },
        { id: 7, method: "config/read" }
      ])
    }))

  it.scoped("split replies reassemble into the right JSON", () =>
    Effect.gen(function*() {
      const text = "héllo wörld ✓ 🎉 — split across tiny writes"
      const fake = yield* FakeAppServer.make({
        turn: { text, deltas: 2 },
        rules: [
          FakeAppServer.on("config/read", FakeAppServer.split(FakeAppServer.result({ text, nested: { list: [1, 2, 3] } }))),
          FakeAppServer.on("turn/start", FakeAppServer.split(FakeAppServer.defaultAction, { chunkSizes: [5, 1], crlf: false }))
        ]
      })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      assert.deepStrictEqual(yield* proc.call(1, "config/read", {}), {
        id: 1,
        result: { text, nested: { list: [1, 2, 3] } }
      })
      assert.include(yield* proc.stdout, "\r\n")

      const turn = yield* proc.call(2, "turn/start", { threadId: "t", input: [] })
      yield* decode(Schemas.TurnStartResponse, turn.result)
      const methods: Array<string> = []
      let deltas = ""
      while (true) {
        const line = yield* proc.next
        methods.push(line.method)
        if (line.method === "item/agentMessage/delta") deltas += line.params.delta
        if (line.method === "turn/completed") break
      }
      assert.deepStrictEqual(methods, TURN_METHODS(2))
      assert.strictEqual(deltas, text)
    }))

  it.scoped("exit: stderr lines, exit code, no reply", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        stderrLines: ["INFO codex_app_server: starting"],
        rules: [FakeAppServer.on("turn/start", FakeAppServer.exit(101, ["thread 'main' panicked at fake.rs:1:1", "boom"]))]
      })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "turn/start", params: { threadId: "t", input: [] } })
      assert.deepStrictEqual(yield* proc.closed, { code: 101, signal: null })
      assert.deepStrictEqual(yield* proc.remainingLines, [])
      assert.deepStrictEqual((yield* proc.stderr).split("\n"), [
        "INFO codex_app_server: starting",
        "thread 'main' panicked at fake.rs:1:1",
        "boom",
        ""
      ])
    }))

  it.scoped("kill: the process dies by a signal", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({ rules: [FakeAppServer.on("thread/start", FakeAppServer.kill())] })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "thread/start", params: {} })
      assert.deepStrictEqual(yield* proc.closed, { code: null, signal: "SIGKILL" })
    }))

  it.scoped("startup: exits before reading stdin, with stderr", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        startup: { stderr: ["Error: failed to load config.toml", "caused by: bad key"], exitCode: 1 }
      })
      const proc = yield* spawnFake(fake)
      assert.deepStrictEqual(yield* proc.closed, { code: 1, signal: null })
      assert.strictEqual(yield* proc.stdout, "")
      assert.strictEqual(yield* proc.stderr, "Error: failed to load config.toml\ncaused by: bad key\n")
      assert.strictEqual((yield* fake.starts).length, 1)
      assert.deepStrictEqual(yield* fake.received, [])
    }))

  it.scoped("a list of scripts: one per process start, the last one reused", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make([
        { startup: { stderr: ["first start fails"], exitCode: 3 } },
        { initialize: { codexHome: "/second" } }
      ])
      const first = yield* spawnFake(fake)
      assert.deepStrictEqual(yield* first.closed, { code: 3, signal: null })
      for (const _ of [1, 2]) {
        const proc = yield* spawnFake(fake)
        const reply = yield* proc.initialize
        assert.strictEqual(reply.result.codexHome, "/second")
        yield* proc.closeStdin
        assert.deepStrictEqual(yield* proc.closed, { code: 0, signal: null })
      }
      assert.deepStrictEqual((yield* fake.starts).map((start) => start.spawn), [0, 1, 2])
    }))

  it.scoped("serverRequest: round trip, recorded in the log and echoed in a notification", () =>
    Effect.gen(function*() {
      const approval = {
        threadId: "fake-thread-1",
        turnId: "fake-turn-1",
        itemId: "call-1",
        startedAtMs: 1,
        command: "rm -rf build",
        cwd: "/tmp",
        reason: "needs escalation"
      }
      const fake = yield* FakeAppServer.make({
        rules: [
          FakeAppServer.on(
            "turn/start",
            FakeAppServer.serverRequest("item/commandExecution/requestApproval", approval),
            { times: 2 }
          )
        ]
      })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize

      yield* proc.send({ id: 1, method: "turn/start", params: { threadId: "fake-thread-1", input: [] } })
      const request = yield* proc.next
      assert.deepStrictEqual(request, { method: "item/commandExecution/requestApproval", id: 0, params: approval })
      yield* decode(Schemas.CommandExecutionRequestApprovalParams, request.params)
      // Other requests are served while the server request is pending.
      assert.deepStrictEqual(yield* proc.call(2, "thread/list", {}), { id: 2, result: {} })
      yield* proc.send({ id: 0, result: { decision: "accept" } })
      const answered = yield* proc.next
      assert.strictEqual(answered.method, "fake/serverRequestAnswered")
      assert.isNumber(answered.emittedAtMs)
      assert.deepStrictEqual(answered.params, { requestId: 0, response: { result: { decision: "accept" } } })
      const turn = yield* proc.next
      assert.strictEqual(turn.id, 1)
      yield* decode(Schemas.TurnStartResponse, turn.result)
      while ((yield* proc.next).method !== "turn/completed") {
        // drain the turn
      }

      // The second one is answered with an error.
      yield* proc.send({ id: 3, method: "turn/start", params: { threadId: "fake-thread-1", input: [] } })
      const second = yield* proc.next
      assert.strictEqual(second.id, 1)
      yield* proc.send({ id: 1, error: { code: -32603, message: "no handler" } })
      assert.deepStrictEqual((yield* proc.next).params, {
        requestId: 1,
        response: { error: { code: -32603, message: "no handler" } }
      })
      assert.strictEqual((yield* proc.next).id, 3)

      const received = yield* fake.received
      assert.deepInclude(received, { id: 0, result: { decision: "accept" } })
      assert.deepInclude(received, { id: 1, error: { code: -32603, message: "no handler" } })
    }))

  it.scoped("turn/start: the response, then the full event sequence, all decodable", () =>
    Effect.gen(function*() {
      const text = "The answer is 42."
      const fake = yield* FakeAppServer.make({ turn: { text, deltas: 4 } })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      const threadReply = yield* proc.call(1, "thread/start", {})
      const thread = yield* decode(Schemas.ThreadStartResponse, threadReply.result)
      const threadId = thread.thread.id
      yield* assertNotification(yield* proc.next, "thread/started")

      const reply = yield* proc.call(2, "turn/start", { threadId, input: [{ type: "text", text: "hi" }] })
      assert.isFalse("jsonrpc" in reply)
      const started = yield* decode(Schemas.TurnStartResponse, reply.result)
      assert.strictEqual(started.turn.status, "inProgress")
      assert.deepStrictEqual(started.turn.items, [])
      assert.isNull(started.turn.error)
      const turnId = started.turn.id

      const lines: Array<Json> = []
      for (const _ of TURN_METHODS(4)) lines.push(yield* proc.next)
      assert.deepStrictEqual(lines.map((line) => line.method), TURN_METHODS(4))
      const decoded: Array<any> = []
      for (const line of lines) decoded.push(yield* assertNotification(line, line.method))
      for (const params of decoded) assert.strictEqual(params.threadId, threadId)
      assert.strictEqual(decoded[0].turn.id, turnId)
      const deltas = decoded.filter((_, i) => lines[i].method === "item/agentMessage/delta")
      const itemId = decoded[1].item.id
      assert.strictEqual(decoded[1].item.type, "agentMessage")
      for (const delta of deltas) {
        assert.strictEqual(delta.turnId, turnId)
        assert.strictEqual(delta.itemId, itemId)
      }
      assert.strictEqual(deltas.map((delta) => delta.delta).join(""), text)
      const completedItem = decoded[6].item
      assert.deepInclude(completedItem, { type: "agentMessage", id: itemId, text, phase: "final_answer" })
      assert.strictEqual(decoded[7].turnId, turnId)
      assert.isNumber(decoded[7].tokenUsage.total.totalTokens)
      assert.strictEqual(decoded[8].turn.id, turnId)
      assert.strictEqual(decoded[8].turn.status, "completed")
    }))

  it.scoped("turn/start: eventsBeforeResponse writes the first notifications before the response", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        turn: { eventsBeforeResponse: true },
        rules: [FakeAppServer.on("turn/start", FakeAppServer.turn({ eventsBeforeResponse: 4, text: "abc", deltas: 3 }), { times: 1 })]
      })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "turn/start", params: { threadId: "t", input: [] } })
      const first: Array<Json> = []
      for (let i = 0; i < 5; i++) first.push(yield* proc.next)
      assert.deepStrictEqual(first.map((line) => line.method ?? `reply ${line.id}`), [
        "turn/started",
        "item/started",
        "item/agentMessage/delta",
        "item/agentMessage/delta",
        "reply 1"
      ])
      assert.strictEqual(first[4].result.turn.id, first[0].params.turn.id)
      while ((yield* proc.next).method !== "turn/completed") {
        // drain the turn
      }
      // The script-level option: two notifications first.
      yield* proc.send({ id: 2, method: "turn/start", params: { threadId: "t", input: [] } })
      const second: Array<Json> = []
      for (let i = 0; i < 3; i++) second.push(yield* proc.next)
      assert.deepStrictEqual(second.map((line) => line.method ?? `reply ${line.id}`), [
        "turn/started",
        "item/started",
        "reply 2"
      ])
    }))

  it.scoped("turn/start: a held turn ends interrupted on turn/interrupt; a failed turn carries its error", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        turn: { complete: false, text: "partial", deltas: 1 },
        rules: [FakeAppServer.on("turn/start", FakeAppServer.turn({ complete: true, status: "failed", error: { message: "model exploded", codexErrorInfo: "internalServerError" } }), { times: 1 })]
      })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "turn/start", params: { threadId: "t", input: [] } })
      assert.strictEqual((yield* proc.next).id, 1)
      let completed: Json
      while ((completed = yield* proc.next).method !== "turn/completed") {
        // drain
      }
      const failed = (yield* assertNotification(completed, "turn/completed")) as Schemas.TurnCompletedNotification
      assert.strictEqual(failed.turn.status, "failed")
      assert.strictEqual(failed.turn.error?.message, "model exploded")
      assert.strictEqual(failed.turn.error?.codexErrorInfo, "internalServerError")

      const reply = yield* proc.call(2, "turn/start", { threadId: "t", input: [] })
      const turnId = reply.result.turn.id
      const seen: Array<string> = []
      for (let i = 0; i < 3; i++) seen.push((yield* proc.next).method)
      assert.deepStrictEqual(seen, ["turn/started", "item/started", "item/agentMessage/delta"])
      assert.deepStrictEqual(yield* proc.call(3, "turn/interrupt", { threadId: "t", turnId }), { id: 3, result: {} })
      const interrupted = yield* assertNotification(yield* proc.next, "turn/completed")
      assert.strictEqual((interrupted as Schemas.TurnCompletedNotification).turn.status, "interrupted")
      // Nothing running any more.
      assert.deepStrictEqual(yield* proc.call(4, "turn/interrupt", { threadId: "t", turnId }), {
        id: 4,
        error: { code: -32600, message: "no active turn to interrupt" }
      })
    }))

  it.scoped("notify and delay actions", () =>
    Effect.gen(function*() {
      const fake = yield* FakeAppServer.make({
        rules: [
          FakeAppServer.on(
            "thread/resume",
            FakeAppServer.delay(5, FakeAppServer.notify("serverRequest/resolved", { threadId: "t", requestId: 0 }, FakeAppServer.result({ ok: true })))
          )
        ]
      })
      const proc = yield* spawnFake(fake)
      yield* proc.initialize
      yield* proc.send({ id: 1, method: "thread/resume", params: {} })
      yield* assertNotification(yield* proc.next, "serverRequest/resolved")
      assert.deepStrictEqual(yield* proc.next, { id: 1, result: { ok: true } })
    }))

  it.scoped("SIGTERM exits 0", () =>
    Effect.gen(function*() {
      const proc = yield* spawnFake(yield* FakeAppServer.make({}))
      yield* proc.initialize
      proc.child.kill("SIGTERM")
      assert.deepStrictEqual(yield* proc.closed, { code: 0, signal: null })
    }))

  it.scoped("ignoreSigterm: SIGTERM is ignored, SIGKILL is needed", () =>
    Effect.gen(function*() {
      const proc = yield* spawnFake(yield* FakeAppServer.make({ ignoreSigterm: true, ignoreStdinEnd: true }))
      yield* proc.initialize
      proc.child.kill("SIGTERM")
      yield* proc.waitStderr((line) => line.includes("SIGTERM"))
      // Still serving.
      assert.deepStrictEqual(yield* proc.call(1, "thread/list", {}), { id: 1, result: {} })
      yield* proc.closeStdin
      yield* proc.waitStderr((line) => line.includes("stdin ended"))
      proc.child.kill("SIGKILL")
      assert.deepStrictEqual(yield* proc.closed, { code: null, signal: "SIGKILL" })
    }))
})
