/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Effect, Mailbox, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import { InvalidParams } from "../Errors.js"
import type { Change, WatchOptions } from "../Files.js"
import * as Push from "./push.js"

const decodeBase64 = (data: string): Uint8Array => {
  const buffer = Buffer.from(data, "base64")
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

const encodeBase64 = (data: string | Uint8Array): string =>
  (typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength)).toString("base64")

const isAbsolute = (path: string) => path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\")

/** The server wants absolute paths: a relative one fails here, before anything is sent. */
const absolute = (method: string, ...paths: ReadonlyArray<string>): Effect.Effect<void, InvalidParams> => {
  const relative = paths.find((path) => typeof path !== "string" || !isAbsolute(path))
  return relative === undefined
    ? Effect.void
    : Effect.fail(
      new InvalidParams({
        method,
        code: -32602,
        message: `${method} needs an absolute path, got ${JSON.stringify(relative)}`
      })
    )
}

const call = <A>(
  method: string,
  paths: ReadonlyArray<string>,
  f: (server: AppServer.Service) => Effect.Effect<A, RequestError>
): Effect.Effect<A, RequestError, AppServer.AppServer> =>
  absolute(method, ...paths).pipe(
    Effect.zipRight(Effect.flatMap(AppServer.AppServer, f)),
    Effect.withSpan(`Files.${method.slice(3)}`, { attributes: { path: paths[0] } })
  )

/** @internal */
export const readFile = (path: string) =>
  call("fs/readFile", [path], (server) => server.request("fs/readFile", { path })).pipe(
    Effect.map((response) => decodeBase64(response.dataBase64))
  )

/** @internal */
export const readFileString = (path: string) =>
  Effect.map(readFile(path), (bytes) => new TextDecoder("utf-8").decode(bytes))

/** @internal */
export const writeFile = (path: string, data: string | Uint8Array) =>
  typeof data !== "string" && !(data instanceof Uint8Array)
    ? Effect.fail(
      new InvalidParams({
        method: "fs/writeFile",
        code: -32602,
        message: `the data to write must be a string or a Uint8Array, got ${data === null ? "null" : typeof data}`
      })
    )
    : call("fs/writeFile", [path], (server) => server.request("fs/writeFile", { path, dataBase64: encodeBase64(data) })).pipe(
      Effect.asVoid
    )

/** @internal */
export const readDirectory = (path: string) =>
  call("fs/readDirectory", [path], (server) => server.request("fs/readDirectory", { path })).pipe(
    Effect.map((response) => response.entries)
  )

/** @internal */
export const metadata = (path: string) => call("fs/getMetadata", [path], (server) => server.request("fs/getMetadata", { path }))

/** @internal */
export const createDirectory = (path: string, options: Omit<Schemas.FsCreateDirectoryParams, "path"> = {}) =>
  call("fs/createDirectory", [path], (server) => server.request("fs/createDirectory", { ...options, path })).pipe(Effect.asVoid)

/** @internal */
export const remove = (path: string, options: Omit<Schemas.FsRemoveParams, "path"> = {}) =>
  call("fs/remove", [path], (server) => server.request("fs/remove", { ...options, path })).pipe(Effect.asVoid)

/** @internal */
export const copy = (
  sourcePath: string,
  destinationPath: string,
  options: Omit<Schemas.FsCopyParams, "sourcePath" | "destinationPath"> = {}
) =>
  call("fs/copy", [sourcePath, destinationPath], (server) =>
    server.request("fs/copy", { ...options, sourcePath, destinationPath })).pipe(Effect.asVoid)

/** How long closing a watch waits for `fs/unwatch`. */
const unwatchTimeout = "5 seconds"

/** @internal */
export const watch = (path: string, options: WatchOptions = {}): Stream.Stream<Change, RequestError, AppServer.AppServer> =>
  Stream.unwrapScoped(
    Effect.gen(function*() {
      yield* absolute("fs/watch", path)
      const server = yield* AppServer.AppServer
      const watchId = options.watchId ?? `effect-codex-${globalThis.crypto.randomUUID()}`
      // subscribed before the watch starts, so that no change is missed
      const changes = yield* Push.subscribe<Change, RequestError>(server, (message) => {
        if (message.method !== "fs/changed") return undefined
        const params = message.params as Schemas.FsChangedNotification | undefined
        return params?.watchId === watchId ? Push.emit({ watchId, changedPaths: params.changedPaths }) : undefined
      })
      const watched = yield* Effect.acquireRelease(
        server.request("fs/watch", { path, watchId }),
        () =>
          server.request("fs/unwatch", { watchId }, { timeout: unwatchTimeout }).pipe(
            Effect.catchAllCause((cause) => Effect.logDebug("fs/unwatch failed", cause)),
            Effect.annotateLogs({ module: "Files" })
          )
      )
      if (options.onStart !== undefined) yield* options.onStart(watched.path)
      return Mailbox.toStream(changes)
    }).pipe(Effect.withSpan("Files.watch", { attributes: { path } }))
  )
