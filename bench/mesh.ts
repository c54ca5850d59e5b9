/**
 * `npm run bench -- mesh`: deskgraph against GraphQL Mesh v1 (mesh-compose over the simulator's
 * OpenAPI document, served by Hive Gateway), in one run, over the same `rest` simulator and the same
 * inbox query: a page of 20 tickets with the requester's name and email and the assignee's name.
 *
 * Mesh and Hive Gateway are installed on demand into bench/mesh/ (its own package.json and lockfile),
 * so the main install stays small. deskgraph is built first and runs from dist/ with plain node, as
 * the published package runs (no TypeScript loader). Each gateway runs in its own process, whose CPU time and resident
 * memory (with any child processes) are read from /proc. Their answers are compared before any timing
 * counts. Then, for each gateway, upstream latency 0 and 20 ms, 1 and 32 clients (autocannon):
 * req/s, p50, p95, upstream requests per query (from the simulator's counts), CPU ms per query and
 * peak RSS. deskgraph runs twice: with its record cache off (every query cold) and on, warmed first.
 *
 * BENCH_SECONDS (default 8) sets each cell's measured time, after 2 s of warm-up; each process is
 * first run for 10 s under 32 clients and 10 s under 1, so that no cell measures the JIT compiling. Last, a bare
 * graphql-yoga server answering `{ __typename }` is measured the same way: the machine's yardstick,
 * so that CPU figures from different machines can be set side by side. And a bare proxy hop
 * (bench/proxy-hop.mjs: graphql-yoga making the one upstream call, no validation, loaders or limits)
 * is measured in every cell: the floor of CPU per query for any gateway over this upstream here.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { REST_DEMO_API_KEY, startRestSimulator } from '../src/simulators/rest/index.js';
import { simControl } from '../test/support/sim-control.js';
import { BENCH_TOKEN, DESKGRAPH_QUERY, PAGE_SIZE, deskgraphRows, type InboxRow } from './mesh-support.js';
import { quantile } from './support.js';

const MESH_DIR = fileURLToPath(new URL('./mesh/', import.meta.url));
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const WARMUP_SECONDS = 2;
/**
 * Before its first cell, each gateway process runs this long under 32 clients and again under 1, so
 * that no cell measures the JIT compiling: after 5 s under 32 clients, V8's compiler threads still
 * took a fifth of deskgraph's CPU in the first 1-client cell.
 */
const PROCESS_WARMUP_SECONDS = 10;
const LATENCIES = [0, 20];
const CLIENTS = [1, 32];

// --- Mesh and Hive Gateway, installed on demand ---------------------------------------------------

if (!existsSync(`${MESH_DIR}node_modules/.bin/hive-gateway`)) {
  process.stderr.write('Installing GraphQL Mesh and Hive Gateway into bench/mesh/ (once)…\n');
  execFileSync('npm', [existsSync(`${MESH_DIR}package-lock.json`) ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: MESH_DIR, stdio: 'inherit' });
}
const requireFromMesh = createRequire(`${MESH_DIR}package.json`);

// deskgraph runs from dist/, as the published package does: build it from this checkout first.
process.stderr.write('Building deskgraph (npm run build)…\n');
execFileSync('npm', ['run', 'build'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'ignore', 'inherit'] });

interface AutocannonResult {
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
const autocannon = requireFromMesh('autocannon') as Autocannon;

const MESH_QUERY = `query Inbox { listTickets(limit: ${PAGE_SIZE}, order_by: created_at, order_dir: desc) {
  ... on listTickets_200_response { data { subject customer { email details { ... on getCustomer_200_response { data { name } } } } assignee { name } } } } }`;

interface MeshTicket {
  subject: string | null;
  customer: { email: string | null; details: { data?: { name: string | null } } | null } | null;
  assignee: { name: string | null } | null;
}
const meshRows = (answer: unknown): InboxRow[] => {
  const { data, errors } = answer as { data?: { listTickets: { data?: MeshTicket[] } }; errors?: unknown[] };
  if (errors || !data?.listTickets.data) throw new Error(`Mesh answered errors: ${JSON.stringify(errors ?? data)}`);
  return data.listTickets.data.map((ticket) => ({
    subject: ticket.subject,
    requesterName: ticket.customer?.details?.data?.name ?? null,
    requesterEmail: ticket.customer?.email ?? null,
    assigneeName: ticket.assignee?.name ?? null,
  }));
};

// --- processes ------------------------------------------------------------------------------------

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** A process and its descendants, read from /proc. */
const treeOf = (pid: number): number[] => {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return [pid, ...children.flatMap(treeOf)];
};
const cpuMsOf = (pid: number): number =>
  treeOf(pid).reduce((sum, one) => {
    const stat = readFileSync(`/proc/${one}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  }, 0);
const rssMbOf = (pid: number): number =>
  treeOf(pid).reduce((sum, one) => {
    const line = readFileSync(`/proc/${one}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return sum + Number(line?.[1] ?? 0) / 1024;
  }, 0);

interface Target {
  name: string;
  url: string;
  pid: number;
  query: string;
  headers: Record<string, string>;
  rows(answer: unknown): InboxRow[];
  stop(): Promise<void>;
}

const waitFor = async (check: () => Promise<boolean>, what: string): Promise<void> => {
  for (let i = 0; i < 300; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start`);
};
const exited = (child: ChildProcess): Promise<void> => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

const startDeskgraph = async (restUrl: string, cache: 'on' | 'off'): Promise<Target> => {
  // The compiled package (built above), with plain node: as `deskgraph serve` runs it.
  const child = fork(fileURLToPath(new URL('./mesh-deskgraph.mjs', import.meta.url)), {
    execArgv: [],
    // As Hive Gateway runs below: graphql-js skips its development-only checks in production.
    env: { ...process.env, REST_URL: restUrl, REST_API_KEY: REST_DEMO_API_KEY, CACHE: cache, BENCH_TOKEN, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`deskgraph exited with ${code}`)));
  });
  return {
    name: cache === 'on' ? 'deskgraph, warm cache' : 'deskgraph, cache off',
    url,
    pid: child.pid as number,
    query: DESKGRAPH_QUERY,
    headers: { authorization: `Bearer ${BENCH_TOKEN}` },
    rows: deskgraphRows,
    stop: async () => {
      child.send({ type: 'close' });
      await exited(child);
    },
  };
};

const freePort = async (): Promise<number> => {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
};

const startMesh = async (restUrl: string): Promise<Target> => {
  const env = { ...process.env, REST_URL: restUrl, REST_API_KEY: REST_DEMO_API_KEY };
  // Not execFileSync: the simulator it reads the OpenAPI document from runs in this process.
  const compose = spawn(`${MESH_DIR}node_modules/.bin/mesh-compose`, ['-o', 'supergraph.graphql'], { cwd: MESH_DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await exited(compose);
  if (compose.exitCode !== 0) throw new Error(`mesh-compose exited with ${compose.exitCode}`);
  const port = await freePort();
  // One process, as deskgraph is: no worker forks.
  const child = spawn(`${MESH_DIR}node_modules/.bin/hive-gateway`, ['supergraph', 'supergraph.graphql', '--port', String(port), '--host', '127.0.0.1', '--fork', '1'], {
    cwd: MESH_DIR,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/healthcheck`)).ok, 'Hive Gateway');
  return {
    name: 'Mesh (Hive Gateway)',
    url,
    pid: child.pid as number,
    query: MESH_QUERY,
    headers: {},
    rows: meshRows,
    stop: async () => {
      child.kill();
      await exited(child);
    },
  };
};

/** A yardstick process (a bare graphql-yoga server of bench/), which tells its parent where it listens. */
const startYardstick = async (
  script: string,
  name: string,
  query: string,
  rows: (answer: unknown) => InboxRow[],
  env: Record<string, string> = {},
): Promise<Target> => {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), {
    execArgv: [],
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
  return {
    name,
    url,
    pid: child.pid as number,
    query,
    headers: {},
    rows,
    stop: async () => {
      child.send({ type: 'close' });
      await exited(child);
    },
  };
};

/** The machine's yardstick: a bare graphql-yoga server answering `{ __typename }` (bench/yoga-baseline.mjs). */
const startYogaBaseline = (): Promise<Target> => startYardstick('./yoga-baseline.mjs', 'bare graphql-yoga, { __typename }', '{ __typename }', () => []);

/**
 * The floor of one proxy hop (bench/proxy-hop.mjs): graphql-yoga, one undici call, JSON.parse and a
 * map, for the fields the listing carries. Its answer is checked to hold the page.
 */
const startProxyHop = (restUrl: string): Promise<Target> =>
  startYardstick(
    './proxy-hop.mjs',
    'bare proxy hop',
    `{ tickets(first: ${PAGE_SIZE}) { edges { node { subject requester { email } assignee { name } } } } }`,
    (answer) => {
      const edges = (answer as { data?: { tickets?: { edges?: unknown[] } } }).data?.tickets?.edges;
      if (edges?.length !== PAGE_SIZE) throw new Error(`the bare proxy hop answered ${JSON.stringify(answer).slice(0, 200)}`);
      return [];
    },
    { REST_URL: restUrl, REST_API_KEY: REST_DEMO_API_KEY },
  );

// --- measuring ------------------------------------------------------------------------------------

const ask = async (target: Target): Promise<InboxRow[]> => {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.query }),
  });
  return target.rows(await response.json());
};

interface Cell {
  target: string;
  latencyMs: number;
  clients: number;
  rps: number;
  p50: number;
  p95: number;
  upstreamPerQuery: number;
  cpuMsPerQuery: number;
  peakRssMb: number;
}

const load = (target: Target, clients: number, seconds: number): Promise<{ latencies: number[]; seconds: number }> =>
  new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: `${target.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...target.headers },
        body: JSON.stringify({ query: target.query }),
        connections: clients,
        duration: seconds,
      },
      (error, result) => {
        if (error) return reject(error);
        if (result.non2xx + result.errors + result.timeouts > 0) {
          return reject(new Error(`${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`));
        }
        resolve({ latencies, seconds: result.duration });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });

const measure = async (target: Target, sim: ReturnType<typeof simControl>, latencyMs: number, clients: number): Promise<Cell> => {
  await sim.faults({ latencyMs, rateLimits: { '*': { requests: 1_000_000_000, windowMs: 1000 } } });
  await load(target, clients, WARMUP_SECONDS);
  const before = { upstream: (await sim.stats()).total, cpu: cpuMsOf(target.pid) };
  let peakRssMb = rssMbOf(target.pid);
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rssMbOf(target.pid))), 100);
  const { latencies, seconds } = await load(target, clients, SECONDS);
  clearInterval(sampler);
  const queries = latencies.length;
  const after = { upstream: (await sim.stats()).total, cpu: cpuMsOf(target.pid) };
  // The answers stay right under load.
  await ask(target);
  return {
    target: target.name,
    latencyMs,
    clients,
    rps: queries / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    upstreamPerQuery: (after.upstream - before.upstream) / queries,
    cpuMsPerQuery: (after.cpu - before.cpu) / queries,
    peakRssMb,
  };
};

/** The median time of one upstream round trip (a page of tickets, asked directly) at `latencyMs`. */
const roundTripMs = async (restUrl: string, sim: ReturnType<typeof simControl>, latencyMs: number): Promise<number> => {
  await sim.faults({ latencyMs, rateLimits: { '*': { requests: 1_000_000_000, windowMs: 1000 } } });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const response = await fetch(`${restUrl}/api/v1/tickets?limit=${PAGE_SIZE}`, { headers: { authorization: `Bearer ${REST_DEMO_API_KEY}` } });
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return quantile(times, 0.5);
};

// --- the run --------------------------------------------------------------------------------------

const rest = await startRestSimulator();
const sim = simControl(rest.url);
const cells: Cell[] = [];
const baseline: Cell[] = [];
const hops: Cell[] = [];
const requestsOnce: Record<string, number> = {};
let reference: InboxRow[] | undefined;
let roundTrip = Number.NaN;
try {
  roundTrip = await roundTripMs(rest.url, sim, 20);
  for (const start of [() => startMesh(rest.url), () => startDeskgraph(rest.url, 'off'), () => startDeskgraph(rest.url, 'on')]) {
    await sim.faults({ rateLimits: { '*': { requests: 1_000_000_000, windowMs: 1000 } } });
    const target = await start();
    try {
      const before = (await sim.stats()).total;
      const rows = await ask(target);
      requestsOnce[target.name] = (await sim.stats()).total - before;
      reference ??= rows;
      if (JSON.stringify(rows) !== JSON.stringify(reference)) {
        throw new Error(`${target.name} answered differently:\n${JSON.stringify(rows, null, 1)}\nvs\n${JSON.stringify(reference, null, 1)}`);
      }
      if (rows.length !== PAGE_SIZE || rows.some((row) => row.requesterName === null)) throw new Error(`${target.name}: incomplete answer`);
      await sim.faults({ latencyMs: 0, rateLimits: { '*': { requests: 1_000_000_000, windowMs: 1000 } } });
      await load(target, 32, PROCESS_WARMUP_SECONDS);
      await load(target, 1, PROCESS_WARMUP_SECONDS);
      for (const latencyMs of LATENCIES) {
        for (const clients of CLIENTS) {
          const cell = await measure(target, sim, latencyMs, clients);
          process.stderr.write(`${JSON.stringify(cell)}\n`);
          cells.push(cell);
        }
      }
    } finally {
      await target.stop();
    }
  }
  const yardstick = await startYogaBaseline();
  try {
    await load(yardstick, 32, PROCESS_WARMUP_SECONDS);
    await load(yardstick, 1, PROCESS_WARMUP_SECONDS);
    for (const clients of CLIENTS) baseline.push(await measure(yardstick, sim, 0, clients));
  } finally {
    await yardstick.stop();
  }
  await sim.faults({ latencyMs: 0, rateLimits: { '*': { requests: 1_000_000_000, windowMs: 1000 } } });
  const proxyHop = await startProxyHop(rest.url);
  try {
    await ask(proxyHop);
    await load(proxyHop, 32, PROCESS_WARMUP_SECONDS);
    await load(proxyHop, 1, PROCESS_WARMUP_SECONDS);
    for (const latencyMs of LATENCIES) for (const clients of CLIENTS) hops.push(await measure(proxyHop, sim, latencyMs, clients));
  } finally {
    await proxyHop.stop();
  }
} finally {
  await rest.close();
}

const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const cellOf = (target: string, latencyMs: number, clients: number): Cell | undefined =>
  cells.find((cell) => cell.target === target && cell.latencyMs === latencyMs && cell.clients === clients);
const targets = [...new Set(cells.map((cell) => cell.target))];
const rows = LATENCIES.flatMap((latencyMs) =>
  CLIENTS.flatMap((clients) =>
    targets.map((target) => {
      const cell = cellOf(target, latencyMs, clients) as Cell;
      const mesh = cellOf('Mesh (Hive Gateway)', latencyMs, clients) as Cell;
      return `| ${latencyMs} ms | ${clients} | ${target} | ${fixed(cell.rps, 0)} (${fixed(cell.rps / mesh.rps, 2)}× Mesh) | ${fixed(cell.p50)} | ${fixed(cell.p95)} | ${fixed(cell.upstreamPerQuery, 2)} | ${fixed(cell.cpuMsPerQuery, 2)} | ${fixed(cell.peakRssMb, 0)} |`;
    }),
  ),
);
process.stdout.write(
  [
    `Page of ${PAGE_SIZE} tickets with requester { name email } and assignee { name }, over one \`rest\` simulator; ${SECONDS} s per cell after ${WARMUP_SECONDS} s of warm-up.`,
    `One upstream round trip at 20 ms latency, asked directly: ${fixed(roundTrip)} ms, so the floor for a query is ${fixed(2 * roundTrip)} ms cold (the list, then the requesters) and ${fixed(roundTrip)} ms warm.`,
    `Upstream requests for one query on a fresh process: ${Object.entries(requestsOnce).map(([name, count]) => `${name} ${count}`).join(', ')}.`,
    `This machine's yardstick, a bare graphql-yoga server answering \`{ __typename }\`: ${baseline.map((cell) => `${fixed(cell.cpuMsPerQuery, 2)} ms CPU per query at ${cell.clients} client${cell.clients === 1 ? '' : 's'} (${fixed(cell.rps, 0)} req/s)`).join(', ')}.`,
    '',
    '| upstream latency | clients | gateway | req/s | p50 ms | p95 ms | upstream requests / query | CPU ms / query | peak RSS MB |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Against the floor of one proxy hop on this machine (a bare graphql-yoga server making the one upstream call, bench/proxy-hop.mjs), in the same run:',
    '',
    '| upstream latency | clients | bare proxy hop: CPU ms / query | deskgraph, warm cache: CPU ms / query | deskgraph ÷ hop |',
    '|---|---|---|---|---|',
    ...LATENCIES.flatMap((latencyMs) =>
      CLIENTS.map((clients) => {
        const hop = hops.find((cell) => cell.latencyMs === latencyMs && cell.clients === clients) as Cell;
        const warm = cellOf('deskgraph, warm cache', latencyMs, clients) as Cell;
        return `| ${latencyMs} ms | ${clients} | ${fixed(hop.cpuMsPerQuery, 2)} | ${fixed(warm.cpuMsPerQuery, 2)} | ${fixed(warm.cpuMsPerQuery / hop.cpuMsPerQuery, 2)}× |`;
      }),
    ),
    '',
  ].join('\n'),
);
