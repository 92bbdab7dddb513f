/**
 * 10 · Error handling and retry: every failure is a tagged error in the Effect's type.
 * - A failed turn is a `TurnFailed` carrying the server's `turn.error`: handle it with `catchTag`.
 * - Retry a turn the model refused for overload with a `Retry` schedule (exponential, capped,
 *   jittered, bounded), only while the error says the model is overloaded.
 * - A JSON-RPC error reply is typed too (`InvalidRequest`, `ServerBusy`, ...). `ServerBusy` is
 *   already retried by the client with `Retry.defaultSchedule`; `Retry.retryOnOverload` applies a
 *   schedule of your own to any effect.
 *
 *   npx tsx --conditions=@effect-codex/source examples/10_error_handling_and_retry.ts
 */
import { Codex, Errors, Retry } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Effect } from "effect"
import { main } from "./_shared/runtime.js"

const { Script } = FakeResponses

const isOverloaded = (error: Errors.CodexError) =>
  error._tag === "TurnFailed" && error.error?.codexErrorInfo === "serverOverloaded"

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()

  // 1. A failed turn, caught by its tag.
  const answer = yield* thread.run("Summarise the history of Rome in one line.").pipe(
    Effect.map((result) => result.finalResponse),
    Effect.catchTag("TurnFailed", (failed) =>
      Effect.as(
        Console.log(`turn failed: ${failed.error?.message} (codexErrorInfo: ${JSON.stringify(failed.error?.codexErrorInfo)})`),
        "(no answer)"
      ))
  )
  yield* Console.log(`answer: ${answer}`)

  // 2. The same turn again, retried while the model is overloaded.
  let attempt = 0
  const result = yield* Effect.suspend(() => {
    attempt++
    return thread.run("Summarise the history of Rome in one line.")
  }).pipe(
    Effect.tapError((error) => Console.log(`attempt ${attempt} failed: ${error.message}`)),
    Effect.retry({ schedule: Retry.overloadSchedule({ initialDelay: "200 millis", maxAttempts: 4 }), while: isOverloaded })
  )
  yield* Console.log(`attempt ${attempt} succeeded: ${result.finalResponse}`)

  // 3. An error reply from the server, typed: resuming a thread that does not exist.
  yield* codex.threadResume("00000000-0000-0000-0000-000000000000").pipe(
    Retry.retryOnOverload("thread/resume", Retry.overloadSchedule({ maxAttempts: 2 })),
    Effect.catchTags({
      InvalidRequest: (error) => Console.log(`InvalidRequest (${error.code}): ${error.message}`),
      RetryLimitExceeded: (error) => Console.log(`gave up: ${error.message}`)
    })
  )
})

program.pipe(main({
  scripts: [
    Script.failed("server_is_overloaded", "The model is overloaded"),
    Script.failed("server_is_overloaded", "The model is overloaded"),
    Script.text("Rome grew from a village to an empire, split in two, and the West fell in 476.")
  ]
}))
