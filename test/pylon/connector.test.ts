import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import { pylonConnectorKind } from '../../src/connectors/pylon/index.js';
import { pylonStateCategories, pylonStateToStatus } from '../../src/connectors/pylon/map.js';
import { PROBE_LIMIT, WINDOW_MS } from '../../src/connectors/pylon/walk.js';
import type { SimIssue } from '../../src/simulators/pylon/data.js';
import { startPylonSimulator, type PylonSimulator } from '../../src/simulators/pylon/index.js';
import { rejection } from '../support/rejection.js';
import { counts, ordered, pylonConnector } from './support.js';

const DESC: TicketSort = { field: 'CREATED_AT', direction: 'DESC' };
const DAY = 86_400_000;

describe('Pylon connector against the simulator', () => {
  let simulator: PylonSimulator;
  let connector: Connector;

  const list = async (filter: TicketFilter, first = 100, sort = DESC) => connector.listTickets({ filter, sort, page: { first } });
  const idsOf = (page: { edges: { node: { externalId: string } }[] }): string[] => page.edges.map((edge) => edge.node.externalId);
  const expectedIds = (predicate: (issue: SimIssue) => boolean, first = 100, sort = DESC): string[] =>
    ordered(simulator.dataset().issues.filter(predicate), sort)
      .slice(0, first)
      .map((issue) => issue.id);

  beforeAll(async () => {
    simulator = await startPylonSimulator();
    connector = pylonConnector(simulator);
  });
  beforeEach(async () => {
    await simulator.reseed({});
  });
  afterAll(async () => {
    await connector.close();
    await simulator.close();
  });

  describe('listTickets', () => {
    it('lists the newest issues through GET /issues windows, mapped to tickets', async () => {
      const page = await list({}, 50);
      expect(idsOf(page)).toEqual(expectedIds(() => true, 50));
      expect(page).toMatchObject({ hasNextPage: true, hasPreviousPage: false, totalCount: null });
      expect(page.edges[0]?.node).toMatchObject({ connectionId: 'pylon-test', createdAt: expect.any(String) });
      expect(counts(simulator)['GET /issues']).toBeGreaterThanOrEqual(1);
    });

    it('walks consecutive windows behind one cursor, each at most 30 days', async () => {
      // 20 issues a week apart: 140 days, five windows; pages of 3 cross window edges mid-page.
      await simulator.reseed({ createdAgoMs: Array.from({ length: 20 }, (_, i) => i * 7 * DAY + 1000) });
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await connector.listTickets({ filter: {}, sort: DESC, page: after === undefined ? { first: 3 } : { first: 3, after } });
        seen.push(...idsOf(page));
        if (!page.hasNextPage) break;
        after = page.edges.at(-1)?.cursor;
      }
      expect(seen).toEqual(expectedIds(() => true, 20));
      // The simulator answers 400 to any window over 30 days, so every request here kept to the rule.
      expect(counts(simulator)['GET /issues']).toBeGreaterThan(1);
    });

    it('keeps issues that sit exactly on window edges', async () => {
      // An anchor one day old, then issues around one and two window spans older, and enough old issues
      // that probes stay incomplete, so the walk really goes window by window.
      const anchor = DAY;
      const edges = [-2, -1, 0, 1, 2].flatMap((d) => [anchor + WINDOW_MS + d, anchor + 2 * WINDOW_MS + d]);
      const filler = Array.from({ length: PROBE_LIMIT + 20 }, (_, i) => 150 * DAY + i * 1000);
      await simulator.reseed({ createdAgoMs: [anchor, ...edges, ...filler], grainMs: 1 });
      const firstPage = await list({}, 1);
      expect(idsOf(firstPage)).toEqual(expectedIds(() => true, 1));
      const next = await connector.listTickets({ filter: {}, sort: DESC, page: { first: 12, after: firstPage.edges[0]?.cursor ?? '' } });
      expect(idsOf(next)).toEqual(expectedIds(() => true, 13).slice(1));
    });

    it('lists oldest first too, and pages backward', async () => {
      const ASC: TicketSort = { field: 'CREATED_AT', direction: 'ASC' };
      const oldest = await list({}, 10, ASC);
      expect(idsOf(oldest)).toEqual(expectedIds(() => true, 10, ASC));
      const before = oldest.edges[5]?.cursor ?? '';
      const back = await connector.listTickets({ filter: {}, sort: ASC, page: { last: 3, before } });
      expect(idsOf(back)).toEqual(idsOf(oldest).slice(2, 5));
      expect(back).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      const tail = await connector.listTickets({ filter: {}, sort: DESC, page: { last: 4 } });
      expect(idsOf(tail)).toEqual(ordered(simulator.dataset().issues, DESC).slice(-4).map((issue) => issue.id));
    });

    it('filters through POST /issues/search', async () => {
      const { contacts, users } = simulator.dataset();
      const requester = contacts[1]?.id ?? '';
      const assignee = users[2]?.id ?? '';
      const account = simulator.dataset().issues.find((issue) => issue.account?.id)?.account?.id ?? '';
      const cases: [TicketFilter, (issue: SimIssue) => boolean][] = [
        [{ requesterId: requester }, (i) => i.requester?.id === requester],
        [{ assigneeId: assignee }, (i) => i.assignee?.id === assignee],
        [{ accountId: account }, (i) => i.account?.id === account],
        [{ statuses: ['OPEN'] }, (i) => pylonStateToStatus(i.state, pylonStateCategories(simulator.dataset().issueStatuses)).status === 'OPEN'],
        [{ statuses: ['PENDING'] }, (i) => ['waiting_on_customer', 'awaiting_logs'].includes(i.state)],
        [{ rawStatuses: ['investigating', 'on_hold'] }, (i) => ['investigating', 'on_hold'].includes(i.state)],
        [{ tags: ['bug', 'sso'] }, (i) => i.tags.includes('bug') && i.tags.includes('sso')],
        [{ priorities: ['URGENT'] }, (i) => i.custom_fields['priority']?.value === 'urgent'],
        [{ search: 'invoice' }, (i) => /invoice/i.test(i.title) || /invoice/i.test(i.body_html)],
        [{ updatedAfter: new Date(simulator.dataset().now - 20 * DAY).toISOString() }, (i) => Date.parse(i.updated_at) > simulator.dataset().now - 20 * DAY],
      ];
      for (const [filter, predicate] of cases) {
        const expected = expectedIds(predicate);
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(idsOf(await list(filter)), JSON.stringify(filter)).toEqual(expected);
      }
      expect(counts(simulator)['GET /issues']).toBeUndefined();
    });

    it('answers a requester’s issues in one search when they are few', async () => {
      const requester = simulator.dataset().contacts[4]?.id ?? '';
      const page = await list({ requesterId: requester }, 20);
      expect(idsOf(page)).toEqual(expectedIds((i) => i.requester?.id === requester, 20));
      expect(simulator.stats().byRoute).toEqual({ 'POST /issues/search': 1 });
    });

    it('bounds the window walk by created time', async () => {
      const { now } = simulator.dataset();
      const [after, before] = [now - 90 * DAY, now - 10 * DAY];
      const filter = { createdAfter: new Date(after).toISOString(), createdBefore: new Date(before).toISOString() };
      const inRange = (i: SimIssue): boolean => Date.parse(i.created_at) > after && Date.parse(i.created_at) < before;
      expect(idsOf(await list(filter))).toEqual(expectedIds(inRange));
      expect(counts(simulator)['GET /issues']).toBeGreaterThanOrEqual(1);
      // A range that one window covers needs exactly one request.
      await simulator.reseed({});
      const week = { createdAfter: new Date(now - 8 * DAY).toISOString(), createdBefore: new Date(now - DAY).toISOString() };
      const inWeek = (i: SimIssue): boolean => Date.parse(i.created_at) > now - 8 * DAY && Date.parse(i.created_at) < now - DAY;
      expect(idsOf(await list(week))).toEqual(expectedIds(inWeek));
      expect(simulator.stats().byRoute).toEqual({ 'GET /issues': 1 });
    });

    it('answers SOLVED with no issues and no request', async () => {
      expect(await list({ statuses: ['SOLVED'] })).toEqual({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: null });
      expect(simulator.stats().total).toBe(0);
    });

    it('refuses an updated-time order and a foreign cursor', async () => {
      expect((await rejection(list({}, 10, { field: 'UPDATED_AT', direction: 'DESC' }))).code).toBe('CAPABILITY_UNSUPPORTED');
      const foreign = connector.listTickets({ filter: {}, sort: DESC, page: { first: 5, after: 'bm90LWEtY3Vyc29y' } });
      expect((await rejection(foreign)).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('lookups', () => {
    it('gets issues by id or number, once per distinct id, null where missing', async () => {
      const [a, b] = simulator.dataset().issues;
      const tickets = await connector.getTickets([a?.id ?? '', 'missing', a?.id ?? '', String(b?.number)]);
      expect(tickets.map((ticket) => ticket?.externalId ?? null)).toEqual([a?.id, null, a?.id, b?.id]);
      expect(simulator.stats().byRoute).toEqual({ 'GET /issues/:id': 3 });
    });

    it('gets every contact in one POST /contacts/search', async () => {
      const ids = simulator.dataset().contacts.map((contact) => contact.id);
      const contacts = await connector.getContacts([...ids, 'missing', ids[0] ?? '']);
      expect(contacts.map((contact) => contact?.externalId ?? null)).toEqual([...ids, null, ids[0]]);
      expect(contacts[0]).toMatchObject({ name: simulator.dataset().contacts[0]?.name, email: simulator.dataset().contacts[0]?.email });
      expect(simulator.stats().byRoute).toEqual({ 'POST /contacts/search': 1 });
    });

    it('gets several users from one GET /users, and one user by id', async () => {
      const [u1, u2] = simulator.dataset().users;
      const agents = await connector.getAgents([u1?.id ?? '', u2?.id ?? '', u1?.id ?? '', 'missing']);
      expect(agents.map((agent) => agent?.name ?? null)).toEqual([u1?.name, u2?.name, u1?.name, null]);
      expect(simulator.stats().byRoute).toEqual({ 'GET /users': 1 });
      expect((await connector.getAgents([u2?.id ?? '', u2?.id ?? ''])).map((agent) => agent?.name)).toEqual([u2?.name, u2?.name]);
      expect(simulator.stats().byRoute).toEqual({ 'GET /users': 1, 'GET /users/:id': 1 });
    });

    it('finds contacts by email without regard to case', async () => {
      const contact = simulator.dataset().contacts[2];
      const found = await connector.findContactsByEmail(contact?.email.toUpperCase() ?? '');
      expect(found.map((c) => c.externalId)).toEqual([contact?.id]);
      expect(await connector.findContactsByEmail('nobody@example.com')).toEqual([]);
    });

    it('lists contacts forward with per-edge cursors, every contact once', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (const first of [1, 7, 20, 5, 100]) {
        const page = await connector.listContacts({ page: after === undefined ? { first } : { first, after } });
        seen.push(...page.edges.map((edge) => edge.node.externalId));
        after = page.edges.at(-1)?.cursor;
        if (!page.hasNextPage) break;
      }
      expect(seen.sort()).toEqual(simulator.dataset().contacts.map((c) => c.id).sort());
      const searched = await connector.listContacts({ search: 'taylor', page: { first: 50 } });
      expect(searched.edges.every((edge) => edge.node.email?.includes('taylor'))).toBe(true);
      expect(searched.edges.length).toBeGreaterThan(0);
      expect((await rejection(connector.listContacts({ page: { last: 5 } }))).code).toBe('CAPABILITY_UNSUPPORTED');
    });
  });

  describe('listMessages', () => {
    it('pages an issue’s messages oldest first, both ways, internal notes marked', async () => {
      const { issues, messages } = simulator.dataset();
      const issue = issues.find((i) => (messages.get(i.id)?.length ?? 0) >= 4 && messages.get(i.id)?.some((m) => m.is_private));
      const thread = messages.get(issue?.id ?? '') ?? [];
      const firstPage = await connector.listMessages(issue?.id ?? '', { first: 2 });
      const rest = await connector.listMessages(issue?.id ?? '', { first: 10, after: firstPage.edges[1]?.cursor ?? '' });
      const all = [...firstPage.edges, ...rest.edges].map((edge) => edge.node);
      expect(all.map((m) => m.externalId)).toEqual(thread.map((m) => m.id));
      expect(all.map((m) => m.internal)).toEqual(thread.map((m) => m.is_private));
      expect(all.filter((m) => m.internal).every((m) => m.type === 'NOTE' && m.author?.kind === 'AGENT')).toBe(true);
      expect(firstPage.hasNextPage).toBe(true);
      expect(rest.hasNextPage).toBe(false);
      const back = await connector.listMessages(issue?.id ?? '', { last: 2, before: rest.edges.at(-1)?.cursor ?? '' });
      expect(back.edges.map((edge) => edge.node.externalId)).toEqual(thread.slice(-3, -1).map((m) => m.id));
      expect(back).toMatchObject({ hasNextPage: true, hasPreviousPage: thread.length > 3 });
    });

    it('answers NOT_FOUND for an unknown issue', async () => {
      expect((await rejection(connector.listMessages('missing', { first: 5 }))).code).toBe('NOT_FOUND');
    });
  });

  describe('upstream failures', () => {
    it('waits out a short 429 and answers UPSTREAM_RATE_LIMITED past the budget', async () => {
      await fetch(`${simulator.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ rateLimitBurst: { count: 1, retryAfterSeconds: 0 } }) });
      expect(await connector.getAgents([simulator.dataset().users[0]?.id ?? ''])).toHaveLength(1);
      expect(simulator.stats().byRoute['GET /users/:id']).toBe(2);

      await simulator.reseed({ rateLimits: { 'GET /users/:id': { requests: 1, windowMs: 60_000 } } });
      const [u1] = simulator.dataset().users;
      await connector.getAgents([u1?.id ?? '']);
      const error = await rejection(connector.getAgents([u1?.id ?? '']));
      expect(error).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstreamStatus: 429, connectionId: 'pylon-test' });
      expect(error.message).toContain('rate-limiting');
    });

    it('keeps the token out of errors when Pylon refuses it', async () => {
      const token = 'not-the-token-0123456789';
      const wrong = pylonConnectorKind.create({
        id: 'pylon-wrong',
        workspaceId: 'ws',
        kind: 'pylon',
        name: 'Pylon',
        baseUrl: simulator.url,
        credentials: { apiToken: token },
        options: {},
        timeoutMs: 2000,
        rate: { maxConcurrency: 2, maxRetries: 0, maxRetryWaitMs: 0, documentedLimits: false },
      });
      const error = await rejection(wrong.getTickets(['1']));
      expect(error.upstreamStatus).toBe(401);
      expect(`${error.message} ${JSON.stringify(error.extensions)}`).not.toContain(token);
      await wrong.close();
    });

    it('validates its config', () => {
      expect(pylonConnectorKind.credentialsSchema.safeParse({ apiToken: '' }).success).toBe(false);
      expect(pylonConnectorKind.optionsSchema.safeParse({ priorityField: 'priority' }).success).toBe(true);
      expect(pylonConnectorKind.optionsSchema.safeParse({ prio: 'x' }).success).toBe(false);
    });
  });
});
