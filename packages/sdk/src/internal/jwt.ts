/**
 * HS256 JSON Web Tokens (RFC 7519) signed with `node:crypto`: what the app-server's
 * `--ws-auth signed-bearer-token` listener verifies.
 *
 * @internal
 */
import * as Crypto from "node:crypto"

const base64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url")

const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))

/** Signs `claims` with HMAC-SHA256 under `secret`. @internal */
export const signHs256 = (claims: Readonly<Record<string, unknown>>, secret: string | Uint8Array): string => {
  const payload = base64url(JSON.stringify(claims))
  const signature = Crypto.createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")
  return `${header}.${payload}.${signature}`
}

/** Verifies an HS256 token's signature and decodes its claims (for tests and tools). @internal */
export const verifyHs256 = (token: string, secret: string | Uint8Array): Record<string, unknown> | undefined => {
  const parts = token.split(".")
  if (parts.length !== 3) return undefined
  const [h, p, s] = parts as [string, string, string]
  const expected = Crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest()
  const given = Buffer.from(s, "base64url")
  if (given.length !== expected.length || !Crypto.timingSafeEqual(given, expected)) return undefined
  try {
    const headerJson = JSON.parse(Buffer.from(h, "base64url").toString("utf8")) as { alg?: unknown }
    if (headerJson.alg !== "HS256") return undefined
    return JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as Record<string, unknown>
  } catch {
    return undefined
  }
}
