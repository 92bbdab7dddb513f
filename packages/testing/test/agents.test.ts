/**
 * The testing kit as a user's agent tests use it: one real app-server per file
 * (`layer(TestCodex.layer(), { excludeTestServices: true })`), answers routed by thread and by
 * request, the approval and tool-call flows, and a turn timeout under `it.effect` (which would
 * hang on the TestClock without `excludeTestServices`).
 */
import { Approvals, Codex } from "@effect-codex/sdk"
import { CodexHome, FakeResponses, TestCodex } from "@effect-codex/testing"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { assert, layer } from "@effect/vitest"
import { Effect } from "effect"

const { Flow, Script } = FakeResponses

const commandStatus = (items: ReadonlyArray<{ readonly type: string; readonly status?: unknown }>) =>
  items.flatMap((item) => item.type === "commandExecution" ? [String(item.status)] : [])

layer(TestCodex.layer(), { excludeTestServices: true })("the testing kit, on the real app-server", (it) => {
  it.effect("gives each thread its own answers (enqueueFor), even with turns running at once", () =>
    Effect.gen(function*() {
      const codex = yield* Codex.Codex
      const fake = yield* FakeResponses.FakeResponses
      yield* fake.reset
      const [planner, critic] = yield* Effect.all([codex.threadStart(), codex.threadStart()])
      yield* fake.enqueueFor(planner.id, Script.withDelay(Script.text("Plan: three steps."), "20 millis"))
      yield* fake.enqueueFor(critic.id, Script.text("Looks risky."))
      const [plan, critique] = yield* Effect.all([planner.run("plan it"), critic.run("criticise it")], {
        concurrency: "unbounded"
      })
      assert.strictEqual(plan.finalResponse, "Plan: three steps.")
      assert.strictEqual(critique.finalResponse, "Looks risky.")
      const requests = yield* fake.parsedRequests
      const byThread = new Map(requests.map((r) => [r.threadId, r.prompt]))
      assert.strictEqual(byThread.get(planner.id), "plan it")
      assert.strictEqual(byThread.get(critic.id), "criticise it")
      assert.include(requests[0]!.tools, "exec_command")
      assert.strictEqual(yield* fake.pending, 0)
    }))

  it.effect("answers by a function of the request: prompt, then the tool's output", () =>
    Effect.gen(function*() {
      const codex = yield* Codex.Codex
      const fake = yield* FakeResponses.FakeResponses
      yield* fake.reset
      yield* fake.respond((request) => {
        if (request.prompt !== "what is in hello.txt?") return undefined
        const output = request.toolOutputs[0]
        return output === undefined
          ? Script.execCommand({ cmd: "cat hello.txt" })
          : Script.text(output.output.includes("hi from the file") ? "It says hi." : `unexpected: ${output.output}`)
      })
      yield* fake.enqueue(Script.text("from the shared queue"))
      // the app-server runs in the home directory unless `client.cwd` says otherwise
      const home = yield* CodexHome.CodexHome
      Fs.writeFileSync(Path.join(home.path, "hello.txt"), "hi from the file\n")
      const thread = yield* codex.threadStart()
      const answered = yield* thread.run("what is in hello.txt?")
      assert.strictEqual(answered.finalResponse, "It says hi.")
      assert.deepStrictEqual(commandStatus(answered.items), ["completed"])
      const other = yield* thread.run("anything else?")
      assert.strictEqual(other.finalResponse, "from the shared queue")
    }))

  it.effect("runs the approval flow: accepted, then declined", () =>
    Effect.gen(function*() {
      const codex = yield* Codex.Codex
      const fake = yield* FakeResponses.FakeResponses
      yield* fake.reset
      const thread = yield* codex.threadStart({ preset: { approvals: "onRequest" } })
      yield* fake.enqueueFor(thread.id, ...Flow.commandApproval("echo approved", { answer: "ran it" }))
      yield* fake.enqueueFor(thread.id, ...Flow.commandApproval("echo refused", { answer: "did not run it" }))
      const asked: Array<ReadonlyArray<string>> = []
      const accepted = yield* thread.run("run it", {
        approvals: {
          commandExecution: (params) =>
            Effect.sync(() => asked.push(Approvals.parsedCommands(params))).pipe(Effect.as({ decision: "accept" as const }))
        }
      })
      assert.deepStrictEqual(asked, [["echo approved"]])
      assert.deepStrictEqual(commandStatus(accepted.items), ["completed"])
      assert.strictEqual(accepted.finalResponse, "ran it")
      const declined = yield* thread.run("run the other") // no handler: declined (fail closed)
      assert.deepStrictEqual(commandStatus(declined.items), ["declined"])
      assert.strictEqual(declined.finalResponse, "did not run it")
      const requests = yield* fake.parsedRequests
      assert.include(requests[1]!.toolOutputs[0]!.output, "approved")
    }))

  it.effect("runs a tool-call flow: the call's output comes back to the model", () =>
    Effect.gen(function*() {
      const codex = yield* Codex.Codex
      const fake = yield* FakeResponses.FakeResponses
      yield* fake.reset
      const thread = yield* codex.threadStart()
      yield* fake.enqueueFor(thread.id, ...Flow.command("echo from-the-tool", { answer: "done", callId: "call_echo" }))
      const result = yield* thread.run("echo something")
      assert.strictEqual(result.finalResponse, "done")
      const [call, answer] = yield* fake.parsedRequests
      assert.deepStrictEqual(call!.toolOutputs, [])
      assert.strictEqual(answer!.toolOutputs[0]!.callId, "call_echo")
      assert.include(answer!.toolOutputs[0]!.output, "from-the-tool")
    }))

  it.effect("times a turn out under it.effect (no TestClock with excludeTestServices)", () =>
    Effect.gen(function*() {
      const codex = yield* Codex.Codex
      const fake = yield* FakeResponses.FakeResponses
      yield* fake.reset
      yield* fake.enqueue(Script.stall({ id: "never" }))
      const thread = yield* codex.threadStart()
      const error = yield* Effect.flip(thread.run("hang", { timeout: "300 millis" }))
      assert.strictEqual(error._tag, "TurnTimeout")
      yield* fake.release("never")
    }))
})
