/**
 * The generated schemas against the real traffic of the pinned release AND of the previous one
 * (`fixtures/traffic-<version>.jsonl`, each recorded from that real binary; `npm run bump` keeps
 * the old pin's fixture and the root's `codex-previous` alias names it): every server message of
 * either decodes with the schemas of its method, so a client generated for the pin understands a
 * server one release older.
 */
import { assert, describe, it } from "@effect/vitest"
import { Either, ParseResult, Schema } from "effect"
import * as Fs from "node:fs"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"
import * as Registry from "../src/Registry.js"

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url))
const rootManifest = JSON.parse(Fs.readFileSync(fileURLToPath(new URL("../../../package.json", import.meta.url)), "utf8")) as {
  readonly devDependencies: Record<string, string>
}
const previous = /^npm:@openai\/codex@(.+)$/.exec(rootManifest.devDependencies["codex-previous"] ?? "")?.[1]

interface Line {
  readonly dir: "client" | "server"
  readonly message: {
    readonly id?: number | string
    readonly method?: string
    readonly params?: unknown
    readonly result?: unknown
  }
}

/** Every server message of a fixture that has a schema, with it. */
const payloads = (file: string) => {
  const lines = Fs.readFileSync(Path.join(fixtures, file), "utf8").split("\n").filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Line)
  const methodOf = new Map<number | string, string>()
  const out: Array<{ readonly what: string; readonly schema: Schema.Schema<unknown>; readonly payload: unknown }> = []
  for (const { dir, message } of lines) {
    const { id, method } = message
    if (dir === "client" && id !== undefined && method !== undefined) methodOf.set(id, method)
    if (dir !== "server") continue
    if (method !== undefined && id === undefined && Registry.isNotificationMethod(method)) {
      out.push({ what: method, schema: Registry.ServerNotifications[method].params as Schema.Schema<unknown>, payload: message.params })
    } else if (method !== undefined && id !== undefined && method in Registry.ServerRequests) {
      const entry = Registry.ServerRequests[method as keyof typeof Registry.ServerRequests]
      out.push({ what: `${method} (server request)`, schema: entry.params as Schema.Schema<unknown>, payload: message.params })
    } else if (id !== undefined && "result" in message) {
      const request = methodOf.get(id)
      if (request !== undefined && Registry.isClientRequestMethod(request)) {
        out.push({ what: `result of ${request}`, schema: Registry.ClientRequests[request].result as Schema.Schema<unknown>, payload: message.result })
      }
    }
  }
  return out
}

describe("real traffic of the pinned and the previous release", () => {
  it("has the fixtures of both", () => {
    assert.isDefined(previous, "the root package.json has no codex-previous alias")
    assert.notStrictEqual(previous, Registry.codexVersion)
    for (const version of [Registry.codexVersion, previous]) {
      assert.isTrue(Fs.existsSync(Path.join(fixtures, `traffic-${version}.jsonl`)), `no traffic-${version}.jsonl: npm run record with that binary`)
    }
  })

  for (const version of [Registry.codexVersion, previous ?? "(no previous)"]) {
    it(`every server message of codex ${version} decodes with the schemas generated from ${Registry.codexVersion}`, () => {
      const file = `traffic-${version}.jsonl`
      if (!Fs.existsSync(Path.join(fixtures, file))) return assert.fail(`no ${file}`)
      const all = payloads(file)
      assert.isAbove(all.length, 50)
      const failures = all.flatMap(({ payload, schema, what }) => {
        const decoded = Schema.decodeUnknownEither(schema)(payload)
        return Either.isLeft(decoded) ? [`${what}: ${ParseResult.TreeFormatter.formatErrorSync(decoded.left).split("\n").slice(0, 4).join(" ")}`] : []
      })
      assert.deepStrictEqual(failures, [])
    })
  }
})
