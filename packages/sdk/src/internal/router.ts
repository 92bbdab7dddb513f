/**
 * The turn router: finds the turn of every inbound notification and server request (from the
 * registry's id locations; `serverRequest/resolved` through the id of the request it resolves),
 * delivers it to that turn's subscribers, ends the turn on `turn/completed`, and buffers the
 * events of a turn nobody subscribed to yet (bounded), so that a late subscriber misses nothing.
 * Messages that belong to no turn go to the global subscribers.
 *
 * Plain, synchronous TypeScript: the reader calls {@link TurnRouter.route} for every message and
 * subscribers are callbacks that must not block.
 *
 * @internal
 */
import { Registry } from "@effect-codex/protocol"
import type { AppServerExited } from "../Errors.js"
import type { Inbound } from "./peer.js"

/** Where a turn's or the connection's messages go. @internal */
export interface Subscriber {
  /** One message, in order. */
  readonly event: (message: Inbound) => void
  /** The end: after the turn's `turn/completed` (`undefined`), or the connection's end. */
  readonly end: (error: AppServerExited | undefined) => void
}

interface TurnSlot {
  /** Live subscribers. */
  readonly subscribers: Array<Subscriber>
  /** Events that arrived before anybody subscribed; `undefined` once subscribed. */
  buffer: Array<Inbound> | undefined
}

/** @internal */
export interface RouterLimits {
  /** Events kept per unclaimed turn; the oldest are dropped past this. */
  readonly unclaimedEventsPerTurn: number
  /** Unclaimed turns kept at once (live or just completed); the oldest are dropped past this. */
  readonly unclaimedTurns: number
}

/** Server request ids remembered for their `serverRequest/resolved`, at most. */
const maxRequestTurns = 4096
/** Ended turns remembered, so that their stragglers are not taken for a new turn. */
const maxEndedTurns = 1024

/** The turn id of a message, or `undefined`. @internal */
export const turnIdOf = (message: Inbound): string | undefined => {
  const method = message.method
  if (message.id !== undefined) {
    return Registry.isServerRequestMethod(method) ? Registry.idAt(Registry.ServerRequests[method].turnId, message.params) : undefined
  }
  return Registry.isNotificationMethod(method) ? Registry.idAt(Registry.ServerNotifications[method].turnId, message.params) : undefined
}

/** @internal */
export class TurnRouter {
  private readonly turns = new Map<string, TurnSlot>()
  /** Completed turns nobody claimed, kept so that a late claim still gets them. */
  private readonly completed = new Map<string, Array<Inbound>>()
  /** Turns that ended, newest last. */
  private readonly ended = new Set<string>()
  private readonly global = new Set<Subscriber>()
  /** Server request id -> its turn, until `serverRequest/resolved`. */
  private readonly requestTurns = new Map<string, string>()
  private readonly endListeners = new Set<(turnId: string) => void>()
  private unclaimed = 0
  private exited: AppServerExited | undefined
  /** Events dropped because a bound was hit. */
  dropped = 0

  constructor(private readonly limits: RouterLimits) {}

  /** Routes one inbound message. */
  route(message: Inbound): void {
    let turnId = turnIdOf(message)
    if (message.id !== undefined) {
      if (turnId !== undefined) this.rememberRequest(String(message.id), turnId)
    } else if (turnId === undefined && message.method === "serverRequest/resolved") {
      const requestId = (message.params as { readonly requestId?: unknown } | undefined)?.requestId
      if (typeof requestId === "number" || typeof requestId === "string") {
        turnId = this.requestTurns.get(String(requestId))
        this.requestTurns.delete(String(requestId))
      }
    }
    if (turnId === undefined || this.ended.has(turnId)) {
      for (const sink of this.global) sink.event(message)
      return
    }
    this.routeTurn(turnId, message, message.method === "turn/completed" && message.id === undefined)
  }

  /**
   * Adds a subscriber to a turn. The first one receives whatever was buffered before it came; a
   * turn that already completed unclaimed is replayed whole and ended; a turn that ended
   * otherwise is ended at once.
   */
  claim(turnId: string, subscriber: Subscriber): void {
    if (this.exited !== undefined) return subscriber.end(this.exited)
    const done = this.completed.get(turnId)
    if (done !== undefined) {
      this.completed.delete(turnId)
      for (const message of done) subscriber.event(message)
      return subscriber.end(undefined)
    }
    const slot = this.turns.get(turnId)
    if (slot === undefined) {
      if (this.ended.has(turnId)) return subscriber.end(undefined)
      this.turns.set(turnId, { subscribers: [subscriber], buffer: undefined })
      return
    }
    if (slot.buffer !== undefined) {
      const buffer = slot.buffer
      slot.buffer = undefined
      this.unclaimed--
      for (const message of buffer) subscriber.event(message)
    }
    slot.subscribers.push(subscriber)
  }

  /** Removes a turn's subscriber. Once none is left, the turn's later events are dropped. */
  release(turnId: string, subscriber: Subscriber): void {
    const slot = this.turns.get(turnId)
    if (slot === undefined) return
    const i = slot.subscribers.indexOf(subscriber)
    if (i !== -1) slot.subscribers.splice(i, 1)
  }

  /** Adds a global subscriber; returns how to remove it. */
  subscribe(subscriber: Subscriber): () => void {
    if (this.exited !== undefined) {
      subscriber.end(this.exited)
      return () => {}
    }
    this.global.add(subscriber)
    return () => void this.global.delete(subscriber)
  }

  /** Calls `listener` with the id of every turn that ends; returns how to stop. */
  onTurnEnd(listener: (turnId: string) => void): () => void {
    this.endListeners.add(listener)
    return () => void this.endListeners.delete(listener)
  }

  /** Ends every subscriber, now and later, with `error`; drops every buffer. */
  fail(error: AppServerExited): void {
    if (this.exited !== undefined) return
    this.exited = error
    const slots = [...this.turns.values()]
    const global = [...this.global]
    this.turns.clear()
    this.completed.clear()
    this.global.clear()
    this.requestTurns.clear()
    this.unclaimed = 0
    for (const slot of slots) for (const sink of slot.subscribers) sink.end(error)
    for (const sink of global) sink.end(error)
  }

  /** Table sizes, for stats and tests. */
  get sizes(): {
    readonly liveTurns: number
    readonly unclaimedTurns: number
    readonly completedUnclaimed: number
    readonly globalSubscribers: number
    readonly pendingServerRequests: number
  } {
    return {
      liveTurns: this.turns.size,
      unclaimedTurns: this.unclaimed,
      completedUnclaimed: this.completed.size,
      globalSubscribers: this.global.size,
      pendingServerRequests: this.requestTurns.size
    }
  }

  private routeTurn(turnId: string, message: Inbound, completes: boolean): void {
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
        this.endTurn(turnId)
      }
      return
    }
    const subscribers = slot.subscribers
    for (let i = 0; i < subscribers.length; i++) subscribers[i]!.event(message)
    if (completes) {
      this.turns.delete(turnId)
      for (const sink of subscribers.slice()) sink.end(undefined)
      this.endTurn(turnId)
    }
  }

  private endTurn(turnId: string): void {
    this.ended.add(turnId)
    if (this.ended.size > maxEndedTurns) this.ended.delete(this.ended.values().next().value!)
    for (const listener of this.endListeners) listener(turnId)
  }

  private rememberRequest(requestId: string, turnId: string): void {
    this.requestTurns.set(requestId, turnId)
    if (this.requestTurns.size > maxRequestTurns) this.requestTurns.delete(this.requestTurns.keys().next().value!)
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
      const oldest = this.completed.keys().next().value!
      this.dropped += this.completed.get(oldest)?.length ?? 0
      this.completed.delete(oldest)
    }
  }
}
