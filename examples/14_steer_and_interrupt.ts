/**
 * 14 · Steer and interrupt: control a running turn through its handle.
 * - `turn.steer(input)` adds input to the turn while the model works on it.
 * - `turn.interrupt` stops it; the turn then completes with status `interrupted`.
 * - Or let Effect do it: when the scope owning a running turn closes (here because of a
 *   timeout), the SDK sends `turn/interrupt` for it.
 *
 *   npx tsx --conditions=@effect-codex/source examples/14_steer_and_interrupt.ts
 */
import { Codex, type Turn } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Console, Deferred, Effect, Fiber, Option, Stream } from "effect"
import { main, ScriptedModel } from "./_shared/runtime.js"

const { Script } = FakeResponses

/**
 * Prints the turn's text as it streams, in a fiber the scope owns, and returns once the model is busy
 * with the turn: at its first words, or offline when the scripted model holds its answer `stall`.
 */
const printWhileWorking = (turn: Turn.TurnHandle, stall: string) =>
  Effect.gen(function*() {
    const firstWords = yield* Deferred.make<void>()
    const printing = yield* turn.textDeltas.pipe(
      Stream.tap(() => Deferred.succeed(firstWords, undefined)),
      Stream.runForEach((delta) => Effect.sync(() => process.stdout.write(delta))),
      Effect.forkScoped
    )
    const scripted = yield* ScriptedModel
    yield* Option.match(scripted, { onNone: () => Deferred.await(firstWords), onSome: (model) => model.awaitStall(stall) })
    return {
      printing,
      /** Lets the scripted model go on (offline only). */
      release: Option.match(scripted, { onNone: () => Effect.void, onSome: (model) => model.release(stall) })
    }
  })

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const thread = yield* codex.threadStart()

  // 1. Steer a running turn.
  yield* Effect.scoped(Effect.gen(function*() {
    const turn = yield* thread.turn("Count from 1 to 100, one number per line.")
    const { printing, release } = yield* printWhileWorking(turn, "steer")
    yield* turn.steer("Actually, stop at 3 and say done.").pipe(
      Effect.zipRight(Console.log("(steered)")),
      Effect.catchTag("InvalidRequest", (error) => Console.log(`(too late to steer: ${error.message})`))
    )
    yield* release
    yield* Fiber.join(printing)
    const result = yield* turn.run
    yield* Console.log(`\nsteered turn: ${result.status}, ${result.items.filter((i) => i.type === "userMessage").length} user messages`)
  }))

  // 2. Interrupt a running turn.
  yield* Effect.scoped(Effect.gen(function*() {
    const turn = yield* thread.turn("Write a 5000-word essay on the history of the semicolon.")
    yield* printWhileWorking(turn, "essay")
    yield* turn.interrupt
    const result = yield* turn.run
    yield* Console.log(`\ninterrupted turn: ${result.status}, final response ${JSON.stringify(result.finalResponse)}`)
  }))

  // 3. A timeout interrupts the fiber running the turn, and so the turn on the server.
  const timedOut = yield* thread.run("Now list every prime below ten million.").pipe(Effect.timeout("1 second"), Effect.option)
  yield* Console.log(`timed-out turn: ${Option.isNone(timedOut) ? "gave up after 1 second" : "finished in time"}`)
  const { thread: info } = yield* thread.read({ includeTurns: true })
  yield* Console.log(`the thread's turns: ${info.turns.map((t) => t.status).join(", ")}`)

  // The thread is free for the next turn.
  const last = yield* thread.run("Just say hi.")
  yield* Console.log(`next turn: ${last.finalResponse}`)
})

program.pipe(main({
  scripts: [
    Script.stall({ id: "steer", then: Script.text("1\n2\n") }),
    Script.text("1\n2\n3\ndone."),
    Script.stall({ id: "essay" }),
    Script.stall({ id: "primes" }),
    Script.text("hi!")
  ]
}))
