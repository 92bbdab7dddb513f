/**
 * The file system of the machine the app-server runs on (`fs/*`): read and write files, list
 * directories, read metadata, create, copy and remove, and watch a path as a `Stream` of changes
 * whose end unwatches it. Paths are absolute; a relative one fails with `InvalidParams` before
 * anything is sent. Contents are bytes on the wire (base64); text is UTF-8.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`).
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Files } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   yield* Files.writeFile("/tmp/notes.txt", "hello")
 *   const text = yield* Files.readFileString("/tmp/notes.txt")     // "hello"
 *   const entries = yield* Files.readDirectory("/tmp")
 *   const changes = yield* Files.watch("/tmp").pipe(Stream.take(1), Stream.runCollect)
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/files.js"

/**
 * One `fs/changed` notification of a watch: the paths that changed (files or directories).
 *
 * @since 0.3.0
 * @category models
 */
export interface Change {
  /** The id of the watch that reported the change (`WatchOptions.watchId`, or the random one). */
  readonly watchId: string
  /** The absolute paths of the files or directories that changed. */
  readonly changedPaths: ReadonlyArray<string>
}

/**
 * Options of {@link watch}.
 *
 * @since 0.3.0
 * @category models
 */
export interface WatchOptions {
  /** The connection-scoped watch id; default a random one. */
  readonly watchId?: string
  /**
   * Runs once the server is watching, with the canonical path it watches: the moment from which
   * changes are reported (e.g. to make the first change only then).
   */
  readonly onStart?: (path: string) => Effect.Effect<void, never, AppServer.AppServer>
}

/**
 * Reads a file's bytes (`fs/readFile`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const readFile: (path: string) => Effect.Effect<Uint8Array, RequestError, AppServer.AppServer> = internal.readFile

/**
 * Reads a file as UTF-8 text (`fs/readFile`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const readFileString: (path: string) => Effect.Effect<string, RequestError, AppServer.AppServer> =
  internal.readFileString

/**
 * Writes a file, replacing it: text as UTF-8, or bytes (`fs/writeFile`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const writeFile: (path: string, data: string | Uint8Array) => Effect.Effect<void, RequestError, AppServer.AppServer> =
  internal.writeFile

/**
 * The direct entries of a directory: name, and whether each is a file or a directory
 * (`fs/readDirectory`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const readDirectory: (
  path: string
) => Effect.Effect<ReadonlyArray<Schemas.FsReadDirectoryEntry>, RequestError, AppServer.AppServer> = internal.readDirectory

/**
 * A path's metadata: file, directory or symlink, creation and modification times in Unix ms
 * (`fs/getMetadata`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const metadata: (path: string) => Effect.Effect<Schemas.FsGetMetadataResponse, RequestError, AppServer.AppServer> =
  internal.metadata

/**
 * Creates a directory, with its parents unless `recursive: false` (`fs/createDirectory`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const createDirectory: (
  path: string,
  options?: Omit<Schemas.FsCreateDirectoryParams, "path">
) => Effect.Effect<void, RequestError, AppServer.AppServer> = internal.createDirectory

/**
 * Removes a file or directory: recursively and ignoring a missing path unless told otherwise
 * (`fs/remove`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const remove: (
  path: string,
  options?: Omit<Schemas.FsRemoveParams, "path">
) => Effect.Effect<void, RequestError, AppServer.AppServer> = internal.remove

/**
 * Copies a file, or a directory with `recursive: true` (`fs/copy`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const copy: (
  sourcePath: string,
  destinationPath: string,
  options?: Omit<Schemas.FsCopyParams, "sourcePath" | "destinationPath">
) => Effect.Effect<void, RequestError, AppServer.AppServer> = internal.copy

/**
 * Watches a file or directory (`fs/watch`): a `Stream` of the changes the server reports, from
 * when the watch started (`options.onStart`). It never ends by itself; ending or interrupting
 * its consumer sends `fs/unwatch`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const watch: (path: string, options?: WatchOptions) => Stream.Stream<Change, RequestError, AppServer.AppServer> =
  internal.watch
