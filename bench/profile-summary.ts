/**
 * Summarizes V8 CPU profiles (`node --cpu-prof`): self time by function, by file and by package,
 * top N of each, as Markdown.
 *
 *   tsx bench/profile-summary.ts PROFILE.cpuprofile [--top 15] [--window START_US,END_US] [--sourcemaps FILE]
 *
 * `--window` keeps the samples of a time window only (the measured section a bench child reports
 * as `window`, in `process.hrtime` µs, the profile's clock), leaving module loading and warm-up out.
 * `--sourcemaps` maps functions of `.ts` files (which tsx compiles into one line) back to their
 * source lines, with the maps a bench child wrote (`BENCH_SOURCEMAPS`).
 * Self time of a sample goes to the function on top of the stack. `(idle)` (the event loop
 * waiting) is left out of the percentages; `(garbage collector)` and `(program)` (V8 and native
 * code outside JS functions) stay in.
 */
import * as Fs from "node:fs"
import { SourceMap } from "node:module"
import * as Path from "node:path"
import { fileURLToPath } from "node:url"

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
  readonly columnNumber: number
}

interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: ReadonlyArray<number>
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
  readonly startTime: number
  readonly endTime: number
}

export interface Entry {
  readonly name: string
  readonly selfMs: number
  readonly percent: number
}

export interface Summary {
  readonly totalMs: number
  readonly idleMs: number
  readonly byFunction: ReadonlyArray<Entry>
  readonly byFile: ReadonlyArray<Entry>
  readonly byPackage: ReadonlyArray<Entry>
  /**
   * Each sample charged to the innermost function of the repository's packages (`packages/*\/src`)
   * on its stack: which SDK function's work (its own and the Effect runtime and schema code it
   * ran synchronously) costs what. Work the fiber scheduler resumed has no SDK frame below it.
   */
  readonly bySdkFrame: ReadonlyArray<Entry>
}

const root = fileURLToPath(new URL("..", import.meta.url))

/** A path relative to the repository (or to node_modules), without `file://`. */
const shortUrl = (url: string): string => {
  if (url === "") return ""
  let path = url.startsWith("file://") ? fileURLToPath(url) : url
  const nm = path.lastIndexOf("/node_modules/")
  if (nm !== -1) return path.slice(nm + "/node_modules/".length)
  if (path.startsWith(root)) path = Path.relative(root, path)
  return path
}

const packageOf = (url: string): string => {
  const path = shortUrl(url)
  if (path === "") return "(native / V8)"
  if (path.startsWith("node:")) return "node: (built-ins)"
  const nm = url.lastIndexOf("/node_modules/")
  if (nm !== -1) {
    const parts = path.split("/")
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!
  }
  const m = /^(packages\/[^/]+\/src(?:\/internal)?|bench\/[^/]+|bench|examples)/.exec(path)
  return m?.[1] ?? path
}

const top = (map: Map<string, number>, total: number, n: number): ReadonlyArray<Entry> =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, selfMs: us / 1000, percent: (100 * us) / total }))

/** A time window in the profile's clock (`process.hrtime` in µs); children report the one they measured. */
export type Window = readonly [startUs: number, endUs: number]

/** Source maps by module URL (what a bench child dumps with `BENCH_SOURCEMAPS`). */
export type SourceMaps = ReadonlyMap<string, SourceMap>

export const readSourceMaps = (path: string): SourceMaps => {
  const payloads = JSON.parse(Fs.readFileSync(path, "utf8")) as Record<string, ConstructorParameters<typeof SourceMap>[0]>
  return new Map(Object.entries(payloads).map(([url, payload]) => [url, new SourceMap(payload)]))
}

const lineOf = (frame: CallFrame, maps: SourceMaps | undefined): number => {
  const map = maps?.get(frame.url)
  if (map === undefined) return frame.lineNumber + 1
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalLine?: number }
  return entry.originalLine === undefined ? frame.lineNumber + 1 : entry.originalLine + 1
}

export const summarize = (profile: CpuProfile, n = 15, window?: Window, maps?: SourceMaps): Summary => {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const isRepoSource = (url: string) => url.includes("/packages/") && !url.includes("/node_modules/")
  const sdkFrameCache = new Map<number, string>()
  const sdkFrameOf = (id: number): string => {
    const cached = sdkFrameCache.get(id)
    if (cached !== undefined) return cached
    let label = "(no SDK frame on the stack)"
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const frame = nodes.get(at)?.callFrame
      if (frame !== undefined && isRepoSource(frame.url)) {
        label = `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}:${lineOf(frame, maps)}`
        break
      }
    }
    sdkFrameCache.set(id, label)
    return label
  }
  const bySdkFrame = new Map<string, number>()
  const byFunction = new Map<string, number>()
  const byFile = new Map<string, number>()
  const byPackage = new Map<string, number>()
  let total = 0
  let idle = 0
  let t = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0
    const node = nodes.get(profile.samples[i]!)
    // the delta after a sample is the time it stood for
    const us = profile.timeDeltas[i + 1] ?? 0
    if (node === undefined || us <= 0) continue
    if (window !== undefined && (t < window[0] || t > window[1])) continue
    const frame = node.callFrame
    if (frame.functionName === "(idle)") {
      idle += us
      continue
    }
    total += us
    const file = shortUrl(frame.url)
    const fn = `${frame.functionName || "(anonymous)"}${file === "" ? "" : ` ${file}:${lineOf(frame, maps)}`}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us)
    const f = file === "" ? frame.functionName : file
    byFile.set(f, (byFile.get(f) ?? 0) + us)
    const p = packageOf(frame.url)
    byPackage.set(p, (byPackage.get(p) ?? 0) + us)
    const sdk = frame.functionName === "(garbage collector)" ? "(garbage collector)" : sdkFrameOf(node.id)
    bySdkFrame.set(sdk, (bySdkFrame.get(sdk) ?? 0) + us)
  }
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    byFunction: top(byFunction, total, n),
    byFile: top(byFile, total, n),
    byPackage: top(byPackage, total, n),
    bySdkFrame: top(bySdkFrame, total, n)
  }
}

export const read = (path: string): CpuProfile => JSON.parse(Fs.readFileSync(path, "utf8")) as CpuProfile

const table = (title: string, entries: ReadonlyArray<Entry>): string =>
  [
    `| ${title} | self ms | % |`,
    "|---|---:|---:|",
    ...entries.map((e) => `| \`${e.name.replace(/\|/g, "\\|")}\` | ${e.selfMs.toFixed(1)} | ${e.percent.toFixed(1)} |`)
  ].join("\n")

export const markdown = (summary: Summary): string =>
  [
    `CPU in JS, GC and V8 (idle excluded): ${summary.totalMs.toFixed(0)} ms; idle ${summary.idleMs.toFixed(0)} ms.`,
    "",
    table("package", summary.byPackage.slice(0, 8)),
    "",
    table("file", summary.byFile),
    "",
    table("function (self time)", summary.byFunction),
    "",
    table("innermost SDK function on the stack", summary.bySdkFrame)
  ].join("\n")

const isMain = process.argv[1] !== undefined && Path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const i = args.indexOf(name)
    return i === -1 ? undefined : args.splice(i, 2)[1]
  }
  const n = Number(option("--top") ?? 15)
  const w = option("--window")?.split(",").map(Number)
  const window: Window | undefined = w === undefined ? undefined : [w[0]!, w[1]!]
  const sourceMaps = option("--sourcemaps")
  const maps = sourceMaps === undefined ? undefined : readSourceMaps(sourceMaps)
  for (const file of args) {
    console.log(`### ${Path.basename(file)}\n`)
    console.log(markdown(summarize(read(file), n, window, maps)))
    console.log()
  }
}
