import * as Fs from "node:fs"

/** Whether a process with this pid is still running (not a zombie). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    // a zombie (exited, not reaped) still answers kill(0); /proc tells the difference on Linux
    const stat = Fs.readFileSync(`/proc/${pid}/stat`, "utf8")
    return !/\) Z /.test(stat)
  } catch {
    return true
  }
}

/** `[pid, ppid, pgrp]` of every process on the machine (Linux `/proc`); empty elsewhere. */
const processTable = (): Array<readonly [number, number, number]> => {
  let names: Array<string>
  try {
    names = Fs.readdirSync("/proc")
  } catch {
    return []
  }
  const rows: Array<readonly [number, number, number]> = []
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = Fs.readFileSync(`/proc/${name}/stat`, "utf8")
      // pid (comm) state ppid pgrp ...: comm may hold spaces, so read after the last ')'
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (fields[0] === "Z") continue
      rows.push([Number(name), Number(fields[1]), Number(fields[2])])
    } catch {
      // the process ended while we read
    }
  }
  return rows
}

/** Live processes whose parent is `ppid`. */
export const childrenOf = (ppid: number): Array<number> =>
  processTable().flatMap(([pid, parent]) => (parent === ppid ? [pid] : []))

/** Live processes in the process group `pgid` (the app-server runs in a group of its own). */
export const groupMembers = (pgid: number): Array<number> =>
  processTable().flatMap(([pid, , group]) => (group === pgid ? [pid] : []))

/** Resident memory of a process in KiB (`VmRSS`), or undefined when it cannot be read. */
export const rssKiB = (pid: number): number | undefined => {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(Fs.readFileSync(`/proc/${pid}/status`, "utf8"))
    return match ? Number(match[1]) : undefined
  } catch {
    return undefined
  }
}

/** A process's command line, arguments joined by spaces ("" when it cannot be read). */
export const commandLine = (pid: number): string => {
  try {
    return Fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ")
  } catch {
    return ""
  }
}

/** Live processes whose command line contains `text` (Linux `/proc`; empty elsewhere). */
export const runningWith = (text: string): Array<number> =>
  processTable().flatMap(([pid]) => (pid !== process.pid && commandLine(pid).includes(text) ? [pid] : []))
