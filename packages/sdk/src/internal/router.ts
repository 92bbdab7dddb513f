/**
 * Routes inbound messages (still undecoded) to per-turn subscribers and to global subscribers.
 * Everything here is synchronous and never blocks: the reader fiber calls it for every message.
 *
 * @internal
 */
import type { Mailbox } from "effect"
import { Exit } from "effect"
import type { AppServerExited } from "../Errors.js"
import type { WireMessage } from "../Events.js"

/** @internal */
export type RawMessage = WireMessage

/** @internal */
export type Sink = Mailbox.Mailbox<RawMessage, AppServerExited>

interface TurnSlot {
  /** Live subscribers; empty once all went away (later events are then dropped). */
  readonly subscribers: Array<Sink>
  /** Events that arrived before anybody claimed the turn; `undefined` once claimed. */
  buffer: Array<RawMessage> | undefined
}

/** @internal */
export interface RouterLimits {
  /** Events kept per unclaimed turn; the oldest are dropped past this. */
  readonly unclaimedEventsPerTurn: number
  /** Unclaimed turns kept at once (live or just completed); the oldest are dropped past this. */
  readonly unclaimedTurns: number
}

/** @internal */
export class Router {
  private readonly turns = new Map<string, TurnSlot>()
  /** Completed turns nobody claimed, kept briefly so that a racing claim still gets them. */
  private readonly completed = new Map<string, Array<RawMessage>>()
  private readonly global = new Set<Sink>()
  private unclaimed = 0
  private exited: AppServerExited | undefined
  /** Events dropped because a bound was hit. */
  dropped = 0

  constructor(private readonly limits: RouterLimits) {}

  /** Delivers a turn's message; `completes` ends the turn for every subscriber. */
  routeTurn(turnId: string, message: RawMessage, completes: boolean): void {
    let slot = this.turns.get(turnId)
    if (slot === undefined) {
      slot = { subscribers: [], buffer: [] }
      this.turns.set(turnId, slot)
      this.unclaimed++
      this.evictUnclaimed()
    }
    if (slot.buffer !== undefined) {
      if (slot.buffer.length >= this.limits.unclaimedEventsPerTurn) {
        slot.buffer.shift()
        this.dropped++
      }
      slot.buffer.push(message)
      if (completes) {
        this.turns.delete(turnId)
        this.unclaimed--
        this.completed.set(turnId, slot.buffer)
        this.evictCompleted()
      }
      return
    }
    for (const sink of slot.subscribers) sink.unsafeOffer(message)
    if (completes) {
      this.turns.delete(turnId)
      for (const sink of slot.subscribers) sink.unsafeDone(Exit.void)
    }
  }

  /** Delivers a message that belongs to no turn to every global subscriber. */
  routeGlobal(message: RawMessage): void {
    for (const sink of this.global) sink.unsafeOffer(message)
  }

  /**
   * Adds `sink` as a subscriber of `turnId`. The first subscriber receives whatever was buffered
   * before it came; a turn that already completed unclaimed is replayed whole and ended.
   */
  claim(turnId: string, sink: Sink): void {
    if (this.exited !== undefined) {
      sink.unsafeDone(Exit.fail(this.exited))
      return
    }
    const done = this.completed.get(turnId)
    if (done !== undefined) {
      this.completed.delete(turnId)
      sink.unsafeOfferAll(done)
      sink.unsafeDone(Exit.void)
      return
    }
    const slot = this.turns.get(turnId)
    if (slot === undefined) {
      this.turns.set(turnId, { subscribers: [sink], buffer: undefined })
      return
    }
    if (slot.buffer !== undefined) {
      sink.unsafeOfferAll(slot.buffer)
      slot.buffer = undefined
      this.unclaimed--
    }
    slot.subscribers.push(sink)
  }

  /** Removes a subscriber that went away. Later events of its turn are dropped if none is left. */
  release(turnId: string, sink: Sink): void {
    const slot = this.turns.get(turnId)
    if (slot === undefined) return
    const i = slot.subscribers.indexOf(sink)
    if (i !== -1) slot.subscribers.splice(i, 1)
  }

  /** Adds a global subscriber. */
  subscribe(sink: Sink): void {
    if (this.exited !== undefined) sink.unsafeDone(Exit.fail(this.exited))
    else this.global.add(sink)
  }

  /** Removes a global subscriber. */
  unsubscribe(sink: Sink): void {
    this.global.delete(sink)
  }

  /** Fails every subscriber, now and later, with `error`; drops every buffer. */
  fail(error: AppServerExited): void {
    if (this.exited !== undefined) return
    this.exited = error
    const exit = Exit.fail(error)
    for (const slot of this.turns.values()) for (const sink of slot.subscribers) sink.unsafeDone(exit)
    for (const sink of this.global) sink.unsafeDone(exit)
    this.turns.clear()
    this.completed.clear()
    this.global.clear()
    this.unclaimed = 0
  }

  /** Sizes, for stats and tests. */
  get sizes(): { readonly liveTurns: number; readonly unclaimedTurns: number; readonly completedUnclaimed: number; readonly globalSubscribers: number } {
    return {
      liveTurns: this.turns.size,
      unclaimedTurns: this.unclaimed,
      completedUnclaimed: this.completed.size,
      globalSubscribers: this.global.size
    }
  }

  private evictUnclaimed(): void {
    if (this.unclaimed <= this.limits.unclaimedTurns) return
    for (const [turnId, slot] of this.turns) {
      if (slot.buffer === undefined) continue
      this.dropped += slot.buffer.length
      this.turns.delete(turnId)
      this.unclaimed--
      return
    }
  }

  private evictCompleted(): void {
    while (this.completed.size > this.limits.unclaimedTurns) {
      const oldest = this.completed.keys().next()
      if (oldest.done === true) return
      this.dropped += this.completed.get(oldest.value)?.length ?? 0
      this.completed.delete(oldest.value)
    }
  }
}
