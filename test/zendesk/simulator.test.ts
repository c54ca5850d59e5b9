import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE, SHARED_PEOPLE } from '../../src/simulators/people.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { BIG_TICKET_ID } from '../../src/simulators/zendesk/data.js';
import { ZENDESK_DEMO_CREDENTIALS, ZENDESK_DEMO_OAUTH_TOKEN, zendeskSimulatorKind } from '../../src/simulators/zendesk/index.js';
import { DATASET, startHarness, type Harness } from './harness.js';

let harness: Harness;
const BASIC = `Basic ${Buffer.from(`${ZENDESK_DEMO_CREDENTIALS.email}/token:${ZENDESK_DEMO_CREDENTIALS.apiToken}`).toString('base64')}`;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.reset());

const get = async (path: string, authorization = BASIC) => {
  const response = await fetch(`${harness.simulator.url}${path}`, { headers: { authorization } });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  return { status: response.status, headers: response.headers, text, json };
};

describe('zendesk simulator', () => {
  it('serves cursor pages with meta and links, and sideloads users', async () => {
    const first = await get('/api/v2/tickets?page[size]=3&include=users');
    expect(first.status).toBe(200);
    const body = first.json as { tickets: { id: number; requester_id: number }[]; users: { id: number }[]; meta: Record<string, unknown>; links: { next: string; prev: string } };
    expect(body.tickets.map((ticket) => ticket.id)).toEqual([1, 2, 3]);
    expect(body.meta).toMatchObject({ has_more: true, after_cursor: expect.any(String), before_cursor: expect.any(String) });
    expect(body.users.map((user) => user.id)).toEqual(expect.arrayContaining(body.tickets.map((ticket) => ticket.requester_id)));
    const nextUrl = new URL(body.links.next);
    const next = await get(nextUrl.pathname + nextUrl.search);
    expect((next.json as { tickets: { id: number }[] }).tickets.map((ticket) => ticket.id)).toEqual([4, 5, 6]);
    const back = await get(`/api/v2/tickets?page[size]=2&page[before]=${(next.json as { meta: { before_cursor: string } }).meta.before_cursor}`);
    expect((back.json as { tickets: { id: number }[] }).tickets.map((ticket) => ticket.id)).toEqual([2, 3]);
  });

  it('serves offset pages with count and page links, and stops at page 100', async () => {
    const page = await get('/api/v2/tickets?per_page=10&page=2&sort_by=created_at&sort_order=desc');
    expect(page.json).toMatchObject({ count: DATASET.tickets.length, next_page: expect.stringContaining('page=3'), previous_page: expect.stringContaining('page=1') });
    const beyond = await get('/api/v2/tickets?page=101&per_page=1');
    expect(beyond.status).toBe(400);
    expect(beyond.json).toEqual({ error: 'InvalidPaginationParameter', description: expect.stringContaining('first 100 pages') });
  });

  it('refuses a cursor issued for another order', async () => {
    const first = await get('/api/v2/tickets?page[size]=2&sort=updated_at');
    const cursor = (first.json as { meta: { after_cursor: string } }).meta.after_cursor;
    expect((await get(`/api/v2/tickets?page[size]=2&sort=-updated_at&page[after]=${cursor}`)).status).toBe(400);
    expect((await get(`/api/v2/tickets?page[size]=2&sort=updated_at&page[after]=${cursor}`)).status).toBe(200);
  });

  it('searches tickets by offset only, up to the 1000th result, with result_type and sideloaded users', async () => {
    const search = await get('/api/v2/search?query=type%3Aticket%20status%3Aopen%20status%3Apending&sort_by=updated_at&sort_order=asc&per_page=5&include=tickets(users)');
    const body = search.json as { results: { status: string; result_type: string }[]; users: unknown[]; count: number; facets: null };
    expect(body.results.every((result) => result.result_type === 'ticket' && ['open', 'pending'].includes(result.status))).toBe(true);
    expect(body.count).toBe(DATASET.tickets.filter((ticket) => ticket.status === 'open' || ticket.status === 'pending').length);
    expect(body.users.length).toBeGreaterThan(0);
    const beyond = await get('/api/v2/search?query=type%3Aticket&page=11&per_page=100');
    expect(beyond.status).toBe(422);
    expect(beyond.json).toMatchObject({ error: 'invalid' });
  });

  it('writes ids above 2^53 as exact integer literals', async () => {
    const ticket = await get(`/api/v2/tickets/${BIG_TICKET_ID}`);
    expect(ticket.text).toContain('"id":9007199254740993,');
  });

  it('answers errors in both Zendesk body forms, and 401 with its bare string', async () => {
    expect((await get('/api/v2/tickets/424242')).json).toEqual({ error: 'RecordNotFound', description: 'Not found' });
    expect((await get('/api/v2/tickets', 'Bearer nope')).json).toEqual({ error: "Couldn't authenticate you" });
    await harness.faults({ errorStatus: 403 });
    const forbidden = await get('/api/v2/tickets');
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toEqual({ error: { title: 'Forbidden', message: 'injected fault' } });
  });

  it('answers 429 with Retry-After and a plain-text body', async () => {
    await harness.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 7 } });
    const limited = await get('/api/v2/tickets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('content-type')).toContain('text/plain');
    expect((await get('/api/v2/tickets')).status).toBe(200);
  });

  it('accepts Basic API-token and Bearer OAuth credentials only', async () => {
    expect((await get('/api/v2/users/show_many?ids=1', `Bearer ${ZENDESK_DEMO_OAUTH_TOKEN}`)).status).toBe(200);
    const wrongToken = `Basic ${Buffer.from(`${ZENDESK_DEMO_CREDENTIALS.email}/token:nope`).toString('base64')}`;
    expect((await get('/api/v2/users/show_many?ids=1', wrongToken)).status).toBe(401);
  });

  it('counts requests per route and resets them', async () => {
    await get('/api/v2/tickets/1');
    await get('/api/v2/tickets/2/comments');
    expect((await harness.stats()).byRoute).toEqual({ 'GET /api/v2/tickets/:ticket_id': 1, 'GET /api/v2/tickets/:ticket_id/comments': 1 });
    await harness.reset();
    expect((await harness.stats()).total).toBe(0);
  });

  it('holds every shared person under the same email, plus agents and people of its own', () => {
    const emails = new Set(DATASET.users.map((user) => user.email));
    for (const person of PEOPLE.slice(0, SHARED_PEOPLE)) expect(emails.has(person.email)).toBe(true);
    expect(DATASET.users.filter((user) => user.role !== 'end-user').length).toBeGreaterThan(0);
    expect(DATASET.tickets.length).toBeGreaterThanOrEqual(300);
    expect(new Set(DATASET.tickets.map((ticket) => ticket.requester_id)).size).toBeGreaterThan(SHARED_PEOPLE);
  });

  it('is part of `deskgraph demo` with a connection that works', () => {
    expect(SIMULATOR_KINDS).toContain(zendeskSimulatorKind);
    expect(zendeskSimulatorKind.demoConnection(harness.simulator)).toEqual({ baseUrl: harness.simulator.url, credentials: { ...ZENDESK_DEMO_CREDENTIALS } });
  });
});
