import type { Plugin } from 'graphql-yoga';
import { upstreamCallsOf } from '../connectors/http/telemetry.js';
import { logger } from '../observability/log.js';
import { principalOf } from '../protection/authenticate.js';
import { factsOf } from './request-facts.js';
import { requestIdOf } from './request-id.js';

/**
 * One JSON line per GraphQL request: its id, the token's id (never its secret), the operation, the
 * status and outcome with error codes, the duration, and the upstream calls it made (connection,
 * route template, status, ms; the first 50, and how many in all). Info level; warn for a 5xx.
 * Nothing of the query, its variables or any upstream body is logged.
 */
export const useRequestLog = (): Plugin => ({
  onResponse: ({ request, response }) => {
    const facts = factsOf(request);
    if (!facts) return;
    const upstream = facts.upstream ? upstreamCallsOf(facts.upstream) : { calls: [], total: 0 };
    const line = {
      requestId: requestIdOf(request),
      tokenId: principalOf(request)?.tokenId,
      operation: facts.operation,
      type: facts.type,
      status: response.status,
      outcome: facts.outcome,
      codes: facts.codes.length > 0 ? [...new Set(facts.codes)] : undefined,
      durationMs: Math.round(performance.now() - facts.startedAt),
      upstreamCalls: upstream.total,
      upstream: upstream.calls,
    };
    if (response.status >= 500) logger().warn(line, 'request');
    else logger().info(line, 'request');
  },
});
