/**
 * A typed client of every client request of the app-server v2 protocol, generated from the method
 * registry: given one `request` function, one operation per method, grouped by namespace
 * (`thread/goal/set` is `client.thread.goal.set(params)`); plus typed tables of the server
 * notifications and server requests. The SDK builds it on its connection (`Rpc.make`).
 *
 * @since 0.3.0
 */
export * as Client from "./Client.js"

/**
 * Locating the `codex` executable that runs the app-server.
 *
 * An explicit path always wins. Otherwise the binary comes from the pinned `@openai/codex` npm
 * package (its platform sub-package, e.g. `@openai/codex-linux-x64`). Whatever `codex` happens to
 * be on `PATH` is never used silently.
 *
 * It lives in the protocol package, below the SDK, because the protocol is generated from the
 * same pinned binary; `@effect-codex/sdk/CodexBinary` re-exports it.
 *
 * @since 0.1.0
 */
export * as CodexBinary from "./CodexBinary.js"

/**
 * Method registries of the Codex app-server v2 protocol: for each method, the schemas of its
 * payloads and where its turn and thread ids live. Generated from the pinned `codex` binary.
 *
 * @since 0.1.0
 */
export * as Registry from "./Registry.js"

/**
 * Effect Schemas for every definition of the Codex app-server v2 protocol (requests, responses,
 * notifications, server requests and every type they use), generated from the pinned `codex`
 * binary. Each definition is exported twice under one name: a TypeScript type and its schema.
 *
 * Decoding ignores unknown fields, so payloads from a newer server still decode; decode with
 * `{ onExcessProperty: "preserve" }` to keep them. Enums that only servers send are open: a value
 * a newer server added decodes as itself (typed `"a" | "b" | (string & {})`); enums a client sends
 * (in request params) stay closed. Schemas are built on first use.
 *
 * @since 0.1.0
 */
export * as Schemas from "./Schemas.js"
