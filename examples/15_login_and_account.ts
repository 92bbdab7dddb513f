/**
 * 15 · Login and account: read the account, log in with an API key, log out, and the handles of
 * the ChatGPT logins (browser: open `authUrl`, then `wait`; device code: show `userCode` and
 * `verificationUrl`, then `wait`; both can `cancel`).
 *
 * With your real Codex this only reads the account unless asked, so it never logs you out by
 * surprise (like every example, it first logs in with `OPENAI_API_KEY` / `CODEX_API_KEY` when one
 * is set and no account is logged in):
 *
 *   npx tsx --conditions=@effect-codex/source examples/15_login_and_account.ts                 # show the account
 *   npx tsx --conditions=@effect-codex/source examples/15_login_and_account.ts --browser       # ChatGPT login in the browser
 *   npx tsx --conditions=@effect-codex/source examples/15_login_and_account.ts --device-code   # ChatGPT login with a device code
 *
 * Offline, the scripted provider is set to require OpenAI auth, and the example runs an API-key
 * login and logout, and starts a browser login only to cancel it.
 */
import { Codex } from "@effect-codex/sdk"
import { Console, Effect, Option, Redacted } from "effect"
import { main, ScriptedModel } from "./_shared/runtime.js"

const showAccount = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const { account, requiresOpenaiAuth } = yield* codex.account()
  const who = account === null || account === undefined
    ? "not logged in"
    : account.type === "chatgpt"
    ? `ChatGPT ${account.email ?? "(no email)"}, plan ${account.planType}`
    : account.type
  yield* Console.log(`account: ${who}${requiresOpenaiAuth ? " (OpenAI auth required)" : ""}`)
})

/** A ChatGPT login in the browser. The scope owns the wait for its completion. */
const browserLogin = (waitFor: "completion" | "nothing") =>
  Effect.scoped(Effect.gen(function*() {
    const codex = yield* Codex.Codex
    const login = yield* codex.loginChatgpt
    yield* Console.log(`browser login ${login.loginId}: open ${login.authUrl.split("?")[0]}?…`)
    if (waitFor === "completion") {
      const done = yield* login.wait.pipe(Effect.timeout("10 minutes"))
      return yield* Console.log(`logged in (${done.loginId})`)
    }
    yield* Console.log(`cancel: ${(yield* login.cancel).status}`)
    yield* login.wait.pipe(Effect.catchTag("LoginFailed", (error) => Console.log(`wait: LoginFailed: ${error.message}`)))
  }))

/** A ChatGPT login with a device code (needs the network). */
const deviceCodeLogin = Effect.scoped(Effect.gen(function*() {
  const codex = yield* Codex.Codex
  const login = yield* codex.loginDeviceCode
  yield* Console.log(`go to ${login.verificationUrl} and enter ${login.userCode}`)
  const done = yield* login.wait.pipe(Effect.timeout("15 minutes"))
  yield* Console.log(`logged in (${done.loginId})`)
}))

const program = Effect.gen(function*() {
  const codex = yield* Codex.Codex
  yield* showAccount
  if (Option.isSome(yield* ScriptedModel)) {
    yield* codex.loginApiKey(Redacted.make("sk-example-not-a-real-key"))
    yield* Console.log("logged in with an API key")
    yield* showAccount
    yield* codex.logout
    yield* Console.log("logged out")
    yield* showAccount
    yield* browserLogin("nothing")
  } else if (process.argv.includes("--browser")) {
    yield* browserLogin("completion")
    yield* showAccount
  } else if (process.argv.includes("--device-code")) {
    yield* deviceCodeLogin
    yield* showAccount
  }
})

program.pipe(main({ home: { overrides: { model_providers: { mock: { requires_openai_auth: true } } } } }))
