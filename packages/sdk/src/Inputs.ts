/**
 * Turn inputs: text, image (url), local image (path), skill and mention, single or in a list,
 * with a plain string as shorthand for text. The wire forms are the protocol's `UserInput`.
 *
 * @since 0.1.0
 */
import type { Schemas } from "@effect-codex/protocol"

/**
 * One input item, as sent on the wire.
 *
 * @since 0.1.0
 * @category models
 */
export type InputItem = Schemas.UserInput

/**
 * What a turn accepts: a string (text), one item, or a list of items and strings.
 *
 * @since 0.1.0
 * @category models
 */
export type Input = string | InputItem | ReadonlyArray<InputItem | string>

/**
 * Text input.
 *
 * @since 0.1.0
 * @category constructors
 */
export const text = (text: string): InputItem => ({ type: "text", text })

/**
 * An image by URL. codex (0.169.0 to 0.171.0, checked by the tests) accepts only inline `data:` URLs here (a remote URL fails the
 * turn start with `InvalidRequest`); use {@link localImage} for files.
 *
 * @since 0.1.0
 * @category constructors
 */
export const image = (url: string): InputItem => ({ type: "image", url })

/**
 * An image read by the server from a local path.
 *
 * @since 0.1.0
 * @category constructors
 */
export const localImage = (path: string): InputItem => ({ type: "localImage", path })

/**
 * A skill, by name and path.
 *
 * @since 0.1.0
 * @category constructors
 */
export const skill = (name: string, path: string): InputItem => ({ type: "skill", name, path })

/**
 * A mention (of a file, an app, a plugin...), by name and path.
 *
 * @since 0.1.0
 * @category constructors
 */
export const mention = (name: string, path: string): InputItem => ({ type: "mention", name, path })

/**
 * The wire form of any input: always a list of items.
 *
 * @since 0.1.0
 * @category getters
 */
export const toWire = (input: Input): ReadonlyArray<InputItem> =>
  typeof input === "string"
    ? [text(input)]
    : isList(input)
    ? input.map((item) => (typeof item === "string" ? text(item) : item))
    : [input]

const isList = (input: InputItem | ReadonlyArray<InputItem | string>): input is ReadonlyArray<InputItem | string> =>
  Array.isArray(input)
