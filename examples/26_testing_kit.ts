/**
 * 26 · The testing kit for agents, always offline: the real app-server on a scripted model that
 * gives each thread its own answers (`enqueueFor`), computes answers from the request
 * (`respond`: the prompt, the tools offered, the tool's output), runs whole tool-call flows
 * (`Flow`), and paces deltas (`delay`). What a test of a two-agent program looks like.
 *
 *   npx tsx --conditions=@effect-codex/source examples/26_testing_kit.ts
 */
import { Codex } from "@effect-codex/sdk"
import { FakeResponses, TestCodex } from "@effect-codex/testing"
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Stream } from "effect"

const { Flow, Script } = FakeResponses

/** The program under test: a planner proposes, a critic reviews, both at once. */
const review = (topic: string) =>
  Effect.gen(function*() {
    const codex = yield* Codex.Codex
    const [planner, critic] = yield* Effect.all([codex.threadStart(), codex.threadStart()])
    return { planner, critic, run: Effect.all([planner.run(`Plan: ${topic}`), critic.run(`Criticise: ${topic}`)], { concurrency: 2 }) }
  })

const program = Effect.gen(function*() {
  const fake = yield* FakeResponses.FakeResponses
  const { critic, planner, run } = yield* review("a release")

  // 1. each thread its own answers, whatever the order the requests arrive in
  yield* fake.enqueueFor(planner.id, Script.text("Tag, build, publish."))
  yield* fake.enqueueFor(critic.id, Script.text("Publish last."))
  const [plan, critique] = yield* run
  yield* Console.log(`planner: ${plan.finalResponse} / critic: ${critique.finalResponse}`)

  // 2. answers computed from the request: list the files, then answer from the tool's output
  yield* fake.respond((request) => {
    if (request.prompt !== "How many files are here?") return undefined
    const output = request.toolOutputs[0]
    if (output === undefined) return Script.execCommand({ cmd: "ls -1 | wc -l" })
    return Script.text(`There are ${/\d+/.exec(output.output)?.[0] ?? "no"} file(s).`)
  })
  const counted = yield* planner.run("How many files are here?")
  const offered = (yield* fake.parsedRequests).at(-1)?.tools.includes("exec_command")
  yield* Console.log(`files: ${counted.finalResponse} (exec_command offered: ${offered})`)

  // 3. a whole tool-call flow in one line, with a pause between the deltas of its answer
  yield* fake.enqueueFor(critic.id, ...Flow.command("echo checked", { answer: "Checked, slowly.", chunks: 4, delay: "20 millis" }))
  const deltas = yield* Effect.scoped(Effect.gen(function*() {
    const turn = yield* critic.turn("Check it.")
    return yield* Stream.runCollect(turn.textDeltas)
  }))
  yield* Console.log(`critic streamed ${deltas.length} deltas: ${[...deltas].join("")}`)
  yield* Console.log(`the model received ${(yield* fake.requests).length} request(s)`)
})

NodeRuntime.runMain(program.pipe(Effect.provide(TestCodex.layer())))
