/**
 * The pool behind `Codex.layerPool`: N members, each an `AppServer` (supervised by default) with
 * its own `Codex` client; the pool's client places threads on members and routes every call of a
 * thread to its member.
 *
 * Placement is synchronous (picked and reserved before the first request goes out), so
 * concurrent `threadStart`s spread evenly: the score of a member is its threads with an open
 * handle, plus the placements under way, plus its live turns; members whose app-server is down are skipped while
 * any other is up.
 *
 * @internal
 */
import type { Registry } from "@effect-codex/protocol"
import type { Scope } from "effect"
import { Effect, Stream } from "effect"
import * as AppServer from "../AppServer.js"
import type * as Codex from "../Codex.js"
import * as CodexPool from "../CodexPool.js"
import { AppServerStartFailed } from "../Errors.js"
import * as Rpc from "../Rpc.js"
import type * as Thread from "../Thread.js"
import { internalsOf } from "./appServer.js"

interface Member {
  readonly index: number
  readonly server: AppServer.Service
  readonly codex: Codex.Service
  threads: number
  placing: number
  restarts: number
}

const isAlive = (member: Member) => internalsOf(member.server).connection.peer.exited === undefined
const liveTurns = (member: Member) => internalsOf(member.server).connection.router.sizes.liveTurns
const score = (member: Member) => member.threads + member.placing + liveTurns(member)

/** The least-loaded member, live ones first (lowest index on a tie). @internal */
const leastLoaded = (members: ReadonlyArray<Member>): Member => {
  const live = members.filter(isAlive)
  const candidates = live.length > 0 ? live : members
  let best = candidates[0]!
  let bestScore = score(best)
  for (const member of candidates) {
    const s = score(member)
    if (s < bestScore) {
      best = member
      bestScore = s
    }
  }
  return best
}

/** A value as it appears in an error: its JSON, or its type when it has none. */
const describe = (value: unknown): string =>
  typeof value === "number" ? String(value) : `${JSON.stringify(value) ?? String(value)} (a ${typeof value})`

const placingMethods: ReadonlySet<string> = new Set(["thread/start", "thread/resume", "thread/fork", "thread/unarchive"])

/** @internal */
export const make = Effect.fnUntraced(function*<E>(
  options: CodexPool.Options<E>,
  makeClient: Effect.Effect<Codex.Service, never, AppServer.AppServer | Scope.Scope>
) {
  const { member: makeMember, size, ...serverOptions } = options
  if (!Number.isInteger(size) || size < 1 || size > CodexPool.maxSize) {
    return yield* new AppServerStartFailed({
      reason: "InvalidOptions",
      message: `size must be an integer from 1 to ${CodexPool.maxSize} (CodexPool.maxSize), got ${describe(size)}`,
      stderrTail: []
    })
  }
  const memberOptions = { ...serverOptions, restartSchedule: serverOptions.restartSchedule ?? CodexPool.defaultRestartSchedule }
  const spawn = makeMember ?? ((_index: number, o: typeof memberOptions) => AppServer.make(o))

  const startMember = (index: number) =>
    Effect.gen(function*() {
      const server = yield* spawn(index, memberOptions)
      const codex = yield* Effect.provideService(makeClient, AppServer.AppServer, server)
      const member: Member = { index, server, codex, threads: 0, placing: 0, restarts: 0 }
      // count restarts (the supervised facade's events carry a notification after each)
      yield* server.events.pipe(
        Stream.runForEach((event) => Effect.sync(() => void (AppServer.isRestarted(event) && member.restarts++))),
        Effect.ignore,
        Effect.forkScoped
      )
      // in the reader, in order with the replies: forget threads the member unloaded (their
      // history is in the shared home: any member can load them again), so that placements do not
      // grow with every thread ever started; and every thread of a member that ended for good
      const unsubscribe = internalsOf(server).connection.router.subscribe({
        event: (message) => {
          if (message.method !== "thread/closed") return
          const threadId = (message.params as { readonly threadId?: unknown } | undefined)?.threadId
          if (typeof threadId === "string") unloaded(threadId, member)
        },
        end: () => forget(member)
      })
      yield* Effect.addFinalizer(() => Effect.sync(unsubscribe))
      return member
    })
  /** Where each thread lives while it is loaded, and the pool's open handles for it. */
  interface Placement {
    readonly member: Member
    handles: number
    /** Counted in its member's `threads` (while the pool's handles for it are open). */
    counted: boolean
    /** Its member reported it unloaded (`thread/closed`): forgotten once no handle is open. */
    unloaded: boolean
  }
  const placements = new Map<string, Placement>()
  /** The member ended for good: its threads load again on the others. */
  const forget = (member: Member) => {
    for (const [threadId, placement] of placements) {
      if (placement.member !== member) continue
      if (placement.counted) {
        placement.counted = false
        member.threads--
      }
      placements.delete(threadId)
    }
  }
  const unloaded = (threadId: string, member: Member) => {
    const placement = placements.get(threadId)
    if (placement === undefined || placement.member !== member) return
    if (placement.handles === 0) placements.delete(threadId)
    else placement.unloaded = true
  }

  // the first member alone, then the others at once: codex prepares the shared CODEX_HOME as it
  // starts (system skills), and concurrent first starts race on it
  const first = yield* startMember(0)
  const others = yield* Effect.forEach(Array.from({ length: size - 1 }, (_, i) => i + 1), startMember, { concurrency: "unbounded" })
  const members: ReadonlyArray<Member> = [first, ...others]

  const record = (threadId: string, member: Member): Placement => {
    let placement = placements.get(threadId)
    if (placement === undefined) {
      placement = { member, handles: 0, counted: false, unloaded: false }
      placements.set(threadId, placement)
    } else if (placement.member === member) {
      // loaded again where it was
      placement.unloaded = false
    }
    return placement
  }
  const count = (placement: Placement, counted: boolean) => {
    if (placement.counted === counted) return
    placement.counted = counted
    placement.member.threads += counted ? 1 : -1
  }
  /** The member's handle, counted until it is closed (its last close frees the member's slot). */
  const handOut = (thread: Thread.Thread, member: Member): Thread.Thread => {
    const placement = record(thread.id, member)
    placement.handles++
    count(placement, true)
    let closed = false
    return {
      ...thread,
      close: Effect.suspend(() => {
        if (!closed) {
          closed = true
          placement.handles--
          if (placement.handles === 0) {
            count(placement, false)
            if (placement.unloaded && placements.get(thread.id) === placement) placements.delete(thread.id)
          }
        }
        return thread.close
      })
    }
  }
  const ownerOr = (threadId: string) => placements.get(threadId)?.member ?? leastLoaded(members)
  /** Runs a call that yields a thread on `member`, reserved while it runs, and records the thread there. */
  const place = <E>(member: Member, f: (codex: Codex.Service) => Effect.Effect<Thread.Thread, E>) =>
    Effect.acquireUseRelease(
      Effect.sync(() => void member.placing++),
      () => Effect.map(f(member.codex), (thread) => handOut(thread, member)),
      () => Effect.sync(() => void member.placing--)
    ).pipe(Effect.withSpan("CodexPool.place", { attributes: { member: member.index }, captureStackTrace: false }))
  const any = <A, E>(f: (codex: Codex.Service) => Effect.Effect<A, E>) => Effect.suspend(() => f(leastLoaded(members).codex))

  const request: AppServer.Service["request"] = <M extends Registry.ClientRequestMethod>(
    method: M,
    ...args: AppServer.RequestArgs<M>
  ) =>
    Effect.suspend(() => {
      const params = args[0] as { readonly threadId?: unknown } | null | undefined
      const threadId = typeof params === "object" && params !== null && typeof params.threadId === "string"
        ? params.threadId
        : undefined
      const member = threadId === undefined ? leastLoaded(members) : ownerOr(threadId)
      const sent = member.codex.request(method, ...args)
      if (!placingMethods.has(method)) return sent
      member.placing++
      return sent.pipe(
        Effect.tap((result) =>
          Effect.sync(() => {
            const thread = (result as { readonly thread?: { readonly id?: unknown } } | null)?.thread
            // routed to its member from now on; not counted as load: no handle will count it down
            if (typeof thread?.id === "string") record(thread.id, member)
          })
        ),
        Effect.ensuring(Effect.sync(() => void member.placing--))
      )
    })

  // each member's events end on their own (a member whose restart schedule gave up ends its
  // part); the merged stream ends once every member's has, failing if the last one to end failed
  const events: Codex.Service["events"] = Stream.suspend(() => {
    let running = members.length
    return Stream.mergeAll(
      members.map((m) =>
        m.codex.events.pipe(
          Stream.onEnd(Effect.sync(() => void running--)),
          Stream.catchAll((error) => (--running === 0 ? Stream.fail(error) : Stream.empty))
        )
      ),
      { concurrency: "unbounded" }
    )
  })

  const client: Codex.Service = {
    metadata: first.codex.metadata,
    threadStart: (startOptions) => Effect.suspend(() => place(leastLoaded(members), (c) => c.threadStart(startOptions))),
    threadResume: (threadId, resumeOptions) =>
      Effect.suspend(() => place(ownerOr(threadId), (c) => c.threadResume(threadId, resumeOptions))),
    // the source's member has the thread loaded: the fork starts there, and stays there
    threadFork: (threadId, forkOptions) => Effect.suspend(() => place(ownerOr(threadId), (c) => c.threadFork(threadId, forkOptions))),
    thread: (threadId) => {
      const member = ownerOr(threadId)
      return handOut(member.codex.thread(threadId), member)
    },
    threadList: (params) => any((c) => c.threadList(params)),
    threadListAll: (params) => Stream.suspend(() => leastLoaded(members).codex.threadListAll(params)),
    threadArchive: (threadId) => Effect.suspend(() => ownerOr(threadId).codex.threadArchive(threadId)),
    threadUnarchive: (threadId) => Effect.suspend(() => place(ownerOr(threadId), (c) => c.threadUnarchive(threadId))),
    models: (params) => any((c) => c.models(params)),
    // credentials are each server's: log every member in (and out)
    loginApiKey: (apiKey) =>
      Effect.forEach(members, (m) => m.codex.loginApiKey(apiKey), { concurrency: "unbounded", discard: true }),
    loginChatgpt: Effect.suspend(() => leastLoaded(members).codex.loginChatgpt),
    loginDeviceCode: Effect.suspend(() => leastLoaded(members).codex.loginDeviceCode),
    account: (params) => any((c) => c.account(params)),
    logout: Effect.map(
      Effect.forEach(members, (m) => m.codex.logout, { concurrency: "unbounded" }),
      (responses) => responses[0]!
    ),
    events,
    rpc: Rpc.make(request),
    request
  }

  const pool: CodexPool.Service = {
    size,
    stats: Effect.forEach(members, (m) =>
      Effect.map(m.server.stats, (connection): CodexPool.MemberStats => ({
        index: m.index,
        pid: m.server.pid,
        alive: isAlive(m),
        threads: m.threads,
        placing: m.placing,
        liveTurns: liveTurns(m),
        restarts: m.restarts,
        connection
      }))),
    memberOf: (threadId) => placements.get(threadId)?.member.index,
    server: (index) => members[index]?.server,
    serverOf: (threadId) => ownerOr(threadId).server
  }
  return { client, pool }
})
