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
export * from "./generated/schemas.js"
