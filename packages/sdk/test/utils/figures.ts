/**
 * The fault suite's figures: each row prints one `FIGURE <row>: key=value ...` line, which
 * `docs/reliability.md` quotes. CI runs the small sizes; `EFFECT_CODEX_FULL=1` the full ones.
 */

/** Whether the full-size run was asked for (`EFFECT_CODEX_FULL=1`). */
export const full = process.env.EFFECT_CODEX_FULL === "1"

/** The CI size, or the full size under `EFFECT_CODEX_FULL=1`. */
export const size = (ci: number, fullSize: number): number => (full ? fullSize : ci)

/** Prints one figure line (stdout; vitest shows it with the test). */
export const figure = (row: string, values: Readonly<Record<string, number | string | boolean>>): void => {
  const text = Object.entries(values).map(([k, v]) => `${k}=${v}`).join(" ")
  // eslint-disable-next-line no-console
  console.log(`FIGURE ${row}${full ? " [full]" : " [ci]"}: ${text}`)
}
