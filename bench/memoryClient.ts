/**
 * The SDK's public client (`Codex.layerTransport`: `threadStart`, `thread.run`, `thread.turn`, and
 * the `AppServer` beneath it) over an in-memory replay peer instead of a `codex app-server`
 * process, through the SDK's transport seam (`Transport.memory`). Everything above the transport
 * is the SDK's own code.
 */
import { Codex, Transport } from "@effect-codex/sdk"
import type { AppServer, AppServerConfig, Errors } from "@effect-codex/sdk"
import { Effect, Layer } from "effect"
import type { Peer } from "./lib/replay.js"

/** Connects a peer to the client's bytes: `deliver` writes to the client. */
export type MakePeer = (deliver: (bytes: Uint8Array) => void) => Peer

const encoder = new TextEncoder()

/** The memory transport, its peer wired to the replay peer. */
const transport = (makePeer: MakePeer, onPeer: (peer: Peer) => void) =>
  Layer.scoped(
    Transport.Transport,
    Effect.map(Transport.memory, ({ peer: memory, transport }) => {
      const peer = makePeer((bytes) => memory.deliver(bytes))
      memory.onWrite((data) => peer.onClientBytes(encoder.encode(data)))
      onPeer(peer)
      return transport
    })
  )

/**
 * `Codex.layerTransport` over the peer. `onPeer` receives the peer once the transport exists.
 */
export const layer = (
  makePeer: MakePeer,
  onPeer: (peer: Peer) => void = () => {},
  options: AppServerConfig.Options = {}
): Layer.Layer<Codex.Codex | AppServer.AppServer, Errors.AppServerStartFailed | Errors.AppServerExited> =>
  Codex.layerTransport(options).pipe(Layer.provide(transport(makePeer, onPeer)))
