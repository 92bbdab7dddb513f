/**
 * The seam between a connection and the bytes it travels on. The child-process transport
 * (`AppServerProcess`) is one; an in-memory one (`Transport.memory`) serves tests and
 * benchmarks; WebSocket and unix-socket transports plug in here as well.
 *
 * A transport is deliberately small and synchronous on its hot path: the connection hands it
 * complete lines to `write`, and `run` calls `onChunk` for every chunk read, as it arrives, with
 * no fiber hop per chunk.
 *
 * @since 0.2.0
 */
import type { Effect, Scope } from "effect"
import { Context } from "effect"
import type { AppServerExited } from "./Errors.js"
import * as internal from "./internal/transport.js"

/**
 * A connection's way to the app-server.
 *
 * @since 0.2.0
 * @category models
 */
export interface Service {
  /**
   * Writes data (one or more complete lines) to the server. Never blocks and never throws: a
   * write that cannot be delivered ends `run`, with the reason.
   */
  readonly write: (data: string) => void
  /**
   * Bytes written and not yet taken by the other side (a pipe's buffer), when the transport can
   * tell: the connection refuses new requests with `ServerBusy` past `maxOutboxBytes`.
   */
  readonly buffered?: (() => number) | undefined
  /**
   * Reads from the server until the connection ends, calling `onChunk` synchronously for every
   * chunk in order, and succeeds with why it ended (the server exited, the writer failed, ...).
   * Call it once.
   *
   * A transport that frames messages itself and drops one for its size (a WebSocket frame over
   * `maxMessageBytes`) calls `onDropped`, in order with the chunks, with the message's first and
   * last characters (at most 256 each) and the limit in words (`maxMessageBytes (65536 bytes)`):
   * the connection then treats it as a line over `maxLineLength` (a reply whose id can be read
   * fails its request, a message of a turn fails that turn).
   */
  readonly run: (
    onChunk: (chunk: Uint8Array | string) => void,
    onDropped?: (prefix: string, suffix: string, limit: string) => void
  ) => Effect.Effect<AppServerExited>
}

/**
 * The transport service: provide one to run a client on something other than a child process.
 *
 * @since 0.2.0
 * @category tags
 */
export class Transport extends Context.Tag("@effect-codex/sdk/Transport")<Transport, Service>() {}

/**
 * The other side of an in-memory transport: what the client wrote, and a way to answer.
 *
 * @since 0.2.0
 * @category models
 */
export interface MemoryPeer {
  /** Called with everything the client writes, as written. */
  readonly onWrite: (listener: (data: string) => void) => void
  /** Delivers text or bytes to the client, in any chunking. */
  readonly deliver: (chunk: Uint8Array | string) => void
  /** Ends the connection: the client sees `reason` (default: a clean exit). */
  readonly close: (reason?: AppServerExited) => void
}

/**
 * An in-memory transport and its peer, for tests and benchmarks (no process, no I/O). The
 * transport ends when the peer closes it or when the scope closes.
 *
 * @since 0.2.0
 * @category constructors
 */
export const memory: Effect.Effect<{ readonly transport: Service; readonly peer: MemoryPeer }, never, Scope.Scope> =
  internal.memory
