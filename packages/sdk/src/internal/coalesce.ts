/**
 * The buffer policy of a turn's event stream: up to a capacity every event is kept as it came;
 * past it (the consumer reads slower than the server writes), a delta that continues the newest
 * buffered delta of the same item is appended to it instead of queued. No text is lost and no
 * other event is dropped: what waits is about the turn's text, not one event per delta.
 *
 * Plain TypeScript over a {@link Target}: a `Mailbox` (its size, and the fact that its newest
 * message is still queued while the size is above zero) or a turn's event log.
 *
 * @internal
 */
import type { Mailbox } from "effect"
import { Option } from "effect"
import type { AppServerExited, ProtocolError } from "../Errors.js"
import type { Inbound } from "./peer.js"

/** Notifications whose `params.delta` text continues the previous one of the same item. @internal */
export const deltaMethods: ReadonlySet<string> = new Set([
  "item/agentMessage/delta",
  "item/plan/delta",
  "item/reasoning/textDelta",
  "item/reasoning/summaryTextDelta",
  "item/commandExecution/outputDelta",
  "item/fileChange/outputDelta"
])

type Params = Record<string, unknown> & { delta: string }

const sameExceptDelta = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  for (const key in b) if (key !== "delta" && a[key] !== b[key]) return false
  for (const key in a) if (key !== "delta" && !(key in b)) return false
  return true
}

/** Counts merged deltas (and global events a slow subscriber missed) across a connection. @internal */
export interface CoalesceCounter {
  coalescedEvents: number
  droppedGlobalEvents: number
}

/**
 * Where the messages go: how many wait (compared with the capacity), whether the newest one
 * offered is still unread by every reader (so it can be extended), and the offer itself.
 *
 * @internal
 */
export interface Target {
  readonly waiting: () => number
  readonly newestUnread: () => boolean
  readonly offer: (message: Inbound) => void
}

/** A turn's mailbox (it ends with the connection's end, or a message of the turn dropped for its size). */
type TurnMailbox = Mailbox.Mailbox<Inbound, AppServerExited> | Mailbox.Mailbox<Inbound, AppServerExited | ProtocolError>

const mailboxTarget = (mailbox: TurnMailbox): Target => {
  const size = () => Option.getOrElse(mailbox.unsafeSize(), () => 0)
  return { waiting: size, newestUnread: () => size() > 0, offer: (message) => void mailbox.unsafeOffer(message) }
}

/** @internal */
export class CoalescingOffer {
  private readonly target: Target
  /** The newest message offered, when it is our own copy (safe to extend). */
  private owned: (Inbound & { params: Params }) | undefined
  private last: Inbound | undefined

  constructor(
    target: TurnMailbox | Target,
    private readonly capacity: number,
    private readonly counter: CoalesceCounter
  ) {
    this.target = "newestUnread" in target ? target : mailboxTarget(target)
  }

  offer(message: Inbound): void {
    if (this.target.waiting() < this.capacity || message.id !== undefined || !deltaMethods.has(message.method)) {
      this.keep(message)
      return
    }
    const params = message.params as Record<string, unknown> | undefined
    const owned = this.owned
    // when the newest message offered is still unread and is our own copy of a delta of the same
    // item (the original may be shared with other subscribers), extend it
    if (
      owned !== undefined && owned === this.last && this.target.newestUnread() && owned.method === message.method &&
      typeof params?.delta === "string" && typeof owned.params.delta === "string" && sameExceptDelta(owned.params, params)
    ) {
      owned.params.delta += params.delta
      if (message.emittedAtMs !== undefined) (owned as { emittedAtMs?: number }).emittedAtMs = message.emittedAtMs
      this.counter.coalescedEvents++
      return
    }
    // the first delta past the capacity goes in as a copy that later ones can extend
    const copy = { ...message, params: { ...(params as Params) } } as Inbound & { params: Params }
    this.owned = copy
    this.keep(copy)
  }

  private keep(message: Inbound): void {
    this.last = message
    if (message !== this.owned) this.owned = undefined
    this.target.offer(message)
  }
}
