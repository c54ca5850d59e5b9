import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_DEMO_API_KEY, startRestSimulator, type RunningRestSimulator } from '../../src/simulators/rest/index.js';
import { startProcess, type ServeProcess } from '../support/serve-process.js';
import { simControl } from '../support/sim-control.js';

/**
 * `deskgraph serve` as a real process, its config named by DESKGRAPH_CONFIG: SIGHUP reloads the file
 * (a bad one is refused and the old config kept), and SIGTERM drains: a slow query in flight finishes
 * while `/ready` already answers 503, then the process exits 0.
 */
const FIRST = 'first-token-0123456789';
const SECOND = 'second-token-0123456789';

const configWith = (simUrl: string, secret: string) => `server: { port: 0, drainTimeoutMs: 20000 }
workspaces:
  - id: acme
    connections:
      - { id: acme-rest, kind: rest, name: Support, baseUrl: "${simUrl}/api/v1", credentials: { apiKey: "${REST_DEMO_API_KEY}" } }
tokens:
  - { id: reader, secret: "${secret}", workspaces: [acme] }
`;

describe('deskgraph serve lifecycle', { timeout: 120_000 }, () => {
  let sim: RunningRestSimulator;
  let serve: ServeProcess;
  let file: string;
  let url: string;
  const ask = (token: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ tickets(connectionId: "acme-rest", first: 1) { edges { node { subject } } } }' }),
    });

  beforeAll(async () => {
    sim = await startRestSimulator();
    file = join(await mkdtemp(join(tmpdir(), 'deskgraph-lifecycle-')), 'deskgraph.yaml');
    await writeFile(file, configWith(sim.url, FIRST));
    serve = startProcess(join(import.meta.dirname, '..', '..', 'bin', 'deskgraph.mjs'), ['serve'], { DESKGRAPH_CONFIG: file, DESKGRAPH_LOG: 'info' });
    url = (await serve.waitFor(/serving (http:\/\/\S+)\/graphql/))[1] as string;
  });
  afterAll(async () => {
    if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    await sim.close();
  });

  it('SIGHUP applies a valid file and keeps the running config when the file is bad', async () => {
    expect((await ask(FIRST)).status).toBe(200);

    await writeFile(file, 'workspaces: [\n');
    serve.child.kill('SIGHUP');
    await serve.waitFor(/config reload refused/);
    expect((await ask(FIRST)).status).toBe(200);

    await writeFile(file, configWith(sim.url, SECOND));
    serve.child.kill('SIGHUP');
    await serve.waitFor(/config reloaded/);
    expect((await ask(SECOND)).status).toBe(200);
    expect((await ask(FIRST)).status).toBe(401);
  });

  it('SIGTERM lets a slow query finish while /ready answers 503, then exits 0', async () => {
    await simControl(sim.url).reset();
    await simControl(sim.url).faults({ latencyMs: 2000 });
    const slow = ask(SECOND);
    // The query is in flight once the simulator has it.
    for (let i = 0; i < 100 && (await simControl(sim.url).stats()).total === 0; i++) await new Promise((r) => setTimeout(r, 50));
    const exited = serve.stop();
    await serve.waitFor(/waiting for requests in flight/);

    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(503);
    const finished = await slow;
    expect(finished.status).toBe(200);
    const body = (await finished.json()) as { data?: { tickets?: { edges?: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.tickets?.edges).toHaveLength(1);
    expect(await exited).toBe(0);
  });
});
