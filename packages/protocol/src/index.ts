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
 * `{ onExcessProperty: "preserve" }` to keep them.
 *
 * @since 0.1.0
 */
export * as Schemas from "./Schemas.js"
