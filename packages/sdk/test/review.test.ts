import { FakeAppServer, FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as AppServer from "../src/AppServer.js"
import * as Review from "../src/Review.js"
import { onFake, setup } from "./utils/setup.js"

const { Script } = FakeResponses

/** What the scripted model answers in review mode: codex's review output JSON. */
const reviewOutput = JSON.stringify({
  findings: [{
    title: "Off-by-one in the loop bound",
    body: "`i <= n` reads past the end of the array.",
    confidence_score: 0.9,
    priority: 1,
    code_location: { absolute_file_path: "/repo/src/sum.ts", line_range: { start: 3, end: 4 } }
  }],
  overall_correctness: "patch is incorrect",
  overall_explanation: "The loop reads one element too many.",
  overall_confidence_score: 0.8
})

describe("Review against the real app-server", () => {
  layer(TestCodex.layer(), { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("run: a custom review; the result carries the review text", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.text(reviewOutput))
        const thread = yield* codex.threadStart()
        const result = yield* Review.run(thread, Review.custom("Review src/sum.ts"))
        assert.strictEqual(result.status, "completed")
        assert.strictEqual(result.threadId, thread.id)
        // codex 0.169.0 runs the review on the thread itself
        assert.strictEqual(result.reviewThreadId, thread.id)
        assert.include(result.review, "The loop reads one element too many.")
        assert.include(result.review, "Off-by-one in the loop bound")
        assert.include(result.review, "/repo/src/sum.ts:3-4")
        assert.deepStrictEqual(
          result.items.map((i) => i.type).filter((t) => t.endsWith("ReviewMode")),
          ["enteredReviewMode", "exitedReviewMode"]
        )
        // the model was asked to review, with codex's review instructions
        const [request] = yield* fake.requests
        assert.include(JSON.stringify(request), "Review src/sum.ts")
      }))

    it.effect("start: a handle with the review turn's events; inline delivery runs on the thread itself", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text(reviewOutput))
        const thread = yield* codex.threadStart()
        const handle = yield* Review.start(thread, Review.custom("Review it"), { delivery: "inline" })
        assert.strictEqual(handle.reviewThreadId, thread.id)
        const events = Chunk.toReadonlyArray(yield* Stream.runCollect(handle.stream))
        assert.strictEqual(events.at(-1)?.method, "turn/completed")
        assert.isTrue(events.some((e) => e.method === "item/completed" && (e.params as any).item.type === "exitedReviewMode"))
        const result = yield* handle.run
        assert.strictEqual(result.turnId, handle.turnId)
        assert.include(result.review, "Off-by-one")
        // a later consumer sees the same events from the start
        const again = Chunk.toReadonlyArray(yield* Stream.runCollect(handle.stream))
        assert.deepStrictEqual(again.map((e) => e.method), events.map((e) => e.method))
      }).pipe(Effect.scoped))

    it.effect("interrupt: the review ends interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "review" }))
        const thread = yield* codex.threadStart()
        const handle = yield* Review.start(thread, Review.custom("Review it"))
        yield* fake.awaitStall("review")
        yield* handle.interrupt
        const result = yield* handle.run
        assert.strictEqual(result.status, "interrupted")
        // codex still leaves review mode, with a placeholder
        assert.strictEqual(result.review, "Reviewer failed to output a response.")
        yield* fake.release("review")
      }).pipe(Effect.scoped))

    it.effect("a scope closed before the review ended interrupts it", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "review" }))
        const thread = yield* codex.threadStart()
        const handle = yield* Effect.scoped(Effect.gen(function*() {
          const handle = yield* Review.start(thread, Review.custom("Review it"))
          yield* fake.awaitStall("review")
          return handle
        }))
        // the scope's finalizer waited for the review's end
        const result = yield* handle.run
        assert.strictEqual(result.status, "interrupted")
        const { thread: read } = yield* codex.thread(thread.id).read({ includeTurns: true })
        assert.isAbove(read.turns.length, 0)
        assert.isTrue(read.turns.every((t) => t.status === "interrupted"))
        yield* fake.release("review")
      }))

    it.effect("a failed review turn fails with TurnFailed", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.failed("server_error", "the model broke"))
        const thread = yield* codex.threadStart()
        const error = yield* Effect.flip(Review.run(thread, Review.custom("Review it")))
        assert.strictEqual(error._tag, "TurnFailed")
        assert.include(error._tag === "TurnFailed" ? error.error?.message : "", "the model broke")
      }))

    it.effect("uncommittedChanges in a git repository: the model is asked to review the current changes", () =>
      Effect.gen(function*() {
        const repo = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-review-"))
        yield* Effect.addFinalizer(() => Effect.sync(() => Fs.rmSync(repo, { recursive: true, force: true })))
        const git = (...args: ReadonlyArray<string>) =>
          ChildProcess.execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: repo })
        git("init", "-q")
        Fs.writeFileSync(Path.join(repo, "sum.ts"), "export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)\n")
        git("add", ".")
        git("commit", "-qm", "sum")
        Fs.writeFileSync(Path.join(repo, "sum.ts"), "export const sum = (xs: number[]) => xs.reduce((a, b) => a - b, 0)\n")
        const { codex, fake } = yield* setup(Script.text(reviewOutput))
        const thread = yield* codex.threadStart({ cwd: repo })
        const result = yield* Review.run(thread, Review.uncommittedChanges)
        assert.strictEqual(result.status, "completed")
        assert.include(result.review, "Off-by-one")
        const requests = JSON.stringify(yield* fake.requests)
        assert.include(requests, "Review the current code changes (staged, unstaged, and untracked files)")
        assert.include(requests, repo)
      }).pipe(Effect.scoped))

    it.effect("an unknown thread fails with a typed request error", () =>
      Effect.gen(function*() {
        yield* setup()
        const error = yield* Effect.flip(Review.run("not-a-thread", Review.uncommittedChanges))
        assert.strictEqual(error._tag, "InvalidRequest")
      }))
  })
})

describe("Review against a server newer than the pin (scripted app-server)", () => {
  // turn/completed whose turn has a field in another shape (durationMs as a string): its params do not decode
  const completed = (status: string) => ({
    threadId: "review-thread",
    turn: {
      id: "review-turn",
      status,
      items: [],
      error: status === "failed" ? { message: "the review broke", codexErrorInfo: "other", additionalDetails: null } : null,
      startedAt: 1,
      completedAt: 2,
      durationMs: "12ms"
    }
  })
  const outcome = (status: string) =>
    Effect.gen(function*() {
      const { server } = yield* onFake({
        rules: [
          FakeAppServer.on(
            "review/start",
            FakeAppServer.result({ turn: { id: "review-turn", status: "inProgress", items: [], error: null }, reviewThreadId: "review-thread" })
          ),
          // the turn ends when the test asks for it
          FakeAppServer.on("thread/list", FakeAppServer.notify("turn/completed", completed(status)))
        ]
      })
      const review = yield* Review.start({ id: "thread-1" }, Review.uncommittedChanges).pipe(Effect.provideService(AppServer.AppServer, server))
      yield* server.request("thread/list", {})
      return yield* Effect.either(review.run)
    })

  it.scopedLive("a failed review still fails with TurnFailed, a completed one completes; a time that does not decode is null", () =>
    Effect.gen(function*() {
      const failed = yield* outcome("failed")
      assert.isTrue(failed._tag === "Left" && failed.left._tag === "TurnFailed", JSON.stringify(failed))
      assert.strictEqual(failed._tag === "Left" && failed.left._tag === "TurnFailed" ? failed.left.error?.message : undefined, "the review broke")
      const done = yield* outcome("completed")
      assert.isTrue(done._tag === "Right")
      assert.strictEqual(done._tag === "Right" ? done.right.status : undefined, "completed")
      assert.isNull(done._tag === "Right" ? done.right.durationMs : undefined)
    }))
})
