import { REST_WRITES } from '../../src/connectors/rest/writes.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/connectors/connector.js';
import { restConnectorKind } from '../../src/connectors/rest/index.js';
import { CONNECTOR_KINDS } from '../../src/connectors/registry.js';
import type { DomainTicket } from '../../src/domain/types.js';
import { buildRestDataset, REST_DEMO_API_KEY } from '../../src/simulators/rest/index.js';
import { orderedIds, startHarness, type RestHarness } from './support.js';

const dataset = buildRestDataset();
const tickets = [...dataset.tickets.values()];
const byCreatedDesc = orderedIds(tickets, (t) => t.created_at, 'desc');

let h: RestHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startHarness();
  connector = h.connector();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const ids = (page: { edges: { node: { externalId: string } }[] }): string[] => page.edges.map((edge) => edge.node.externalId);

describe('rest connector kind', () => {
  it('is registered and validates its config', () => {
    expect(CONNECTOR_KINDS.get('rest')?.kind).toBe('rest');
    expect(restConnectorKind.credentialsSchema.safeParse({ apiKey: REST_DEMO_API_KEY }).success).toBe(true);
    expect(restConnectorKind.credentialsSchema.safeParse({}).success).toBe(false);
    expect(restConnectorKind.optionsSchema.parse(undefined)).toEqual({});
    expect(restConnectorKind.optionsSchema.safeParse({ lookupConcurrency: 4 }).success).toBe(false);
  });
  it('declares the filters, sorts, backward pagination, total count and writes the upstream has', () => {
    expect(connector.capabilities).toEqual({
      filters: ['statuses', 'rawStatuses', 'priorities', 'assigneeId', 'requesterId', 'tags', 'search'],
      sorts: ['CREATED_AT', 'UPDATED_AT'],
      backwardPagination: true,
      totalCount: true,
      messageAttachments: false,
      writes: REST_WRITES,
    });
  });
});

describe('rest connector: listTickets', () => {
  it('lists the newest tickets first with totalCount and domain fields', async () => {
    const page = await connector.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 10 } });
    expect(ids(page)).toEqual(byCreatedDesc.slice(0, 10));
    expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: false, totalCount: 300 });
    const stored = dataset.tickets.get(ids(page)[0] ?? '');
    const customer = dataset.customers.get(stored?.customer_id ?? '');
    expect(page.edges[0]?.node).toMatchObject({
      connectionId: 'rest-test',
      externalId: stored?.id,
      rawStatus: stored?.status,
      rawPriority: stored?.priority,
      requester: { externalId: customer?.id, email: customer?.email, name: null },
      assigneeId: stored?.assignee_id,
      createdAt: stored?.created_at,
      url: `${h.sim.url}/api/v1/tickets/${stored?.id}`,
    });
  });

  it('honours every declared filter', async () => {
    const list = (filter: Parameters<Connector['listTickets']>[0]['filter']) =>
      connector.listTickets({ filter, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 100 } });
    const expectIds = (predicate: (t: (typeof tickets)[number]) => boolean): string[] =>
      byCreatedDesc.filter((id) => predicate(dataset.tickets.get(id) as (typeof tickets)[number]));

    const solved = await list({ statuses: ['SOLVED', 'ON_HOLD'] });
    expect(ids(solved)).toEqual(expectIds((t) => t.status === 'resolved' || t.status === 'on_hold').slice(0, 100));
    expect(solved.edges.every((edge) => edge.node.status === 'SOLVED' || edge.node.status === 'ON_HOLD')).toBe(true);
    expect(ids(await list({ rawStatuses: ['pending'] }))).toEqual(expectIds((t) => t.status === 'pending').slice(0, 100));
    expect(ids(await list({ priorities: ['NORMAL'] }))).toEqual(expectIds((t) => t.priority === 'medium').slice(0, 100));
    expect(ids(await list({ assigneeId: 'user_4' }))).toEqual(expectIds((t) => t.assignee_id === 'user_4'));
    const mine = await list({ requesterId: 'cust_1' });
    expect(ids(mine)).toEqual(expectIds((t) => t.customer_id === 'cust_1'));
    expect(mine.totalCount).toBe(mine.edges.length);
    expect(ids(await list({ tags: ['billing'] }))).toEqual(expectIds((t) => t.tags.includes('billing')));
    expect(ids(await list({ search: 'webhook' }))).toEqual(expectIds((t) => /webhook/i.test(t.subject + ' ' + t.summary)));
    const combined = await list({ statuses: ['OPEN'], priorities: ['HIGH', 'URGENT'], assigneeId: 'user_2' });
    expect(ids(combined)).toEqual(expectIds((t) => t.status === 'open' && ['high', 'urgent'].includes(t.priority) && t.assignee_id === 'user_2'));
  });

  it('answers an impossible status combination without asking the upstream', async () => {
    const page = await connector.listTickets({ filter: { statuses: ['OPEN'], rawStatuses: ['closed'] }, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 5 } });
    expect(page).toEqual({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });
    expect((await h.stats()).total).toBe(0);
  });

  it('sorts by updated_at both ways and pages backward with last/before', async () => {
    const asc = orderedIds(tickets, (t) => t.updated_at, 'asc');
    const first = await connector.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'ASC' }, page: { first: 5 } });
    expect(ids(first)).toEqual(asc.slice(0, 5));
    const next = await connector.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'ASC' }, page: { first: 5, after: first.edges[4]?.cursor } });
    expect(ids(next)).toEqual(asc.slice(5, 10));
    expect(next.hasPreviousPage).toBe(true);
    const tail = await connector.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'ASC' }, page: { last: 3 } });
    expect(ids(tail)).toEqual(asc.slice(-3));
    expect(tail).toMatchObject({ hasNextPage: false, hasPreviousPage: true, totalCount: 300 });
    const before = await connector.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'ASC' }, page: { last: 4, before: next.edges[2]?.cursor } });
    expect(ids(before)).toEqual(asc.slice(3, 7));
    expect(before.hasNextPage).toBe(true);
  });

  it('refuses a cursor it did not make with BAD_USER_INPUT, before any request', async () => {
    await expect(
      connector.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 5, after: 'garbage' } }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await h.stats()).total).toBe(0);
  });
});

describe('rest connector: by-id reads', () => {
  it('gets tickets in the order asked with null for missing ones', async () => {
    const result = await connector.getTickets(['tkt_3', 'tkt_404', 'tkt_1', 'tkt_3']);
    expect(result.map((ticket) => ticket?.externalId ?? null)).toEqual(['tkt_3', null, 'tkt_1', 'tkt_3']);
    expect(result[0]?.description).toBe(dataset.tickets.get('tkt_3')?.description);
    expect((await h.stats()).byRoute).toEqual({ 'GET /api/v1/tickets/:id': 3 });
  });

  it('gets contacts and agents with null for missing ones', async () => {
    const contacts = await connector.getContacts(['cust_2', 'cust_0']);
    expect(contacts[0]).toMatchObject({ externalId: 'cust_2', email: dataset.customers.get('cust_2')?.email, name: dataset.customers.get('cust_2')?.name });
    expect(contacts[1]).toBeNull();
    const agents = await connector.getAgents(['user_3', 'user_0', 'user_1']);
    expect(agents.map((agent) => agent?.name ?? null)).toEqual(['Tomás Ruiz', null, 'Alex M']);
    expect(agents[2]?.role).toBe('admin');
    expect(await connector.getAgents([])).toEqual([]);
  });

  it('gets one agent with one GET /users/:id', async () => {
    expect((await connector.getAgents(['user_5', 'user_5']))[1]?.externalId).toBe('user_5');
    expect((await h.stats()).byRoute).toEqual({ 'GET /api/v1/users/:id': 1 });
  });

  it('finds contacts by email case-insensitively, across helpdesk-shared emails', async () => {
    const customer = dataset.customers.get('cust_1');
    const found = await connector.findContactsByEmail((customer?.email ?? '').toUpperCase());
    expect(found.map((contact) => contact.externalId)).toEqual(['cust_1']);
    expect(await connector.findContactsByEmail('nobody@example.com')).toEqual([]);
    expect((await h.stats()).byRoute).toEqual({ 'GET /api/v1/customers': 2 });
  });

  it('lists contacts with search and pages both ways', async () => {
    const all = orderedIds(dataset.customers.values(), (c) => c.created_at, 'desc');
    const first = await connector.listContacts({ page: { first: 20 } });
    expect(ids(first)).toEqual(all.slice(0, 20));
    expect(first.totalCount).toBe(dataset.customers.size);
    const last = await connector.listContacts({ page: { last: 20, before: first.edges[19]?.cursor } });
    expect(ids(last)).toEqual(all.slice(0, 19));
    expect(last.hasPreviousPage).toBe(false);
    const search = await connector.listContacts({ search: 'garcia', page: { first: 100 } });
    expect(search.edges.every((edge) => /garcia/i.test(`${edge.node.name} ${edge.node.email}`))).toBe(true);
    expect(search.edges.length).toBeGreaterThan(0);
  });
});

describe('rest connector: listMessages', () => {
  it('lists a ticket’s conversation oldest first, with types, internal flags and authors, both ways', async () => {
    const expected = [...dataset.conversations.values()].filter((c) => c.ticket_id === 'tkt_5');
    const page = await connector.listMessages('tkt_5', { first: 100 });
    expect(ids(page)).toEqual(orderedIds(expected, (c) => c.created_at, 'asc'));
    expect(page.totalCount).toBe(expected.length);
    for (const edge of page.edges) {
      const stored = dataset.conversations.get(edge.node.externalId);
      expect(edge.node).toMatchObject({
        ticketExternalId: 'tkt_5',
        internal: stored?.internal,
        type: stored?.type.toUpperCase(),
        bodyText: stored?.content_text,
        createdAt: stored?.created_at,
      });
    }
    expect(page.edges[0]?.node.author).toMatchObject({ kind: 'CONTACT', externalId: 'cust_5' });
    const lastTwo = await connector.listMessages('tkt_5', { last: 2 });
    expect(ids(lastTwo)).toEqual(ids(page).slice(-2));
    expect(await connector.listMessages('tkt_missing', { first: 10 })).toMatchObject({ edges: [], totalCount: 0, hasNextPage: false });
  });
});

describe('rest connector: request counts', () => {
  it('resolves the requesters and assignees of 50 tickets with one GET per distinct customer and one GET /users', async () => {
    const page = await connector.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 50 } });
    const nodes: DomainTicket[] = page.edges.map((edge) => edge.node);
    const requesterIds = nodes.map((ticket) => ticket.requester?.externalId ?? '');
    const assigneeIds = nodes.flatMap((ticket) => (ticket.assigneeId ? [ticket.assigneeId] : []));
    const distinctRequesters = new Set(requesterIds).size;
    expect(requesterIds).toHaveLength(50);
    expect(distinctRequesters).toBeLessThan(50); // the 50 ids hold duplicates

    const contacts = await connector.getContacts(requesterIds);
    const agents = await connector.getAgents(assigneeIds);
    expect(contacts.map((contact) => contact?.email)).toEqual(nodes.map((ticket) => ticket.requester?.email));
    expect(agents.every((agent, i) => agent?.externalId === assigneeIds[i])).toBe(true);
    expect(new Set(assigneeIds).size).toBeGreaterThan(1);
    const stats = await h.stats();
    expect(stats.byRoute).toEqual({
      'GET /api/v1/tickets': 1,
      'GET /api/v1/customers/:id': distinctRequesters,
      'GET /api/v1/users': 1,
    });
    expect(stats.total).toBe(2 + distinctRequesters);
  });

  it('keeps lookups within rate.maxConcurrency', async () => {
    await h.faults({ latencyMs: 60, routes: ['GET /api/v1/customers/:id'] });
    const ids12 = Array.from({ length: 12 }, (_, i) => `cust_${i + 1}`);
    const started = performance.now();
    await h.connector({ rate: { maxConcurrency: 2, maxRetries: 2, maxRetryWaitMs: 2000 } }).getContacts(ids12);
    // 12 lookups two at a time: at least six rounds of 60 ms
    expect(performance.now() - started).toBeGreaterThanOrEqual(6 * 55);
  });
});

describe('rest connector: upstream failures', () => {
  const list = (c: Connector) => c.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'DESC' }, page: { first: 5 } });

  it('maps a hang to UPSTREAM_TIMEOUT within a small timeoutMs', async () => {
    await h.faults({ hang: true });
    const started = performance.now();
    await expect(list(h.connector({ timeoutMs: 150 }))).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT', connectionId: 'rest-test' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('maps a malformed body to UPSTREAM_BAD_RESPONSE', async () => {
    await h.faults({ malformed: true });
    await expect(list(connector)).rejects.toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', upstreamStatus: 200 });
  });

  it('retries a short 429 burst after Retry-After, and gives up on a long one with UPSTREAM_RATE_LIMITED', async () => {
    await h.faults({ rateLimitBurst: { count: 2, retryAfterSeconds: 0 } });
    expect(ids(await list(connector))).toEqual(byCreatedDesc.slice(0, 5));
    expect((await h.stats()).total).toBe(3);
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 30 } });
    await expect(list(connector)).rejects.toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstreamStatus: 429, retryAfterMs: 30_000 });
  });

  it('maps a spent request budget to UPSTREAM_RATE_LIMITED carrying the wait', async () => {
    await h.faults({ rateLimits: { '*': { requests: 1, windowMs: 60_000 } } });
    await list(connector);
    await expect(list(connector)).rejects.toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterMs: expect.any(Number) });
  });

  it('maps 5xx to UPSTREAM_UNAVAILABLE after retries, and a refused key to an error that names no secret', async () => {
    await h.faults({ errorStatus: 503 });
    await expect(list(h.connector({ rate: { maxConcurrency: 2, maxRetries: 1, maxRetryWaitMs: 100 } }))).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamStatus: 503,
    });
    expect((await h.stats()).total).toBe(2);
    await h.reset();
    const error: unknown = await list(h.connector({ credentials: { apiKey: 'sk-secret-value' } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 401 });
    expect(String((error as Error).message)).not.toContain('sk-secret-value');
  });

  it('answers null for a 404 and raises other failures of a lookup', async () => {
    expect(await connector.getTickets(['tkt_nope'])).toEqual([null]);
    await h.faults({ errorStatus: 500 });
    await expect(connector.getTickets(['tkt_1'])).rejects.toMatchObject({ upstreamStatus: 500 });
  });
});
