import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { GatewayError } from '../../domain/errors.js';
import type { HttpResponse } from './types.js';

/**
 * What one GraphQL request allows its upstream calls, carried to the HTTP layer in async context so
 * that connectors need not pass it along: the request's signal (client gone or deadline passed), its
 * budget of upstream calls, the connections that already failed in it, and the calls already made.
 * Outside a request (a connector called directly) there is no scope and none of this applies.
 */
export interface UpstreamScope {
  /** Tells the fair queue which calls belong together. */
  readonly owner: object;
  /** Aborted when the client disconnects or the deadline passes. */
  readonly signal: AbortSignal;
  /** Aborted only when the deadline passes (so a timeout can be told from a client leaving). */
  readonly deadline: AbortSignal;
  readonly deadlineMs: number;
  readonly deadlineAt: number;
  /** Upstream calls this request may still make, and how many it made. */
  readonly budget: { readonly limit: number; used: number; refused: number };
  /** Per connection, the failure that answers any further call to it in this request. */
  readonly failures: Map<string, GatewayError>;
  /** Per connection, identical idempotent calls answered once (until a write to it). */
  readonly calls: Map<string, Map<string, Promise<HttpResponse>>>;
  /** The client's trace headers, forwarded to every upstream call when no span is recorded. */
  readonly traceContext?: Readonly<Record<string, string>> | undefined;
}

export interface UpstreamScopeOptions {
  /** The client's signal: aborted when it disconnects. */
  signal?: AbortSignal | undefined;
  deadlineMs: number;
  maxUpstreamCalls: number;
  traceContext?: Readonly<Record<string, string>> | undefined;
}

const storage = new AsyncLocalStorage<UpstreamScope>();

export const createUpstreamScope = (options: UpstreamScopeOptions): UpstreamScope => {
  // One timer per GraphQL request, however many upstream calls it makes.
  const deadline = AbortSignal.timeout(options.deadlineMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  // Every upstream call of the request listens to this one signal (and stops listening when done).
  setMaxListeners(0, signal);
  return {
    owner: {},
    signal,
    deadline,
    deadlineMs: options.deadlineMs,
    deadlineAt: Date.now() + options.deadlineMs,
    budget: { limit: options.maxUpstreamCalls, used: 0, refused: 0 },
    failures: new Map(),
    calls: new Map(),
    traceContext: options.traceContext,
  };
};

/** Runs `fn` with `scope` as the current request's scope for every upstream call it makes. */
export const runInScope = <T>(scope: UpstreamScope, fn: () => T): T => storage.run(scope, fn);

/**
 * Runs `fn` outside any request: work no request waits for (a cache refresh, say) is not bounded by
 * the request's deadline, budget or client, and does not take its turns in the fair queue.
 */
export const runOutsideScope = <T>(fn: () => T): T => storage.exit(fn);

export const currentScope = (): UpstreamScope | undefined => storage.getStore();

/** Milliseconds left before the current request's deadline; Infinity outside a request. */
export const timeLeftMs = (scope: UpstreamScope | undefined): number =>
  scope ? Math.max(0, scope.deadlineAt - Date.now()) : Number.POSITIVE_INFINITY;

/** The error for a call the request no longer wants: its deadline passed, or its client left. */
export const abortedError = (connectionId: string, scope: UpstreamScope): GatewayError =>
  scope.deadline.aborted
    ? new GatewayError('UPSTREAM_TIMEOUT', `connection ${connectionId}: no answer within the request's deadline of ${scope.deadlineMs} ms`, {
        connectionId,
      })
    : new GatewayError('REQUEST_CANCELLED', `connection ${connectionId}: the client went away`, { connectionId });
