/**
 * Records the traffic the in-memory benchmarks replay, from the real pinned server driven by the
 * raw client: `initialize`, `thread/start`, `thread/read`, one typical turn with the chunking the
 * client saw, and the notifications of many turns running at once.
 */
import { spawnServer } from "../raw/process.js"
import type { Recording } from "./recording.js"
import { replyMarker } from "./recording.js"

export interface RecordOptions {
  readonly env: Readonly<Record<string, string>>
  readonly cwd: string
  /** Turns run at once for {@link Recording.concurrent}. */
  readonly concurrentTurns: number
  /** Queues one model reply per concurrent turn before they start (longer answers, more deltas). */
  readonly beforeConcurrent: (turns: number) => Promise<void>
}

const isTurnCompleted = (line: string, turnId: string) => {
  if (!line.startsWith(`{"method":"turn/completed"`)) return false
  return JSON.parse(line).params.turn.id === turnId
}

export const record = async (options: RecordOptions): Promise<Recording> => {
  let rest = ""
  let capture: Array<Array<string>> | undefined
  const server = spawnServer({
    env: options.env,
    cwd: options.cwd,
    tap: (text) => {
      const all = rest + text
      const lines = all.split("\n")
      rest = lines.pop() ?? ""
      const complete = lines.filter((line) => line.length > 0)
      if (capture !== undefined && complete.length > 0) capture.push(complete)
    }
  })
  try {
    const init = await server.client.initialize()
    const userAgent: string = init.userAgent
    const threadStart = await server.client.request("thread/start", {})
    const threadId: string = threadStart.thread.id
    // two turns first: the recorded one is a typical turn, not the thread's first
    await server.client.runTurn(threadId, "warm-up 1")
    await server.client.runTurn(threadId, "warm-up 2")
    capture = []
    const result = await server.client.runTurn(threadId, "Say something.")
    const chunks = capture
    capture = undefined
    const turnId = result.turnId
    let reply = ""
    const turnChunks: Array<Array<string>> = []
    outer: for (const chunk of chunks) {
      const kept: Array<string> = []
      turnChunks.push(kept)
      for (const line of chunk) {
        if (line.startsWith(`{"id":`)) {
          const message = JSON.parse(line)
          if (message.result?.turn?.id === turnId) {
            reply = JSON.stringify(message.result)
            kept.push(replyMarker)
            continue
          }
        }
        kept.push(line)
        if (isTurnCompleted(line, turnId)) break outer
      }
    }
    if (reply === "") throw new Error("the turn/start reply was not captured")
    const threadRead = await server.client.request("thread/read", { threadId, includeTurns: false })

    const threadIds: Array<string> = []
    for (let i = 0; i < options.concurrentTurns; i++) threadIds.push(await server.client.threadStart())
    await options.beforeConcurrent(options.concurrentTurns)
    capture = []
    const results = await Promise.all(threadIds.map((id, i) => server.client.runTurn(id, `concurrent ${i}`)))
    const concurrentChunks = capture
    capture = undefined
    const lines = concurrentChunks.flat().filter((line) => line.startsWith(`{"method":`))
    return {
      codexVersion: /^[^/\s]+\/(\S+)/.exec(userAgent)?.[1] ?? "unknown",
      recordedAt: new Date().toISOString(),
      initialize: JSON.stringify(init),
      threadStart: { threadId, result: JSON.stringify(threadStart) },
      threadRead: JSON.stringify(threadRead),
      turn: { threadId, turnId, chunks: turnChunks.filter((c) => c.length > 0), reply },
      concurrent: {
        turns: options.concurrentTurns,
        lines,
        turnIds: results.map((r) => r.turnId),
        threadIds
      }
    }
  } finally {
    await server.close()
  }
}
