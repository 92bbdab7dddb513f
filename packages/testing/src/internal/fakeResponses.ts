import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import * as HttpRouter from "@effect/platform/HttpRouter"
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as HttpServerResponse from "@effect/platform/HttpServerResponse"
import type { ServeError } from "@effect/platform/HttpServerError"
import { Cause, Clock, Deferred, Duration, Effect, Function, Option, Ref, Stream, SubscriptionRef } from "effect"
import type { Scope } from "effect"
import * as Http from "node:http"
import type * as FakeResponses from "../FakeResponses.js"

// -----------------------------------------------------------------------------
// Script constructors
// -----------------------------------------------------------------------------

/** @internal */
export const defaultAnswer = "ok"

/** @internal */
export const defaultStallId = "stall"

/** Splits `text` into at most `count` pieces of similar length, never inside a code point. */
const split = (text: string, count: number): ReadonlyArray<string> => {
  const chars = Array.from(text)
  if (chars.length === 0) return []
  const n = Math.max(1, Math.min(Math.floor(count), chars.length))
  const size = Math.ceil(chars.length / n)
  const out: Array<string> = []
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(""))
  return out
}

const toDeltas = (text: string | ReadonlyArray<string>, chunks: number | undefined): ReadonlyArray<string> =>
  typeof text === "string" ? split(text, chunks ?? 3) : [...text]

/** @internal */
export const message = (
  text: string | ReadonlyArray<string>,
  options?: FakeResponses.MessageOptions
): FakeResponses.MessageItem => ({
  _tag: "Message",
  deltas: toDeltas(text, options?.chunks),
  phase: options?.phase,
  id: options?.id
})

/** @internal */
export const reasoning = (
  summary: string | ReadonlyArray<string>,
  options?: FakeResponses.ReasoningOptions
): FakeResponses.ReasoningItem => ({
  _tag: "Reasoning",
  summary: (typeof summary === "string" ? [summary] : summary).map((part) => split(part, options?.chunks ?? 2)),
  encryptedContent: options?.encryptedContent,
  id: options?.id
})

/** @internal */
export const functionCall = (
  name: string,
  args: unknown,
  options?: FakeResponses.FunctionCallOptions
): FakeResponses.FunctionCallItem => ({
  _tag: "FunctionCall",
  name,
  arguments: typeof args === "string" ? args : JSON.stringify(args),
  callId: options?.callId,
  id: options?.id
})

/** @internal */
export const execCommand = (options: FakeResponses.ExecCommandOptions): FakeResponses.FunctionCallItem => {
  const args: Record<string, unknown> = { cmd: options.cmd }
  if (options.workdir !== undefined) args.workdir = options.workdir
  if (options.sandboxPermissions !== undefined) args.sandbox_permissions = options.sandboxPermissions
  if (options.justification !== undefined) args.justification = options.justification
  if (options.prefixRule !== undefined) args.prefix_rule = options.prefixRule
  if (options.login !== undefined) args.login = options.login
  if (options.tty !== undefined) args.tty = options.tty
  if (options.yieldTimeMs !== undefined) args.yield_time_ms = options.yieldTimeMs
  if (options.maxOutputTokens !== undefined) args.max_output_tokens = options.maxOutputTokens
  return functionCall("exec_command", args, {
    ...(options.callId !== undefined ? { callId: options.callId } : {}),
    ...(options.id !== undefined ? { id: options.id } : {})
  })
}

/** @internal */
export const reply = (
  items: ReadonlyArray<FakeResponses.OutputItem>,
  options?: FakeResponses.ReplyOptions
): FakeResponses.Reply => ({
  _tag: "Reply",
  items,
  ending: { _tag: "Completed", usage: options?.usage },
  responseId: options?.responseId,
  ...(options?.delay !== undefined ? { delay: Duration.decode(options.delay) } : {})
})

/** @internal */
export const withDelay = Function.dual<
  (delay: Duration.DurationInput) => <S extends FakeResponses.Reply | FakeResponses.Stall>(script: S) => S,
  <S extends FakeResponses.Reply | FakeResponses.Stall>(script: S, delay: Duration.DurationInput) => S
>(2, <S extends FakeResponses.Reply | FakeResponses.Stall>(script: S, delay: Duration.DurationInput): S =>
  script._tag === "Reply"
    ? { ...script, delay: Duration.decode(delay) }
    : { ...script, then: { ...script.then, delay: Duration.decode(delay) } })

/** @internal */
export const text = (
  text: string | ReadonlyArray<string>,
  options?: FakeResponses.MessageOptions & FakeResponses.ReplyOptions
): FakeResponses.Reply => reply([message(text, options)], options)

/** @internal */
export const reasoningReply = (
  summary: string | ReadonlyArray<string>,
  answer: string | ReadonlyArray<string>,
  options?: FakeResponses.MessageOptions & FakeResponses.ReplyOptions
): FakeResponses.Reply => reply([reasoning(summary), message(answer, options)], options)

/** @internal */
export const functionCallReply = (
  name: string,
  args: unknown,
  options?: FakeResponses.FunctionCallOptions & FakeResponses.ReplyOptions
): FakeResponses.Reply => reply([functionCall(name, args, options)], options)

/** @internal */
export const execCommandReply = (
  options: FakeResponses.ExecCommandOptions & FakeResponses.ReplyOptions
): FakeResponses.Reply => reply([execCommand(options)], options)

/** @internal */
export const failed = (
  code: string,
  errorMessage: string,
  options?: { readonly items?: ReadonlyArray<FakeResponses.OutputItem>; readonly responseId?: string }
): FakeResponses.Reply => ({
  _tag: "Reply",
  items: options?.items ?? [],
  ending: { _tag: "Failed", code, message: errorMessage },
  responseId: options?.responseId
})

/** @internal */
export const cut = (options?: FakeResponses.CutOptions): FakeResponses.Reply => ({
  _tag: "Reply",
  items: options?.items ?? [],
  ending: {
    _tag: "Cut",
    mode: options?.mode ?? "close",
    partial: options?.partial === undefined ? undefined : toDeltas(options.partial, undefined)
  },
  responseId: options?.responseId
})

/** @internal */
export const stall = (options?: FakeResponses.StallOptions): FakeResponses.Stall => ({
  _tag: "Stall",
  id: options?.id ?? defaultStallId,
  then: options?.then ?? text(defaultAnswer)
})

// -----------------------------------------------------------------------------
// Flows
// -----------------------------------------------------------------------------

type FlowOptions = FakeResponses.FlowOptions & { readonly callId?: string }

const answerOf = (options: FakeResponses.FlowOptions | undefined): FakeResponses.Reply => {
  const { answer, callId: _callId, justification: _j, ...rest } = (options ?? {}) as FlowOptions & {
    readonly justification?: string
  }
  return text(answer ?? "done", rest)
}

const callOptions = (options: FlowOptions | undefined) => ({
  ...(options?.callId !== undefined ? { callId: options.callId } : {}),
  ...(options?.usage !== undefined ? { usage: options.usage } : {}),
  ...(options?.delay !== undefined ? { delay: options.delay } : {})
})

/** @internal */
export const commandApprovalFlow = (
  command: string,
  options?: FlowOptions & { readonly justification?: string }
): ReadonlyArray<FakeResponses.Script> => [
  execCommandReply({
    cmd: command,
    sandboxPermissions: "require_escalated",
    justification: options?.justification ?? "needed",
    ...callOptions(options)
  }),
  answerOf(options)
]

/** @internal */
export const commandFlow = (command: string, options?: FlowOptions): ReadonlyArray<FakeResponses.Script> => [
  execCommandReply({ cmd: command, ...callOptions(options) }),
  answerOf(options)
]

/** @internal */
export const toolCallFlow = (name: string, args: unknown, options?: FlowOptions): ReadonlyArray<FakeResponses.Script> => [
  functionCallReply(name, args, callOptions(options)),
  answerOf(options)
]

// -----------------------------------------------------------------------------
// Reading requests
// -----------------------------------------------------------------------------

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

const stringField = (record: unknown, key: string): string | undefined =>
  isRecord(record) && typeof record[key] === "string" ? record[key] as string : undefined

const contentText = (content: unknown): string => {
  if (typeof content === "string") return content
  if (!Array.isArray(content)) return ""
  return content.map((part) => stringField(part, "text") ?? "").join("")
}

/** @internal */
export const parseRequest = (index: number, request: FakeResponses.ReceivedRequest): FakeResponses.ResponsesRequest => {
  const body = request.body
  const input: ReadonlyArray<unknown> = isRecord(body) && Array.isArray(body.input) ? body.input : []
  let lastUser = -1
  input.forEach((item, i) => {
    if (isRecord(item) && item.type === "message" && item.role === "user") lastUser = i
  })
  const toolOutputs: Array<FakeResponses.ToolOutput> = []
  for (const item of input.slice(lastUser + 1)) {
    if (!isRecord(item) || item.type !== "function_call_output") continue
    const output = item.output
    toolOutputs.push({
      callId: stringField(item, "call_id") ?? "",
      output: typeof output === "string" ? output : JSON.stringify(output)
    })
  }
  const tools = isRecord(body) && Array.isArray(body.tools)
    ? body.tools.flatMap((tool) => {
      const name = stringField(tool, "name") ?? stringField(tool, "type")
      return name === undefined ? [] : [name]
    })
    : []
  const metadata = isRecord(body) ? body.client_metadata : undefined
  const userItem = lastUser >= 0 ? input[lastUser] : undefined
  return {
    index,
    threadId: stringField(metadata, "thread_id") ?? request.headers["thread-id"] ?? stringField(body, "prompt_cache_key"),
    turnId: stringField(metadata, "turn_id"),
    prompt: isRecord(userItem) ? contentText(userItem.content) : undefined,
    tools,
    toolOutputs,
    model: modelOf(body),
    body,
    headers: request.headers
  }
}

const errorTypes: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_request_error",
  403: "permission_denied",
  404: "not_found",
  429: "rate_limit_exceeded"
}

/** @internal */
export const httpError = (status: number, options?: FakeResponses.HttpErrorOptions): FakeResponses.HttpError => ({
  _tag: "HttpError",
  status,
  body: options?.body ?? {
    error: {
      message: options?.message ?? `fake error ${status}`,
      type: options?.type ?? errorTypes[status] ?? "server_error",
      param: null,
      code: options?.code ?? null
    }
  },
  headers: options?.headers ?? {}
})

// -----------------------------------------------------------------------------
// Rendering to Server-Sent Events
// -----------------------------------------------------------------------------

/** @internal */
export interface SseEvent {
  readonly type: string
  readonly data: Record<string, unknown>
}

interface RenderContext {
  /** 1-based index of the `POST /v1/responses` request being answered. */
  readonly request: number
  readonly responseId: string
  readonly model: string
  readonly createdAt: number
}

interface Rendered {
  /** `response.created`. */
  readonly head: SseEvent
  /** Everything after `response.created`. */
  readonly rest: ReadonlyArray<SseEvent>
  /** Whether the connection is to be closed after `rest` (no HTTP end of body). */
  readonly close: boolean
}

const encodeUsage = (usage: FakeResponses.Usage) => ({
  input_tokens: usage.inputTokens,
  input_tokens_details: { cached_tokens: usage.cachedTokens ?? 0 },
  output_tokens: usage.outputTokens,
  output_tokens_details: { reasoning_tokens: usage.reasoningTokens ?? 0 },
  total_tokens: usage.totalTokens ?? usage.inputTokens + usage.outputTokens
})

const responseObject = (
  ctx: RenderContext,
  status: string,
  output: ReadonlyArray<unknown>,
  extra: Record<string, unknown>
) => ({
  id: ctx.responseId,
  object: "response",
  created_at: ctx.createdAt,
  status,
  model: ctx.model,
  output,
  ...extra
})

const messageJson = (id: string, phase: FakeResponses.Phase | undefined, status: string, text: string | undefined) => ({
  type: "message",
  id,
  role: "assistant",
  status,
  ...(phase !== undefined ? { phase } : {}),
  content: text === undefined ? [] : [{ type: "output_text", text, annotations: [] }]
})

const messageStart = (id: string, index: number, phase: FakeResponses.Phase | undefined, deltas: ReadonlyArray<string>) => [
  { type: "response.output_item.added", data: { output_index: index, item: messageJson(id, phase, "in_progress", undefined) } },
  {
    type: "response.content_part.added",
    data: { item_id: id, output_index: index, content_index: 0, part: { type: "output_text", text: "", annotations: [] } }
  },
  ...deltas.map((delta) => ({
    type: "response.output_text.delta",
    data: { item_id: id, output_index: index, content_index: 0, delta, logprobs: [] }
  }))
]

const renderItem = (
  item: FakeResponses.OutputItem,
  index: number,
  ctx: RenderContext
): { readonly events: ReadonlyArray<SseEvent>; readonly done: unknown } => {
  switch (item._tag) {
    case "Message": {
      const id = item.id ?? `msg_${ctx.request}_${index}`
      const text = item.deltas.join("")
      const done = messageJson(id, item.phase, "completed", text)
      return {
        events: [
          ...messageStart(id, index, item.phase, item.deltas),
          { type: "response.output_text.done", data: { item_id: id, output_index: index, content_index: 0, text } },
          {
            type: "response.content_part.done",
            data: { item_id: id, output_index: index, content_index: 0, part: { type: "output_text", text, annotations: [] } }
          },
          { type: "response.output_item.done", data: { output_index: index, item: done } }
        ],
        done
      }
    }
    case "Reasoning": {
      const id = item.id ?? `rs_${ctx.request}_${index}`
      const parts = item.summary.map((deltas) => deltas.join(""))
      const done = {
        type: "reasoning",
        id,
        summary: parts.map((text) => ({ type: "summary_text", text })),
        ...(item.encryptedContent !== undefined ? { encrypted_content: item.encryptedContent } : {})
      }
      const events: Array<SseEvent> = [
        { type: "response.output_item.added", data: { output_index: index, item: { type: "reasoning", id, summary: [] } } }
      ]
      item.summary.forEach((deltas, summaryIndex) => {
        const text = parts[summaryIndex]
        const at = { item_id: id, output_index: index, summary_index: summaryIndex }
        events.push(
          { type: "response.reasoning_summary_part.added", data: { ...at, part: { type: "summary_text", text: "" } } },
          ...deltas.map((delta) => ({ type: "response.reasoning_summary_text.delta", data: { ...at, delta } })),
          { type: "response.reasoning_summary_text.done", data: { ...at, text } },
          { type: "response.reasoning_summary_part.done", data: { ...at, part: { type: "summary_text", text } } }
        )
      })
      events.push({ type: "response.output_item.done", data: { output_index: index, item: done } })
      return { events, done }
    }
    case "FunctionCall": {
      const id = item.id ?? `fc_${ctx.request}_${index}`
      const callId = item.callId ?? `call_${ctx.request}_${index}`
      const base = { type: "function_call", id, call_id: callId, name: item.name }
      const done = { ...base, arguments: item.arguments, status: "completed" }
      return {
        events: [
          { type: "response.output_item.added", data: { output_index: index, item: { ...base, arguments: "", status: "in_progress" } } },
          {
            type: "response.function_call_arguments.delta",
            data: { item_id: id, output_index: index, delta: item.arguments }
          },
          {
            type: "response.function_call_arguments.done",
            data: { item_id: id, output_index: index, arguments: item.arguments }
          },
          { type: "response.output_item.done", data: { output_index: index, item: done } }
        ],
        done
      }
    }
  }
}

/** @internal */
export const render = (reply: FakeResponses.Reply, ctx: RenderContext): Rendered => {
  const head: SseEvent = {
    type: "response.created",
    data: { response: responseObject(ctx, "in_progress", [], {}) }
  }
  const rest: Array<SseEvent> = []
  const output: Array<unknown> = []
  reply.items.forEach((item, index) => {
    const rendered = renderItem(item, index, ctx)
    rest.push(...rendered.events)
    output.push(rendered.done)
  })
  const ending = reply.ending
  switch (ending._tag) {
    case "Completed": {
      const usage = ending.usage === undefined ? {} : { usage: encodeUsage(ending.usage) }
      rest.push({ type: "response.completed", data: { response: responseObject(ctx, "completed", output, usage) } })
      return { head, rest, close: false }
    }
    case "Failed": {
      rest.push({
        type: "response.failed",
        data: {
          response: responseObject(ctx, "failed", output, { error: { code: ending.code, message: ending.message } })
        }
      })
      return { head, rest, close: false }
    }
    case "Cut": {
      if (ending.partial !== undefined) {
        rest.push(...messageStart(`msg_${ctx.request}_${reply.items.length}`, reply.items.length, undefined, ending.partial))
      }
      return { head, rest, close: ending.mode === "close" }
    }
  }
}

const encoder = new TextEncoder()

/** @internal */
export const encodeEvent = (event: SseEvent, sequenceNumber: number): Uint8Array =>
  encoder.encode(
    `event: ${event.type}\ndata: ${JSON.stringify({ type: event.type, sequence_number: sequenceNumber, ...event.data })}\n\n`
  )

// -----------------------------------------------------------------------------
// Server
// -----------------------------------------------------------------------------

interface StallLatch {
  readonly reached: Deferred.Deferred<void>
  readonly released: Deferred.Deferred<void>
}

const parseBody = (raw: string): unknown => {
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

const modelOf = (body: unknown): string =>
  typeof body === "object" && body !== null && "model" in body && typeof body.model === "string"
    ? body.model
    : "mock-model"

/** A pause on the real clock: scripted delays are wall-clock time, whatever `Clock` the test provides. */
const realSleep = (delay: Duration.Duration): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    const timer = setTimeout(() => resume(Effect.void), Duration.toMillis(delay))
    return Effect.sync(() => clearTimeout(timer))
  })

const sseHeaders = { "cache-control": "no-cache", "x-request-id": "fake" }

/** @internal */
export const make = (
  options: FakeResponses.Options
): Effect.Effect<FakeResponses.Service, ServeError, Scope.Scope> =>
  Effect.gen(function*() {
    const fallback = options.fallback ?? text(defaultAnswer)
    const queue = yield* Ref.make<ReadonlyArray<FakeResponses.Script>>(options.scripts ?? [])
    const log = yield* SubscriptionRef.make<ReadonlyArray<FakeResponses.ReceivedRequest>>([])
    const counter = yield* Ref.make(0)
    const stalls = new Map<string, StallLatch>()
    const threadQueues = new Map<string, Array<FakeResponses.Script>>()
    const initial = options.respond
    const responders: Array<FakeResponses.Responder> = initial === undefined
      ? []
      : typeof initial === "function"
      ? [initial as FakeResponses.Responder]
      : [...(initial as ReadonlyArray<FakeResponses.Responder>)]

    const ask = (responder: FakeResponses.Responder, request: FakeResponses.ResponsesRequest) =>
      Effect.suspend(() => {
        const answer = responder(request)
        return Effect.isEffect(answer) ? answer : Effect.succeed(answer)
      }).pipe(
        Effect.catchAllCause((cause) =>
          Effect.as(
            Effect.logWarning("a FakeResponses responder failed: answering HTTP 500", cause),
            httpError(500, { message: `FakeResponses responder failed: ${Cause.pretty(cause).split("\n")[0]}` })
          )
        ),
        Effect.annotateLogs({ module: "FakeResponses" })
      )

    /** The thread's queue, then the responders, then the shared queue, then the fallback. */
    const choose = (request: FakeResponses.ResponsesRequest) =>
      Effect.gen(function*() {
        const own = request.threadId === undefined ? undefined : threadQueues.get(request.threadId)
        if (own !== undefined && own.length > 0) return own.shift()!
        for (const responder of [...responders]) {
          const answer = yield* ask(responder, request)
          if (answer !== undefined) return answer
        }
        return yield* Ref.modify(queue, (scripts): [FakeResponses.Script, ReadonlyArray<FakeResponses.Script>] =>
          scripts.length === 0 ? [fallback, scripts] : [scripts[0], scripts.slice(1)]
        )
      })

    const latch = (id: string) =>
      Effect.suspend(() => {
        const existing = stalls.get(id)
        if (existing !== undefined) return Effect.succeed(existing)
        return Effect.map(
          Effect.all({ reached: Deferred.make<void>(), released: Deferred.make<void>() }),
          (created) => {
            // a concurrent caller may have raced us inside the same tick: keep the first one
            const again = stalls.get(id)
            if (again !== undefined) return again
            stalls.set(id, created)
            return created
          }
        )
      })

    const forget = (id: string, entry: StallLatch) =>
      Effect.sync(() => {
        if (stalls.get(id) === entry) stalls.delete(id)
      })

    const record = (request: HttpServerRequest.HttpServerRequest) =>
      Effect.gen(function*() {
        const raw = yield* Effect.orElseSucceed(request.text, () => "")
        const received: FakeResponses.ReceivedRequest = {
          method: request.method,
          path: request.url,
          headers: { ...request.headers },
          body: parseBody(raw)
        }
        yield* SubscriptionRef.update(log, (all) => [...all, received])
        return received
      })

    const eventStream = (events: ReadonlyArray<SseEvent>, from: number, delay?: Duration.Duration) => {
      const encoded = Stream.fromIterable(events.map((event, i) => encodeEvent(event, from + i)))
      return delay === undefined || Duration.toMillis(delay) <= 0
        ? encoded
        : Stream.mapEffect(encoded, (bytes) => Effect.as(realSleep(delay), bytes))
    }

    const closeConnection = (request: HttpServerRequest.HttpServerRequest) =>
      Stream.fromEffect(
        Effect.sync(() => {
          const response = NodeHttpServerRequest.toServerResponse(request)
          // flushes what was written, then drops the TCP connection: no end-of-body marker
          response.socket?.destroySoon()
        })
      ).pipe(Stream.drain, Stream.concat(Stream.never))

    const replyStream = (
      request: HttpServerRequest.HttpServerRequest,
      rendered: Rendered,
      from: number,
      delay: Duration.Duration | undefined
    ): Stream.Stream<Uint8Array> =>
      rendered.close
        ? Stream.concat(eventStream(rendered.rest, from, delay), closeConnection(request))
        : eventStream(rendered.rest, from, delay)

    const sse = (body: Stream.Stream<Uint8Array>) =>
      HttpServerResponse.stream(body, { contentType: "text/event-stream", headers: sseHeaders })

    const respond = Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      const received = yield* record(request)
      const index = yield* Ref.updateAndGet(counter, (n) => n + 1)
      const script = yield* choose(parseRequest(index, received))
      const createdAt = Math.floor((yield* Clock.currentTimeMillis) / 1000)
      const context = (responseId: string | undefined): RenderContext => ({
        request: index,
        responseId: responseId ?? `resp_${index}`,
        model: modelOf(received.body),
        createdAt
      })
      switch (script._tag) {
        case "HttpError":
          return HttpServerResponse.unsafeJson(script.body, { status: script.status, headers: script.headers })
        case "Reply": {
          const rendered = render(script, context(script.responseId))
          return sse(Stream.concat(eventStream([rendered.head], 0), replyStream(request, rendered, 1, script.delay)))
        }
        case "Stall": {
          const rendered = render(script.then, context(script.then.responseId))
          const hold = Effect.gen(function*() {
            const entry = yield* latch(script.id)
            yield* Deferred.succeed(entry.reached, undefined)
            yield* Deferred.await(entry.released).pipe(Effect.ensuring(forget(script.id, entry)))
          })
          return sse(
            eventStream([rendered.head], 0).pipe(
              Stream.concat(Stream.drain(Stream.fromEffect(hold))),
              Stream.concat(replyStream(request, rendered, 1, script.then.delay))
            )
          )
        }
      }
    })

    const other = Effect.gen(function*() {
      const request = yield* HttpServerRequest.HttpServerRequest
      yield* record(request)
      const path = request.url.split("?")[0]
      if (request.method === "GET" && path === "/v1/models") {
        return HttpServerResponse.unsafeJson({ object: "list", data: [] })
      }
      return HttpServerResponse.unsafeJson(
        { error: { message: `fake Responses API: no route for ${request.method} ${path}`, type: "not_found" } },
        { status: 404 }
      )
    })

    const router = HttpRouter.empty.pipe(
      HttpRouter.post("/v1/responses", respond),
      HttpRouter.all("*", other)
    )

    const node = Http.createServer()
    const server = yield* NodeHttpServer.make(() => node, { port: 0, host: "127.0.0.1" })
    yield* server.serve(router)
    // Runs before the server's own close: drop every connection (held stalls included) so that
    // closing never waits for a stream that will not end by itself.
    yield* Effect.addFinalizer(() => Effect.sync(() => node.closeAllConnections()))

    const port = server.address._tag === "TcpAddress" ? server.address.port : 0
    const url = `http://127.0.0.1:${port}`

    const posts = (all: ReadonlyArray<FakeResponses.ReceivedRequest>) =>
      all.filter((r) => r.method === "POST" && r.path.split("?")[0] === "/v1/responses")
    const bodies = (all: ReadonlyArray<FakeResponses.ReceivedRequest>) => posts(all).map((r) => r.body)

    const service: FakeResponses.Service = {
      port,
      url,
      baseUrl: `${url}/v1`,
      enqueue: Effect.fn("FakeResponses.enqueue")(function*(...scripts: ReadonlyArray<FakeResponses.Script>) {
        yield* Effect.annotateCurrentSpan("scripts", scripts.map((s) => s._tag).join(","))
        yield* Ref.update(queue, (queued) => [...queued, ...scripts])
      }),
      enqueueFor: Effect.fn("FakeResponses.enqueueFor")(function*(threadId: string, ...scripts: ReadonlyArray<FakeResponses.Script>) {
        yield* Effect.annotateCurrentSpan("threadId", threadId)
        yield* Effect.sync(() => {
          const own = threadQueues.get(threadId)
          if (own === undefined) threadQueues.set(threadId, [...scripts])
          else own.push(...scripts)
        })
      }),
      respond: (responder) => Effect.sync(() => void responders.push(responder)),
      pending: Effect.map(
        Ref.get(queue),
        (queued) => [...threadQueues.values()].reduce((n, own) => n + own.length, queued.length)
      ),
      parsedRequests: Effect.map(
        SubscriptionRef.get(log),
        (all) => posts(all).map((received, i) => parseRequest(i + 1, received))
      ),
      requests: Effect.map(SubscriptionRef.get(log), bodies),
      received: SubscriptionRef.get(log),
      awaitRequests: Effect.fn("FakeResponses.awaitRequests")(function*(count: number) {
        const found = yield* log.changes.pipe(
          Stream.map(bodies),
          Stream.filter((all) => all.length >= count),
          Stream.runHead
        )
        return Option.getOrElse(found, () => [])
      }),
      awaitStall: Effect.fn("FakeResponses.awaitStall")(function*(id?: string) {
        const entry = yield* latch(id ?? defaultStallId)
        yield* Deferred.await(entry.reached)
      }),
      release: Effect.fn("FakeResponses.release")(function*(id?: string) {
        const entry = yield* latch(id ?? defaultStallId)
        yield* Deferred.succeed(entry.released, undefined)
      }),
      reset: Effect.all([
        Ref.set(queue, []),
        SubscriptionRef.set(log, []),
        Ref.set(counter, 0),
        Effect.sync(() => {
          stalls.clear()
          threadQueues.clear()
          responders.length = 0
        })
      ], { discard: true }).pipe(
        Effect.withSpan("FakeResponses.reset")
      )
    }
    return service
  })
