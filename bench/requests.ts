/**
 * `npm run bench` (the default scenario): the gateway against every simulator on loopback, in one run.
 *
 * 1. Upstream requests for a page of 50 tickets with requester { name email } and assignee { name }:
 *    cold (the connection's first query) and warm (the same query again, with the record cache).
 * 2. Latency over simulated upstream latency: the same query with the simulator answering after
 *    LATENCY_MS, as a multiple of LATENCY_MS (the number of sequential upstream round trips it costs).
 * 3. Throughput: queries per second through the gateway over HTTP, as a ratio of the same upstream
 *    work done by calling the connector directly (list, then requesters and assignees by id), both
 *    measured here, so the machine's speed cancels out and what remains is the gateway's own cost.
 *
 * Figures are printed as a Markdown table; the README quotes the last run.
 */
import { performance } from 'node:perf_hooks';
import type { Connector } from '../src/connectors/connector.js';
import { demoConfig, startDemo } from '../src/demo.js';
import { createRuntime } from '../src/runtime.js';
import { quantile, unlimitedTokens } from './support.js';

const LATENCY_MS = 40;
const LATENCY_RUNS = 15;
const THROUGHPUT_REQUESTS = 400;
const CONCURRENCY = 16;

const QUERY = `query($c: ID!) { tickets(connectionId: $c, first: 50) { edges { node { id subject requester { name email } assignee { name } } } } }`;

const median = (values: number[]): number => quantile(values, 0.5);

interface SimStats {
  total: number;
  byRoute: Record<string, number>;
}
const statsOf = async (url: string): Promise<SimStats> => (await (await fetch(`${url}/_sim/stats`)).json()) as SimStats;
/** The requests served between two readings of the counts. */
const requestsBetween = (before: SimStats, after: SimStats): SimStats => ({
  total: after.total - before.total,
  byRoute: Object.fromEntries(
    Object.entries(after.byRoute)
      .map(([route, count]) => [route, count - (before.byRoute[route] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  ),
});
const describe = (stats: SimStats): string =>
  `${stats.total} (${Object.entries(stats.byRoute)
    .map(([route, count]) => `${route} ×${count}`)
    .join(', ')})`;

// The benchmark is one client sending as fast as it can: its token may.
const demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: 'bench-read-token-0123456789' }, unlimitedTokens);
const query = async (connectionId: string): Promise<void> => {
  const response = await fetch(`${demo.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${demo.tokens.read}` },
    body: JSON.stringify({ query: QUERY, variables: { c: connectionId } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${connectionId}: ${JSON.stringify(body.errors)}`);
};
const control = (url: string, action: string, body: unknown = {}) =>
  fetch(`${url}/_sim/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Runs `task` `total` times with `concurrency` in flight; answers per second. */
const rate = async (total: number, concurrency: number, task: () => Promise<unknown>): Promise<number> => {
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started++;
        await task();
      }
    }),
  );
  return total / ((performance.now() - begin) / 1000);
};

/** What the gateway does for QUERY, without GraphQL: one page, then the people it did not carry. */
const sameWorkDirect = async (connector: Connector): Promise<void> => {
  const page = await connector.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 50 } });
  const carriedContacts = new Set(page.included?.contacts?.map((contact) => contact.externalId));
  const carriedAgents = new Set(page.included?.agents?.map((agent) => agent.externalId));
  const requesters = new Set(page.edges.map((edge) => edge.node.requester?.externalId).filter((id): id is string => !!id && !carriedContacts.has(id)));
  const assignees = new Set(page.edges.map((edge) => edge.node.assigneeId).filter((id): id is string => !!id && !carriedAgents.has(id)));
  await Promise.all([
    requesters.size > 0 ? connector.getContacts([...requesters]) : undefined,
    assignees.size > 0 ? connector.getAgents([...assignees]) : undefined,
  ]);
};

const direct = createRuntime(demoConfig(demo.simulators.simulators, demo.tokens, 0, '127.0.0.1'));
const rows: string[] = [];
try {
  for (const { kind, running } of demo.simulators.simulators) {
    const connectionId = `demo-${kind.kind}`;
    await control(running.url, 'reset');
    // Cold: the connection's first query, nothing cached yet. Warm: the same query again.
    await query(connectionId);
    const stats = await statsOf(running.url);
    await query(connectionId);
    const warm = requestsBetween(stats, await statsOf(running.url));

    await control(running.url, 'faults', { latencyMs: LATENCY_MS });
    await query(connectionId); // warm the pool
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_RUNS; i++) {
      const start = performance.now();
      await query(connectionId);
      latencies.push(performance.now() - start);
    }
    // Throughput measures the gateway, not the simulators' rate limits.
    await control(running.url, 'faults', { rateLimits: { '*': { requests: 1_000_000_000, windowMs: 1000 } } });

    const gatewayRate = await rate(THROUGHPUT_REQUESTS, CONCURRENCY, () => query(connectionId));
    const connector = direct.connection(connectionId)?.connector;
    if (!connector) throw new Error(`no connector ${connectionId}`);
    const directRate = await rate(THROUGHPUT_REQUESTS, CONCURRENCY, () => sameWorkDirect(connector));
    await control(running.url, 'reset');

    rows.push(
      `| ${kind.kind} | ${describe(stats)} | ${describe(warm)} | ${(median(latencies) / LATENCY_MS).toFixed(2)}× | ${((gatewayRate / directRate) * 100).toFixed(0)}% (${gatewayRate.toFixed(0)}/s vs ${directRate.toFixed(0)}/s) |`,
    );
  }
} finally {
  await direct.close();
  await demo.close();
}

process.stdout.write(
  [
    `Page of 50 tickets with requester { name email } and assignee { name }; upstream latency ${LATENCY_MS} ms for the latency column;`,
    `${THROUGHPUT_REQUESTS} queries, ${CONCURRENCY} in flight, no added latency, for throughput.`,
    '',
    '| kind | upstream requests, cold | upstream requests, warm cache | median latency / upstream latency | throughput: gateway over HTTP / connector called directly |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
