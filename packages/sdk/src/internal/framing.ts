/**
 * Newline-delimited JSON framing: bytes in any chunking -> complete lines.
 *
 * @internal
 */

/** How much of a dropped line's start is handed to `onOversized`, and of its end to `onOversizedEnd`. @internal */
export const oversizedPrefixLength = 256

/** @internal */
export class LineDecoder {
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true })
  private buffer = ""
  private discarding = false
  /** The start and the last characters of the line being discarded. */
  private droppedStart = ""
  private droppedTail = ""
  /** Lines dropped because they were longer than `maxLineLength`. */
  oversized = 0

  /**
   * @param onOversized called once per dropped line with its first characters (at most
   * {@link oversizedPrefixLength}), e.g. to read the id of a reply that was too long
   * @param onOversizedEnd called when a dropped line ends, with its start and its last characters
   * (at most {@link oversizedPrefixLength} each): an error reply carries its id at the end
   */
  constructor(
    readonly maxLineLength: number,
    private readonly onOversized: (prefix: string) => void = () => {},
    private readonly onOversizedEnd: (prefix: string, suffix: string) => void = () => {}
  ) {}

  /** Appends the complete lines found in `chunk` to `out` (without terminators or blank lines). */
  push(chunk: Uint8Array | string, out: Array<string>): void {
    this.text(typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true }), out)
  }

  /** Flushes what is left at end of input: a last line without a terminator still counts. */
  end(out: Array<string>): void {
    this.text(this.decoder.decode(), out)
    if (!this.discarding) this.emit(this.buffer, out)
    this.buffer = ""
    this.discarding = false
  }

  private text(text: string, out: Array<string>): void {
    let start = 0
    let nl = text.indexOf("\n")
    while (nl !== -1) {
      if (this.discarding) {
        this.discarding = false
        this.droppedEnd(this.droppedTail + text.slice(Math.max(start, nl - oversizedPrefixLength), nl))
      } else {
        const piece = text.slice(start, nl)
        const line = this.buffer.length === 0 ? piece : this.buffer + piece
        this.buffer = ""
        if (line.length > this.maxLineLength) {
          this.drop(line)
          this.droppedEnd(line.slice(-oversizedPrefixLength))
        } else this.emit(line, out)
      }
      start = nl + 1
      nl = text.indexOf("\n", start)
    }
    if (start === text.length) return
    if (this.discarding) {
      this.droppedTail = (this.droppedTail + text.slice(Math.max(start, text.length - oversizedPrefixLength))).slice(-oversizedPrefixLength)
      return
    }
    const rest = start === 0 ? text : text.slice(start)
    if (this.buffer.length + rest.length > this.maxLineLength) {
      const buffered = this.buffer
      this.buffer = ""
      this.discarding = true
      this.droppedTail = rest.slice(-oversizedPrefixLength)
      this.drop(buffered.length >= oversizedPrefixLength ? buffered : buffered + rest.slice(0, oversizedPrefixLength))
    } else {
      this.buffer += rest
    }
  }

  private drop(start: string): void {
    this.oversized++
    this.droppedStart = start.slice(0, oversizedPrefixLength)
    this.onOversized(this.droppedStart)
  }

  private droppedEnd(tail: string): void {
    const prefix = this.droppedStart
    this.droppedStart = ""
    this.droppedTail = ""
    this.onOversizedEnd(prefix, tail.slice(-oversizedPrefixLength))
  }

  private emit(line: string, out: Array<string>): void {
    // a byte order mark in front of a message is tolerated (\ufeff), and so is a \r\n terminator
    const start = line.charCodeAt(0) === 0xfeff ? 1 : 0
    const end = line.charCodeAt(line.length - 1) === 13 ? line.length - 1 : line.length
    if (end <= start) return
    const trimmed = start === 0 && end === line.length ? line : line.slice(start, end)
    if (trimmed.charCodeAt(0) === 123 /* { */ || trimmed.trim().length > 0) out.push(trimmed)
  }
}
