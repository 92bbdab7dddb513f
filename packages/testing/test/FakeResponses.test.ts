import { FakeResponses } from "@effect-codex/testing"
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Duration, Effect, Exit, Fiber, Queue, Ref, Scope } from "effect"

const { Item, Script } = FakeResponses

interface Event {
  readonly event: string
  readonly data: Record<string, unknown>
}

/** Parses one SSE block (`event: x\ndata: {...}`). */
const parseBlock = (block: string): Event => {
  let event = ""
  let data = ""
  for (const line of block.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice("event: ".length)
    else if (line.startsWith("data: ")) data += line.slice("data: ".length)
  }
  return { event, data: JSON.parse(data) as Record<string, unknown> }
}

/** Reads an SSE body block by block into `out`; `error` says whether the body ended abnormally. */
const readEvents = (response: Response, out: Queue.Queue<Event>) =>
  Effect.async<{ readonly error: boolean }>((resume) => {
    const body = response.body
    if (body === null) return resume(Effect.succeed({ error: false }))
    const reader = body.getReader()
    const decoder = new TextDecoder()
    let buffer = ""
    const pump = (): void => {
      reader.read().then(
        ({ done, value }) => {
          if (done) return resume(Effect.succeed({ error: false }))
          buffer += decoder.decode(value, { stream: true })
          let at = buffer.indexOf("\n\n")
          while (at >= 0) {
            Queue.unsafeOffer(out, parseBlock(buffer.slice(0, at)))
            buffer = buffer.slice(at + 2)
            at = buffer.indexOf("\n\n")
          }
          pump()
        },
        () => resume(Effect.succeed({ error: true }))
      )
    }
    pump()
    return Effect.sync(() => void reader.cancel().catch(() => undefined))
  })

const post = (fake: FakeResponses.Service, body: unknown = { model: "mock-model", input: [] }) =>
  Effect.promise(() =>
    fetch(`${fake.baseUrl}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(body)
    })
  )

/** POSTs and reads the whole SSE stream. */
const run = (fake: FakeResponses.Service, body?: unknown) =>
  Effect.gen(function*() {
    const response = yield* post(fake, body)
    const queue = yield* Queue.unbounded<Event>()
    const { error } = yield* readEvents(response, queue)
    const events = yield* Queue.takeAll(queue)
    return { response, events: Array.from(events), error }
  })

const types = (events: ReadonlyArray<Event>) => events.map((e) => e.event)

const item = (event: Event) => event.data.item as Record<string, unknown>

const withFake = <A, E>(f: (fake: FakeResponses.Service) => Effect.Effect<A, E, Scope.Scope>, options?: FakeResponses.Options) =>
  Effect.flatMap(FakeResponses.make(options), f)

const messageEvents = [
  "response.output_item.added",
  "response.content_part.added",
  "response.output_text.delta",
  "response.output_text.delta",
  "response.output_text.delta",
  "response.output_text.done",
  "response.content_part.done",
  "response.output_item.done"
]

describe("FakeResponses", () => {
  it.scopedLive("listens on 127.0.0.1 at a random port", () =>
    withFake((fake) =>
      Effect.sync(() => {
        assert.isAbove(fake.port, 0)
        assert.strictEqual(fake.url, `http://127.0.0.1:${fake.port}`)
        assert.strictEqual(fake.baseUrl, `http://127.0.0.1:${fake.port}/v1`)
      })
    ))

  it.scopedLive("streams a text answer as several deltas, with phase and usage", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(
          Script.text("Hello, world", {
            chunks: 3,
            phase: "final_answer",
            usage: { inputTokens: 12, outputTokens: 5, cachedTokens: 4, reasoningTokens: 1 }
          })
        )
        const { events, response, error } = yield* run(fake)
        assert.strictEqual(response.status, 200)
        assert.match(response.headers.get("content-type") ?? "", /^text\/event-stream/)
        assert.isFalse(error)
        assert.deepStrictEqual(types(events), ["response.created", ...messageEvents, "response.completed"])
        // the `event:` line and the data's `type` agree, sequence numbers count up
        events.forEach((e, i) => {
          assert.strictEqual(e.data.type, e.event)
          assert.strictEqual(e.data.sequence_number, i)
        })
        const deltas = events.filter((e) => e.event === "response.output_text.delta").map((e) => e.data.delta)
        assert.deepStrictEqual(deltas, ["Hell", "o, w", "orld"])
        const added = item(events[1])
        assert.strictEqual(added.type, "message")
        assert.strictEqual(added.phase, "final_answer")
        const done = item(events[8])
        assert.deepStrictEqual(done, {
          type: "message",
          id: "msg_1_0",
          role: "assistant",
          status: "completed",
          phase: "final_answer",
          content: [{ type: "output_text", text: "Hello, world", annotations: [] }]
        })
        const completed = events[9].data.response as Record<string, unknown>
        assert.strictEqual(completed.id, "resp_1")
        assert.strictEqual(completed.status, "completed")
        assert.strictEqual(completed.model, "mock-model")
        assert.deepStrictEqual(completed.usage, {
          input_tokens: 12,
          input_tokens_details: { cached_tokens: 4 },
          output_tokens: 5,
          output_tokens_details: { reasoning_tokens: 1 },
          total_tokens: 17
        })
      })
    ))

  it.scopedLive("explicit deltas, no usage when none is scripted", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.text(["a", "b"]))
        const { events } = yield* run(fake)
        const deltas = events.filter((e) => e.event === "response.output_text.delta").map((e) => e.data.delta)
        assert.deepStrictEqual(deltas, ["a", "b"])
        assert.isUndefined(item(events.find((e) => e.event === "response.output_item.done")!).phase)
        const completed = events.at(-1)!
        assert.strictEqual(completed.event, "response.completed")
        assert.notProperty(completed.data.response as object, "usage")
      })
    ))

  it.scopedLive("several messages in one response, in order", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(
          Script.reply([
            Item.message("Looking around.", { phase: "commentary", chunks: 2 }),
            Item.message("All done.", { phase: "final_answer", chunks: 2, id: "final" })
          ])
        )
        const { events } = yield* run(fake)
        const done = events.filter((e) => e.event === "response.output_item.done").map(item)
        assert.deepStrictEqual(done.map((i) => [i.id, i.phase, i.content]), [
          ["msg_1_0", "commentary", [{ type: "output_text", text: "Looking around.", annotations: [] }]],
          ["final", "final_answer", [{ type: "output_text", text: "All done.", annotations: [] }]]
        ])
        assert.deepStrictEqual(
          events.filter((e) => e.event === "response.output_item.added").map((e) => e.data.output_index),
          [0, 1]
        )
        const output = (events.at(-1)!.data.response as Record<string, unknown>).output as ReadonlyArray<unknown>
        assert.strictEqual(output.length, 2)
      })
    ))

  it.scopedLive("a reasoning item with a summary", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.reasoning(["**Plan** look", "then answer"], "Answer"))
        const { events } = yield* run(fake)
        const reasoning = events.filter((e) => e.event.startsWith("response.reasoning_summary"))
        assert.deepStrictEqual(types(reasoning), [
          "response.reasoning_summary_part.added",
          "response.reasoning_summary_text.delta",
          "response.reasoning_summary_text.delta",
          "response.reasoning_summary_text.done",
          "response.reasoning_summary_part.done",
          "response.reasoning_summary_part.added",
          "response.reasoning_summary_text.delta",
          "response.reasoning_summary_text.delta",
          "response.reasoning_summary_text.done",
          "response.reasoning_summary_part.done"
        ])
        assert.strictEqual(
          reasoning.filter((e) => e.data.summary_index === 0 && e.event.endsWith("delta")).map((e) => e.data.delta).join(""),
          "**Plan** look"
        )
        const done = events.filter((e) => e.event === "response.output_item.done").map(item)
        assert.deepStrictEqual(done[0], {
          type: "reasoning",
          id: "rs_1_0",
          summary: [{ type: "summary_text", text: "**Plan** look" }, { type: "summary_text", text: "then answer" }]
        })
        assert.strictEqual(done[1].type, "message")
      })
    ))

  it.scopedLive("an exec_command call, answered by the next script", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(
          Script.execCommand({
            cmd: "touch x",
            sandboxPermissions: "require_escalated",
            justification: "create x",
            callId: "call_x"
          }),
          Script.text("after the tool")
        )
        const first = yield* run(fake)
        const call = item(first.events.find((e) => e.event === "response.output_item.done")!)
        assert.strictEqual(call.type, "function_call")
        assert.strictEqual(call.name, "exec_command")
        assert.strictEqual(call.call_id, "call_x")
        assert.deepStrictEqual(JSON.parse(call.arguments as string), {
          cmd: "touch x",
          sandbox_permissions: "require_escalated",
          justification: "create x"
        })
        assert.deepStrictEqual(types(first.events), [
          "response.created",
          "response.output_item.added",
          "response.function_call_arguments.delta",
          "response.function_call_arguments.done",
          "response.output_item.done",
          "response.completed"
        ])
        const second = yield* run(fake)
        const text = second.events.filter((e) => e.event === "response.output_text.delta").map((e) => e.data.delta)
        assert.strictEqual(text.join(""), "after the tool")
        assert.strictEqual(yield* fake.pending, 0)
      })
    ))

  it.scopedLive("response.failed carries the code and message", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.failed("server_is_overloaded", "too busy"))
        const { events } = yield* run(fake)
        assert.deepStrictEqual(types(events), ["response.created", "response.failed"])
        const response = events[1].data.response as Record<string, unknown>
        assert.strictEqual(response.status, "failed")
        assert.deepStrictEqual(response.error, { code: "server_is_overloaded", message: "too busy" })
      })
    ))

  it.scopedLive("HTTP errors answer the scripted status with a JSON error body", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(
          Script.httpError(500),
          Script.httpError(401, { message: "bad key", code: "invalid_api_key" }),
          Script.httpError(400, { body: { error: { message: "custom" } } }),
          Script.httpError(429, { headers: { "retry-after": "1" } })
        )
        const bodies: Array<unknown> = []
        const statuses: Array<number> = []
        for (let i = 0; i < 4; i++) {
          const response = yield* post(fake)
          statuses.push(response.status)
          if (i === 3) assert.strictEqual(response.headers.get("retry-after"), "1")
          assert.match(response.headers.get("content-type") ?? "", /^application\/json/)
          bodies.push(yield* Effect.promise(() => response.json()))
        }
        assert.deepStrictEqual(statuses, [500, 401, 400, 429])
        assert.deepStrictEqual(bodies[0], {
          error: { message: "fake error 500", type: "server_error", param: null, code: null }
        })
        assert.deepStrictEqual(bodies[1], {
          error: { message: "bad key", type: "invalid_request_error", param: null, code: "invalid_api_key" }
        })
        assert.deepStrictEqual(bodies[2], { error: { message: "custom" } })
      })
    ))

  it.scopedLive("a cut stream ends without response.completed (connection dropped)", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.cut({ items: [Item.message("whole")], partial: ["hal", "f"] }))
        const { events, error } = yield* run(fake)
        assert.isTrue(error)
        assert.deepStrictEqual(types(events), [
          "response.created",
          ...messageEvents,
          "response.output_item.added",
          "response.content_part.added",
          "response.output_text.delta",
          "response.output_text.delta"
        ])
        // the server is still fine afterwards
        const next = yield* run(fake)
        assert.strictEqual(next.events.at(-1)?.event, "response.completed")
      })
    ))

  it.scopedLive("a cut stream with mode end closes the body cleanly without response.completed", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.cut({ partial: "partial", mode: "end" }))
        const { events, error } = yield* run(fake)
        assert.isFalse(error)
        assert.strictEqual(events.at(-1)?.event, "response.output_text.delta")
        assert.notInclude(types(events), "response.completed")
      })
    ))

  it.scopedLive("a stall holds the stream after response.created until released", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.stall({ then: Script.text("late", { chunks: 1 }) }))
        const response = yield* post(fake)
        const queue = yield* Queue.unbounded<Event>()
        const reader = yield* Effect.fork(readEvents(response, queue))
        const first = yield* Queue.take(queue)
        assert.strictEqual(first.event, "response.created")
        yield* fake.awaitStall()
        // a full round trip through the same server: the held stream still sent nothing more
        const other = yield* run(fake)
        assert.strictEqual(other.events.at(-1)?.event, "response.completed")
        assert.strictEqual(yield* Queue.size(queue), 0)
        assert.isNull(yield* Fiber.poll(reader).pipe(Effect.map((o) => (o._tag === "Some" ? o.value : null))))
        yield* fake.release()
        const { error } = yield* Fiber.join(reader)
        assert.isFalse(error)
        const rest = Array.from(yield* Queue.takeAll(queue))
        assert.deepStrictEqual(types(rest), [
          "response.output_item.added",
          "response.content_part.added",
          "response.output_text.delta",
          "response.output_text.done",
          "response.content_part.done",
          "response.output_item.done",
          "response.completed"
        ])
        // same response id before and after the stall
        assert.strictEqual(
          (first.data.response as Record<string, unknown>).id,
          (rest.at(-1)!.data.response as Record<string, unknown>).id
        )
      })
    ))

  it.scopedLive("a stall released in advance passes straight through; ids select the stall", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.stall({ id: "a" }))
        yield* fake.release("a")
        const { events } = yield* run(fake)
        assert.strictEqual(events.at(-1)?.event, "response.completed")
        const deltas = events.filter((e) => e.event === "response.output_text.delta").map((e) => e.data.delta)
        assert.strictEqual(deltas.join(""), FakeResponses.defaultAnswer)
      })
    ))

  it.scopedLive("records every request body and answers the fallback when the queue is empty", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        assert.strictEqual(yield* fake.pending, 0)
        const first = yield* run(fake, { model: "m1", input: [{ type: "message", role: "user" }] })
        const second = yield* run(fake, { model: "m2", input: [] })
        for (const { events } of [first, second]) {
          const text = events.filter((e) => e.event === "response.output_text.delta").map((e) => e.data.delta)
          assert.strictEqual(text.join(""), "ok")
        }
        assert.strictEqual((second.events[0].data.response as Record<string, unknown>).model, "m2")
        assert.deepStrictEqual(yield* fake.requests, [
          { model: "m1", input: [{ type: "message", role: "user" }] },
          { model: "m2", input: [] }
        ])
        assert.deepStrictEqual(yield* fake.awaitRequests(2), yield* fake.requests)
        const received = yield* fake.received
        assert.deepStrictEqual(received.map((r) => [r.method, r.path]), [
          ["POST", "/v1/responses"],
          ["POST", "/v1/responses"]
        ])
        assert.strictEqual(received[0].headers["content-type"], "application/json")
        yield* fake.reset
        assert.deepStrictEqual(yield* fake.requests, [])
      })
    ))

  it.scopedLive("awaitRequests waits for requests still to come", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        const waiting = yield* Effect.fork(fake.awaitRequests(1))
        yield* run(fake, { n: 1 })
        assert.deepStrictEqual(yield* Fiber.join(waiting), [{ n: 1 }])
      })
    ))

  it.scopedLive("other paths: an empty model list, 404 elsewhere, all recorded", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        const models = yield* Effect.promise(() => fetch(`${fake.baseUrl}/models`))
        assert.strictEqual(models.status, 200)
        assert.deepStrictEqual(yield* Effect.promise(() => models.json()), { object: "list", data: [] })
        const missing = yield* Effect.promise(() => fetch(`${fake.url}/nope`, { method: "DELETE" }))
        assert.strictEqual(missing.status, 404)
        yield* Effect.promise(() => missing.text())
        assert.deepStrictEqual((yield* fake.received).map((r) => [r.method, r.path]), [
          ["GET", "/v1/models"],
          ["DELETE", "/nope"]
        ])
        assert.deepStrictEqual(yield* fake.requests, [])
      })
    ))

  it.scopedLive("options: initial scripts and a custom fallback", () =>
    withFake(
      (fake) =>
        Effect.gen(function*() {
          assert.strictEqual(yield* fake.pending, 1)
          const first = yield* post(fake)
          assert.strictEqual(first.status, 503)
          yield* Effect.promise(() => first.text())
          const second = yield* post(fake)
          assert.strictEqual(second.status, 418)
          yield* Effect.promise(() => second.text())
        }),
      { scripts: [Script.httpError(503)], fallback: Script.httpError(418) }
    ))

  it.scopedLive("closing the scope drops a held stall instead of waiting for it", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const fake = yield* FakeResponses.make().pipe(Scope.extend(scope))
      yield* fake.enqueue(Script.stall())
      const response = yield* post(fake)
      const queue = yield* Queue.unbounded<Event>()
      const reader = yield* Effect.fork(readEvents(response, queue))
      yield* fake.awaitStall()
      const closed = yield* Deferred.make<void>()
      yield* Scope.close(scope, Exit.void).pipe(Effect.zipRight(Deferred.succeed(closed, undefined)), Effect.fork)
      yield* Deferred.await(closed)
      const { error } = yield* Fiber.join(reader)
      assert.isTrue(error)
      const events = Array.from(yield* Queue.takeAll(queue))
      assert.deepStrictEqual(types(events), ["response.created"])
      const refused = yield* Effect.either(Effect.tryPromise(() => fetch(fake.baseUrl + "/models")))
      assert.strictEqual(refused._tag, "Left")
    }))

  it.scopedLive("the layer provides the service", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make(0)
      yield* Effect.gen(function*() {
        const fake = yield* FakeResponses.FakeResponses
        yield* fake.enqueue(Script.text("via layer"))
        const { events } = yield* run(fake)
        yield* Ref.set(seen, events.length)
      }).pipe(Effect.provide(FakeResponses.layer))
      assert.isAbove(yield* Ref.get(seen), 0)
    }))

  // ---------------------------------------------------------------------------
  // routing by request, per-thread queues, delays
  // ---------------------------------------------------------------------------

  const userMessage = (text: string) => ({ type: "message", role: "user", content: [{ type: "input_text", text }] })
  const turnBody = (threadId: string, prompt: string, extra: ReadonlyArray<unknown> = []) => ({
    model: "mock-model",
    input: [userMessage("<environment_context>...</environment_context>"), userMessage(prompt), ...extra],
    tools: [{ type: "function", name: "exec_command" }, { type: "web_search" }],
    client_metadata: { thread_id: threadId, turn_id: `turn-${threadId}` }
  })
  const answerOf = (events: ReadonlyArray<Event>) =>
    events.filter((e) => e.event === "response.output_text.delta").map((e) => e.data.delta).join("")

  it.scopedLive("reads a request: thread, turn, prompt (the last user message), tools, tool outputs", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* run(fake, turnBody("t1", "first"))
        yield* run(
          fake,
          turnBody("t1", "second", [
            { type: "function_call", call_id: "c1", name: "exec_command", arguments: "{}" },
            { type: "function_call_output", call_id: "c1", output: "file.txt\n" },
            { type: "function_call_output", call_id: "c2", output: [{ type: "input_text", text: "x" }] }
          ])
        )
        const [first, second] = yield* fake.parsedRequests
        assert.deepInclude(first, { index: 1, threadId: "t1", turnId: "turn-t1", prompt: "first", toolOutputs: [], model: "mock-model" })
        assert.deepStrictEqual(first!.tools, ["exec_command", "web_search"])
        assert.strictEqual(second!.prompt, "second")
        assert.deepStrictEqual(second!.toolOutputs, [
          { callId: "c1", output: "file.txt\n" },
          { callId: "c2", output: JSON.stringify([{ type: "input_text", text: "x" }]) }
        ])
        const bare = FakeResponses.parseRequest(7, { method: "POST", path: "/v1/responses", headers: {}, body: "not json" })
        assert.deepInclude(bare, { index: 7, threadId: undefined, prompt: undefined, tools: [], toolOutputs: [] })
      })
    ))

  it.scopedLive("answers by responders in order; undefined passes on to the shared queue, then the fallback", () =>
    withFake(
      (fake) =>
        Effect.gen(function*() {
          yield* fake.respond((request) => request.prompt === "second" ? Script.text("from the second responder") : undefined)
          yield* fake.enqueue(Script.text("queued"))
          const answers: Array<string> = []
          for (const prompt of ["hello", "second", "other", "other"]) {
            answers.push(answerOf((yield* run(fake, turnBody("t", prompt))).events))
          }
          assert.deepStrictEqual(answers, ["hi there", "from the second responder", "queued", "fallback"])
          yield* fake.reset
          assert.strictEqual(answerOf((yield* run(fake, turnBody("t", "hello"))).events), "fallback")
        }),
      {
        fallback: Script.text("fallback"),
        respond: (request) => Effect.succeed(request.prompt === "hello" ? Script.text("hi there") : undefined)
      }
    ))

  it.scopedLive("a responder that throws answers HTTP 500", () =>
    withFake(
      (fake) =>
        Effect.gen(function*() {
          const response = yield* post(fake, turnBody("t", "x"))
          assert.strictEqual(response.status, 500)
          const body = yield* Effect.promise(() => response.json() as Promise<{ error: { message: string } }>)
          assert.include(body.error.message, "FakeResponses responder failed")
        }),
      {
        respond: () => {
          throw new Error("bug in the test")
        }
      }
    ))

  it.scopedLive("enqueueFor answers one thread before responders and the shared queue", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.respond(() => Script.text("responder"))
        yield* fake.enqueueFor("a", Script.text("for a, 1"), Script.text("for a, 2"))
        yield* fake.enqueueFor("b", Script.text("for b"))
        assert.strictEqual(yield* fake.pending, 3)
        const answers: Array<string> = []
        for (const thread of ["b", "a", "b", "a", "a"]) {
          answers.push(answerOf((yield* run(fake, turnBody(thread, "go"))).events))
        }
        assert.deepStrictEqual(answers, ["for b", "for a, 1", "responder", "for a, 2", "responder"])
        assert.strictEqual(yield* fake.pending, 0)
      })
    ))

  it.scopedLive("a delay paces the events after response.created, without changing them", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.text("abc"), Script.text("abc", { delay: "30 millis" }))
        const plain = yield* run(fake)
        const started = Date.now()
        const paced = yield* run(fake)
        // printed, not asserted: 8 events after response.created, 30 ms before each
        console.log(`paced reply: ${paced.events.length} events in ${Date.now() - started} ms`)
        assert.deepStrictEqual(types(paced.events), types(plain.events))
        assert.strictEqual(answerOf(paced.events), "abc")
        assert.deepStrictEqual(Script.withDelay(Script.text("x"), "1 second").delay, Duration.seconds(1))
        assert.deepStrictEqual(Script.withDelay("2 seconds")(Script.stall()).then.delay, Duration.seconds(2))
      })
    ))

  it.scopedLive("with a long delay only response.created has arrived while the rest waits", () =>
    withFake((fake) =>
      Effect.gen(function*() {
        yield* fake.enqueue(Script.withDelay(Script.text("slow"), "1 hour"))
        const response = yield* post(fake)
        const queue = yield* Queue.unbounded<Event>()
        const reader = yield* Effect.fork(readEvents(response, queue))
        const head = yield* Queue.take(queue)
        assert.strictEqual(head.event, "response.created")
        yield* Effect.sleep("200 millis")
        assert.strictEqual(yield* Queue.size(queue), 0)
        yield* Fiber.interrupt(reader)
      })
    ))
})
