import { GatewayError } from '../../domain/errors.js';
import { abortedError, currentScope } from './scope.js';
import type { Interceptor } from './types.js';

/**
 * Bounds what one GraphQL request may spend upstream: no call once its deadline passed or its client
 * left, and no more calls than its budget. Every attempt counts, retries included, since each one
 * reaches the upstream.
 */
export const requestBudget =
  (connectionId: string): Interceptor =>
  (next) =>
  (request) => {
    const scope = currentScope();
    if (!scope) return next(request);
    if (scope.signal.aborted) return Promise.reject(abortedError(connectionId, scope));
    if (scope.budget.used >= scope.budget.limit) {
      scope.budget.refused++;
      return Promise.reject(
        new GatewayError(
          'UPSTREAM_BUDGET_EXCEEDED',
          `connection ${connectionId}: this request used its budget of ${scope.budget.limit} upstream calls`,
          { connectionId },
        ),
      );
    }
    scope.budget.used++;
    return next(request);
  };
