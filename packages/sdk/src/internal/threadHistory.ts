/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Chunk, Effect, Option, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import type { ItemsOptions, SearchOptions, TurnsOptions } from "../Threads.js"

interface Page<A> {
  readonly data: ReadonlyArray<A>
  readonly nextCursor?: string | null
}

/**
 * Pages through a cursor-paginated method as the stream is pulled: one request per page, none
 * before the first pull, ending at a page without a next cursor (or an empty one).
 *
 * @internal
 */
export const paginate = <A, R = never>(
  fetch: (cursor: string | undefined) => Effect.Effect<Page<A>, RequestError, R>
): Stream.Stream<A, RequestError, R> =>
  Stream.paginateChunkEffect(undefined as string | undefined, (cursor) =>
    Effect.map(fetch(cursor), (page) =>
      [
        Chunk.fromIterable(page.data),
        page.nextCursor === null || page.nextCursor === undefined || page.data.length === 0
          ? Option.none<string | undefined>()
          : Option.some(page.nextCursor)
      ] as const))

const withCursor = <P extends object>(params: P, cursor: string | undefined): P =>
  cursor === undefined ? params : { ...params, cursor }

/** @internal */
export const search = (searchTerm: string, options: SearchOptions = {}) =>
  paginate((cursor) =>
    Effect.flatMap(AppServer.AppServer, (server) =>
      server.request("thread/search", withCursor({ ...options, searchTerm }, cursor)).pipe(
        Effect.withSpan("Threads.search", { attributes: { searchTerm } })
      ))
  )

/** @internal */
export const occurrences = (threadId: string, searchTerm: string, options: { readonly limit?: number } = {}) =>
  paginate((cursor) =>
    Effect.flatMap(AppServer.AppServer, (server) =>
      server.request("thread/searchOccurrences", withCursor({ ...options, threadId, searchTerm }, cursor)).pipe(
        Effect.withSpan("Threads.occurrences", { attributes: { threadId, searchTerm } })
      ))
  )

/** @internal */
export const turns = (threadId: string, options: TurnsOptions = {}) =>
  paginate((cursor) =>
    Effect.flatMap(AppServer.AppServer, (server) =>
      server.request("thread/turns/list", withCursor({ ...options, threadId }, cursor)).pipe(
        Effect.withSpan("Threads.turns", { attributes: { threadId } })
      ))
  )

/** @internal */
export const items = (threadId: string, options: ItemsOptions = {}) =>
  paginate<Schemas.ThreadItemEntry, AppServer.AppServer>((cursor) =>
    Effect.flatMap(AppServer.AppServer, (server) =>
      server.request(
        "thread/items/list",
        cursor === undefined ? { ...options, threadId } : { ...options, threadId, cursor }
      ).pipe(Effect.withSpan("Threads.items", { attributes: { threadId } })))
  )

const call = <A>(
  span: string,
  threadId: string,
  f: (server: AppServer.Service) => Effect.Effect<A, RequestError>
): Effect.Effect<A, RequestError, AppServer.AppServer> =>
  Effect.flatMap(AppServer.AppServer, f).pipe(Effect.withSpan(span, { attributes: { threadId } }))

/** @internal */
export const revert = (threadId: string, beforeTurnId: string) =>
  call("Threads.revert", threadId, (server) => server.request("thread/revert", { threadId, beforeTurnId }))

/** @internal */
export const remove = (threadId: string) =>
  call("Threads.remove", threadId, (server) => server.request("thread/delete", { threadId })).pipe(Effect.asVoid)

/** @internal */
export const setName = (threadId: string, name: string) =>
  call("Threads.setName", threadId, (server) => server.request("thread/name/set", { threadId, name })).pipe(Effect.asVoid)

/** @internal */
export const updateMetadata = (threadId: string, patch: Omit<Schemas.ThreadMetadataUpdateParams, "threadId">) =>
  call("Threads.updateMetadata", threadId, (server) => server.request("thread/metadata/update", { ...patch, threadId })).pipe(
    Effect.map((response) => response.thread)
  )
