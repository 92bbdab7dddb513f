/**
 * @internal
 */
import type { Schemas } from "@effect-codex/protocol"
import { Cause, Chunk, Effect, Exit, Mailbox, Option, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type { RequestError } from "../Errors.js"
import type { ItemsOptions, SearchOptions, SearchStreamOptions, SearchUpdate, TurnsOptions } from "../Threads.js"
import { internalsOf } from "./appServer.js"
import * as Push from "./push.js"

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

/** How long closing a streamed search waits for the server to acknowledge its cancellation. */
const cancelTimeout = "5 seconds"

/** @internal */
export const searchStream = (searchTerm: string, options: SearchStreamOptions = {}) =>
  Stream.unwrapScoped(Effect.gen(function*() {
    const server = yield* AppServer.AppServer
    const { connection } = internalsOf(server)
    // the id of the attempt on the wire (a retry after an overload sends a new one)
    let requestId: number | undefined
    let answered = false
    // subscribed before the request is sent: a partial can only follow it, in the reader's order
    const updates = yield* Push.subscribe<SearchUpdate, RequestError>(server, (message) => {
      if (message.method !== "thread/search/partial" || requestId === undefined) return undefined
      const params = message.params as unknown as Schemas.ThreadSearchPartialNotification | undefined
      return params?.requestId === requestId && Array.isArray(params.data)
        ? Push.emit<SearchUpdate>({ _tag: "Partial", data: params.data })
        : undefined
    })
    yield* connection.request("thread/search/stream", { ...options, searchTerm }, undefined, (id) => {
      requestId = id
    }).pipe(
      Effect.exit,
      // the reply comes after every partial of this search, which the subscriber already holds
      Effect.flatMap((exit) => {
        // the server answered (a result or its error); a request the client gave up on (its
        // timeout) may still search there: the finalizer cancels it
        const failure = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.failureOption(exit.cause)) : undefined
        answered = failure?._tag !== "RequestTimeout"
        return Exit.isSuccess(exit)
          ? Effect.zipRight(
            updates.offer({ _tag: "Final", ...(exit.value as Schemas.ThreadSearchResponse) }),
            updates.end
          )
          : updates.failCause(exit.cause)
      }),
      Effect.forkScoped
    )
    // runs before the request fiber is interrupted: a search still running is cancelled on the server
    yield* Effect.addFinalizer(() =>
      answered || requestId === undefined
        ? Effect.void
        : connection.request("thread/search/stream/cancel", { requestId }, { timeout: cancelTimeout, retry: false }).pipe(
          Effect.catchAllCause((cause) => Effect.logDebug("cancelling a streamed search", cause)),
          Effect.annotateLogs({ module: "Threads" })
        )
    )
    return Mailbox.toStream(updates)
  }).pipe(Effect.withSpan("Threads.searchStream", { attributes: { searchTerm } })))

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
