import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HELPDESK_CASE_VARIANT_PERSON } from '../../src/simulators/helpdesk/dataset.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { startHelpdeskHarness, type HelpdeskHarness } from './support.js';

let h: HelpdeskHarness;
beforeAll(async () => {
  h = await startHelpdeskHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

describe('helpdesk simulator', () => {
  it('lists tickets in the seed\'s envelope with a relative links.next, and follows it to the end', async () => {
    const first = await h.api('/tickets');
    expect(first.status).toBe(200);
    expect(first.body.meta).toEqual({ pageSize: 25, hasMore: true });
    expect(first.body.tickets).toHaveLength(25);
    expect(Object.keys(first.body.tickets[0]).sort()).toEqual(
      ['assigneeId', 'createdAt', 'customFields', 'id', 'priority', 'requesterEmail', 'requesterName', 'status', 'subject', 'tags', 'type', 'updatedAt'].sort(),
    );
    expect(first.body.links.next).toMatch(/^\/api\/v1\/tickets\?after=/);
    const ids: string[] = [];
    let next: string | null = '/tickets?page_size=100';
    while (next) {
      const page = await h.api(next.replace(/^\/api\/v1/, ''));
      ids.push(...page.body.tickets.map((ticket: { id: string }) => ticket.id));
      next = page.body.links.next ? `${page.body.links.next.replace(/^\/api\/v1/, '')}&page_size=100` : null;
    }
    expect(new Set(ids).size).toBe(h.sim.dataset().tickets.size);
  });

  it('filters by status, priority and assignee, and sorts by each sort_by both ways', async () => {
    const list = await h.api('/tickets?status=pending&priority=high&page_size=100');
    expect(list.body.tickets.length).toBeGreaterThan(0);
    expect(list.body.tickets.every((t: { status: string; priority: string }) => t.status === 'pending' && t.priority === 'high')).toBe(true);
    const assignee = list.body.tickets.find((t: { assigneeId: string | null }) => t.assigneeId)?.assigneeId;
    const mine = await h.api(`/tickets?assignee_id=${assignee}&page_size=100`);
    expect(mine.body.tickets.every((t: { assigneeId: string }) => t.assigneeId === assignee)).toBe(true);
    const asc = await h.api('/tickets?sort_by=updated_at&sort_order=asc&page_size=100');
    const times = asc.body.tickets.map((t: { updatedAt: string }) => Date.parse(t.updatedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const byStatus = await h.api('/tickets?sort_by=status&sort_order=asc&page_size=100');
    const ranks = byStatus.body.tickets.map((t: { status: string }) => ['new', 'open', 'pending', 'resolved', 'closed'].indexOf(t.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('keeps custom field values of every JSON type and stores one shared person in other letter case', () => {
    const values = [...h.sim.dataset().tickets.values()].flatMap((ticket) => ticket.customFields.map((field) => field.value));
    expect(new Set(values.map((value) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value)))).toEqual(
      new Set(['string', 'number', 'boolean', 'array', 'null']),
    );
    const person = PEOPLE[HELPDESK_CASE_VARIANT_PERSON]!;
    const stored = [...h.sim.dataset().tickets.values()].find((ticket) => ticket.requesterEmail.toLowerCase() === person.email);
    expect(stored?.requesterEmail).not.toBe(person.email);
  });

  it('answers errors in the {error: {code, message, status, details}} envelope', async () => {
    expect((await h.api('/tickets/tkt_nope')).body).toEqual({
      error: { code: 'NOT_FOUND', message: 'Ticket not found', status: 404, details: { id: 'tkt_nope' } },
    });
    const invalid = await h.api('/tickets?page_size=500');
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('VALIDATION_ERROR');
    expect((await h.api('/tickets', { token: null })).body.error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect((await h.api('/tickets', { headers: { 'x-workspace-id': 'ws_other' } })).body.error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 7 } });
    const limited = await h.api('/tickets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.error.code).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('counts requests by route and resets', async () => {
    await h.api('/tickets');
    await h.api('/tickets/tkt_nope');
    expect((await h.stats()).byRoute).toEqual({ 'GET /helpdesk/api/v1/tickets': 1, 'GET /helpdesk/api/v1/tickets/:id': 1 });
    await h.reset();
    expect((await h.stats()).total).toBe(0);
  });
});

describe('helpdesk simulator writes (seed 001)', () => {
  it('creates with the documented defaults, updates only the fields given, and deletes with 204', async () => {
    const created = await h.api('/tickets', { method: 'POST', body: { ticket: { subject: 'Cannot log in', requesterEmail: 'jane@example.com', tags: ['billing'] } } });
    expect(created.status).toBe(201);
    expect(created.body.ticket).toMatchObject({ subject: 'Cannot log in', status: 'new', priority: 'normal', type: 'question', assigneeId: null, tags: ['billing'] });
    const id = created.body.ticket.id;
    const updated = await h.api(`/tickets/${id}`, { method: 'PUT', body: { ticket: { status: 'pending', customFields: [{ id: 'cf_plan', value: 'Pro' }] } } });
    expect(updated.status).toBe(200);
    expect(updated.body.ticket).toMatchObject({ subject: 'Cannot log in', status: 'pending', priority: 'normal', tags: ['billing'], customFields: [{ id: 'cf_plan', value: 'Pro' }] });
    expect(updated.body.ticket.updatedAt > created.body.ticket.updatedAt).toBe(true);
    const deleted = await h.api(`/tickets/${id}`, { method: 'DELETE' });
    expect(deleted).toMatchObject({ status: 204, body: null });
    expect((await h.api(`/tickets/${id}`)).body.error.code).toBe('NOT_FOUND');
  });

  it('answers 400 without a ticket object, 422 naming each invalid field, and 404 for an unknown ticket', async () => {
    const missing = await h.api('/tickets', { method: 'POST', body: { subject: 'no envelope' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('BAD_REQUEST');
    const invalid = await h.api('/tickets', { method: 'POST', body: { ticket: { status: 'snoozed', requesterEmail: 'a..b@example.com' } } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('VALIDATION_ERROR');
    expect(Object.keys(invalid.body.error.details.fields).sort()).toEqual(['requesterEmail', 'status', 'subject']);
    const unknown = await h.api('/tickets/tkt_nope', { method: 'PUT', body: { ticket: { status: 'open' } } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });
});
