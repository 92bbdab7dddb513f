/**
 * Push sources of the connection selected synchronously, in the reader's order: a subscriber
 * that picks the messages it wants as they are routed and puts them in a mailbox of its own.
 * Because the selection happens in the reader, everything the server sent before a reply is in
 * the mailbox by the time that reply completes its request: a handle can end its stream after
 * its final reply without losing a message.
 *
 * @internal
 */
import type { Scope } from "effect"
import { Effect, Exit, Mailbox } from "effect"
import type * as AppServer from "../AppServer.js"
import { AppServerExited } from "../Errors.js"
import { internalsOf } from "./appServer.js"
import type { Inbound } from "./peer.js"
import { type Disconnected, disconnectedMethod } from "./supervisor.js"

/** What a selector does with one message. @internal */
export type Selection<A> =
  | undefined
  | { readonly _tag: "Emit"; readonly value: A }
  | { readonly _tag: "End" }

/** @internal */
export const emit = <A>(value: A): Selection<A> => ({ _tag: "Emit", value })

/** @internal */
export const end: Selection<never> = { _tag: "End" }

/**
 * Subscribes now to the connection's global messages; `select` runs for each, in the reader. The
 * mailbox fails with `AppServerExited` when the connection ends, a supervised client's too (its
 * subscribers outlive the process, whose push sources end with it: the next one knows nothing of
 * them); the scope unsubscribes.
 *
 * @internal
 */
export const subscribe = <A, E = never>(
  server: AppServer.Service,
  select: (message: Inbound) => Selection<A>
): Effect.Effect<Mailbox.Mailbox<A, E | AppServerExited>, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.gen(function*() {
      const mailbox = yield* Mailbox.make<A, E | AppServerExited>()
      const connection = internalsOf(server).connection
      // the connection of now: a supervised client's current process
      const peer = connection.peer
      const unsubscribe = connection.router.subscribe({
        event: (message) => {
          if (message.method === disconnectedMethod) {
            const params = message.params as unknown as Disconnected
            mailbox.unsafeDone(Exit.fail(
              peer.exited ??
                new AppServerExited({ phase: "running", exitCode: params.exit.exitCode, signal: params.exit.signal, stderrTail: [] })
            ))
            return
          }
          const selected = select(message)
          if (selected === undefined) return
          if (selected._tag === "Emit") mailbox.unsafeOffer(selected.value)
          else mailbox.unsafeDone(Exit.void)
        },
        end: (error) => void mailbox.unsafeDone(error === undefined ? Exit.void : Exit.fail(error))
      })
      return { mailbox, unsubscribe }
    }),
    ({ unsubscribe }) => Effect.sync(unsubscribe)
  ).pipe(Effect.map(({ mailbox }) => mailbox))
