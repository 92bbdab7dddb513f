/**
 * Locating the `codex` executable that runs the app-server.
 *
 * An explicit path always wins. Otherwise the binary comes from the pinned `@openai/codex` npm
 * package (its platform sub-package, e.g. `@openai/codex-linux-x64`). Whatever `codex` happens to
 * be on `PATH` is never used silently. The implementation lives in
 * `@effect-codex/protocol/CodexBinary` (the protocol is generated from the same binary); this
 * module re-exports it.
 *
 * @since 0.1.0
 */
import * as CodexBinary from "@effect-codex/protocol/CodexBinary"
import type { Effect } from "effect"

/**
 * The `@openai/codex` version this SDK is built and tested against.
 *
 * @since 0.1.0
 * @category constants
 */
export const pinnedVersion: string = CodexBinary.pinnedVersion

export {
  /**
   * Raised when no usable `codex` executable can be found.
   *
   * `searched` lists every place that was looked at, `hint` says how to fix it.
   *
   * @since 0.1.0
   * @category errors
   */
  CodexBinaryNotFound
} from "@effect-codex/protocol/CodexBinary"

/**
 * A resolved `codex` executable.
 *
 * @since 0.1.0
 * @category models
 */
export type ResolvedBinary = CodexBinary.ResolvedBinary

/**
 * Resolves the `codex` executable: `explicitPath` when given (it must exist and be executable),
 * otherwise the platform binary of the installed `@openai/codex` package.
 *
 * @since 0.1.0
 * @category constructors
 */
export const resolve: (explicitPath?: string) => Effect.Effect<ResolvedBinary, CodexBinary.CodexBinaryNotFound> =
  CodexBinary.resolve

/**
 * Resolves the platform binary of an installed `@openai/codex` package by the name it is
 * installed under, e.g. an npm alias (`"codex-previous": "npm:@openai/codex@<version>"`) that puts
 * another release side by side with the pinned one.
 *
 * @since 0.1.0
 * @category constructors
 */
export const resolvePackage: (packageName: string) => Effect.Effect<ResolvedBinary, CodexBinary.CodexBinaryNotFound> =
  CodexBinary.resolvePackage
