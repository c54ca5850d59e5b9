import type { z } from 'zod';
import { GatewayError } from '../../domain/errors.js';
import type { ConnectionSettings } from '../connector.js';
import { createMemoryRateLimitStore, type RateLimitStore } from '../../state/rate-limits.js';
import { createCircuitBreaker, type BreakerState } from './breaker.js';
import { requestBudget } from './budget.js';
import { dedupe } from './dedupe.js';
import { createFairQueue, fairQueueing } from './fair-queue.js';
import { failureMemo } from './failure-memo.js';
import { retry } from './retry.js';
import { statusErrors, type DescribeError } from './status-errors.js';
import { upstreamTelemetry } from './telemetry.js';
import { createTransport } from './transport.js';
import { upstreamBudget } from './upstream-budget.js';
import { composeInterceptors, type HttpRequest, type HttpResponse, type Interceptor } from './types.js';

export interface HttpClient {
  /** Sends a request and validates a 2xx JSON body with `schema`; non-2xx answers throw GatewayError. */
  json<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<T>;
  /** Like `json`, but a 404 resolves to null (for lookups by id). */
  jsonOrNull<T>(request: HttpRequest, schema: z.ZodType<T>): Promise<T | null>;
  /** Sends a request whose body is not needed (DELETE, say). */
  send(request: HttpRequest): Promise<HttpResponse>;
  /** The connection's circuit: closed (calls go), open (calls fail at once) or half-open (one probe). */
  breakerState(): BreakerState;
  close(): Promise<void>;
}

/** Gateway-wide state the HTTP layer shares between connections (and, with Redis, replicas). */
export interface SharedHttpState {
  rateLimits: RateLimitStore;
}

/** Connections built without a runtime (tests, benchmarks) share this in-process state. */
const PROCESS_STATE: SharedHttpState = { rateLimits: createMemoryRateLimitStore() };

export interface HttpClientOptions {
  settings: Pick<ConnectionSettings, 'id' | 'kind' | 'baseUrl' | 'timeoutMs' | 'rate' | 'breaker' | 'shared'>;
  /** The upstream kind's documented budgets (Pylon's per route); the connection's `rate` adds to them. */
  budgets?: { requestsPerMinute?: number | undefined; routes?: Readonly<Record<string, number>> | undefined };
  /** Authorization and any other fixed headers. */
  headers: Readonly<Record<string, string>>;
  /** Extra interceptors, outermost first, wrapped around the standard chain. */
  interceptors?: Interceptor[];
  /** Parses JSON bodies instead of JSON.parse (see TransportOptions). */
  parseJson?: (text: string) => unknown;
  /** Reads the kind's own error bodies for our error code and the upstream's words. */
  describeError?: DescribeError;
}

/** Describes where a payload broke the wire schema without echoing its values. */
const describeIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');

export const createHttpClient = (options: HttpClientOptions): HttpClient => {
  const { settings } = options;
  const transport = createTransport({
    connectionId: settings.id,
    baseUrl: settings.baseUrl,
    timeoutMs: settings.timeoutMs,
    connections: settings.rate.maxConcurrency,
    headers: options.headers,
    parseJson: options.parseJson,
  });
  const breaker = createCircuitBreaker(settings.id, settings.breaker);
  const telemetry = upstreamTelemetry({ connectionId: settings.id, kind: settings.kind, circuit: breaker.state });
  // Outermost first: per-request answers before anything waits; the breaker around whole calls (a call
  // that failed after its retries is one failure, and an open circuit is not retried); retries inside,
  // so that every attempt counts against the request's budget and the upstream's; the fair queue last,
  // so a slot is held only while a call is really in flight.
  const send = composeInterceptors(
    ...(options.interceptors ?? []),
    failureMemo(settings.id),
    dedupe(settings.id),
    breaker.interceptor,
    telemetry.call,
    retry(settings.id, { maxRetries: settings.rate.maxRetries, maxRetryWaitMs: settings.rate.maxRetryWaitMs }),
    requestBudget(settings.id),
    upstreamBudget({
      connectionId: settings.id,
      requestsPerMinute: settings.rate.requestsPerMinute ?? options.budgets?.requestsPerMinute,
      routes: { ...(settings.rate.documentedLimits === false ? {} : options.budgets?.routes), ...settings.rate.routes },
      store: (settings.shared ?? PROCESS_STATE).rateLimits,
    }),
    fairQueueing(settings.id, createFairQueue(settings.rate.maxConcurrency)),
    statusErrors(settings.id, options.describeError),
    telemetry.attempt,
  )(transport.send);

  const validate = <T>(request: HttpRequest, response: HttpResponse, schema: z.ZodType<T>): T => {
    const result = schema.safeParse(response.body);
    if (result.success) return result.data;
    throw new GatewayError(
      'UPSTREAM_BAD_RESPONSE',
      `connection ${settings.id}: unexpected response to ${request.method} ${request.path}: ${
        response.text !== null ? 'the body is not JSON' : describeIssues(result.error.issues)
      }`,
      { connectionId: settings.id, upstreamStatus: response.status },
    );
  };

  return {
    async json(request, schema) {
      return validate(request, await send(request), schema);
    },
    async jsonOrNull(request, schema) {
      try {
        return validate(request, await send(request), schema);
      } catch (error) {
        if (error instanceof GatewayError && error.upstreamStatus === 404) return null;
        throw error;
      }
    },
    send,
    breakerState: breaker.state,
    close: () => {
      telemetry.close();
      return transport.close();
    },
  };
};
