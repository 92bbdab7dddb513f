import { NodeContext } from "@effect/platform-node"
import type { FakeResponses as FakeResponsesModule } from "@effect-codex/testing"
import { FakeAppServer, FakeResponses } from "@effect-codex/testing"
import { Effect } from "effect"
import * as AppServer from "../../src/AppServer.js"
import type * as AppServerConfig from "../../src/AppServerConfig.js"
import * as Codex from "../../src/Codex.js"

/** A fresh script queue for the test, and the client on the shared layer. */
export const setup = (...scripts: ReadonlyArray<FakeResponsesModule.Script>) =>
  Effect.gen(function*() {
    const fake = yield* FakeResponses.FakeResponses
    yield* fake.reset
    yield* fake.enqueue(...scripts)
    return { fake, codex: yield* Codex.Codex, server: yield* AppServer.AppServer }
  })

/** An AppServer on the scripted fake app-server (for faults the real server cannot produce). */
export const onFake = (script: FakeAppServer.Script | ReadonlyArray<FakeAppServer.Script>, options: AppServerConfig.Options = {}) =>
  Effect.gen(function*() {
    const fake = yield* FakeAppServer.make(script)
    const server = yield* AppServer.make({ binaryPath: fake.binaryPath, env: fake.env, ...options })
    return { fake, server }
  }).pipe(Effect.provide(NodeContext.layer))
