/**
 * The turn router: finds the turn of every inbound notification and server request (from the
 * registry's id locations; `serverRequest/resolved` through the id of the request it resolves),
 * delivers it to that turn's subscribers, ends the turn on `turn/completed`, and buffers the
 * events of a turn nobody subscribed to yet (bounded), so that a late subscriber misses nothing.
 * Messages that belong to no turn go to the global subscribers. A message dropped for its size
 * reaches the turn(s) it may belong to as a `ProtocolError` ({@link TurnRouter.drop}).
 *
 * Plain, synchronous TypeScript: the reader calls {@link TurnRouter.route} for every message and
 * subscribers are callbacks that must not block.
 *
 * @internal
 */
import { Registry } from "@effect-codex/protocol"
import type { AppServerExited } from "../Errors.js"
import { ProtocolError } from "../Errors.js"
import type { Dropped, Inbound } from "./peer.js"

/** Where the connection's messages go (a global subscriber). @internal */
export interface Subscriber {
  /** One message, in order. */
  readonly event: (message: Inbound) => void
  /** The end: after the turn's `turn/completed` (`undefined`), or the connection's end. */
  readonly end: (error: AppServerExited | undefined) => void
}

/**
 * Where a turn's messages go. A message of the turn that was dropped for its size (over
 * `maxLineLength` or `maxMessageBytes`) is never lost silently: a dropped `turn/completed` ends
 * the subscriber with a `ProtocolError` (the turn is over on the server); any other dropped
 * message of the turn goes to `lost` (the turn goes on on the server), or, for a subscriber
 * without `lost`, ends it with the error.
 *
 * @internal
 */
export interface TurnSubscriber {
  /** One message, in order. */
  readonly event: (message: Inbound) => void
  /**
   * The end: after the turn's `turn/completed` (`undefined`), the connection's end, or a
   * `turn/completed` (or, without `lost`, another message of the turn) dropped for its size.
   */
  readonly end: (error: AppServerExited | ProtocolError | undefined) => void
  /** A message of the turn other than its end was dropped for its size; later events still come. */
  readonly lost?: ((error: ProtocolError) => void) | undefined
  /** The thread the turn runs on, when known: a dropped message naming only its thread reaches it. */
  readonly threadId?: string | undefined
}

interface CompletedTurn {
  readonly events: Array<Inbound>
  /** A message of the turn other than its end was dropped for its size. */
  readonly lost: ProtocolError | undefined
  /** Its `turn/completed` was dropped for its size. */
  readonly ended: ProtocolError | undefined
}

interface TurnSlot {
  /** Live subscribers. */
  readonly subscribers: Array<TurnSubscriber>
  /** Events that arrived before anybody subscribed; `undefined` once subscribed. */
  buffer: Array<Inbound> | undefined
  /** A message of the turn dropped before anybody subscribed: the first subscriber gets it. */
  lost?: ProtocolError | undefined
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
/** Turns remembered with the turns started on their behalf, at most. */
const maxRootTurns = 1024
/** Turns remembered per root turn, at most (the newest). */
const maxDescendants = 64

/** A string field of a message read from the text of a dropped line: the last one in `suffix`, else the first one in `prefix`. */
const fieldIn = (key: string, prefix: string, suffix: string): string | undefined => {
  const pattern = new RegExp(`"${key}"\\s*:\\s*"([^"\\\\]*)"`, "g")
  let last: string | undefined
  for (let m = pattern.exec(suffix); m !== null; m = pattern.exec(suffix)) last = m[1]
  if (last !== undefined) return last
  pattern.lastIndex = 0
  return pattern.exec(prefix)?.[1]
}

/** `turn.id` / `thread.id` read from the text of a dropped line (its object comes first in codex's params). */
const ownerIdIn = (owner: string, prefix: string): string | undefined =>
  new RegExp(`"${owner}"\\s*:\\s*\\{\\s*"id"\\s*:\\s*"([^"\\\\]*)"`).exec(prefix)?.[1]

/** Reads the id at `location` from the kept start and end of a dropped message. */
const idIn = (location: Registry.IdLocation, prefix: string, suffix: string): string | undefined => {
  switch (location) {
    case "none":
      return undefined
    case "turn.id":
      return ownerIdIn("turn", prefix)
    case "thread.id":
      return ownerIdIn("thread", prefix)
    default:
      return fieldIn(location.endsWith("?") ? location.slice(0, -1) : location, prefix, suffix)
  }
}

/**
 * Where a dropped message's turn and thread ids live, from the registry; a method it does not
 * know (a newer server) is read as if it had `threadId` and `turnId` fields.
 */
const locationsOf = (dropped: Dropped): { readonly turn: Registry.IdLocation; readonly thread: Registry.IdLocation } => {
  const { method } = dropped
  if (dropped.request) {
    if (Registry.isServerRequestMethod(method)) {
      const entry = Registry.ServerRequests[method]
      return { turn: entry.turnId, thread: entry.threadId }
    }
  } else if (Registry.isNotificationMethod(method)) {
    const entry = Registry.ServerNotifications[method]
    return { turn: entry.turnId, thread: entry.threadId }
  }
  return { turn: "turnId?", thread: "threadId?" }
}

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
  /**
   * Completed turns nobody claimed, kept so that a late claim still gets them (and the error of
   * a message of theirs dropped for its size).
   */
  private readonly completed = new Map<string, CompletedTurn>()
  /** Turns that ended, newest last. */
  private readonly ended = new Set<string>()
  private readonly global = new Set<Subscriber>()
  /** Server request id -> its turn, until `serverRequest/resolved`. */
  private readonly requestTurns = new Map<string, string>()
  private readonly endListeners = new Set<(turnId: string) => void>()
  /** Root turn id -> the turns `turn/started` announced on its behalf (`rootTurnId`), oldest first. */
  private readonly descendants = new Map<string, Array<string>>()
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
    if (message.method === "turn/started" && message.id === undefined) this.noteRoot(turnId, message)
    this.routeTurn(turnId, message, message.method === "turn/completed" && message.id === undefined)
  }

  /**
   * Adds a subscriber to a turn. The first one receives whatever was buffered before it came; a
   * turn that already completed unclaimed is replayed whole and ended; a turn that ended
   * otherwise is ended at once.
   */
  claim(turnId: string, subscriber: TurnSubscriber): void {
    if (this.exited !== undefined) return subscriber.end(this.exited)
    const done = this.completed.get(turnId)
    if (done !== undefined) {
      this.completed.delete(turnId)
      for (const message of done.events) subscriber.event(message)
      if (done.ended !== undefined) return subscriber.end(done.ended)
      if (done.lost !== undefined) {
        if (subscriber.lost === undefined) return subscriber.end(done.lost)
        subscriber.lost(done.lost)
      }
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
      const lost = slot.lost
      slot.lost = undefined
      if (lost !== undefined) {
        if (subscriber.lost === undefined) return subscriber.end(lost)
        subscriber.lost(lost)
      }
    }
    slot.subscribers.push(subscriber)
  }

  /**
   * A message over the size limit was dropped (see {@link TurnSubscriber}). Its turn is read from
   * the kept start and end of its text. When only its thread can be read, every claimed live
   * turn of that thread is reached; when neither can be read, every claimed live turn of the
   * connection (any of them may have lost it): these are told of a lost message, not ended, so
   * that a turn that goes on still ends with its own `turn/completed`. A message whose method
   * names no turn (`thread/started`, `account/updated`, ...) reaches nobody. Returns the number
   * of turns reached.
   */
  drop(dropped: Dropped): number {
    if (this.exited !== undefined) return 0
    const locations = locationsOf(dropped)
    if (locations.turn === "none") return 0
    const turnId = idIn(locations.turn, dropped.prefix, dropped.suffix)
    const threadId = idIn(locations.thread, dropped.prefix, dropped.suffix)
    const completes = turnId !== undefined && dropped.method === "turn/completed" && !dropped.request
    const what = dropped.request ? `the server request ${dropped.method}` : `the notification ${dropped.method}`
    const errorFor = (id: string) =>
      new ProtocolError({
        method: dropped.method,
        message: `${what} of turn ${id}${turnId === undefined ? " (or of another turn" + (threadId === undefined ? "" : ` of thread ${threadId}`) + ": its turn id could not be read)" : ""} is longer than ${dropped.limit} and was dropped; ${
          completes ? "the turn ended on the server, but its result is lost" : "the turn's result would be incomplete"
        }`
      })
    if (turnId !== undefined) {
      if (this.ended.has(turnId)) return 0
      this.lose(turnId, completes, errorFor(turnId))
      return 1
    }
    const reached: Array<string> = []
    for (const [id, slot] of this.turns) {
      if (slot.buffer !== undefined || slot.subscribers.length === 0) continue
      if (threadId === undefined || slot.subscribers.some((sink) => sink.threadId === threadId)) reached.push(id)
    }
    for (const id of reached) this.lose(id, false, errorFor(id))
    return reached.length
  }

  /** Removes a turn's subscriber. Once none is left, the turn's later events are dropped. */
  release(turnId: string, subscriber: TurnSubscriber): void {
    const slot = this.turns.get(turnId)
    if (slot === undefined) return
    const i = slot.subscribers.indexOf(subscriber)
    if (i !== -1) slot.subscribers.splice(i, 1)
  }

  /**
   * The turns a `turn/started` announced on behalf of `turnId` (their `rootTurnId`), oldest
   * first. codex 0.171.0 runs a review under such a turn: the review's events carry the id
   * `review/start` answered, this other turn is the thread's active one (the id `turn/interrupt`
   * takes) and its end is never reported under its own id.
   */
  descendantsOf(turnId: string): ReadonlyArray<string> {
    return this.descendants.get(turnId) ?? []
  }

  /**
   * Ends, for this client, every turn started on behalf of `turnId` that has not ended (see
   * {@link descendantsOf}): its buffered events are dropped, its subscribers ended, its later
   * events go to the global subscribers. For a turn whose end the server reports under another
   * id (a review's), so that it does not stay a live turn forever.
   */
  endDescendants(turnId: string): void {
    const ids = this.descendants.get(turnId)
    if (ids === undefined) return
    this.descendants.delete(turnId)
    for (const id of ids) {
      if (this.ended.has(id)) continue
      const slot = this.turns.get(id)
      this.turns.delete(id)
      this.completed.delete(id)
      if (slot?.buffer !== undefined) this.unclaimed--
      for (const sink of slot?.subscribers.slice() ?? []) sink.end(undefined)
      this.endTurn(id)
    }
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
    this.descendants.clear()
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

  /** The turn's slot; a new one is unclaimed (buffering), which may evict the oldest unclaimed. */
  private slotOf(turnId: string) {
    let slot = this.turns.get(turnId)
    if (slot === undefined) {
      slot = { subscribers: [], buffer: [] }
      this.turns.set(turnId, slot)
      this.unclaimed++
      this.evictUnclaimed()
    }
    return slot
  }

  private routeTurn(turnId: string, message: Inbound, completes: boolean): void {
    const slot = this.slotOf(turnId)
    if (slot.buffer !== undefined) {
      if (slot.buffer.length >= this.limits.unclaimedEventsPerTurn) {
        slot.buffer.shift()
        this.dropped++
      }
      slot.buffer.push(message)
      if (completes) {
        this.turns.delete(turnId)
        this.unclaimed--
        this.completed.set(turnId, { events: slot.buffer, lost: slot.lost, ended: undefined })
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

  /** A message of `turnId` was dropped; with `completes`, it was the turn's end. */
  private lose(turnId: string, completes: boolean, error: ProtocolError): void {
    const slot = this.slotOf(turnId)
    // evicted at once (the unclaimed table was full of newer turns)
    if (this.turns.get(turnId) !== slot) return
    if (slot.buffer !== undefined) {
      // nobody claimed the turn yet: its first subscriber gets the error
      slot.lost ??= error
      if (completes) {
        this.turns.delete(turnId)
        this.unclaimed--
        this.completed.set(turnId, { events: slot.buffer, lost: undefined, ended: error })
        this.evictCompleted()
        this.endTurn(turnId)
      }
      return
    }
    const subscribers = slot.subscribers.slice()
    if (completes) {
      this.turns.delete(turnId)
      for (const sink of subscribers) sink.end(error)
      this.endTurn(turnId)
      return
    }
    for (const sink of subscribers) {
      if (sink.lost !== undefined) sink.lost(error)
      else {
        this.release(turnId, sink)
        sink.end(error)
      }
    }
  }

  private endTurn(turnId: string): void {
    this.ended.add(turnId)
    if (this.ended.size > maxEndedTurns) this.ended.delete(this.ended.values().next().value!)
    for (const listener of this.endListeners) listener(turnId)
  }

  /** A `turn/started` whose turn names another one as its root: remembered under the root. */
  private noteRoot(turnId: string, message: Inbound): void {
    const turn = (message.params as { readonly turn?: { readonly rootTurnId?: unknown } } | undefined)?.turn
    const root = turn?.rootTurnId
    if (typeof root !== "string" || root === turnId) return
    const ids = this.descendants.get(root)
    if (ids === undefined) {
      this.descendants.set(root, [turnId])
      if (this.descendants.size > maxRootTurns) this.descendants.delete(this.descendants.keys().next().value!)
    } else if (!ids.includes(turnId)) {
      ids.push(turnId)
      if (ids.length > maxDescendants) ids.shift()
    }
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
      this.dropped += this.completed.get(oldest)?.events.length ?? 0
      this.completed.delete(oldest)
    }
  }
}
