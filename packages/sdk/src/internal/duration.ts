/**
 * Durations given by users (`Duration.DurationInput`, or anything from plain JavaScript):
 * checked instead of thrown on (`Duration.decode` throws on `"soon"` or `"30s"`, and turns `NaN`
 * and negative numbers into zero).
 *
 * @internal
 */
import { Duration, Option } from "effect"

/** The longest delay `setTimeout` takes: past it, Node fires after 1 ms. @internal */
export const maxTimerMillis = 2_147_483_647

/** The duration `u` stands for, or `undefined` when it is not a non-negative duration. @internal */
export const decode = (u: unknown): Duration.Duration | undefined => {
  if (typeof u === "number" && !(u >= 0)) return undefined
  if (typeof u === "bigint" && u < 0n) return undefined
  if (typeof u === "string" && u.trim().startsWith("-")) return undefined
  return Option.getOrUndefined(Duration.decodeUnknown(u))
}

/** Why `u`, given as `name`, is not a duration. @internal */
export const invalid = (name: string, u: unknown): string =>
  `${name} must be a duration (e.g. "30 seconds", "500 millis", 30000 for milliseconds, or Duration.seconds(30)), got ${
    typeof u === "string" ? JSON.stringify(u) : String(u)
  }`

/**
 * The first of `entries` that is given and is not a duration (or is zero where it must be
 * `positive`: a timeout of zero would fail every call), as a message; `undefined` if none.
 * @internal
 */
export const check = (
  entries: ReadonlyArray<readonly [name: string, value: unknown, positive?: boolean]>
): string | undefined => {
  for (const [name, value, positive] of entries) {
    if (value === undefined) continue
    const decoded = decode(value)
    if (decoded === undefined) return invalid(name, value)
    const millis = Duration.toMillis(decoded)
    if (positive === true && millis <= 0) return `${name} must be longer than zero, got ${String(value)}`
    if (Number.isFinite(millis) && millis > maxTimerMillis) {
      return `${name} must be at most ${maxTimerMillis} ms (about 24.8 days, the longest timer Node has), or Duration.infinity for none; got ${String(value)}`
    }
  }
  return undefined
}

/** `u` decoded, or `fallback` when it is absent or invalid (for values checked before). @internal */
export const orElse = (u: unknown, fallback: Duration.DurationInput): Duration.Duration =>
  (u === undefined ? undefined : decode(u)) ?? Duration.decode(fallback)

/** Milliseconds of a checked optional duration: `absent` when it is not given. @internal */
export const millisOr = (u: unknown, absent: number): number => {
  const d = u === undefined ? undefined : decode(u)
  return d === undefined ? absent : Duration.toMillis(d)
}
