/**
 * Checks of a turn's input before it is sent: codex 0.169.0 starts a turn with an empty input
 * list, and with a local image path that does not exist (the model then gets no image). Plain
 * TypeScript.
 *
 * @internal
 */
import * as Fs from "node:fs"
import * as Path from "node:path"
import type * as Inputs from "../Inputs.js"

/**
 * What is wrong with the input, or `undefined`. Local image paths are checked only when
 * `localFiles` (the server runs on this machine: a server behind another transport reads its own
 * file system); relative ones are resolved against `cwd`.
 *
 * @internal
 */
export const check = (items: ReadonlyArray<Inputs.InputItem>, cwd: string | undefined, localFiles: boolean): string | undefined => {
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i]
    if (typeof item !== "object" || item === null || typeof (item as { readonly type?: unknown }).type !== "string") {
      return `input item ${i} is not an input item (a string, or { type: "text" | "image" | "localImage" | ... }): got ${
        item === null ? "null" : Array.isArray(item) ? "an array" : typeof item
      }`
    }
    if ((item as { readonly type: string }).type === "text" && typeof (item as { readonly text?: unknown }).text !== "string") {
      return `input item ${i} is text without a string \`text\``
    }
  }
  if (items.length === 0) return "the input is empty: give the turn at least one item (a string is text)"
  if (items.every((item) => item.type === "text" && item.text.trim() === "")) {
    return "the input is only blank text: give the turn something to answer"
  }
  if (!localFiles) return undefined
  for (const item of items) {
    if (item.type !== "localImage") continue
    const path = Path.resolve(cwd ?? process.cwd(), item.path)
    let file: Fs.Stats | undefined
    try {
      file = Fs.statSync(path, { throwIfNoEntry: false })
    } catch {
      file = undefined
    }
    if (file === undefined || !file.isFile()) {
      return `local image ${JSON.stringify(item.path)} ${file === undefined ? "does not exist" : "is not a file"}${
        path === item.path ? "" : ` (resolved to ${path})`
      }`
    }
  }
  return undefined
}
