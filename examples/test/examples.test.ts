/**
 * Runs every example and the demo as a child process (`node --conditions=@effect-codex/source
 * --import tsx`: the packages from their sources), offline
 * (`EFFECT_CODEX_OFFLINE=1`: the real app-server on a scripted model, never your credentials), and
 * checks what it prints and that it exits 0.
 */
import { spawn } from "node:child_process"
import * as Fs from "node:fs"
import { createRequire } from "node:module"
import * as Os from "node:os"
import * as Path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { offlineReason } from "../_shared/runtime.js"
import { pinnedVersion } from "@effect-codex/sdk/CodexBinary"

const examplesDir = Path.resolve(Path.dirname(fileURLToPath(import.meta.url)), "..")
const repoRoot = Path.resolve(examplesDir, "..")
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href

/** Each example starts a codex app-server: a few at a time on a small machine. */
const MAX_PARALLEL = Math.max(2, Math.min(4, Os.availableParallelism()))
let running = 0
const waiting: Array<() => void> = []
const withSlot = async <A>(f: () => Promise<A>): Promise<A> => {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve))
  else running++
  try {
    return await f()
  } finally {
    const next = waiting.shift()
    if (next === undefined) running--
    else next()
  }
}

interface Run {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

const offlineEnv = (): NodeJS.ProcessEnv => {
  const { CODEX_API_KEY: _c, CODEX_HOME: _h, OPENAI_API_KEY: _o, ...env } = process.env
  return { ...env, EFFECT_CODEX_OFFLINE: "1", NO_COLOR: "1" }
}

const run = (
  file: string,
  options: { readonly args?: ReadonlyArray<string>; readonly stdin?: string; readonly env?: NodeJS.ProcessEnv } = {}
): Promise<Run> =>
  withSlot(() =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=@effect-codex/source", "--import", tsxLoader, Path.join(examplesDir, file), ...(options.args ?? [])], {
        cwd: repoRoot,
        env: options.env ?? offlineEnv(),
        stdio: ["pipe", "pipe", "pipe"]
      })
      let stdout = ""
      let stderr = ""
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk))
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk))
      // a safety net: SIGINT lets the example's finalizers stop its app-server; SIGKILL if even that hangs
      const timer = setTimeout(() => {
        child.kill("SIGINT")
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref()
      }, 45_000)
      child.on("error", reject)
      child.on("close", (code, signal) => {
        clearTimeout(timer)
        resolve({ code, signal, stdout, stderr })
      })
      // Piped input, or stdin closed at once.
      child.stdin.end(options.stdin ?? "")
    })
  )

const OFFLINE_LINE = "[offline] EFFECT_CODEX_OFFLINE=1: using a scripted local model"

/** Exit 0, exactly one offline line, and every expected piece of output, in order. */
const expectOutput = (result: Run, expected: ReadonlyArray<string | RegExp>) => {
  const context = `exit ${result.code} ${result.signal ?? ""}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
  expect(result.code, context).toBe(0)
  expect(`${result.stdout}${result.stderr}`.split("[offline]").length - 1, context).toBe(1)
  expect(result.stderr, context).toContain(OFFLINE_LINE)
  let rest = result.stdout
  for (const piece of expected) {
    const match = typeof piece === "string"
      ? { index: rest.indexOf(piece), length: piece.length }
      : ((m) => ({ index: m?.index ?? -1, length: m?.[0].length ?? 0 }))(piece.exec(rest))
    expect(match.index, `expected ${String(piece)} in the rest of stdout\n${context}`).toBeGreaterThanOrEqual(0)
    rest = rest.slice(match.index + match.length)
  }
}

const cases: ReadonlyArray<{
  readonly file: string
  readonly args?: ReadonlyArray<string>
  readonly stdin?: string
  readonly expected: ReadonlyArray<string | RegExp>
}> = [
  { file: "01_quickstart.ts", expected: ["Hello! I'm Codex, happy to help with your code."] },
  {
    file: "02_run_result_fields.ts",
    expected: [
      /turn id: +\S+/,
      /thread id: +\S+/,
      "status:         completed",
      "error:          none",
      "final response: 6 × 7 = 42.",
      /duration: +\d+ ms/,
      "items (3):",
      "userMessage What is 6 × 7?",
      "agentMessage [commentary] Multiplying 6 by 7.",
      "agentMessage [final_answer] 6 × 7 = 42.",
      "usage (this turn): input 1200 (cached 1024), output 18, total 1218"
    ]
  },
  {
    file: "03_streaming_events.ts",
    expected: [
      /▶ turn \S+ started/,
      "+ reasoning",
      "Recalling Rayleigh scattering.",
      "✓ reasoning",
      "+ agentMessage",
      "Air molecules scatter short blue wavelengths",
      "✓ agentMessage",
      "tokens: 940",
      "■ turn completed",
      "final response: Air molecules scatter"
    ]
  },
  {
    file: "04_models_and_metadata.ts",
    expected: [`version:    codex ${pinnedVersion}`, "user agent: ", "codex home: ", /\d+ models:/, /\* \S+/]
  },
  {
    file: "05_resume_existing_thread.ts",
    expected: [
      "Noted: your favourite language is OCaml.",
      /resumed \S+: 1 earlier turn\(s\), preview "My favourite language is OCaml/,
      "Your favourite language is OCaml."
    ]
  },
  {
    file: "06_thread_lifecycle.ts",
    expected: [
      "answer: How about “Summit Seekers”?",
      `read: "Hiking club names", status idle`,
      "threads: Hiking club names (",
      "answered: “Trail Mix-Ups”!",
      /threads: Hiking club names \(playful\) \(\w+\), Hiking club names \(\w+\)/,
      /after archive, threads: Hiking club names \(playful\) \(\w+\)\n/,
      /archived: Hiking club names \(\w+\)\n/,
      /after unarchive, threads: Hiking club names \(playful\) \(\w+\), Hiking club names \(\w+\)/,
      "answer: “The Switchback Society”."
    ]
  },
  {
    file: "07_image_and_text.ts",
    expected: ["A red circle on a white background.", "(the model received 1 image(s): data:image/png;base64,"]
  },
  {
    file: "08_local_image.ts",
    expected: [/wrote \S+circle\.png/, "A solid red circle centred on a white square.", "(the model received 1 image(s): data:image/png;base64,"]
  },
  {
    file: "09_concurrent_turns.ts",
    expected: [
      /\] Suggest a name for a sailing boat\. Just the name\. → (Northwind|Driftwood) \(\d+ ms\)/,
      /\] Suggest a name for a mountain cabin\. Just the name\. → (Northwind|Driftwood) \(\d+ ms\)/,
      /both turns done in \d+ ms/
    ]
  },
  {
    file: "10_error_handling_and_retry.ts",
    expected: [
      `turn failed: Selected model is at capacity. Please try a different model. (codexErrorInfo: "serverOverloaded")`,
      "answer: (no answer)",
      "attempt 1 failed: turn ",
      "attempt 2 succeeded: Rome grew from a village to an empire",
      "InvalidRequest (-32600): no rollout found for thread id 00000000-0000-0000-0000-000000000000"
    ]
  },
  {
    file: "11_cli_mini_app.ts",
    stdin: "hi\n\nwhat can you do?\n/exit\nnot read\n",
    expected: [
      "Chat with Codex.",
      "you> hi\ncodex> Hello! What are we building today?",
      "(319 tokens)",
      "you> what can you do?\ncodex> I can read and write code",
      "(368 tokens)",
      "bye"
    ]
  },
  { file: "11_cli_mini_app.ts", expected: ["Chat with Codex.", "bye"] },
  {
    file: "12_turn_parameters.ts",
    expected: [
      "It is the OS-level jail",
      `(the model request: model gpt-5.5, reasoning {"effort":"low","summary":"concise"})`,
      `refused: unknown sandbox preset "everything"`
    ]
  },
  {
    file: "13_model_selection.ts",
    expected: [/using .+ \(\S+\) with effort \w+; it supports /, "Tricky refactors", /\(the model request: model \S+, effort \w+\)/]
  },
  {
    file: "13_model_selection.ts",
    args: ["gpt-5.5"],
    expected: ["using GPT-5.5 (gpt-5.5) with effort high", "(the model request: model gpt-5.5, effort high)"]
  },
  {
    file: "14_steer_and_interrupt.ts",
    expected: [
      "(steered)",
      "1\n2\n3\ndone.",
      "steered turn: completed, 2 user messages",
      "interrupted turn: interrupted, final response null",
      "timed-out turn: gave up after 1 second",
      "the thread's turns: completed, interrupted, interrupted",
      "next turn: hi!"
    ]
  },
  {
    file: "15_login_and_account.ts",
    expected: [
      "account: not logged in (OpenAI auth required)",
      "logged in with an API key",
      "account: apiKey",
      "logged out",
      "account: not logged in",
      "browser login ",
      "open https://auth.openai.com/oauth/authorize?…",
      "cancel: canceled",
      "wait: LoginFailed: "
    ]
  },
  {
    file: "16_structured_output.ts",
    expected: [
      "OCaml (1996): static typing, functional / imperative / object-oriented",
      `StructuredOutputMismatch: {"name":"Haskell","firstAppeared":"1990"`,
      `Expected number, actual "1990"`
    ]
  },
  {
    file: "17_promise_facade.ts",
    expected: [
      `codex ${pinnedVersion}`,
      "Promises all the way down.\nstatus completed, final response: Promises all the way down.",
      "rejected with TurnFailed: turn ",
      "1 thread(s) on this server"
    ]
  },
  {
    file: "demo.ts",
    expected: [
      new RegExp(`codex ${pinnedVersion.replaceAll(".", "\\.")}, thread \\S+`),
      "> In two sentences: what is Effect, the TypeScript library?\nEffect is a TypeScript library",
      "> Why would it suit a client for a JSON-RPC server running as a child process?\nThe child process becomes a scoped resource",
      "> Sum it up in five words.\nTyped, scoped, streaming, interruptible, composable.",
      "token usage: 7530 input (4800 cached), 125 output (14 reasoning), 7655 total"
    ]
  }
]

describe.concurrent("examples, offline", () => {
  it("covers every example file", () => {
    const files = Fs.readdirSync(examplesDir).filter((f) => /^(\d\d_.+|demo)\.ts$/.test(f))
    expect(new Set(cases.map((c) => c.file))).toEqual(new Set(files))
  })

  for (const { args, expected, file, stdin } of cases) {
    const name = [file, ...(args ?? []), stdin === undefined ? "" : "(piped stdin)"].join(" ").trim()
    it(name, async () => {
      expectOutput(await run(file, { ...(args === undefined ? {} : { args }), ...(stdin === undefined ? {} : { stdin }) }), expected)
    })
  }

  it("without credentials, runs offline and says so", async () => {
    const empty = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-examples-home-"))
    try {
      const { EFFECT_CODEX_OFFLINE: _, ...env } = offlineEnv()
      const result = await run("01_quickstart.ts", { env: { ...env, HOME: empty, CODEX_HOME: empty } })
      expect(result.code, result.stderr).toBe(0)
      expect(result.stderr).toContain("[offline] no Codex credentials found: using a scripted local model")
      expect(result.stdout).toContain("Hello! I'm Codex")
    } finally {
      Fs.rmSync(empty, { recursive: true, force: true })
    }
  })
})

describe("offlineReason", () => {
  it("EFFECT_CODEX_OFFLINE=1 wins over credentials", () => {
    expect(offlineReason({ EFFECT_CODEX_OFFLINE: "1", OPENAI_API_KEY: "sk-x" })).toBe("EFFECT_CODEX_OFFLINE=1")
  })

  it("an API key in the environment counts as credentials", () => {
    expect(offlineReason({ OPENAI_API_KEY: "sk-x" })).toBeUndefined()
    expect(offlineReason({ CODEX_API_KEY: "sk-x" })).toBeUndefined()
    expect(offlineReason({ EFFECT_CODEX_OFFLINE: "0", CODEX_API_KEY: "sk-x" })).toBeUndefined()
  })

  it("so does an auth.json in CODEX_HOME, else in ~/.codex", () => {
    const dir = Fs.mkdtempSync(Path.join(Os.tmpdir(), "effect-codex-examples-auth-"))
    try {
      expect(offlineReason({ CODEX_HOME: dir, OPENAI_API_KEY: " " })).toBe("no Codex credentials found")
      expect(offlineReason({ HOME: dir })).toBe("no Codex credentials found")
      Fs.writeFileSync(Path.join(dir, "auth.json"), "{}")
      expect(offlineReason({ CODEX_HOME: dir })).toBeUndefined()
      Fs.mkdirSync(Path.join(dir, ".codex"))
      Fs.writeFileSync(Path.join(dir, ".codex", "auth.json"), "{}")
      expect(offlineReason({ HOME: dir })).toBeUndefined()
    } finally {
      Fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
