/**
 * Server-to-client request dispatch: handler stacks per method, for all threads or for one
 * thread (the later registration answers; when it goes away the earlier one is back), each
 * request answered by one fiber, bounded by a timeout, and interrupted when its turn ends. A
 * request nobody handles, or whose handler fails, gets the registration's fallback reply when it
 * has one, else an error reply: the server is never left waiting.
 *
 * @internal
 */
import { Registry } from "@effect-codex/protocol"
import { Cause, Duration, Effect, Exit, Fiber, FiberSet } from "effect"
import { ErrorCode } from "../Errors.js"
import type { Peer } from "./peer.js"
import type { Inbound } from "./peer.js"
import type { TurnRouter } from "./router.js"
import { turnIdOf } from "./router.js"
import * as Tracing from "./tracing.js"

/** A handler on undecoded params; its success is the reply's result. @internal */
export type RawHandler = (params: unknown, message: Inbound) => Effect.Effect<unknown, unknown>

/** @internal */
export interface Registration {
  readonly handler: RawHandler
  /** The reply when the handler fails, times out or is interrupted; an error reply without it. */
  readonly fallback?: unknown
}

/** @internal */
export interface Dispatcher {
  /** Answers one server request. */
  readonly dispatch: (message: Inbound & { readonly id: string | number }) => void
  /** Registers a handler for `method` (for one thread with `threadId`); returns how to remove it. */
  readonly register: (method: string, registration: Registration, threadId?: string) => () => void
  /** Handlers running now. */
  readonly running: () => number
  /** Interrupts every running handler: the server that asked is gone (its connection ended). */
  readonly end: () => void
}

const key = (method: string, threadId: string | undefined) => (threadId === undefined ? method : `${threadId}\u0000${method}`)

const describe = (cause: Cause.Cause<unknown>): string => {
  const error = Cause.squash(cause)
  return error instanceof Error ? error.message : String(error)
}

/** @internal */
export const make = Effect.fnUntraced(function*(peer: Peer, router: TurnRouter, timeout: Duration.Duration) {
  const run = yield* FiberSet.makeRuntime<never>()
  const stacks = new Map<string, Array<Registration>>()
  const byTurn = new Map<string, Set<Fiber.RuntimeFiber<unknown, unknown>>>()
  const all = new Set<Fiber.RuntimeFiber<unknown, unknown>>()
  let running = 0

  const top = (method: string, threadId: string | undefined) => stacks.get(key(method, threadId))?.at(-1)

  const reply = (message: Inbound & { readonly id: string | number }, exit: Exit.Exit<unknown, unknown>, registration: Registration | undefined) => {
    if (Exit.isSuccess(exit)) {
      const error = peer.send(message.method, { id: message.id, result: exit.value })
      if (error === undefined || error._tag === "AppServerExited") {
        return Tracing.serverRequestAnswered(message.method, Tracing.decisionOf(exit.value), false)
      }
      return failed(message, `the handler's result is not JSON: ${error.message}`, registration)
    }
    return failed(message, describe(exit.cause), registration, Cause.isInterruptedOnly(exit.cause))
  }

  const failed = (
    message: Inbound & { readonly id: string | number },
    why: string,
    registration: Registration | undefined,
    interrupted = false
  ) => {
    if (registration !== undefined && "fallback" in registration) {
      peer.send(message.method, { id: message.id, result: registration.fallback })
      return Effect.zipRight(
        Tracing.serverRequestAnswered(message.method, Tracing.decisionOf(registration.fallback), true),
        interrupted
        ? Effect.logDebug(`${message.method}: the turn ended before the handler answered; sent the fallback reply`)
        : Effect.logWarning(`${message.method}: the handler failed (${why}); sent the fallback reply`)
      )
    }
    peer.send(message.method, { id: message.id, error: { code: ErrorCode.InternalError, message: why } })
    return Effect.zipRight(
      Tracing.serverRequestAnswered(message.method, "error", false),
      Effect.logWarning(`${message.method}: the handler failed (${why}); replied with an error`)
    )
  }

  router.onTurnEnd((turnId) => {
    const fibers = byTurn.get(turnId)
    if (fibers === undefined) return
    byTurn.delete(turnId)
    for (const fiber of fibers) run(Fiber.interrupt(fiber))
  })

  const dispatch: Dispatcher["dispatch"] = (message) => {
    const method = message.method
    const entry = Registry.isServerRequestMethod(method) ? Registry.ServerRequests[method] : undefined
    const threadId = entry === undefined ? undefined : Registry.idAt(entry.threadId, message.params)
    const registration = (threadId === undefined ? undefined : top(method, threadId)) ?? top(method, undefined)
    const turnId = turnIdOf(message)
    running++
    // set once `run` returns: a handler that ends synchronously is never added to `all`
    let self: Fiber.RuntimeFiber<unknown, unknown> | undefined
    const fiber = run(
      (registration === undefined
        ? Effect.suspend(() => {
          peer.send(method, { id: message.id, error: { code: ErrorCode.MethodNotFound, message: `no handler for server request ${method}` } })
          Tracing.serverRequestAnsweredUnsafe(method, "error")
          return Effect.logWarning(`no handler for server request ${method}; replied with an error`)
        })
        : Effect.suspend(() => registration.handler(message.params, message)).pipe(
          Effect.timeoutFail({ duration: timeout, onTimeout: () => new Error(`the handler did not answer within ${Duration.format(timeout)}`) }),
          Effect.exit,
          Effect.flatMap((exit) => reply(message, exit, registration))
        )).pipe(
          Effect.onInterrupt(() => failed(message, "interrupted", registration, true)),
          Effect.ensuring(Effect.sync(() => {
            running--
            if (self !== undefined) all.delete(self)
            if (turnId !== undefined) {
              const fibers = byTurn.get(turnId)
              fibers?.delete(fiber)
              if (fibers?.size === 0) byTurn.delete(turnId)
            }
          })),
          Effect.annotateLogs({ module: "ServerRequests", method, requestId: String(message.id) }),
          Tracing.serverRequestSpan(method, message.id, threadId, turnId)
        )
    )
    self = fiber
    if (fiber.unsafePoll() === null) all.add(fiber)
    if (turnId !== undefined && fiber.unsafePoll() === null) {
      let fibers = byTurn.get(turnId)
      if (fibers === undefined) byTurn.set(turnId, fibers = new Set())
      fibers.add(fiber)
    }
  }

  const register: Dispatcher["register"] = (method, registration, threadId) => {
    const k = key(method, threadId)
    let stack = stacks.get(k)
    if (stack === undefined) stacks.set(k, stack = [])
    stack.push(registration)
    return () => {
      const s = stacks.get(k)
      const i = s?.lastIndexOf(registration) ?? -1
      if (i !== -1) s!.splice(i, 1)
      if (s?.length === 0) stacks.delete(k)
    }
  }

  const end = () => {
    byTurn.clear()
    for (const fiber of all) run(Fiber.interrupt(fiber))
  }

  return { dispatch, register, running: () => running, end } satisfies Dispatcher
})

