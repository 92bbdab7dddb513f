/**
 * A temporary `CODEX_HOME` whose `config.toml` points codex at a fake Responses API, so that the
 * real `codex app-server` runs offline and talks to nothing but loopback.
 *
 * The generated `config.toml` (every value can be overridden, see {@link Options}):
 *
 * ```toml
 * model = "mock-model"
 * model_provider = "mock"
 * approval_policy = "never"
 * sandbox_mode = "read-only"
 * check_for_update_on_startup = false
 *
 * [model_providers.mock]
 * name = "Fake Responses API"
 * base_url = "http://127.0.0.1:PORT/v1"
 * wire_api = "responses"
 * request_max_retries = 0
 * stream_max_retries = 0
 *
 * [features]
 * shell_snapshot = false   # no login shell per thread/start
 * plugins = false          # no background plugin sync from GitHub
 *
 * [analytics]
 * enabled = false
 * ```
 *
 * With this configuration codex 0.169.0 opened no network connection other than to the fake
 * (checked with `strace -f -e trace=%network`): no DNS lookup, no other TCP connection. With
 * `plugins` left on, it resolves and contacts GitHub in the background.
 *
 * The app-server must be started with {@link Service.env} added to its environment
 * (`CODEX_HOME`, `CODEX_APP_SERVER_DISABLE_MANAGED_CONFIG=1`, `RUST_LOG=warn`).
 *
 * @since 0.1.0
 */
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import type * as FileSystem from "@effect/platform/FileSystem"
import { Context, Effect, Layer, Schema } from "effect"
import type { Scope } from "effect"
import { FakeResponses } from "./FakeResponses.js"
import * as internal from "./internal/codexHome.js"

/**
 * A TOML value: string, number, boolean, array, or table.
 *
 * @since 0.1.0
 * @category models
 */
export type TomlValue = string | number | boolean | ReadonlyArray<TomlValue> | TomlTable

/**
 * A TOML table. In {@link Options.overrides}, a key set to `undefined` removes that key.
 *
 * @since 0.1.0
 * @category models
 */
export interface TomlTable {
  /** A key's value; `undefined` is left out of the document (and in `overrides` removes the key). */
  readonly [key: string]: TomlValue | undefined
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /** The provider `base_url`, e.g. `http://127.0.0.1:PORT/v1` (see `FakeResponses.baseUrl`). */
  readonly baseUrl: string
  /** `model`; default `"mock-model"` (unknown to codex's catalogue: one `warning` per turn). */
  readonly model?: string
  /** `approval_policy`; default `"never"`. `"untrusted"` stops 0.169.0 from starting. */
  readonly approvalPolicy?: string
  /** `sandbox_mode`; default `"read-only"`. */
  readonly sandboxMode?: string
  /** Merged over the default `[features]` (`shell_snapshot = false`, `plugins = false`). */
  readonly features?: Readonly<Record<string, boolean>>
  /**
   * Deep-merged over the whole generated document, e.g.
   * `{ model_providers: { mock: { stream_idle_timeout_ms: 1000 } } }`; `undefined` removes a key.
   */
  readonly overrides?: TomlTable
  /**
   * Raw TOML inserted after the top-level keys and before the generated tables. It must not
   * redefine a generated table (`[features]`, `[analytics]`, `[model_providers.mock]`).
   */
  readonly extraToml?: string
  /** Extra environment variables added to {@link Service.env}. */
  readonly env?: Readonly<Record<string, string>>
  /** Parent directory of the temporary directory; default: the OS temp directory. */
  readonly directory?: string
}

/**
 * Options of {@link layerWith}: {@link Options} without `baseUrl`, which comes from the
 * `FakeResponses` service.
 *
 * @since 0.1.0
 * @category models
 */
export type LayerOptions = Omit<Options, "baseUrl">

/**
 * A prepared `CODEX_HOME`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** The directory (removed when the scope closes). */
  readonly path: string
  /** `<path>/config.toml`. */
  readonly configPath: string
  /** The text written to `config.toml`. */
  readonly config: string
  /**
   * Environment variables to add to the app-server's environment: `CODEX_HOME`,
   * `CODEX_APP_SERVER_DISABLE_MANAGED_CONFIG=1`, `RUST_LOG=warn`, and {@link Options.env}.
   */
  readonly env: Readonly<Record<string, string>>
}

/**
 * Raised when the temporary directory or its `config.toml` cannot be written.
 *
 * @since 0.1.0
 * @category errors
 */
export class CodexHomeError extends Schema.TaggedError<CodexHomeError>()("CodexHomeError", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect)
}) {}

/**
 * The temporary `CODEX_HOME` service.
 *
 * @since 0.1.0
 * @category models
 */
export class CodexHome extends Context.Tag("@effect-codex/testing/CodexHome")<CodexHome, Service>() {}

/**
 * The `config.toml` text for the given options.
 *
 * @since 0.1.0
 * @category constructors
 */
export const renderConfig: (options: Options) => string = internal.renderConfig

/**
 * Creates the temporary directory and writes its `config.toml`. The directory is removed when the
 * scope closes (close the app-server using it first), and also when the process is stopped
 * before that: on SIGINT, SIGTERM or SIGHUP when nothing else listens for the signal (the home is
 * removed, then the process ends by the signal as it would have), and on `process.exit`. When
 * something else handles the signal (`NodeRuntime.runMain` interrupts the program, so the scope
 * closes), it is left to that. `TestCodex.layer` also registers its app-server, which is killed
 * first (it would write the home again while shutting down).
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: (options: Options) => Effect.Effect<Service, CodexHomeError, Scope.Scope | FileSystem.FileSystem> =
  Effect.fn("CodexHome.make")(function*(options: Options) {
    const home = yield* internal.make(options).pipe(
      Effect.mapError((cause) => new CodexHomeError({ message: `Could not prepare CODEX_HOME: ${cause.message}`, cause }))
    )
    yield* Effect.annotateCurrentSpan("path", home.path)
    return home
  })

/**
 * A `CODEX_HOME` pointed at the `FakeResponses` service's base URL, with the given options
 * (uses the Node file system).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = (options: LayerOptions): Layer.Layer<CodexHome, CodexHomeError, FakeResponses> =>
  Layer.scoped(
    CodexHome,
    Effect.flatMap(FakeResponses, (fake) => make({ ...options, baseUrl: fake.baseUrl }))
  ).pipe(Layer.provide(NodeFileSystem.layer))

/**
 * A default `CODEX_HOME` pointed at the `FakeResponses` service's base URL.
 * `CodexHome.layer.pipe(Layer.provideMerge(FakeResponses.layer))` gives both services.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<CodexHome, CodexHomeError, FakeResponses> = layerWith({})
