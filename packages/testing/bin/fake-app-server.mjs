#!/usr/bin/env node
/**
 * A scripted stand-in for `codex app-server --listen stdio://`, for fault-injection tests.
 *
 * Plain ESM JavaScript without dependencies: it runs with `node` directly. It speaks the wire
 * format of the real server (one JSON object per line, no `jsonrpc` field in what it writes,
 * `emittedAtMs` on every notification, server-to-client request ids counting from 0) and does
 * whatever its script says.
 *
 * Environment:
 * - `FAKE_APP_SERVER_SCRIPT`: path of a JSON file with the script (optional: no script means the
 *   default behaviour). The typed description of the script is `Script` in
 *   `packages/testing/src/FakeAppServer.ts`.
 * - `FAKE_APP_SERVER_LOG`: path of a JSON-lines file. The first entry of each process is
 *   `{"argv": [...], "pid": N, "spawn": K}`, then one entry per received message (the parsed
 *   JSON, or the raw line when it is not JSON).
 *
 * Command-line arguments are ignored (only recorded in the log).
 *
 * Script summary (JSON):
 *   {
 *     "rules": [{ "method": "thread/start" | [...] | "*", "times": 2, "action": <action> }, ...],
 *     "initialize": <action> | { "userAgent"?, "codexHome"?, "platformFamily"?, "platformOs"? },
 *     "turn": { "text", "deltas", "eventsBeforeResponse", "delayMs", "complete", "status", "error" },
 *     "startup": { "stderr": [...], "exitCode": N, "garbage": [...] },
 *     "stderrLines": [...], "ignoreSigterm": true, "ignoreStdinEnd": true, "version": "0.171.0"
 *   }
 *   or { "spawns": [<script>, ...] }: the k-th process start uses the k-th script (last reused).
 * A rule may also be flat (`{"method", "times", "type", ...}`: the rule is its own action).
 * Actions: {"type":"default"} | {"type":"result","result"} | {"type":"error","code","message","data"?}
 *   | {"type":"noReply"} | {"type":"exit","code","stderr"?} | {"type":"kill","signal"?}
 *   | {"type":"garbage","lines","then"?} | {"type":"split","chunkSizes"?,"delayMs"?,"crlf"?,"then"?}
 *   | {"type":"serverRequest","method","params","then"?} | {"type":"notify","method","params","then"?}
 *   | {"type":"delay","ms","then"?} | {"type":"turn", ...turn options}
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"

const argv = process.argv.slice(2)
const scriptPath = process.env.FAKE_APP_SERVER_SCRIPT
const logPath = process.env.FAKE_APP_SERVER_LOG

// ---------------------------------------------------------------------------------------------
// Output: synchronous writes, so nothing is lost when the process exits right after writing.
// ---------------------------------------------------------------------------------------------

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

const writeAllSync = (fd, data) => {
  const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data
  let offset = 0
  while (offset < buffer.length) {
    try {
      offset += fs.writeSync(fd, buffer, offset, buffer.length - offset)
    } catch (error) {
      if (error && error.code === "EAGAIN") {
        sleepSync(1)
        continue
      }
      if (error && error.code === "EPIPE") {
        // The reader is gone: nobody can be served any more.
        process.exit(0)
      }
      throw error
    }
  }
}

const stderrLine = (line) => writeAllSync(2, `${line}\n`)

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Every stdout write goes through this chain, so lines never interleave. */
let outputChain = Promise.resolve()
const enqueue = (task) => {
  const next = outputChain.then(task)
  outputChain = next.catch((error) => {
    stderrLine(`fake-app-server: output failed: ${error && error.stack ? error.stack : error}`)
  })
  // callers rarely await this: return the chain that handles failures, never an unhandled rejection
  return outputChain
}

/** Writes one line as a whole. */
const plainWriter = (line) => enqueue(() => writeAllSync(1, `${line}\n`))

/** Writes one line in small chunks with short pauses, terminated by `\r\n` (or `\n`). */
const splitWriter = (options) => (line) =>
  enqueue(async () => {
    const sizes = Array.isArray(options.chunkSizes) && options.chunkSizes.length > 0 ? options.chunkSizes : [1, 2, 3]
    const delayMs = typeof options.delayMs === "number" ? options.delayMs : 1
    const terminator = options.crlf === false ? "\n" : "\r\n"
    const bytes = Buffer.from(`${line}${terminator}`, "utf8")
    let offset = 0
    let index = 0
    while (offset < bytes.length) {
      const size = Math.max(1, Math.floor(sizes[index % sizes.length]))
      writeAllSync(1, bytes.subarray(offset, offset + size))
      offset += size
      index++
      if (offset < bytes.length) await sleep(delayMs)
    }
  })

const respond = (write, id, result) => write(JSON.stringify({ id, result }))
const respondError = (write, id, code, message, data) =>
  write(JSON.stringify({ id, error: data === undefined ? { code, message } : { code, message, data } }))
const notify = (write, method, params) => write(JSON.stringify({ method, params, emittedAtMs: Date.now() }))

// ---------------------------------------------------------------------------------------------
// Script and log.
// ---------------------------------------------------------------------------------------------

const readScript = () => {
  if (!scriptPath) return {}
  try {
    return JSON.parse(fs.readFileSync(scriptPath, "utf8"))
  } catch (error) {
    stderrLine(`fake-app-server: cannot read script ${scriptPath}: ${error}`)
    process.exit(70)
  }
}

/** Claims the next start number atomically (one marker file per start, next to the script). */
const claimSpawnNumber = () => {
  if (!scriptPath) return 0
  for (let n = 0; ; n++) {
    try {
      fs.closeSync(fs.openSync(`${scriptPath}.spawn-${n}`, "wx"))
      return n
    } catch (error) {
      if (error && error.code === "EEXIST") continue
      return 0
    }
  }
}

const appendLog = (entry) => {
  if (!logPath) return
  try {
    fs.appendFileSync(logPath, `${JSON.stringify(entry)}\n`)
  } catch (error) {
    // The log directory may be gone already (the test's scope closed first): keep serving.
    stderrLine(`fake-app-server: cannot append to ${logPath}: ${error}`)
  }
}

const topScript = readScript()
const spawnNumber = Array.isArray(topScript.spawns) ? claimSpawnNumber() : 0
const script = Array.isArray(topScript.spawns)
  ? (topScript.spawns[Math.min(spawnNumber, topScript.spawns.length - 1)] ?? {})
  : topScript

appendLog({ argv, pid: process.pid, spawn: spawnNumber })

/** `script.initialize` is either an action (it has a `type`) or fields merged into the result. */
const initializeAction = script.initialize && typeof script.initialize.type === "string" ? script.initialize : undefined
const initializeFields = script.initialize && typeof script.initialize === "object" && initializeAction === undefined
  ? script.initialize
  : {}
/** The pinned codex version (the protocol package's `@openai/codex` dependency), the default server version. */
const pinnedVersion = createRequire(import.meta.url)("@effect-codex/protocol/package.json").dependencies["@openai/codex"]
const version = typeof script.version === "string" ? script.version : pinnedVersion
const rules = (Array.isArray(script.rules) ? script.rules : []).map((rule) => ({
  rule,
  remaining: typeof rule.times === "number" ? rule.times : Infinity
}))

// ---------------------------------------------------------------------------------------------
// Lifecycle: signals and start-up.
// ---------------------------------------------------------------------------------------------

process.on("SIGTERM", () => {
  if (script.ignoreSigterm === true) {
    stderrLine("fake-app-server: received SIGTERM, ignoring it")
    return
  }
  process.exit(0)
})

for (const line of Array.isArray(script.stderrLines) ? script.stderrLines : []) stderrLine(String(line))

const startup = script.startup ?? {}
for (const line of Array.isArray(startup.stderr) ? startup.stderr : []) stderrLine(String(line))
if (typeof startup.exitCode === "number") process.exit(startup.exitCode)
for (const line of Array.isArray(startup.garbage) ? startup.garbage : []) writeAllSync(1, `${line}\n`)

// ---------------------------------------------------------------------------------------------
// State.
// ---------------------------------------------------------------------------------------------

let initialized = false
let nextServerRequestId = 0
const pendingServerRequests = new Map()
const counters = { thread: 0, turn: 0, item: 0 }
const nextId = (kind) => `fake-${kind}-${++counters[kind]}`
/** turnId -> { threadId, interrupted, wake } */
const activeTurns = new Map()
/** threadId -> accumulated token usage */
const threadUsage = new Map()

const nowSeconds = () => Math.floor(Date.now() / 1000)

// ---------------------------------------------------------------------------------------------
// Default behaviour per method.
// ---------------------------------------------------------------------------------------------

const defaultInitialize = (request, write) => {
  if (initialized) return respondError(write, request.id, -32600, "Already initialized")
  const override = initializeFields
  const name = request.params && request.params.clientInfo && typeof request.params.clientInfo.name === "string"
    ? request.params.clientInfo.name
    : "unknown"
  initialized = true
  return respond(write, request.id, {
    userAgent: `${name}/${version} (Fake; x86_64) fake`,
    codexHome: "/tmp/fake-codex-home",
    platformFamily: "unix",
    platformOs: "linux",
    ...override
  })
}

const makeThread = (params) => {
  const id = nextId("thread")
  const now = nowSeconds()
  return {
    id,
    sessionId: id,
    cliVersion: version,
    createdAt: now,
    updatedAt: now,
    cwd: typeof params.cwd === "string" ? params.cwd : process.cwd(),
    ephemeral: params.ephemeral === true,
    modelProvider: "fake",
    model: typeof params.model === "string" ? params.model : "fake-model",
    preview: "",
    projectId: null,
    source: "appServer",
    status: { type: "idle" },
    turns: []
  }
}

const defaultThreadStart = async (request, write) => {
  const params = request.params && typeof request.params === "object" ? request.params : {}
  const thread = makeThread(params)
  respond(write, request.id, {
    thread,
    model: thread.model,
    modelProvider: thread.modelProvider,
    cwd: thread.cwd,
    approvalPolicy: params.approvalPolicy ?? "never",
    approvalsReviewer: "user",
    sandbox: { type: "readOnly" },
    reasoningEffort: null
  })
  notify(write, "thread/started", { thread })
}

/** Splits `text` into `n` pieces of nearly equal length (by code point). */
const splitText = (text, n) => {
  const chars = Array.from(text)
  const count = Math.max(0, Math.min(Math.floor(n), chars.length))
  const pieces = []
  for (let i = 0; i < count; i++) {
    const start = Math.floor((i * chars.length) / count)
    const end = Math.floor(((i + 1) * chars.length) / count)
    pieces.push(chars.slice(start, end).join(""))
  }
  return pieces
}

const turnOptionsFor = (overrides) => ({
  text: "Hello from the fake app-server.",
  deltas: 3,
  eventsBeforeResponse: 0,
  delayMs: 0,
  complete: true,
  status: "completed",
  ...(script.turn && typeof script.turn === "object" ? script.turn : {}),
  ...(overrides ?? {})
})

const defaultTurnStart = async (request, write, overrides) => {
  const options = turnOptionsFor(overrides)
  const params = request.params && typeof request.params === "object" ? request.params : {}
  const threadId = typeof params.threadId === "string" ? params.threadId : "fake-thread-0"
  const turnId = nextId("turn")
  const itemId = nextId("item")
  const startedAt = nowSeconds()
  const startedAtMs = Date.now()
  const text = String(options.text)
  const deltas = splitText(text, options.deltas)
  const state = { threadId, interrupted: false, wake: () => {} }
  activeTurns.set(turnId, state)

  const turn = (extra) => ({ id: turnId, items: [], status: "inProgress", error: null, startedAt, ...extra })
  const finalItem = () => ({
    type: "agentMessage",
    id: itemId,
    text,
    phase: "final_answer",
    startedAtMs,
    completedAtMs: Date.now()
  })
  const breakdown = (input, output) => ({
    inputTokens: input,
    cachedInputTokens: 0,
    outputTokens: output,
    reasoningOutputTokens: 0,
    totalTokens: input + output
  })

  // The per-turn notifications, in order; `hold` marks where a turn that never completes waits.
  const events = [
    () => notify(write, "turn/started", { threadId, turn: turn() }),
    () =>
      notify(write, "item/started", {
        threadId,
        turnId,
        startedAtMs,
        item: { type: "agentMessage", id: itemId, text: "", phase: null, startedAtMs }
      }),
    ...deltas.map((delta) => () => notify(write, "item/agentMessage/delta", { threadId, turnId, itemId, delta })),
    ...(Array.isArray(options.items) ? options.items : []).map((item) => () =>
      notify(write, "item/completed", { threadId, turnId, completedAtMs: Date.now(), item })
    ),
    "hold",
    () => notify(write, "item/completed", { threadId, turnId, completedAtMs: Date.now(), item: finalItem() }),
    () => {
      const last = breakdown(10, Math.max(1, deltas.length))
      const previous = threadUsage.get(threadId) ?? breakdown(0, 0)
      const total = breakdown(previous.inputTokens + last.inputTokens, previous.outputTokens + last.outputTokens)
      threadUsage.set(threadId, total)
      return notify(write, "thread/tokenUsage/updated", {
        threadId,
        turnId,
        tokenUsage: { total, last, modelContextWindow: 272000 }
      })
    },
    () => {
      activeTurns.delete(turnId)
      const completedAt = nowSeconds()
      return notify(write, "turn/completed", {
        threadId,
        turn: turn({
          items: options.status === "completed" ? [finalItem()] : [],
          status: options.status,
          error: options.status === "failed"
            ? (options.error ?? { message: "fake turn failure", codexErrorInfo: "other", additionalDetails: null })
            : null,
          completedAt,
          durationMs: Date.now() - startedAtMs
        })
      })
    }
  ]
  const sendResponse = () => respond(write, request.id, { turn: turn() })
  const before = options.eventsBeforeResponse === true ? 2 : Number(options.eventsBeforeResponse) || 0

  let emitted = 0
  let responded = false
  for (const event of events) {
    if (!responded && emitted >= before) {
      sendResponse()
      responded = true
    }
    if (state.interrupted) break
    if (event === "hold") {
      if (options.complete === false) {
        if (!responded) {
          sendResponse()
          responded = true
        }
        await new Promise((resolve) => {
          state.wake = resolve
          if (state.interrupted) resolve()
        })
      }
      continue
    }
    if (options.delayMs > 0 && emitted > 0) await sleep(options.delayMs)
    if (state.interrupted) break
    event()
    emitted++
  }
  if (!responded) sendResponse()
  if (state.interrupted) {
    activeTurns.delete(turnId)
    notify(write, "turn/completed", {
      threadId,
      turn: turn({ status: "interrupted", completedAt: nowSeconds(), durationMs: Date.now() - startedAtMs })
    })
  }
}

const defaultTurnInterrupt = async (request, write) => {
  const params = request.params && typeof request.params === "object" ? request.params : {}
  const state = activeTurns.get(params.turnId)
  if (!state || state.threadId !== params.threadId) {
    return respondError(write, request.id, -32600, "no active turn to interrupt")
  }
  respond(write, request.id, {})
  state.interrupted = true
  state.wake()
}

const performDefault = (request, write, overrides) => {
  switch (request.method) {
    case "initialize":
      return defaultInitialize(request, write)
    case "thread/start":
      return defaultThreadStart(request, write)
    case "turn/start":
      return defaultTurnStart(request, write, overrides)
    case "turn/interrupt":
      return defaultTurnInterrupt(request, write)
    default:
      return respond(write, request.id, {})
  }
}

// ---------------------------------------------------------------------------------------------
// Scripted actions.
// ---------------------------------------------------------------------------------------------

const never = () => new Promise(() => {})

const perform = async (action, request, write) => {
  const then = (next) => perform(next ?? { type: "default" }, request, write)
  switch (action && action.type) {
    case undefined:
    case "default":
      return performDefault(request, write)
    case "turn":
      return performDefault(request, write, action)
    case "result":
      if (request.method === "initialize") initialized = true
      return respond(write, request.id, action.result ?? {})
    case "error":
      return respondError(
        write,
        request.id,
        typeof action.code === "number" ? action.code : -32603,
        typeof action.message === "string" ? action.message : "error",
        action.data
      )
    case "noReply":
      return
    case "exit":
      enqueue(() => {
        for (const line of Array.isArray(action.stderr) ? action.stderr : []) stderrLine(String(line))
        process.exit(typeof action.code === "number" ? action.code : 1)
      })
      return never()
    case "kill":
      enqueue(() => {
        process.kill(process.pid, action.signal ?? "SIGKILL")
      })
      return never()
    case "garbage":
      enqueue(() => {
        for (const line of Array.isArray(action.lines) ? action.lines : []) writeAllSync(1, `${line}\n`)
      })
      return then(action.then)
    case "split":
      return perform(action.then ?? { type: "default" }, request, splitWriter(action))
    case "delay":
      await sleep(typeof action.ms === "number" ? action.ms : 0)
      return then(action.then)
    case "notify":
      notify(write, action.method, action.params ?? {})
      return then(action.then)
    case "serverRequest": {
      const id = nextServerRequestId++
      const answered = new Promise((resolve) => pendingServerRequests.set(id, resolve))
      write(JSON.stringify({ method: action.method, id, params: action.params ?? {} }))
      const reply = await answered
      const response = "error" in reply ? { error: reply.error } : { result: reply.result }
      notify(write, "fake/serverRequestAnswered", { requestId: id, response })
      return then(action.then)
    }
    default:
      stderrLine(`fake-app-server: unknown action ${JSON.stringify(action)}`)
      return performDefault(request, write)
  }
}

const matchesMethod = (pattern, method) =>
  pattern === undefined || pattern === "*" || pattern === method ||
  (Array.isArray(pattern) && (pattern.includes(method) || pattern.includes("*")))

const takeRule = (method) => {
  for (const entry of rules) {
    if (entry.remaining > 0 && matchesMethod(entry.rule.method, method)) {
      entry.remaining--
      return entry.rule
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Input.
// ---------------------------------------------------------------------------------------------

const isId = (id) => typeof id === "string" || (typeof id === "number" && Number.isInteger(id))

const undecodable = (line, reason) => {
  const shown = line.length > 200 ? `${line.slice(0, 200)}...` : line
  stderrLine(`ERROR fake_app_server: failed to deserialize message (${reason}): ${shown}`)
}

const handleRequest = (request) => {
  if (request.method !== "initialize" && !initialized) {
    return respondError(plainWriter, request.id, -32600, "Not initialized")
  }
  const rule = takeRule(request.method)
  if (rule !== undefined) return perform(rule.action ?? rule, request, plainWriter)
  if (request.method === "initialize" && !initialized && initializeAction !== undefined) {
    return perform(initializeAction, request, plainWriter)
  }
  return perform({ type: "default" }, request, plainWriter)
}

const handleLine = (rawLine) => {
  const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine
  if (line.trim() === "") return
  let message
  try {
    message = JSON.parse(line)
  } catch {
    appendLog(line)
    return undecodable(line, "invalid JSON")
  }
  appendLog(message)
  if (message === null || typeof message !== "object" || Array.isArray(message)) {
    return undecodable(line, "not an object")
  }
  if (typeof message.method === "string") {
    if (!("id" in message)) return // a notification, e.g. `initialized`
    if (!isId(message.id)) return undecodable(line, "invalid id")
    handleRequest(message).catch((error) => {
      stderrLine(`fake-app-server: handler failed: ${error && error.stack ? error.stack : error}`)
    })
    return
  }
  if (isId(message.id) && ("result" in message || "error" in message)) {
    const resolve = pendingServerRequests.get(message.id)
    if (resolve) {
      pendingServerRequests.delete(message.id)
      resolve(message)
    } else {
      stderrLine(`WARN fake_app_server: response for unknown server request id ${JSON.stringify(message.id)}`)
    }
    return
  }
  undecodable(line, "neither a request, a notification nor a response")
}

let buffered = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", (chunk) => {
  buffered += chunk
  let newline = buffered.indexOf("\n")
  while (newline !== -1) {
    const line = buffered.slice(0, newline)
    buffered = buffered.slice(newline + 1)
    handleLine(line)
    newline = buffered.indexOf("\n")
  }
})
process.stdin.on("end", () => {
  if (buffered.length > 0) {
    handleLine(buffered)
    buffered = ""
  }
  if (script.ignoreStdinEnd === true) {
    stderrLine("fake-app-server: stdin ended, staying alive")
    setInterval(() => {}, 1 << 30)
    return
  }
  enqueue(() => process.exit(0))
})
