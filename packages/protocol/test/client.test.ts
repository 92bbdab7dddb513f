import { assert, describe, expectTypeOf, it } from "@effect/vitest"
import * as CodexBinary from "../src/CodexBinary.js"
import { Effect } from "effect"
import * as Fs from "node:fs"
import { camel, clientFile, descriptionsOf, generateFromRegistry } from "../scripts/client.js"
import { readBundles } from "../scripts/generator.js"
import * as Client from "../src/Client.js"
import * as Registry from "../src/Registry.js"
import type * as Schemas from "../src/Schemas.js"

const bundles = Effect.runSync(CodexBinary.resolve().pipe(Effect.map((binary) => readBundles(binary.path))))

/** What the recording `request` saw. */
interface Call {
  readonly method: string
  readonly params: unknown
  readonly options: unknown
}

let built = 0
const recording: Client.Request<never, { readonly tag: string }> = (method, params, options) => {
  built++
  return Effect.sync(() => ({ method, params, options } satisfies Call)) as Effect.Effect<never>
}

/** The operation at a method's path: `thread/goal/set` -> `client.thread.goal.set`. */
const at = (client: unknown, method: string): unknown =>
  method.split("/").map(camel).reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], client)

const noParams = (method: Registry.ClientRequestMethod) => {
  const ast = Registry.ClientRequests[method].params.ast
  return ast._tag === "UndefinedKeyword" || (ast._tag === "Literal" && ast.literal === null)
}

describe("generated client", () => {
  it("matches what scripts/client.ts writes today, byte for byte", async () => {
    const text = await generateFromRegistry(bundles)
    assert.isTrue(Fs.readFileSync(clientFile, "utf8") === text, "src/generated/client.ts drifted: run `npm run generate`")
  })

  it.effect("has an operation for every method, sending that method with the params and options given", () =>
    Effect.gen(function*() {
      const client = Client.make(recording)
      const methods = Object.keys(Registry.ClientRequests) as Array<Registry.ClientRequestMethod>
      assert.isAbove(methods.length, 100)
      for (const method of methods) {
        const operation = at(client, method)
        if (noParams(method)) {
          assert.isTrue(Effect.isEffect(operation), `${method} takes no params: an Effect`)
          const call = (yield* (operation as Effect.Effect<Call>))
          assert.deepStrictEqual(call, { method, params: undefined, options: undefined })
        } else {
          assert.strictEqual(typeof operation, "function", method)
          const params = { probe: method }
          const call = yield* (operation as (p: unknown, o: unknown) => Effect.Effect<Call>)(params, { tag: method })
          assert.deepStrictEqual(call, { method, params, options: { tag: method } }, method)
        }
      }
    }))

  it("lays methods out by namespace, a method that is also a namespace being callable", () => {
    const client = Client.make(recording)
    assert.strictEqual(typeof client.thread.goal.set, "function")
    assert.strictEqual(typeof client.thread.decrementElicitation, "function")
    assert.strictEqual(typeof client.command.exec, "function")
    assert.strictEqual(typeof client.command.exec.write, "function")
    assert.isTrue(Effect.isEffect(client.account.logout))
  })

  it("builds without calling request for the methods that take params", () => {
    built = 0
    Client.make(recording)
    const zero = (Object.keys(Registry.ClientRequests) as Array<Registry.ClientRequestMethod>).filter(noParams)
    // only the Effects of the methods without params are built (lazily: nothing runs)
    assert.strictEqual(built, zero.length)
  })

  it("takes the protocol's own descriptions, without the source's section headings", () => {
    const descriptions = descriptionsOf(bundles)
    assert.isTrue(descriptions.get("request command/exec")?.startsWith("Execute a standalone command"))
    assert.isFalse(descriptions.has("request thread/start"), "`NEW APIs` alone is a heading, not a description")
    assert.isTrue(descriptions.get("serverRequest item/commandExecution/requestApproval")?.startsWith("Sent when approval"))
    const text = Fs.readFileSync(clientFile, "utf8")
    assert.include(text, "Execute a standalone command (argv vector) under the server's sandbox.")
    assert.notInclude(text, "NEW APIs")
  })

  it("camel-cases each segment", () => {
    assert.strictEqual(camel("decrement_elicitation"), "decrementElicitation")
    assert.strictEqual(camel("inject_items"), "injectItems")
    assert.strictEqual(camel("goal"), "goal")
  })
})

// Type-level checks, compiled by `tsc -b` (never called): the tables agree with the registry.
export const tableTypes = () => {
  expectTypeOf<Client.NotificationTable["turn/started"]>().toEqualTypeOf<Registry.NotificationParams<"turn/started">>()
  expectTypeOf<Client.NotificationTable["item/agentMessage/delta"]>().toEqualTypeOf<Schemas.AgentMessageDeltaNotification>()
  expectTypeOf<Client.ServerRequestTable["item/tool/call"]["params"]>().toEqualTypeOf<Registry.ServerRequestParams<"item/tool/call">>()
  expectTypeOf<Client.ServerRequestTable["item/tool/call"]["response"]>().toEqualTypeOf<Registry.ServerRequestResponse<"item/tool/call">>()
  expectTypeOf<keyof Client.NotificationTable>().toEqualTypeOf<Registry.NotificationMethod>()
  expectTypeOf<keyof Client.ServerRequestTable>().toEqualTypeOf<Registry.ServerRequestMethod>()
}
