import { trace } from '@opentelemetry/api';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's Prometheus metrics: one registry per process (Prometheus scrapes processes), holding
 * the process defaults (CPU, memory, GC, event-loop lag) and the gateway's own series below. Every
 * label value is bounded: connection ids and kinds come from the config, routes are templates
 * (src/observability/route-template.ts), statuses and error codes are short known sets, and what a
 * client names (operation names) goes through `boundedLabel`.
 */
export const registry = new Registry();
// Event-loop delay sampled every 100 ms, not prom-client's 10: its timer wakes the process at that
// rate even when idle, which cost 7 ms of CPU a second here (0.2 ms a query at 40 queries a second).
collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 100 });

/** Seconds; upstream calls and GraphQL operations both sit between a few ms and the 10 s deadline. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const graphqlOperations = new Counter({
  name: 'deskgraph_graphql_operations_total',
  help: 'GraphQL operations executed, by operation name, type and outcome (ok, partial: data with errors, error: no data).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});

export const graphqlDuration = new Histogram({
  name: 'deskgraph_graphql_operation_duration_seconds',
  help: 'Time from receiving a GraphQL request to its response, by operation name, type and outcome.',
  labelNames: ['operation', 'type', 'outcome'] as const,
  buckets: DURATION_BUCKETS,
  registers: [registry],
});

export const graphqlExecutions = new Counter({
  name: 'deskgraph_graphql_executions_total',
  help: 'GraphQL queries and mutations executed, by executor: `compiled` (a hot query run as code of its own) or `standard` (graphql-js).',
  labelNames: ['executor'] as const,
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'deskgraph_graphql_errors_total',
  help: 'Errors in GraphQL responses (and requests refused before execution), by extensions.code.',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const requestsInFlight = new Gauge({
  name: 'deskgraph_graphql_requests_in_flight',
  help: 'GraphQL requests being answered now.',
  registers: [registry],
});

export const upstreamRequests = new Counter({
  name: 'deskgraph_upstream_requests_total',
  help: 'HTTP requests sent to upstreams (each retry counts), by connection, kind, route template and status (or timeout, unreachable, cancelled).',
  labelNames: ['connection', 'kind', 'route', 'status'] as const,
  registers: [registry],
});

export const upstreamDuration = new Histogram({
  name: 'deskgraph_upstream_request_duration_seconds',
  help: 'Time an upstream took to answer one HTTP request (headers and body), by connection, kind and route template.',
  labelNames: ['connection', 'kind', 'route'] as const,
  buckets: DURATION_BUCKETS,
  registers: [registry],
});

export const upstreamInFlight = new Gauge({
  name: 'deskgraph_upstream_requests_in_flight',
  help: 'HTTP requests to upstreams waiting for their answer now, by connection.',
  labelNames: ['connection'] as const,
  registers: [registry],
});

export const upstreamBudgetRemaining = new Gauge({
  name: 'deskgraph_upstream_budget_remaining',
  help: "Requests left in a connection's upstream budget for the current minute, as of its last call: `budget` is `account` or a route template with a budget of its own.",
  labelNames: ['connection', 'budget'] as const,
  registers: [registry],
});

export const upstreamRateLimited = new Counter({
  name: 'deskgraph_upstream_rate_limited_total',
  help: 'Upstream answers of 429 Too Many Requests, by connection.',
  labelNames: ['connection'] as const,
  registers: [registry],
});

export const upstreamRetries = new Counter({
  name: 'deskgraph_upstream_retries_total',
  help: 'Upstream requests sent again after a 429 or a transient failure, by connection.',
  labelNames: ['connection'] as const,
  registers: [registry],
});

export const cacheLookups = new Counter({
  name: 'deskgraph_cache_lookups_total',
  help: 'Shared-cache lookups, by record type and result (hit, stale: answered and refreshed, or miss).',
  labelNames: ['record', 'result'] as const,
  registers: [registry],
});

export const subscriptionsOpen = new Gauge({
  name: 'deskgraph_subscriptions_open',
  help: 'GraphQL subscriptions open now, by subscription field.',
  labelNames: ['field'] as const,
  registers: [registry],
});

/**
 * `count` cache lookups with one outcome, for the shared cache to report (record: `contacts`,
 * `agents`, …): counted, and an event on the span running (an upstream call's, or the operation's).
 * A batch reports once per outcome, not once per id.
 */
export const recordCacheLookup = (record: string, result: 'hit' | 'stale' | 'miss', count = 1): void => {
  if (count <= 0) return;
  cacheLookups.inc({ record, result }, count);
  trace.getActiveSpan()?.addEvent(`cache.${result}`, { 'deskgraph.cache.record': record, 'deskgraph.cache.count': count });
};

/** Counts a subscription open until the returned function is called. */
export const trackSubscription = (field: string): (() => void) => {
  subscriptionsOpen.inc({ field });
  let open = true;
  return () => {
    if (open) subscriptionsOpen.dec({ field });
    open = false;
  };
};

/** The numeric value of each circuit state in `deskgraph_upstream_circuit_state`. */
export const CIRCUIT_STATES = { closed: 0, 'half-open': 1, open: 2 } as const;

/** What each live connection reports when scraped; registered by the runtime, removed on close. */
export interface ConnectionGauges {
  connection: string;
  circuit(): keyof typeof CIRCUIT_STATES;
}

const connectionGauges = new Set<ConnectionGauges>();

new Gauge({
  name: 'deskgraph_upstream_circuit_state',
  help: 'Each connection\'s circuit breaker: 0 closed, 1 half-open (one probe allowed), 2 open (calls fail at once).',
  labelNames: ['connection'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const gauges of connectionGauges) this.set({ connection: gauges.connection }, CIRCUIT_STATES[gauges.circuit()]);
  },
});

/** Reports a connection's gauges until the returned function is called. */
export const registerConnectionGauges = (gauges: ConnectionGauges): (() => void) => {
  connectionGauges.add(gauges);
  return () => void connectionGauges.delete(gauges);
};

/**
 * Keeps a client-chosen label value bounded: values outside `pattern`, and new values once `max`
 * distinct ones were seen, become `other`.
 */
export const boundedLabel = (max: number, pattern: RegExp): ((value: string | undefined, fallback: string) => string) => {
  const seen = new Set<string>();
  return (value, fallback) => {
    if (value === undefined || value === '') return fallback;
    if (!pattern.test(value)) return 'other';
    if (seen.has(value)) return value;
    if (seen.size >= max) return 'other';
    seen.add(value);
    return value;
  };
};
