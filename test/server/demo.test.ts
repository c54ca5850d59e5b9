import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_QUERY, startDemo, type RunningDemo } from '../../src/demo.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { subscribeSse } from '../support/sse.js';

describe('deskgraph demo', () => {
  let demo: RunningDemo;
  beforeAll(async () => {
    demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: 'fixed-read-token-0123456789', DESKGRAPH_DEMO_WRITE_TOKEN: 'fixed-write-token-0123456789' });
  });
  afterAll(() => demo.close());

  it('starts every simulator and wires a connection to each', async () => {
    expect(demo.simulators.simulators.map(({ kind }) => kind.kind)).toEqual(SIMULATOR_KINDS.map((kind) => kind.kind));
    const response = await fetch(`${demo.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demo.tokens.read}` },
      body: JSON.stringify({ query: '{ workspaces { helpdesks { connectionId kind } } }' }),
    });
    const body = (await response.json()) as { data: { workspaces: { helpdesks: { kind: string }[] }[] } };
    expect(body.data.workspaces[0]?.helpdesks.map((helpdesk) => helpdesk.kind)).toEqual(SIMULATOR_KINDS.map((kind) => kind.kind));
  });

  it('uses the tokens fixed by the environment', () => {
    expect(demo.tokens).toEqual({ read: 'fixed-read-token-0123456789', write: 'fixed-write-token-0123456789' });
  });

  it("answers the README's first query with tickets and their requesters over real HTTP", async () => {
    const response = await fetch(`${demo.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demo.tokens.read}` },
      body: JSON.stringify({ query: DEMO_QUERY }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { tickets: { edges: { node: { subject: string; requester: { name: string; email: string } } }[] } } };
    expect(body.data.tickets.edges).toHaveLength(5);
    for (const { node } of body.data.tickets.edges) {
      expect(node.subject).toBeTruthy();
      expect(node.requester.name).toBeTruthy();
      expect(node.requester.email).toMatch(/@/);
    }
  });

  it('serves GraphiQL from the installed packages with the read token prefilled', async () => {
    const response = await fetch(`${demo.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('fixed-read-token-0123456789');
    expect(html).not.toContain('fixed-write-token-0123456789');
    // Nothing is loaded from elsewhere: no external scripts or stylesheets.
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('wires live updates: a write through the gateway shows in a subscription (the GraphiQL two-tab demo)', async () => {
    const gql = async (query: string, token: string) => {
      const response = await fetch(`${demo.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data: Record<string, any> };
    };
    const listed = await gql('{ tickets(connectionId: "demo-helpdesk", first: 1) { edges { node { id } } } }', demo.tokens.read);
    const id = listed.data['tickets'].edges[0].node.id as string;
    const subscription = await subscribeSse(`${demo.url}/graphql`, demo.tokens.read, 'subscription { ticketEvents { type ticket { id priority } } }');
    try {
      const written = await gql(`mutation { updateTicket(input: { id: "${id}", priority: URGENT }) { errors { __typename } } }`, demo.tokens.write);
      expect(written.data['updateTicket'].errors).toEqual([]);
      const { data } = await subscription.next(2000);
      expect(data?.['ticketEvents']).toEqual({ type: 'UPDATED', ticket: { id, priority: 'URGENT' } });
    } finally {
      subscription.close();
    }
  });

  it('answers /health and /ready without a token', async () => {
    for (const path of ['/health', '/ready']) {
      const response = await fetch(`${demo.url}${path}`);
      expect(response.status).toBe(200);
    }
  });
});

describe('npm start (deskgraph demo as a process)', () => {
  it('prints the GraphiQL URL, both tokens and an example query, then serves', async () => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'deskgraph.mjs'), 'demo'], {
      env: { ...process.env, PORT: '0', DESKGRAPH_DEMO_TOKEN: 'process-read-token-0123456789' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('query RecentTickets')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`demo exited ${code}: ${out}`)));
      });
      const url = /GraphiQL:\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out)?.[1];
      expect(url).toBeDefined();
      expect(out).toContain('Read token:   process-read-token-0123456789');
      expect(out).toMatch(/Write token:  dg_write_\S+/);
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
