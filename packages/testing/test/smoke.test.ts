/**
 * Smoke tests on the REAL `codex app-server` (the pinned binary), driven over stdio against the
 * fake Responses API. One app-server per file, one thread per test.
 */
import * as CodexBinary from "@effect-codex/sdk/CodexBinary"
import { CodexHome, FakeResponses } from "@effect-codex/testing"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as FileSystem from "@effect/platform/FileSystem"
import { assert, describe, it, layer } from "@effect/vitest"
import { Context, Duration, Effect, Exit, Fiber, Layer, Option, Queue, Schema, Scope } from "effect"
import * as Path from "node:path"
import * as StdioClient from "../scripts/stdioClient.js"

const { Item, Script } = FakeResponses

// -----------------------------------------------------------------------------
// The few shapes these tests read (unknown fields are ignored)
// -----------------------------------------------------------------------------

const ThreadStartResult = Schema.Struct({ thread: Schema.Struct({ id: Schema.String }) })
const TurnStartResult = Schema.Struct({ turn: Schema.Struct({ id: Schema.String }) })
const InitializeResult = Schema.Struct({ userAgent: Schema.String, codexHome: Schema.String })
const Scoped = Schema.Struct({ threadId: Schema.String })

const TurnError = Schema.Struct({ message: Schema.String, codexErrorInfo: Schema.Unknown })
const TurnCompleted = Schema.Struct({
  threadId: Schema.String,
  turn: Schema.Struct({ id: Schema.String, status: Schema.String, error: Schema.NullOr(TurnError) })
})
const AgentMessage = Schema.Struct({
  type: Schema.Literal("agentMessage"),
  id: Schema.String,
  text: Schema.String,
  phase: Schema.NullOr(Schema.String)
})
const Reasoning = Schema.Struct({
  type: Schema.Literal("reasoning"),
  id: Schema.String,
  summary: Schema.Array(Schema.String)
})
const CommandExecution = Schema.Struct({
  type: Schema.Literal("commandExecution"),
  id: Schema.String,
  status: Schema.String
})
const ItemCompleted = Schema.Struct({ item: Schema.Struct({ type: Schema.String }) })
const Delta = Schema.Struct({ itemId: Schema.String, delta: Schema.String })
const TokenUsageUpdated = Schema.Struct({
  turnId: Schema.String,
  tokenUsage: Schema.Struct({
    last: Schema.Struct({
      inputTokens: Schema.Number,
      cachedInputTokens: Schema.Number,
      outputTokens: Schema.Number,
      reasoningOutputTokens: Schema.Number,
      totalTokens: Schema.Number
    })
  })
})
const ErrorNotification = Schema.Struct({ willRetry: Schema.Boolean })
const CommandApproval = Schema.Struct({
  turnId: Schema.String,
  itemId: Schema.String,
  reason: Schema.NullOr(Schema.String),
  command: Schema.String
})
const InputItem = Schema.Struct({
  type: Schema.optional(Schema.String),
  role: Schema.optional(Schema.String),
  call_id: Schema.optional(Schema.String),
  content: Schema.optional(Schema.Unknown)
})
const RequestBody = Schema.Struct({ model: Schema.String, stream: Schema.Boolean, input: Schema.Array(InputItem) })

const decode = <A, I>(schema: Schema.Schema<A, I>) => Schema.decodeUnknownSync(schema)

// -----------------------------------------------------------------------------
// Harness: fake model + CODEX_HOME + one real app-server
// -----------------------------------------------------------------------------

interface HarnessService {
  readonly client: StdioClient.StdioClient
  readonly fake: FakeResponses.Service
  readonly home: CodexHome.Service
  readonly cwd: string
}

class Harness extends Context.Tag("test/smoke/Harness")<Harness, HarnessService>() {}

/** Spawns `codex app-server --listen stdio://` with the CODEX_HOME env and initializes it. */
const startServer = Effect.gen(function*() {
  const home = yield* CodexHome.CodexHome
  const fs = yield* FileSystem.FileSystem
  const cwd = yield* fs.makeTempDirectoryScoped({ prefix: "effect-codex-smoke-cwd-" })
  const binary = yield* CodexBinary.resolve()
  const client = yield* StdioClient.make({
    command: binary.path,
    args: ["app-server", "--listen", "stdio://"],
    env: home.env,
    cwd
  })
  const init = decode(InitializeResult)(
    yield* client.request("initialize", { clientInfo: { name: "effect_codex_test", version: "0.0.0" } })
  )
  yield* client.notify("initialized")
  return { client, init, cwd, home }
})

const Dependencies = CodexHome.layer.pipe(
  Layer.provideMerge(FakeResponses.layer),
  Layer.provideMerge(NodeFileSystem.layer)
)

const HarnessLive = Layer.scoped(
  Harness,
  Effect.gen(function*() {
    const fake = yield* FakeResponses.FakeResponses
    const { client, cwd, home } = yield* startServer
    return { client, fake, home, cwd }
  })
).pipe(Layer.provideMerge(Dependencies), Layer.orDie)

interface TurnRun {
  readonly threadId: string
  readonly turnId: string
  /** Every notification and server request of the thread, up to `turn/completed`. */
  readonly events: ReadonlyArray<StdioClient.Incoming>
  readonly completed: typeof TurnCompleted.Type
}

const threadOf = (message: StdioClient.Incoming): string | undefined =>
  Schema.is(Scoped)(message.params) ? message.params.threadId : undefined

/**
 * Starts a thread and a turn with input "hi", answers server requests with `onRequest`, and
 * collects the thread's messages until its `turn/completed`.
 */
const runTurn = <E = never>(options: {
  readonly thread?: Record<string, unknown>
  readonly onRequest?: (request: StdioClient.Incoming) => unknown
  /** Runs alongside the turn once `turn/start` has answered. */
  readonly whileRunning?: (ids: { readonly threadId: string; readonly turnId: string }) => Effect.Effect<void, E>
}) =>
  Effect.gen(function*() {
    const { client, cwd } = yield* Harness
    // subscribe before sending anything: events may arrive before the replies
    const incoming = yield* client.subscribe
    const thread = decode(ThreadStartResult)(yield* client.request("thread/start", { cwd, ...options.thread }))
    const threadId = thread.thread.id
    const turn = decode(TurnStartResult)(
      yield* client.request("turn/start", { threadId, input: [{ type: "text", text: "hi" }] })
    )
    const turnId = turn.turn.id
    const during = options.whileRunning === undefined
      ? undefined
      : yield* Effect.forkScoped(options.whileRunning({ threadId, turnId }))
    const events: Array<StdioClient.Incoming> = []
    while (true) {
      const message = yield* Queue.take(incoming)
      if (threadOf(message) !== threadId) continue
      events.push(message)
      if (message.id !== undefined) {
        yield* client.respond(message.id, options.onRequest?.(message) ?? {})
      }
      if (message.method === "turn/completed") {
        const completed = decode(TurnCompleted)(message.params)
        if (completed.turn.id === turnId) {
          if (during !== undefined) yield* Fiber.join(during)
          const run: TurnRun = { threadId, turnId, events, completed }
          return run
        }
      }
    }
  }).pipe(
    Effect.scoped,
    // a safety net against a hung turn, not a timing assertion
    Effect.timeoutFail({
      duration: Duration.seconds(30),
      onTimeout: () => new Error("no turn/completed within 30 s")
    }),
    Effect.tapError(() =>
      Effect.flatMap(Harness, ({ client }) => Effect.flatMap(client.stderr, (s) => Effect.logError(s.slice(-4000))))
    )
  )

const paramsOf = <A, I>(events: ReadonlyArray<StdioClient.Incoming>, method: string, schema: Schema.Schema<A, I>) =>
  events.filter((e) => e.method === method).map((e) => decode(schema)(e.params))

const completedItems = <A extends { readonly type: string }, I>(
  events: ReadonlyArray<StdioClient.Incoming>,
  schema: Schema.Schema<A, I>,
  type: A["type"]
): ReadonlyArray<A> =>
  events
    .filter((e) => e.method === "item/completed" && decode(ItemCompleted)(e.params).item.type === type)
    .map((e) => decode(Schema.Struct({ item: schema }))(e.params).item)

const requestBodies = (fake: FakeResponses.Service) => Effect.map(fake.requests, (all) => all.map((body) => decode(RequestBody)(body)))

// -----------------------------------------------------------------------------
// Tests
// -----------------------------------------------------------------------------

layer(HarnessLive, { excludeTestServices: true, timeout: Duration.seconds(60) })("real codex app-server", (it) => {
  it.effect("the connection is initialized: a second initialize is refused", () =>
    Effect.gen(function*() {
      const { client } = yield* Harness
      const again = yield* Effect.flip(
        client.request("initialize", { clientInfo: { name: "effect_codex_test", version: "0.0.0" } })
      )
      assert.strictEqual(again._tag, "RpcError")
      if (again._tag === "RpcError") assert.strictEqual(again.code, -32600)
    }))

  it.effect("a commentary + final answer stream as deltas, with their phases and the scripted usage", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.reset
      const commentary = "Let me look at that."
      const answer = "Hello from the fake model!"
      yield* fake.enqueue(
        Script.reply([
          Item.message(commentary, { phase: "commentary", chunks: 2 }),
          Item.message(answer, { phase: "final_answer", chunks: 4 })
        ], {
          usage: { inputTokens: 120, outputTokens: 30, totalTokens: 150, cachedTokens: 20, reasoningTokens: 5 }
        })
      )
      const run = yield* runTurn({})

      const messages = completedItems(run.events, AgentMessage, "agentMessage")
      assert.deepStrictEqual(messages.map((m) => [m.phase, m.text]), [
        ["commentary", commentary],
        ["final_answer", answer]
      ])
      const deltas = paramsOf(run.events, "item/agentMessage/delta", Delta)
      const answerDeltas = deltas.filter((d) => d.itemId === messages[1].id).map((d) => d.delta)
      assert.strictEqual(answerDeltas.length, 4)
      assert.strictEqual(answerDeltas.join(""), answer)
      assert.strictEqual(deltas.filter((d) => d.itemId === messages[0].id).map((d) => d.delta).join(""), commentary)

      const usage = paramsOf(run.events, "thread/tokenUsage/updated", TokenUsageUpdated)
      assert.strictEqual(usage.length, 1)
      assert.strictEqual(usage[0].turnId, run.turnId)
      assert.deepStrictEqual(usage[0].tokenUsage.last, {
        inputTokens: 120,
        cachedInputTokens: 20,
        outputTokens: 30,
        reasoningOutputTokens: 5,
        totalTokens: 150
      })

      assert.strictEqual(run.completed.turn.status, "completed")
      assert.isNull(run.completed.turn.error)

      // what codex sent to the model
      const bodies = yield* requestBodies(fake)
      assert.strictEqual(bodies.length, 1)
      assert.strictEqual(bodies[0].model, "mock-model")
      assert.isTrue(bodies[0].stream)
      const last = bodies[0].input[bodies[0].input.length - 1]
      assert.strictEqual(last.role, "user")
      assert.deepStrictEqual(last.content, [{ type: "input_text", text: "hi" }])
    }))

  it.effect("a reasoning summary arrives as reasoning deltas and a reasoning item", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.reasoning("**Planning** the answer", "Reasoned."))
      const run = yield* runTurn({})
      const reasoning = completedItems(run.events, Reasoning, "reasoning")
      assert.deepStrictEqual(reasoning.map((r) => r.summary), [["**Planning** the answer"]])
      const deltas = paramsOf(run.events, "item/reasoning/summaryTextDelta", Delta)
      assert.strictEqual(deltas.map((d) => d.delta).join(""), "**Planning** the answer")
      assert.deepStrictEqual(completedItems(run.events, AgentMessage, "agentMessage").map((m) => m.text), ["Reasoned."])
      assert.strictEqual(run.completed.turn.status, "completed")
    }))

  it.effect("response.failed fails the turn with the model's error", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.failed("server_error", "the fake model broke"))
      const run = yield* runTurn({})
      assert.strictEqual(run.completed.turn.status, "failed")
      const error = run.completed.turn.error
      assert.isNotNull(error)
      assert.include(error?.message, "the fake model broke")
      assert.strictEqual(error?.codexErrorInfo, "other")
      // announced once as an `error` notification, not retried
      assert.deepStrictEqual(paramsOf(run.events, "error", ErrorNotification).map((e) => e.willRetry), [false])
    }))

  it.effect("HTTP 500 fails the turn with internalServerError", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.httpError(500))
      const run = yield* runTurn({})
      assert.strictEqual(run.completed.turn.status, "failed")
      assert.strictEqual(run.completed.turn.error?.codexErrorInfo, "internalServerError")
    }))

  it.effect("HTTP 401 fails the turn with httpConnectionFailed 401", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.httpError(401, { message: "bad key" }))
      const run = yield* runTurn({})
      assert.strictEqual(run.completed.turn.status, "failed")
      assert.deepStrictEqual(run.completed.turn.error?.codexErrorInfo, { httpConnectionFailed: { httpStatusCode: 401 } })
      assert.include(run.completed.turn.error?.message, "bad key")
    }))

  it.effect("a connection dropped before response.completed fails the turn", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.cut({ partial: ["half ", "an ans"] }))
      const run = yield* runTurn({})
      assert.strictEqual(run.completed.turn.status, "failed")
      assert.include(run.completed.turn.error?.message, "stream disconnected before completion")
      // the partial message streamed its deltas but never completed
      const deltas = paramsOf(run.events, "item/agentMessage/delta", Delta).map((d) => d.delta)
      assert.deepStrictEqual(deltas, ["half ", "an ans"])
      assert.deepStrictEqual(completedItems(run.events, AgentMessage, "agentMessage"), [])
    }))

  it.effect("a body ended without response.completed fails the turn", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.cut({ items: [Item.message("partial")], mode: "end" }))
      const run = yield* runTurn({})
      assert.strictEqual(run.completed.turn.status, "failed")
      assert.include(run.completed.turn.error?.message, "stream closed before response.completed")
    }))

  it.effect("a stall holds the turn until released", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.enqueue(Script.stall({ id: "smoke", then: Script.text("released", { phase: "final_answer" }) }))
      const run = yield* runTurn({
        whileRunning: () => Effect.zipRight(fake.awaitStall("smoke"), fake.release("smoke"))
      })
      assert.strictEqual(run.completed.turn.status, "completed")
      assert.deepStrictEqual(completedItems(run.events, AgentMessage, "agentMessage").map((m) => m.text), ["released"])
    }))

  it.effect("a turn interrupted while the model stalls completes as interrupted", () =>
    Effect.gen(function*() {
      const { client, fake } = yield* Harness
      yield* fake.enqueue(Script.stall({ id: "interrupt" }))
      const run = yield* runTurn({
        whileRunning: ({ threadId, turnId }) =>
          Effect.zipRight(fake.awaitStall("interrupt"), client.request("turn/interrupt", { threadId, turnId }))
      })
      assert.strictEqual(run.completed.turn.status, "interrupted")
      assert.deepStrictEqual(completedItems(run.events, AgentMessage, "agentMessage"), [])
      // the fake is still usable
      yield* fake.enqueue(Script.text("after the interrupt"))
      const next = yield* runTurn({})
      assert.deepStrictEqual(completedItems(next.events, AgentMessage, "agentMessage").map((m) => m.text), [
        "after the interrupt"
      ])
    }))

  it.effect("an escalated exec_command asks for approval; declined, the turn still completes", () =>
    Effect.gen(function*() {
      const { fake } = yield* Harness
      yield* fake.reset
      yield* fake.enqueue(
        Script.execCommand({
          cmd: "touch should-not-exist",
          sandboxPermissions: "require_escalated",
          justification: "Create a file outside the sandbox",
          callId: "call_smoke_1"
        }),
        Script.text("I could not run it.", { phase: "final_answer" })
      )
      const run = yield* runTurn({
        thread: { approvalPolicy: "on-request" },
        onRequest: () => ({ decision: "decline" })
      })

      const requests = run.events.filter((e) => e.method === "item/commandExecution/requestApproval")
      assert.strictEqual(requests.length, 1)
      assert.isDefined(requests[0].id)
      const approval = decode(CommandApproval)(requests[0].params)
      assert.strictEqual(approval.turnId, run.turnId)
      assert.strictEqual(approval.itemId, "call_smoke_1")
      assert.strictEqual(approval.reason, "Create a file outside the sandbox")
      assert.include(approval.command, "touch should-not-exist")

      const commands = completedItems(run.events, CommandExecution, "commandExecution")
      assert.deepStrictEqual(commands.map((c) => [c.id, c.status]), [["call_smoke_1", "declined"]])
      assert.strictEqual(run.completed.turn.status, "completed")
      assert.deepStrictEqual(completedItems(run.events, AgentMessage, "agentMessage").map((m) => m.text), [
        "I could not run it."
      ])

      // codex answered the call with a second request ending with the function_call_output
      const bodies = yield* requestBodies(fake)
      assert.strictEqual(bodies.length, 2)
      const last = bodies[1].input[bodies[1].input.length - 1]
      assert.strictEqual(last.type, "function_call_output")
      assert.strictEqual(last.call_id, "call_smoke_1")
    }))

  it.effect("the server runs on the generated CODEX_HOME", () =>
    Effect.gen(function*() {
      const { home } = yield* Harness
      const fs = yield* FileSystem.FileSystem
      assert.strictEqual(yield* fs.readFileString(home.configPath), home.config)
      assert.strictEqual(home.env.CODEX_HOME, home.path)
    }))
})

describe("process lifetime", () => {
  it.live("the app-server runs the pinned version and is gone once its scope closes", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(Dependencies, scope)
      const { client, home, init } = yield* startServer.pipe(Effect.provide(context), Scope.extend(scope))
      assert.include(init.userAgent, `/${CodexBinary.pinnedVersion} `)
      // the server runs on our CODEX_HOME (compared by name: the OS may report a resolved path)
      assert.isTrue(init.codexHome.endsWith(Path.basename(home.path)))
      assert.isTrue(Option.isNone(yield* client.exitStatus))
      yield* Scope.close(scope, Exit.void)
      assert.isTrue(Option.isSome(yield* client.exitStatus))
      // signal 0 only checks existence: the process must be gone
      assert.throws(() => process.kill(client.pid, 0))
      // and so is its CODEX_HOME
      const fs = yield* FileSystem.FileSystem
      assert.isFalse(yield* fs.exists(home.path))
    }).pipe(Effect.provide(NodeFileSystem.layer)))
})
