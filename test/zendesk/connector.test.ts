import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import type { PageRequest } from '../../src/pagination/page.js';
import { GatewayError } from '../../src/domain/errors.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { BIG_AGENT_ID, BIG_TICKET_ID } from '../../src/simulators/zendesk/data.js';
import { ZENDESK_DEMO_OAUTH_TOKEN } from '../../src/simulators/zendesk/index.js';
import { DATASET, expectedIds, startHarness, type Harness } from './harness.js';

let harness: Harness;
let zendesk: Connector;

/** The customer with the most tickets, and an agent with assignments. */
const busiest = (key: 'requester_id' | 'assignee_id'): string => {
  const counts = new Map<string, number>();
  for (const ticket of DATASET.tickets) {
    const id = ticket[key];
    if (id !== undefined) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
};
const REQUESTER = busiest('requester_id');
const ASSIGNEE = busiest('assignee_id');

beforeAll(async () => {
  harness = await startHarness();
  zendesk = harness.connector();
});
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.reset();
  // Walks below make many requests; the default per-minute budget is tested on its own.
  await harness.faults({ rateLimits: { '*': { requests: 1_000_000, windowMs: 60_000 } } });
});

const routesUsed = async (): Promise<string[]> => Object.keys((await harness.stats()).byRoute);

const walk = async (filter: TicketFilter, sort: TicketSort, sizes: readonly number[], backward: boolean): Promise<string[]> => {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let step = 0; step < 1000; step++) {
    const size = sizes[step % sizes.length] as number;
    const page: PageRequest = backward ? { last: size, before: cursor } : { first: size, after: cursor };
    const result = await zendesk.listTickets({ filter, sort, page });
    expect(result.edges.length).toBeLessThanOrEqual(size);
    const ids = result.edges.map((edge) => edge.node.externalId);
    if (backward) seen.unshift(...ids);
    else seen.push(...ids);
    if (!(backward ? result.hasPreviousPage : result.hasNextPage)) return seen;
    cursor = (backward ? result.edges[0] : result.edges.at(-1))?.cursor;
  }
  throw new Error('the walk did not end');
};

describe('listTickets paging', () => {
  const listings: [string, TicketFilter, TicketSort][] = [
    ['every ticket by update time (cursor)', {}, { field: 'UPDATED_AT', direction: 'DESC' }],
    ['every ticket by update time ascending (cursor)', {}, { field: 'UPDATED_AT', direction: 'ASC' }],
    ['every ticket by creation time (offset)', {}, { field: 'CREATED_AT', direction: 'DESC' }],
    ["a requester's tickets by update time (cursor)", { requesterId: REQUESTER }, { field: 'UPDATED_AT', direction: 'ASC' }],
    ["a requester's tickets by creation time (offset)", { requesterId: REQUESTER }, { field: 'CREATED_AT', direction: 'ASC' }],
    ['open and pending tickets (search)', { statuses: ['OPEN', 'PENDING'] }, { field: 'CREATED_AT', direction: 'ASC' }],
  ];

  it.each(listings)('walks %s forward and backward without gaps or duplicates', async (_name, filter, sort) => {
    const expected = expectedIds(filter, sort);
    expect(expected.length).toBeGreaterThan(3);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }), async (sizes) => {
        expect(await walk(filter, sort, sizes, false)).toEqual(expected);
        expect(await walk(filter, sort, sizes, true)).toEqual(expected);
      }),
      { numRuns: 6 },
    );
  });

  it('resumes after and before an edge in the middle of a page', async () => {
    const sort: TicketSort = { field: 'UPDATED_AT', direction: 'DESC' };
    const expected = expectedIds({}, sort);
    const page = await zendesk.listTickets({ filter: {}, sort, page: { first: 40 } });
    const middle = page.edges[17];
    const after = await zendesk.listTickets({ filter: {}, sort, page: { first: 30, after: middle?.cursor } });
    expect(after.edges.map((edge) => edge.node.externalId)).toEqual(expected.slice(18, 48));
    const before = await zendesk.listTickets({ filter: {}, sort, page: { last: 10, before: middle?.cursor } });
    expect(before.edges.map((edge) => edge.node.externalId)).toEqual(expected.slice(7, 17));
    expect(before).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('refuses a cursor it did not issue', async () => {
    const error = await zendesk
      .listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'DESC' }, page: { first: 5, after: 'of1.3' } })
      .catch((e: unknown) => e);
    expect((error as GatewayError).code).toBe('BAD_USER_INPUT');
  });
});

describe('listTickets requests', () => {
  it('reads 50 tickets with their requesters and assignees in exactly one upstream request', async () => {
    const page = await zendesk.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'DESC' }, page: { first: 50 } });
    expect(page.edges).toHaveLength(50);
    expect((await harness.stats()).total).toBe(1);
    const contacts = new Set(page.included?.contacts?.map((contact) => contact.externalId));
    const agents = new Set(page.included?.agents?.map((agent) => agent.externalId));
    for (const { node } of page.edges) {
      expect(contacts.has(node.requester?.externalId as string)).toBe(true);
      expect(node.requester?.email).toMatch(/@/);
      if (node.assigneeId !== null) expect(agents.has(node.assigneeId)).toBe(true);
    }
  });

  it.each<[string, TicketFilter, TicketSort, string]>([
    ['no filter by creation', {}, { field: 'CREATED_AT', direction: 'DESC' }, 'GET /api/v2/tickets'],
    ['a requester', { requesterId: REQUESTER }, { field: 'UPDATED_AT', direction: 'DESC' }, 'GET /api/v2/users/:user_id/tickets/requested'],
    ['statuses', { statuses: ['ON_HOLD'] }, { field: 'UPDATED_AT', direction: 'DESC' }, 'GET /api/v2/search'],
    ['raw statuses', { rawStatuses: ['solved', 'closed'] }, { field: 'UPDATED_AT', direction: 'DESC' }, 'GET /api/v2/search'],
    ['priorities', { priorities: ['URGENT'] }, { field: 'CREATED_AT', direction: 'ASC' }, 'GET /api/v2/search'],
    ['an assignee', { assigneeId: ASSIGNEE }, { field: 'UPDATED_AT', direction: 'ASC' }, 'GET /api/v2/search'],
    ['the big-id assignee', { assigneeId: String(BIG_AGENT_ID) }, { field: 'UPDATED_AT', direction: 'ASC' }, 'GET /api/v2/search'],
    ['a channel', { channel: 'CHAT' as const }, { field: 'UPDATED_AT', direction: 'DESC' }, 'GET /api/v2/search'],
    ['a requester with a status', { requesterId: REQUESTER, statuses: ['OPEN', 'NEW'] }, { field: 'CREATED_AT', direction: 'DESC' }, 'GET /api/v2/search'],
  ])('filters by %s with one request to its endpoint', async (_name, filter, sort, route) => {
    const expected = expectedIds(filter, sort);
    expect(expected.length).toBeGreaterThan(0);
    const page = await zendesk.listTickets({ filter, sort, page: { first: 100 } });
    expect(page.edges.map((edge) => edge.node.externalId)).toEqual(expected.slice(0, 100));
    expect(await routesUsed()).toEqual([route]);
    expect((await harness.stats()).total).toBe(1);
  });

  it('reports the total count where Zendesk gives one (offset pages)', async () => {
    const search = await zendesk.listTickets({ filter: { statuses: ['OPEN'] }, sort: { field: 'CREATED_AT', direction: 'ASC' }, page: { first: 5 } });
    expect(search.totalCount).toBe(expectedIds({ statuses: ['OPEN'] }, { field: 'CREATED_AT', direction: 'ASC' }).length);
    const cursor = await zendesk.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'ASC' }, page: { first: 5 } });
    expect(cursor.totalCount).toBeNull();
  });

  it('answers a filter that cannot match without a request', async () => {
    const page = await zendesk.listTickets({ filter: { statuses: ['OPEN'], rawStatuses: ['closed'] }, sort: { field: 'UPDATED_AT', direction: 'ASC' }, page: { first: 5 } });
    expect(page.edges).toEqual([]);
    expect((await harness.stats()).total).toBe(0);
  });
});

describe('tickets by id', () => {
  it('reads one ticket from tickets/{id}, with an id above 2^53 kept exact', async () => {
    const [ticket] = await zendesk.getTickets([String(BIG_TICKET_ID)]);
    expect(ticket?.externalId).toBe('9007199254740993');
    expect(ticket?.requester?.email).toMatch(/@example\.com$/);
    expect(await routesUsed()).toEqual(['GET /api/v2/tickets/:ticket_id']);
  });

  it('reads many through show_many, 100 per call, in the order asked, null where missing', async () => {
    const ids = [...DATASET.tickets.slice(0, 150).map((ticket) => String(ticket.id)), '999999', 'not-an-id', String(BIG_TICKET_ID), '1'];
    const tickets = await zendesk.getTickets(ids);
    expect(tickets.map((ticket) => ticket?.externalId ?? null)).toEqual([...ids.slice(0, 150), null, null, String(BIG_TICKET_ID), '1']);
    expect((await harness.stats()).byRoute).toEqual({ 'GET /api/v2/tickets/show_many': 2 });
  });

  it('answers null for a ticket Zendesk does not have', async () => {
    expect(await zendesk.getTickets(['424242'])).toEqual([null]);
  });
});

describe('users', () => {
  const agent = DATASET.users.find((user) => user.id === BIG_AGENT_ID);
  const customer = DATASET.users.find((user) => user.role === 'end-user');

  it('reads contacts and agents through users/show_many', async () => {
    const ids = [String(customer?.id), String(BIG_AGENT_ID), '1'];
    expect((await zendesk.getContacts(ids)).map((contact) => contact?.email ?? null)).toEqual([customer?.email, agent?.email, null]);
    // An end-user is no agent.
    expect((await zendesk.getAgents(ids)).map((found) => found?.externalId ?? null)).toEqual([null, '9007199254740995', null]);
    expect((await harness.stats()).byRoute).toEqual({ 'GET /api/v2/users/show_many': 2 });
  });

  it('finds a person shared with the other helpdesks by email, whatever its case', async () => {
    const shared = PEOPLE[0];
    const found = await zendesk.findContactsByEmail(shared?.email.toUpperCase() as string);
    expect(found.map((contact) => [contact.email, contact.name])).toEqual([[shared?.email, shared?.name]]);
    expect(await zendesk.findContactsByEmail('nobody@example.com')).toEqual([]);
    expect(await routesUsed()).toEqual(['GET /api/v2/users/search']);
  });

  it('lists contacts (end-users) forward and backward from an edge, and by search', async () => {
    const endUsers = DATASET.users.filter((user) => user.role === 'end-user').map((user) => String(user.id));
    const first = await zendesk.listContacts({ page: { first: 20 } });
    expect(first.edges.map((edge) => edge.node.externalId)).toEqual(endUsers.slice(0, 20));
    const next = await zendesk.listContacts({ page: { first: 20, after: first.edges.at(-1)?.cursor } });
    expect(next.edges.map((edge) => edge.node.externalId)).toEqual(endUsers.slice(20, 40));
    const back = await zendesk.listContacts({ page: { last: 5, before: next.edges[0]?.cursor } });
    expect(back.edges.map((edge) => edge.node.externalId)).toEqual(endUsers.slice(15, 20));
    const error = await zendesk.listContacts({ page: { last: 5 } }).catch((e: unknown) => e);
    expect((error as GatewayError).code).toBe('CAPABILITY_UNSUPPORTED');
    const searched = await zendesk.listContacts({ search: customer?.name.split(' ')[1] as string, page: { first: 50 } });
    expect(searched.edges.map((edge) => edge.node.externalId)).toContain(String(customer?.id));
  });
});

describe('listMessages', () => {
  const ticket = DATASET.tickets.find((candidate) => DATASET.comments.filter((comment) => comment.ticket_id === candidate.id && !comment.public).length > 0);
  const comments = DATASET.comments.filter((comment) => comment.ticket_id === ticket?.id);

  it('reads comments oldest first: public ones as replies, private ones as internal notes, with their authors', async () => {
    const page = await zendesk.listMessages(String(ticket?.id), { first: 100 });
    expect(page.edges.map((edge) => edge.node.externalId)).toEqual(comments.map((comment) => String(comment.id)));
    for (const [i, { node }] of page.edges.entries()) {
      const comment = comments[i];
      expect(node.internal).toBe(!comment?.public);
      expect(node.type).toBe(comment?.public ? 'REPLY' : 'NOTE');
      expect(node.bodyText).toBe(comment?.plain_body);
      expect(node.author?.kind).toBe(DATASET.users.find((user) => user.id === comment?.author_id)?.role === 'end-user' ? 'CONTACT' : 'AGENT');
    }
    expect((await harness.stats()).total).toBe(1);
  });

  it('pages comments forward and backward one at a time', async () => {
    const ids = comments.map((comment) => String(comment.id));
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await zendesk.listMessages(String(ticket?.id), { first: 1, after });
      forward.push(...page.edges.map((edge) => edge.node.externalId));
      if (!page.hasNextPage) break;
      after = page.edges[0]?.cursor;
    }
    expect(forward).toEqual(ids);
    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await zendesk.listMessages(String(ticket?.id), { last: 1, before });
      backward.unshift(...page.edges.map((edge) => edge.node.externalId));
      if (!page.hasPreviousPage) break;
      before = page.edges[0]?.cursor;
    }
    expect(backward).toEqual(ids);
  });

  it('answers NOT_FOUND for a ticket Zendesk does not have', async () => {
    const error = await zendesk.listMessages('424242', { first: 5 }).catch((e: unknown) => e);
    expect((error as GatewayError).code).toBe('NOT_FOUND');
  });
});

describe('auth, rate limits and errors', () => {
  it('authenticates with an OAuth token as well as an API token', async () => {
    const oauth = harness.connector({ oauthToken: ZENDESK_DEMO_OAUTH_TOKEN });
    expect(await oauth.getTickets(['1'])).toHaveLength(1);
  });

  it('reports refused credentials without echoing them', async () => {
    const wrong = harness.connector({ email: 'demo@deskgraph.test', apiToken: 'wrong-secret-token' });
    const error = await wrong.getTickets(['1']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).upstreamStatus).toBe(401);
    expect((error as GatewayError).message).toContain('refused the configured credentials');
    expect((error as GatewayError).message).not.toContain("Couldn't authenticate you");
    expect(JSON.stringify({ message: (error as GatewayError).message, extensions: (error as GatewayError).extensions })).not.toContain('wrong-secret-token');
  });

  it('waits out a 429 with Retry-After and succeeds', async () => {
    await harness.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    expect((await zendesk.getTickets(['1']))[0]?.externalId).toBe('1');
    expect((await harness.stats()).total).toBe(2);
  });

  it('gives up on a Retry-After longer than the configured wait', async () => {
    await harness.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 30 } });
    const error = (await zendesk.getTickets(['1']).catch((e: unknown) => e)) as GatewayError;
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error.retryAfterMs).toBe(30_000);
    expect(error.message).toContain('rate-limiting');
  });

  it('is rate limited by the per-minute budget', async () => {
    await harness.faults({ rateLimits: { '*': { requests: 2, windowMs: 60_000 } } });
    await zendesk.getTickets(['1']);
    await zendesk.getTickets(['2']);
    const error = (await zendesk.getTickets(['3']).catch((e: unknown) => e)) as GatewayError;
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
  });

  it.each([
    [403, 'Forbidden'],
    [503, 'Service Unavailable'],
    [422, 'RecordInvalid'],
  ])('answers a %i in its own words, never the upstream body (%s)', async (status) => {
    await harness.faults({ errorStatus: status });
    const error = (await zendesk.getContacts(['1', '2']).catch((e: unknown) => e)) as GatewayError;
    expect(error.upstreamStatus).toBe(status);
    expect(error.message).toMatch(/^connection zd: the upstream /);
    expect(error.message).not.toContain('injected fault');
  });
});
