/**
 * Prepares the routing replays: the recorded notification lines of many concurrent turns, each
 * replay with fresh thread and turn ids (so the client sees new turns every time), as bytes cut
 * into fixed-size chunks.
 */
import type { RoutingReplay } from "./childKit.js"
import type { Recording, Template } from "./recording.js"
import { freshId, render, template } from "./recording.js"

export const prepare = (recording: Recording, replays: number, chunkBytes: number): ReadonlyArray<RoutingReplay> => {
  const { lines, threadIds, turnIds } = recording.concurrent
  const index = new Map(turnIds.map((id, i) => [id, i]))
  const templates: Array<{ readonly t: Template; readonly turn: number | undefined }> = lines.map((line) => {
    const params = JSON.parse(line).params ?? {}
    const turnId: string | undefined = params.turnId ?? params.turn?.id ?? undefined
    const turn = turnId === undefined ? undefined : index.get(turnId)
    if (turn === undefined) return { t: [line], turn: undefined }
    return { t: template(line, threadIds[turn]!, turnIds[turn]!), turn }
  })
  const encoder = new TextEncoder()
  const out: Array<RoutingReplay> = []
  for (let r = 0; r < replays; r++) {
    const turns = turnIds.map((turnId, i) => ({
      threadId: freshId(threadIds[i]!, (r + 1) * 100_000 + i),
      turnId: freshId(turnId, (r + 1) * 100_000 + i)
    }))
    let text = ""
    let turnLines = 0
    for (const { t, turn } of templates) {
      if (turn === undefined) {
        text += `${t[0] as string}\n`
      } else {
        turnLines++
        text += `${render(t, turns[turn]!.threadId, turns[turn]!.turnId)}\n`
      }
    }
    const bytes = encoder.encode(text)
    const chunks: Array<Uint8Array> = []
    for (let i = 0; i < bytes.length; i += chunkBytes) chunks.push(bytes.subarray(i, i + chunkBytes))
    out.push({ turns, chunks, bytes: bytes.length, turnLines })
  }
  return out
}
