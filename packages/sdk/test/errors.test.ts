import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as Errors from "../src/Errors.js"

describe("fromRpcError", () => {
  it("maps the standard codes", () => {
    const tag = (code: number, message = "m") => Errors.fromRpcError("x/y", { code, message })._tag
    assert.strictEqual(tag(-32700), "ParseError")
    assert.strictEqual(tag(-32600), "InvalidRequest")
    assert.strictEqual(tag(-32601), "MethodNotFound")
    assert.strictEqual(tag(-32602), "InvalidParams")
    assert.strictEqual(tag(-32603), "InternalError")
    assert.strictEqual(tag(-32001, "Server overloaded; retry later."), "ServerBusy")
    assert.strictEqual(tag(-32099), "JsonRpcError")
    assert.strictEqual(tag(1), "JsonRpcError")
  })

  it("reads the server's -32600 messages as the real cause", () => {
    const unknownMethod = Errors.fromRpcError("no/such", {
      code: -32600,
      message: "Invalid request: unknown variant `no/such`, expected one of `initialize`"
    })
    assert.strictEqual(unknownMethod._tag, "MethodNotFound")
    assert.strictEqual(unknownMethod.code, -32600)
    assert.strictEqual(unknownMethod.message, "Invalid request: unknown variant `no/such`, expected one of `initialize`")
    const badValue = Errors.fromRpcError("thread/start", {
      code: -32600,
      message: "Invalid request: unknown variant `bogus`, expected one of `never`"
    })
    assert.strictEqual(badValue._tag, "InvalidParams")
    assert.strictEqual(Errors.fromRpcError("model/list", { code: -32600, message: "Invalid request: missing field `params`" })._tag, "InvalidParams")
    assert.strictEqual(Errors.fromRpcError("thread/start", { code: -32600, message: "Invalid request: invalid type: integer `5`, expected a string" })._tag, "InvalidParams")
    assert.strictEqual(Errors.fromRpcError("turn/interrupt", { code: -32600, message: "no active turn to interrupt" })._tag, "InvalidRequest")
  })

  it.prop("-32001 is ServerBusy whatever its data; other -320xx only with an overload marker", [
    fc.option(fc.jsonValue(), { nil: undefined }),
    fc.integer({ min: -32099, max: -32000 })
  ], ([data, code]) => {
    const withData = data === undefined ? { code: -32001, message: "busy" } : { code: -32001, message: "busy", data }
    const busy = Errors.fromRpcError("m", withData)
    assert.strictEqual(busy._tag, "ServerBusy")
    assert.isTrue(Errors.isRetryable(busy))
    const marked = Errors.fromRpcError("m", { code, message: "x", data: { reason: "server_overloaded" } })
    assert.strictEqual(marked._tag, "ServerBusy")
    if (code !== -32001) assert.strictEqual(Errors.fromRpcError("m", { code, message: "x" })._tag, "JsonRpcError")
  })

  it.prop("keeps method, code, message and data intact", [fc.string(), fc.integer(), fc.string(), fc.jsonValue()], ([method, code, message, data]) => {
    const error = Errors.fromRpcError(method, { code, message, data })
    assert.strictEqual(error.method, method)
    assert.strictEqual(error.code, code)
    assert.strictEqual(error.message, message)
    assert.deepStrictEqual(error.data, data)
    assert.strictEqual(Errors.isRetryable(error), error._tag === "ServerBusy")
  })
})
