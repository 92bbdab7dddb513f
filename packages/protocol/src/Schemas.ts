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
export * from "./generated/schemas.js"
