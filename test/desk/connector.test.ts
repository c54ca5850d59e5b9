import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/connectors/connector.js';
import { DESK_CASE_VARIANT_PERSON } from '../../src/simulators/desk/dataset.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { rejection } from '../support/rejection.js';
import { startDeskHarness, type DeskHarness } from './support.js';

let h: DeskHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startDeskHarness();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.reset();
  // A fresh connector per test: the status and priority tables are cached per connection.
  connector = h.connector();
});

const newest = { field: 'CREATED_AT', direction: 'DESC' } as const;

describe('desk connector', () => {
  it('reads a page with requester, assignee, status, priority, type, channel and tags from one request', async () => {
    const page = await connector.listTickets({ filter: {}, sort: newest, page: { first: 50 } });
    expect(page.edges).toHaveLength(50);
    expect(page.totalCount).toBe(260);
    const db = h.sim.dataset();
    for (const { node } of page.edges) {
      const raw = db.tickets.get(Number(node.externalId))!;
      const customer = db.customers.get(raw.customer)!;
      expect(node.requester).toEqual({ externalId: String(customer.id), name: `${customer.firstName} ${customer.lastName}`, email: customer.email });
      expect(node.assigneeId).toBe(raw.agent === null ? null : String(raw.agent));
      expect(node.rawStatus).toBe(db.ticketstatuses.find((s) => s.id === raw.status)!.name);
      expect(node.tags).toEqual(raw.tags.map((id) => db.tags.find((tag) => tag.id === id)!.name));
      expect(node.rawChannel).toBe(db.ticketsources.find((s) => s.id === raw.source)!.name);
      expect(node.channel).toEqual(expect.stringMatching(/^(EMAIL|CHAT|PHONE|WEB)$/));
    }
    expect(page.included?.contacts?.length).toBeGreaterThan(0);
    expect(page.included?.agents?.length).toBeGreaterThan(0);
    expect((await h.stats()).byRoute).toEqual({ 'GET /desk/api/v2/tickets.json': 1 });
  });

  it('maps statuses and priorities by name: custom names are OPEN and null, and keep their raw name', async () => {
    const page = await connector.listTickets({ filter: { rawStatuses: ['escalated TO vendor'] }, sort: newest, page: { first: 100 } });
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every(({ node }) => node.status === 'OPEN' && node.rawStatus === 'Escalated to vendor')).toBe(true);
    const p0 = await connector.listTickets({ filter: {}, sort: newest, page: { first: 100 } });
    const custom = p0.edges.find(({ node }) => node.rawPriority === 'P0 outage');
    expect(custom?.node.priority).toBeNull();
    const waiting = p0.edges.find(({ node }) => node.rawStatus === 'Waiting on customer');
    expect(waiting?.node).toMatchObject({ status: 'PENDING', waitingOn: 'CUSTOMER' });
  });

  it('builds the filter from the cached status, priority and source tables: read once per connection', async () => {
    const filter = { statuses: ['SOLVED', 'CLOSED'], priorities: ['HIGH'], channel: 'CHAT' } as const;
    const page = await connector.listTickets({ filter: { ...filter, statuses: [...filter.statuses], priorities: [...filter.priorities] }, sort: newest, page: { first: 100 } });
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every(({ node }) => ['Solved', 'Closed'].includes(node.rawStatus!) && node.rawPriority === 'High' && node.channel === 'CHAT' && node.rawChannel === 'Chat')).toBe(true);
    await connector.listTickets({ filter: { statuses: ['NEW'] }, sort: newest, page: { first: 5 } });
    expect((await h.stats()).byRoute).toEqual({
      'GET /desk/api/v2/tickets.json': 2,
      'GET /desk/api/v2/ticketstatuses.json': 1,
      'GET /desk/api/v2/ticketpriorities.json': 1,
      'GET /desk/api/v2/ticketsources.json': 1,
    });
    expect((await connector.listTickets({ filter: { rawChannel: 'fax' }, sort: newest, page: { first: 5 } })).edges).toEqual([]);
    const web = await connector.listTickets({ filter: { rawChannel: 'web FORM' }, sort: newest, page: { first: 5 } });
    expect(web.edges.every(({ node }) => node.channel === 'WEB' && node.rawChannel === 'Web form')).toBe(true);
  });

  it('filters by requester, assignee, company, time and search', async () => {
    const db = h.sim.dataset();
    const some = db.tickets.get(5010)!;
    const page = await connector.listTickets({
      filter: { requesterId: String(some.customer), createdBefore: '2026-01-01T00:00:00Z', updatedAfter: '2020-01-01T00:00:00Z' },
      sort: newest,
      page: { first: 100 },
    });
    expect(page.edges.map(({ node }) => node.externalId).sort()).toEqual(
      [...db.tickets.values()].filter((t) => t.customer === some.customer).map((t) => String(t.id)).sort(),
    );
    const search = await connector.listTickets({ filter: { search: 'WIFI' }, sort: newest, page: { first: 100 } });
    expect(search.edges.every(({ node }) => /wifi/i.test(`${node.subject} ${node.summary}`))).toBe(true);
    expect((await rejection(connector.listTickets({ filter: { assigneeId: 'agent-x' }, sort: newest, page: { first: 5 } }))).code).toBe('BAD_USER_INPUT');
  });

  it('gets tickets, customers and users by id in one request each, and a customer by email whatever its case', async () => {
    const [ticket, missing, junk] = await connector.getTickets(['5003', '99999', 'x']);
    expect(ticket?.requester?.email).toBeTruthy();
    expect([missing, junk]).toEqual([null, null]);
    expect((await connector.getContacts(['1001', '1002'])).map((c) => c?.externalId)).toEqual(['1001', '1002']);
    expect((await connector.getAgents(['101', '500'])).map((a) => a?.name ?? null)).toEqual(['Alex M', null]);
    const person = PEOPLE[DESK_CASE_VARIANT_PERSON]!;
    expect((await connector.findContactsByEmail(person.email)).map((c) => c.name)).toEqual([person.name]);
    expect((await h.stats()).byRoute).toEqual({
      'GET /desk/api/v2/tickets.json': 1,
      'GET /desk/api/v2/customers.json': 2,
      'GET /desk/api/v2/users.json': 1,
    });
  });

  it('lists customers newest first, both ways, with search', async () => {
    const page = await connector.listContacts({ page: { first: 10 }, search: 'nguyen' });
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every(({ node }) => /nguyen/i.test(`${node.name} ${node.email}`))).toBe(true);
    const last = await connector.listContacts({ page: { last: 3 } });
    expect(last.edges).toHaveLength(3);
    expect(last.hasPreviousPage).toBe(true);
  });

  it('maps the validator body to UPSTREAM_BAD_RESPONSE and a 429 to UPSTREAM_RATE_LIMITED', async () => {
    await h.faults({ errorStatus: 400 });
    const bad = await rejection(connector.listTickets({ filter: {}, sort: newest, page: { first: 1 } }));
    expect(bad.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(bad.message).toContain('refused the request as invalid (400)');
    expect(bad.message).not.toContain('injected fault');
    await h.faults({ rateLimitBurst: { count: 5, retryAfterSeconds: 60 } });
    const limited = await rejection(connector.listTickets({ filter: {}, sort: newest, page: { first: 1 } }));
    expect(limited.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(limited.retryAfterMs).toBe(60_000);
    expect((await rejection(connector.listMessages('5001', { first: 5 }))).code).toBe('CAPABILITY_UNSUPPORTED');
  });
});
