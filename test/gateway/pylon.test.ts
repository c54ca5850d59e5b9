import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/connectors/pylon/walk.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { PYLON_TWO_EMAIL_CONTACT } from '../../src/simulators/pylon/data.js';
import { isPylonSimulator, PYLON_DEMO_TOKEN, type PylonSimulator } from '../../src/simulators/pylon/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Pylon served end to end: GraphQL → loaders → Pylon connector → Pylon simulator. */

const DAY = 86_400_000;
let g: TestGateway;
let pylon: PylonSimulator;

beforeAll(async () => {
  g = await startTestGateway(['pylon'], { timeoutMs: 2000 });
  const running = g.simulators.simulators.find((sim) => sim.kind.kind === 'pylon')?.running;
  if (!running || !isPylonSimulator(running)) throw new Error('the pylon simulator did not start');
  pylon = running;
});
afterAll(() => g.close());
beforeEach(() => pylon.reseed({}));

const TICKETS = `query($connectionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: TicketFilter, $orderBy: TicketOrder) {
  tickets(connectionId: $connectionId, first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id externalId subject status rawStatus waitingOn priority ref rawPriority channel rawChannel tags createdAt
      customFields { key value } requester { name email } assignee { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Node = {
  externalId: string;
  status: string;
  rawStatus: string;
  waitingOn: string | null;
  priority: string | null;
  rawPriority: string | null;
  channel: string;
  rawChannel: string;
  ref: string;
  requester: { name: string; email: string };
  assignee: { name: string } | null;
};
type TicketsData = {
  tickets: { edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string } };
};
const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.['code']);
const externalIds = (data: TicketsData | null | undefined): string[] => data?.tickets.edges.map((edge) => edge.node.externalId) ?? [];
/** The dataset's issue ids in listing order: created time, ties by ascending id. */
const expectedOrder = (direction: 'ASC' | 'DESC'): string[] =>
  [...pylon.dataset().issues]
    .sort((a, b) => (direction === 'ASC' ? 1 : -1) * (Date.parse(a.created_at) - Date.parse(b.created_at)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((issue) => issue.id);

describe('tickets from Pylon', () => {
  it('reads 50 issues with requester and assignee: the listing, one contacts search, one GET /users for the assignees', async () => {
    const result = await g.gql<TicketsData>(TICKETS, { connectionId: 'acme-pylon', first: 50 });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.tickets.edges ?? [];
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.requester.name && edge.node.requester.email)).toBe(true);
    const issues = new Map(pylon.dataset().issues.map((issue) => [issue.id, issue]));
    const assignees = new Set(externalIds(result.data).map((id) => issues.get(id)?.assignee?.id).filter(Boolean));
    const { byRoute, total } = await g.stats('pylon');
    // Pylon has no batch endpoint for users, but GET /users answers them all. Contacts batch in one search.
    expect(byRoute['POST /contacts/search']).toBe(1);
    expect(assignees.size).toBeGreaterThan(1);
    expect(byRoute['GET /users']).toBe(1);
    expect(byRoute['GET /users/:id']).toBeUndefined();
    expect(byRoute['GET /issues/:id']).toBeUndefined();
    const listing = (byRoute['GET /issues'] ?? 0) + (byRoute['POST /issues/search'] ?? 0);
    expect(listing).toBeGreaterThanOrEqual(1);
    expect(listing).toBeLessThanOrEqual(3);
    // The account's state table, once per connection and TTL (this is the first Pylon listing here).
    expect(byRoute['GET /issue-statuses']).toBe(1);
    expect(total).toBe(listing + 1 + 1 + 1);
    console.info(`pylon: 50 issues with requester {name email} and assignee {name}: ${JSON.stringify(byRoute)}, ${total} requests`);
  });

  it('maps states, waitingOn, priority from the configured custom field, source and custom fields', async () => {
    const result = await g.gql<TicketsData>(TICKETS, { connectionId: 'acme-pylon', first: 100 });
    const nodes = result.data?.tickets.edges.map((edge) => edge.node) ?? [];
    const issues = new Map(pylon.dataset().issues.map((issue) => [issue.id, issue]));
    for (const node of nodes) {
      const issue = issues.get(node.externalId);
      expect(node.ref).toBe(String(issue?.number));
      expect(node.rawStatus).toBe(issue?.state);
      expect(node.rawChannel).toBe(issue?.source);
      expect(node.rawPriority).toBe(issue?.custom_fields['priority']?.value ?? null);
    }
    const byState = (state: string) => nodes.find((node) => node.rawStatus === state);
    expect(byState('waiting_on_you')).toMatchObject({ status: 'OPEN', waitingOn: 'TEAM' });
    expect(byState('waiting_on_customer')).toMatchObject({ status: 'PENDING', waitingOn: 'CUSTOMER' });
    expect(byState('on_hold')).toMatchObject({ status: 'ON_HOLD' });
    // Custom states map by their category (GET /issue-statuses), one in each category.
    expect(byState('triage')).toMatchObject({ status: 'NEW', waitingOn: null });
    expect(byState('investigating')).toMatchObject({ status: 'OPEN', waitingOn: 'TEAM' });
    expect(byState('awaiting_logs')).toMatchObject({ status: 'PENDING', waitingOn: 'CUSTOMER' });
    expect(byState('blocked_by_vendor')).toMatchObject({ status: 'ON_HOLD', waitingOn: null });
    expect(byState('duplicate')).toMatchObject({ status: 'CLOSED', waitingOn: null });
    expect(nodes.find((node) => node.rawPriority === 'medium')).toMatchObject({ priority: 'NORMAL' });
    const channels = new Set(nodes.map((node) => `${node.rawChannel}→${node.channel}`));
    for (const pair of ['slack→SLACK', 'email→EMAIL', 'chat_widget→CHAT', 'form→WEB', 'manual→OTHER', 'microsoft_teams→MS_TEAMS']) expect(channels).toContain(pair);
  });

  it('filters by a normalised status including the custom states of its category', async () => {
    for (const [status, states] of [
      ['NEW', ['new', 'triage']],
      ['PENDING', ['waiting_on_customer', 'awaiting_logs']],
      ['ON_HOLD', ['on_hold', 'blocked_by_vendor']],
    ] as const) {
      const result = await g.gql<TicketsData>(TICKETS, { connectionId: 'acme-pylon', first: 100, filter: { statuses: [status] } });
      expect(result.errors).toBeUndefined();
      const listed = result.data?.tickets.edges.map((edge) => edge.node) ?? [];
      expect(new Set(listed.map((node) => node.rawStatus))).toEqual(new Set(states));
      expect(listed.every((node) => node.status === status)).toBe(true);
    }
  });

  it('filters through Pylon search and refuses what Pylon cannot do', async () => {
    const requester = pylon.dataset().contacts[0]?.id ?? '';
    const result = await g.gql<TicketsData>(TICKETS, { connectionId: 'acme-pylon', first: 100, filter: { requesterId: requester, statuses: ['OPEN', 'CLOSED'] } });
    expect(result.errors).toBeUndefined();
    const expected = pylon
      .dataset()
      .issues.filter(
        (issue) => issue.requester?.id === requester && ['waiting_on_you', 'investigating', 'closed', 'duplicate'].includes(issue.state),
      );
    expect(new Set(externalIds(result.data))).toEqual(new Set(expected.map((issue) => issue.id)));
    expect((await g.stats('pylon')).byRoute['POST /issues/search']).toBe(1);

    const channel = await g.gql(TICKETS, { connectionId: 'acme-pylon', first: 5, filter: { channel: 'SLACK' } });
    expect(codes(channel)).toEqual(['CAPABILITY_UNSUPPORTED']);
    const updatedOrder = await g.gql(TICKETS, { connectionId: 'acme-pylon', first: 5, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } });
    expect(codes(updatedOrder)).toEqual(['CAPABILITY_UNSUPPORTED']);
  });

  it('pages across 30-day windows forward and backward without a gap or a duplicate (property)', async () => {
    const walk = async (direction: 'ASC' | 'DESC', sizes: readonly number[], backward: boolean): Promise<string[]> => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; ; page++) {
        const size = sizes[page % sizes.length];
        const variables = backward ? { last: size, before: cursor } : { first: size, after: cursor };
        const { data, errors } = await g.gql<TicketsData>(TICKETS, { connectionId: 'acme-pylon', orderBy: { field: 'CREATED_AT', direction }, ...variables });
        expect(errors).toBeUndefined();
        const pageIds = externalIds(data);
        if (backward) ids.unshift(...pageIds);
        else ids.push(...pageIds);
        const info = data?.tickets.pageInfo;
        if (!info || !(backward ? info.hasPreviousPage : info.hasNextPage)) return ids;
        cursor = backward ? info.startCursor : info.endCursor;
      }
    };
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          // Spread over 200 days, some right on window edges (multiples of the window span).
          ages: fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: 200 * DAY }),
              fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -2, max: 2 })).map(([k, d]) => Math.max(0, k * WINDOW_MS + d)),
            ),
            { minLength: 1, maxLength: 160, size: 'max' },
          ),
          direction: fc.constantFrom('ASC' as const, 'DESC' as const),
          sizes: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        }),
        async ({ seed, ages, direction, sizes }) => {
          await pylon.reseed({ seed, createdAgoMs: ages, grainMs: 1 });
          const expected = expectedOrder(direction);
          expect(await walk(direction, sizes, false)).toEqual(expected);
          expect(await walk(direction, sizes, true)).toEqual(expected);
        },
      ),
      { numRuns: 12, interruptAfterTimeLimit: 25_000, markInterruptAsFailure: true },
    );
    // And a fixed case: 150 issues evenly over 200 days, in pages of 20, takes several windows (the
    // simulator refuses any window over 30 days).
    await pylon.reseed({ createdAgoMs: Array.from({ length: 150 }, (_, i) => Math.round((i * 200 * DAY) / 150) + 1000) });
    expect(await walk('DESC', [20], false)).toEqual(expectedOrder('DESC'));
    expect((await g.stats('pylon')).byRoute['GET /issues']).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe('contacts and messages from Pylon', () => {
  it('finds a person shared across helpdesks by email and lists their Pylon tickets', async () => {
    const shared = PEOPLE[0];
    const result = await g.gql(
      `query($email: String!) { contactByEmail(email: $email) { name email identities { externalId helpdesk { connectionId } }
        helpdeskTickets(first: 100, connectionId: "acme-pylon") { edges { node { externalTicketId requester { email } } } } } }`,
      { email: shared?.email.toUpperCase() },
    );
    expect(result.errors).toBeUndefined();
    const contact = result.data?.contactByEmail;
    const record = pylon.dataset().contacts.find((c) => c.email === shared?.email);
    expect(contact).toMatchObject({ name: shared?.name, email: shared?.email, identities: [{ externalId: record?.id, helpdesk: { connectionId: 'acme-pylon' } }] });
    const expected = pylon.dataset().issues.filter((issue) => issue.requester?.id === record?.id).map((issue) => issue.id);
    const listed = contact.helpdeskTickets.edges.map((edge: { node: { externalTicketId: string } }) => edge.node.externalTicketId);
    expect(new Set(listed)).toEqual(new Set(expected));
  });

  it("lists a connection's contacts with search", async () => {
    const result = await g.gql(`{ contacts(connectionId: "acme-pylon", first: 5, search: "example.com") { edges { node { id name email } } pageInfo { hasNextPage endCursor } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.contacts.edges).toHaveLength(5);
    expect(result.data?.contacts.pageInfo.hasNextPage).toBe(true);
    const next = await g.gql('query($after: String) { contacts(connectionId: "acme-pylon", first: 5, search: "example.com", after: $after) { edges { node { id } } } }', {
      after: result.data?.contacts.pageInfo.endCursor,
    });
    const ids = [...result.data?.contacts.edges, ...next.data?.contacts.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(10);
  });

  it("pages an issue's messages both ways, internal notes marked", async () => {
    const { issues, messages } = pylon.dataset();
    const issue = issues.find((i) => (messages.get(i.id)?.length ?? 0) >= 3 && messages.get(i.id)?.some((m) => m.is_private));
    const ticket = await g.gql(`query($filter: TicketFilter) { tickets(connectionId: "acme-pylon", first: 1, filter: $filter) { edges { node { id externalId } } } }`, {
      filter: { requesterId: issue?.requester?.id, createdAfter: new Date(Date.parse(issue?.created_at ?? '') - 1).toISOString(), createdBefore: new Date(Date.parse(issue?.created_at ?? '') + 1).toISOString() },
    });
    const id = ticket.data?.tickets.edges[0].node.id;
    const query = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { ticket(id: $id) { messages(first: $first, after: $after, last: $last, before: $before) {
      edges { node { externalId type internal bodyText author { name } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const thread = messages.get(issue?.id ?? '') ?? [];
    const head = await g.gql(query, { id, first: 2 });
    const tail = await g.gql(query, { id, first: 100, after: head.data?.ticket.messages.pageInfo.endCursor });
    type MessageEdge = { node: { externalId: string; internal: boolean; type: string } };
    const all = [...head.data?.ticket.messages.edges, ...tail.data?.ticket.messages.edges].map((edge: MessageEdge) => edge.node);
    expect(all.map((m) => m.externalId)).toEqual(thread.map((m) => m.id));
    expect(all.map((m) => [m.internal, m.type])).toEqual(thread.map((m) => [m.is_private, m.is_private ? 'NOTE' : 'REPLY']));
    const last = await g.gql(query, { id, last: 1 });
    const before = await g.gql(query, { id, last: 100, before: last.data?.ticket.messages.pageInfo.startCursor });
    expect(before.data?.ticket.messages.edges.map((edge: MessageEdge) => edge.node.externalId)).toEqual(thread.slice(0, -1).map((m) => m.id));
  });

  it('answers an upstream 429 past the wait budget as UPSTREAM_RATE_LIMITED, without the token', async () => {
    await g.control('pylon', 'faults', { rateLimitBurst: { count: 5, retryAfterSeconds: 60 } });
    const result = await g.gql(TICKETS, { connectionId: 'acme-pylon', first: 5 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', connectionId: 'acme-pylon', upstreamStatus: 429 });
    expect(JSON.stringify(result)).not.toContain(PYLON_DEMO_TOKEN);
  });
});

describe('one person, several addresses', () => {
  it('finds a Pylon contact with two emails by either address as the same identity, listing both', async () => {
    const record = pylon.dataset().contacts[PYLON_TWO_EMAIL_CONTACT]!;
    expect(record.emails).toHaveLength(2);
    const query = `query($email: String!) { contactByEmail(email: $email) {
      email emails identities { externalId email emails helpdesk { connectionId } }
      helpdeskTickets(first: 100) { edges { node { externalTicketId } } } } }`;
    const seen = [];
    for (const address of record.emails) {
      const result = await g.gql(query, { email: address.toUpperCase() });
      expect(result.errors).toBeUndefined();
      const contact = result.data?.contactByEmail;
      expect(contact.email).toBe(address.toLowerCase());
      expect(new Set(contact.emails)).toEqual(new Set(record.emails.map((e) => e.toLowerCase())));
      expect(contact.identities).toEqual([{ externalId: record.id, email: record.email, emails: record.emails, helpdesk: { connectionId: 'acme-pylon' } }]);
      seen.push(contact.helpdeskTickets.edges.map((edge: { node: { externalTicketId: string } }) => edge.node.externalTicketId).sort());
    }
    const expected = pylon.dataset().issues.filter((issue) => issue.requester?.id === record.id).map((issue) => issue.id).sort();
    expect(seen).toEqual([expected, expected]);
  });
});
