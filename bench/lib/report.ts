/**
 * What the bench writes: `results.json`, the Markdown tables (`results.md`, also printed) and the
 * SVG chart (plain string building).
 */
import type { BenchResult, Metric } from "./suite.js"
import type { Stat } from "./stats.js"

export interface Machine {
  readonly cores: number
  readonly cpuModel: string
  readonly memoryGiB: number
  readonly node: string
  readonly platform: string
  readonly release: string
}

export interface Results {
  readonly version: 1
  readonly date: string
  readonly mode: "full" | "quick"
  readonly command: string
  readonly machine: Machine
  readonly codexVersion: string
  readonly load: { readonly before: ReadonlyArray<number>; readonly after: ReadonlyArray<number> }
  readonly elapsedMs: number
  /** Some benchmarks come from an earlier run (`--only` merges); `load` and `elapsedMs` are this run's. */
  readonly merged?: boolean
  readonly benchmarks: Readonly<Record<string, BenchResult>>
}

const fmt = (x: number, unit = ""): string => {
  if (!Number.isFinite(x)) return String(x)
  if (Number.isInteger(x)) return `${x.toLocaleString("en")}${unit}`
  const a = Math.abs(x)
  const d = a >= 1000 ? 0 : a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
  return `${x.toLocaleString("en", { minimumFractionDigits: d, maximumFractionDigits: d })}${unit}`
}

const cell = (s: Stat | undefined, unit: string): string =>
  s === undefined || s.n === 0 ? "n/a" : s.n === 1 ? fmt(s.median, unit) : `${fmt(s.median, unit)} (${fmt(s.min)}-${fmt(s.max)})`

const unitOf = (m: Metric) => (m.unit === "x" ? "x" : m.unit === "/s" ? "/s" : ` ${m.unit}`)

const loadText = (l: { readonly before: ReadonlyArray<number>; readonly after: ReadonlyArray<number> }) =>
  `${l.before[0]?.toFixed(2)} -> ${l.after[0]?.toFixed(2)}`

export const markdown = (results: Results): string => {
  const out: Array<string> = []
  const m = results.machine
  out.push(
    `Run ${results.date} (${results.mode} mode, \`${results.command}\`), codex ${results.codexVersion}: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform} ${m.release}; load average (1 min) ${loadText(results.load)} over ${fmt(results.elapsedMs / 60000)} min${results.merged === true ? " (the last invocation; each benchmark below has its own)" : ""}.`,
    "",
    "Each cell: median over the rounds (min-max). Ratios are per round (contenders interleaved A B A B, so each pair saw the same load), then median (min-max).",
    "",
    "### Targets",
    "",
    "| benchmark | target | measured | goal | met |",
    "|---|---|---:|---:|:---:|"
  )
  for (const b of Object.values(results.benchmarks)) {
    for (const t of b.targets) {
      out.push(`| ${b.id} | ${t.description} | ${fmt(t.actual)} | ${t.op} ${fmt(t.value)} | ${t.met ? "yes" : "**no**"} |`)
    }
  }
  for (const b of Object.values(results.benchmarks)) {
    out.push(
      "",
      `### ${b.id}: ${b.title}`,
      "",
      `\`${b.command}\`: ${b.rounds} round${b.rounds === 1 ? "" : "s"}, ${fmt(b.elapsedMs / 1000)} s, load ${loadText(b.load)}; misrouted events ${b.misrouted}, wrong answers ${b.wrongAnswers}.`,
      ""
    )
    const ref = b.contenders[0]!
    const ratioHeader = b.contenders.includes("effect-codex") && ref !== "effect-codex" ? ` effect-codex / ${ref} |` : ""
    out.push(`| metric | ${b.contenders.join(" | ")} |${ratioHeader}`)
    out.push(`|---|${b.contenders.map(() => "---:").join("|")}|${ratioHeader === "" ? "" : "---:|"}`)
    for (const metric of Object.values(b.metrics)) {
      const unit = unitOf(metric)
      const cells = b.contenders.map((c) => cell(metric.values[c], unit))
      const ratio = ratioHeader === "" ? "" : ` ${metric.ratio === undefined ? "" : cell(metric.ratio, "x")} |`
      out.push(`| ${metric.label} | ${cells.join(" | ")} |${ratio}`)
    }
  }
  return out.join("\n") + "\n"
}

// -----------------------------------------------------------------------------------------------
// SVG
// -----------------------------------------------------------------------------------------------

interface Bar {
  readonly name: string
  readonly color: string
  readonly stat: Stat
}

interface Row {
  readonly label: string
  readonly bars: ReadonlyArray<Bar>
  readonly target?: number
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const colors = { raw: "#7a8799", sdk: "#3b6fd8", other: "#d88a3b", target: "#c0392b" }

/** A horizontal bar panel on a log scale; returns its SVG and height. */
const panel = (
  title: string,
  subtitle: string,
  rows: ReadonlyArray<Row>,
  y0: number,
  width: number,
  unit: string,
  reference?: number
): { readonly svg: string; readonly height: number } => {
  const labelW = 330
  const plotX = labelW + 10
  const plotW = width - plotX - 110
  const barH = 12
  const rowGap = 10
  const values = rows.flatMap((r) => [...r.bars.flatMap((b) => [b.stat.min, b.stat.max, b.stat.median]), ...(r.target === undefined ? [] : [r.target])])
  const positive = values.filter((v) => Number.isFinite(v) && v > 0)
  if (reference !== undefined) positive.push(reference)
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)))
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)))
  const x = (v: number) => plotX + (plotW * (Math.log10(Math.max(v, lo)) - Math.log10(lo))) / (Math.log10(hi) - Math.log10(lo))
  const parts: Array<string> = []
  let y = y0
  parts.push(`<text x="10" y="${y + 14}" font-size="14" font-weight="bold">${esc(title)}</text>`)
  parts.push(`<text x="10" y="${y + 30}" font-size="11" fill="#555">${esc(subtitle)}</text>`)
  y += 44
  const top = y
  for (const row of rows) {
    const h = row.bars.length * (barH + 2)
    parts.push(`<text x="${labelW}" y="${y + h / 2 + 4}" font-size="11" text-anchor="end">${esc(row.label)}</text>`)
    row.bars.forEach((bar, i) => {
      const by = y + i * (barH + 2)
      const m = bar.stat.median
      if (Number.isFinite(m) && m > 0) {
        parts.push(`<rect x="${plotX}" y="${by}" width="${Math.max(1, x(m) - plotX).toFixed(1)}" height="${barH}" fill="${bar.color}"><title>${esc(`${bar.name}: ${fmt(m)} ${unit}`)}</title></rect>`)
        if (bar.stat.n > 1) {
          const cy = by + barH / 2
          parts.push(`<line x1="${x(bar.stat.min).toFixed(1)}" x2="${x(bar.stat.max).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="#222" stroke-width="1"/>`)
        }
        parts.push(`<text x="${(Math.max(x(m), bar.stat.n > 1 ? x(bar.stat.max) : 0) + 4).toFixed(1)}" y="${by + barH - 2}" font-size="10">${esc(`${fmt(m)}${unit === "x" ? "x" : ""}`)}</text>`)
      } else {
        parts.push(`<text x="${plotX + 4}" y="${by + barH - 2}" font-size="10">${esc(`${bar.name}: ${String(m)}`)}</text>`)
      }
    })
    if (row.target !== undefined) {
      const tx = x(row.target).toFixed(1)
      parts.push(`<line x1="${tx}" x2="${tx}" y1="${y - 2}" y2="${y + h}" stroke="${colors.target}" stroke-width="2" stroke-dasharray="3,2"><title>target ${fmt(row.target)}</title></line>`)
    }
    y += h + rowGap
  }
  // axis: decades
  for (let d = lo; d <= hi * 1.0001; d *= 10) {
    const gx = x(d).toFixed(1)
    parts.push(`<line x1="${gx}" x2="${gx}" y1="${top - 4}" y2="${y - rowGap + 2}" stroke="#ddd" stroke-width="1"/>`)
    parts.push(`<text x="${gx}" y="${y + 8}" font-size="10" text-anchor="middle" fill="#555">${esc(fmt(d))}</text>`)
  }
  if (reference !== undefined) {
    const rx = x(reference).toFixed(1)
    parts.push(`<line x1="${rx}" x2="${rx}" y1="${top - 4}" y2="${y - rowGap + 2}" stroke="#222" stroke-width="1"/>`)
  }
  return { svg: parts.join("\n"), height: y + 20 - y0 }
}

const sdkBar = (s: Stat | undefined): ReadonlyArray<Bar> => (s === undefined ? [] : [{ name: "effect-codex", color: colors.sdk, stat: s }])

export const chart = (results: Results): string => {
  const width = 900
  const b = results.benchmarks
  const ratioRow = (id: string, key: string, label: string, target?: number): ReadonlyArray<Row> => {
    const r = b[id]?.metrics[key]?.ratio
    return r === undefined ? [] : [{ label, bars: sdkBar(r), ...(target === undefined ? {} : { target }) }]
  }
  const pair = (id: string, key: string, label: string): ReadonlyArray<Row> => {
    const m = b[id]?.metrics[key]
    if (m === undefined) return []
    const bars: Array<Bar> = []
    for (const [name, stat] of Object.entries(m.values)) {
      bars.push({ name, color: name === "raw" ? colors.raw : name === "effect-codex" ? colors.sdk : colors.other, stat })
    }
    return [{ label, bars }]
  }
  const threads = Number(b.concurrency?.params.threads ?? 0)
  const requests = Number((b.requests?.params.counts as ReadonlyArray<number> | undefined)?.[0] ?? 0)
  const altTurns = Number(b.alternative?.params.turns ?? 0)
  const ratios = [
    ...ratioRow("turns", "wallPerTurn", "per turn, real server: wall", 1.03),
    ...ratioRow("turns", "cpuPerTurn", "per turn, real server: client CPU", 2.5),
    ...ratioRow("clientRun", "cpuPerTurn", "per turn, client only (thread.run): CPU"),
    ...ratioRow("clientDeltas", "cpuPerTurn", "per turn, client only (textDeltas): CPU"),
    ...ratioRow("startup", "acquireFirst", "startup: spawn + initialize", 1.2),
    ...ratioRow("concurrency", "concurrent", `${threads} turns at once: wall`),
    ...ratioRow("concurrency", "concurrentCpu", `${threads} turns at once: client CPU`),
    ...ratioRow("requests", `cpu${requests}`, `${requests.toLocaleString("en")} requests at once: CPU per request`),
    ...ratioRow("alternative", "perTurn", "vs @openai/codex-sdk: wall per turn", 1),
    ...ratioRow("alternative", "wholeProcess", `vs @openai/codex-sdk: ${altTurns}-turn script`, 1)
  ]
  const times = [
    ...pair("turns", "wallPerTurn", "real server: wall per turn"),
    ...pair("turns", "cpuPerTurn", "real server: client CPU per turn"),
    ...pair("clientRun", "cpuPerTurn", "client only, thread.run: CPU per turn"),
    ...pair("clientDeltas", "cpuPerTurn", "client only, textDeltas: CPU per turn")
  ]
  const routing = b.routing?.metrics.throughput
  const throughput: ReadonlyArray<Row> = routing === undefined
    ? []
    : [{ label: "notifications/s to turn streams", bars: pair("routing", "throughput", "")[0]!.bars, target: 500_000 }]
  const panels: Array<{ svg: string; height: number }> = []
  let y = 50
  const add = (p: { svg: string; height: number }) => {
    panels.push(p)
    y += p.height + 10
  }
  if (ratios.length > 0) {
    add(panel(
      "effect-codex relative to the reference (1 = same; lower is better)",
      "Reference: the raw Node client, except the last rows (@openai/codex-sdk). Median of per-round ratios, line: min-max; dashed: target.",
      ratios,
      y,
      width,
      "x",
      1
    ))
  }
  if (times.length > 0) {
    add(panel("Turn time and client CPU (ms, log scale)", "grey: raw Node client, blue: effect-codex; line: min-max over rounds", times, y, width, "ms"))
  }
  if (throughput.length > 0) {
    add(panel("Routing throughput (notifications/s, log scale; higher is better)", "grey: raw split + parse + dispatch, blue: effect-codex reader to turn streams; dashed: 500,000/s target", throughput, y, width, "/s"))
  }
  const m = results.machine
  const header = `<text x="10" y="22" font-size="16" font-weight="bold">effect-codex benchmarks (${esc(results.date.slice(0, 10))}, ${results.mode})</text>
<text x="10" y="40" font-size="11" fill="#555">${esc(`${m.cores} cores, Node ${m.node}, codex ${results.codexVersion}, load ${loadText(results.load)}; \`${results.command}\``)}</text>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
${header}
${panels.map((p) => p.svg).join("\n")}
</svg>
`
}
