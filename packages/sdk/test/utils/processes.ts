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
