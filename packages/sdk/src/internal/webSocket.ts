/**
 * A small WebSocket client (RFC 6455, text messages only) on node's own `http`/`https` upgrade,
 * over TCP, TLS or a unix socket: the app-server speaks WebSocket on every listener other than
 * stdio. No dependency, the same code on Node 20, 22 and 24, and the handshake's HTTP status is
 * seen (a `401` becomes `ConnectionUnauthorized`, not an anonymous close).
 *
 * @internal
 */
import * as Crypto from "node:crypto"
import * as Http from "node:http"
import * as Https from "node:https"
import type * as Net from "node:net"

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

/** Opcodes. @internal */
export const Op = { Continuation: 0, Text: 1, Binary: 2, Close: 8, Ping: 9, Pong: 10 } as const

/** Encodes one client frame (always masked, as RFC 6455 requires of clients). @internal */
export const encodeFrame = (opcode: number, payload: Buffer): Buffer => {
  const length = payload.length
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10
  const frame = Buffer.allocUnsafe(headerLength + 4 + length)
  frame[0] = 0x80 | opcode
  if (length < 126) {
    frame[1] = 0x80 | length
  } else if (length < 65536) {
    frame[1] = 0x80 | 126
    frame.writeUInt16BE(length, 2)
  } else {
    frame[1] = 0x80 | 127
    frame.writeBigUInt64BE(BigInt(length), 2)
  }
  const mask = Crypto.randomBytes(4)
  mask.copy(frame, headerLength)
  const offset = headerLength + 4
  for (let i = 0; i < length; i++) frame[offset + i] = payload[i]! ^ mask[i & 3]!
  return frame
}

/** What the frame decoder reports. @internal */
export interface FrameHandlers {
  readonly message: (text: string) => void
  readonly ping: (payload: Buffer) => void
  readonly pong?: (payload: Buffer) => void
  readonly close: (code: number | undefined, reason: string) => void
  readonly protocolError: (message: string) => void
  /**
   * A message over `maxMessageBytes` was skipped (the connection goes on): its first and last
   * characters (at most {@link keptChars} each) and its size in bytes.
   */
  readonly dropped?: (prefix: string, suffix: string, bytes: number) => void
}

/** How many characters of a skipped message's start and end are kept. @internal */
export const keptChars = 256
/** Bytes kept of each end of a skipped message (enough for {@link keptChars} characters of UTF-8). */
const keptBytes = keptChars * 4

/** A message being skipped for its size. */
interface Skipping {
  /** Its first bytes (at most `keptBytes`). */
  prefix: Buffer
  /** Its last bytes (at most `keptBytes`). */
  tail: Buffer
  bytes: number
  /** The frame being skipped is the message's last. */
  fin: boolean
  /** The frame's mask (never set by a conforming server) and the position in it. */
  mask: Buffer | undefined
  maskAt: number
}

/**
 * Decodes server frames from bytes in any chunking; reassembles fragmented messages. A message
 * over `maxMessageBytes` (one frame, or the fragments of one) is skipped as it arrives, without
 * being held, and reported to `dropped`; the connection goes on.
 *
 * @internal
 */
export class FrameDecoder {
  private buffer: Buffer = Buffer.alloc(0)
  private fragments: Array<Buffer> = []
  private fragmentsLength = 0
  private failed = false
  /** The message being skipped, and the bytes of its current frame still to skip. */
  private skipping: Skipping | undefined
  private skipRemaining = 0

  constructor(private readonly handlers: FrameHandlers, private readonly maxMessageBytes: number) {}

  push(chunk: Buffer): void {
    if (this.failed) return
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
    while (!this.failed) {
      const buf = this.buffer
      if (this.skipRemaining > 0) {
        if (buf.length === 0) return
        const n = Math.min(this.skipRemaining, buf.length)
        this.skip(buf.subarray(0, n))
        this.skipRemaining -= n
        this.buffer = buf.length === n ? Buffer.alloc(0) : buf.subarray(n)
        if (this.skipRemaining > 0) return
        this.skippedFrame()
        continue
      }
      if (buf.length < 2) return
      const fin = (buf[0]! & 0x80) !== 0
      const opcode = buf[0]! & 0x0f
      const masked = (buf[1]! & 0x80) !== 0
      let length = buf[1]! & 0x7f
      let offset = 2
      if (length === 126) {
        if (buf.length < 4) return
        length = buf.readUInt16BE(2)
        offset = 4
      } else if (length === 127) {
        if (buf.length < 10) return
        const big = buf.readBigUInt64BE(2)
        if (big > BigInt(Number.MAX_SAFE_INTEGER)) return this.fail(`a frame of ${big} bytes exceeds the limit`)
        length = Number(big)
        offset = 10
      }
      const maskOffset = offset
      if (masked) offset += 4
      const data = opcode === Op.Text || opcode === Op.Binary || opcode === Op.Continuation
      if (data && (this.skipping !== undefined || length > this.maxMessageBytes || this.fragmentsLength + length > this.maxMessageBytes)) {
        if (buf.length < offset) return
        if (!this.startSkip(opcode, fin, masked ? Buffer.from(buf.subarray(maskOffset, maskOffset + 4)) : undefined)) return
        this.buffer = buf.subarray(offset)
        this.skipRemaining = length
        if (length === 0) this.skippedFrame()
        continue
      }
      if (length > this.maxMessageBytes && length > 125) return this.fail(`a frame of ${length} bytes exceeds the limit`)
      if (buf.length < offset + length) return
      const payload = Buffer.from(buf.subarray(offset, offset + length))
      if (masked) for (let i = 0; i < length; i++) payload[i] = payload[i]! ^ buf[maskOffset + (i & 3)]!
      this.buffer = buf.length === offset + length ? Buffer.alloc(0) : buf.subarray(offset + length)
      this.frame(fin, opcode, payload)
    }
  }

  private frame(fin: boolean, opcode: number, payload: Buffer): void {
    switch (opcode) {
      case Op.Text:
      case Op.Binary:
        if (this.fragments.length > 0) return this.fail("a new message started inside a fragmented one")
        if (fin) return this.handlers.message(payload.toString("utf8"))
        this.fragments.push(payload)
        this.fragmentsLength = payload.length
        return
      case Op.Continuation: {
        if (this.fragments.length === 0) return this.fail("a continuation frame without a message")
        this.fragmentsLength += payload.length
        this.fragments.push(payload)
        if (!fin) return
        const whole = Buffer.concat(this.fragments)
        this.fragments = []
        this.fragmentsLength = 0
        return this.handlers.message(whole.toString("utf8"))
      }
      case Op.Ping:
        return this.handlers.ping(payload)
      case Op.Pong:
        return this.handlers.pong?.(payload)
      case Op.Close:
        return this.handlers.close(
          payload.length >= 2 ? payload.readUInt16BE(0) : undefined,
          payload.length > 2 ? payload.subarray(2).toString("utf8") : ""
        )
      default:
        return this.fail(`unknown opcode ${opcode}`)
    }
  }

  /**
   * A data frame of a message over the limit starts: the message is skipped (with the fragments
   * of it already read). Returns false when the frame breaks the protocol (the decoder failed).
   */
  private startSkip(opcode: number, fin: boolean, mask: Buffer | undefined): boolean {
    if (this.skipping === undefined) {
      if (opcode === Op.Continuation && this.fragments.length === 0) {
        this.fail("a continuation frame without a message")
        return false
      }
      if (opcode !== Op.Continuation && this.fragments.length > 0) {
        this.fail("a new message started inside a fragmented one")
        return false
      }
      const read = Buffer.concat(this.fragments)
      this.skipping = {
        prefix: Buffer.from(read.subarray(0, keptBytes)),
        tail: Buffer.from(read.subarray(-keptBytes)),
        bytes: read.length,
        fin,
        mask: undefined,
        maskAt: 0
      }
      this.fragments = []
      this.fragmentsLength = 0
    } else if (opcode !== Op.Continuation) {
      this.fail("a new message started inside a fragmented one")
      return false
    }
    this.skipping.fin = fin
    this.skipping.mask = mask
    this.skipping.maskAt = 0
    return true
  }

  /** Bytes of a skipped message: only its ends are kept. */
  private skip(bytes: Buffer): void {
    const s = this.skipping!
    if (s.mask !== undefined) {
      const mask = s.mask
      const copy = Buffer.from(bytes)
      for (let i = 0; i < copy.length; i++) copy[i] = copy[i]! ^ mask[(s.maskAt + i) & 3]!
      s.maskAt += copy.length
      bytes = copy
    }
    if (s.prefix.length < keptBytes) s.prefix = Buffer.concat([s.prefix, bytes.subarray(0, keptBytes - s.prefix.length)])
    s.tail = bytes.length >= keptBytes ? Buffer.from(bytes.subarray(-keptBytes)) : Buffer.concat([s.tail, bytes]).subarray(-keptBytes)
    s.bytes += bytes.length
  }

  /** A skipped frame ended: on the message's last one, the message is reported. */
  private skippedFrame(): void {
    const s = this.skipping!
    if (!s.fin) return
    this.skipping = undefined
    this.handlers.dropped?.(s.prefix.toString("utf8").slice(0, keptChars), s.tail.toString("utf8").slice(-keptChars), s.bytes)
  }

  private fail(message: string): void {
    this.failed = true
    this.buffer = Buffer.alloc(0)
    this.fragments = []
    this.handlers.protocolError(message)
  }
}

/** Where to connect. @internal */
export type Endpoint =
  | { readonly _tag: "Url"; readonly url: URL }
  | { readonly _tag: "Unix"; readonly path: string }

/** The outcome of a handshake. @internal */
export type Handshake =
  | { readonly _tag: "Open"; readonly socket: Net.Socket; readonly head: Buffer }
  | { readonly _tag: "Rejected"; readonly status: number; readonly body: string }
  | { readonly _tag: "Failed"; readonly message: string; readonly code: string | undefined; readonly cause: unknown }

/**
 * Performs the opening handshake. `callback` is called exactly once; the returned function
 * aborts a handshake still in progress.
 *
 * @internal
 */
export const handshake = (
  endpoint: Endpoint,
  headers: Readonly<Record<string, string>>,
  callback: (result: Handshake) => void
): () => void => {
  const key = Crypto.randomBytes(16).toString("base64")
  const expectedAccept = Crypto.createHash("sha1").update(key + GUID).digest("base64")
  const requestHeaders: Record<string, string> = {
    ...headers,
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": key
  }
  let done = false
  const finish = (result: Handshake) => {
    if (done) {
      if (result._tag === "Open") result.socket.destroy()
      return
    }
    done = true
    callback(result)
  }
  let request: Http.ClientRequest
  try {
    if (endpoint._tag === "Unix") {
      request = Http.request({ socketPath: endpoint.path, path: "/", headers: { Host: "localhost", ...requestHeaders }, agent: false })
    } else {
      const url = endpoint.url
      const tls = url.protocol === "wss:" || url.protocol === "https:"
      request = (tls ? Https : Http).request({
        host: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port === "" ? (tls ? 443 : 80) : Number(url.port),
        path: `${url.pathname}${url.search}`,
        headers: requestHeaders,
        agent: false
      })
    }
  } catch (cause) {
    finish({ _tag: "Failed", message: cause instanceof Error ? cause.message : String(cause), code: undefined, cause })
    return () => {}
  }
  request.on("upgrade", (response, socket, head) => {
    const accept = response.headers["sec-websocket-accept"]
    if (response.statusCode !== 101 || accept !== expectedAccept) {
      socket.destroy()
      return finish({
        _tag: "Failed",
        message: `the server answered the WebSocket handshake with status ${response.statusCode} and a wrong Sec-WebSocket-Accept`,
        code: undefined,
        cause: undefined
      })
    }
    finish({ _tag: "Open", socket, head })
  })
  request.on("response", (response) => {
    // not an upgrade: read a bounded body for the error message
    let body = ""
    response.setEncoding("utf8")
    response.on("data", (text: string) => {
      if (body.length < 2000) body += text
    })
    const end = () => finish({ _tag: "Rejected", status: response.statusCode ?? 0, body: body.slice(0, 2000).trim() })
    response.once("end", end)
    response.once("error", end)
    response.once("close", end)
  })
  request.on("error", (cause: NodeJS.ErrnoException) => finish({ _tag: "Failed", message: cause.message, code: cause.code, cause }))
  request.end()
  return () => {
    if (done) return
    done = true
    request.destroy()
  }
}

/** Splits what the connection writes (one or more newline-terminated lines) into messages. @internal */
export const messagesOf = (data: string): Array<string> => {
  const out: Array<string> = []
  let start = 0
  let nl = data.indexOf("\n")
  while (nl !== -1) {
    if (nl > start) out.push(data.slice(start, nl))
    start = nl + 1
    nl = data.indexOf("\n", start)
  }
  if (start < data.length) out.push(data.slice(start))
  return out
}
