/**
 * Threads beyond running turns: search stored threads, page through a thread's turns and items
 * as `Stream`s, revert (roll back) a thread to before a turn, delete it, rename it and update its
 * metadata. Paged results are `Stream`s that request the next page only as they are pulled.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`). `search`
 * and `occurrences` are **experimental**: they need `experimentalApi: true` in the client
 * options, else they fail with `InvalidRequest`.
 *
 * ```ts
 * import { Effect, Stream } from "effect"
 * import { Threads } from "@effect-codex/sdk"
 *
 * const program = Effect.gen(function* () {
 *   const turns = yield* Stream.runCollect(Threads.turns(threadId, { sortDirection: "asc" }))
 *   const reverted = yield* Threads.revert(threadId, lastTurnId)   // drop the last turn
 *   const hits = yield* Threads.search("invoice").pipe(Stream.take(10), Stream.runCollect)
 * })
 * ```
 *
 * @since 0.3.0
 */
import type { Schemas } from "@effect-codex/protocol"
import type { Effect, Stream } from "effect"
import type * as AppServer from "./AppServer.js"
import type { RequestError } from "./Errors.js"
import * as internal from "./internal/threadHistory.js"

/**
 * Options of {@link search}: `thread/search`'s filters and sort (the cursor is the stream's).
 *
 * @since 0.3.0
 * @category models
 */
export interface SearchOptions extends Omit<Schemas.ThreadSearchParams, "searchTerm" | "cursor"> {}

/**
 * Options of {@link turns}: page size, direction (default: newest first) and item detail.
 *
 * @since 0.3.0
 * @category models
 */
export interface TurnsOptions extends Omit<Schemas.ThreadTurnsListParams, "threadId" | "cursor"> {}

/**
 * Options of {@link items}: one turn's items or the whole thread's, page size, direction (default:
 * oldest first), an optional starting cursor or item anchor, deferred outputs.
 *
 * @since 0.3.0
 * @category models
 */
export interface ItemsOptions extends Omit<Schemas.ThreadItemsListParams, "threadId"> {}

/**
 * Stored threads whose text matches `searchTerm`, each with a snippet, paged as pulled
 * (`thread/search`). **Experimental**: needs `experimentalApi: true`, else fails with
 * `InvalidRequest`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const search: (
  searchTerm: string,
  options?: SearchOptions
) => Stream.Stream<Schemas.ThreadSearchResult, RequestError, AppServer.AppServer> = internal.search

/**
 * Where `searchTerm` occurs in one thread's messages, in order, paged as pulled
 * (`thread/searchOccurrences`). **Experimental**: needs `experimentalApi: true`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const occurrences: (
  threadId: string,
  searchTerm: string,
  options?: { readonly limit?: number }
) => Stream.Stream<Schemas.ThreadSearchOccurrence, RequestError, AppServer.AppServer> = internal.occurrences

/**
 * A thread's turns, paged as pulled (`thread/turns/list`); newest first unless
 * `sortDirection: "asc"`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const turns: (
  threadId: string,
  options?: TurnsOptions
) => Stream.Stream<Schemas.Turn, RequestError, AppServer.AppServer> = internal.turns

/**
 * A thread's items (or one turn's, with `turnId`), each with its turn id and times, paged as
 * pulled (`thread/items/list`); oldest first unless `sortDirection: "desc"`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const items: (
  threadId: string,
  options?: ItemsOptions
) => Stream.Stream<Schemas.ThreadItemEntry, RequestError, AppServer.AppServer> = internal.items

/**
 * Rolls a thread back: `beforeTurnId` and every later turn leave its history (`thread/revert`).
 * The response's thread has no turns: read the rest with {@link turns}.
 *
 * @since 0.3.0
 * @category constructors
 */
export const revert: (
  threadId: string,
  beforeTurnId: string
) => Effect.Effect<Schemas.ThreadRevertResponse, RequestError, AppServer.AppServer> = internal.revert

/**
 * Deletes a thread and its stored history (`thread/delete`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const remove: (threadId: string) => Effect.Effect<void, RequestError, AppServer.AppServer> = internal.remove

/**
 * Names a thread (`thread/name/set`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const setName: (threadId: string, name: string) => Effect.Effect<void, RequestError, AppServer.AppServer> =
  internal.setName

/**
 * Patches a thread's stored metadata (Git info, project) and returns the thread
 * (`thread/metadata/update`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const updateMetadata: (
  threadId: string,
  patch: Omit<Schemas.ThreadMetadataUpdateParams, "threadId">
) => Effect.Effect<Schemas.Thread, RequestError, AppServer.AppServer> = internal.updateMetadata

/**
 * Pages through any cursor-paginated response (`{ data, nextCursor }`) as the stream is pulled:
 * for list methods this module does not wrap (`rpc.thread.queue.list`, `rpc.app.list`, ...).
 *
 * @since 0.3.0
 * @category combinators
 */
export const paginate: <A, R = never>(
  fetch: (cursor: string | undefined) => Effect.Effect<{ readonly data: ReadonlyArray<A>; readonly nextCursor?: string | null }, RequestError, R>
) => Stream.Stream<A, RequestError, R> = internal.paginate
