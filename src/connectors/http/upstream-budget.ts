import { setTimeout as sleep } from 'node:timers/promises';
import { GatewayError } from '../../domain/errors.js';
import { upstreamBudgetRemaining } from '../../observability/metrics.js';
import type { RateLimitStore, RateRule } from '../../state/rate-limits.js';
import { abortedError, currentScope, timeLeftMs } from './scope.js';
import type { HttpRequest, Interceptor } from './types.js';

const MINUTE = 60_000;
/** Outside a request (no deadline), the longest a call waits for its upstream budget. */
const MAX_WAIT_OUTSIDE_REQUEST_MS = MINUTE;

export interface UpstreamBudgetOptions {
  connectionId: string;
  /** The account's budget over every route, per minute. */
  requestsPerMinute?: number | undefined;
  /** Budgets per route template (`GET /issues/:id`) per minute. */
  routes?: Readonly<Record<string, number>> | undefined;
  store: RateLimitStore;
}

interface RouteBudget {
  route: string;
  method: string;
  pattern: RegExp;
  rule: RateRule;
}

/** `GET /issues/:id` → a matcher of the method and the path below the base URL. */
const compileRoute = (route: string, perMinute: number): RouteBudget => {
  const [method = 'GET', template = '/'] = route.split(' ');
  const pattern = new RegExp(
    `^${template
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}$`,
  );
  return { route, method, pattern, rule: { kind: 'window', limit: perMinute, windowMs: MINUTE } };
};

/**
 * Keeps a connection under its upstream's documented budgets instead of discovering them through
 * 429s: each call reserves a place in every budget it falls under (the account's, its route's) and
 * waits for it. A call that would have to wait past its request's deadline fails at once with
 * UPSTREAM_RATE_LIMITED, saying when to come back.
 */
export const upstreamBudget = (options: UpstreamBudgetOptions): Interceptor => {
  const routes = Object.entries(options.routes ?? {}).map(([route, perMinute]) => compileRoute(route, perMinute));
  const overall: RateRule | undefined = options.requestsPerMinute
    ? { kind: 'window', limit: options.requestsPerMinute, windowMs: MINUTE }
    : undefined;
  const budgetsOf = (request: HttpRequest): { key: string; name: string; what: string; rule: RateRule }[] => {
    const found = routes
      .filter((budget) => budget.method === request.method && budget.pattern.test(request.path))
      .map((budget) => ({ key: `upstream:${options.connectionId}:${budget.route}`, name: budget.route, what: `${budget.route}'s budget`, rule: budget.rule }));
    return overall ? [{ key: `upstream:${options.connectionId}`, name: 'account', what: 'the account budget', rule: overall }, ...found] : found;
  };
  if (routes.length === 0 && !overall) return (next) => next;

  return (next) => async (request) => {
    const scope = currentScope();
    for (const budget of budgetsOf(request)) {
      const maxWaitMs = Math.min(timeLeftMs(scope), MAX_WAIT_OUTSIDE_REQUEST_MS);
      const reservation = await options.store.reserve(budget.key, budget.rule, maxWaitMs);
      upstreamBudgetRemaining.set({ connection: options.connectionId, budget: budget.name }, reservation.remaining);
      if (!reservation.granted) {
        throw new GatewayError(
          'UPSTREAM_RATE_LIMITED',
          `connection ${options.connectionId}: ${budget.what} of ${budget.rule.kind === 'window' ? budget.rule.limit : ''} requests a minute is spent for now`,
          { connectionId: options.connectionId, retryAfterMs: reservation.waitMs },
        );
      }
      if (reservation.waitMs > 0) {
        try {
          await sleep(reservation.waitMs, undefined, scope ? { signal: scope.signal } : {});
        } catch (error) {
          throw scope ? abortedError(options.connectionId, scope) : error;
        }
      }
    }
    return next(request);
  };
};
