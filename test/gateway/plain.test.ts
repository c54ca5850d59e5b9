import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildPlainDataset } from '../../src/simulators/plain/dataset.js';
import { PLAIN_SIM_API_KEY } from '../../src/simulators/plain/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Plain served end to end: GraphQL → loaders → connector → GraphQL upstream (the Plain simulator). */

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(['plain'], { timeoutMs: 1000 });
});
afterAll(() => g.close());
beforeEach(() => g.control('plain', 'reset'));

const TICKETS = `query($connectionId: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: TicketFilter, $orderBy: TicketOrder) {
  tickets(connectionId: $connectionId, first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id externalId subject status rawStatus priority rawPriority waitingOn channel rawChannel tags createdAt requester { name email } assignee { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.['code']);
const externalIds = (connection: { edges: { node: { externalId: string } }[] }) => connection.edges.map((edge) => edge.node.externalId);

describe('tickets', () => {
  it('reads 50 threads with requester {name email} and assignee {name} in one upstream request', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 50 });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.tickets.edges as { node: { requester: { name: string; email: string }; assignee: { name: string } | null } }[];
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.requester.name && edge.node.requester.email)).toBe(true);
    expect(edges.filter((edge) => edge.node.assignee?.name).length).toBeGreaterThan(25);
    // The listing document selects each thread's customer and assignee: nothing else is asked.
    expect(await g.stats('plain')).toEqual({ total: 1, byRoute: { 'POST /graphql/v1': 1 } });
  });

  it('normalises status, priority, waitingOn, channel and tags', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 100 });
    const nodes = result.data?.tickets.edges.map((edge: { node: Record<string, unknown> }) => edge.node) ?? [];
    const statusPairs = new Set(nodes.map((node: { rawStatus: string; status: string }) => `${node.rawStatus}→${node.status}`));
    expect([...statusPairs].sort()).toEqual(['DONE→SOLVED', 'SNOOZED→ON_HOLD', 'SNOOZED→PENDING', 'TODO→OPEN']);
    const priorityPairs = new Set(nodes.map((node: { rawPriority: string; priority: string }) => `${node.rawPriority}→${node.priority}`));
    expect([...priorityPairs].sort()).toEqual(['0→URGENT', '1→HIGH', '2→NORMAL', '3→LOW']);
    expect(nodes.filter((node: { status: string }) => node.status === 'OPEN').every((node: { waitingOn: string }) => node.waitingOn === 'TEAM')).toBe(true);
    expect(nodes.some((node: { waitingOn: string }) => node.waitingOn === 'CUSTOMER')).toBe(true);
    expect(new Set(nodes.map((node: { channel: string; rawChannel: string }) => `${node.rawChannel}→${node.channel}`))).toEqual(
      new Set(['EMAIL→EMAIL', 'CHAT→CHAT', 'SLACK→SLACK', 'API→API']),
    );
    expect(nodes.some((node: { tags: string[] }) => node.tags.length > 0)).toBe(true);
  });

  it('pages forward then backward through every thread without gaps or duplicates', async () => {
    const forward: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 70, after });
      expect(errors).toBeUndefined();
      total = data?.tickets.totalCount;
      forward.push(...externalIds(data?.tickets));
      if (!data?.tickets.pageInfo.hasNextPage) break;
      after = data.tickets.pageInfo.endCursor;
    }
    expect(total).toBe(300);
    expect(forward).toHaveLength(total);
    expect(new Set(forward).size).toBe(total);

    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { connectionId: 'acme-plain', last: 45, before });
      expect(errors).toBeUndefined();
      backward.unshift(...externalIds(data?.tickets));
      if (!data?.tickets.pageInfo.hasPreviousPage) break;
      before = data.tickets.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('resumes after any edge cursor', async () => {
    const page = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 10 });
    const next = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 5, after: page.data?.tickets.edges[3].cursor });
    expect(externalIds(next.data?.tickets)).toEqual(externalIds(page.data?.tickets).slice(4, 9));
  });

  it('filters and orders upstream', async () => {
    const result = await g.gql(TICKETS, {
      connectionId: 'acme-plain',
      first: 100,
      filter: { statuses: ['OPEN'], priorities: ['URGENT', 'HIGH'] },
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.tickets.edges.map((edge: { node: { status: string; priority: string; createdAt: string } }) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(result.data?.tickets.totalCount).toBe(nodes.length);
    expect(nodes.every((node: { status: string; priority: string }) => node.status === 'OPEN' && ['URGENT', 'HIGH'].includes(node.priority))).toBe(true);
    const times = nodes.map((node: { createdAt: string }) => node.createdAt);
    expect(times).toEqual([...times].sort());
  });

  it('refuses what Plain cannot do with CAPABILITY_UNSUPPORTED', async () => {
    const channel = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 5, filter: { channel: 'EMAIL' } });
    expect(codes(channel)).toEqual(['CAPABILITY_UNSUPPORTED']);
    const updated = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 5, orderBy: { field: 'UPDATED_AT', direction: 'DESC' } });
    expect(codes(updated)).toEqual(['CAPABILITY_UNSUPPORTED']);
  });
});

describe('messages and contacts', () => {
  it("pages a thread's timeline both ways", async () => {
    const list = await g.gql(`{ tickets(connectionId: "acme-plain", first: 20, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { id messages(first: 100) { edges { node { externalId type internal bodyText createdAt author { kind name } } } } } } } }`);
    expect(list.errors).toBeUndefined();
    const ticket = list.data?.tickets.edges.find((edge: any) => edge.node.messages.edges.length >= 10).node;
    const all = ticket.messages.edges.map((edge: any) => edge.node.externalId);
    const times = ticket.messages.edges.map((edge: any) => edge.node.createdAt);
    expect(times).toEqual([...times].sort());
    const first = ticket.messages.edges[0].node;
    expect(first).toMatchObject({ type: 'REPLY', internal: false, author: { kind: 'CONTACT' } });
    expect(first.bodyText).toBeTruthy();
    const query = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { ticket(id: $id) { messages(first: $first, after: $after, last: $last, before: $before) {
      edges { node { externalId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const head = await g.gql(query, { id: ticket.id, first: 3 });
    const tail = await g.gql(query, { id: ticket.id, first: 100, after: head.data?.ticket.messages.pageInfo.endCursor });
    expect([...externalIds(head.data?.ticket.messages), ...externalIds(tail.data?.ticket.messages)]).toEqual(all);
    const last = await g.gql(query, { id: ticket.id, last: 2 });
    expect(externalIds(last.data?.ticket.messages)).toEqual(all.slice(-2));
    const before = await g.gql(query, { id: ticket.id, last: 100, before: last.data?.ticket.messages.pageInfo.startCursor });
    expect(externalIds(before.data?.ticket.messages)).toEqual(all.slice(0, -2));
  });

  it('finds a contact by email (customerByEmail) and lists their Plain tickets', async () => {
    const first = await g.gql(`{ tickets(connectionId: "acme-plain", first: 1) { edges { node { requester { email } } } } }`);
    const email = first.data?.tickets.edges[0].node.requester.email;
    const result = await g.gql(
      `query($email: String!) { contactByEmail(email: $email) { email name identities { externalId helpdesk { connectionId } }
        tickets(first: 100) { edges { node { externalId requester { email } } } } } }`,
      { email: email.toUpperCase() },
    );
    expect(result.errors).toBeUndefined();
    const contact = result.data?.contactByEmail;
    expect(contact.email).toBe(email);
    expect(contact.identities.map((identity: any) => identity.helpdesk.connectionId)).toEqual(['acme-plain']);
    expect(contact.tickets.edges.length).toBeGreaterThan(0);
    expect(contact.tickets.edges.every((edge: any) => edge.node.requester.email === email)).toBe(true);
  });

  it("lists a connection's contacts, with search, and reads one back by id", async () => {
    const result = await g.gql(`{ contacts(connectionId: "acme-plain", first: 5, search: "reid") { edges { node { id name email } } } }`);
    expect(result.errors).toBeUndefined();
    const contacts = result.data?.contacts.edges.map((edge: any) => edge.node);
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.every((contact: any) => `${contact.name} ${contact.email}`.toLowerCase().includes('reid'))).toBe(true);
    const byId = await g.gql('query($id: ID!) { contact(id: $id) { email } }', { id: contacts[0].id });
    expect(byId.data?.contact.email).toBe(contacts[0].email);
  });
});

describe('upstream failures', () => {
  const failing = async (faults: Record<string, unknown>) => {
    await g.control('plain', 'faults', faults);
    return g.gql(TICKETS, { connectionId: 'acme-plain', first: 5 });
  };

  it('waits out a short 429 (x-ratelimit-reset) and answers', async () => {
    const result = await failing({ rateLimitBurst: { count: 1, retryAfterSeconds: 0 } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.tickets.edges).toHaveLength(5);
  });

  it('answers UPSTREAM_RATE_LIMITED with the wait Plain asked for, never the API key', async () => {
    const result = await failing({ rateLimitBurst: { count: 5, retryAfterSeconds: 60 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', connectionId: 'acme-plain', upstreamStatus: 429 });
    expect(result.errors?.[0]?.extensions?.['retryAfterMs']).toBeGreaterThan(55_000);
    expect(JSON.stringify(result)).not.toContain(PLAIN_SIM_API_KEY);
  });

  it('passes a bad cursor back as BAD_USER_INPUT', async () => {
    const result = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 5, after: 'nope' });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('agents that are not people', () => {
  const dataset = buildPlainDataset();
  const botThread = dataset.threads.find((thread) => thread.assignee?.kind === 'MachineUser' && dataset.timelines.get(thread.id)!.length > 2);
  const systemThread = dataset.threads.find((thread) => thread.assignee?.kind === 'System');

  it('shows a thread assigned to a machine user as a BOT assignee with its name, and the bot as author of its replies', async () => {
    const bot = dataset.machineUsers[0]!;
    const id = Buffer.from(`Ticket:${JSON.stringify(['acme-plain', botThread!.id])}`).toString('base64url');
    const result = await g.gql(
      `query($id: ID!) { ticket(id: $id) {
        assignee { id externalId kind name role }
        helpdeskTicket { externalAssigneeId }
        messages(first: 50) { edges { node { author { kind externalId name } } } }
      } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    const ticket = result.data?.ticket;
    expect(ticket.assignee).toMatchObject({ externalId: bot.id, kind: 'BOT', name: bot.fullName, role: 'AI_AGENT' });
    expect(ticket.helpdeskTicket.externalAssigneeId).toBe(bot.id);
    const authors = ticket.messages.edges.map((edge: { node: { author: { kind: string; externalId: string } } }) => edge.node.author);
    expect(authors).toContainEqual({ kind: 'BOT', externalId: bot.id, name: bot.fullName });
    // The Agent node resolves by its id too, through Plain's machineUser lookup.
    const node = await g.gql('query($id: ID!) { node(id: $id) { ... on Agent { kind name } } }', { id: ticket.assignee.id });
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toEqual({ kind: 'BOT', name: bot.fullName });
  });

  it('shows a thread assigned to the system as a SYSTEM assignee', async () => {
    const id = Buffer.from(`Ticket:${JSON.stringify(['acme-plain', systemThread!.id])}`).toString('base64url');
    const single = await g.gql('query($id: ID!) { ticket(id: $id) { assignee { kind externalId } helpdeskTicket { externalAssigneeId } } }', { id });
    expect(single.errors).toBeUndefined();
    expect(single.data?.ticket).toEqual({ assignee: { kind: 'SYSTEM', externalId: systemThread!.assignee!.id }, helpdeskTicket: { externalAssigneeId: systemThread!.assignee!.id } });
  });
});

describe('snoozed threads by statusDetail', () => {
  const dataset = buildPlainDataset();
  const snoozed = (detail: string) => dataset.threads.filter((thread) => thread.status === 'SNOOZED' && thread.statusDetail === detail).map((thread) => thread.id);

  it('lists a thread waiting for the customer as PENDING (waitingOn CUSTOMER) and other snoozes as ON_HOLD, and filters each', async () => {
    for (const [status, detail, waitingOn] of [
      ['PENDING', 'ThreadStatusDetailWaitingForCustomer', 'CUSTOMER'],
      ['ON_HOLD', 'ThreadStatusDetailWaitingForDuration', 'NONE'],
    ] as const) {
      const expected = snoozed(detail);
      expect(expected.length, detail).toBeGreaterThan(0);
      const result = await g.gql(TICKETS, { connectionId: 'acme-plain', first: 100, filter: { statuses: [status] } });
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.tickets.edges.map((edge: { node: { externalId: string; status: string; rawStatus: string; waitingOn: string } }) => edge.node);
      expect(new Set(nodes.map((node: { externalId: string }) => node.externalId))).toEqual(new Set(expected));
      expect(nodes.every((node: { status: string; rawStatus: string; waitingOn: string }) => node.status === status && node.rawStatus === 'SNOOZED' && node.waitingOn === waitingOn)).toBe(true);
    }
  });
});

describe('upstream references', () => {
  it("keeps Plain's thread ref (T-123) and externalId reachable", async () => {
    const thread = buildPlainDataset().threads.find((t) => t.externalId !== null)!;
    const id = Buffer.from(`Ticket:${JSON.stringify(['acme-plain', thread.id])}`).toString('base64url');
    const result = await g.gql('query($id: ID!) { ticket(id: $id) { ref upstreamExternalId customStatusId } }', { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ticket).toEqual({ ref: thread.ref, upstreamExternalId: thread.externalId, customStatusId: null });
  });
});
