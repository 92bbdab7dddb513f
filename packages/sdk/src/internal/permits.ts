/**
 * A FIFO pool of permits whose cost per acquisition stays flat however many wait: a waiter is
 * woken once, in arrival order (Effect 3's `Semaphore` resumes every waiter on each release).
 *
 * @internal
 */

/** @internal */
export class Permits {
  private readonly waiters: Array<{ run: (() => void) | undefined } | undefined> = []
  private head = 0
  private waiting = 0

  constructor(private available: number) {}

  /** Runs `onAcquired` now if a permit is free, else when one is; returns how to give up waiting. */
  acquire(onAcquired: () => void): (() => void) | undefined {
    if (this.available > 0) {
      this.available--
      onAcquired()
      return undefined
    }
    const waiter = { run: onAcquired as (() => void) | undefined }
    this.waiters.push(waiter)
    this.waiting++
    return () => {
      if (waiter.run !== undefined) {
        waiter.run = undefined
        this.waiting--
      }
    }
  }

  /** Gives a permit back: to the oldest waiter, if any. */
  release(): void {
    while (this.head < this.waiters.length) {
      const next = this.waiters[this.head]?.run
      this.waiters[this.head++] = undefined
      if (next !== undefined) {
        this.waiting--
        this.compact()
        next()
        return
      }
    }
    this.compact()
    this.available++
  }

  /** Callers waiting for a permit. */
  get queued(): number {
    return this.waiting
  }

  private compact(): void {
    if (this.head === this.waiters.length) {
      this.waiters.length = 0
      this.head = 0
    } else if (this.head > 1024 && this.head * 2 > this.waiters.length) {
      this.waiters.splice(0, this.head)
      this.head = 0
    }
  }
}
