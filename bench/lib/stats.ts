/**
 * Medians and spread of benchmark samples.
 */

export interface Stat {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly p25: number
  readonly p75: number
  readonly n: number
  readonly samples: ReadonlyArray<number>
}

const quantile = (sorted: ReadonlyArray<number>, q: number): number => {
  if (sorted.length === 0) return Number.NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

export const stat = (samples: ReadonlyArray<number>): Stat => {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    n: sorted.length,
    samples: samples.map((x) => round(x, 4))
  }
}

export const median = (samples: ReadonlyArray<number>): number => quantile([...samples].sort((a, b) => a - b), 0.5)

/** Per-round ratios a[i] / b[i] (the rounds were interleaved, so each pair saw the same load). */
export const ratios = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): ReadonlyArray<number> =>
  a.map((x, i) => x / b[i]!)

export const round = (x: number, digits = 3): number => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/** `median (min-max)` with a sensible number of digits. */
export const show = (s: Stat, unit = "", digits?: number): string => {
  const d = digits ?? (Math.abs(s.median) >= 100 ? 0 : Math.abs(s.median) >= 10 ? 1 : 2)
  const f = (x: number) => x.toLocaleString("en", { minimumFractionDigits: d, maximumFractionDigits: d })
  return `${f(s.median)}${unit} (${f(s.min)}-${f(s.max)})`
}
