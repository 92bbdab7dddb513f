/**
 * @internal
 */
import { Deferred, Effect } from "effect"
import { AppServerExited } from "../Errors.js"
import type { MemoryPeer, Service } from "../Transport.js"

/** @internal */
export const memory = Effect.gen(function*() {
  const closed = yield* Deferred.make<AppServerExited>()
  const writers: Array<(data: string) => void> = []
  let reader: ((chunk: Uint8Array | string) => void) | undefined
  const early: Array<Uint8Array | string> = []
  let isClosed = false
  const close = (reason?: AppServerExited) => {
    if (isClosed) return
    isClosed = true
    Deferred.unsafeDone(
      closed,
      Effect.succeed(reason ?? new AppServerExited({ phase: "running", exitCode: 0, signal: null, stderrTail: [] }))
    )
  }
  yield* Effect.addFinalizer(() => Effect.sync(() => close()))
  const transport: Service = {
    write: (data) => {
      if (isClosed) return
      for (const w of writers) w(data)
    },
    run: (onChunk) =>
      Effect.suspend(() => {
        reader = onChunk
        for (const chunk of early.splice(0)) onChunk(chunk)
        return Deferred.await(closed)
      }).pipe(Effect.ensuring(Effect.sync(() => (reader = undefined))))
  }
  const peer: MemoryPeer = {
    onWrite: (listener) => void writers.push(listener),
    deliver: (chunk) => {
      if (isClosed) return
      if (reader === undefined) early.push(chunk)
      else reader(chunk)
    },
    close
  }
  return { transport, peer }
})
