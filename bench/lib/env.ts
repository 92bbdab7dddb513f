/**
 * The offline server set-up shared by every contender: one scripted model (FakeResponses) in the
 * orchestrator process, so its CPU never counts against a client, and a fresh temporary
 * CODEX_HOME per child process (shell snapshot and plugins off, model `gpt-5.5` from the bundled
 * catalogue so that no per-turn "unknown model" warning is sent), removed after the child.
 */
import { CodexHome, FakeResponses } from "@effect-codex/testing"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import { Effect, Exit, Scope } from "effect"

/** The model's answer to every benchmark turn: streamed as 8 deltas, instantly. */
export const answer = "Hello from the scripted model: this benchmark turn is instant."
export const input = "Say something."

/** The longer answer of the recorded concurrent turns (40 deltas each). */
export const longAnswer = Array.from({ length: 40 }, (_, i) => `token${i} `).join("")

export interface Env {
  readonly fake: FakeResponses.FakeResponses["Type"]
  /** Runs `f` with a fresh CODEX_HOME (removed afterwards) and clears the fake's request log. */
  readonly withHome: <A>(f: (home: { readonly env: Record<string, string>; readonly cwd: string }) => Promise<A>) => Promise<A>
  readonly close: () => Promise<void>
}

export const make = async (): Promise<Env> => {
  const scope = Effect.runSync(Scope.make())
  const fake = await Effect.runPromise(
    Scope.extend(FakeResponses.make({ fallback: FakeResponses.Script.text(answer, { chunks: 8 }) }), scope)
  )
  const withHome: Env["withHome"] = async (f) => {
    const homeScope = Effect.runSync(Scope.make())
    try {
      const home = await Effect.runPromise(
        Scope.extend(CodexHome.make({ baseUrl: fake.baseUrl, model: "gpt-5.5" }), homeScope).pipe(
          Effect.provide(NodeFileSystem.layer)
        )
      )
      return await f({ env: { ...home.env }, cwd: home.path })
    } finally {
      await Effect.runPromise(Scope.close(homeScope, Exit.void))
      await Effect.runPromise(fake.reset)
    }
  }
  return { fake, withHome, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}
