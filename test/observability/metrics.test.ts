import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { boundedLabel } from '../../src/observability/metrics.js';
import { createGateway } from '../../src/server.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';
import { find, parsePrometheus } from '../support/prometheus.js';

const METRICS_TOKEN = 'metrics-token-0123456789';

const RECENT = `query RecentTickets { tickets(connectionId: "acme-rest", first: 3) { edges { node { subject requester { name } } } } }`;

describe('/metrics on the API port', () => {
  let gw: TestGateway;
  const scrape = async (authorization?: string) =>
    gw.gateway.yoga.fetch('http://gateway.test/metrics', { headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    gw = await startTestGateway(['rest'], { server: { metrics: { token: METRICS_TOKEN } } });
  });
  afterAll(() => gw.close());

  it('answers only the metrics token', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKENS.read}`)).status).toBe(401);
    expect((await scrape(`Bearer ${METRICS_TOKEN}x`)).status).toBe(401);
    expect((await scrape(`Bearer ${METRICS_TOKEN}`)).status).toBe(200);
  });

  it('after a query, holds its operation, the upstream requests by connection and route template, and the process defaults', async () => {
    const result = await gw.gql(RECENT);
    expect(result.errors).toBeUndefined();
    await gw.gql('{ viewer { tokenId } }', {}, 'not-a-token-at-all-0123');

    const response = await scrape(`Bearer ${METRICS_TOKEN}`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const samples = parsePrometheus(await response.text());

    const listed = find(samples, 'deskgraph_upstream_requests_total', { connection: 'acme-rest', kind: 'rest', route: 'GET /tickets', status: '200' });
    expect(listed).toHaveLength(1);
    expect(listed[0]?.value).toBeGreaterThanOrEqual(1);
    // Requesters are fetched by id: one template for all of them, no id in any label.
    expect(find(samples, 'deskgraph_upstream_requests_total', { connection: 'acme-rest', route: 'GET /customers/:id' })[0]?.value).toBeGreaterThanOrEqual(1);
    const routes = new Set(find(samples, 'deskgraph_upstream_requests_total').map((sample) => sample.labels['route']));
    for (const route of routes) expect(route).not.toMatch(/\d/);
    expect(find(samples, 'deskgraph_upstream_request_duration_seconds_count', { connection: 'acme-rest', route: 'GET /tickets' })[0]?.value).toBeGreaterThanOrEqual(1);

    expect(find(samples, 'deskgraph_graphql_operations_total', { operation: 'RecentTickets', type: 'query', outcome: 'ok' })[0]?.value).toBe(1);
    expect(find(samples, 'deskgraph_graphql_operation_duration_seconds_count', { operation: 'RecentTickets' })[0]?.value).toBe(1);
    expect(find(samples, 'deskgraph_graphql_errors_total', { code: 'UNAUTHENTICATED' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(samples, 'deskgraph_graphql_operations_total', { operation: 'unknown', outcome: 'rejected' })[0]?.value).toBeGreaterThanOrEqual(1);
    expect(find(samples, 'deskgraph_graphql_requests_in_flight')[0]?.value).toBe(0);
    expect(find(samples, 'deskgraph_upstream_circuit_state', { connection: 'acme-rest' })[0]?.value).toBe(0);
    expect(find(samples, 'nodejs_eventloop_lag_seconds')).toHaveLength(1);
    expect(find(samples, 'process_resident_memory_bytes')).toHaveLength(1);
  });

  it('counts record-cache lookups by record type: a miss loads, the same record again is a hit', async () => {
    const lookups = async (result: string) =>
      find(parsePrometheus(await (await scrape(`Bearer ${METRICS_TOKEN}`)).text()), 'deskgraph_cache_lookups_total', { record: 'contacts', result })[0]?.value ?? 0;
    // The listing carries the requester's id and email; the name needs the contact record.
    const query = `{ tickets(connectionId: "acme-rest", first: 3, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { requester { name } } } } }`;
    const before = { miss: await lookups('miss'), hit: await lookups('hit') };
    expect((await gw.gql(query)).errors).toBeUndefined();
    const first = { miss: (await lookups('miss')) - before.miss, hit: (await lookups('hit')) - before.hit };
    // Each requester was looked up once: a miss, or a hit when an earlier test loaded the same person.
    expect(first.miss + first.hit).toBeGreaterThan(0);
    expect((await gw.gql(query)).errors).toBeUndefined();
    expect((await lookups('hit')) - before.hit - first.hit).toBe(first.miss + first.hit);
    expect(await lookups('miss')).toBe(before.miss + first.miss);
  });

  it('counts 429s and retries, and errors by code', async () => {
    await gw.control('rest', 'faults', { rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    const result = await gw.gql(`{ tickets(connectionId: "acme-rest", first: 1) { edges { node { id } } } }`);
    await gw.control('rest', 'reset');
    expect(result.errors).toBeUndefined();
    const samples = parsePrometheus(await (await scrape(`Bearer ${METRICS_TOKEN}`)).text());
    expect(find(samples, 'deskgraph_upstream_requests_total', { connection: 'acme-rest', route: 'GET /tickets', status: '429' })[0]?.value).toBe(1);
    expect(find(samples, 'deskgraph_upstream_rate_limited_total', { connection: 'acme-rest' })[0]?.value).toBe(1);
    expect(find(samples, 'deskgraph_upstream_retries_total', { connection: 'acme-rest' })[0]?.value).toBe(1);

    await gw.control('rest', 'faults', { errorStatus: 404 });
    const failed = await gw.gql(`{ node(id: "bm90LWFuLWlk") { id } }`);
    await gw.control('rest', 'reset');
    const codes = (failed.errors ?? []).map((error) => error.extensions?.['code']);
    expect(codes.length).toBeGreaterThan(0);
    const after = parsePrometheus(await (await scrape(`Bearer ${METRICS_TOKEN}`)).text());
    for (const code of codes) expect(find(after, 'deskgraph_graphql_errors_total', { code: String(code) })[0]?.value).toBeGreaterThanOrEqual(1);
  });

  it('returns the request id it was given, or a new one', async () => {
    const given = await gw.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.read}`, 'x-request-id': 'client-id-42' },
      body: JSON.stringify({ query: '{ viewer { tokenId } }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('client-id-42');
    const refused = await gw.gateway.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/metrics on a port of its own', () => {
  it('serves the metrics there (no token on loopback) and nothing on the API port', async () => {
    const gw = await startTestGateway(['rest'], { server: { metrics: { port: 0 } } });
    try {
      const url = await gw.gateway.listen(0, '127.0.0.1');
      const metricsUrl = gw.gateway.metricsUrl();
      expect(metricsUrl).toBeDefined();
      const scraped = await fetch(`${metricsUrl}/metrics`);
      expect(scraped.status).toBe(200);
      expect(parsePrometheus(await scraped.text()).length).toBeGreaterThan(0);
      expect((await fetch(`${url}/metrics`)).status).toBe(404);
      expect((await fetch(`${metricsUrl}/graphql`)).status).toBe(404);
    } finally {
      await gw.close();
    }
  });

  it('is never public by accident: off by default, and a port off loopback needs a token', async () => {
    const base = { workspaces: [{ id: 'w', connections: [] }], tokens: [{ id: 't', secret: 'x'.repeat(16), workspaces: ['w'] }] };
    const gateway = createGateway(parseConfig(base));
    try {
      expect((await gateway.yoga.fetch('http://gateway.test/metrics')).status).toBe(404);
    } finally {
      await gateway.close();
    }
    expect(() => parseConfig({ ...base, server: { metrics: { port: 9464, host: '0.0.0.0' } } })).toThrow(ConfigError);
    expect(() => parseConfig({ ...base, server: { metrics: {} } })).toThrow(ConfigError);
    expect(() => parseConfig({ ...base, server: { metrics: { port: 9464, host: '0.0.0.0', token: METRICS_TOKEN } } })).not.toThrow();
  });
});

describe('boundedLabel', () => {
  it('keeps at most `max` distinct values and refuses what does not match', () => {
    const label = boundedLabel(2, /^[A-Za-z]+$/);
    expect([label('A', 'x'), label('B', 'x'), label('C', 'x'), label('A', 'x'), label('a b', 'x'), label(undefined, 'x')]).toEqual(['A', 'B', 'other', 'A', 'other', 'x']);
  });
});

describe('the upstream budget gauge', () => {
  it("shows what is left of a connection's budget for the minute, by budget", async () => {
    const gw = await startTestGateway(['rest'], { server: { metrics: { token: METRICS_TOKEN } }, connection: { rate: { requestsPerMinute: 50 } } });
    try {
      expect((await gw.gql(RECENT)).errors).toBeUndefined();
      const calls = (await gw.stats('rest')).total;
      expect(calls).toBeGreaterThan(1);
      const response = await gw.gateway.yoga.fetch('http://gateway.test/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      const samples = parsePrometheus(await response.text());
      expect(find(samples, 'deskgraph_upstream_budget_remaining', { connection: 'acme-rest', budget: 'account' })[0]?.value).toBe(50 - calls);
    } finally {
      await gw.close();
    }
  });
});
