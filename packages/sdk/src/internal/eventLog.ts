/**
 * The raw events of one turn for its stream consumers. The router's callback appends without
 * blocking; readers pull what arrived since their last pull, as one chunk, and wait when there is
 * nothing new.
 *
 * - `replay`: every reader starts from the turn's first event, whenever it starts and however
 *   many read at once (a turn handle's `stream`); the events are kept until the log is closed.
 * - otherwise there is one reader (a stream-first turn): what it pulled is dropped.
 *
 * `E` is what readers fail with when the log ends with a failure (the connection's end for a
 * turn; a command's output fails with its request's error).
 *
 * @internal
 */
import { Chunk, Effect, Option, Stream } from "effect"
import type { AppServerExited } from "../Errors.js"
import type { Inbound } from "./peer.js"

/** @internal */
export class EventLog<A = Inbound, E = AppServerExited> {
  private entries: Array<A> = []
  /** The absolute index of `entries[0]` (events dropped before it). */
  private base = 0
  private ended = false
  private failure: E | undefined
  /** The furthest any reader got (absolute index of the next event it reads). */
  private furthest = 0
  private readonly waiters = new Set<() => void>()

  constructor(readonly replay: boolean) {}

  /** Appends an event; ignored once the log ended. */
  readonly offer = (message: A): void => {
    if (this.ended) return
    this.entries.push(message)
    this.wake()
  }

  /** No more events: readers end after what they have not read yet (or fail with `failure`). */
  end(failure?: E): void {
    if (this.ended) return
    this.ended = true
    this.failure = failure
    this.wake()
  }

  /**
   * Ends the log and drops its events: readers end at once; with `failure`, every reader still
   * reading fails with it (even when the log had ended), so that none ends short without knowing.
   */
  close(failure?: E): void {
    this.base += this.entries.length
    this.entries = []
    if (failure === undefined) return this.end()
    this.ended = true
    this.failure = failure
    this.wake()
  }

  /** How many events are kept. */
  get size(): number {
    return this.entries.length
  }

  /** How many events are kept (for the coalescing capacity; see `coalesce.ts`). */
  readonly waiting = (): number => this.entries.length

  /** Whether no reader has read the newest event yet (so it may still be extended). */
  readonly newestUnread = (): boolean =>
    this.entries.length > 0 && this.base + this.entries.length - 1 >= this.furthest

  /** The events, from the first one still kept. */
  read(): Stream.Stream<A, E> {
    return Stream.suspend(() => {
      let next = this.base
      const wait = Effect.async<void>((resume) => {
        // what arrived (or the end) between the pull's check and now: no need to wait
        if (next < this.base + this.entries.length || this.ended) return resume(Effect.void)
        const waiter = () => resume(Effect.void)
        this.waiters.add(waiter)
        return Effect.sync(() => void this.waiters.delete(waiter))
      })
      const pull: Effect.Effect<Chunk.Chunk<A>, Option.Option<E>> = Effect.suspend(() => {
        if (next < this.base) next = this.base
        const from = next - this.base
        if (from < this.entries.length) {
          const chunk = from === 0 && !this.replay ? this.entries : this.entries.slice(from)
          next += chunk.length
          if (next > this.furthest) this.furthest = next
          if (!this.replay) {
            this.base += this.entries.length
            this.entries = []
          }
          return Effect.succeed(Chunk.unsafeFromArray(chunk))
        }
        if (this.ended) return Effect.fail(this.failure === undefined ? Option.none() : Option.some(this.failure))
        return Effect.zipRight(wait, pull)
      })
      return Stream.repeatEffectChunkOption(pull)
    })
  }

  private wake(): void {
    if (this.waiters.size === 0) return
    const waiters = [...this.waiters]
    this.waiters.clear()
    for (const waiter of waiters) waiter()
  }
}
