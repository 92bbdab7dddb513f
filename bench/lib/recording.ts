/**
 * Real app-server traffic recorded by the bench before it runs (so it always matches the pinned
 * server), and templates to replay it with fresh thread and turn ids.
 *
 * Plain data and plain functions: loaded by the raw baseline's child process too.
 */
import * as Fs from "node:fs"

/** One recorded turn: the server's output from `turn/start` to `turn/completed`, as read. */
export interface RecordedTurn {
  readonly threadId: string
  readonly turnId: string
  /**
   * The stdout chunks as the client read them, each the complete lines it finished. The reply to
   * `turn/start` is the line {@link replyMarker}; its result is {@link RecordedTurn.reply}.
   */
  readonly chunks: ReadonlyArray<ReadonlyArray<string>>
  readonly reply: string
}

export interface Recording {
  readonly codexVersion: string
  readonly recordedAt: string
  /** The `result` of `initialize`, as JSON text. */
  readonly initialize: string
  /** The `result` of `thread/start` and the thread id in it. */
  readonly threadStart: { readonly threadId: string; readonly result: string }
  /** The `result` of `thread/read` (without turns) of that thread. */
  readonly threadRead: string
  /** A typical turn (not the thread's first). */
  readonly turn: RecordedTurn
  /** Every notification line written while `turns` turns ran at once, one per thread, in order. */
  readonly concurrent: {
    readonly turns: number
    readonly lines: ReadonlyArray<string>
    readonly turnIds: ReadonlyArray<string>
    readonly threadIds: ReadonlyArray<string>
  }
}

export const replyMarker = "@@REPLY@@"

export const read = (path: string): Recording => JSON.parse(Fs.readFileSync(path, "utf8")) as Recording

/**
 * A line with its thread and turn ids cut out: `parts` alternate text and a hole (0 thread id,
 * 1 turn id).
 */
export type Template = ReadonlyArray<string | 0 | 1>

export const template = (line: string, threadId: string, turnId: string | undefined): Template => {
  const out: Array<string | 0 | 1> = []
  for (const [i, piece] of line.split(threadId).entries()) {
    if (i > 0) out.push(0)
    if (turnId === undefined) {
      out.push(piece)
      continue
    }
    for (const [j, sub] of piece.split(turnId).entries()) {
      if (j > 0) out.push(1)
      out.push(sub)
    }
  }
  return out
}

export const render = (t: Template, threadId: string, turnId: string): string => {
  let s = ""
  for (const part of t) s += part === 0 ? threadId : part === 1 ? turnId : part
  return s
}

/** An id as long as `like` (codex ids are UUIDs), unique per `n`. */
export const freshId = (like: string, n: number): string => {
  const suffix = n.toString(16).padStart(12, "0")
  return like.slice(0, like.length - suffix.length) + suffix
}
