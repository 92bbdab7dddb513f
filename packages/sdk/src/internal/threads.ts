/**
 * One turn at a time per thread: a FIFO slot per thread id, created on first use and deleted
 * with its last user, so the table never outgrows the threads in use.
 *
 * @internal
 */

interface Entry {
  held: boolean
  readonly queue: Array<{ run: (() => void) | undefined }>
}

/** @internal */
export class ThreadSlots {
  private readonly entries = new Map<string, Entry>()

  /** Runs `onAcquired` when the thread's slot is free (now, or later in FIFO order); returns how to give up waiting. */
  acquire(threadId: string, onAcquired: () => void): () => void {
    let entry = this.entries.get(threadId)
    if (entry === undefined) {
      entry = { held: true, queue: [] }
      this.entries.set(threadId, entry)
      onAcquired()
      return () => {}
    }
    if (!entry.held) {
      entry.held = true
      onAcquired()
      return () => {}
    }
    const waiter = { run: onAcquired as (() => void) | undefined }
    entry.queue.push(waiter)
    return () => {
      if (waiter.run === undefined) return
      waiter.run = undefined
      const e = this.entries.get(threadId)
      if (e === undefined) return
      const i = e.queue.indexOf(waiter)
      if (i !== -1) e.queue.splice(i, 1)
    }
  }

  /** Takes the thread's slot if it is free now; `false` (and nothing queued) if it is not. */
  tryAcquire(threadId: string): boolean {
    let acquired = false
    const entry = this.entries.get(threadId)
    if (entry === undefined || !entry.held) this.acquire(threadId, () => void (acquired = true))
    return acquired
  }

  /** Frees the thread's slot: the next waiter gets it, or the entry goes away. */
  release(threadId: string): void {
    const entry = this.entries.get(threadId)
    if (entry === undefined) return
    while (entry.queue.length > 0) {
      const next = entry.queue.shift()!.run
      if (next !== undefined) return next()
    }
    this.entries.delete(threadId)
  }

  /** Whether a turn holds the thread's slot. */
  isHeld(threadId: string): boolean {
    return this.entries.get(threadId)?.held === true
  }

  /** Threads with a turn running or waiting. */
  get size(): number {
    return this.entries.size
  }
}
