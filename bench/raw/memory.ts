/**
 * The raw baseline over the in-memory replay peer: the same bytes in both directions as the SDK's
 * in-memory client (`bench/memoryClient.ts`), decoded like a pipe with `setEncoding("utf8")`.
 */
import type { Peer } from "../lib/replay.js"
import { makePeer } from "../lib/replay.js"
import type { Recording } from "../lib/recording.js"
import { RawClient } from "./client.js"

export const connect = (recording: Recording): { readonly client: RawClient; readonly peer: Peer } => {
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const peer: Peer = makePeer(recording, (bytes) => client.onData(decoder.decode(bytes, { stream: true })))
  const client: RawClient = new RawClient((text) => peer.onClientBytes(encoder.encode(text)))
  return { client, peer }
}
