/**
 * The codex version the protocol was generated from: the one pinned version.
 *
 * Generated, do not edit: `npm run generate` writes this file from the output of
 * `codex app-server generate-json-schema --experimental` (codex-cli 0.171.0).
 *
 * @since 0.1.0
 */
/* eslint-disable */

/**
 * The codex version these schemas were generated from (the pinned `@openai/codex`).
 *
 * @since 0.1.0
 * @category constants
 */
export const codexVersion = "0.171.0"
