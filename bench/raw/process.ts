/**
 * The raw baseline over a real `codex app-server` child process: `child_process.spawn`, stdout
 * decoded as UTF-8 into {@link RawClient}, stderr drained, stdin closed to stop.
 */
import * as ChildProcess from "node:child_process"
import { codexBinary } from "./binary.js"
import { RawClient } from "./client.js"

export interface ServerOptions {
  readonly env: Readonly<Record<string, string>>
  readonly cwd: string
  /** Called with every chunk of stdout text before the client sees it (for recording). */
  readonly tap?: (text: string) => void
}

export interface RawServer {
  readonly client: RawClient
  readonly pid: number
  /** Closes stdin and waits for the process to exit (SIGKILL after 5 s). */
  readonly close: () => Promise<void>
}

export const spawnServer = (options: ServerOptions): RawServer => {
  const child = ChildProcess.spawn(codexBinary(), ["app-server", "--listen", "stdio://"], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"]
  })
  const client = new RawClient((text) => child.stdin.write(text))
  child.stdout.setEncoding("utf8")
  const tap = options.tap
  child.stdout.on("data", tap === undefined ? (text: string) => client.onData(text) : (text: string) => {
    tap(text)
    client.onData(text)
  })
  child.stderr.resume()
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  return {
    client,
    pid: child.pid ?? -1,
    close: () => {
      child.stdin.end()
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
      return exited.then(() => clearTimeout(timer))
    }
  }
}
