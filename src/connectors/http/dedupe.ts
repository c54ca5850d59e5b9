import { currentScope } from './scope.js';
import { isIdempotent, type Interceptor } from './types.js';

/**
 * Within one request, identical idempotent calls (the same list page asked by two fields, say) are
 * made once and share the answer. Writes are never shared, and forget the connection's shared reads.
 */
export const dedupe =
  (connectionId: string): Interceptor =>
  (next) =>
  (request) => {
    const scope = currentScope();
    if (!scope) return next(request);
    const prefix = JSON.stringify([connectionId]).slice(0, -1);
    if (!isIdempotent(request)) {
      // A write may change what this connection's earlier reads answered: later reads ask again.
      for (const key of [...scope.calls.keys()]) if (key.startsWith(prefix)) scope.calls.delete(key);
      return next(request);
    }
    const key = JSON.stringify([connectionId, request.method, request.path, request.query ?? null, request.body ?? null]);
    const known = scope.calls.get(key);
    if (known) return known;
    const call = next(request);
    scope.calls.set(key, call);
    return call;
  };
