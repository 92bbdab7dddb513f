/**
 * State shared by the user API objects of one client: per-thread turn locks and per-thread
 * approval handlers of the running turn.
 *
 * @internal
 */
import { Effect } from "effect"
import type * as AppServer from "../AppServer.js"
import type * as Approvals from "../Approvals.js"

/** @internal */
export interface Session {
  readonly server: AppServer.Service
  /** One permit per thread: a turn holds it from `turn/start` until it completes. */
  readonly lock: (threadId: string) => Effect.Semaphore
  /** Approval handlers of the turn running on a thread (turns are serialized per thread). */
  readonly overrides: Map<string, Approvals.Handlers>
}

/** @internal */
export const make = (server: AppServer.Service): Session => {
  const locks = new Map<string, Effect.Semaphore>()
  return {
    server,
    lock: (threadId) => {
      let lock = locks.get(threadId)
      if (lock === undefined) {
        lock = Effect.unsafeMakeSemaphore(1)
        locks.set(threadId, lock)
      }
      return lock
    },
    overrides: new Map()
  }
}
