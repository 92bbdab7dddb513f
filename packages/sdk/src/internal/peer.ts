/**
 * The JSON-RPC peer: one send path, the pending-request map and the reader's envelope
 * classification. Plain, synchronous TypeScript: the reader calls {@link Peer.push} for every
 * chunk as it arrives; replies complete their request's callback directly; requests time out on
 * a timer of their own (no fiber each); when the connection ends, {@link Peer.fail} fails every
 * pending request at once.
 *
 * Data flows one way: chunks -> lines (framing) -> envelopes -> (pending request | the
 * `inbound` callback for notifications and server requests).
 *
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import type { AppServerExited, RequestError } from "../Errors.js"
import { capMessage, ErrorCode, fromRpcError, InvalidParams, ProtocolError, RequestTimeout, ServerBusy } from "../Errors.js"
import { LineDecoder } from "./framing.js"
import { illFormedPath } from "./wellFormed.js"
import type { TraceContext } from "./tracing.js"

/**
 * A notification or a server-to-client request as parsed from its line, not yet decoded.
 *
 * @internal
 */
export interface Inbound {
  readonly id?: Schemas.RequestId
  readonly method: string
  readonly params?: unknown
  readonly emittedAtMs?: number
}

/**
 * A notification or server request dropped for its size: what can be read of it from the start
 * and the end of its text that were kept.
 *
 * @internal
 */
export interface Dropped {
  readonly method: string
  /** A server request (it has an id). */
  readonly request: boolean
  /** Its first characters (at most 256). */
  readonly prefix: string
  /** Its last characters (at most 256). */
  readonly suffix: string
  /** The limit it broke, in words: `maxLineLength (65536 characters)`. */
  readonly limit: string
}

/** A reply's outcome: an error, or the raw result. @internal */
export type Callback = (error: RequestError | undefined, result: unknown) => void

interface Pending {
  readonly method: string
  readonly callback: Callback
  timer: ReturnType<typeof setTimeout> | undefined
}

/** @internal */
export interface PeerHandlers {
  /** A notification (no `id`) or a server request (with `id`). */
  readonly inbound: (message: Inbound) => void
  /** A line that is not a JSON-RPC message. */
  readonly undecodable: (line: string) => void
  /** A notification or server request dropped for its size (see {@link Dropped}). */
  readonly dropped?: ((message: Dropped) => void) | undefined
}

/** @internal */
export interface PeerLimits {
  /** The longest line accepted, in characters. */
  readonly maxLineLength: number
  /**
   * The most bytes written and not yet taken by the server (`Transport.Service.buffered`) before
   * new requests are refused with `ServerBusy`.
   */
  readonly maxOutboxBytes: number
  /** What the transport still holds; none when the transport cannot tell. */
  readonly buffered?: (() => number) | undefined
}

/** A reply's start as written by codex (`{"id":N,"result":`), possibly after `"jsonrpc":"2.0"`. */
/** An error reply (`{"error":...,"id":N}`, as codex writes them): its id is at the end. */
const errorStart = /^\ufeff?\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"error"\s*:/
const errorEnd = /"id"\s*:\s*(\d+)\s*(?:,\s*"jsonrpc"\s*:\s*"2\.0"\s*)?\}\s*$/
const replyStart = /^\ufeff?\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*(\d+)\s*,\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"(?:result|error)"/
/**
 * A notification's or server request's start, as codex writes them (`{"method":"...",` first; a
 * server request's id before or after it).
 */
const methodStart =
  /^\ufeff?\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?(?:"id"\s*:\s*(?:\d+|"[^"\\]*")\s*,\s*)?"method"\s*:\s*"([^"\\]+)"\s*,?\s*("id"\s*:)?/
const hasId = /^\ufeff?\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:/
/** A server request's id at the end (`...,"id":N}`). */
const idEnd = /,\s*"id"\s*:\s*(?:\d+|"[^"\\]*")\s*(?:,\s*"jsonrpc"\s*:\s*"2\.0"\s*)?\}\s*$/

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** @internal */
export class Peer {
  private readonly pending = new Map<number, Pending>()
  private readonly decoder: LineDecoder
  private readonly lines: Array<string> = []
  private nextId = 0
  private closed: AppServerExited | undefined
  /** Request attempts written. */
  requestsSent = 0
  /** Lines that were not JSON-RPC messages. */
  undecodableLines = 0
  /** Replies for requests nobody waits for any more (timed out or interrupted). */
  lateReplies = 0
  /** Replies over the line limit whose request was failed at once. */
  oversizedReplies = 0
  /** Messages dropped for their size by the transport (a WebSocket frame over `maxMessageBytes`). */
  droppedMessages = 0
  /** Requests refused because the outbox was full. */
  outboxRefusals = 0
  private readonly limits: PeerLimits

  constructor(
    private readonly write: (data: string) => void,
    private readonly handlers: PeerHandlers,
    limits: PeerLimits | number
  ) {
    this.limits = typeof limits === "number" ? { maxLineLength: limits, maxOutboxBytes: Infinity } : limits
    const limit = `maxLineLength (${this.limits.maxLineLength} characters)`
    this.decoder = new LineDecoder(
      this.limits.maxLineLength,
      (prefix) => this.oversized(replyStart.exec(prefix), limit),
      (prefix, suffix) => this.oversizedEnd(prefix, suffix, limit)
    )
  }

  /** Bytes written and not yet taken by the server, when the transport can tell. */
  get outboxBytes(): number {
    return this.limits.buffered?.() ?? 0
  }

  /** Why the connection ended, once it has. */
  get exited(): AppServerExited | undefined {
    return this.closed
  }

  get pendingRequests(): number {
    return this.pending.size
  }

  /** Lines (and transport messages) dropped for their size. */
  get oversizedLines(): number {
    return this.decoder.oversized + this.droppedMessages
  }

  /**
   * A transport dropped a whole message for its size (`limit`, in words), keeping its first and
   * last characters: handled like a line over `maxLineLength` (a reply whose id can be read fails
   * its request; a message of a turn reaches that turn).
   */
  dropMessage(prefix: string, suffix: string, limit: string): void {
    this.droppedMessages++
    this.oversized(replyStart.exec(prefix), limit)
    this.oversizedEnd(prefix, suffix, limit)
  }

  /** Writes one message (a notification or a reply). Returns the error instead of throwing. */
  send(method: string, message: object): AppServerExited | InvalidParams | undefined {
    if (this.closed !== undefined) return this.closed
    const line = this.serialize(method, message)
    if (typeof line !== "string") return line
    this.write(line)
    return undefined
  }

  /**
   * Sends a request; `callback` is called exactly once: with the reply, the timeout
   * (`timeoutMillis`, none when not finite), or the connection's end. Returns the request id, or
   * the error that kept it from being sent (the callback is then not called). `trace`, when
   * given, is written as the envelope's W3C Trace Context.
   */
  request(
    method: string,
    params: unknown,
    timeoutMillis: number,
    callback: Callback,
    trace?: TraceContext
  ): number | AppServerExited | InvalidParams | ServerBusy {
    if (this.closed !== undefined) return this.closed
    const buffered = this.limits.buffered?.() ?? 0
    if (buffered > this.limits.maxOutboxBytes) {
      this.outboxRefusals++
      return new ServerBusy({
        method,
        code: ErrorCode.ServerOverloaded,
        message: `the app-server is not reading its input: ${buffered} bytes are waiting (maxOutboxBytes ${this.limits.maxOutboxBytes})`
      })
    }
    const id = this.nextId++
    const line = this.serialize(
      method,
      trace === undefined
        ? params === undefined ? { id, method } : { id, method, params }
        : params === undefined
        ? { id, method, trace }
        : { id, method, params, trace }
    )
    if (typeof line !== "string") return line
    const entry: Pending = { method, callback, timer: undefined }
    if (Number.isFinite(timeoutMillis)) {
      entry.timer = setTimeout(() => {
        if (this.pending.get(id) !== entry) return
        this.pending.delete(id)
        callback(new RequestTimeout({ method, timeoutMillis }), undefined)
      }, timeoutMillis)
    }
    this.pending.set(id, entry)
    this.requestsSent++
    this.write(line)
    return id
  }

  /** Forgets a pending request (its callback is not called). Returns whether it was pending. */
  cancel(id: number): boolean {
    const entry = this.pending.get(id)
    if (entry === undefined) return false
    this.pending.delete(id)
    if (entry.timer !== undefined) clearTimeout(entry.timer)
    return true
  }

  /** Reads a chunk: every complete line in it is dispatched before this returns. */
  push(chunk: Uint8Array | string): void {
    const lines = this.lines
    this.decoder.push(chunk, lines)
    for (let i = 0; i < lines.length; i++) this.line(lines[i]!)
    lines.length = 0
  }

  /** The input ended: a last line without a terminator still counts. */
  end(): void {
    const lines = this.lines
    this.decoder.end(lines)
    for (let i = 0; i < lines.length; i++) this.line(lines[i]!)
    lines.length = 0
  }

  /** Ends the connection: every pending request, now and later, fails with `error`. */
  fail(error: AppServerExited): void {
    if (this.closed !== undefined) return
    this.closed = error
    const entries = [...this.pending.values()]
    this.pending.clear()
    for (const entry of entries) {
      if (entry.timer !== undefined) clearTimeout(entry.timer)
      entry.callback(error, undefined)
    }
  }

  private serialize(method: string, message: object): string | InvalidParams {
    let line: string
    try {
      line = JSON.stringify(message) + "\n"
    } catch (error) {
      return new InvalidParams({
        method,
        code: ErrorCode.InvalidParams,
        message: capMessage(`not serializable as JSON: ${describe(error)}`)
      })
    }
    // JSON.stringify writes a lone surrogate as an escape (\udXXX), which the server cannot
    // decode: it drops the whole line. The precise search runs only when the cheap one hits.
    if (line.includes("\\ud")) {
      const where = illFormedPath(message)
      if (where !== undefined) {
        return new InvalidParams({
          method,
          code: ErrorCode.InvalidParams,
          message: `${where} is not well-formed UTF-16 (it holds a lone surrogate, e.g. text cut inside an emoji); the server would drop the message`
        })
      }
    }
    return line
  }

  /**
   * The end of a line over the limit (its start was handled by {@link oversized}): an error reply
   * carries its id at the end; a notification or server request goes to `dropped`.
   */
  private oversizedEnd(prefix: string, suffix: string, limit: string): void {
    if (replyStart.test(prefix)) return
    if (errorStart.test(prefix)) return this.oversized(errorEnd.exec(suffix), limit)
    const method = methodStart.exec(prefix)
    if (method === null) return
    const request = hasId.test(prefix) || method[2] !== undefined || idEnd.test(suffix)
    this.handlers.dropped?.({ method: method[1]!, request, prefix, suffix, limit })
  }

  /** A line over the limit: if it is a reply whose id can be read, its request fails now. */
  private oversized(match: RegExpExecArray | null, limit: string): void {
    if (match === null) return
    const id = Number(match[1])
    const entry = this.pending.get(id)
    if (entry === undefined) return
    this.pending.delete(id)
    if (entry.timer !== undefined) clearTimeout(entry.timer)
    this.oversizedReplies++
    entry.callback(
      new ProtocolError({
        method: entry.method,
        message: `the reply is longer than ${limit} and was dropped`
      }),
      undefined
    )
  }

  private line(line: string): void {
    let message: unknown
    try {
      message = JSON.parse(line)
    } catch {
      return this.reject(line)
    }
    if (typeof message !== "object" || message === null || Array.isArray(message)) return this.reject(line)
    const record = message as Record<string, unknown>
    const id = record.id
    const hasId = typeof id === "number" || typeof id === "string"
    if (typeof record.method === "string") {
      if (hasId || id === undefined) return this.handlers.inbound(record as unknown as Inbound)
      // an id that is not a request id: a notification, as the envelope's schema reads it
      return this.handlers.inbound({ method: record.method, params: record.params, emittedAtMs: record.emittedAtMs as number })
    }
    if (hasId && ("result" in record || "error" in record)) return this.reply(id, record)
    this.reject(line)
  }

  private reply(id: Schemas.RequestId, record: Record<string, unknown>): void {
    const entry = typeof id === "number" ? this.pending.get(id) : undefined
    if (entry === undefined) {
      this.lateReplies++
      return
    }
    this.pending.delete(id as number)
    if (entry.timer !== undefined) clearTimeout(entry.timer)
    const error = record.error
    if (error === undefined) return entry.callback(undefined, record.result)
    const e = error as Partial<Schemas.JSONRPCErrorError> | null
    if (typeof e === "object" && e !== null && typeof e.code === "number" && typeof e.message === "string") {
      return entry.callback(fromRpcError(entry.method, e as Schemas.JSONRPCErrorError), undefined)
    }
    entry.callback(new ProtocolError({ method: entry.method, message: "malformed error reply", data: error }), undefined)
  }

  private reject(line: string): void {
    this.undecodableLines++
    this.handlers.undecodable(line)
  }
}
