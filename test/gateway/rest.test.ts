import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REST_DEMO_API_KEY } from '../../src/simulators/rest/index.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

/** The REST-spec helpdesk served end to end: GraphQL → loaders → connector → simulator. */

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(['rest'], { timeoutMs: 1000 });
});
afterAll(() => g.close());
beforeEach(() => g.control('rest', 'reset'));

const TICKETS = `query($connectionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: TicketFilter, $orderBy: TicketOrder) {
  tickets(connectionId: $connectionId, first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id externalId subject status rawStatus createdAt requester { name email } assignee { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.['code']);

describe('auth', () => {
  it('answers 401 UNAUTHENTICATED without a token or with an unknown one', async () => {
    for (const token of [null, 'not-a-known-token-000000']) {
      const result = await g.gql('{ viewer { tokenId } }', {}, token);
      expect(result.status).toBe(401);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.data ?? null).toBeNull();
    }
  });

  it('tells the viewer its token id, access and workspaces', async () => {
    const result = await g.gql('{ viewer { tokenId access workspaces { workspaceId name helpdesks { connectionId kind } } } }');
    expect(result.data?.viewer).toEqual({
      tokenId: 'acme-read',
      access: 'read',
      workspaces: [{ workspaceId: 'acme', name: 'Acme', helpdesks: [{ connectionId: 'acme-rest', kind: 'rest' }] }],
    });
  });
});

describe('tickets', () => {
  it('reads 50 tickets with requester and assignee for one list call and one call per distinct requester (the listing names the assignees)', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 50 });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.tickets.edges as { node: { requester: { email: string; name: string }; assignee: { name: string } | null } }[];
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.requester.name && edge.node.requester.email)).toBe(true);
    const distinctRequesters = new Set(edges.map((edge) => edge.node.requester.email)).size;
    const stats = await g.stats('rest');
    // REST has no batch endpoint for customers: each distinct requester is fetched once, bounded.
    expect(stats.byRoute).toEqual({
      'GET /api/v1/tickets': 1,
      'GET /api/v1/customers/:id': distinctRequesters,
    });
    expect(edges.some((edge) => edge.node.assignee?.name)).toBe(true);
    expect(distinctRequesters).toBeLessThan(50);
  });

  it('asks nothing more when only the requester email is wanted (the ticket payload carries it)', async () => {
    const result = await g.gql(`{ tickets(connectionId: "acme-rest", first: 50) { edges { node { requester { email } } } } }`);
    expect(result.errors).toBeUndefined();
    expect((await g.stats('rest')).byRoute).toEqual({ 'GET /api/v1/tickets': 1 });
  });

  it('pages forward then backward through every ticket without gaps or duplicates', async () => {
    const forward: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 70, after });
      expect(errors).toBeUndefined();
      total = data?.tickets.totalCount;
      forward.push(...data?.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId));
      if (!data?.tickets.pageInfo.hasNextPage) break;
      after = data.tickets.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(total);
    expect(new Set(forward).size).toBe(total);

    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { connectionId: 'acme-rest', last: 45, before });
      expect(errors).toBeUndefined();
      backward.unshift(...data?.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId));
      if (!data?.tickets.pageInfo.hasPreviousPage) break;
      before = data.tickets.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('resumes after any edge cursor, not only the end cursor', async () => {
    const page = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 10 });
    const edges = page.data?.tickets.edges as { cursor: string; node: { externalId: string } }[];
    const next = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 5, after: edges[3]?.cursor });
    const all = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 9 });
    expect(next.data?.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId)).toEqual(
      all.data?.tickets.edges.slice(4, 9).map((edge: { node: { externalId: string } }) => edge.node.externalId),
    );
  });

  it('filters and orders upstream', async () => {
    const result = await g.gql(TICKETS, {
      connectionId: 'acme-rest',
      first: 100,
      filter: { statuses: ['OPEN'] },
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.tickets.edges.map((edge: { node: { status: string; createdAt: string } }) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node: { status: string }) => node.status === 'OPEN')).toBe(true);
    const times = nodes.map((node: { createdAt: string }) => node.createdAt);
    expect(times).toEqual([...times].sort());
    expect(result.data?.tickets.totalCount).toBe(nodes.length < 100 ? nodes.length : result.data?.tickets.totalCount);
  });

  it('refuses a filter the upstream cannot apply with CAPABILITY_UNSUPPORTED', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 5, filter: { channel: 'EMAIL' } });
    expect(codes(result)).toEqual(['CAPABILITY_UNSUPPORTED']);
    expect(result.errors?.[0]?.message).toBe('connection acme-rest (rest) cannot filter tickets by channel');
  });
});

describe('bad input answers BAD_USER_INPUT saying what is wrong', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['first over 100', { first: 101 }, /`first` must be between 1 and 100; got 101/],
    ['first below 1', { first: 0 }, /`first` must be between 1 and 100; got 0/],
    ['first with last', { first: 5, last: 5 }, /pass either `first` or `last`, not both/],
    ['a malformed cursor', { first: 5, after: '%%%' }, /`after` is not a valid cursor/],
  ];
  for (const [name, variables, message] of cases) {
    it(name, async () => {
      const result = await g.gql(TICKETS, { connectionId: 'acme-rest', ...variables });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toMatch(message);
    });
  }

  it('a cursor of another list (another filter, or another connection)', async () => {
    const page = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 2 });
    const cursor = page.data?.tickets.pageInfo.endCursor;
    const otherFilter = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 2, after: cursor, filter: { statuses: ['OPEN'] } });
    expect(codes(otherFilter)).toEqual(['BAD_USER_INPUT']);
    expect(otherFilter.errors?.[0]?.message).toMatch(/cursor from a different list/);
    const otherConnection = await g.gql(TICKETS, { connectionId: 'globex-rest', first: 2, after: cursor }, TOKENS.globex);
    expect(otherConnection.errors?.[0]?.message).toMatch(/cursor from a different list/);
  });

  it('a malformed global id and an id of the wrong type', async () => {
    const malformed = await g.gql('{ node(id: "nope!") { id } ticket(id: "bm9wZQ") { id } }');
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(malformed.errors?.map((error) => error.message).sort()).toEqual(['"bm9wZQ" is not a valid deskgraph id', '"nope!" is not a valid deskgraph id']);
    const workspace = await g.gql('{ workspaces { id } }');
    const wrongType = await g.gql('query($id: ID!) { ticket(id: $id) { id } }', { id: workspace.data?.workspaces[0].id });
    expect(wrongType.errors?.[0]?.message).toMatch(/is not the id of a Ticket/);
  });

  it('an unknown connection id', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-nope', first: 5 });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe('unknown connection "acme-nope"');
  });
});

describe('tenancy', () => {
  it("resolves another workspace's ids to null with FORBIDDEN, never to data", async () => {
    const globex = await g.gql(TICKETS, { connectionId: 'globex-rest', first: 1 }, TOKENS.globex);
    const globexTicketId = globex.data?.tickets.edges[0].node.id;
    const acme = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 1 });
    const acmeTicketId = acme.data?.tickets.edges[0].node.id;
    const result = await g.gql('query($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { id } ticket(id: $id) { id subject } }', {
      ids: [acmeTicketId, globexTicketId],
      id: globexTicketId,
    });
    expect(result.data?.nodes).toEqual([{ id: acmeTicketId }, null]);
    expect(result.data?.ticket).toBeNull();
    expect(codes(result)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(result)).not.toContain('subject":"');
  });

  it('refuses a connection of another workspace named as an argument', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'globex-rest', first: 1 });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.data?.tickets).toBeNull();
  });
});

describe('nodes of every type', () => {
  it('round-trip through node()', async () => {
    const page = await g.gql(`{ tickets(connectionId: "acme-rest", first: 1) { edges { node {
      id helpdeskTicket { id } requester { id } assignee { id } helpdesk { id workspace { id } }
      messages(first: 1) { edges { node { id } } } } } } }`);
    const ticket = page.data?.tickets.edges[0].node;
    const ids = [
      ticket.id,
      ticket.helpdeskTicket.id,
      ticket.requester.id,
      ticket.assignee.id,
      ticket.helpdesk.id,
      ticket.helpdesk.workspace.id,
      ticket.messages.edges[0].node.id,
    ];
    const result = await g.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node: { __typename: string }) => node.__typename)).toEqual([
      'Ticket',
      'HelpdeskTicket',
      'Contact',
      'Agent',
      'Helpdesk',
      'Workspace',
      'Message',
    ]);
    expect(result.data?.nodes.map((node: { id: string }) => node.id)).toEqual(ids);
  });
});

describe('messages, contacts and helpdesk tickets', () => {
  it("pages a ticket's conversation both ways", async () => {
    const list = await g.gql(`{ tickets(connectionId: "acme-rest", first: 20) { edges { node { id messages(first: 100) { totalCount edges { node { externalId type internal createdAt } } } } } } }`);
    const ticket = list.data?.tickets.edges.find((edge: any) => edge.node.messages.edges.length >= 3).node;
    const all = ticket.messages.edges.map((edge: any) => edge.node.externalId);
    const times = ticket.messages.edges.map((edge: any) => edge.node.createdAt);
    expect(times).toEqual([...times].sort());
    const query = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { ticket(id: $id) { messages(first: $first, after: $after, last: $last, before: $before) {
      edges { node { externalId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const head = await g.gql(query, { id: ticket.id, first: 2 });
    const tail = await g.gql(query, { id: ticket.id, first: 100, after: head.data?.ticket.messages.pageInfo.endCursor });
    expect([...head.data?.ticket.messages.edges, ...tail.data?.ticket.messages.edges].map((edge: any) => edge.node.externalId)).toEqual(all);
    const last = await g.gql(query, { id: ticket.id, last: 1 });
    expect(last.data?.ticket.messages.edges.map((edge: any) => edge.node.externalId)).toEqual(all.slice(-1));
    const before = await g.gql(query, { id: ticket.id, last: 100, before: last.data?.ticket.messages.pageInfo.startCursor });
    expect(before.data?.ticket.messages.edges.map((edge: any) => edge.node.externalId)).toEqual(all.slice(0, -1));
  });

  it("finds a contact by email and lists their helpdesk tickets with seed 000's arguments", async () => {
    const first = await g.gql(`{ tickets(connectionId: "acme-rest", first: 1) { edges { node { requester { email } } } } }`);
    const email = first.data?.tickets.edges[0].node.requester.email;
    const query = `query($email: String!, $order: OrderDirection, $status: String, $first: Int, $after: String) { contactByEmail(email: $email) {
      email name identities { externalId helpdesk { connectionId } }
      helpdeskTickets(first: $first, after: $after, order: $order, status: $status, connectionId: "acme-rest") { totalCount
        edges { node { externalTicketId status requester { email } createdAt contactId workspaceId connectionId } }
        pageInfo { hasNextPage endCursor } } } }`;
    const result = await g.gql(query, { email: email.toUpperCase(), first: 100 });
    expect(result.errors).toBeUndefined();
    const contact = result.data?.contactByEmail;
    expect(contact.email).toBe(email);
    expect(contact.identities).toHaveLength(1);
    const tickets = contact.helpdeskTickets.edges.map((edge: any) => edge.node);
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets.every((ticket: any) => ticket.requester.email === email && ticket.connectionId === 'acme-rest' && ticket.workspaceId === 'acme')).toBe(true);
    const created = tickets.map((ticket: any) => ticket.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const asc = await g.gql(query, { email, first: 100, order: 'ASC' });
    expect(asc.data?.contactByEmail.helpdeskTickets.edges.map((edge: any) => edge.node.externalTicketId)).toEqual(
      tickets.map((ticket: any) => ticket.externalTicketId).reverse(),
    );
    const status = tickets[0].status;
    const filtered = await g.gql(query, { email, first: 100, status });
    expect(filtered.data?.contactByEmail.helpdeskTickets.edges.every((edge: any) => edge.node.status === status)).toBe(true);
    const tooMany = await g.gql(query, { email, first: 101 });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers null for an unknown email and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await g.gql('{ contactByEmail(email: "nobody@nowhere.test") { id } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.contactByEmail).toBeNull();
    const malformed = await g.gql('{ contactByEmail(email: "not-an-email") { id } }');
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
  });

  it("lists a connection's contacts with search", async () => {
    const result = await g.gql(`{ contacts(connectionId: "acme-rest", first: 5, search: "example.com") { totalCount edges { node { id name email } } pageInfo { hasNextPage } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.contacts.edges).toHaveLength(5);
    const contact = result.data?.contacts.edges[0].node;
    const byId = await g.gql('query($id: ID!) { contact(id: $id) { email } }', { id: contact.id });
    expect(byId.data?.contact.email).toBe(contact.email);
  });
});

describe('upstream failures', () => {
  const failing = async (faults: Record<string, unknown>) => {
    await g.control('rest', 'faults', faults);
    return g.gql(TICKETS, { connectionId: 'acme-rest', first: 5 });
  };

  it('maps a 5xx to UPSTREAM_UNAVAILABLE with the connection and status, never the credentials', async () => {
    const result = await failing({ errorStatus: 500 });
    expect(result.data?.tickets).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', connectionId: 'acme-rest', upstreamStatus: 500 });
    expect(JSON.stringify(result)).not.toContain(REST_DEMO_API_KEY);
  });

  it('waits out a short 429 burst and answers', async () => {
    const result = await failing({ rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.tickets.edges).toHaveLength(5);
  });

  it('answers UPSTREAM_RATE_LIMITED when the upstream asks for a longer wait than allowed', async () => {
    const result = await failing({ rateLimitBurst: { count: 5, retryAfterSeconds: 60 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstreamStatus: 429, retryAfterMs: 60_000 });
  });

  it('answers UPSTREAM_TIMEOUT for a hung upstream and UPSTREAM_BAD_RESPONSE for a malformed body', async () => {
    expect((await failing({ hang: true })).errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', connectionId: 'acme-rest' });
    expect((await failing({ malformed: true })).errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', connectionId: 'acme-rest' });
  });
});

describe('closeTicket (seed 004)', () => {
  const CLOSE = 'mutation($id: ID!) { closeTicket(id: $id) { ticket { id status rawStatus } userErrors { code message field } } }';
  const openTicketId = async (): Promise<string> => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-rest', first: 1, filter: { statuses: ['OPEN'] } });
    return result.data?.tickets.edges[0].node.id;
  };

  it('needs a write token: a read token gets FORBIDDEN and nothing changes', async () => {
    const id = await openTicketId();
    const result = await g.gql(CLOSE, { id }, TOKENS.read);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(result.data?.closeTicket ?? null).toBeNull();
    expect((await g.stats('rest')).byRoute['PATCH /api/v1/tickets/:id']).toBeUndefined();
  });

  it('closes the ticket upstream with a write token', async () => {
    const id = await openTicketId();
    const result = await g.gql(CLOSE, { id }, TOKENS.write);
    expect(result.errors).toBeUndefined();
    expect(result.data?.closeTicket).toEqual({ ticket: { id, status: 'CLOSED', rawStatus: 'closed' }, userErrors: [] });
    const again = await g.gql('query($id: ID!) { ticket(id: $id) { status } }', { id });
    expect(again.data?.ticket.status).toBe('CLOSED');
  });

  it('answers a missing ticket as a typed NOT_FOUND in the payload', async () => {
    const id = await openTicketId();
    const missing = Buffer.from(Buffer.from(id, 'base64url').toString().replace(/tkt_\d+/, 'tkt_999999')).toString('base64url');
    const result = await g.gql(CLOSE, { id: missing }, TOKENS.write);
    expect(result.errors).toBeUndefined();
    expect(result.data?.closeTicket).toEqual({ ticket: null, userErrors: [{ code: 'NOT_FOUND', message: 'no such ticket', field: ['id'] }] });
  });
});
