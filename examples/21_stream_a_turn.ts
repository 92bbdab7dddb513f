/**
 * 21 · Stream a turn: `thread.stream(input)` is a `Stream` of the turn's events ending with a
 * `Done` that holds its result. No scope, no handle: the turn starts when the stream runs, and a
 * consumer that stops early (here `Stream.take`) interrupts it.
 *
 * - `Turn.answerDeltas`: the text of the final answer only (the model's commentary, such as "Let
 *   me check.", and its reasoning are left out);
 * - `Turn.textParts`: every text delta with its kind (answer, commentary, reasoningSummary,
 *   reasoning) and the item it belongs to;
 * - with an `outputSchema`, the `Done` carries the typed `output`.
 *
 *   npx tsx --conditions=@effect-codex/source examples/21_stream_a_turn.ts
 */
import { Codex, Turn } from "@effect-codex/sdk"
import { FakeResponses } from "@effect-codex/testing"
import { Chunk, Console, Effect, Schema, Stream } from "effect"
import { main, whenOffline } from "./_shared/runtime.js"

const Script = FakeResponses.Script
const Item = FakeResponses.Item

const write = (text: string) => Effect.sync(() => process.stdout.write(text))

const Haiku = Schema.Struct({ lines: Schema.Array(Schema.String), season: Schema.optional(Schema.String) })

const program = Effect.gen(function*() {
  const thread = yield* Codex.threadStart()

  // 1. the final answer's text, as it streams
  yield* Console.log("answer only:")
  yield* thread.stream("What is 6 × 7?").pipe(Turn.answerDeltas, Stream.runForEach(write))
  yield* Console.log("")

  // 2. every text delta, by kind
  yield* thread.stream("And 6 × 8?").pipe(
    Turn.textParts,
    Stream.groupAdjacentBy((part) => `${part.kind} ${part.itemId}`),
    Stream.runForEach(([, parts]) =>
      Console.log(`[${Chunk.headNonEmpty(parts).kind}] ${Chunk.join(Chunk.map(parts, (part) => part.delta), "")}`)
    )
  )

  // 3. stop early: the turn is interrupted (offline, once the scripted model holds the request)
  const first = yield* thread.stream("Count to one million, slowly.").pipe(
    Stream.tap(() => whenOffline((model) => model.awaitStall("count"))),
    Stream.take(1),
    Stream.runCollect
  )
  const { thread: read } = yield* thread.read({ includeTurns: true })
  yield* Console.log(`took ${[...first].map((e) => (e._tag === "Done" ? "Done" : e.method)).join(", ")}; that turn is ${read.turns.at(-1)?.status}`)

  // 4. a structured turn ends with its typed output
  const done = yield* thread.stream("A haiku about streams, as JSON.", { outputSchema: Haiku }).pipe(
    Stream.filter((event) => event._tag === "Done"),
    Stream.runLast
  )
  if (done._tag === "Some" && done.value._tag === "Done") {
    const haiku = done.value.result.output
    yield* Console.log(haiku.lines.join(" / "), `(season: ${haiku.season ?? "none given"})`)
  }
})

program.pipe(main({
  scripts: [
    Script.reply([
      Item.reasoning("Six sevens."),
      Item.message("Let me multiply.", { phase: "commentary" }),
      Item.message(["6 × 7 ", "= 42."], { phase: "final_answer" })
    ]),
    Script.reply([
      Item.reasoning("Six eights."),
      Item.message("Multiplying again.", { phase: "commentary" }),
      Item.message(["6 × 8 ", "= 48."], { phase: "final_answer" })
    ]),
    Script.stall({ id: "count", then: Script.text("1, 2, 3, …") }),
    Script.text(JSON.stringify({ lines: ["Bytes drift downstream", "each chunk a small leaf", "the consumer waits"], season: null }))
  ]
}))
