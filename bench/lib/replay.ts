/**
 * An in-memory stand-in for `codex app-server` that replays recorded real traffic: `initialize`,
 * `thread/start` and `thread/read` get their recorded results, `turn/start` gets the recorded
 * turn (reply and notifications, chunked as the client read them from the real server) with fresh
 * thread and turn ids. Any other request gets `{}`. Every reply and chunk is delivered in its own
 * event-loop turn (`setImmediate`), like pipe reads.
 *
 * The same peer serves the SDK and the raw baseline, over bytes in both directions, so its cost
 * (a `JSON.parse` per client line, rendering and encoding the replies) is in both contenders'
 * numbers.
 */
import type { Recording, Template } from "./recording.js"
import { freshId, render, replyMarker, template } from "./recording.js"

export interface Peer {
  /** Bytes the client wrote. */
  readonly onClientBytes: (bytes: Uint8Array) => void
  /** Writes bytes to the client now (for bulk replays). */
  readonly push: (bytes: Uint8Array) => void
  /** Turns replayed so far. */
  readonly turns: () => number
}

const encoder = new TextEncoder()

export const makePeer = (recording: Recording, deliver: (bytes: Uint8Array) => void): Peer => {
  const decoder = new TextDecoder()
  let rest = ""
  let threads = 0
  let turns = 0
  const threadStart = template(recording.threadStart.result, recording.threadStart.threadId, undefined)
  const threadRead = template(recording.threadRead, recording.threadStart.threadId, undefined)
  const turn = recording.turn
  const reply = template(turn.reply, turn.threadId, turn.turnId)
  const chunks: ReadonlyArray<ReadonlyArray<Template | undefined>> = turn.chunks.map((lines) =>
    lines.map((line) => (line === replyMarker ? undefined : template(line, turn.threadId, turn.turnId)))
  )

  const answer = (id: unknown, result: string) => {
    const bytes = encoder.encode(`{"id":${JSON.stringify(id)},"result":${result}}\n`)
    setImmediate(() => deliver(bytes))
  }

  const replayTurn = (id: unknown, threadId: string) => {
    const turnId = freshId(turn.turnId, ++turns)
    const idText = JSON.stringify(id)
    const rendered = chunks.map((lines) => {
      let text = ""
      for (const line of lines) {
        text += line === undefined
          ? `{"id":${idText},"result":${render(reply, threadId, turnId)}}\n`
          : `${render(line, threadId, turnId)}\n`
      }
      return encoder.encode(text)
    })
    let i = 0
    const next = () => {
      deliver(rendered[i++]!)
      if (i < rendered.length) setImmediate(next)
    }
    setImmediate(next)
  }

  const onMessage = (message: { id?: unknown; method?: string; params?: { threadId?: string } }) => {
    if (message.id === undefined || message.method === undefined) return // notifications, replies
    switch (message.method) {
      case "initialize":
        return answer(message.id, recording.initialize)
      case "thread/start":
        return answer(message.id, render(threadStart, freshId(recording.threadStart.threadId, ++threads), ""))
      case "thread/read":
        return answer(message.id, render(threadRead, message.params?.threadId ?? "", ""))
      case "turn/start":
        return replayTurn(message.id, message.params?.threadId ?? "")
      case "account/read":
        // the scripted model is a custom provider: no OpenAI account needed (what the real server says)
        return answer(message.id, `{"account":null,"requiresOpenaiAuth":false}`)
      default:
        return answer(message.id, "{}")
    }
  }

  return {
    onClientBytes: (bytes) => {
      const text = rest + decoder.decode(bytes, { stream: true })
      let start = 0
      let nl = text.indexOf("\n")
      while (nl !== -1) {
        if (nl > start) onMessage(JSON.parse(text.slice(start, nl)))
        start = nl + 1
        nl = text.indexOf("\n", start)
      }
      rest = text.slice(start)
    },
    push: deliver,
    turns: () => turns
  }
}
