/** Splits `bytes` at the given cut points (taken modulo its length + 1; duplicates ignored). */
export const chunked = <B extends Uint8Array>(bytes: B, cuts: ReadonlyArray<number>): ReadonlyArray<B> => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const out: Array<B> = []
  let start = 0
  for (const p of points) {
    out.push(bytes.subarray(start, p) as B)
    start = p
  }
  out.push(bytes.subarray(start) as B)
  return out
}
