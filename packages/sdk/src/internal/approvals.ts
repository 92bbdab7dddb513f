/**
 * Approval handlers as server-request registrations that never grant what nobody granted.
 *
 * @internal
 */
import { Registry } from "@effect-codex/protocol"
import { Duration, Effect, Schema } from "effect"
import * as Approvals from "../Approvals.js"
import type { Registration } from "./serverRequests.js"

const codecs = new Map<Approvals.Kind, {
  readonly decode: (u: unknown) => Effect.Effect<unknown, unknown>
  readonly encode: (u: unknown) => Effect.Effect<unknown, unknown>
}>()

/** The params decoder and reply encoder of a kind, compiled once. */
const codecOf = (kind: Approvals.Kind) => {
  let codec = codecs.get(kind)
  if (codec === undefined) {
    const entry = Registry.ServerRequests[Approvals.methods[kind]]
    codec = {
      decode: Schema.decodeUnknown(entry.params as unknown as Schema.Schema<unknown, unknown>, { onExcessProperty: "preserve" }),
      encode: Schema.encodeUnknown(entry.response as unknown as Schema.Schema<unknown, unknown>)
    }
    codecs.set(kind, codec)
  }
  return codec
}

/**
 * The server-request registration of one kind: decodes the params, runs the handler (or declines
 * when there is none), and declines, with a warning, whenever the handler throws, fails, dies,
 * times out, answers something that is not a valid reply, or is interrupted because its turn
 * ended. Never grants what nobody granted.
 *
 * @internal
 */
export const registration = (
  kind: Approvals.Kind,
  handler: Approvals.Handler<(typeof Approvals.methods)[Approvals.Kind]> | undefined,
  timeout: Duration.Duration
): Registration => {
  const method = Approvals.methods[kind]
  const declined = Approvals.decline[kind]
  const { decode, encode } = codecOf(kind)
  return {
    fallback: declined,
    handler: (params: unknown) =>
      handler === undefined
        ? Effect.as(Effect.logDebug(`declined ${method} (no handler)`), declined)
        : decode(params).pipe(
          Effect.flatMap((decoded) => Effect.suspend(() => (handler as (p: unknown) => Effect.Effect<unknown, unknown>)(decoded))),
          Effect.timeoutFail({ duration: timeout, onTimeout: () => `the handler did not answer within ${Duration.format(timeout)}` }),
          Effect.flatMap((reply) => Effect.as(encode(reply), reply)),
          Effect.catchAllCause((cause) =>
            Effect.as(
              Effect.logWarning(`declined ${method}: the handler failed, timed out or gave an invalid reply`, cause),
              declined
            )
          ),
          Effect.annotateLogs({ module: "Approvals" })
        )
  }
}
