import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/connectors/connector.js';
import type { Page } from '../../src/pagination/page.js';
import type { DomainTicket } from '../../src/domain/types.js';
import { HELPDESK_CASE_VARIANT_PERSON } from '../../src/simulators/helpdesk/dataset.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { rejection } from '../support/rejection.js';
import { startHelpdeskHarness, type HelpdeskHarness } from './support.js';

/** Behind a reverse proxy: the API lives at /proxy/acme/helpdesk/api/v1, the links still say /api/v1/…. */
let h: HelpdeskHarness;
let connector: Connector;
beforeAll(async () => {
  h = await startHelpdeskHarness({ pathPrefix: '/proxy/acme' });
  connector = h.connector();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const newest = { field: 'CREATED_AT', direction: 'DESC' } as const;
const ids = (page: Page<DomainTicket>) => page.edges.map((edge) => edge.node.externalId);

describe('helpdesk connector', () => {
  it('follows the relative links.next below a base URL with a path prefix, to the end', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await connector.listTickets({ filter: {}, sort: newest, page: after ? { first: 60, after } : { first: 60 } });
      seen.push(...ids(page));
      if (!page.hasNextPage) break;
      after = page.edges.at(-1)?.cursor;
    }
    const expected = [...h.sim.dataset().tickets.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)).map((t) => t.id);
    expect(seen).toEqual(expected);
    const stats = await h.stats();
    expect(stats.byRoute).toEqual({ 'GET /proxy/acme/helpdesk/api/v1/tickets': Math.ceil(expected.length / 60) });
    expect(stats.byRoute['GET (unmatched)']).toBeUndefined();
  });

  it('maps tickets: statuses, priorities, type, requester by email, custom fields of any JSON type', async () => {
    const page = await connector.listTickets({ filter: {}, sort: newest, page: { first: 100 } });
    const stored = h.sim.dataset().tickets;
    for (const { node } of page.edges) {
      const raw = stored.get(node.externalId)!;
      expect(node.rawStatus).toBe(raw.status);
      expect(node.status).toBe({ new: 'NEW', open: 'OPEN', pending: 'PENDING', resolved: 'SOLVED', closed: 'CLOSED' }[raw.status]);
      expect(node.priority).toBe(raw.priority.toUpperCase());
      expect(node.type).toBe(raw.type);
      expect(node.requester).toEqual({ externalId: raw.requesterEmail.toLowerCase(), name: raw.requesterName, email: raw.requesterEmail });
      expect(node.customFields).toEqual(raw.customFields.map((field) => ({ key: field.id, value: field.value })));
      expect(node.url).toBe(`${h.baseUrl}/tickets/${raw.id}`);
    }
    expect(page.included?.contacts?.length).toBeGreaterThan(0);
  });

  it('filters by one status, one priority and an assignee; refuses two statuses at once', async () => {
    const page = await connector.listTickets({ filter: { statuses: ['PENDING'], priorities: ['HIGH'] }, sort: newest, page: { first: 100 } });
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every(({ node }) => node.rawStatus === 'pending' && node.rawPriority === 'high')).toBe(true);
    expect((await connector.listTickets({ filter: { statuses: ['ON_HOLD'] }, sort: newest, page: { first: 5 } })).edges).toEqual([]);
    const refused = await rejection(connector.listTickets({ filter: { statuses: ['OPEN', 'NEW'] }, sort: newest, page: { first: 5 } }));
    expect(refused.code).toBe('CAPABILITY_UNSUPPORTED');
    expect((await h.stats()).total).toBe(1);
  });

  it('finds a requester and their tickets by email whatever its letter case, reading the listing', async () => {
    const person = PEOPLE[HELPDESK_CASE_VARIANT_PERSON]!;
    const [contact] = await connector.findContactsByEmail(person.email.toUpperCase());
    expect(contact).toMatchObject({ externalId: person.email, name: person.name });
    const page = await connector.listTickets({ filter: { requesterId: person.email }, sort: newest, page: { first: 100 } });
    const expected = [...h.sim.dataset().tickets.values()].filter((t) => t.requesterEmail.toLowerCase() === person.email);
    expect(new Set(ids(page))).toEqual(new Set(expected.map((t) => t.id)));
    expect(await connector.getContacts([person.email, 'nobody@example.com'])).toEqual([expect.objectContaining({ email: expect.any(String) }), null]);
  });

  it('bounds a requester lookup by options.requesterScanPages and says so instead of answering wrong', async () => {
    const small = h.connector({ options: { requesterScanPages: 1 } });
    const error = await rejection(small.findContactsByEmail('nobody@example.com'));
    expect(error.code).toBe('CAPABILITY_UNSUPPORTED');
    expect(error.message).toContain('requesterScanPages');
    expect((await h.stats()).total).toBe(1);
  });

  it('knows agents by the tickets assigned to them', async () => {
    const assignee = [...h.sim.dataset().tickets.values()].find((t) => t.assigneeId)!.assigneeId!;
    const [agent, nobody] = await connector.getAgents([assignee, 'usr_nobody']);
    expect(agent).toMatchObject({ externalId: assignee, name: null });
    expect(nobody).toBeNull();
  });

  it('gets tickets by id, null for unknown ones', async () => {
    const [id] = h.sim.dataset().tickets.keys();
    const [ticket, missing] = await connector.getTickets([id!, 'tkt_missing']);
    expect(ticket?.externalId).toBe(id);
    expect(missing).toBeNull();
  });

  it('sends X-Workspace-Id from the options, and maps the error envelope to our codes', async () => {
    await connector.getTickets(['tkt_missing']);
    expect(h.sim.workspaceHeaders()).toEqual(['ws_demo']);
    const foreign = h.connector({ options: { workspaceId: 'ws_other', requesterScanPages: 10 } });
    const forbidden = await rejection(foreign.listTickets({ filter: {}, sort: newest, page: { first: 1 } }));
    expect(forbidden.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(forbidden.upstreamStatus).toBe(403);
    // Our words, not the upstream's (those go to the debug log).
    expect(forbidden.message).toContain('refused the configured credentials');
    await h.faults({ errorStatus: 422 });
    const invalid = await rejection(connector.listTickets({ filter: {}, sort: newest, page: { first: 1 } }));
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(invalid.upstreamStatus).toBe(422);
    expect(invalid.message).not.toContain('VALIDATION_ERROR');
    await h.faults({ rateLimitBurst: { count: 5, retryAfterSeconds: 30 } });
    const limited = await rejection(connector.listTickets({ filter: {}, sort: newest, page: { first: 1 } }));
    expect(limited.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(limited.retryAfterMs).toBe(30_000);
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    expect((await connector.listTickets({ filter: {}, sort: newest, page: { first: 1 } })).edges).toHaveLength(1);
  });

  it('refuses contact listings and messages: the API has neither', async () => {
    expect((await rejection(connector.listContacts({ page: { first: 5 } }))).code).toBe('CAPABILITY_UNSUPPORTED');
    expect((await rejection(connector.listMessages('tkt_x', { first: 5 }))).code).toBe('CAPABILITY_UNSUPPORTED');
  });
});

describe('helpdesk cursors', () => {
  it('refuses a cursor whose link was made to point elsewhere below the API', async () => {
    const page = await connector.listTickets({ filter: {}, sort: newest, page: { first: 1 } });
    const cursor = page.edges[0]!.cursor;
    const state = JSON.parse(Buffer.from(cursor.slice('pc1.'.length), 'base64url').toString('utf8'));
    const forged = `pc1.${Buffer.from(JSON.stringify({ ...state, a: '/api/v1/admin/users?x=1' })).toString('base64url')}`;
    const error = await rejection(connector.listTickets({ filter: {}, sort: newest, page: { first: 1, after: forged } }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect((await h.stats()).total).toBe(1);
  });
});
