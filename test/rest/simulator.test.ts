import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildRestDataset, REST_READONLY_API_KEY, restSimulatorKind, startRestSimulator } from '../../src/simulators/rest/index.js';
import { SHARED_PEOPLE, PEOPLE } from '../../src/simulators/people.js';
import { checkOpenApiDocument } from './openapi-check.js';
import { orderedIds, startHarness, type ErrorBody, type ListBody, type RestHarness } from './support.js';

type Ticket = { id: string; status: string; priority: string; tags: string[]; subject: string; summary: string; created_at: string; updated_at: string; customer: { id: string; email: string }; assignee: { id: string } | null };

const dataset = buildRestDataset();
const tickets = [...dataset.tickets.values()];

let h: RestHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

/** Walks a list endpoint to the end and returns every item, checking meta on the way. */
const walk = async (path: string): Promise<{ items: Ticket[]; pages: number; totals: Set<number> }> => {
  const items: Ticket[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await h.api(`${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    const body = response.body as ListBody<Ticket>;
    items.push(...body.data);
    totals.add(body.meta.total);
    cursor = body.meta.next_cursor;
    pages++;
  } while (cursor !== null);
  return { items, pages, totals };
};

describe('rest simulator: dataset', () => {
  it('is deterministic, with 300 tickets, ~8 agents and customers drawn from the shared people', () => {
    const again = buildRestDataset();
    expect([...again.tickets.values()]).toEqual(tickets);
    expect(dataset.tickets.size).toBe(300);
    expect(dataset.users.size).toBe(8);
    const emails = new Set([...dataset.customers.values()].map((customer) => customer.email));
    for (const person of PEOPLE.slice(0, SHARED_PEOPLE)) expect(emails.has(person.email)).toBe(true);
    // every customer files a ticket, and every ticket has conversations
    const customersWithTickets = new Set(tickets.map((ticket) => ticket.customer_id));
    expect(customersWithTickets.size).toBe(dataset.customers.size);
    const ticketsWithConversations = new Set([...dataset.conversations.values()].map((conversation) => conversation.ticket_id));
    expect(ticketsWithConversations.size).toBe(300);
  });

  it('has timestamps unique per sort field, so keyset cursors are exact', () => {
    expect(new Set(tickets.map((ticket) => ticket.created_at)).size).toBe(300);
    expect(new Set(tickets.map((ticket) => ticket.updated_at)).size).toBe(300);
    const conversations = [...dataset.conversations.values()];
    expect(new Set(conversations.map((conversation) => conversation.created_at)).size).toBe(conversations.length);
    const customers = [...dataset.customers.values()];
    expect(new Set(customers.map((customer) => customer.created_at)).size).toBe(customers.length);
    expect(new Set(customers.map((customer) => customer.updated_at)).size).toBe(customers.length);
  });
});

describe('rest simulator: ticket listing', () => {
  it('defaults to created_at desc, limit 25, with meta.total and an ISO next_cursor', async () => {
    const response = await h.api('/tickets');
    const body = response.body as ListBody<Ticket>;
    expect(body.data.map((ticket) => ticket.id)).toEqual(orderedIds(tickets, (t) => t.created_at, 'desc').slice(0, 25));
    expect(body.meta).toEqual({ limit: 25, total: 300, next_cursor: body.data[24]?.created_at });
    expect(body.data[0]).toMatchObject({ customer: { id: expect.any(String), email: expect.stringContaining('@') } });
  });

  it('pages by ISO-timestamp cursor to the end with no gap and no duplicate, next_cursor null on the last page', async () => {
    for (const [orderBy, orderDir] of [['created_at', 'asc'], ['updated_at', 'desc'], ['updated_at', 'asc']] as const) {
      const { items, pages, totals } = await walk(`/tickets?limit=70&order_by=${orderBy}&order_dir=${orderDir}`);
      expect(items.map((ticket) => ticket.id)).toEqual(orderedIds(tickets, (t) => t[orderBy], orderDir));
      expect(pages).toBe(5);
      expect([...totals]).toEqual([300]);
    }
  });

  it('filters by status (one or a list), priority, assignee, customer, unassigned, tags (all of them) and search', async () => {
    const cases: [string, (ticket: (typeof tickets)[number]) => boolean][] = [
      ['status=open', (t) => t.status === 'open'],
      ['status=pending,on_hold', (t) => t.status === 'pending' || t.status === 'on_hold'],
      ['priority=urgent', (t) => t.priority === 'urgent'],
      ['assignee_id=user_3', (t) => t.assignee_id === 'user_3'],
      ['customer_id=cust_2', (t) => t.customer_id === 'cust_2'],
      ['unassigned=true', (t) => t.assignee_id === null],
      ['unassigned=false', (t) => t.assignee_id !== null],
      ['tags=billing', (t) => t.tags.includes('billing')],
      ['tags=billing,bug', (t) => t.tags.includes('billing') && t.tags.includes('bug')],
      ['search=REFUND', (t) => /refund/i.test(t.subject) || /refund/i.test(t.summary)],
      ['search=keypad', (t) => /keypad/i.test(t.subject) || /keypad/i.test(t.summary)],
      ['status=open&priority=high&unassigned=false', (t) => t.status === 'open' && t.priority === 'high' && t.assignee_id !== null],
    ];
    for (const [filter, predicate] of cases) {
      const expected = orderedIds(tickets.filter(predicate), (t) => t.created_at, 'desc');
      expect(expected.length, filter).toBeGreaterThan(0);
      const { items, totals } = await walk(`/tickets?${filter}&limit=100`);
      expect(items.map((ticket) => ticket.id), filter).toEqual(expected);
      expect([...totals], filter).toEqual([expected.length]);
    }
  });

  it('answers 400 BAD_REQUEST in the error envelope for a bad limit, cursor, order_by, order_dir or boolean', async () => {
    for (const query of ['limit=101', 'limit=0', 'limit=ten', 'cursor=yesterday', 'order_by=priority', 'order_dir=up', 'unassigned=maybe']) {
      const response = await h.api(`/tickets?${query}`);
      expect(response.status, query).toBe(400);
      expect((response.body as ErrorBody).error).toEqual({ code: 'BAD_REQUEST', message: expect.any(String), details: expect.any(Object) });
    }
    const hundred = await h.api('/tickets?limit=100');
    expect((hundred.body as ListBody).data).toHaveLength(100);
  });
});

describe('rest simulator: tickets by id and writes', () => {
  it('gets a ticket and answers 404 NOT_FOUND for an unknown one', async () => {
    const found = await h.api('/tickets/tkt_7');
    expect(found.status).toBe(200);
    expect((found.body as { data: Ticket }).data).toMatchObject({ id: 'tkt_7', description: expect.any(String), custom_fields: expect.any(Object) });
    const missing = await h.api('/tickets/tkt_9999');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Ticket not found', details: { id: 'tkt_9999' } } });
  });

  it('creates, updates and deletes tickets', async () => {
    const created = await h.api('/tickets', {
      method: 'POST',
      body: { subject: 'Help needed', description: 'Details', customer_email: 'Taylor.Reid@example.com', priority: 'high', tags: ['support'] },
    });
    expect(created.status).toBe(201);
    const ticket = (created.body as { data: Ticket }).data;
    expect(ticket).toMatchObject({ id: 'tkt_301', status: 'new', priority: 'high', tags: ['support'], assignee: null });
    // an existing customer is found by email, case-insensitively
    expect(ticket.customer.id).toBe([...dataset.customers.values()].find((c) => c.email === 'taylor.reid@example.com')?.id);
    const first = (await h.api('/tickets?limit=1')).body as ListBody<Ticket>;
    expect(first.data[0]?.id).toBe('tkt_301');
    expect(first.meta.total).toBe(301);

    const updated = await h.api('/tickets/tkt_301', { method: 'PATCH', body: { status: 'pending', assignee_id: 'user_2' } });
    expect(updated.status).toBe(200);
    expect((updated.body as { data: Ticket }).data).toMatchObject({ status: 'pending', assignee: { id: 'user_2', name: 'Priya Shah' } });
    expect(Date.parse((updated.body as { data: Ticket }).data.updated_at)).toBeGreaterThan(Date.parse(ticket.updated_at));
    const unassigned = await h.api('/tickets/tkt_301', { method: 'PATCH', body: { assignee_id: null } });
    expect((unassigned.body as { data: Ticket }).data.assignee).toBeNull();

    expect((await h.api('/tickets/tkt_301', { method: 'PATCH', body: { status: 'bogus' } })).status).toBe(400);
    expect((await h.api('/tickets/tkt_301', { method: 'PATCH', body: { assignee_id: 'user_99' } })).status).toBe(400);
    const invalid = await h.api('/tickets', { method: 'POST', body: { subject: '' } });
    expect(invalid.status).toBe(400);
    expect((invalid.body as ErrorBody).error.details).toHaveProperty('fields.customer_email');

    expect((await h.api('/tickets/tkt_301', { method: 'DELETE' })).status).toBe(204);
    expect((await h.api('/tickets/tkt_301')).status).toBe(404);
    expect((await h.api('/tickets/tkt_301', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses writes with a read-only key (403 FORBIDDEN) and any call without a valid key (401 UNAUTHORIZED)', async () => {
    const readOnly = await h.api('/tickets/tkt_1', { method: 'DELETE', token: REST_READONLY_API_KEY });
    expect(readOnly.status).toBe(403);
    expect((readOnly.body as ErrorBody).error.code).toBe('FORBIDDEN');
    expect((await h.api('/tickets/tkt_1', { token: REST_READONLY_API_KEY })).status).toBe(200);
    for (const token of [null, 'wrong-key']) {
      const response = await h.api('/tickets', { token });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.any(String), details: {} } });
    }
  });
});

describe('rest simulator: conversations, customers, users, tags, articles', () => {
  it('lists a ticket’s conversations oldest first, filters type and internal, and adds replies and notes', async () => {
    const expected = [...dataset.conversations.values()].filter((c) => c.ticket_id === 'tkt_5');
    const list = (await h.api('/conversations?ticket_id=tkt_5')).body as ListBody<{ id: string; type: string; internal: boolean }>;
    expect(list.data.map((c) => c.id)).toEqual(orderedIds(expected, (c) => c.created_at, 'asc'));
    expect(list.meta.total).toBe(expected.length);

    const notes = (await h.api('/conversations?internal=true&limit=100')).body as ListBody<{ type: string; internal: boolean }>;
    expect(notes.meta.total).toBe([...dataset.conversations.values()].filter((c) => c.internal).length);
    expect(notes.data.every((c) => c.internal && c.type === 'note')).toBe(true);
    const system = (await h.api('/conversations?type=system&limit=100')).body as ListBody<{ type: string; author: unknown }>;
    expect(system.data.every((c) => c.type === 'system' && c.author === null)).toBe(true);

    const note = await h.api('/conversations', { method: 'POST', body: { ticket_id: 'tkt_5', content: 'Checked logs', type: 'note' } });
    expect(note.status).toBe(201);
    const created = (note.body as { data: { id: string; internal: boolean } }).data;
    expect(created).toMatchObject({ ticket_id: 'tkt_5', type: 'note', internal: true, content_text: 'Checked logs' });
    expect((await h.api(`/conversations/${created.id}`)).status).toBe(200);
    const after = (await h.api('/conversations?ticket_id=tkt_5')).body as ListBody<{ id: string }>;
    expect(after.data.at(-1)?.id).toBe(created.id);
    expect((await h.api('/conversations', { method: 'POST', body: { ticket_id: 'tkt_0', content: 'x' } })).status).toBe(404);
  });

  it('finds customers by email (case-insensitive), search and phone, and runs their CRUD', async () => {
    const person = [...dataset.customers.values()].find((c) => c.phone !== null);
    if (!person) throw new Error('the dataset has a customer with a phone');
    const byEmail = (await h.api(`/customers?email=${encodeURIComponent(person.email.toUpperCase())}`)).body as ListBody<{ id: string; ticket_count: number }>;
    expect(byEmail.data.map((c) => c.id)).toEqual([person.id]);
    expect(byEmail.data[0]?.ticket_count).toBe(tickets.filter((t) => t.customer_id === person.id).length);
    const byPhone = (await h.api(`/customers?phone=${encodeURIComponent(person.phone ?? '')}`)).body as ListBody<{ id: string }>;
    expect(byPhone.data.map((c) => c.id)).toContain(person.id);
    const search = (await h.api('/customers?search=garcia&limit=100')).body as ListBody<{ name: string; email: string }>;
    expect(search.meta.total).toBe([...dataset.customers.values()].filter((c) => /garcia/i.test(c.name) || /garcia/i.test(c.email)).length);
    const asc = await walk('/customers?order_by=updated_at&order_dir=asc&limit=20');
    expect(asc.items.map((c) => c.id)).toEqual(orderedIds(dataset.customers.values(), (c) => c.updated_at, 'asc'));

    const created = await h.api('/customers', { method: 'POST', body: { email: 'new.person@example.com', name: 'New Person' } });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { id: string } }).data.id;
    expect((await h.api('/customers', { method: 'POST', body: { email: 'NEW.person@example.com' } })).status).toBe(400);
    const patched = await h.api(`/customers/${id}`, { method: 'PATCH', body: { company: 'Initech' } });
    expect((patched.body as { data: { company: string } }).data.company).toBe('Initech');
    expect((await h.api(`/customers/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api(`/customers/${id}`)).status).toBe(404);
  });

  it('lists and gets users', async () => {
    const users = (await h.api('/users?limit=100')).body as ListBody<{ id: string; role: string }>;
    expect(users.meta).toEqual({ limit: 100, total: 8, next_cursor: null });
    expect(users.data.map((u) => u.id)).toEqual(['user_1', 'user_2', 'user_3', 'user_4', 'user_5', 'user_6', 'user_7', 'user_8']);
    expect(((await h.api('/users/user_2')).body as { data: { name: string } }).data.name).toBe('Priya Shah');
    expect((await h.api('/users/user_0')).status).toBe(404);
  });

  it('runs tag CRUD and refuses duplicate names', async () => {
    const created = await h.api('/tags', { method: 'POST', body: { name: 'escalated', color: '#ff0000' } });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { id: string } }).data.id;
    expect((await h.api('/tags', { method: 'POST', body: { name: 'escalated' } })).status).toBe(400);
    expect((await h.api('/tags', { method: 'POST', body: { name: 'x', color: 'red' } })).status).toBe(400);
    expect(((await h.api(`/tags/${id}`, { method: 'PATCH', body: { color: '#00ff00' } })).body as { data: { color: string } }).data.color).toBe('#00ff00');
    expect(((await h.api('/tags')).body as ListBody).meta.total).toBe(11);
    expect((await h.api(`/tags/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api(`/tags/${id}`)).status).toBe(404);
  });

  it('runs article CRUD and filters by collection_id, status and search', async () => {
    const articles = [...dataset.articles.values()];
    const published = (await h.api('/articles?status=published&collection_id=col_2&limit=100')).body as ListBody<{ id: string }>;
    expect(published.meta.total).toBe(articles.filter((a) => a.status === 'published' && a.collection_id === 'col_2').length);
    const search = (await h.api('/articles?search=webhook')).body as ListBody<{ id: string }>;
    expect(search.data.map((a) => a.id).sort()).toEqual(articles.filter((a) => /webhook/i.test(a.title + a.body)).map((a) => a.id).sort());

    const created = await h.api('/articles', { method: 'POST', body: { title: 'How to reset password', body: '# Steps', collection_id: 'col_1' } });
    expect(created.status).toBe(201);
    const article = (created.body as { data: { id: string; status: string } }).data;
    expect(article.status).toBe('draft');
    const patched = await h.api(`/articles/${article.id}`, { method: 'PATCH', body: { status: 'published' } });
    expect((patched.body as { data: { status: string } }).data.status).toBe('published');
    expect((await h.api(`/articles/${article.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await h.api(`/articles/${article.id}`)).status).toBe(404);
  });
});

describe('rest simulator: /openapi.json', () => {
  it('is served without credentials and is a valid OpenAPI 3 document of every route', async () => {
    const response = await h.api('/openapi.json', { token: null });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(checkOpenApiDocument(response.body)).toEqual([]);
    const paths = (response.body as { paths: Record<string, object> }).paths;
    expect(Object.keys(paths).sort()).toEqual(
      ['articles', 'conversations', 'customers', 'tags', 'tickets', 'users'].flatMap((r) => [`/${r}`, `/${r}/{id}`]).sort(),
    );
  });

  it('would be caught by the checker when broken', () => {
    expect(checkOpenApiDocument({ openapi: '2.0', info: {}, paths: {} })).not.toEqual([]);
    expect(
      checkOpenApiDocument({
        openapi: '3.0.3',
        info: { title: 't', version: '1' },
        paths: { '/x/{id}': { get: { responses: { '200': { $ref: '#/components/responses/Missing' } } } } },
      }),
    ).toEqual(expect.arrayContaining([expect.stringContaining('does not resolve'), expect.stringContaining('{id} is not declared')]));
  });
});

describe('rest simulator: /_sim controls', () => {
  it('counts requests per route in /_sim/stats and zeroes them (and the dataset) on /_sim/reset', async () => {
    await h.api('/tickets');
    await h.api('/tickets/tkt_1');
    await h.api('/tickets/tkt_2');
    await h.api('/tickets', { method: 'POST', body: { subject: 'x', customer_email: 'x@example.com' } });
    expect(await h.stats()).toEqual({
      total: 4,
      byRoute: { 'GET /api/v1/tickets': 1, 'GET /api/v1/tickets/:id': 2, 'POST /api/v1/tickets': 1 },
    });
    expect(h.sim.stats().total).toBe(4);
    await h.reset();
    expect(await h.stats()).toEqual({ total: 0, byRoute: {} });
    expect(h.sim.dataset().tickets.size).toBe(300);
    expect(h.sim.requests()).toEqual([]);
  });

  it('injects latency', async () => {
    await h.faults({ latencyMs: 150 });
    const started = performance.now();
    expect((await h.api('/users')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('injects an error status in the error envelope, at a rate, on chosen routes only', async () => {
    await h.faults({ errorStatus: 500, routes: ['GET /api/v1/users'] });
    const failed = await h.api('/users');
    expect(failed.status).toBe(500);
    expect((failed.body as ErrorBody).error.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await h.api('/tags')).status).toBe(200);

    await h.faults({ errorStatus: 503, errorRate: 0.5 });
    const statuses = await Promise.all(Array.from({ length: 200 }, () => h.api('/tags?limit=1').then((r) => r.status)));
    const errors = statuses.filter((status) => status === 503).length;
    expect(errors).toBeGreaterThan(50);
    expect(errors).toBeLessThan(150);
    expect(errors + statuses.filter((status) => status === 200).length).toBe(200);
  });

  it('answers a burst of 429 TOO_MANY_REQUESTS with Retry-After, then recovers', async () => {
    await h.faults({ rateLimitBurst: { count: 2, retryAfterSeconds: 7 } });
    for (let i = 0; i < 2; i++) {
      const limited = await h.api('/tickets');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
      expect((limited.body as ErrorBody).error.code).toBe('TOO_MANY_REQUESTS');
    }
    expect((await h.api('/tickets')).status).toBe(200);
  });

  it('spends a request budget set by /_sim/faults, then answers 429 with Retry-After until the window ends', async () => {
    await h.faults({ rateLimits: { 'GET /api/v1/tickets/:id': { requests: 3, windowMs: 60_000 } } });
    for (let i = 1; i <= 3; i++) expect((await h.api(`/tickets/tkt_${i}`)).status).toBe(200);
    const limited = await h.api('/tickets/tkt_4');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect((limited.body as ErrorBody).error.code).toBe('TOO_MANY_REQUESTS');
    expect((await h.api('/tickets')).status).toBe(200);
  });

  it('hangs without answering, and sends truncated JSON when malformed', async () => {
    await h.faults({ hang: true, routes: ['GET /api/v1/users'] });
    const hung = await fetch(`${h.sim.url}/api/v1/users`, { signal: AbortSignal.timeout(200) }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(hung).toBe('TimeoutError');
    await h.faults({ malformed: true });
    const malformed = await h.api('/tickets');
    expect(malformed.status).toBe(200);
    expect(malformed.body).toBeUndefined();
    expect(malformed.text.startsWith('{"data"')).toBe(true);
  });
});

describe('rest simulator: start options', () => {
  it('spends the `rateLimits` budget given to start()', async () => {
    const sim = await startRestSimulator({ rateLimits: { '*': { requests: 2, windowMs: 30_000 } } });
    try {
      const call = () => fetch(`${sim.url}/api/v1/users`, { headers: { authorization: 'Bearer rest-demo-key' } });
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const limited = await call();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await sim.close();
    }
  });

  it('registers as the `rest` simulator kind with a working demo connection', async () => {
    const sim = await restSimulatorKind.start();
    try {
      const connection = restSimulatorKind.demoConnection(sim);
      const response = await fetch(`${connection.baseUrl}/tickets?limit=1`, { headers: { authorization: `Bearer ${String(connection.credentials['apiKey'])}` } });
      expect(response.status).toBe(200);
    } finally {
      await sim.close();
    }
  });
});
