/**
 * The listening app-server helper on the REAL `codex app-server`: a WebSocket listener without
 * credentials (loopback), reached by the SDK's socket layer, restarted at the same address.
 */
import { Codex } from "@effect-codex/sdk"
import { CodexHome, FakeResponses, ListeningAppServer } from "@effect-codex/testing"
import { assert, describe, layer } from "@effect/vitest"
import { Effect, Layer } from "effect"

const Server = ListeningAppServer.layer({ transport: "websocket", auth: "none" }).pipe(
  Layer.provideMerge(CodexHome.layer),
  Layer.provideMerge(FakeResponses.layer)
)

describe("ListeningAppServer", () => {
  layer(Server, { excludeTestServices: true, timeout: 60_000 })((it) => {
    it.effect("listens on loopback without credentials, and comes back at the same address after a restart", () =>
      Effect.gen(function*() {
        const server = yield* ListeningAppServer.ListeningAppServer
        assert.match(server.url, /^ws:\/\/127\.0\.0\.1:\d+$/)
        assert.deepStrictEqual(server.socket, { url: server.url })
        assert.isUndefined(server.token)
        const connect = Effect.scoped(
          Effect.flatMap(Layer.build(Codex.layerWebSocket({ url: server.url })), (context) =>
            Effect.map(Codex.Codex.pipe(Effect.provide(context), Effect.flatMap((codex) => codex.threadStart())), (thread) => thread.id))
        )
        const before = yield* connect
        const pid = (yield* server.process).pid
        yield* server.restart
        assert.notStrictEqual((yield* server.process).pid, pid)
        const after = yield* connect
        assert.notStrictEqual(before, after)
      }))
  })
})
