import { Effect, Queue } from "effect"
import * as AppServerConfig from "../../src/AppServerConfig.js"
import { AppServerExited } from "../../src/Errors.js"
import * as Connection from "../../src/internal/connection.js"
import * as Transport from "../../src/Transport.js"

/** A peer on the other side of an in-memory transport: what the client wrote, and a way to answer. */
export interface Peer {
  /** Messages the client wrote, parsed, in order. */
  readonly sent: Array<Record<string, unknown>>
  /** Waits for the next message the client writes. */
  readonly next: Effect.Effect<Record<string, unknown>>
  /** Writes raw text to the client (any chunking). */
  readonly write: (text: string) => Effect.Effect<void>
  /** Writes one message as a line. */
  readonly send: (message: object) => Effect.Effect<void>
  /** Closes the server side: the client sees the process exit. */
  readonly close: Effect.Effect<void>
}

/** A connection to an in-memory peer. */
export const connect = (options: AppServerConfig.Options = {}) =>
  Effect.gen(function*() {
    const { peer: memory, transport } = yield* Transport.memory
    const fromClient = yield* Queue.unbounded<Record<string, unknown>>()
    const sent: Array<Record<string, unknown>> = []
    let pending = ""
    memory.onWrite((data) => {
      pending += data
      let nl = pending.indexOf("\n")
      while (nl !== -1) {
        const message = JSON.parse(pending.slice(0, nl)) as Record<string, unknown>
        sent.push(message)
        Queue.unsafeOffer(fromClient, message)
        pending = pending.slice(nl + 1)
        nl = pending.indexOf("\n")
      }
    })
    const connection = yield* Connection.make(transport, AppServerConfig.resolve(options))
    const write = (text: string) => Effect.sync(() => memory.deliver(text))
    const peer: Peer = {
      sent,
      next: Queue.take(fromClient),
      write,
      send: (message) => write(`${JSON.stringify(message)}\n`),
      close: Effect.sync(() => memory.close(new AppServerExited({ phase: "running", exitCode: 1, signal: null, stderrTail: ["boom"] })))
    }
    return { connection, peer }
  })
