import { FakeAppServer, FakeResponses, TestCodex } from "@effect-codex/testing"
import { assert, describe, it, layer } from "@effect/vitest"
import { Chunk, Effect, Exit, Fiber, Logger, Stream } from "effect"
import * as ChildProcess from "node:child_process"
import * as Fs from "node:fs"
import * as Os from "node:os"
import * as Path from "node:path"
import * as AppServer from "../src/AppServer.js"
import { internalsOf } from "../src/internal/appServer.js"
import * as Review from "../src/Review.js"
import { figure, size } from "./utils/figures.js"
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

    it.effect("a review interrupted by its caller is interrupted on the server, the second one on a thread too; the next turn runs", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(
          Script.text(reviewOutput),
          Script.stall({ id: "second" }),
          Script.stall({ id: "third" }),
          Script.text("the next turn")
        )
        const thread = yield* codex.threadStart()
        assert.strictEqual((yield* Review.run(thread, Review.custom("first"))).status, "completed")
        // the handle's own interrupt: the server refuses the turn id review/start answered (its
        // active turn has another id) and thread/read still lists the first review's turn as running
        const second = yield* Effect.scoped(Effect.gen(function*() {
          const handle = yield* Review.start(thread, Review.custom("second"))
          yield* fake.awaitStall("second")
          yield* handle.interrupt
          return yield* handle.run
        }))
        assert.strictEqual(second.status, "interrupted")
        // the caller goes away (a timeout, say): interrupting Review.run completes once it ended
        const third = yield* Effect.fork(Review.run(thread, Review.custom("third")))
        yield* fake.awaitStall("third")
        yield* Fiber.interrupt(third)
        const { thread: read } = yield* codex.thread(thread.id).read({ includeTurns: true })
        assert.notInclude(read.turns.map((t) => t.status), "inProgress")
        // the thread is not stuck in review mode: the next turn is a turn of its own
        const next = yield* thread.run("next")
        assert.strictEqual(next.status, "completed")
        assert.strictEqual(next.finalResponse, "the next turn")
        yield* fake.release("second")
        yield* fake.release("third")
      }))

    it.effect("interrupting Review.run at random points never leaves the thread in review: the next turn always runs", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup()
        yield* fake.respond((request) => (request.prompt?.startsWith("turn ") ? Script.text("the turn") : Script.text(reviewOutput)))
        const thread = yield* codex.threadStart()
        const runs = size(20, 200)
        let interrupted = 0
        for (let i = 0; i < runs; i++) {
          // interrupt after 0 to 150 ms, spread over the runs: before, during and after
          // review/start, while the review runs, or not at all
          const delay = Math.floor((i * 150) / runs) + Math.floor(Math.random() * 5)
          const exit = yield* Review.run(thread, Review.custom(`review ${i}`)).pipe(Effect.timeout(`${delay} millis`), Effect.exit)
          if (Exit.isFailure(exit)) interrupted++
          const turn = yield* thread.run(`turn ${i}`)
          assert.strictEqual(turn.status, "completed")
          assert.strictEqual(turn.finalResponse, "the turn")
        }
        assert.isAbove(interrupted, 0)
        figure("review-random-interrupt", { runs, interrupted })
      }), { timeout: 600_000 })

    it.effect("a turn started while a review runs waits for the review, then runs", () =>
      Effect.gen(function*() {
        const { codex, fake, server } = yield* setup(Script.stall({ id: "review", then: Script.text(reviewOutput) }), Script.text("the turn"))
        const thread = yield* codex.threadStart()
        const review = yield* Effect.fork(Review.run(thread, Review.custom("Review it")))
        yield* fake.awaitStall("review")
        assert.strictEqual((yield* server.stats).busyThreads, 1)
        const turn = yield* Effect.fork(thread.run("during the review"))
        // the turn waits for the thread (without the slot the server refused it at once)
        yield* Effect.sleep("200 millis")
        assert.isNull(yield* Fiber.poll(turn).pipe(Effect.map((o) => (o._tag === "Some" ? o.value : null))))
        yield* fake.release("review")
        const result = yield* Fiber.join(review)
        assert.strictEqual(result.status, "completed")
        assert.include(result.review, "Off-by-one")
        const answer = yield* Fiber.join(turn)
        assert.strictEqual(answer.status, "completed")
        assert.strictEqual(answer.finalResponse, "the turn")
      }))

    it.effect("a review started while a turn runs waits for the turn, which is not interrupted", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "turn", then: Script.text("the turn") }), Script.text(reviewOutput))
        const thread = yield* codex.threadStart()
        const turn = yield* Effect.fork(thread.run("a long turn"))
        yield* fake.awaitStall("turn")
        const review = yield* Effect.fork(Review.run(thread, Review.custom("Review it")))
        yield* Effect.sleep("200 millis")
        yield* fake.release("turn")
        // without the slot, review/start made the server interrupt the user's turn
        const answer = yield* Fiber.join(turn)
        assert.strictEqual(answer.status, "completed")
        assert.strictEqual(answer.finalResponse, "the turn")
        const result = yield* Fiber.join(review)
        assert.strictEqual(result.status, "completed")
        assert.include(result.review, "Off-by-one")
      }))

    it.effect("a review waiting for the thread can be interrupted: nothing is sent", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup(Script.stall({ id: "turn", then: Script.text("the turn") }), Script.text("after"))
        const thread = yield* codex.threadStart()
        const turn = yield* Effect.fork(thread.run("a long turn"))
        yield* fake.awaitStall("turn")
        const review = yield* Effect.fork(Review.run(thread, Review.custom("never sent")))
        yield* Effect.sleep("100 millis")
        yield* Fiber.interrupt(review)
        yield* fake.release("turn")
        assert.strictEqual((yield* Fiber.join(turn)).finalResponse, "the turn")
        assert.strictEqual((yield* thread.run("after")).finalResponse, "after")
        assert.notInclude(JSON.stringify(yield* fake.requests), "never sent")
      }))

    it.effect("a handle used after its scope fails with TurnHandleClosed; a review left running keeps its thread until it ended", () =>
      Effect.gen(function*() {
        const { codex, fake, server } = yield* setup(Script.stall({ id: "review", then: Script.text(reviewOutput) }), Script.text("after"))
        const thread = yield* codex.threadStart()
        const { handle, waiting } = yield* Effect.scoped(Effect.gen(function*() {
          const handle = yield* Review.start(thread, Review.custom("Review it"), { interruptOnExit: false })
          yield* fake.awaitStall("review")
          // someone waits for the result when the scope closes
          const waiting = yield* Effect.fork(handle.run)
          return { handle, waiting }
        }))
        const waited = yield* Fiber.await(waiting)
        assert.isTrue(Exit.isFailure(waited))
        assert.strictEqual(Exit.isFailure(waited) ? (waited.cause as any).error?._tag : "", "TurnHandleClosed")
        assert.strictEqual((yield* Effect.flip(handle.run))._tag, "TurnHandleClosed")
        assert.strictEqual((yield* Effect.flip(Stream.runCollect(handle.stream)))._tag, "TurnHandleClosed")
        assert.strictEqual((yield* Effect.flip(handle.interrupt))._tag, "TurnHandleClosed")
        // the review runs on: a turn waits for it
        assert.strictEqual((yield* server.stats).busyThreads, 1)
        const turn = yield* Effect.fork(thread.run("after"))
        yield* fake.release("review")
        const after = yield* Fiber.join(turn)
        assert.strictEqual(after.status, "completed")
        assert.strictEqual(after.finalResponse, "after")
        const { thread: read } = yield* codex.thread(thread.id).read({ includeTurns: true })
        assert.isTrue(read.turns.some((t) => t.items.some((i) => i.type === "exitedReviewMode" && i.review.includes("Off-by-one"))))
      }))

    it.effect("a review that ended before its scope closed keeps its result; its stream fails with TurnHandleClosed", () =>
      Effect.gen(function*() {
        const { codex } = yield* setup(Script.text(reviewOutput))
        const thread = yield* codex.threadStart()
        const handle = yield* Effect.scoped(Effect.tap(Review.start(thread, Review.custom("Review it")), (h) => h.run))
        const result = yield* handle.run
        assert.strictEqual(result.status, "completed")
        assert.include(result.review, "Off-by-one")
        assert.strictEqual((yield* Effect.flip(Stream.runCollect(handle.stream)))._tag, "TurnHandleClosed")
      }))

    it.effect("a review whose review/start the client gave up on is stopped on the server before its thread is free", () =>
      Effect.gen(function*() {
        const { codex, fake } = yield* setup()
        // answered by prompt: the review may be interrupted before or after it asked the model
        yield* fake.respond((request) =>
          request.prompt === "next" ? Script.text("after the review") : Script.stall({ id: "unclaimed" })
        )
        const thread = yield* codex.threadStart()
        // the reply comes after the server started the review: a microsecond's timeout gives up before
        // it, nearly always; a review that did start is interrupted by closing its scope, and tried again
        let gaveUp = 0
        let attempts = 0
        for (; attempts < 20 && gaveUp === 0; attempts++) {
          const review = yield* Effect.either(Effect.scoped(
            Review.start(thread, Review.custom("Review it"), { request: { timeout: "1 micros", retry: false } })
          ))
          if (review._tag === "Left") {
            assert.strictEqual(review.left._tag, "RequestTimeout", JSON.stringify(review))
            gaveUp++
          }
        }
        figure("review-start-given-up", { attempts })
        assert.strictEqual(gaveUp, 1)
        // the next turn waits until the review was interrupted, then runs (before: ActiveTurnNotSteerable)
        const next = yield* thread.run("next")
        assert.strictEqual(next.status, "completed")
        assert.strictEqual(next.finalResponse, "after the review")
        const { thread: read } = yield* codex.thread(thread.id).read({ includeTurns: true })
        const reviews = read.turns.filter((t) => t.items.some((i) => i.type === "enteredReviewMode"))
        assert.isAbove(reviews.length, 0)
        assert.isTrue(reviews.every((t) => t.status === "interrupted"), JSON.stringify(reviews.map((t) => t.status)))
        assert.notInclude(read.turns.map((t) => t.status), "inProgress")
        yield* fake.release("unclaimed")
      }))

    it.effect("reviews leave no live turn behind in the router (codex runs each under a turn it never ends under its id)", () =>
      Effect.gen(function*() {
        const { codex, fake, server } = yield* setup()
        yield* fake.respond((request) =>
          request.prompt === "stalled" ? Script.stall({ id: "stalled" }) : Script.text(reviewOutput)
        )
        const thread = yield* codex.threadStart()
        const reviews = 5
        for (let i = 0; i < reviews; i++) {
          assert.strictEqual((yield* Review.run(thread, Review.custom(`review ${i}`))).status, "completed")
        }
        // an interrupted one and one whose review/start the client gave up on too
        const interrupted = yield* Effect.scoped(Effect.gen(function*() {
          const handle = yield* Review.start(thread, Review.custom("stalled"))
          yield* fake.awaitStall("stalled")
          return handle
        }))
        assert.strictEqual((yield* interrupted.run).status, "interrupted")
        // (nearly always given up on; else interrupted by its scope)
        const gaveUp = yield* Effect.either(Effect.scoped(
          Review.start(thread, Review.custom("stalled"), { request: { timeout: "1 micros", retry: false } })
        ))
        assert.strictEqual((yield* thread.run("turn")).status, "completed")
        const stats = yield* server.stats
        figure("review-router-after", {
          reviews: reviews + 2,
          gaveUp: gaveUp._tag === "Left" ? gaveUp.left._tag : "no",
          liveTurns: stats.liveTurns,
          unclaimedTurns: stats.unclaimedTurns
        })
        assert.strictEqual(stats.liveTurns, 0)
        assert.strictEqual(stats.unclaimedTurns, 0)
        yield* fake.release("stalled")
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
      // a review on another thread (a detached delivery) takes that thread, not the one asked for
      const { slots } = internalsOf(server)
      assert.deepStrictEqual([slots.isHeld("thread-1"), slots.isHeld("review-thread")], [false, true])
      yield* server.request("thread/list", {})
      const exit = yield* Effect.either(review.run)
      assert.deepStrictEqual([slots.isHeld("thread-1"), slots.isHeld("review-thread")], [false, false])
      return exit
    })

  it.scopedLive("a failed review still fails with TurnFailed, a completed one completes; a time that does not decode is null; a review on another thread holds that thread until it ended", () =>
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

describe("Review against a server that does not let it be interrupted (scripted app-server)", () => {
  it.scopedLive("the scope's wait is bounded by turnInterruptGrace: a warning, the result interrupted, the thread free, never a hang", () =>
    Effect.gen(function*() {
      const logs: Array<string> = []
      const collect = Logger.replace(Logger.defaultLogger, Logger.make(({ logLevel, message }) => {
        logs.push(`${logLevel.label} ${Array.isArray(message) ? message.join(" ") : String(message)}`)
      }))
      yield* Effect.gen(function*() {
        const { server } = yield* onFake({
          rules: [
            FakeAppServer.on(
              "review/start",
              FakeAppServer.result({ turn: { id: "review-turn", status: "inProgress", items: [], error: null }, reviewThreadId: "thread-1" })
            ),
            // the review never ends, and every interrupt is refused
            FakeAppServer.on("turn/interrupt", FakeAppServer.error(-32600, "expected active turn id review-turn but found other-turn")),
            FakeAppServer.on("thread/read", FakeAppServer.error(-32600, "thread not loaded"))
          ]
        }, { turnInterruptGrace: "300 millis" })
        const handle = yield* Effect.scoped(Review.start({ id: "thread-1" }, Review.uncommittedChanges)).pipe(
          Effect.provideService(AppServer.AppServer, server)
        )
        const result = yield* handle.run
        assert.strictEqual(result.status, "interrupted")
        assert.strictEqual((yield* server.stats).busyThreads, 0)
      }).pipe(Effect.provide(collect))
      const warnings = logs.filter((l) => l.startsWith("WARN") && l.includes("review-turn"))
      assert.isTrue(warnings.some((w) => w.includes("could not be interrupted")), logs.join("\n"))
      assert.isTrue(warnings.some((w) => w.includes("did not end within 300 ms")), logs.join("\n"))
    }))
})
