/**
 * The Promise facade used as plain JavaScript would use it (async/await, for-await, AbortController),
 * on the real app-server with the scripted model. One shared app-server for most tests (its
 * context as the facade's layer), one of its own where the client must own it (options, dispose).
 */
import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { Layer, ManagedRuntime } from "effect"
import { afterAll, assert, beforeAll, beforeEach, describe, it } from "vitest"
import * as Approvals from "../src/Approvals.js"
import type * as Codex from "../src/Codex.js"
import type * as Events from "../src/Events.js"
import * as Inputs from "../src/Inputs.js"
import * as PromiseClient from "../src/PromiseClient.js"

const { Item, Script } = FakeResponses

type Shared = Codex.Codex | FakeResponses.FakeResponses
let shared: ManagedRuntime.ManagedRuntime<Shared, unknown>
let sharedLayer: Layer.Layer<Codex.Codex>
let fake: FakeResponses.Service

const unhandled: Array<unknown> = []
const onUnhandled = (reason: unknown) => void unhandled.push(reason)

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled)
  shared = ManagedRuntime.make(TestCodex.layer() as Layer.Layer<Shared, unknown>)
  const context = await shared.runtime().then((rt) => rt.context)
  sharedLayer = Layer.succeedContext(context)
  fake = await shared.runPromise(FakeResponses.FakeResponses.pipe((f) => f))
})

afterAll(async () => {
  await shared.dispose()
  process.off("unhandledRejection", onUnhandled)
})

beforeEach(async () => {
  await shared.runPromise(fake.reset)
})

const enqueue = (...scripts: ReadonlyArray<FakeResponses.Script>) => shared.runPromise(fake.enqueue(...scripts))
const rejection = (promise: Promise<unknown>): Promise<Error & { readonly _tag: string }> =>
  promise.then(
    () => assert.fail("expected a rejection"),
    (error: unknown) => {
      assert.instanceOf(error, Error)
      assert.isString((error as { _tag?: unknown })._tag)
      return error as Error & { readonly _tag: string }
    }
  )

const commandStatus = (items: ReadonlyArray<{ readonly type: string }>) =>
  items.flatMap((i) => (i.type === "commandExecution" ? [(i as unknown as { status: string }).status] : []))

const escalated = (cmd: string) => Script.execCommand({ cmd, sandboxPermissions: "require_escalated", justification: "demo" })

describe("PromiseClient on the real app-server", () => {
  it("iterates a turn's events with for await, then gives its result", async () => {
    await enqueue(Script.reply([Item.message("Let me see.", { phase: "commentary" }), Item.message("Forty-two.", { phase: "final_answer" })]))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const turn = await thread.turn("What is the answer?")
      assert.strictEqual(turn.threadId, thread.id)
      const methods: Array<string> = []
      for await (const event of turn) methods.push(event.method)
      assert.strictEqual(methods[methods.length - 1], "turn/completed")
      assert.include(methods, "item/agentMessage/delta")
      const result = await turn.run()
      assert.strictEqual(result.id, turn.id)
      assert.strictEqual(result.finalResponse, "Forty-two.")
    } finally {
      await codex.dispose()
    }
  })

  it("streams text deltas from a handle, and run's onText", async () => {
    await enqueue(Script.text(["Str", "eam"]), Script.text(["on", "Text"]))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const turn = await thread.turn("go")
      let text = ""
      for await (const delta of turn.textDeltas()) text += delta
      assert.strictEqual(text, "Stream")
      assert.strictEqual((await turn.run()).finalResponse, "Stream")
      let streamed = ""
      const result = await thread.run("again", { onText: (t) => (streamed += t) })
      assert.strictEqual(streamed, "onText")
      assert.strictEqual(result.finalResponse, "onText")
    } finally {
      await codex.dispose()
    }
  })

  it("steers and interrupts a running turn through its handle", async () => {
    await enqueue(Script.stall({ id: "hold" }), Script.text("steered answer"), Script.stall({ id: "again" }))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const turn = await thread.turn("first")
      await shared.runPromise(fake.awaitStall("hold"))
      const steer = await turn.steer(Inputs.text("and also this"))
      assert.strictEqual(steer.turnId, turn.id)
      assert.strictEqual((await turn.run()).finalResponse, "steered answer")

      const second = await thread.turn("second")
      await shared.runPromise(fake.awaitStall("again"))
      await second.interrupt()
      assert.strictEqual((await second.run()).status, "interrupted")
    } finally {
      await codex.dispose()
    }
  })

  it("aborts a run with an AbortSignal: Aborted, the turn interrupted, the thread usable again", async () => {
    await enqueue(Script.stall({ id: "abort" }), Script.text("after"))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const controller = new AbortController()
      const running = rejection(thread.run("hang", { signal: controller.signal }))
      await shared.runPromise(fake.awaitStall("abort"))
      controller.abort(new Error("user pressed stop"))
      const error = await running
      assert.strictEqual(error._tag, "Aborted")
      assert.include(error.message, "user pressed stop")
      const read = await thread.read({ includeTurns: true })
      assert.strictEqual(read.thread.turns[read.thread.turns.length - 1]!.status, "interrupted")
      assert.strictEqual((await thread.run("next")).finalResponse, "after")
      // an already aborted signal: nothing is started
      const before = (await shared.runPromise(fake.requests)).length
      const early = await rejection(thread.run("never", { signal: AbortSignal.abort() }))
      assert.strictEqual(early._tag, "Aborted")
      assert.strictEqual((await shared.runPromise(fake.requests)).length, before)
    } finally {
      await codex.dispose()
    }
  })

  it("interrupts a turn handle when its signal aborts", async () => {
    await enqueue(Script.stall({ id: "handle" }))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const controller = new AbortController()
      const turn = await thread.turn("hang", { signal: controller.signal })
      await shared.runPromise(fake.awaitStall("handle"))
      controller.abort()
      assert.strictEqual((await turn.run()).status, "interrupted")
    } finally {
      await codex.dispose()
    }
  })

  it("times a run out with its timeout option: TurnTimeout", async () => {
    await enqueue(Script.stall({ id: "slow" }))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const error = await rejection(thread.run("hang", { timeout: "300 millis" }))
      assert.strictEqual(error._tag, "TurnTimeout")
    } finally {
      await codex.dispose()
    }
  })

  it("asks per-turn Promise approval handlers (commandActions), and declines when one throws", async () => {
    await enqueue(escalated("echo approved"), Script.text("done"), escalated("echo refused"), Script.text("done"))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart({ preset: { approvals: "onRequest" } })
      const seen: Array<ReadonlyArray<string>> = []
      const accepted = await thread.run("run it", {
        approvals: {
          commandExecution: async (params) => {
            seen.push(Approvals.parsedCommands(params))
            return { decision: "accept" }
          }
        }
      })
      assert.deepStrictEqual(seen, [["echo approved"]])
      assert.notDeepEqual(commandStatus(accepted.items), ["declined"])
      const declined = await thread.run("run it", {
        approvals: {
          commandExecution: () => {
            throw new Error("no")
          }
        }
      })
      assert.deepStrictEqual(commandStatus(declined.items), ["declined"])
    } finally {
      await codex.dispose()
    }
  })

  it("uses client-wide Promise approval handlers given to make", async () => {
    await enqueue(escalated("echo client-wide"), Script.text("done"))
    const asked: Array<string> = []
    const codex = PromiseClient.make({
      approvals: {
        commandExecution: (params) => {
          asked.push(...Approvals.parsedCommands(params))
          return { decision: "accept" }
        }
      }
    }, sharedLayer)
    try {
      const thread = await codex.threadStart({ preset: { approvals: "onRequest" } })
      const result = await thread.run("run it")
      assert.deepStrictEqual(asked, ["echo client-wide"])
      assert.notDeepEqual(commandStatus(result.items), ["declined"])
    } finally {
      await codex.dispose()
    }
  })

  it("lists every thread with threadListAll, and iterates the global events", async () => {
    await enqueue(Script.text("one"), Script.text("two"))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const events = codex.events()
      const first = events.next()
      let settled = false
      void first.then(() => (settled = true))
      const started: Array<string> = []
      // the subscription is made by the first next(): start threads until it sees one
      while (!settled) {
        const thread = await codex.threadStart()
        started.push(thread.id)
        await thread.run("hi")
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const event = (await first).value as Events.Event
      assert.isString(event.method)
      await events.return!()
      const ids: Array<string> = []
      for await (const thread of codex.threadListAll({ limit: 1 })) ids.push(thread.id)
      for (const id of started) assert.include(ids, id)
      // breaking out early is fine
      for await (const _ of codex.threadListAll({ limit: 1 })) break
    } finally {
      await codex.dispose()
    }
  })

  it("starts a ChatGPT browser login and cancels it; wait rejects with LoginFailed", async () => {
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const login = await codex.loginChatgpt()
      assert.match(login.authUrl, /^https?:\/\//)
      await login.cancel()
      const error = await rejection(login.wait())
      assert.strictEqual(error._tag, "LoginFailed")
    } finally {
      await codex.dispose()
    }
  })

  it("rejects with the real tagged errors, as Errors", async () => {
    await enqueue(Script.failed("context_length_exceeded", "too long"))
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      assert.strictEqual((await rejection(thread.run("hi"))).constructor.name, "TurnFailed")
      const invalid = await rejection(codex.threadStart({ preset: { approvals: "sometimes" as never } }))
      assert.strictEqual(invalid._tag, "InvalidParams")
      const unknownThread = await rejection(codex.thread("not-a-thread").read())
      assert.strictEqual(unknownThread._tag, "InvalidRequest")
    } finally {
      await codex.dispose()
    }
  })

  it("rejects bad arguments from plain JavaScript with InvalidParams, never a synchronous throw", async () => {
    const codex = PromiseClient.make({}, sharedLayer)
    try {
      const thread = await codex.threadStart()
      const bad: ReadonlyArray<[string, () => Promise<unknown>]> = [
        ["run(null)", () => thread.run("hi", null as never)],
        ["run(\"x\")", () => thread.run("hi", "x" as never)],
        ["signal", () => thread.run("hi", { signal: "nope" as never })],
        ["signal {}", () => thread.run("hi", { signal: {} as never })],
        ["onText", () => thread.run("hi", { onText: 5 as never })],
        ["turn signal", () => thread.turn("hi", { signal: 1 as never })],
        ["timeout", () => thread.run("hi", { timeout: "soon" as never })],
        ["threadStart(null)", () => codex.threadStart(null as never)],
        ["threadResume(id, [])", () => codex.threadResume(thread.id, [] as never)]
      ]
      for (const [name, call] of bad) {
        let promise: Promise<unknown> | undefined
        assert.doesNotThrow(() => void (promise = call()), undefined, name)
        const error = await rejection(promise!)
        assert.strictEqual(error._tag, "InvalidParams", name)
      }
      try {
        PromiseClient.make({ approvalTimeout: "soon" as never }, sharedLayer)
        assert.fail("expected InvalidParams")
      } catch (error) {
        assert.strictEqual((error as { _tag?: string })._tag, "InvalidParams")
      }
    } finally {
      await codex.dispose()
    }
  })

  it("rejects calls during and after dispose with ClientDisposed", async () => {
    await enqueue(Script.stall({ id: "disposed" }))
    const codex = PromiseClient.make({}, sharedLayer)
    const thread = await codex.threadStart()
    const pending = rejection(thread.run("hang"))
    const iterating = rejection((async () => {
      for await (const _ of codex.events()) continue
    })())
    await shared.runPromise(fake.awaitStall("disposed"))
    await codex.dispose()
    assert.strictEqual((await pending)._tag, "ClientDisposed")
    assert.strictEqual((await iterating)._tag, "ClientDisposed")
    assert.strictEqual((await rejection(codex.threadStart()))._tag, "ClientDisposed")
    assert.strictEqual((await rejection(thread.read()))._tag, "ClientDisposed")
    await codex.dispose()
  })
})

describe("PromiseClient with its own app-server", () => {
  it("honours its options with a layer function, and rejects with ClientDisposed after dispose", async () => {
    const codex = PromiseClient.make(
      { turnTimeout: "300 millis" },
      (options) => TestCodex.layer({ client: options, scripts: [Script.stall()] })
    )
    const thread = await codex.threadStart()
    assert.strictEqual((await rejection(thread.run("hang"))).constructor.name, "TurnTimeout")
    await codex.dispose()
    const error = await rejection(codex.metadata())
    assert.strictEqual(error._tag, "ClientDisposed")
  })

  it("refuses options it cannot pass to a Layer value", () => {
    try {
      PromiseClient.make({ turnTimeout: "1 second" }, sharedLayer)
      assert.fail("expected InvalidParams")
    } catch (error) {
      assert.strictEqual((error as { _tag?: string })._tag, "InvalidParams")
    }
  })

  it("left no unhandled rejection behind", () => {
    assert.deepStrictEqual(unhandled, [])
  })
})
