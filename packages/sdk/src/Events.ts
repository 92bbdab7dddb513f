/**
 * What the app-server pushes: notifications (typed by method) and server-to-client requests as
 * they appear in a turn's stream. Unknown methods and payloads that fail to decode pass through
 * as {@link UnknownNotification}: a newer server never breaks the stream.
 *
 * @since 0.1.0
 */
import { Registry } from "@effect-codex/protocol"
import type { Either, ParseResult } from "effect"
import { Schema } from "effect"

/**
 * An inbound notification or server-to-client request as parsed from its line, not yet decoded.
 *
 * @since 0.1.0
 * @category models
 */
export interface WireMessage {
  /** The request id; present only on a server-to-client request. */
  readonly id?: number | string
  /** The JSON-RPC method. */
  readonly method: string
  /** The params as parsed from JSON, not yet checked. */
  readonly params?: unknown
  /** The line's `emittedAtMs`: when the server emitted it (Unix ms), if it said. */
  readonly emittedAtMs?: number
}

/**
 * A notification of a known method, with its decoded params.
 *
 * @since 0.1.0
 * @category models
 */
export interface NotificationOf<M extends Registry.NotificationMethod> {
  /** Always `"Notification"`: a known method whose params decoded. */
  readonly _tag: "Notification"
  /** The notification's method; narrows `params`. */
  readonly method: M
  /** The params, checked against the method's schema (unknown fields kept). */
  readonly params: Registry.NotificationParams<M>
  /** When the server emitted it (Unix ms), if it said. */
  readonly emittedAtMs: number | undefined
}

/**
 * A notification of any known method; narrow it with `method`.
 *
 * @since 0.1.0
 * @category models
 */
export type KnownNotification = { readonly [M in Registry.NotificationMethod]: NotificationOf<M> }[Registry.NotificationMethod]

/**
 * A notification whose method this SDK does not know, or whose params did not decode (`error`
 * says why). `params` is the raw payload.
 *
 * @since 0.1.0
 * @category models
 */
export interface UnknownNotification {
  /** Always `"UnknownNotification"`. */
  readonly _tag: "UnknownNotification"
  /** The notification's method, known or not. */
  readonly method: string
  /** The params as the server sent them, not decoded. */
  readonly params: unknown
  /** When the server emitted it (Unix ms), if it said. */
  readonly emittedAtMs: number | undefined
  /** Why the params of a known method did not decode; `undefined` for a method this SDK does not know. */
  readonly error: ParseResult.ParseError | undefined
}

/**
 * Any notification.
 *
 * @since 0.1.0
 * @category models
 */
export type Notification = KnownNotification | UnknownNotification

/**
 * A server-to-client request (an approval, a question, a dynamic tool call...) as seen in a
 * turn's stream. It is answered by the registered handler, not by the stream's consumer.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerRequest {
  /** Always `"ServerRequest"`. */
  readonly _tag: "ServerRequest"
  /** The JSON-RPC id of the request, which its answer carries. */
  readonly id: number | string
  /** The request's method, such as `item/commandExecution/requestApproval`. */
  readonly method: string
  /** The request's params as the server sent them, not decoded. */
  readonly params: unknown
}

/**
 * What a turn's stream and the global stream carry.
 *
 * @since 0.1.0
 * @category models
 */
export type Event = Notification | ServerRequest

interface Codec {
  /** Validates without allocating: the generated schemas have no transformations. */
  readonly is: (u: unknown) => boolean
  /** The full decoding, for the error of a payload that does not validate. */
  readonly decode: (u: unknown) => Either.Either<unknown, ParseResult.ParseError>
}

const codecs = new Map<string, Codec>()

const codecFor = (method: Registry.NotificationMethod): Codec => {
  let codec = codecs.get(method)
  if (codec === undefined) {
    const schema = Registry.ServerNotifications[method].params as Schema.Schema<unknown>
    codec = { is: Schema.is(schema), decode: Schema.decodeUnknownEither(schema, { onExcessProperty: "preserve" }) }
    codecs.set(method, codec)
  }
  return codec
}

/**
 * Decodes a raw notification with the schema of its method only. The protocol's schemas have no
 * transformations, so a payload that validates is its own decoded value (kept as is, unknown
 * fields included); only one that does not is decoded again, for its error.
 *
 * @since 0.1.0
 * @category constructors
 */
export const decodeNotification = (message: WireMessage): Notification => {
  const emittedAtMs = typeof message.emittedAtMs === "number" ? message.emittedAtMs : undefined
  if (!Registry.isNotificationMethod(message.method)) {
    return { _tag: "UnknownNotification", method: message.method, params: message.params, emittedAtMs, error: undefined }
  }
  const codec = codecFor(message.method)
  if (codec.is(message.params)) {
    return { _tag: "Notification", method: message.method, params: message.params, emittedAtMs } as KnownNotification
  }
  const result = codec.decode(message.params)
  return result._tag === "Right"
    ? { _tag: "Notification", method: message.method, params: result.right, emittedAtMs } as KnownNotification
    : { _tag: "UnknownNotification", method: message.method, params: message.params, emittedAtMs, error: result.left }
}

/**
 * Decodes a raw inbound message of a turn or global stream.
 *
 * @since 0.1.0
 * @category constructors
 */
export const decode = (message: WireMessage): Event =>
  message.id !== undefined
    ? { _tag: "ServerRequest", id: message.id, method: message.method, params: message.params }
    : decodeNotification(message)

/**
 * A refinement to a notification of one method, for `Stream.filter` and `if`.
 *
 * @since 0.1.0
 * @category guards
 */
export const is = <M extends Registry.NotificationMethod>(method: M) => (event: Event): event is Extract<Event, { readonly method: M }> =>
  event._tag === "Notification" && event.method === method
