import type { Principal } from './auth/principal.js';
import type { UpstreamScope } from './connectors/http/scope.js';
import type { GatewayError } from './domain/errors.js';
import type { Loaders } from './loaders/index.js';
import type { GatewayRuntime } from './runtime.js';

/** What every resolver gets: who is asking, the live connections, and this request's loaders. */
export interface GatewayContext {
  principal: Principal;
  runtime: GatewayRuntime;
  loaders: Loaders;
  /** This request's deadline, signal and upstream-call budget, as the HTTP layer enforces them. */
  upstream: UpstreamScope;
  /** The query's static cost and the token's limit, once measured (src/protection/query-cost.ts). */
  cost?: { estimated: number; limit: number };
  /**
   * Upstream failures that did not stop a field from answering (one source of a merged list, say).
   * The partial-errors plugin adds them to the response's `errors`.
   */
  partialErrors: { error: GatewayError; path: readonly (string | number)[] }[];
  /** Aborted when the gateway begins to shut down: a subscription ends, telling its client to reconnect. */
  stopping?: AbortSignal;
}
