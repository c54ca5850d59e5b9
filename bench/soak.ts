/**
 * `npm run bench -- soak`: the demo under 64 concurrent clients, with upstream faults switched on and
 * off and hostile queries mixed in, to show that one client cannot hurt the others.
 *
 * Two phases run the same fault schedule: a baseline with ordinary clients only, then the soak proper,
 * where 8 of the 64 clients send hostile requests (the ones from the safety report: deep nesting, nested
 * connections, alias bombs, a 3,000-deep document, a 2 MB body, no token). The ordinary queries' p99 is
 * compared across the two phases, and the process's RSS is sampled throughout.
 *
 * SOAK_SECONDS (default 60) and BASELINE_SECONDS (default 20) shorten it for a quick look.
 */
import { performance } from 'node:perf_hooks';
import { startDemo } from '../src/demo.js';
import { PEOPLE } from '../src/simulators/people.js';
import { quantile } from './support.js';

const CLIENTS = 64;
const HOSTILE_CLIENTS = 8;
const SOAK_SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
const BASELINE_SECONDS = Number(process.env['BASELINE_SECONDS'] ?? 20);
const FAULT_PERIOD_MS = 5000;
const HOSTILE_TOKEN = 'soak-hostile-token-0123456789';

const demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: 'soak-read-token-0123456789' }, (config) => ({
  ...config,
  // The ordinary clients share one token whose rate fits 56 busy clients; the hostile ones have their
  // own token at the default rate, so they meet the rate limit too.
  tokens: [
    ...config.tokens.map((token) => ({ ...token, limits: { requestsPerMinute: 1_000_000, burst: 100_000 } })),
    { id: 'soak-hostile', secret: HOSTILE_TOKEN, workspaces: ['demo'], access: 'read' as const },
  ],
}));
const endpoint = `${demo.url}/graphql`;

const ORDINARY = [
  '{ tickets(first: 20) { edges { node { subject status priority requester { name email } assignee { name } helpdesk { name } } } pageInfo { hasNextPage endCursor } } }',
  `{ contactByEmail(email: "${PEOPLE[1]?.email}") { name identities { externalId } helpdeskTickets(first: 10) { edges { node { subject status connectionId } } } } }`,
  '{ tickets(connectionId: "demo-zendesk", first: 10, filter: { statuses: [OPEN] }) { edges { node { subject messages(first: 5) { edges { node { bodyText } } } } } } }',
  '{ tickets(connectionId: "demo-rest", first: 25) { totalCount edges { node { subject requester { name } } } } }',
];

const nest = (levels: number, open: (i: number) => string, leaf: string): string => {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = `${open(i)} { ${inner} }`;
  return inner;
};

/** Hostile requests: [body, headers]. Each must be refused before it runs. */
const HOSTILE: { name: string; body: string; token: string | null }[] = [
  { name: 'viewer nest 50', body: JSON.stringify({ query: `{ viewer { workspaces { ${nest(50, (i) => (i % 2 ? 'workspace' : 'helpdesks'), 'name')} } } }` }), token: HOSTILE_TOKEN },
  {
    name: 'nested connections',
    body: JSON.stringify({
      query: '{ tickets(first: 100) { edges { node { requester { tickets(first: 100) { edges { node { requester { name } } } } } } } } }',
    }),
    token: HOSTILE_TOKEN,
  },
  { name: 'alias bomb', body: JSON.stringify({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: tickets { totalCount }`).join(' ')} }` }), token: HOSTILE_TOKEN },
  { name: 'deep document', body: JSON.stringify({ query: `{ viewer ${'{ a '.repeat(3000)}${'} '.repeat(3000)}}` }), token: HOSTILE_TOKEN },
  { name: '2 MB body', body: JSON.stringify({ query: '{ viewer { tokenId } }', padding: 'x'.repeat(2 * 1024 * 1024) }), token: HOSTILE_TOKEN },
  { name: 'no token', body: JSON.stringify({ query: '{ tickets(first: 100) { totalCount } }' }), token: null },
  { name: 'suggestion probe', body: JSON.stringify({ query: '{ tickts { totalCount } }' }), token: HOSTILE_TOKEN },
];

/** Faults switched on and off in turn, one simulator at a time. */
const FAULT_SCHEDULE: { kind: string; faults: Record<string, unknown> }[] = [
  { kind: 'rest', faults: {} },
  { kind: 'rest', faults: { latencyMs: 150 } },
  { kind: 'zendesk', faults: { errorStatus: 503, errorRate: 0.5 } },
  { kind: 'pylon', faults: { rateLimitBurst: { count: 30, retryAfterSeconds: 30 } } },
  { kind: 'plain', faults: { hang: true } },
  { kind: 'rest', faults: { malformed: true } },
  { kind: 'zendesk', faults: { reset: true, times: 20 } },
];

interface Tally {
  statuses: Map<number, number>;
  codes: Map<string, number>;
  ordinaryMs: number[];
  hostileMs: number[];
}
const tally = (): Tally => ({ statuses: new Map(), codes: new Map(), ordinaryMs: [], hostileMs: [] });
const bump = <K>(map: Map<K, number>, key: K): void => void map.set(key, (map.get(key) ?? 0) + 1);

const send = async (into: Tally, body: string, token: string | null, hostile: boolean): Promise<void> => {
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await response.text();
    bump(into.statuses, response.status);
    try {
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      for (const error of parsed.errors ?? []) bump(into.codes, error.extensions?.code ?? '(none)');
    } catch {
      bump(into.codes, '(not JSON)');
    }
  } catch {
    bump(into.statuses, 0);
  }
  (hostile ? into.hostileMs : into.ordinaryMs).push(performance.now() - started);
};

const simulatorUrl = (kind: string): string => {
  const found = demo.simulators.simulators.find((sim) => sim.kind.kind === kind);
  if (!found) throw new Error(`no ${kind} simulator`);
  return found.running.url;
};
const control = (kind: string, action: 'reset' | 'faults', body: unknown = {}) =>
  fetch(`${simulatorUrl(kind)}/_sim/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const rss = { start: 0, peak: 0, end: 0 };
const sampleRss = (): number => {
  const now = process.memoryUsage().rss;
  rss.peak = Math.max(rss.peak, now);
  return now;
};

/** Runs a phase for `seconds` with the fault schedule; hostile clients only when `hostile`. */
const phase = async (seconds: number, hostile: boolean): Promise<Tally> => {
  const into = tally();
  const until = performance.now() + seconds * 1000;
  let step = 0;
  const faults = setInterval(() => {
    const previous = FAULT_SCHEDULE[step % FAULT_SCHEDULE.length];
    const next = FAULT_SCHEDULE[++step % FAULT_SCHEDULE.length];
    void (async () => {
      if (previous) await control(previous.kind, 'reset');
      if (next) await control(next.kind, 'faults', next.faults);
    })();
  }, FAULT_PERIOD_MS);
  const sampler = setInterval(sampleRss, 250);
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const isHostile = hostile && client < HOSTILE_CLIENTS;
      for (let i = client; performance.now() < until; i++) {
        if (isHostile) {
          const request = HOSTILE[i % HOSTILE.length] as (typeof HOSTILE)[number];
          await send(into, request.body, request.token, true);
        } else {
          await send(into, JSON.stringify({ query: ORDINARY[i % ORDINARY.length] }), demo.tokens.read, false);
        }
      }
    }),
  );
  clearInterval(faults);
  clearInterval(sampler);
  await Promise.all(demo.simulators.simulators.map((sim) => control(sim.kind.kind, 'reset')));
  return into;
};

const describe = (label: string, result: Tally): string[] => [
  `### ${label}`,
  '',
  `- responses by status: ${[...result.statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`).join(', ')}`,
  `- errors by code: ${[...result.codes].sort(([, a], [, b]) => b - a).map(([code, n]) => `${code}: ${n}`).join(', ') || 'none'}`,
  `- ordinary queries: ${result.ordinaryMs.length}, p50 ${quantile(result.ordinaryMs, 0.5).toFixed(0)} ms, p99 ${quantile(result.ordinaryMs, 0.99).toFixed(0)} ms`,
  ...(result.hostileMs.length > 0
    ? [`- hostile requests: ${result.hostileMs.length}, p50 ${quantile(result.hostileMs, 0.5).toFixed(0)} ms, p99 ${quantile(result.hostileMs, 0.99).toFixed(0)} ms`]
    : []),
  '',
];

try {
  // Warm up (JIT, pools, GraphiQL-free paths) before the first RSS reading.
  await phase(3, true);
  rss.start = sampleRss();
  rss.peak = rss.start;
  const baseline = await phase(BASELINE_SECONDS, false);
  const soak = await phase(SOAK_SECONDS, true);
  rss.end = sampleRss();
  const fiveHundreds = [...soak.statuses, ...baseline.statuses].filter(([status]) => status >= 500 || status === 0).reduce((sum, [, n]) => sum + n, 0);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  process.stdout.write(
    [
      `Soak: ${CLIENTS} clients (${HOSTILE_CLIENTS} hostile in the soak phase), faults switched every ${FAULT_PERIOD_MS / 1000} s; baseline ${BASELINE_SECONDS} s, soak ${SOAK_SECONDS} s.`,
      '',
      ...describe('Baseline (ordinary clients only, same fault schedule)', baseline),
      ...describe('Soak (hostile clients mixed in)', soak),
      '### Summary',
      '',
      `- gateway 5xx or dropped connections: ${fiveHundreds}`,
      `- ordinary p99, soak / baseline: ${(quantile(soak.ordinaryMs, 0.99) / quantile(baseline.ordinaryMs, 0.99)).toFixed(2)}×`,
      `- RSS: start ${mb(rss.start)}, peak ${mb(rss.peak)}, end ${mb(rss.end)} (end / start ${(rss.end / rss.start).toFixed(2)}×); gateway, simulators and load generator share the process`,
      '',
    ].join('\n'),
  );
} finally {
  await demo.close();
}
