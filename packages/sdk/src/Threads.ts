/**
 * Threads beyond running turns: search stored threads, page through a thread's turns and items
 * as `Stream`s, revert (roll back) a thread to before a turn, delete it, rename it and update its
 * metadata. Paged results are `Stream`s that request the next page only as they are pulled.
 *
 * Every operation needs the `AppServer` in context, which `Codex.layer`, `Codex.layerWebSocket` and `Codex.layerUnixSocket` provide (on a pool, run it with `CodexPool.onThread`). `search`,
 * `searchStream` and `occurrences` are **experimental**: they need `experimentalApi: true` in the client
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
 * Options of {@link searchStream}: `thread/search/stream`'s filters, sort, page size and an
 * optional starting `cursor` (a `nextCursor` of an earlier final page).
 *
 * @since 0.4.0
 * @category models
 */
export interface SearchStreamOptions extends Omit<Schemas.ThreadSearchParams, "searchTerm"> {}

/**
 * Provisional rows of a streamed search, as the server finds them (`thread/search/partial`):
 * best effort, unique, in discovery order; some matches are never sent this way, and a row may
 * fall outside the final page. Show them while waiting, then replace them with the {@link SearchFinal}.
 *
 * @since 0.4.0
 * @category models
 */
export interface SearchPartial {
  /** Always `"Partial"`: provisional rows, not the final page. */
  readonly _tag: "Partial"
  /** The rows found since the previous partial. */
  readonly data: ReadonlyArray<Schemas.ThreadSearchResult>
}

/**
 * The authoritative page of a streamed search: its rows in sort order and the cursors to go on
 * (the `thread/search/stream` reply). Always the last element of the stream.
 *
 * @since 0.4.0
 * @category models
 */
export interface SearchFinal extends Schemas.ThreadSearchResponse {
  /** Always `"Final"`: the last element of the stream. */
  readonly _tag: "Final"
}

/**
 * What a streamed search emits: any number of {@link SearchPartial}, then one {@link SearchFinal}.
 *
 * @since 0.4.0
 * @category models
 */
export type SearchUpdate = SearchPartial | SearchFinal

/**
 * One page of stored threads matching `searchTerm`, with the rows the server finds on the way
 * (`thread/search/stream`): zero or more `Partial` updates (provisional: best effort, possibly
 * outside the final page), then the `Final` page, which is authoritative; the stream ends there.
 * Partials are matched to this search by its request id, so concurrent searches do not mix.
 * Interrupting the stream before the final page (e.g. `Stream.take(1)`, or the consumer's scope
 * closing) cancels the search on the server (`thread/search/stream/cancel`). To read the next
 * page, search again with the final page's `nextCursor` as `cursor`.
 *
 * **Experimental**: needs `experimentalApi: true`, else fails with `InvalidRequest`. Needs an
 * `AppServer` made by this SDK (every `Codex` layer; on a pool, `CodexPool.onThread`).
 *
 * ```ts fragment
 * const page = yield* Threads.searchStream("invoice", { limit: 20 }).pipe(
 *   Stream.tap((update) => update._tag === "Partial" ? Console.log(`found ${update.data.length} more`) : Effect.void),
 *   Stream.runLast
 * )
 * ```
 *
 * @since 0.4.0
 * @category constructors
 */
export const searchStream: (
  searchTerm: string,
  options?: SearchStreamOptions
) => Stream.Stream<SearchUpdate, RequestError, AppServer.AppServer> = internal.searchStream

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
 * (`thread/metadata/update`). `projectId` is **experimental**: without `experimentalApi: true`
 * the server refuses it with `InvalidRequest`.
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
