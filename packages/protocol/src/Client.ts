/**
 * A typed client of every client request of the app-server v2 protocol, generated from the method
 * registry: given one `request` function, one operation per method, grouped by namespace
 * (`thread/goal/set` is `client.thread.goal.set(params)`); plus typed tables of the server
 * notifications and server requests. The SDK builds it on its connection (`Rpc.make`).
 *
 * @since 0.3.0
 */
export {
  /**
   * One typed operation per client request, grouped by namespace: a function of the params (and
   * per-call options `O`) returning an `Effect` that fails with `E`, or an `Effect` for a method
   * that takes no params.
   *
   * @since 0.3.0
   * @category models
   */
  type Client,
  /**
   * Builds the client on one `request` function: a plain object of closures, cheap to build.
   *
   * @since 0.3.0
   * @category constructors
   */
  make,
  /**
   * Every server notification: method -> params type.
   *
   * @since 0.3.0
   * @category models
   */
  type NotificationTable,
  /**
   * The one function every method of the client calls: method, params (`undefined` when there are
   * none) and per-call options.
   *
   * @since 0.3.0
   * @category models
   */
  type Request,
  /**
   * Every server-to-client request: method -> params and the response the client sends back.
   *
   * @since 0.3.0
   * @category models
   */
  type ServerRequestTable
} from "./generated/client.js"
