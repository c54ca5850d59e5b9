import { GatewayError } from '../../domain/errors.js';
import type { BreakerSettings } from '../connector.js';
import type { Interceptor } from './types.js';

export const BREAKER_DEFAULTS: BreakerSettings = { failureThreshold: 5, openMs: 10_000 };

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  interceptor: Interceptor;
  state(): BreakerState;
}

/** Failures that say the upstream is down or overwhelmed (not a missing record or a bad request). */
const isOutage = (error: unknown): boolean =>
  error instanceof GatewayError &&
  (error.code === 'UPSTREAM_TIMEOUT' || (error.code === 'UPSTREAM_UNAVAILABLE' && (error.upstreamStatus ?? 500) >= 500));

/**
 * One breaker per connection, shared by every request: after `failureThreshold` outages in a row the
 * circuit opens and calls fail at once with UPSTREAM_UNAVAILABLE, without touching the upstream. After
 * `openMs` one probe goes through: its success closes the circuit, its failure opens it again.
 */
export const createCircuitBreaker = (
  connectionId: string,
  settings: BreakerSettings = BREAKER_DEFAULTS,
  now: () => number = Date.now,
): CircuitBreaker => {
  let failures = 0;
  let openedAt: number | undefined;
  let probing = false;

  const state = (): BreakerState => {
    if (openedAt === undefined) return 'closed';
    return now() - openedAt >= settings.openMs ? 'half-open' : 'open';
  };
  const refuse = (): GatewayError =>
    new GatewayError(
      'UPSTREAM_UNAVAILABLE',
      `connection ${connectionId}: the upstream failed ${settings.failureThreshold} times in a row; calls pause for ${settings.openMs} ms`,
      { connectionId },
    );

  const interceptor: Interceptor = (next) => async (request) => {
    const current = state();
    if (current === 'open' || (current === 'half-open' && probing)) throw refuse();
    const probe = current === 'half-open';
    if (probe) probing = true;
    try {
      const response = await next(request);
      failures = 0;
      openedAt = undefined;
      return response;
    } catch (error) {
      if (isOutage(error)) {
        failures++;
        if (probe || failures >= settings.failureThreshold) openedAt = now();
      } else if (probe) {
        // The upstream answered (a 404, say): it is up again.
        failures = 0;
        openedAt = undefined;
      }
      throw error;
    } finally {
      if (probe) probing = false;
    }
  };
  return { interceptor, state };
};
