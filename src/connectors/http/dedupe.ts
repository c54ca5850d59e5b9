import { currentScope } from './scope.js';
import { isIdempotent, type Interceptor } from './types.js';

/**
 * Within one request, identical idempotent calls (the same list page asked by two fields, say) are
 * made once and share the answer. Writes are never shared, and a write to a connection forgets what
 * was read from it, so a read after it (a reply read back from the conversation) sees the change.
 */
export const dedupe =
  (connectionId: string): Interceptor =>
  (next) =>
  (request) => {
    const scope = currentScope();
    if (!scope) return next(request);
    if (!isIdempotent(request)) {
      scope.calls.delete(connectionId);
      return next(request);
    }
    let calls = scope.calls.get(connectionId);
    if (!calls) {
      calls = new Map();
      scope.calls.set(connectionId, calls);
    }
    const key = JSON.stringify([request.method, request.path, request.query ?? null, request.body ?? null]);
    const known = calls.get(key);
    if (known) return known;
    const call = next(request);
    calls.set(key, call);
    return call;
  };
