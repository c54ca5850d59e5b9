import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCacheLookup, registry, trackSubscription } from '../../src/observability/metrics.js';
import { startTracing, tracer, type Tracing } from '../../src/observability/tracing.js';
import type { SimLoggedRequest } from '../../src/simulators/sim-server.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

const CLIENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN = '00f067aa0ba902b7';

describe('tracing', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let gw: TestGateway;
  beforeAll(async () => {
    tracing = await startTracing({ exporter });
    gw = await startTestGateway(['rest']);
  });
  afterAll(async () => {
    await gw.close();
    await tracing.shutdown();
  });

  it('records the operation span with its upstream call spans under the client trace, and the simulator sees traceparent', async () => {
    const simUrl = gw.simulators.simulators[0]?.running.url;
    await fetch(`${simUrl}/_sim/reset`, { method: 'POST' });
    const response = await gw.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${TOKENS.read}`,
        traceparent: `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01`,
        'x-request-id': 'trace-test-1',
      },
      body: JSON.stringify({ query: 'query RecentTickets { tickets(connectionId: "acme-rest", first: 2) { edges { node { subject requester { name } } } } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === CLIENT_TRACE);
    const operation = spans.find((span) => span.name === 'query RecentTickets');
    expect(operation).toBeDefined();
    expect(operation?.kind).toBe(SpanKind.SERVER);
    expect(operation?.parentSpanContext?.spanId).toBe(CLIENT_SPAN);
    expect(operation?.attributes).toMatchObject({ 'graphql.operation.name': 'RecentTickets', 'deskgraph.request_id': 'trace-test-1', 'http.response.status_code': 200 });

    const upstream = spans.filter((span) => span.parentSpanContext?.spanId === operation?.spanContext().spanId);
    expect(upstream.length).toBeGreaterThanOrEqual(2);
    const list = upstream.find((span) => span.attributes['http.route'] === 'GET /tickets');
    expect(list?.kind).toBe(SpanKind.CLIENT);
    expect(list?.attributes).toMatchObject({ 'deskgraph.connection': 'acme-rest', 'deskgraph.connection.kind': 'rest', 'http.response.status_code': 200 });
    expect(upstream.some((span) => span.attributes['http.route'] === 'GET /customers/:id')).toBe(true);

    const logged = (await (await fetch(`${simUrl}/_sim/requests`)).json()) as SimLoggedRequest[];
    expect(logged.length).toBeGreaterThanOrEqual(2);
    const upstreamSpanIds = new Set(upstream.map((span) => span.spanContext().spanId));
    for (const request of logged) {
      const [, traceId, parentId] = request.traceparent?.split('-') ?? [];
      expect(traceId).toBe(CLIENT_TRACE);
      expect(upstreamSpanIds.has(parentId ?? '')).toBe(true);
    }
  });

  it('marks retries and 429s on the upstream call span', async () => {
    exporter.reset();
    await gw.control('rest', 'faults', { rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    await gw.gql('query One { tickets(connectionId: "acme-rest", first: 1) { edges { node { id } } } }');
    await gw.control('rest', 'reset');
    const call = exporter.getFinishedSpans().find((span) => span.attributes['http.route'] === 'GET /tickets');
    expect(call?.events.map((event) => event.name)).toEqual(['rate-limited', 'retry']);
    expect(call?.attributes['http.response.status_code']).toBe(200);
  });

  it('gives the shared cache and subscriptions one call each: counted, and cache lookups marked on the running span', async () => {
    exporter.reset();
    tracer().startActiveSpan('lookup', (span) => {
      recordCacheLookup('ticket', 'hit');
      recordCacheLookup('ticket', 'miss');
      span.end();
    });
    expect(exporter.getFinishedSpans()[0]?.events.map((event) => [event.name, event.attributes?.['deskgraph.cache.record']])).toEqual([
      ['cache.hit', 'ticket'],
      ['cache.miss', 'ticket'],
    ]);
    const end = trackSubscription('ticketUpdated');
    const open = await registry.getSingleMetricAsString('deskgraph_subscriptions_open');
    end();
    end();
    const closed = await registry.getSingleMetricAsString('deskgraph_subscriptions_open');
    expect(open).toContain('deskgraph_subscriptions_open{field="ticketUpdated"} 1');
    expect(closed).toContain('deskgraph_subscriptions_open{field="ticketUpdated"} 0');
    expect(await registry.getSingleMetricAsString('deskgraph_cache_lookups_total')).toContain('deskgraph_cache_lookups_total{record="ticket",result="hit"} 1');
  });
});
