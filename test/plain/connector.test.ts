import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ListTicketsInput, TicketFilter } from '../../src/connectors/connector.js';
import { MAX_BATCH_ALIASES } from '../../src/connectors/plain/documents.js';
import { PLAIN_CAPABILITIES, plainConnectorKind, type PlainConnector } from '../../src/connectors/plain/index.js';
import type { SimThread } from '../../src/simulators/plain/dataset.js';
import { PLAIN_SIM_API_KEY } from '../../src/simulators/plain/index.js';
import { CONNECTION_ID, startHarness, type PlainHarness } from './support.js';

/** The Plain connector against the Plain simulator over loopback. */

let h: PlainHarness;
let connector: PlainConnector;
beforeAll(async () => {
  h = await startHarness();
  connector = h.connector();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const NEWEST_FIRST = { field: 'CREATED_AT', direction: 'DESC' } as const;
const list = (filter: TicketFilter, page: ListTicketsInput['page'] = { first: 100 }) =>
  connector.listTickets({ filter, sort: NEWEST_FIRST, page });

/** Every thread id matching `filter`, walked to the end. */
const allIds = async (filter: TicketFilter): Promise<string[]> => {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await list(filter, { first: 100, after });
    ids.push(...page.edges.map((edge) => edge.node.externalId));
    if (!page.hasNextPage) return ids;
    after = page.edges.at(-1)?.cursor;
  }
};
const idsWhere = (keep: (thread: SimThread) => boolean): string[] =>
  h.sim
    .dataset()
    .threads.filter(keep)
    .map((thread) => thread.id)
    .sort();

describe('the connector kind', () => {
  it('validates its credentials and options', () => {
    expect(plainConnectorKind.credentialsSchema.safeParse({ apiKey: 'k' }).success).toBe(true);
    expect(plainConnectorKind.credentialsSchema.safeParse({}).success).toBe(false);
    expect(plainConnectorKind.optionsSchema.parse(undefined)).toEqual({});
    expect(plainConnectorKind.optionsSchema.safeParse({ nope: 1 }).success).toBe(false);
  });

  it('declares what Plain does natively', () => {
    expect(connector.capabilities).toBe(PLAIN_CAPABILITIES);
    expect(PLAIN_CAPABILITIES).toMatchObject({ sorts: ['CREATED_AT'], backwardPagination: true, totalCount: true });
    expect(PLAIN_CAPABILITIES.filters).toContain('requesterId');
  });
});

describe('listTickets', () => {
  it('reads a page of 50 threads with customer and assignee in one request, sideloading contacts and agents', async () => {
    const page = await list({}, { first: 50 });
    expect(page.edges).toHaveLength(50);
    expect(page.totalCount).toBe(h.sim.dataset().threads.length);
    expect(page.hasNextPage).toBe(true);
    const requesters = new Set(page.edges.map((edge) => edge.node.requester?.externalId));
    const assignees = new Set(page.edges.map((edge) => edge.node.assigneeId).filter((id) => id !== null));
    expect(new Set(page.included?.contacts?.map((contact) => contact.externalId))).toEqual(requesters);
    expect(new Set(page.included?.agents?.map((agent) => agent.externalId))).toEqual(assignees);
    expect(assignees.size).toBeGreaterThan(1);
    expect(page.included?.contacts?.every((contact) => contact.email && contact.name)).toBe(true);
    expect(await h.stats()).toEqual({ total: 1, byRoute: { 'POST /graphql/v1': 1 } });
  });

  it('sorts by creation time both ways', async () => {
    const desc = await list({}, { first: 100 });
    const asc = await connector.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'ASC' }, page: { first: 100 } });
    const times = (page: typeof desc) => page.edges.map((edge) => edge.node.createdAt);
    expect(times(desc)).toEqual([...times(desc)].sort().reverse());
    expect(times(asc)).toEqual([...times(asc)].sort());
    expect(asc.edges[0]?.node.createdAt).toBe(h.sim.dataset().threads[0]?.createdAt);
  });

  it('filters by statuses, raw statuses and priorities', async () => {
    const waitingForCustomer = (t: { status: string; statusDetail: string }) => t.status === 'SNOOZED' && t.statusDetail === 'ThreadStatusDetailWaitingForCustomer';
    expect((await allIds({ statuses: ['ON_HOLD'] })).sort()).toEqual(idsWhere((t) => t.status === 'SNOOZED' && !waitingForCustomer(t)));
    expect((await allIds({ statuses: ['PENDING'] })).sort()).toEqual(idsWhere(waitingForCustomer));
    expect((await allIds({ statuses: ['PENDING', 'ON_HOLD'] })).sort()).toEqual(idsWhere((t) => t.status === 'SNOOZED'));
    expect((await allIds({ rawStatuses: ['DONE', 'TODO'] })).sort()).toEqual(idsWhere((t) => t.status !== 'SNOOZED'));
    expect((await allIds({ priorities: ['URGENT', 'LOW'] })).sort()).toEqual(idsWhere((t) => t.priority === 0 || t.priority === 3));
    const page = await list({ statuses: ['SOLVED'] });
    expect(page.edges.every((edge) => edge.node.status === 'SOLVED' && edge.node.rawStatus === 'DONE')).toBe(true);
  });

  it('answers an empty page without asking Plain when the filter can match nothing', async () => {
    const page = await list({ statuses: ['NEW', 'CLOSED'] });
    expect(page).toEqual({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });
    expect((await h.stats()).total).toBe(0);
  });

  it('filters by requester and assignee', async () => {
    const thread = h.sim.dataset().threads.find((t) => t.assignee?.kind === 'User');
    if (!thread || thread.assignee?.kind !== 'User') throw new Error('no assigned thread');
    const assigneeId = thread.assignee.id;
    const byRequester = await list({ requesterId: thread.customerId });
    expect(byRequester.edges.map((edge) => edge.node.externalId).sort()).toEqual(idsWhere((t) => t.customerId === thread.customerId));
    expect(byRequester.edges.every((edge) => edge.node.requester?.externalId === thread.customerId)).toBe(true);
    expect((await allIds({ assigneeId })).sort()).toEqual(idsWhere((t) => t.assignee?.kind === 'User' && t.assignee.id === assigneeId));
  });

  it('filters by creation and update windows (after inclusive, before exclusive)', async () => {
    const threads = h.sim.dataset().threads;
    const from = threads[40]?.createdAt ?? '';
    const to = threads[90]?.createdAt ?? '';
    expect((await allIds({ createdAfter: from, createdBefore: to })).sort()).toEqual(idsWhere((t) => t.createdAt >= from && t.createdAt < to));
    const updatedFrom = threads[150]?.updatedAt ?? '';
    expect((await allIds({ updatedAfter: updatedFrom })).sort()).toEqual(idsWhere((t) => t.updatedAt >= updatedFrom));
    expect((await allIds({ updatedBefore: updatedFrom })).sort()).toEqual(idsWhere((t) => t.updatedAt < updatedFrom));
  });

  it('refuses to sort by UPDATED_AT (Plain has no such sort) without a request', async () => {
    await expect(connector.listTickets({ filter: {}, sort: { field: 'UPDATED_AT', direction: 'DESC' }, page: { first: 5 } })).rejects.toMatchObject({
      code: 'CAPABILITY_UNSUPPORTED',
    });
    expect((await h.stats()).total).toBe(0);
  });

  it('passes a cursor Plain cannot read back as BAD_USER_INPUT', async () => {
    await expect(list({}, { first: 5, after: 'garbage' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', connectionId: CONNECTION_ID });
  });
});

describe('getTickets, getContacts, getAgents', () => {
  it('fetches threads by id in one request, in the order asked, with null for unknown ids', async () => {
    const threads = h.sim.dataset().threads;
    const ids = [threads[5]?.id ?? '', 'th_unknown', threads[200]?.id ?? '', threads[5]?.id ?? ''];
    const tickets = await connector.getTickets(ids);
    expect(tickets.map((ticket) => ticket?.externalId ?? null)).toEqual([ids[0], null, ids[2], ids[0]]);
    expect((await h.stats()).total).toBe(1);
  });

  it('fetches up to 100 threads per request', async () => {
    const ids = h.sim.dataset().threads.slice(0, 150).map((thread) => thread.id);
    const tickets = await connector.getTickets(ids);
    expect(tickets.map((ticket) => ticket?.externalId)).toEqual(ids);
    expect((await h.stats()).total).toBe(2);
  });

  it('fetches customers by id with one aliased document per 50 ids', async () => {
    const customers = h.sim.dataset().customers;
    const ids = [...customers.map((customer) => customer.id), 'c_unknown'];
    expect(ids.length).toBeGreaterThan(MAX_BATCH_ALIASES);
    const contacts = await connector.getContacts(ids);
    expect(contacts.map((contact) => contact?.externalId ?? null)).toEqual([...customers.map((customer) => customer.id), null]);
    expect(contacts[0]).toMatchObject({ name: customers[0]?.fullName, email: customers[0]?.email, connectionId: CONNECTION_ID });
    expect((await h.stats()).total).toBe(Math.ceil(ids.length / MAX_BATCH_ALIASES));
    await h.reset();
    await connector.getContacts(ids.slice(0, 3));
    expect((await h.stats()).total).toBe(1);
  });

  it('fetches users as agents by id in one aliased document, and asks for an id no user has once more as a machine user', async () => {
    const users = h.sim.dataset().users;
    const agents = await connector.getAgents(['u_unknown', ...users.map((user) => user.id)]);
    expect(agents[0]).toBeNull();
    expect(agents.slice(1).map((agent) => agent?.email)).toEqual(users.map((user) => user.email));
    expect((await h.stats()).total).toBe(2);
  });

  it('fetches users in one document and, only for ids that are no user, machine users in one more', async () => {
    const { users, machineUsers } = h.sim.dataset();
    await h.reset();
    const humans = await connector.getAgents(users.slice(0, 3).map((user) => user.id));
    expect(humans.map((agent) => agent?.kind)).toEqual(['HUMAN', 'HUMAN', 'HUMAN']);
    expect((await h.stats()).total).toBe(1);
    const [bot, human] = await connector.getAgents([machineUsers[0]!.id, users[0]!.id]);
    expect(bot).toMatchObject({ externalId: machineUsers[0]!.id, kind: 'BOT', name: machineUsers[0]!.fullName, role: machineUsers[0]!.type });
    expect(human).toMatchObject({ kind: 'HUMAN' });
  });
});

describe('contacts', () => {
  it('finds a customer by email through customerByEmail, whatever the case', async () => {
    const customer = h.sim.dataset().customers[3];
    const found = await connector.findContactsByEmail(customer?.email.toUpperCase() ?? '');
    expect(found.map((contact) => contact.externalId)).toEqual([customer?.id]);
    expect(await connector.findContactsByEmail('nobody@nowhere.test')).toEqual([]);
  });

  it('lists customers with totalCount, forward and backward', async () => {
    const all = await connector.listContacts({ page: { first: 100 } });
    expect(all.totalCount).toBe(h.sim.dataset().customers.length);
    const names = all.edges.map((edge) => edge.node.name ?? '');
    expect(names).toEqual([...names].sort());
    const back = await connector.listContacts({ page: { last: 5, before: all.edges[10]?.cursor } });
    expect(back.edges.map((edge) => edge.node.externalId)).toEqual(all.edges.slice(5, 10).map((edge) => edge.node.externalId));
  });

  it('searches customers by name or email through searchCustomers', async () => {
    const found = await connector.listContacts({ search: 'REID', page: { first: 50 } });
    expect(found.totalCount).toBeNull();
    expect(found.edges.length).toBeGreaterThan(0);
    expect(found.edges.every((edge) => `${edge.node.name} ${edge.node.email}`.toLowerCase().includes('reid'))).toBe(true);
  });
});

describe('listMessages', () => {
  const longThread = () => {
    const thread = h.sim.dataset().threads[0];
    if (!thread) throw new Error('no thread');
    return thread;
  };

  it("reads a thread's timeline as messages, oldest first", async () => {
    const thread = longThread();
    const page = await connector.listMessages(thread.id, { first: 100 });
    const timeline = h.sim.dataset().timelines.get(thread.id) ?? [];
    expect(page.edges.map((edge) => edge.node.externalId)).toEqual(timeline.map((entry) => entry.id));
    expect(page.totalCount).toBeNull();
    const times = page.edges.map((edge) => edge.node.createdAt);
    expect(times).toEqual([...times].sort());
    const types = new Set(page.edges.map((edge) => edge.node.type));
    expect(types.has('REPLY')).toBe(true);
    expect(page.edges.every((edge) => edge.node.ticketExternalId === thread.id)).toBe(true);
    expect(page.edges.find((edge) => edge.node.author?.kind === 'CONTACT')?.node.author?.email).toBe(
      h.sim.dataset().customers.find((customer) => customer.id === thread.customerId)?.email,
    );
  });

  it('pages the timeline forward and backward', async () => {
    const thread = longThread();
    const all = (await connector.listMessages(thread.id, { first: 100 })).edges.map((edge) => edge.node.externalId);
    expect(all.length).toBeGreaterThan(40);
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await connector.listMessages(thread.id, { first: 7, after });
      forward.push(...page.edges.map((edge) => edge.node.externalId));
      if (!page.hasNextPage) break;
      after = page.edges.at(-1)?.cursor;
    }
    expect(forward).toEqual(all);
    let backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await connector.listMessages(thread.id, { last: 6, before });
      backward = [...page.edges.map((edge) => edge.node.externalId), ...backward];
      if (!page.hasPreviousPage) break;
      before = page.edges[0]?.cursor;
    }
    expect(backward).toEqual(all);
  });

  it('answers NOT_FOUND for an unknown thread', async () => {
    await expect(connector.listMessages('th_unknown', { first: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND', connectionId: CONNECTION_ID });
  });
});

describe('mutations', () => {
  it("returns a mutation's error as a typed failure, not a throw", async () => {
    expect(await connector.markThreadAsDone('th_unknown')).toEqual({
      ok: false,
      error: {
        message: 'Thread not found',
        type: 'VALIDATION',
        code: 'input_validation',
        fields: [{ field: 'threadId', message: 'No thread with id th_unknown', type: 'NOT_FOUND' }],
      },
    });
  });

  it('returns the updated ticket on success', async () => {
    const thread = h.sim.dataset().threads.find((t) => t.status === 'TODO');
    const result = await connector.markThreadAsDone(thread?.id ?? '');
    expect(result).toMatchObject({ ok: true, value: { externalId: thread?.id, status: 'SOLVED', rawStatus: 'DONE', waitingOn: 'NONE' } });
  });

  it('never retries a mutation after a 5xx', async () => {
    await h.faults({ errorStatus: 503 });
    await expect(connector.markThreadAsDone('th_unknown')).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503 });
    expect((await h.stats()).total).toBe(1);
  });
});

describe('upstream failures', () => {
  it('waits out a 429 using x-ratelimit-reset and answers', async () => {
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    const page = await list({}, { first: 5 });
    expect(page.edges).toHaveLength(5);
    expect((await h.stats()).total).toBe(2);
  });

  it('answers UPSTREAM_RATE_LIMITED with the wait Plain asked for when it is too long', async () => {
    await h.faults({ rateLimitBurst: { count: 5, retryAfterSeconds: 60 } });
    const error = await list({}, { first: 5 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstreamStatus: 429, connectionId: CONNECTION_ID });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(55_000);
  });

  it('retries a query after a 503, which is safe because it only reads', async () => {
    await h.faults({ errorStatus: 503, rateLimitBurst: undefined, errorRate: 1, routes: ['POST /graphql/v1'] });
    await expect(list({}, { first: 5 })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect((await h.stats()).total).toBe(3);
  });

  it('reports a refused key without leaking it', async () => {
    const bad = h.connector({ credentials: { apiKey: 'plainApiKey_wrong' } });
    const error = await bad.listTickets({ filter: {}, sort: NEWEST_FIRST, page: { first: 1 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ upstreamStatus: 401 });
    expect((error as Error).message).toMatch(/refused the configured credentials/);
    expect(JSON.stringify(error)).not.toContain('plainApiKey_wrong');
    expect((error as Error).message).not.toContain(PLAIN_SIM_API_KEY);
  });

  it('answers UPSTREAM_BAD_RESPONSE for a malformed body', async () => {
    await h.faults({ malformed: true });
    await expect(list({}, { first: 5 })).rejects.toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE' });
  });
});
