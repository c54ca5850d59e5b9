import { currentScope } from './scope.js';
import { isIdempotent, type Interceptor } from './types.js';

/**
 * Within one request, identical idempotent calls (the same list page asked by two fields, say) are
 * made once and share the answer. Writes are never shared.
 */
export const dedupe =
  (connectionId: string): Interceptor =>
  (next) =>
  (request) => {
    const scope = currentScope();
    if (!scope || !isIdempotent(request)) return next(request);
    const key = JSON.stringify([connectionId, request.method, request.path, request.query ?? null, request.body ?? null]);
    const known = scope.calls.get(key);
    if (known) return known;
    const call = next(request);
    scope.calls.set(key, call);
    return call;
  };
