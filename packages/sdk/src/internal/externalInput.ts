/**
 * External input (`toolOutput` on `turn/start`): into a running turn, or as a turn of its own.
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Duration, Effect, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import { ErrorCode, InvalidParams } from "../Errors.js"
import type { ExternalMessage, Options } from "../ExternalInput.js"
import { TurnNotRunning } from "../ExternalInput.js"
import type { RequestOptions } from "../JsonRpc.js"
import type * as Thread from "../Thread.js"
import type * as Turn from "../Turn.js"
import { internalsOf } from "./appServer.js"

/** @internal */
export const message = (name: string, output: Schemas.FunctionCallOutputBody, options: Options = {}): ExternalMessage => ({
  name,
  output,
  ...(options.namespace === undefined ? {} : { namespace: options.namespace }),
  ...(options.retain === undefined ? {} : { retain: options.retain })
})

/** @internal */
export const send = (turn: Turn.TurnHandle, external: ExternalMessage, options?: RequestOptions) =>
  Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const { threadId } = turn
    // `turn/start` on a thread whose turn runs joins that turn, and answers with its id
    const response = yield* server.request("turn/start", { threadId, input: [], toolOutput: external }, options)
    if (response.turn.id === turn.id) return
    // the turn had ended, and another turn of this client holds the thread: the input joined that
    // turn, which is somebody's: leave it alone
    const { slots } = internalsOf(server)
    if (!slots.tryAcquire(threadId)) {
      return yield* new TurnNotRunning({ threadId, turnId: turn.id, startedTurnId: response.turn.id })
    }
    // the turn had ended: the server started a new turn with the input; it is nobody's, stop it
    // (once it runs: before `turn/started` the server has no active turn to interrupt), holding
    // the thread until it ended, so that no turn of this client joins it meanwhile
    const stray = response.turn.id
    yield* server.turnEvents(stray).pipe(
      Stream.tap((event) =>
        event.method === "turn/started" ? Effect.asVoid(server.request("turn/interrupt", { threadId, turnId: stray })) : Effect.void
      ),
      Stream.runDrain,
      Effect.timeout(Duration.seconds(10)),
      Effect.catchAll((error) => Effect.logWarning(`could not interrupt the turn the external input started: ${error.message}`)),
      Effect.ensuring(Effect.sync(() => slots.release(threadId)))
    )
    return yield* new TurnNotRunning({ threadId, turnId: turn.id, startedTurnId: response.turn.id })
  }).pipe(Effect.withSpan("ExternalInput.send", { attributes: { threadId: turn.threadId, turnId: turn.id, name: external.name } }))

/** @internal */
export const run = (thread: Thread.Thread, external: ExternalMessage, options: Thread.TurnOptions = {}) =>
  typeof thread !== "object" || thread === null || typeof thread.run !== "function"
    ? Effect.fail(
      new InvalidParams({
        method: "ExternalInput.run",
        code: ErrorCode.InvalidParams,
        message: `ExternalInput.run takes a Thread handle (codex.thread(id) gives one for an id), got ${
          thread === null ? "null" : typeof thread
        }`
      })
    )
    : thread.run([], { ...options, toolOutput: external }).pipe(
      Effect.withSpan("ExternalInput.run", { attributes: { threadId: thread.id, name: external?.name } })
    )
