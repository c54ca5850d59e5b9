import { GatewayError, type ErrorCode } from '../../domain/errors.js';
import { currentScope } from './scope.js';
import type { Interceptor } from './types.js';

/** Failures that say the upstream as a whole is not answering, rather than that one record is missing. */
const CONNECTION_FAILURES: ReadonlySet<ErrorCode> = new Set(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'UPSTREAM_RATE_LIMITED']);

/**
 * Within one request, a connection that failed is not asked again: later calls get the same error at
 * once, so one hanging upstream costs a request one timeout, not one per field.
 */
export const failureMemo =
  (connectionId: string): Interceptor =>
  (next) =>
  async (request) => {
    const scope = currentScope();
    if (!scope) return next(request);
    const failed = scope.failures.get(connectionId);
    if (failed) throw failed;
    try {
      return await next(request);
    } catch (error) {
      if (error instanceof GatewayError && CONNECTION_FAILURES.has(error.code) && !scope.failures.has(connectionId)) {
        scope.failures.set(connectionId, error);
      }
      throw error;
    }
  };
