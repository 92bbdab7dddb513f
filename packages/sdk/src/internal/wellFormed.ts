/**
 * Finding text that is not well-formed UTF-16 (a lone surrogate) in a JSON value.
 *
 * @internal
 */

const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === "function"
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i)
        if (c >= 0xd800 && c <= 0xdbff) {
          const next = s.charCodeAt(i + 1)
          if (next >= 0xdc00 && next <= 0xdfff) i++
          else return false
        } else if (c >= 0xdc00 && c <= 0xdfff) {
          return false
        }
      }
      return true
    }

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

const child = (path: string, key: string) => (identifier.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`)

/**
 * The path (`params.input[0].text`) of the first string or key in `value` that is not
 * well-formed UTF-16, or `undefined`. `value` is a message as written (`{id, method, params}`),
 * so paths start at its top level.
 *
 * @internal
 */
export const illFormedPath = (value: unknown, path = "message"): string | undefined => {
  if (typeof value === "string") return isWellFormed(value) ? undefined : path
  if (typeof value !== "object" || value === null) return undefined
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedPath(value[i], `${path}[${i}]`)
      if (found !== undefined) return found
    }
    return undefined
  }
  for (const [key, v] of Object.entries(value)) {
    if (!isWellFormed(key)) return `a key in ${path}`
    const found = illFormedPath(v, path === "message" ? key : child(path, key))
    if (found !== undefined) return found
  }
  return undefined
}
