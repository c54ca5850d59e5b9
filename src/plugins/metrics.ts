import type { Plugin } from 'graphql-yoga';
import { boundedLabel, graphqlDuration, graphqlErrors, graphqlOperations, requestsInFlight } from '../observability/metrics.js';
import { factsOf } from './request-facts.js';

/** Operation names are the client's words: at most 200 distinct ones become labels, the rest `other`. */
const operationLabel = boundedLabel(200, /^[A-Za-z_][A-Za-z0-9_]{0,63}$/);
/** Codes are ours, yoga's and graphql-js's; the bound only guards against a surprise. */
const codeLabel = boundedLabel(64, /^[A-Z][A-Z0-9_]{0,63}$/);

/**
 * Counts GraphQL requests into the Prometheus metrics (src/observability/metrics.ts): in flight,
 * operations and their duration by name, type and outcome, and errors by code. Runs after
 * `useRequestFacts`, which says what each request was.
 */
export const useGraphQLMetrics = (endpoint: string): Plugin => ({
  onRequest: ({ url }) => {
    if (url.pathname === endpoint) requestsInFlight.inc();
  },
  onResponse: ({ request }) => {
    const facts = factsOf(request);
    if (!facts) return;
    requestsInFlight.dec();
    // The GraphiQL page and CORS preflights are no operations.
    if (!facts.outcome) return;
    const labels = {
      operation: facts.outcome === 'rejected' && !facts.type ? 'unknown' : operationLabel(facts.operation, 'anonymous'),
      type: facts.type ?? 'unknown',
      outcome: facts.outcome,
    };
    graphqlOperations.inc(labels);
    graphqlDuration.observe(labels, (performance.now() - facts.startedAt) / 1000);
    for (const code of facts.codes) graphqlErrors.inc({ code: codeLabel(code, 'INTERNAL_SERVER_ERROR') });
  },
});
