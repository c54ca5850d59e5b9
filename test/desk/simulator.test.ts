import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DESK_CASE_VARIANT_PERSON } from '../../src/simulators/desk/dataset.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { startDeskHarness, type DeskHarness } from './support.js';

let h: DeskHarness;
beforeAll(async () => {
  h = await startDeskHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const ids = (body: { tickets: { id: number }[] }) => body.tickets.map((ticket) => ticket.id);

describe('desk simulator', () => {
  it('lists tickets with {id, type} references, included records by type and the page meta', async () => {
    const { status, body } = await h.api('/tickets.json', { pageSize: '10', page: '2', includes: 'customers,users,ticketstatuses,tags' });
    expect(status).toBe(200);
    expect(body.meta.page).toEqual({ count: 10, hasMore: true, page: 2, pageOffset: 10, pageSize: 10, pages: 26, records: 260 });
    const [ticket] = body.tickets;
    expect(ticket.customer).toEqual({ id: expect.any(Number), type: 'customers' });
    expect(ticket.status.type).toBe('ticketstatuses');
    expect(Object.keys(body.included).sort()).toEqual(['customers', 'tags', 'ticketstatuses', 'users']);
    expect(body.included.customers.map((c: { id: number }) => c.id)).toContain(ticket.customer.id);
  });

  it('filters with Mongo-style operators and orders by orderBy/orderMode', async () => {
    const filter = JSON.stringify({ $and: [{ status: { $in: [2, 3] } }, { $or: [{ agent: { $eq: 102 } }, { agent: null }] }], createdAt: { $gte: '2025-02-05T00:00:00Z' } });
    const { body } = await h.api('/tickets.json', { filter, orderBy: 'createdAt', orderMode: 'asc', pageSize: '100' });
    const stored = [...h.sim.dataset().tickets.values()]
      .filter((t) => [2, 3].includes(t.status) && (t.agent === 102 || t.agent === null) && t.createdAt >= '2025-02-05T00:00:00.000Z')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(ids(body)).toEqual(stored.slice(0, 100).map((t) => t.id));
    const like = await h.api('/tickets.json', { filter: JSON.stringify({ subject: { $like: '%CARD%' }, id: { $nin: [5001] } }), pageSize: '100' });
    expect(like.body.tickets.every((t: { subject: string; id: number }) => /card/i.test(t.subject) && t.id !== 5001)).toBe(true);
    expect(like.body.tickets.length).toBeGreaterThan(0);
  });

  it('answers the validator body on bad parameters, and 401/404/429 in the same shape', async () => {
    expect(await h.api('/tickets.json', { filter: '{"nope": 1}' })).toMatchObject({ status: 400, body: { errors: { filter: [expect.stringContaining('nope')] } } });
    expect((await h.api('/tickets.json', { filter: '{' })).body).toEqual({ errors: { filter: ['is not valid JSON'] } });
    expect((await h.api('/tickets.json', { orderBy: 'colour' })).status).toBe(400);
    expect((await h.api('/tickets.json', { pageSize: '500' })).body.errors.pageSize).toBeDefined();
    expect((await h.api('/tickets.json', {}, null)).status).toBe(401);
    expect((await h.api('/tickets/1.json')).status).toBe(404);
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 3 } });
    const limited = await h.api('/tickets.json');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
  });

  it('serves a ticket with its included records, customers and users by id and filter, and the tables', async () => {
    const one = await h.api('/tickets/5001.json', { includes: 'customers,ticketstatuses' });
    expect(one.body.ticket.id).toBe(5001);
    expect(one.body.included.customers).toHaveLength(1);
    expect((await h.api('/customers/1001.json')).body.customer.id).toBe(1001);
    const users = await h.api('/users.json', { filter: JSON.stringify({ id: { $in: [101, 103] } }) });
    expect(users.body.users.map((u: { id: number }) => u.id).sort()).toEqual([101, 103]);
    expect((await h.api('/ticketstatuses.json')).body.ticketstatuses.map((s: { name: string }) => s.name)).toContain('Waiting on customer');
    const person = PEOPLE[DESK_CASE_VARIANT_PERSON]!;
    const found = await h.api('/customers.json', { filter: JSON.stringify({ email: { $like: person.email } }) });
    expect(found.body.customers).toHaveLength(1);
    expect(found.body.customers[0].email).not.toBe(person.email);
    expect(found.body.customers[0].email.toLowerCase()).toBe(person.email);
  });
});

describe('desk simulator writes', () => {
  it('patches only the properties given, by record id, and deletes with 204', async () => {
    const [ticket] = [...h.sim.dataset().tickets.values()];
    const before = { ...ticket! };
    const patched = await h.send('PATCH', `/tickets/${before.id}.json?includes=ticketstatuses`, { ticket: { status: { id: 6 }, agent: null } });
    expect(patched.status).toBe(200);
    expect(patched.body.ticket).toMatchObject({ id: before.id, subject: before.subject, status: { id: 6, type: 'ticketstatuses' }, agent: null });
    expect(patched.body.included.ticketstatuses).toEqual([{ id: 6, name: 'Closed' }]);
    const deleted = await h.send('DELETE', `/tickets/${before.id}.json`);
    expect(deleted).toEqual({ status: 204, body: null });
    expect((await h.api(`/tickets/${before.id}.json`)).status).toBe(404);
  });

  it('answers the validator body for records that do not exist or bad values, and 404 for an unknown ticket', async () => {
    const [ticket] = [...h.sim.dataset().tickets.values()];
    const refused = await h.send('PATCH', `/tickets/${ticket!.id}.json`, { ticket: { status: { id: 99 }, agent: { id: 999999 } } });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors).sort()).toEqual(['agent', 'status']);
    const empty = await h.send('PATCH', `/tickets/${ticket!.id}.json`, { ticket: { subject: ' ' } });
    expect(empty.body.errors.subject).toEqual([expect.any(String)]);
    expect((await h.send('PATCH', '/tickets/999999.json', { ticket: { subject: 'x' } })).status).toBe(404);
  });
});
