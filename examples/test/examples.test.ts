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
const expectOutput = (result: Run, expected: ReadonlyArray<string | RegExp>, alwaysOffline = false) => {
  const context = `exit ${result.code} ${result.signal ?? ""}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
  expect(result.code, context).toBe(0)
  // an example on the testing kit itself runs offline without saying so
  expect(`${result.stdout}${result.stderr}`.split("[offline]").length - 1, context).toBe(alwaysOffline ? 0 : 1)
  if (!alwaysOffline) expect(result.stderr, context).toContain(OFFLINE_LINE)
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
  /** Runs on the testing kit whatever the environment (no `[offline]` line). */
  readonly alwaysOffline?: boolean
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
    file: "21_stream_a_turn.ts",
    expected: [
      "answer only:\n6 × 7 = 42.\n",
      "[reasoningSummary] Six eights.\n[commentary] Multiplying again.\n[answer] 6 × 8 = 48.",
      "took turn/started; that turn is interrupted",
      "Bytes drift downstream / each chunk a small leaf / the consumer waits (season: none given)"
    ]
  },
  {
    file: "22_strict_structured_output.ts",
    expected: [
      "Node.js 0.0.1, 2009-05-27",
      "codename: (absent); a Release: true",
      `sent (strict: true): {"type":"object","required":["name","version","codename","date"],"properties":{"name":{"type":"string"},"version":{"type":"string"},"codename":{"type":["string","null"]},"date":{"$ref":"#/$defs/Date"}},"additionalProperties":false,"$defs":{"Date":`,
      "InvalidParams: outputSchema: cannot be used with strict structured output: /properties/scores: an object with arbitrary keys (a Record)",
      "InvalidParams: outputSchema: the Schema has no JSON Schema form",
      "InvalidParams: outputSchema: cannot be used with strict structured output: the root: an object needs `additionalProperties: false`"
    ]
  },
  {
    file: "23_one_pipe.ts",
    expected: [
      "13 is a prime number between 10 and 20.",
      "InvalidParams: the input is empty",
      `InvalidParams: local image "no/such/picture.png" does not exist`,
      `InvalidParams: unknown reasoning effort "extreme"`,
      "models listed"
    ]
  },
  {
    file: "30_tracing.ts",
    expected: [
      "plan: Saturday: tram 28",
      /trace [0-9a-f]{32}: \d+ spans, [1-9]\d* of them from codex/,
      "plan-trip [trip-planner]\n  agent ",
      "      thread/start [trip-planner]\n        thread/start [codex-app-server]",
      "      Turn [trip-planner]\n        turn/start [trip-planner]",
      "turns: 3 started, 3 completed (3 durations recorded)",
      "turn/start requests answered ok: 3",
      "exported effect_codex.turns.ended{status=completed} = 3 {turn}"
    ]
  },
  {
    file: "20_promise_turn_handle.ts",
    expected: [
      "events: turn/started x1, item/started x3, item/completed x3, item/agentMessage/delta x6, turn/completed x1",
      "final response: Iterators, signals and promises.",
      `approval asked for ["ls -la"]: accept`,
      "answer: There are a few files here.",
      "essay: rejected with Aborted",
      "the thread's turns: completed, completed, interrupted"
    ]
  },
  {
    file: "25_approvals_command_actions.ts",
    expected: [
      "/bin/bash -lc 'ls -la' → listFiles(ls -la): accept\n  command completed; answer: That was `ls -la`.",
      "/bin/bash -lc 'cat config.toml' → read(cat config.toml): accept\n  command completed",
      "/bin/bash -lc 'grep -rn model .' → search(grep -rn model .): accept\n  command completed",
      "/bin/bash -lc 'git status && ls' → unknown(git status && ls): decline\n  command declined",
      "/bin/bash -lc 'rm -rf build' → unknown(rm -rf build): decline\n  command declined; answer: That was `rm -rf build`."
    ]
  },
  {
    file: "26_testing_kit.ts",
    alwaysOffline: true,
    expected: [
      "planner: Tag, build, publish. / critic: Publish last.",
      /files: There are \d+ file\(s\)\. \(exec_command offered: true\)/,
      "critic streamed 4 deltas: Checked, slowly.",
      "the model received 6 request(s)"
    ]
  },
  {
    file: "35_pool.ts",
    expected: [
      "6 turns completed",
      "threads per member: 2, 2, 2",
      "member 0 restarted (the others never stopped)",
      "thread on member 0 answered again: Composable.",
      "restarts per member: 1, 0, 0"
    ]
  },
  {
    file: "40_in_process_tools.ts",
    expected: [
      // the model asks for both cities at once: codex runs the two calls concurrently, in either order
      /  \(handler: get_weather (Paris|Oslo)\)\n  \(handler: get_weather (?!\1)(Paris|Oslo)\)\n/,
      "answer: Paris: 21°C and sunny. Oslo: 4°C with snow.",
      /tool calls: get_weather\(\{"city":"(Paris|Oslo)"\}\): completed, get_weather\(\{"city":"(?!\1)(Paris|Oslo)"\}\): completed/,
      "  (handler: get_weather Atlantis)\nanswer: I have no weather for Atlantis",
      `(the model received: {"city":"Atlantis","_tag":"UnknownCity"})`
    ]
  },
  {
    file: "41_external_input.ts",
    expected: [
      "(sent the CI status into the running turn)",
      `the turn recorded: ci_status: "build 7312: passed, 412 tests green"`,
      "answer: The build passed: 412 tests green.",
      "answer: Build 7312 is now live in production."
    ]
  },
  {
    file: "42_goals.ts",
    expected: [
      "goal set: Write a haiku about Effect, then a limerick about it. (active)",
      "turn 1: completed: Haiku: Effects compose / typed errors flow like water / fibers never leak. [goal active]",
      "turn 2: completed: Limerick written; the goal is complete. [goal complete]",
      "finished: complete after 2 turn(s)",
      "the thread's goal now: complete",
      "after clear: no goal"
    ]
  },
  {
    file: "43_review.ts",
    expected: [
      "review (completed):\nThe loop reads one element past the end.\n\nReview comment:\n\n- Off-by-one in the loop bound — /repo/src/sum.ts:3-3",
      "  item: enteredReviewMode\n  item: userMessage\n  item: exitedReviewMode\n  item: agentMessage",
      "second review: The tests cover the empty array."
    ]
  },
  {
    file: "50_command_exec.ts",
    expected: [
      "run: uname -s -> Linux (exit 0)",
      "cat said: hello through stdin\ncat exited with 0",
      /sleep 60 terminated: exit [1-9]\d*/,
      "first lines of an endless loop: tick 1, tick 2"
    ]
  },
  {
    file: "51_files.ts",
    expected: [
      "read back: written by the app-server",
      "entries: archive/, notes.txt",
      "notes.txt is a file: true, modified at a known time",
      "watch saw: later.txt",
      "a relative path: InvalidParams"
    ]
  },
  {
    file: "52_thread_history.ts",
    expected: [
      "> Name a fruit. Apple.\n> Name a vegetable. Carrot.\n> Name a grain. Rice.",
      "3 turns, paged one at a time",
      "answers in the history: Apple., Carrot., Rice.",
      "after revert: 1 turn left",
      "named: produce",
      "search without experimentalApi: InvalidRequest (needs experimentalApi)",
      "deleted: reading it fails with InvalidRequest"
    ]
  },
  {
    file: "54_search_stream.ts",
    expected: [
      /provisional rows while searching: \d+ \(best effort\)/,
      "final page (Final): 2 threads",
      "  - Notes on tidal energy, please.\n  - Notes on tide tables, please.",
      "more pages: no"
    ]
  },
  {
    file: "53_mcp_skills_config.ts",
    expected: [
      "MCP server echo: tools echo; 1 resource(s)",
      "echo tool: EFFECT AND CODEX",
      "resource memo://greeting: hello from the echo MCP server",
      /\d+ skill\(s\), e\.g\. \S+/,
      "0 plugin marketplace(s), 0 app(s)",
      "sandbox_mode: read-only",
      "wrote config.toml; model_reasoning_effort is now high",
      'the file says: model_reasoning_effort = "high"'
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

  for (const { alwaysOffline, args, expected, file, stdin } of cases) {
    const name = [file, ...(args ?? []), stdin === undefined ? "" : "(piped stdin)"].join(" ").trim()
    it(name, async () => {
      expectOutput(await run(file, { ...(args === undefined ? {} : { args }), ...(stdin === undefined ? {} : { stdin }) }), expected, alwaysOffline)
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
