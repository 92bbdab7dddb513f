import type { FakeResponses as FakeResponsesModule } from "@effect-codex/testing"
import { FakeResponses } from "@effect-codex/testing"
import { Effect } from "effect"
import * as AppServer from "../../src/AppServer.js"
import * as Codex from "../../src/Codex.js"

/** A fresh script queue for the test, and the client on the shared layer. */
export const setup = (...scripts: ReadonlyArray<FakeResponsesModule.Script>) =>
  Effect.gen(function*() {
    const fake = yield* FakeResponses.FakeResponses
    yield* fake.reset
    yield* fake.enqueue(...scripts)
    return { fake, codex: yield* Codex.Codex, server: yield* AppServer.AppServer }
  })
