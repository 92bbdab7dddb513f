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
import { Effect, Schema } from "effect"
import * as internal from "./internal/codexBinary.js"

/**
 * The `@openai/codex` version this SDK is built and tested against: the one pinned version (set by
 * `npm run bump <version>`), the version the protocol schemas were generated from.
 *
 * @since 0.1.0
 * @category constants
 */
export const pinnedVersion: string = internal.pinnedVersion

/**
 * Raised when no usable `codex` executable can be found.
 *
 * `searched` lists every place that was looked at, `hint` says how to fix it.
 *
 * @since 0.1.0
 * @category errors
 */
export class CodexBinaryNotFound extends Schema.TaggedError<CodexBinaryNotFound>()("CodexBinaryNotFound", {
  searched: Schema.Array(Schema.String),
  hint: Schema.String
}) {
  /**
   * @since 0.1.0
   */
  override get message(): string {
    return `No codex executable found (looked at: ${this.searched.join(", ")}). ${this.hint}`
  }
}

/**
 * A resolved `codex` executable.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResolvedBinary {
  /** Absolute path of the executable. */
  readonly path: string
  /** Where it came from: the caller's explicit path, or the pinned npm package. */
  readonly source: "explicit" | "package"
  /** The package version when it came from the npm package. */
  readonly version?: string
}

/**
 * Resolves the `codex` executable: `explicitPath` when given (it must exist and be executable),
 * otherwise the platform binary of the installed `@openai/codex` package.
 *
 * @since 0.1.0
 * @category constructors
 */
export const resolve: (explicitPath?: string) => Effect.Effect<ResolvedBinary, CodexBinaryNotFound> = (
  explicitPath
) =>
  Effect.suspend(() => {
    const result = internal.resolve(explicitPath)
    return result._tag === "Found"
      ? Effect.succeed(result.binary)
      : Effect.fail(new CodexBinaryNotFound({ searched: result.searched, hint: result.hint }))
  })

/**
 * Resolves the platform binary of an installed `@openai/codex` package by the name it is
 * installed under: an npm alias such as `"codex-previous": "npm:@openai/codex@<version>"` puts
 * another release side by side with the pinned one (the skew tests run against it).
 *
 * @since 0.1.0
 * @category constructors
 */
export const resolvePackage: (packageName: string) => Effect.Effect<ResolvedBinary, CodexBinaryNotFound> = (packageName) =>
  Effect.suspend(() => {
    const result = internal.resolve(undefined, packageName)
    return result._tag === "Found"
      ? Effect.succeed(result.binary)
      : Effect.fail(new CodexBinaryNotFound({ searched: result.searched, hint: result.hint }))
  })
