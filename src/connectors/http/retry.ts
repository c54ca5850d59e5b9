import { setTimeout as sleep } from 'node:timers/promises';
import { GatewayError } from '../../domain/errors.js';
import { abortedError, currentScope, timeLeftMs } from './scope.js';
import { isIdempotent, type HttpRequest, type Interceptor } from './types.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries: number;
  /** The longest Retry-After waited out; a longer one fails at once. Default 5000. */
  maxRetryWaitMs: number;
  /** First backoff after a 5xx or a refused connection, doubled each time. Default 100. */
  baseDelayMs?: number;
}

const RETRYABLE_STATUSES = new Set([502, 503, 504]);

/** How long to wait before trying again, or undefined when this failure is final. */
const retryDelay = (error: unknown, request: HttpRequest, attempt: number, options: RetryOptions): number | undefined => {
  if (!(error instanceof GatewayError)) return undefined;
  if (error.code === 'UPSTREAM_RATE_LIMITED' && error.upstreamStatus === 429) {
    // A 429 was not processed, so any method may be sent again. (Our own budget's refusals carry no
    // status: waiting for them again would only push past the deadline.)
    const wait = error.retryAfterMs ?? (options.baseDelayMs ?? 100) * 2 ** attempt;
    return wait <= options.maxRetryWaitMs ? wait : undefined;
  }
  const transient =
    error.code === 'UPSTREAM_UNAVAILABLE' &&
    (error.upstreamStatus === undefined || RETRYABLE_STATUSES.has(error.upstreamStatus));
  if (transient && isIdempotent(request)) return (options.baseDelayMs ?? 100) * 2 ** attempt;
  return undefined;
};

/**
 * Retries rate-limited and transiently failed requests, honouring the upstream's retry hints, and
 * never waiting past the request's deadline or after its client left.
 */
export const retry =
  (connectionId: string, options: RetryOptions): Interceptor =>
  (next) =>
  async (request) => {
    const scope = currentScope();
    for (let attempt = 0; ; attempt++) {
      try {
        return await next(request);
      } catch (error) {
        const delay = attempt < options.maxRetries ? retryDelay(error, request, attempt, options) : undefined;
        if (delay === undefined || delay >= timeLeftMs(scope)) throw error;
        try {
          await sleep(delay, undefined, scope ? { signal: scope.signal } : {});
        } catch {
          throw scope ? abortedError(connectionId, scope) : error;
        }
      }
    }
  };
