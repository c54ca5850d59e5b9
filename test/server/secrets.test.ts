import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestSimulator, REST_DEMO_API_KEY, type RunningRestSimulator } from '../../src/simulators/rest/index.js';

/**
 * `deskgraph serve` as a real process: whatever happens (bad tokens, upstream failures, rejected
 * upstream credentials), no secret reaches a response, stdout or stderr.
 */
const TOKEN = 'serve-read-token-0123456789';
const WRONG_KEY = 'wrong-upstream-key-0123456789';

describe('secrets', () => {
  let sim: RunningRestSimulator;
  beforeAll(async () => {
    sim = await startRestSimulator();
  });
  afterAll(() => sim.close());

  it('never appear in responses or logs of deskgraph serve', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deskgraph-serve-'));
    const config = join(dir, 'deskgraph.yaml');
    await writeFile(
      config,
      `server: { port: 0 }
workspaces:
  - id: acme
    connections:
      - { id: good, kind: rest, name: Good, baseUrl: "${sim.url}/api/v1", credentials: { apiKey: "\${GOOD_KEY}" }, timeoutMs: 500 }
      - { id: bad, kind: rest, name: Bad, baseUrl: "${sim.url}/api/v1", credentials: { apiKey: "\${BAD_KEY}" } }
tokens:
  - { id: reader, secret: "\${READ_TOKEN}", workspaces: [acme] }
`,
    );
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'deskgraph.mjs'), 'serve', '--config', config], {
      env: { ...process.env, GOOD_KEY: REST_DEMO_API_KEY, BAD_KEY: WRONG_KEY, READ_TOKEN: TOKEN, DESKGRAPH_LOG: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not serving: ${output}`)), 60_000);
        child.stdout.on('data', () => {
          const found = /serving (http:\/\/\S+)\/graphql/.exec(output)?.[1];
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        });
      });
      const ask = async (query: string, token: string, requestId?: string) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(requestId ? { 'x-request-id': requestId } : {}) },
          body: JSON.stringify({ query }),
        });
        return response.text();
      };
      // A good answer first: its upstream data (subjects, names, emails) must not reach the log either.
      const good = await ask('query GoodTickets { tickets(connectionId: "good", first: 2) { edges { node { subject requester { name email } } } } }', TOKEN, 'secrets-req-1');
      const goodData = JSON.parse(good) as { data: { tickets: { edges: { node: { subject: string; requester: { name: string; email: string } } }[] } } };
      const upstreamValues = goodData.data.tickets.edges.flatMap(({ node }) => [node.subject, node.requester.name, node.requester.email]);
      expect(upstreamValues.length).toBeGreaterThan(0);
      const responses = [
        await ask('{ viewer { tokenId } }', `${TOKEN}x`),
        await ask('{ tickets(connectionId: "bad", first: 2) { edges { node { id } } } }', TOKEN),
      ];
      await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ errorStatus: 500 }) });
      responses.push(await ask('{ tickets(connectionId: "good", first: 2) { edges { node { id } } } }', TOKEN));
      await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ hang: true }) });
      responses.push(await ask('{ tickets(connectionId: "good", first: 2) { edges { node { id } } } }', TOKEN));
      await fetch(`${sim.url}/_sim/reset`, { method: 'POST' });

      expect(responses[0]).toContain('UNAUTHENTICATED');
      expect(responses[1]).toContain('the upstream refused the configured credentials');
      expect(responses[2]).toContain('UPSTREAM_UNAVAILABLE');
      expect(responses[3]).toContain('UPSTREAM_TIMEOUT');
      for (const secret of [TOKEN, REST_DEMO_API_KEY, WRONG_KEY]) {
        for (const text of [...responses, output]) expect(text).not.toContain(secret);
      }
      for (const value of upstreamValues) expect(output).not.toContain(value);
      expect(output).not.toContain('GoodTickets { tickets');

      // Each request has one JSON line: its id, the token's id, the operation, the duration, the calls.
      const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      const line = lines.find((entry) => entry['requestId'] === 'secrets-req-1');
      expect(line).toMatchObject({ msg: 'request', tokenId: 'reader', operation: 'GoodTickets', status: 200, outcome: 'ok', upstreamCalls: expect.any(Number) });
      expect(line?.['durationMs']).toEqual(expect.any(Number));
      expect(line?.['upstream']).toContainEqual(expect.objectContaining({ connection: 'good', route: 'GET /tickets', status: '200' }));
    } finally {
      child.kill('SIGTERM');
    }
  });
});
