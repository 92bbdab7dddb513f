/**
 * 43 · Code review: `review/start` as a turn-like handle.
 * - `Review.run(thread, target)` reviews and returns the review text, typed (`ReviewResult`).
 * - `Review.start` gives a handle: stream the review turn's events, `interrupt` it, `run` it.
 * - Targets: `Review.uncommittedChanges`, `Review.baseBranch(branch)`, `Review.commit(sha)`,
 *   `Review.custom(instructions)`.
 *
 *   npx tsx --conditions=@effect-codex/source examples/43_review.ts
 */
import { Codex, Review } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect, Stream } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()

  // 1. Review to the end.
  const result = yield* Review.run(thread, Review.custom("Review the function sum in src/sum.ts for bugs."))
  yield* Console.log(`review (${result.status}):\n${result.review}`)

  // 2. A handle: watch the review turn's items as they complete.
  yield* Effect.scoped(Effect.gen(function*() {
    const handle = yield* Review.start(thread, Review.custom("Now review src/sum.test.ts."))
    yield* handle.stream.pipe(
      Stream.runForEach((event) =>
        event.method === "item/completed" ? Console.log(`  item: ${(event.params as { readonly item: { readonly type: string } }).item.type}`) : Effect.void
      )
    )
    const second = yield* handle.run
    yield* Console.log(`second review: ${second.review}`)
  }))
})

const findings = (explanation: string, title: string, line: number) =>
  JSON.stringify({
    findings: [{
      title,
      body: "See the line range.",
      confidence_score: 0.9,
      priority: 1,
      code_location: { absolute_file_path: "/repo/src/sum.ts", line_range: { start: line, end: line } }
    }],
    overall_correctness: "patch is incorrect",
    overall_explanation: explanation,
    overall_confidence_score: 0.8
  })

program.pipe(main({
  scripts: [
    Script.text(findings("The loop reads one element past the end.", "Off-by-one in the loop bound", 3)),
    Script.text(JSON.stringify({ findings: [], overall_correctness: "patch is correct", overall_explanation: "The tests cover the empty array.", overall_confidence_score: 0.7 }))
  ]
}))
