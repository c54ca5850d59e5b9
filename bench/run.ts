/**
 * `npm run bench`: the gateway against every simulator on loopback, in one run.
 *
 * 1. Upstream requests for a page of 50 tickets with requester { name email } and assignee { name }.
 * 2. Latency over simulated upstream latency: the same query with the simulator answering after
 *    LATENCY_MS, as a multiple of LATENCY_MS (the number of sequential upstream round trips it costs).
 * 3. Throughput: queries per second through the gateway over HTTP, as a ratio of the simulator's own
 *    list endpoint hit directly, both measured here, so the machine's speed cancels out.
 *
 * Figures are printed as a Markdown table; the README quotes the last run.
 */
import { performance } from 'node:perf_hooks';
import { startDemo } from '../src/demo.js';

const LATENCY_MS = 40;
const LATENCY_RUNS = 15;
const THROUGHPUT_REQUESTS = 400;
const CONCURRENCY = 16;

const QUERY = `query($c: ID!) { tickets(connectionId: $c, first: 50) { edges { node { id subject requester { name email } assignee { name } } } } }`;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: 'bench-read-token-0123456789' });
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

const rows: string[] = [];
try {
  for (const { kind, running } of demo.simulators.simulators) {
    const connectionId = `demo-${kind.kind}`;
    await control(running.url, 'reset');
    await query(connectionId);
    const stats = (await (await fetch(`${running.url}/_sim/stats`)).json()) as { total: number; byRoute: Record<string, number> };

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
    const demoConnection = kind.demoConnection(running);
    const headers = kind.kind === 'rest' ? { authorization: `Bearer ${String(demoConnection.credentials['apiKey'])}` } : undefined;
    const directRate =
      kind.kind === 'rest'
        ? await rate(THROUGHPUT_REQUESTS, CONCURRENCY, async () => {
            const response = await fetch(`${demoConnection.baseUrl}/tickets?limit=50`, { headers });
            await response.arrayBuffer();
          })
        : NaN;
    await control(running.url, 'reset');

    rows.push(
      `| ${kind.kind} | ${stats.total} (${Object.entries(stats.byRoute)
        .map(([route, count]) => `${route} ×${count}`)
        .join(', ')}) | ${(median(latencies) / LATENCY_MS).toFixed(2)}× | ${gatewayRate.toFixed(0)}/s${
        Number.isNaN(directRate) ? '' : ` (${((gatewayRate / directRate) * 100).toFixed(0)}% of the bare upstream list call)`
      } |`,
    );
  }
} finally {
  await demo.close();
}

process.stdout.write(
  [
    `Page of 50 tickets with requester { name email } and assignee { name }; upstream latency ${LATENCY_MS} ms for the latency column;`,
    `${THROUGHPUT_REQUESTS} queries, ${CONCURRENCY} in flight, no added latency, for throughput.`,
    '',
    '| kind | upstream requests | median latency / upstream latency | throughput |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
