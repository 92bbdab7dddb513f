/**
 * The raw baseline: the least a Node client of `codex app-server` can do. Plain Node, no Effect,
 * no schemas: split lines, `JSON.parse`, a `Map` from request id to callback, turn events
 * dispatched by turn id to a collector that keeps the completed items, the usage and the text.
 * It is correct (events that arrive before their turn is known are buffered, server requests get
 * an error reply), but checks nothing else: this is the physical limit the SDK is measured against.
 *
 * The transport is a pair of functions, so the same client runs over a child process's pipes and
 * over the in-memory replay peer.
 */

/** A parsed wire message (nothing is validated). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = any

export interface TurnResult {
  readonly turnId: string
  readonly status: string
  readonly finalResponse: string | null
  readonly items: ReadonlyArray<Message>
  readonly usage: Message
  readonly text: string
  /** Events delivered to this turn. */
  readonly events: number
  /** Events delivered to this turn that named another thread or turn. */
  readonly misrouted: number
}

const turnIdOf = (params: Message): string | undefined =>
  params === undefined || params === null ? undefined : (params.turnId ?? params.turn?.id ?? undefined)

const finalResponse = (items: ReadonlyArray<Message>): string | null => {
  let phaseless: string | null = null
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]
    if (item.type !== "agentMessage") continue
    if (item.phase === "final_answer") return item.text
    if ((item.phase === null || item.phase === undefined) && phaseless === null) phaseless = item.text
  }
  return phaseless
}

class TurnCollector {
  turnId = ""
  readonly items: Array<Message> = []
  usage: Message = null
  text = ""
  events = 0
  misrouted = 0
  constructor(
    readonly threadId: string,
    readonly done: (result: TurnResult) => void,
    readonly onDelta: ((delta: string) => void) | undefined
  ) {}

  event(message: Message): boolean {
    const params = message.params
    this.events++
    if (params.threadId !== this.threadId || turnIdOf(params) !== this.turnId) this.misrouted++
    switch (message.method) {
      case "item/agentMessage/delta":
        this.text += params.delta
        this.onDelta?.(params.delta)
        return false
      case "item/completed":
        this.items.push(params.item)
        return false
      case "thread/tokenUsage/updated":
        this.usage = params.tokenUsage
        return false
      case "turn/completed":
        this.done({
          turnId: this.turnId,
          status: params.turn.status,
          finalResponse: finalResponse(this.items),
          items: this.items,
          usage: this.usage,
          text: this.text,
          events: this.events,
          misrouted: this.misrouted
        })
        return true
      default:
        return false
    }
  }
}

export class RawClient {
  private rest = ""
  private nextId = 0
  private readonly pending = new Map<number, (message: Message) => void>()
  private readonly turns = new Map<string, TurnCollector>()
  /** Events of turns not registered yet (in practice the reply to `turn/start` comes first). */
  private readonly early = new Map<string, Array<Message>>()
  /** Notifications that belong to no turn. */
  globalEvents = 0

  constructor(private readonly write: (text: string) => void) {}

  /** Feeds text read from the server (any chunking, already UTF-8 decoded). */
  onData(text: string): void {
    const all = this.rest.length === 0 ? text : this.rest + text
    let start = 0
    let nl = all.indexOf("\n", start)
    while (nl !== -1) {
      if (nl > start) this.onLine(all.slice(start, nl))
      start = nl + 1
      nl = all.indexOf("\n", start)
    }
    this.rest = start === all.length ? "" : all.slice(start)
  }

  private onLine(line: string): void {
    const message: Message = JSON.parse(line)
    const method = message.method
    if (method === undefined) {
      const callback = this.pending.get(message.id)
      if (callback !== undefined) {
        this.pending.delete(message.id)
        callback(message)
      }
      return
    }
    if (message.id !== undefined) {
      this.write(`${JSON.stringify({ id: message.id, error: { code: -32601, message: `${method} not handled` } })}\n`)
      return
    }
    const turnId = turnIdOf(message.params)
    if (turnId === undefined) {
      this.globalEvents++
      return
    }
    const turn = this.turns.get(turnId)
    if (turn === undefined) {
      const buffered = this.early.get(turnId)
      if (buffered === undefined) this.early.set(turnId, [message])
      else buffered.push(message)
    } else if (turn.event(message)) {
      this.turns.delete(turnId)
    }
  }

  /** Sends a request; `onResult` runs synchronously as the reply is read (before later lines). */
  request(method: string, params: unknown, onResult?: (result: Message) => void): Promise<Message> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => {
        if (message.error !== undefined) {
          reject(new Error(`${method}: ${message.error.message}`))
        } else {
          onResult?.(message.result)
          resolve(message.result)
        }
      })
      this.write(`${JSON.stringify(params === undefined ? { id, method } : { id, method, params })}\n`)
    })
  }

  notify(method: string, params?: unknown): void {
    this.write(`${JSON.stringify(params === undefined ? { method } : { method, params })}\n`)
  }

  initialize(): Promise<Message> {
    return this.request("initialize", { clientInfo: { name: "raw_bench", version: "0.0.0" } }).then((result) => {
      this.notify("initialized")
      return result
    })
  }

  async threadStart(params: unknown = {}): Promise<string> {
    const result = await this.request("thread/start", params)
    return result.thread.id
  }

  /** Starts a turn and resolves with its result once `turn/completed` arrives. */
  runTurn(threadId: string, text: string, onDelta?: (delta: string) => void): Promise<TurnResult> {
    return new Promise((resolve, reject) => {
      const collector = new TurnCollector(threadId, resolve, onDelta)
      this.request("turn/start", { threadId, input: [{ type: "text", text }] }, (result) => {
        const turnId: string = result.turn.id
        collector.turnId = turnId
        const buffered = this.early.get(turnId)
        this.early.delete(turnId)
        if (buffered !== undefined) {
          for (const message of buffered) if (collector.event(message)) return
        }
        this.turns.set(turnId, collector)
      }).catch(reject)
    })
  }

  /** Collects the events of a turn started elsewhere (or replayed), until its `turn/completed`. */
  watchTurn(threadId: string, turnId: string): Promise<TurnResult> {
    return new Promise((resolve) => {
      const collector = new TurnCollector(threadId, resolve, undefined)
      collector.turnId = turnId
      this.turns.set(turnId, collector)
    })
  }

  get sizes(): { readonly pending: number; readonly turns: number; readonly early: number } {
    return { pending: this.pending.size, turns: this.turns.size, early: this.early.size }
  }
}
