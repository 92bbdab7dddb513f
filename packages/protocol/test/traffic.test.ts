/**
 * The generated schemas against REAL traffic: `fixtures/traffic-<codexVersion>.jsonl` is every
 * wire line of a scripted session between a client and the pinned `codex app-server` (recorded
 * with `npm run record`, see `packages/testing/scripts/record-traffic.ts`), one
 * `{"dir": "client" | "server", "message": ...}` per line, in order.
 *
 * Every message must decode with the registry schema of its method (params, results, server
 * requests and the client's replies to them), every method must be known to the registry, and
 * the fixture must still cover the session it was recorded from.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, ParseResult, Schema } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import { isDeepStrictEqual } from "node:util"
import { Registry, Schemas } from "../src/index.js"

const fixturePath = fileURLToPath(new URL(`./fixtures/traffic-${Registry.codexVersion}.jsonl`, import.meta.url))

/**
 * Client notifications of the pinned protocol (`ClientNotification.json` of
 * `codex app-server generate-json-schema`: only `initialized`, without params). The registry
 * has no table for them.
 */
const clientNotifications: ReadonlySet<string> = new Set(["initialized"])

/** The JSON-RPC error object (`JSONRPCErrorError.json`); not among the generated schemas. */
const RpcErrorObject = Schema.Struct({ code: Schema.Int, message: Schema.String, data: Schema.optional(Schema.Unknown) })

// -----------------------------------------------------------------------------
// Reading and classifying the fixture
// -----------------------------------------------------------------------------

type Id = number | string
type Dir = "client" | "server"
type JsonObject = { readonly [key: string]: unknown }

/** One wire message with its position (1-based line of the fixture). */
type Message =
  | { readonly kind: "request"; readonly line: number; readonly dir: Dir; readonly id: Id; readonly method: string; readonly hasParams: boolean; readonly params: unknown }
  | { readonly kind: "notification"; readonly line: number; readonly dir: Dir; readonly method: string; readonly hasParams: boolean; readonly params: unknown }
  | { readonly kind: "result"; readonly line: number; readonly dir: Dir; readonly id: Id; readonly result: unknown }
  | { readonly kind: "error"; readonly line: number; readonly dir: Dir; readonly id: Id | null; readonly error: unknown }
  | { readonly kind: "malformed"; readonly line: number; readonly dir: Dir | undefined; readonly why: string }

const Line = Schema.Struct({
  dir: Schema.Literal("client", "server"),
  message: Schema.Record({ key: Schema.String, value: Schema.Unknown })
})

const has = (o: JsonObject, key: string) => Object.prototype.hasOwnProperty.call(o, key)
const isId = (u: unknown): u is Id => typeof u === "number" || typeof u === "string"
const isObject = (u: unknown): u is JsonObject => typeof u === "object" && u !== null && !Array.isArray(u)

const classify = (text: string, line: number): Message => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { kind: "malformed", line, dir: undefined, why: "not JSON" }
  }
  const parsed = Schema.decodeUnknownEither(Line)(json)
  if (Either.isLeft(parsed)) {
    return { kind: "malformed", line, dir: undefined, why: ParseResult.TreeFormatter.formatErrorSync(parsed.left) }
  }
  const { dir, message } = parsed.right
  const params = { hasParams: has(message, "params"), params: message.params }
  if (typeof message.method === "string") {
    if (has(message, "id")) {
      return isId(message.id)
        ? { kind: "request", line, dir, id: message.id, method: message.method, ...params }
        : { kind: "malformed", line, dir, why: `request ${message.method} with an id that is neither number nor string` }
    }
    return { kind: "notification", line, dir, method: message.method, ...params }
  }
  if (has(message, "error")) {
    return isId(message.id) || message.id === null
      ? { kind: "error", line, dir, id: message.id, error: message.error }
      : { kind: "malformed", line, dir, why: "error reply without a valid id" }
  }
  if (has(message, "result") && isId(message.id)) return { kind: "result", line, dir, id: message.id, result: message.result }
  return { kind: "malformed", line, dir, why: "neither a request, a notification nor a reply" }
}

const messages: ReadonlyArray<Message> = Fs.readFileSync(fixturePath, "utf8")
  .split("\n")
  .map((text, index) => ({ text, line: index + 1 }))
  .filter(({ text }) => text.trim() !== "")
  .map(({ line, text }) => classify(text, line))

type Of<K extends Message["kind"]> = Extract<Message, { kind: K }>
const select = <K extends Message["kind"]>(kind: K, dir: Dir): ReadonlyArray<Of<K>> =>
  messages.filter((m): m is Of<K> => m.kind === kind && m.dir === dir)

const clientRequests = select("request", "client")
const serverRequests = select("request", "server")
const serverNotifications = select("notification", "server")
const clientNotificationsSent = select("notification", "client")

const idKey = (id: Id) => `${typeof id}:${id}`

/** Replies (results and errors) sent in `dir`, each with the request it answers. */
const repliesTo = <R extends Of<"request">>(requests: ReadonlyArray<R>, dir: Dir) => {
  const byId = new Map(requests.map((r) => [idKey(r.id), r]))
  const answered = new Map<string, number>()
  const matched: Array<{ readonly reply: Of<"result"> | Of<"error">; readonly request: R }> = []
  const problems: Array<string> = []
  for (const reply of messages) {
    if ((reply.kind !== "result" && reply.kind !== "error") || reply.dir !== dir) continue
    const request = reply.id === null ? undefined : byId.get(idKey(reply.id))
    if (request === undefined || request.line > reply.line) {
      problems.push(`line ${reply.line}: a ${dir} reply with id ${JSON.stringify(reply.id)} answers no earlier request`)
      continue
    }
    const key = idKey(request.id)
    answered.set(key, (answered.get(key) ?? 0) + 1)
    matched.push({ reply, request })
  }
  for (const request of requests) {
    const count = answered.get(idKey(request.id)) ?? 0
    if (count !== 1) problems.push(`line ${request.line}: ${request.method} (id ${request.id}) got ${count} replies`)
  }
  return { matched, problems }
}

const serverReplies = repliesTo(clientRequests, "server")
const clientReplies = repliesTo(serverRequests, "client")

// -----------------------------------------------------------------------------
// Decoding
// -----------------------------------------------------------------------------

/** `undefined` when `value` decodes with `schema`, else the formatted ParseError. */
const decodeProblem = (
  schema: Schema.Schema.AnyNoContext,
  value: unknown,
  options?: { readonly onExcessProperty: "error" }
): string | undefined =>
  Either.match(Schema.decodeUnknownEither(schema)(value, options), {
    onLeft: (error) => ParseResult.TreeFormatter.formatErrorSync(error),
    onRight: () => undefined
  })

/** Fails listing every problem. */
const report = (what: string, problems: ReadonlyArray<string>) =>
  Effect.sync(() => {
    if (problems.length > 0) assert.fail(`${problems.length} ${what}:\n\n${problems.join("\n\n")}`)
  })

const at = (m: { readonly line: number; readonly dir: Dir | undefined }, label: string) =>
  `line ${m.line} (${m.dir ?? "?"}) ${label}`

const notificationParams = (method: Registry.NotificationMethod): Schema.Schema.AnyNoContext =>
  Registry.ServerNotifications[method].params
const serverRequestParams = (method: Registry.ServerRequestMethod): Schema.Schema.AnyNoContext =>
  Registry.ServerRequests[method].params
const serverRequestResponse = (method: Registry.ServerRequestMethod): Schema.Schema.AnyNoContext =>
  Registry.ServerRequests[method].response
const clientRequestParams = (method: Registry.ClientRequestMethod): Schema.Schema.AnyNoContext =>
  Registry.ClientRequests[method].params
const clientRequestResult = (method: Registry.ClientRequestMethod): Schema.Schema.AnyNoContext =>
  Registry.ClientRequests[method].result

describe(`real traffic of codex ${Registry.codexVersion} (${Path.basename(fixturePath)})`, () => {
  it.effect("is well-formed JSON-RPC, and every request has exactly one reply", () =>
    Effect.gen(function*() {
      assert.isAbove(messages.length, 0, "the fixture is empty")
      const malformed = messages.flatMap((m) => m.kind === "malformed" ? [at(m, m.why)] : [])
      yield* report("malformed lines", [...malformed, ...serverReplies.problems, ...clientReplies.problems])
    }))

  it.effect("uses no method the registry does not know", () =>
    report("messages with unknown methods", [
      ...serverNotifications.filter((m) => !Registry.isNotificationMethod(m.method)).map((m) =>
        at(m, `server notification ${m.method}`)
      ),
      ...serverRequests.filter((m) => !Registry.isServerRequestMethod(m.method)).map((m) =>
        at(m, `server request ${m.method}`)
      ),
      ...clientRequests.filter((m) => !Registry.isClientRequestMethod(m.method)).map((m) =>
        at(m, `client request ${m.method}`)
      ),
      ...clientNotificationsSent.filter((m) => !clientNotifications.has(m.method)).map((m) =>
        at(m, `client notification ${m.method}`)
      )
    ]))

  it.effect("every server notification decodes with its params schema", () =>
    report(
      "server notifications did not decode",
      serverNotifications.flatMap((m) => {
        if (!Registry.isNotificationMethod(m.method)) return []
        const problem = decodeProblem(notificationParams(m.method), m.params)
        return problem === undefined ? [] : [at(m, `${m.method} params:\n${problem}`)]
      })
    ))

  it.effect("every server notification decodes as a ServerNotification envelope", () =>
    report(
      "server notifications did not decode as ServerNotification",
      serverNotifications.flatMap((m) => {
        if (!Registry.isNotificationMethod(m.method)) return []
        const problem = decodeProblem(Schemas.ServerNotification, { method: m.method, params: m.params })
        return problem === undefined ? [] : [at(m, `${m.method}:\n${problem}`)]
      })
    ))

  it.effect("the schemas declare every field the server sends (no excess property)", () =>
    report(
      "server messages carry fields the schemas do not declare",
      [
        ...serverNotifications.flatMap((m) =>
          Registry.isNotificationMethod(m.method) ? [{ m, label: m.method, schema: notificationParams(m.method), value: m.params }] : []
        ),
        ...serverRequests.flatMap((m) =>
          Registry.isServerRequestMethod(m.method) ? [{ m, label: m.method, schema: serverRequestParams(m.method), value: m.params }] : []
        ),
        ...serverReplies.matched.flatMap(({ reply, request }) =>
          reply.kind === "result" && Registry.isClientRequestMethod(request.method)
            ? [{ m: reply, label: `reply to ${request.method}`, schema: clientRequestResult(request.method), value: reply.result }]
            : []
        )
      ].flatMap(({ label, m, schema, value }) => {
        // only messages that decode at all: the other tests report those that do not
        if (decodeProblem(schema, value) !== undefined) return []
        const problem = decodeProblem(schema, value, { onExcessProperty: "error" })
        return problem === undefined ? [] : [at(m, `${label}:\n${problem}`)]
      })
    ))

  it.effect("every server-to-client request decodes with its params schema", () =>
    report(
      "server requests did not decode",
      serverRequests.flatMap((m) => {
        if (!Registry.isServerRequestMethod(m.method)) return []
        const problems = [
          decodeProblem(serverRequestParams(m.method), m.params),
          decodeProblem(Schemas.ServerRequest, { id: m.id, method: m.method, params: m.params })
        ]
        return problems.flatMap((p, i) =>
          p === undefined ? [] : [at(m, `${m.method} ${i === 0 ? "params" : "as a ServerRequest"}:\n${p}`)]
        )
      })
    ))

  it.effect("every client request's params decode, and encode back to what was sent", () =>
    report(
      "client requests did not round-trip",
      clientRequests.flatMap((m) => {
        if (!Registry.isClientRequestMethod(m.method)) return []
        if (!m.hasParams) {
          return Registry.ClientRequests[m.method].paramsOptional ? [] : [at(m, `${m.method}: params missing`)]
        }
        const schema = clientRequestParams(m.method)
        const decoded = Schema.decodeUnknownEither(schema)(m.params)
        if (Either.isLeft(decoded)) {
          return [at(m, `${m.method} params:\n${ParseResult.TreeFormatter.formatErrorSync(decoded.left)}`)]
        }
        const encoded = Schema.encodeEither(schema)(decoded.right)
        if (Either.isLeft(encoded)) {
          return [at(m, `${m.method} params do not encode:\n${ParseResult.TreeFormatter.formatErrorSync(encoded.left)}`)]
        }
        // the recorder sends no unknown field, so nothing may be lost or added
        return isDeepStrictEqual(encoded.right, m.params)
          ? []
          : [at(m, `${m.method} params encode to ${JSON.stringify(encoded.right)}, sent ${JSON.stringify(m.params)}`)]
      })
    ))

  it.effect("every reply to a client request decodes with its method's result schema", () =>
    report(
      "replies did not decode",
      serverReplies.matched.flatMap(({ reply, request }) => {
        if (!Registry.isClientRequestMethod(request.method)) return []
        const problem = reply.kind === "result"
          ? decodeProblem(clientRequestResult(request.method), reply.result)
          : decodeProblem(RpcErrorObject, reply.error)
        return problem === undefined ? [] : [at(reply, `reply to ${request.method} (${reply.kind}):\n${problem}`)]
      })
    ))

  it.effect("every client reply to a server request decodes with its response schema", () =>
    report(
      "client replies did not decode",
      clientReplies.matched.flatMap(({ reply, request }) => {
        if (!Registry.isServerRequestMethod(request.method)) return []
        const problem = reply.kind === "result"
          ? decodeProblem(serverRequestResponse(request.method), reply.result)
          : decodeProblem(RpcErrorObject, reply.error)
        return problem === undefined ? [] : [at(reply, `reply to ${request.method} (${reply.kind}):\n${problem}`)]
      })
    ))

  // ---------------------------------------------------------------------------
  // Coverage: a re-recorded fixture that lost part of the session fails here
  // ---------------------------------------------------------------------------

  const get = (value: unknown, ...path: ReadonlyArray<string>): unknown =>
    path.reduce<unknown>((current, key) => isObject(current) ? current[key] : undefined, value)

  const notificationsOf = (method: string) => serverNotifications.filter((m) => m.method === method)
  const completedItems = notificationsOf("item/completed").map((m) => get(m.params, "item"))
  const itemsOfType = (type: string) => completedItems.filter((item) => get(item, "type") === type)

  it("covers the scripted client requests and notifications", () => {
    const sent = new Set(clientRequests.map((m) => m.method))
    for (
      const method of [
        "initialize",
        "thread/start",
        "turn/start",
        "thread/list",
        "thread/read",
        "thread/fork",
        "thread/archive",
        "thread/unarchive",
        "model/list",
        "account/read"
      ]
    ) assert.isTrue(sent.has(method), `no ${method} request in the fixture`)
    assert.deepStrictEqual(clientNotificationsSent.map((m) => m.method), ["initialized"])
    assert.isTrue(
      clientRequests.some((m) => m.method === "thread/start" && get(m.params, "approvalPolicy") === "on-request"),
      "no thread/start with approvalPolicy on-request"
    )
    const readWithTurns = serverReplies.matched.find(({ reply, request }) =>
      request.method === "thread/read" && get(request.params, "includeTurns") === true && reply.kind === "result"
    )
    assert.isDefined(readWithTurns, "no successful thread/read with includeTurns")
    const turns = readWithTurns?.reply.kind === "result" ? get(readWithTurns.reply.result, "thread", "turns") : undefined
    assert.isTrue(Array.isArray(turns) && turns.length > 0, "thread/read returned no turns")
  })

  it("covers an error reply to a client request", () => {
    const errors = serverReplies.matched.filter(({ reply }) => reply.kind === "error")
    assert.isTrue(
      errors.some(({ reply, request }) =>
        request.method === "thread/read" && reply.kind === "error" && get(reply.error, "code") === -32600
      ),
      "no -32600 error reply to thread/read"
    )
  })

  it("covers the scripted server notifications", () => {
    const seen = new Set(serverNotifications.map((m) => m.method))
    for (
      const method of [
        "thread/started",
        "thread/status/changed",
        "turn/started",
        "turn/completed",
        "item/started",
        "item/completed",
        "item/agentMessage/delta",
        "item/reasoning/summaryPartAdded",
        "item/reasoning/summaryTextDelta",
        "thread/tokenUsage/updated",
        "error",
        "serverRequest/resolved",
        "thread/archived",
        "thread/unarchived"
      ]
    ) assert.isTrue(seen.has(method), `no ${method} notification in the fixture`)
  })

  it("covers completed, failed turns and both shapes of codexErrorInfo", () => {
    const turns = notificationsOf("turn/completed").map((m) => get(m.params, "turn"))
    const statuses = new Set(turns.map((turn) => get(turn, "status")))
    assert.isTrue(statuses.has("completed"), "no completed turn")
    assert.isTrue(statuses.has("failed"), "no failed turn")
    const infos = turns.filter((turn) => get(turn, "status") === "failed").map((turn) => get(turn, "error", "codexErrorInfo"))
    assert.isTrue(infos.some((info) => typeof info === "string"), "no failed turn with a string codexErrorInfo")
    assert.isTrue(infos.some(isObject), "no failed turn with an object codexErrorInfo")
  })

  it("covers streamed agent messages with the commentary and final_answer phases", () => {
    const agentMessages = itemsOfType("agentMessage")
    const phases = new Set(agentMessages.map((item) => get(item, "phase")))
    assert.isTrue(phases.has("commentary"), "no commentary message")
    assert.isTrue(phases.has("final_answer"), "no final_answer message")
    const deltasPerItem = new Map<unknown, number>()
    for (const m of notificationsOf("item/agentMessage/delta")) {
      const item = get(m.params, "itemId")
      deltasPerItem.set(item, (deltasPerItem.get(item) ?? 0) + 1)
    }
    assert.isTrue([...deltasPerItem.values()].some((n) => n >= 3), "no message streamed as several deltas")
  })

  it("covers a reasoning summary", () => {
    const summaries = itemsOfType("reasoning").map((item) => get(item, "summary"))
    assert.isTrue(summaries.some((s) => Array.isArray(s) && s.length > 0), "no reasoning item with a summary")
  })

  it("covers a command that ran and one declined after an approval request", () => {
    const statuses = new Set(itemsOfType("commandExecution").map((item) => get(item, "status")))
    assert.isTrue(statuses.has("completed"), "no command that ran")
    assert.isTrue(statuses.has("declined"), "no declined command")
    const approvals = serverRequests.filter((m) => m.method === "item/commandExecution/requestApproval")
    assert.isAbove(approvals.length, 0, "no item/commandExecution/requestApproval")
    const declined = clientReplies.matched.some(({ reply, request }) =>
      request.method === "item/commandExecution/requestApproval" && reply.kind === "result" &&
      get(reply.result, "decision") === "decline"
    )
    assert.isTrue(declined, "no {decision: \"decline\"} reply to an approval request")
  })
})
