import { setTimeout as sleep } from 'node:timers/promises';
import { GatewayError } from '../../domain/errors.js';
import type { HttpRequest, Interceptor } from './types.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries: number;
  /** The longest Retry-After waited out; a longer one fails at once. Default 5000. */
  maxRetryWaitMs: number;
  /** First backoff after a 5xx or a refused connection, doubled each time. Default 100. */
  baseDelayMs?: number;
}

const RETRYABLE_STATUSES = new Set([502, 503, 504]);

const isIdempotent = (request: HttpRequest): boolean => request.idempotent ?? request.method === 'GET';

/** How long to wait before trying again, or undefined when this failure is final. */
const retryDelay = (error: unknown, request: HttpRequest, attempt: number, options: RetryOptions): number | undefined => {
  if (!(error instanceof GatewayError)) return undefined;
  if (error.code === 'UPSTREAM_RATE_LIMITED') {
    // A 429 was not processed, so any method may be sent again.
    const wait = error.retryAfterMs ?? (options.baseDelayMs ?? 100) * 2 ** attempt;
    return wait <= options.maxRetryWaitMs ? wait : undefined;
  }
  const transient =
    error.code === 'UPSTREAM_UNAVAILABLE' &&
    (error.upstreamStatus === undefined || RETRYABLE_STATUSES.has(error.upstreamStatus));
  if (transient && isIdempotent(request)) return (options.baseDelayMs ?? 100) * 2 ** attempt;
  return undefined;
};

/** Retries rate-limited and transiently failed requests, honouring the upstream's retry hints. */
export const retry =
  (options: RetryOptions): Interceptor =>
  (next) =>
  async (request) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await next(request);
      } catch (error) {
        const delay = attempt < options.maxRetries ? retryDelay(error, request, attempt, options) : undefined;
        if (delay === undefined) throw error;
        await sleep(delay);
      }
    }
  };
