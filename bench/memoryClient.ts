/**
 * THE ONE FILE TO RE-POINT AFTER THE CORE REWRITE.
 *
 * The SDK's public client (`Codex.layer`: `threadStart`, `thread.run`, `thread.turn`, and the
 * `AppServer` beneath it) over an in-memory replay peer instead of a `codex app-server` process.
 * Today's SDK has no public transport seam, so this provides `Codex.layer` with a
 * `CommandExecutor` (the `@effect/platform` interface the SDK spawns through) whose "process" is
 * the peer: its stdout is a queue the peer fills, its stdin a sink feeding the peer. Everything
 * above the byte streams is the SDK's own code. When the rewrite adds a transport seam, build the
 * layer from that seam and the peer here; nothing else in `bench/` changes.
 */
import { CommandExecutor } from "@effect/platform"
import { Codex } from "@effect-codex/sdk"
import type { AppServer, AppServerConfig } from "@effect-codex/sdk"
import { Deferred, Effect, Layer, Queue, Sink, Stream } from "effect"
import * as Inspectable from "effect/Inspectable"
import type { Peer } from "./lib/replay.js"

/** Connects a peer to the client's bytes: `deliver` writes to the client. */
export type MakePeer = (deliver: (bytes: Uint8Array) => void) => Peer

const executor = (makePeer: MakePeer, onPeer: (peer: Peer) => void) =>
  CommandExecutor.makeExecutor(() =>
    Effect.gen(function*() {
      const stdout = yield* Queue.unbounded<Uint8Array>()
      const exit = yield* Deferred.make<CommandExecutor.ExitCode>()
      const peer = makePeer((bytes) => Queue.unsafeOffer(stdout, bytes))
      onPeer(peer)
      const end = Effect.zipRight(Queue.shutdown(stdout), Deferred.succeed(exit, CommandExecutor.ExitCode(0)))
      const process: CommandExecutor.Process = {
        [CommandExecutor.ProcessTypeId]: CommandExecutor.ProcessTypeId,
        pid: CommandExecutor.ProcessId(0),
        exitCode: Deferred.await(exit),
        isRunning: Effect.map(Deferred.isDone(exit), (done) => !done),
        kill: () => end,
        stderr: Stream.empty,
        stdin: Sink.forEach((bytes: Uint8Array) => Effect.sync(() => peer.onClientBytes(bytes))).pipe(Sink.ensuring(end)),
        stdout: Stream.fromQueue(stdout, { shutdown: true }),
        toJSON: () => ({ _id: "MemoryProcess" }),
        toString: () => "MemoryProcess",
        [Inspectable.NodeInspectSymbol]: () => "MemoryProcess"
      }
      return process
    })
  )

/**
 * `Codex.layer` over the peer. `onPeer` receives the peer once the client "spawns" it.
 */
export const layer = (
  makePeer: MakePeer,
  onPeer: (peer: Peer) => void = () => {},
  options: AppServerConfig.Options = {}
): Layer.Layer<Codex.Codex | AppServer.AppServer, Codex.StartError> =>
  Codex.layer(options).pipe(Layer.provide(Layer.succeed(CommandExecutor.CommandExecutor, executor(makePeer, onPeer))))
