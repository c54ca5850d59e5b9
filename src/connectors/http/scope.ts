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
  /**
   * Aborted when the client disconnects or the deadline passes. Made on first use: a request that
   * never calls upstream (everything cached, or refused before it runs) arms no timer.
   */
  readonly signal: AbortSignal;
  /** Whether the deadline passed (so a timeout can be told from a client leaving). */
  readonly timedOut: boolean;
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
  /**
   * The request's work is done: stops the deadline timer and stops listening to the client. Calls
   * still running keep their signal (and their own header and body timeouts).
   */
  close(): void;
}

export interface UpstreamScopeOptions {
  /** The client's signal: aborted when it disconnects. */
  signal?: AbortSignal | undefined;
  deadlineMs: number;
  maxUpstreamCalls: number;
  traceContext?: Readonly<Record<string, string>> | undefined;
}

const storage = new AsyncLocalStorage<UpstreamScope>();

/**
 * One AbortController and one cleared timer per request, rather than `AbortSignal.timeout` and
 * `AbortSignal.any`: those keep their timer for the whole deadline and tie the signals together with
 * WeakRefs, which only a full GC clears, so every request's signals outlived it. A class for the
 * reason given at `lazyEdge` (pagination/edge.ts): an object literal with getters of its own would
 * keep each request's scope alive until a full GC.
 */
class RequestScope implements UpstreamScope {
  readonly owner = {};
  readonly deadlineMs: number;
  readonly deadlineAt: number;
  readonly budget: { readonly limit: number; used: number; refused: number };
  readonly failures = new Map<string, GatewayError>();
  readonly calls = new Map<string, Map<string, Promise<HttpResponse>>>();
  readonly traceContext: Readonly<Record<string, string>> | undefined;
  readonly #client: AbortSignal | undefined;
  #controller: AbortController | undefined;
  #timer: NodeJS.Timeout | undefined;
  #timedOut = false;
  #closed = false;

  constructor(options: UpstreamScopeOptions) {
    this.#client = options.signal;
    this.deadlineMs = options.deadlineMs;
    this.deadlineAt = Date.now() + options.deadlineMs;
    this.budget = { limit: options.maxUpstreamCalls, used: 0, refused: 0 };
    this.traceContext = options.traceContext;
  }

  get signal(): AbortSignal {
    return (this.#controller ?? this.#arm()).signal;
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#client?.removeEventListener('abort', this.#onClientAbort);
  }

  readonly #onClientAbort = (): void => this.#controller?.abort(this.#client?.reason);

  #arm(): AbortController {
    const controller = new AbortController();
    // Every upstream call of the request listens to this one signal (and stops listening when done).
    setMaxListeners(0, controller.signal);
    this.#controller = controller;
    const client = this.#client;
    if (client?.aborted) controller.abort(client.reason);
    else if (!this.#closed) {
      client?.addEventListener('abort', this.#onClientAbort, { once: true });
      this.#timer = setTimeout(() => {
        this.#timedOut = true;
        controller.abort(new DOMException(`the request's deadline of ${this.deadlineMs} ms passed`, 'TimeoutError'));
      }, Math.max(0, this.deadlineAt - Date.now()));
      this.#timer.unref();
    }
    return controller;
  }
}

export const createUpstreamScope = (options: UpstreamScopeOptions): UpstreamScope => new RequestScope(options);

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
  scope.timedOut
    ? new GatewayError('UPSTREAM_TIMEOUT', `connection ${connectionId}: no answer within the request's deadline of ${scope.deadlineMs} ms`, {
        connectionId,
      })
    : new GatewayError('REQUEST_CANCELLED', `connection ${connectionId}: the client went away`, { connectionId });
