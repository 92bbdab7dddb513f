/**
 * The Promise facade: one `ManagedRuntime`, Promises from `runPromiseExit`, causes turned into
 * tagged `Error`s, scopes for turn handles, logins and iterators closed when they are done (or
 * at `dispose`), and async iterators pulled from Streams.
 *
 * @internal
 */
import type { Stream as S } from "effect"
import type { Layer } from "effect"
import { Cause, Chunk, Effect, Exit, Fiber, ManagedRuntime, Option, Redacted, Scope, Stream } from "effect"
import * as Approvals from "../Approvals.js"
import * as Codex from "../Codex.js"
import { Aborted, ClientDisposed, InvalidParams, UnexpectedError } from "../Errors.js"
import type * as PromiseClient from "../PromiseClient.js"
import type * as Thread from "../Thread.js"
import type * as Turn from "../Turn.js"
import * as Durations from "./duration.js"

const kinds = Object.keys(Approvals.methods) as ReadonlyArray<Approvals.Kind>

/** Promise handlers as Effect handlers; what they throw or reject with declines (the dispatcher's rule). */
const toHandlers = (handlers: PromiseClient.ApprovalHandlers | undefined): Approvals.Handlers | undefined => {
  if (handlers === undefined) return undefined
  const out: Record<string, (params: unknown) => Effect.Effect<unknown, unknown>> = {}
  for (const kind of kinds) {
    const handler = handlers[kind] as ((params: unknown) => unknown) | undefined
    if (handler === undefined) continue
    out[kind] = (params) => Effect.tryPromise({ try: async () => handler(params), catch: (error) => error })
  }
  return out as Approvals.Handlers
}

const describe = (u: unknown) => (u === null ? "null" : Array.isArray(u) ? "an array" : typeof u)

/**
 * Why `options`, given to `method` from plain JavaScript, cannot be used, or `undefined`: they
 * must be an object (or absent), `signal` an `AbortSignal`, `onText` a function.
 */
const badOptions = (method: string, options: unknown): InvalidParams | undefined => {
  const fail = (message: string) => new InvalidParams({ method, code: -32602, message: `${method}: ${message}` })
  if (options === undefined) return undefined
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail(`options must be an object, got ${describe(options)}`)
  }
  const { signal, onText } = options as { readonly signal?: unknown; readonly onText?: unknown }
  if (
    signal !== undefined &&
    (typeof signal !== "object" || signal === null || typeof (signal as AbortSignal).addEventListener !== "function" ||
      typeof (signal as AbortSignal).aborted !== "boolean")
  ) {
    return fail(`signal must be an AbortSignal, got ${describe(signal)}`)
  }
  if (onText !== undefined && typeof onText !== "function") return fail(`onText must be a function, got ${describe(onText)}`)
  return undefined
}

const isTaggedError = (u: unknown): u is Error & { readonly _tag: string } =>
  u instanceof Error && typeof (u as { readonly _tag?: unknown })._tag === "string"

/** @internal */
export const make = (options: PromiseClient.Options = {}, layer?: PromiseClient.LayerInput): PromiseClient.PromiseClient => {
  const { approvalTimeout, approvals, ...clientOptions } = options
  if (layer !== undefined && typeof layer !== "function" && Object.keys(clientOptions).length > 0) {
    throw new InvalidParams({
      method: "PromiseClient.make",
      code: -32602,
      message: `options (${Object.keys(clientOptions).join(", ")}) cannot reach a Layer value: ` +
        "pass a function instead, (options) => layer, e.g. (options) => TestCodex.layer({ client: options })",
      data: Object.keys(clientOptions)
    })
  }
  if (approvalTimeout !== undefined && Durations.decode(approvalTimeout) === undefined) {
    throw new InvalidParams({
      method: "PromiseClient.make",
      code: -32602,
      message: Durations.invalid("approvalTimeout", approvalTimeout),
      data: approvalTimeout
    })
  }
  const built: Layer.Layer<Codex.Codex, unknown> = layer === undefined
    ? Codex.layer(clientOptions)
    : typeof layer === "function"
    ? layer(clientOptions)
    : layer
  const runtime = ManagedRuntime.make(built)
  const clientApprovals = approvals === undefined && approvalTimeout === undefined
    ? undefined
    : Approvals.make(toHandlers(approvals) ?? {}, approvalTimeout === undefined ? {} : { timeout: approvalTimeout })

  let disposed = false
  let disposing: Promise<void> | undefined
  /** Scopes of open turn handles, logins and iterators: closed at `dispose`. */
  const open = new Set<Scope.CloseableScope>()

  const disposedError = () =>
    new ClientDisposed({ message: "the Promise client was disposed (dispose() was called); make a new one" })

  const toError = (cause: Cause.Cause<unknown>, signal: AbortSignal | undefined): Error => {
    if (disposed) return disposedError()
    if (signal?.aborted === true && Cause.isInterrupted(cause)) return new Aborted({ reason: signal.reason })
    const failure = Cause.failureOption(cause)
    const thrown = Option.isSome(failure) ? failure : Cause.dieOption(cause)
    if (Option.isSome(thrown)) {
      const value = thrown.value
      if (isTaggedError(value)) return value
      return new UnexpectedError({
        message: value instanceof Error ? value.message : `unexpected failure: ${String(value)}`,
        cause: value
      })
    }
    return new UnexpectedError({ message: `interrupted: ${Cause.pretty(cause)}` })
  }

  /** Fibers of calls in flight: interrupted by `dispose`, so that no call waits forever. */
  const inFlight = new Set<Fiber.RuntimeFiber<unknown, unknown>>()

  const runExit = <A, E>(effect: Effect.Effect<A, E, Codex.Codex>, signal?: AbortSignal): Promise<Exit.Exit<A, unknown>> =>
    new Promise((resolve) => {
      const fiber = runtime.runFork(effect)
      inFlight.add(fiber)
      const onAbort = () => void Effect.runFork(Fiber.interrupt(fiber))
      if (signal !== undefined) {
        if (signal.aborted) onAbort()
        else signal.addEventListener("abort", onAbort, { once: true })
      }
      fiber.addObserver((exit) => {
        inFlight.delete(fiber)
        signal?.removeEventListener("abort", onAbort)
        resolve(exit)
      })
    })

  const run = <A>(effect: Effect.Effect<A, unknown, Codex.Codex>, signal?: AbortSignal): Promise<A> => {
    if (disposed) return Promise.reject(disposedError())
    if (signal?.aborted === true) return Promise.reject(new Aborted({ reason: signal.reason }))
    return runExit(effect, signal).then((exit) => {
      if (Exit.isSuccess(exit)) return exit.value
      throw toError(exit.cause, signal)
    })
  }
  const withCodex = <A>(f: (codex: Codex.Service) => Effect.Effect<A, unknown, Codex.Codex>, signal?: AbortSignal) =>
    run(Effect.flatMap(Codex.Codex, f), signal)

  const openScope = (): Scope.CloseableScope => {
    const scope = Effect.runSync(Scope.make())
    open.add(scope)
    return scope
  }
  // finalizers in these scopes need no service: they run outside the runtime, also while disposing
  const closeScope = (scope: Scope.CloseableScope): Promise<void> =>
    open.delete(scope) ? Effect.runPromise(Scope.close(scope, Exit.void)) : Promise.resolve()

  /** An async iterator pulling from the stream; its scope closes at the end, on `return` or on failure. */
  const iterate = <A, E>(
    stream: S.Stream<A, E, Codex.Codex>,
    onEnd?: (completed: boolean) => void
  ): AsyncIterableIterator<A> => {
    let scope: Scope.CloseableScope | undefined
    let pull: Effect.Effect<Chunk.Chunk<A>, Option.Option<E>, Codex.Codex> | undefined
    let buffer: Array<A> = []
    let done = false
    let last: Promise<unknown> = Promise.resolve()
    const finish = async (completed: boolean) => {
      if (done) return
      done = true
      buffer = []
      if (scope !== undefined) await closeScope(scope)
      onEnd?.(completed)
    }
    const step = async (): Promise<IteratorResult<A, undefined>> => {
      for (;;) {
        if (buffer.length > 0) return { done: false, value: buffer.shift()! }
        if (done) return { done: true, value: undefined }
        if (disposed) {
          await finish(false)
          throw disposedError()
        }
        if (pull === undefined) {
          scope = openScope()
          const exit = await runExit(Scope.extend(Stream.toPull(stream), scope))
          if (Exit.isFailure(exit)) {
            await finish(false)
            throw toError(exit.cause, undefined)
          }
          pull = exit.value
        }
        const exit = await runExit(pull)
        if (Exit.isSuccess(exit)) {
          buffer = Chunk.toArray(exit.value)
          continue
        }
        // the pull fails with None at the end, Some(error) on failure; the runtime's own error is not an Option
        const failure = Cause.failureOption(exit.cause as Cause.Cause<Option.Option<unknown>>)
        if (Option.isSome(failure) && Option.isOption(failure.value) && Option.isNone(failure.value)) {
          await finish(true)
          return { done: true, value: undefined }
        }
        await finish(false)
        throw toError(
          Option.isSome(failure) && Option.isOption(failure.value) && Option.isSome(failure.value)
            ? Cause.fail(failure.value.value)
            : exit.cause,
          undefined
        )
      }
    }
    const iterator: AsyncIterableIterator<A> = {
      next: () => {
        const result = last.then(step)
        last = result.then(() => undefined, () => undefined)
        return result
      },
      return: async () => {
        await finish(false)
        return { done: true, value: undefined }
      },
      [Symbol.asyncIterator]: () => iterator
    }
    return iterator
  }

  const turnEffect = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
    clientApprovals === undefined ? effect : Effect.provideService(effect, Approvals.Approvals, clientApprovals)

  const turnOptions = (options: PromiseClient.TurnOptions): Thread.TurnOptions => {
    const { approvals: own, signal: _signal, ...rest } = options
    const handlers = toHandlers(own)
    return handlers === undefined ? rest : { ...rest, approvals: handlers }
  }

  const wrapTurn = (handle: Turn.TurnHandle, scope: Scope.CloseableScope, signal: AbortSignal | undefined): PromiseClient.PromiseTurnHandle => {
    let released = false
    let settled = false
    let iterating = 0
    let consumed = false
    let runCalled = false
    const release = () => {
      if (released) return Promise.resolve()
      released = true
      signal?.removeEventListener("abort", onAbort)
      return closeScope(scope)
    }
    const maybeRelease = () => {
      if (settled && iterating === 0 && (consumed || runCalled)) void release()
    }
    // the result is awaited from the start, so that it is there whenever it is asked for
    const result = run(handle.run)
    result.then(
      () => {
        settled = true
        maybeRelease()
      },
      () => {
        settled = true
        maybeRelease()
      }
    )
    const onAbort = () => {
      if (!settled) run(handle.interrupt).catch(() => {})
    }
    if (signal !== undefined) {
      if (signal.aborted) onAbort()
      else signal.addEventListener("abort", onAbort, { once: true })
    }
    const iterateTurn = <A>(stream: S.Stream<A, unknown>) => () => {
      iterating++
      return iterate(stream, (completed) => {
        iterating--
        if (completed) consumed = true
        maybeRelease()
      })
    }
    const events = iterateTurn(handle.stream)
    return {
      id: handle.id,
      threadId: handle.threadId,
      events,
      [Symbol.asyncIterator]: events,
      textDeltas: iterateTurn(handle.textDeltas),
      run: () => {
        runCalled = true
        maybeRelease()
        return result
      },
      steer: (input) => run(handle.steer(input)),
      interrupt: () => run(handle.interrupt),
      close: release
    }
  }

  const wrapThread = (thread: Thread.Thread): PromiseClient.PromiseThread => {
    const turn = async (input: Parameters<Thread.Thread["turn"]>[0], options: PromiseClient.TurnOptions = {}) => {
      const bad = badOptions("thread.turn", options)
      if (bad !== undefined) throw bad
      const scope = openScope()
      try {
        const handle = await run(turnEffect(Scope.extend(thread.turn(input, turnOptions(options)), scope)), options.signal)
        return wrapTurn(handle, scope, options.signal)
      } catch (error) {
        await closeScope(scope)
        throw error
      }
    }
    return {
      id: thread.id,
      run: (input, runOptions) => {
        const bad = badOptions("thread.run", runOptions)
        if (bad !== undefined) return Promise.reject(bad)
        const { onText, ...options } = runOptions ?? {}
        return run(
          turnEffect(
            onText === undefined
              ? thread.run(input, turnOptions(options))
              : Effect.scoped(Effect.gen(function*() {
                const handle = yield* thread.turn(input, turnOptions(options))
                yield* Stream.runForEach(handle.textDeltas, (delta) => Effect.sync(() => onText(delta)))
                return yield* handle.run
              }))
          ),
          options.signal
        )
      },
      turn,
      read: (options) => run(thread.read(options)),
      setName: (name) => run(thread.setName(name)),
      compact: () => run(thread.compact),
      close: () => run(thread.close)
    }
  }

  const login = <L extends Codex.LoginHandle>(start: (codex: Codex.Service) => Effect.Effect<L, unknown, Scope.Scope>) =>
    async () => {
      const scope = openScope()
      try {
        const handle = await withCodex((codex) => Scope.extend(start(codex), scope))
        return {
          ...handle,
          wait: () => {
            const waited = run(handle.wait)
            // the login's listener lives until the wait is over
            waited.then(() => closeScope(scope), () => closeScope(scope))
            return waited
          },
          cancel: () => run(handle.cancel)
        }
      } catch (error) {
        await closeScope(scope)
        throw error
      }
    }

  /** `call()`, or a rejection with `InvalidParams` when `options` cannot be used. */
  const checked = <A>(method: string, options: unknown, call: () => Promise<A>): Promise<A> => {
    const bad = badOptions(method, options)
    return bad === undefined ? call() : Promise.reject(bad)
  }

  const client: PromiseClient.PromiseClient = {
    metadata: () => withCodex((codex) => Effect.succeed(codex.metadata)),
    threadStart: (options) =>
      checked("threadStart", options, () => withCodex((codex) => Effect.map(codex.threadStart(options), wrapThread))),
    threadResume: (threadId, options) =>
      checked("threadResume", options, () => withCodex((codex) => Effect.map(codex.threadResume(threadId, options), wrapThread))),
    threadFork: (threadId, options) =>
      checked("threadFork", options, () => withCodex((codex) => Effect.map(codex.threadFork(threadId, options), wrapThread))),
    thread: (threadId) => {
      // a handle without any request: the client is started lazily by its first call
      let handle: Promise<Thread.Thread> | undefined
      const get = () => (handle ??= withCodex((codex) => Effect.sync(() => codex.thread(threadId))))
      const lazy = <A>(f: (thread: PromiseClient.PromiseThread) => Promise<A>) => get().then((t) => f(wrapThread(t)))
      return {
        id: threadId,
        run: (input, options) => lazy((t) => t.run(input, options)),
        turn: (input, options) => lazy((t) => t.turn(input, options)),
        read: (options) => lazy((t) => t.read(options)),
        setName: (name) => lazy((t) => t.setName(name)),
        compact: () => lazy((t) => t.compact()),
        close: () => lazy((t) => t.close())
      }
    },
    threadList: (params) => withCodex((codex) => codex.threadList(params)),
    threadListAll: (params) => iterate(Stream.unwrap(Effect.map(Codex.Codex, (codex) => codex.threadListAll(params)))),
    threadArchive: (threadId) => withCodex((codex) => codex.threadArchive(threadId)),
    threadUnarchive: (threadId) => withCodex((codex) => Effect.map(codex.threadUnarchive(threadId), wrapThread)),
    models: (params) => withCodex((codex) => codex.models(params)),
    loginApiKey: (apiKey) => withCodex((codex) => codex.loginApiKey(Redacted.make(apiKey))),
    loginChatgpt: login((codex) => codex.loginChatgpt),
    loginDeviceCode: login((codex) => codex.loginDeviceCode),
    account: (params) => withCodex((codex) => codex.account(params)),
    logout: () => withCodex((codex) => codex.logout),
    events: () => iterate(Stream.unwrap(Effect.map(Codex.Codex, (codex) => codex.events))),
    request: (method, ...args) => withCodex((codex) => codex.request(method, ...args)),
    dispose: () =>
      (disposing ??= (async () => {
        // calls still waiting reject with ClientDisposed; turns are interrupted on the server (the
        // interruption completes when the server ended them, bounded); then the app-server stops
        disposed = true
        await Promise.all([...inFlight].map((fiber) => Effect.runPromise(Fiber.interrupt(fiber))))
        await Promise.all([...open].map((scope) => closeScope(scope).catch(() => {})))
        await runtime.dispose()
      })())
  }
  return client
}
