/**
 * `npm run bench -- soak`: the demo under 64 concurrent clients, with upstream faults switched on and
 * off and hostile queries mixed in, to show that one client cannot hurt the others.
 *
 * Two phases run the same fault schedule: a baseline with ordinary clients only, then the soak proper,
 * where 8 of the 64 clients send hostile requests (the ones from the safety report: deep nesting, nested
 * connections, alias bombs, a 3,000-deep document, a 2 MB body, no token). The ordinary queries' p99 is
 * compared across the two phases. The gateway (with the simulators) runs in a child process
 * (bench/soak-gateway.ts) whose memory is sampled each second after a full collection, so the figures
 * are the gateway's own and say what it keeps, not the garbage it happens to carry.
 *
 * SOAK_SECONDS (default 60) and BASELINE_SECONDS (default 20) shorten it for a quick look.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PEOPLE } from '../src/simulators/people.js';
import { SOAK_TOKENS } from './soak-tokens.js';
import { quantile } from './support.js';

const CLIENTS = 64;
const HOSTILE_CLIENTS = 8;
const SOAK_SECONDS = Number(process.env['SOAK_SECONDS'] ?? 60);
const BASELINE_SECONDS = Number(process.env['BASELINE_SECONDS'] ?? 20);
const FAULT_PERIOD_MS = 5000;
const HOSTILE_TOKEN = SOAK_TOKENS.hostile;

interface Ready {
  type: 'ready';
  url: string;
  simulators: Record<string, string>;
}
interface Memory {
  type: 'memory';
  rss: number;
  heapUsed: number;
}

/** The gateway (with the simulators) runs in its own process, so its memory is measured alone. */
const child: ChildProcess = fork(fileURLToPath(new URL('./soak-gateway.ts', import.meta.url)), {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const nextMessage = <T extends { type: string }>(type: T['type']): Promise<T> =>
  new Promise((resolve) => {
    const listener = (message: T) => {
      if (message.type !== type) return;
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
  });
const ready = await nextMessage<Ready>('ready');
/** The gateway process's memory: after a full collection when asked for `collected`. */
const memoryOf = async (): Promise<Memory> => {
  const answer = nextMessage<Memory>('memory');
  child.send({ type: 'memory' });
  return answer;
};
const demo = { url: ready.url, tokens: { read: SOAK_TOKENS.read } };
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
  const found = ready.simulators[kind];
  if (!found) throw new Error(`no ${kind} simulator`);
  return found;
};
const control = (kind: string, action: 'reset' | 'faults', body: unknown = {}) =>
  fetch(`${simulatorUrl(kind)}/_sim/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const rss = { start: 0, peak: 0, end: 0 };
const heap = { start: 0, end: 0 };
/** Every sample collects first, so RSS and heap say what the gateway keeps, not the garbage it carries. */
const sampleRss = async (): Promise<Memory> => {
  const memory = await memoryOf();
  rss.peak = Math.max(rss.peak, memory.rss);
  return memory;
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
  const sampler = setInterval(() => void sampleRss(), 1000);
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
  await Promise.all(Object.keys(ready.simulators).map((kind) => control(kind, 'reset')));
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
  const start = await sampleRss();
  [rss.start, rss.peak, heap.start] = [start.rss, start.rss, start.heapUsed];
  const baseline = await phase(BASELINE_SECONDS, false);
  const soak = await phase(SOAK_SECONDS, true);
  const end = await sampleRss();
  [rss.end, heap.end] = [end.rss, end.heapUsed];
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
      `- RSS: start ${mb(rss.start)}, peak ${mb(rss.peak)}, end ${mb(rss.end)} (end / start ${(rss.end / rss.start).toFixed(2)}×) of the gateway process (with the simulators), sampled each second after a full collection`,
      `- JS heap in use: start ${mb(heap.start)}, end ${mb(heap.end)} (end / start ${(heap.end / heap.start).toFixed(2)}×)`,
      '',
    ].join('\n'),
  );
} finally {
  child.send({ type: 'close' });
}
