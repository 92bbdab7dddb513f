/**
 * @internal
 */
import { AppServerConfig, AppServerProcess, AppServerSocket } from "@effect-codex/sdk"
import { Duration, Effect, Redacted, Schedule, ScopedRef } from "effect"
import * as Crypto from "node:crypto"
import * as Fs from "node:fs"
import * as Http from "node:http"
import * as Net from "node:net"
import * as Path from "node:path"
import type * as CodexHome from "../CodexHome.js"
import type { ListeningAppServerError, Options, Service } from "../ListeningAppServer.js"

/** A free loopback TCP port (bound, read, released). @internal */
export const freePort = Effect.async<number, Error>((resume) => {
  const server = Net.createServer()
  server.once("error", (error) => resume(Effect.fail(error)))
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

/** GET /readyz on the loopback WebSocket listener: whether it answered 200. @internal */
const readyz = (port: number) =>
  Effect.async<boolean>((resume) => {
    const request = Http.get({ host: "127.0.0.1", port, path: "/readyz", agent: false, timeout: 1000 }, (response) => {
      response.resume()
      resume(Effect.succeed(response.statusCode === 200))
    })
    request.once("error", () => resume(Effect.succeed(false)))
    request.once("timeout", () => request.destroy())
    return Effect.sync(() => request.destroy())
  })

const writeSecret = (path: string, value: string) => Fs.writeFileSync(path, value, { mode: 0o600 })

/** @internal */
export const make = (
  home: CodexHome.Service,
  options: Options,
  makeError: (message: string, cause?: unknown) => ListeningAppServerError
) =>
  Effect.gen(function*() {
    const transport = options.transport
    const auth = transport === "unix" ? "none" : options.auth ?? "capability-token"
    const issuer = options.issuer ?? "effect-codex-tests"
    const audience = options.audience ?? "codex-app-server"
    const args: Array<string> = []
    let token: Redacted.Redacted<string> | undefined
    let sharedSecret: Redacted.Redacted<string> | undefined
    let url: string
    let port: number | undefined
    let socketPath: string | undefined

    if (transport === "unix") {
      // unix socket paths are short (108 bytes): keep the socket in the OS temp directory
      socketPath = Path.join(Fs.mkdtempSync(Path.join("/tmp", "ecx-sock-")), "app-server.sock")
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => Fs.rmSync(Path.dirname(socketPath!), { recursive: true, force: true }))
      )
      url = `unix://${socketPath}`
    } else {
      port = yield* freePort.pipe(Effect.mapError((cause) => makeError(`no free port: ${cause.message}`, cause)))
      url = `ws://127.0.0.1:${port}`
      if (auth === "capability-token") {
        token = Redacted.make(Crypto.randomBytes(24).toString("base64url"))
        const file = Path.join(home.path, "ws-token")
        writeSecret(file, Redacted.value(token))
        args.push("--ws-auth", "capability-token", "--ws-token-file", file)
      } else if (auth === "signed-bearer-token") {
        sharedSecret = Redacted.make(Crypto.randomBytes(32).toString("base64url"))
        const file = Path.join(home.path, "ws-shared-secret")
        writeSecret(file, Redacted.value(sharedSecret))
        args.push(
          "--ws-auth",
          "signed-bearer-token",
          "--ws-shared-secret-file",
          file,
          "--ws-issuer",
          issuer,
          "--ws-audience",
          audience,
          "--ws-max-clock-skew-seconds",
          String(options.maxClockSkewSeconds ?? 0)
        )
      }
    }

    // ready when /readyz answers 200 (WebSocket) or a handshake succeeds (unix socket: no
    // /readyz there), or fail with the server's stderr
    const timeout = Duration.decode(options.startTimeout ?? Duration.seconds(30))
    const probe = port !== undefined
      ? readyz(port)
      : Effect.scoped(AppServerSocket.unixSocket({ path: socketPath!, connectTimeout: "1 second" })).pipe(
        Effect.as(true),
        Effect.orElseSucceed(() => false)
      )
    // codex puts the unix socket elsewhere (/tmp/codex-daemon-<uid>/) and links the path to it; a
    // killed server leaves it behind: remove what the links pointed to once the server is stopped
    const linked = new Set<string>()
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        for (const target of linked) {
          Fs.rmSync(target, { force: true })
          Fs.rmSync(`${target}.lock`, { force: true })
        }
      })
    )
    const start = Effect.gen(function*() {
      // a killed unix-socket server leaves its socket file behind: a new one needs the path free
      if (socketPath !== undefined) Fs.rmSync(socketPath, { force: true })
      const proc = yield* AppServerProcess.spawn(AppServerConfig.resolve({
        ...options.server,
        cwd: options.server?.cwd ?? home.path,
        env: { ...home.env, ...options.server?.env },
        // a listening server does not stop when its stdin closes: go to SIGTERM soon
        shutdownGracePeriod: options.server?.shutdownGracePeriod ?? "500 millis",
        args: ["--listen", url, ...args, ...(options.server?.args ?? [])]
      })).pipe(Effect.mapError((cause) => makeError(`could not start the listening app-server: ${cause.message}`, cause)))
      yield* probe.pipe(
        Effect.filterOrFail((ok) => ok, () => "not ready"),
        Effect.retry(Schedule.spaced("50 millis")),
        Effect.raceFirst(Effect.flatMap(proc.exitStatus, (status) => Effect.fail(`exited (${status.exitCode ?? status.signal})`))),
        Effect.timeoutFail({ duration: timeout, onTimeout: () => `not ready within ${Duration.format(timeout)}` }),
        Effect.catchAll((why) =>
          Effect.flatMap(proc.stderrTail, (tail) =>
            Effect.fail(makeError(`the listening app-server at ${url} is ${why}; stderr: ${tail.slice(-10).join(" | ")}`)))
        ),
        // a ScopedRef acquires uninterruptibly: the race must be able to stop its loser
        Effect.interruptible
      )
      if (socketPath !== undefined) {
        try {
          linked.add(Path.resolve(Path.dirname(socketPath), Fs.readlinkSync(socketPath)))
        } catch {
          // not a link: the socket is the path itself, removed with its directory
        }
      }
      return proc
    })
    const current = yield* ScopedRef.fromAcquire(start)

    const socket: AppServerSocket.WebSocketOptions | AppServerSocket.UnixSocketOptions = socketPath !== undefined
      ? { path: socketPath }
      : auth === "capability-token"
      ? { url, token: token! }
      : auth === "signed-bearer-token"
      ? {
        url,
        auth: AppServerSocket.signedBearerToken({ sharedSecret: sharedSecret!, issuer, audience, expiresIn: "5 minutes" })
      }
      : { url }

    return {
      transport,
      auth,
      url,
      socket,
      token,
      sharedSecret,
      issuer,
      audience,
      process: ScopedRef.get(current),
      kill: (signal) => Effect.flatMap(ScopedRef.get(current), (proc) => proc.kill(signal)),
      restart: ScopedRef.set(current, start)
    } satisfies Service
  })
