/**
 * What the user API objects of one client share: the connection's internals, the client-wide
 * approvals, the credentials check before the first turn, and the count of open handles per
 * thread (the last one closed unloads the thread from the server).
 *
 * @internal
 */
import { Effect, Exit, Option } from "effect"
import type * as AppServer from "../AppServer.js"
import * as Approvals from "../Approvals.js"
import type { RequestError } from "../Errors.js"
import { AuthenticationRequired } from "../Errors.js"
import { registration } from "./approvals.js"
import type { Internals } from "./appServer.js"
import { internalsOf } from "./appServer.js"
import type { Registration } from "./serverRequests.js"

/** @internal */
export interface Session {
  readonly server: AppServer.Service
  readonly internals: Internals
  /** The approvals the client was built with (from the layer's context), or decline-all. */
  readonly approvals: Approvals.Service
  /** Fails when the server needs OpenAI credentials and has none (checked until it has them). */
  readonly checkAuth: Effect.Effect<void, AuthenticationRequired | RequestError>
  /** A handle for the thread was made. */
  readonly opened: (threadId: string) => void
  /** A handle was closed: the last one unloads the thread (after its running turn). */
  readonly closed: (threadId: string) => Effect.Effect<void, RequestError>
  /** The registrations of a turn whose approvals differ from the client's. */
  readonly turnHandlers: (
    handlers: Approvals.Handlers | undefined
  ) => Effect.Effect<ReadonlyArray<readonly [string, Registration]>>
}

const howToLogIn = "codex needs OpenAI credentials and has none, so no turn can run. Log in first: set OPENAI_API_KEY " +
  "(or CODEX_API_KEY) in the app-server's environment (AppServerConfig `env`), call Codex.loginApiKey, " +
  "Codex.loginChatgpt or Codex.loginDeviceCode, or configure a model provider that needs no OpenAI account. " +
  "To run offline, use TestCodex from @effect-codex/testing (a scripted local model)."

const kinds = Object.keys(Approvals.methods) as ReadonlyArray<Approvals.Kind>

/** @internal */
export const make = Effect.fnUntraced(function*(server: AppServer.Service) {
  const internals = internalsOf(server)
  const { connection, slots, config } = internals
  const approvals = Option.getOrElse(yield* Effect.serviceOption(Approvals.Approvals), () => Approvals.make({}))

  // client-wide approvals, for every thread
  for (const kind of kinds) {
    const unregister = connection.dispatcher.register(
      Approvals.methods[kind],
      registration(kind, approvals.handlers[kind], approvals.timeout)
    )
    yield* Effect.addFinalizer(() => Effect.sync(unregister))
  }

  // credentials: checked before a turn until the server has them; a login or logout checks again
  let authOk = !config.authCheck
  const unsubscribe = connection.router.subscribe({
    event: (message) => {
      if (message.method === "account/updated" || message.method === "account/login/completed") authOk = !config.authCheck
    },
    end: () => {}
  })
  yield* Effect.addFinalizer(() => Effect.sync(unsubscribe))
  const checkAuth = Effect.suspend(() =>
    authOk ? Effect.void : Effect.flatMap(server.request("account/read", {}), (account) => {
      if (account.requiresOpenaiAuth && (account.account === null || account.account === undefined)) {
        return Effect.fail(new AuthenticationRequired({ message: howToLogIn }))
      }
      authOk = true
      return Effect.void
    })
  )

  const handles = new Map<string, number>()
  const opened = (threadId: string) => void handles.set(threadId, (handles.get(threadId) ?? 0) + 1)
  const closed = (threadId: string) =>
    Effect.suspend(() => {
      const count = (handles.get(threadId) ?? 1) - 1
      if (count > 0) {
        handles.set(threadId, count)
        return Effect.void
      }
      handles.delete(threadId)
      // after the turn running on it, if any: take the thread's slot, unload, give it back
      return Effect.acquireUseRelease(
        Effect.async<void>((resume) => Effect.sync(slots.acquire(threadId, () => resume(Exit.void)))),
        () => server.request("thread/unsubscribe", { threadId }),
        () => Effect.sync(() => slots.release(threadId))
      ).pipe(Effect.asVoid)
    })

  const turnHandlers: Session["turnHandlers"] = (handlers) =>
    Effect.map(Effect.serviceOption(Approvals.Approvals), (fromCaller) => {
      const caller = Option.isSome(fromCaller) && fromCaller.value !== approvals ? fromCaller.value : undefined
      if (handlers === undefined && caller === undefined) return []
      const timeout = caller?.timeout ?? approvals.timeout
      const out: Array<readonly [string, Registration]> = []
      for (const kind of kinds) {
        const handler = handlers?.[kind] ?? caller?.handlers[kind] ?? approvals.handlers[kind]
        out.push([Approvals.methods[kind], registration(kind, handler, timeout)])
      }
      return out
    })

  return { server, internals, approvals, checkAuth, opened, closed, turnHandlers } satisfies Session
})
