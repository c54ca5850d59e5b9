import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_DEMO_API_KEY, startRestSimulator, type RunningRestSimulator } from '../../src/simulators/rest/index.js';
import { find, parsePrometheus } from '../support/prometheus.js';
import { startProcess } from '../support/serve-process.js';

/**
 * The package as it ships: `npm pack` (which builds dist/), then the tarball's contents installed in
 * a temporary folder with production dependencies only, at the versions of the project's lockfile
 * (`npm ci --omit=dev`, from npm's cache when it has them, as a deploy would). From there `deskgraph
 * check-config`, `deskgraph serve` and `deskgraph demo` run the compiled ESM with no tsx, TypeScript or
 * other development dependency present. Slow (a full tsc build and an install): one file, one
 * install.
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const TOKEN = 'package-read-token-0123456789';
const METRICS_TOKEN = 'package-metrics-token-0123456789';

describe('the npm package', { timeout: 600_000 }, () => {
  let dir: string;
  let app: string;
  let sim: RunningRestSimulator;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deskgraph-package-'));
    // The build `prepack` runs, then the pack without lifecycle scripts: `prepare` would rebuild the
    // inbox example (not part of the package) under the browser test running beside this one.
    await run('npm', ['run', 'build'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const packed = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--json', '--no-audit', '--no-fund'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
    app = join(dir, 'app');
    await mkdir(app);
    await run('tar', ['-xzf', join(dir, filename), '-C', app, '--strip-components=1']);
    await cp(join(ROOT, 'package-lock.json'), join(app, 'package-lock.json'));
    await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, maxBuffer: 64 * 1024 * 1024 });
    sim = await startRestSimulator();
  }, 600_000);
  afterAll(async () => {
    await sim?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds the compiled ESM with declarations and no sources or development dependencies', () => {
    for (const file of ['dist/cli.js', 'dist/server.js', 'dist/server.d.ts', 'dist/connectors/plain/schema.subset.graphql', 'bin/deskgraph.mjs']) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    for (const absent of ['src', 'test', 'node_modules/tsx', 'node_modules/typescript', 'node_modules/vitest']) {
      expect(existsSync(join(app, absent)), absent).toBe(false);
    }
  });

  it('runs check-config, serve (with metrics) and demo', async () => {
    const config = join(dir, 'deskgraph.yaml');
    await writeFile(
      config,
      `server: { port: 0, metrics: { token: "${METRICS_TOKEN}" } }
workspaces:
  - id: acme
    connections:
      - { id: acme-rest, kind: rest, name: Support, baseUrl: "${sim.url}/api/v1", credentials: { apiKey: "\${REST_KEY}" } }
tokens:
  - { id: reader, secret: "${TOKEN}", workspaces: [acme] }
`,
    );
    const env = { REST_KEY: REST_DEMO_API_KEY, DESKGRAPH_LOG: 'warn' };
    const checked = await run(process.execPath, [join(app, 'bin', 'deskgraph.mjs'), 'check-config', config], { cwd: app, env: { ...process.env, ...env } });
    expect(checked.stdout).toContain('ok: 1 workspace(s), 1 connection(s), 1 token(s)');

    const bin = join(app, 'bin', 'deskgraph.mjs');
    const serve = startProcess(bin, ['serve'], { ...env, DESKGRAPH_CONFIG: config }, app);
    try {
      const url = (await serve.waitFor(/serving (http:\/\/\S+)\/graphql/))[1] as string;
      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: '{ tickets(connectionId: "acme-rest", first: 2) { edges { node { subject } } } }' }),
      });
      const body = (await answer.json()) as { data?: { tickets: { edges: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.tickets.edges).toHaveLength(2);
      const metrics = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      const samples = parsePrometheus(await metrics.text());
      expect(find(samples, 'deskgraph_upstream_requests_total', { connection: 'acme-rest', route: 'GET /tickets', status: '200' })[0]?.value).toBe(1);
    } finally {
      expect(await serve.stop()).toBe(0);
    }

    const demo = startProcess(bin, ['demo'], { PORT: '0', DESKGRAPH_LOG: 'warn' }, app);
    try {
      const url = (await demo.waitFor(/GraphiQL:\s+(http:\/\/\S+)\/graphql/))[1] as string;
      expect((await fetch(`${url}/ready`)).status).toBe(200);
    } finally {
      expect(await demo.stop()).toBe(0);
    }
  });
});
