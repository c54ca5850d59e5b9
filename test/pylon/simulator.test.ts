import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SHARED_PEOPLE, PEOPLE } from '../../src/simulators/people.js';
import { PYLON_CUSTOM_STATE } from '../../src/simulators/pylon/data.js';
import { PYLON_DEMO_TOKEN, pylonSimulatorKind, startPylonSimulator, type PylonSimulator } from '../../src/simulators/pylon/index.js';

const DAY = 86_400_000;

describe('Pylon simulator', () => {
  let simulator: PylonSimulator;

  const call = async (method: string, path: string, body?: unknown, token: string | null = PYLON_DEMO_TOKEN) => {
    const response = await fetch(`${simulator.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> & { data: never } };
  };
  const window = (start: number, end: number): string =>
    `/issues?start_time=${encodeURIComponent(new Date(start).toISOString())}&end_time=${encodeURIComponent(new Date(end).toISOString())}`;

  beforeAll(async () => {
    simulator = await startPylonSimulator();
  });
  beforeEach(async () => {
    await simulator.reseed({});
  });
  afterAll(async () => {
    await simulator.close();
  });

  it('refuses a request without the token with Pylon’s error body', async () => {
    const response = await call('GET', '/users/x', undefined, null);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errors: [expect.any(String)], request_id: expect.any(String) });
  });

  describe('GET /issues', () => {
    it('returns the issues of a window of at most 30 days, without pagination', async () => {
      const { now, issues } = simulator.dataset();
      const response = await call('GET', window(now - 30 * DAY, now));
      const expected = issues.filter((issue) => Date.parse(issue.created_at) >= now - 30 * DAY && Date.parse(issue.created_at) < now);
      expect(response.status).toBe(200);
      expect(expected.length).toBeGreaterThan(0);
      expect((response.body.data as { id: string }[]).map((issue) => issue.id).sort()).toEqual(expected.map((issue) => issue.id).sort());
      expect(response.body).not.toHaveProperty('pagination');
    });

    it('answers 400 for a window longer than 30 days or a missing bound', async () => {
      const { now } = simulator.dataset();
      const tooLong = await call('GET', window(now - 30 * DAY - 1, now));
      expect(tooLong.status).toBe(400);
      expect(tooLong.body['errors']).toEqual([expect.stringContaining('30 days')]);
      expect((await call('GET', '/issues')).status).toBe(400);
      expect((await call('GET', '/issues?start_time=yesterday&end_time=today')).status).toBe(400);
    });
  });

  describe('GET /issues/{id}', () => {
    it('finds an issue by id or by number', async () => {
      const target = simulator.dataset().issues[7];
      expect((await call('GET', `/issues/${target?.id}`)).body.data).toMatchObject({ id: target?.id, number: 8 });
      expect((await call('GET', '/issues/8')).body.data).toMatchObject({ id: target?.id });
      const missing = await call('GET', '/issues/no-such-issue');
      expect(missing.status).toBe(404);
      expect(missing.body['errors']).toEqual(['issue not found']);
    });
  });

  describe('POST /issues/search', () => {
    const ids = (body: Record<string, unknown>): string[] => (body['data'] as { id: string }[]).map((issue) => issue.id);

    it('applies and/or filters over subfilters', async () => {
      const { issues, contacts } = simulator.dataset();
      const requester = contacts[0]?.id ?? '';
      const filter = {
        operator: 'and',
        subfilters: [
          { field: 'requester_id', operator: 'equals', value: requester },
          { operator: 'or', subfilters: [{ field: 'state', operator: 'equals', value: 'closed' }, { field: 'tags', operator: 'contains', value: 'bug' }] },
        ],
      };
      const expected = issues.filter((i) => i.requester?.id === requester && (i.state === 'closed' || i.tags.includes('bug')));
      const response = await call('POST', '/issues/search', { filter, limit: 999 });
      expect(response.status).toBe(200);
      expect(ids(response.body).sort()).toEqual(expected.map((i) => i.id).sort());
      expect(response.body['pagination']).toEqual({ cursor: '', has_next_page: false });
    });

    it('pages with an opaque cursor, every match once', async () => {
      const filter = { field: 'state', operator: 'not_in', values: ['closed'] };
      const expected = simulator.dataset().issues.filter((i) => i.state !== 'closed');
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const response = await call('POST', '/issues/search', { filter, limit: 40, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(response.body));
        const pagination = response.body['pagination'] as { cursor: string; has_next_page: boolean };
        if (!pagination.has_next_page) break;
        cursor = pagination.cursor;
      }
      expect(seen.length).toBe(expected.length);
      expect(new Set(seen)).toEqual(new Set(expected.map((i) => i.id)));
    });

    it('filters on custom fields by slug and finds custom status slugs', async () => {
      const { issues } = simulator.dataset();
      const response = await call('POST', '/issues/search', {
        filter: { operator: 'and', subfilters: [{ field: 'priority', operator: 'in', values: ['urgent'] }, { field: 'state', operator: 'equals', value: PYLON_CUSTOM_STATE }] },
        limit: 999,
      });
      const expected = issues.filter((i) => i.custom_fields['priority']?.value === 'urgent' && i.state === PYLON_CUSTOM_STATE);
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(response.body).sort()).toEqual(expected.map((i) => i.id).sort());
    });

    it.each([
      ['depth beyond 3', { operator: 'and', subfilters: [{ operator: 'or', subfilters: [{ operator: 'and', subfilters: [{ field: 'state', operator: 'equals', value: 'new' }] }] }] }, 'depth'],
      ['an operator the field does not allow', { field: 'state', operator: 'string_contains', value: 'new' }, 'not allowed'],
      ['an unknown field', { field: 'colour', operator: 'equals', value: 'red' }, 'not filterable'],
      ['`in` without values', { field: 'state', operator: 'in', value: 'new' }, 'needs values'],
      ['a time that is not RFC 3339', { field: 'created_at', operator: 'time_is_after', value: 'last week' }, 'RFC 3339'],
      ['and without subfilters', { operator: 'and' }, 'subfilters'],
    ])('answers 400 for %s', async (_, filter, message) => {
      const response = await call('POST', '/issues/search', { filter });
      expect(response.status).toBe(400);
      expect(response.body['errors']).toEqual([expect.stringContaining(message)]);
    });

    it('accepts depth 3 and refuses limits outside 1..999 and a missing filter', async () => {
      const depth3 = { operator: 'and', subfilters: [{ operator: 'or', subfilters: [{ field: 'state', operator: 'equals', value: 'new' }] }] };
      expect((await call('POST', '/issues/search', { filter: depth3 })).status).toBe(200);
      expect((await call('POST', '/issues/search', { filter: depth3, limit: 1000 })).status).toBe(400);
      expect((await call('POST', '/issues/search', { limit: 10 })).status).toBe(400);
    });
  });

  describe('contacts, users and messages', () => {
    it('searches contacts by ids in one request and by email without case', async () => {
      const { contacts } = simulator.dataset();
      const wanted = contacts.slice(0, 5).map((c) => c.id);
      const byIds = await call('POST', '/contacts/search', { filter: { field: 'id', operator: 'in', values: [...wanted, 'missing'] }, limit: 10 });
      expect((byIds.body.data as { id: string }[]).map((c) => c.id).sort()).toEqual([...wanted].sort());
      const byEmail = await call('POST', '/contacts/search', { filter: { field: 'email', operator: 'equals', value: contacts[3]?.email.toUpperCase() } });
      expect(byEmail.body.data).toEqual([contacts[3]]);
    });

    it('shares the first people with every helpdesk, under the same emails', () => {
      const emails = new Set(simulator.dataset().contacts.map((c) => c.email));
      for (const person of PEOPLE.slice(0, SHARED_PEOPLE)) expect(emails).toContain(person.email);
    });

    it('serves a user and an issue’s messages, internal notes marked is_private', async () => {
      const { users, issues, messages } = simulator.dataset();
      expect((await call('GET', `/users/${users[0]?.id}`)).body.data).toEqual(users[0]);
      expect((await call('GET', '/users/nobody')).status).toBe(404);
      const withNote = issues.find((i) => messages.get(i.id)?.some((m) => m.is_private));
      const response = await call('GET', `/issues/${withNote?.id}/messages`);
      expect(response.body.data).toEqual(messages.get(withNote?.id ?? ''));
      expect(response.body['pagination']).toEqual({ cursor: '', has_next_page: false });
    });
  });

  describe('rate limits and control', () => {
    it('answers 429 with Retry-After and an errors body past a route’s budget', async () => {
      await simulator.reseed({ rateLimits: 'documented' });
      const { now } = simulator.dataset();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await call('GET', window(now - DAY, now))).status);
      expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
      const limited = await call('GET', window(now - DAY, now));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body).toEqual({ errors: [expect.stringContaining('rate limit')], request_id: expect.any(String) });
      // Budgets are per endpoint: search still has room.
      expect((await call('POST', '/issues/search', { filter: { field: 'state', operator: 'equals', value: 'new' } })).status).toBe(200);
    });

    it('counts requests per route and resets through /_sim', async () => {
      await call('GET', '/issues/1');
      await call('GET', '/issues/2');
      await call('POST', '/contacts/search', { filter: { field: 'id', operator: 'in', values: [] } });
      expect(simulator.stats()).toEqual({ total: 3, byRoute: { 'GET /issues/:id': 2, 'POST /contacts/search': 1 } });
      expect((await fetch(`${simulator.url}/_sim/reset`, { method: 'POST' })).status).toBe(200);
      expect(simulator.stats().total).toBe(0);
    });

    it('is registered for the demo with a connection that works', async () => {
      const demo = pylonSimulatorKind.demoConnection(simulator);
      expect(demo).toEqual({
        baseUrl: simulator.url,
        credentials: { apiToken: PYLON_DEMO_TOKEN },
        options: { priorityField: 'priority' },
        // The simulator keeps no budgets by default, so the demo connection keeps none either.
        rate: { documentedLimits: false },
      });
    });
  });
});
