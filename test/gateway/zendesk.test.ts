import { ZENDESK_CUSTOM_STATUS_IDS } from '../../src/simulators/zendesk/data.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/simulators/people.js';
import { BIG_TICKET_ID, buildZendeskDataset } from '../../src/simulators/zendesk/data.js';
import { ZENDESK_DEMO_CREDENTIALS } from '../../src/simulators/zendesk/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Zendesk served end to end: GraphQL → loaders → connector → simulator. */

const DATASET = buildZendeskDataset();
let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(['zendesk'], { timeoutMs: 1000 });
});
afterAll(() => g.close());
beforeEach(() => g.control('zendesk', 'reset'));

const TICKETS = `query($first: Int, $after: String, $last: Int, $before: String, $filter: TicketFilter, $orderBy: TicketOrder) {
  tickets(connectionId: "acme-zendesk", first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id externalId status rawStatus createdAt updatedAt requester { name email } assignee { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface TicketNode {
  id: string;
  externalId: string;
  status: string;
  rawStatus: string;
  createdAt: string;
  updatedAt: string;
  requester: { name: string; email: string } | null;
  assignee: { name: string } | null;
}

const externalIds = (data: { tickets: { edges: { node: TicketNode }[] } } | null | undefined): string[] =>
  data?.tickets.edges.map((edge) => edge.node.externalId) ?? [];

describe('tickets', () => {
  it('reads 50 tickets with requester {name email} and assignee {name} in one upstream request', async () => {
    for (const orderBy of [{ field: 'CREATED_AT', direction: 'DESC' }, { field: 'UPDATED_AT', direction: 'DESC' }]) {
      await g.control('zendesk', 'reset');
      const result = await g.gql(TICKETS, { first: 50, orderBy });
      expect(result.errors).toBeUndefined();
      const nodes = (result.data?.tickets.edges as { node: TicketNode }[]).map((edge) => edge.node);
      expect(nodes).toHaveLength(50);
      expect(nodes.every((node) => node.requester?.name && node.requester.email)).toBe(true);
      expect(nodes.filter((node) => node.assignee?.name).length).toBeGreaterThan(25);
      expect((await g.stats('zendesk')).byRoute).toEqual({ 'GET /api/v2/tickets': 1 });
    }
  });

  it.each([
    ['creation time (offset pages)', { field: 'CREATED_AT', direction: 'ASC' }],
    ['update time (cursor pages)', { field: 'UPDATED_AT', direction: 'DESC' }],
  ])('pages forward then backward through every ticket by %s without gaps or duplicates', async (_name, orderBy) => {
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { first: 70, after, orderBy });
      expect(errors).toBeUndefined();
      forward.push(...externalIds(data as never));
      if (!data?.tickets.pageInfo.hasNextPage) break;
      after = data.tickets.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(DATASET.tickets.length);
    expect(new Set(forward).size).toBe(DATASET.tickets.length);
    const backward: string[] = [];
    let before: string | undefined;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { last: 45, before, orderBy });
      expect(errors).toBeUndefined();
      backward.unshift(...externalIds(data as never));
      if (!data?.tickets.pageInfo.hasPreviousPage) break;
      before = data.tickets.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('keeps a ticket id above 2^53 exact, with its seed-000 view', async () => {
    const result = await g.gql(`{ tickets(connectionId: "acme-zendesk", first: 1) { edges { node {
      externalId helpdeskTicket { externalTicketId externalGroupId externalAssigneeId status requester { externalId name email } } } } } }`);
    expect(result.errors).toBeUndefined();
    const node = result.data?.tickets.edges[0].node;
    const ticket = DATASET.tickets.find((candidate) => candidate.id === BIG_TICKET_ID);
    expect(node.externalId).toBe('9007199254740993');
    expect(node.helpdeskTicket).toMatchObject({
      externalTicketId: '9007199254740993',
      externalGroupId: String(ticket?.group_id),
      externalAssigneeId: String(ticket?.assignee_id),
      status: ticket?.status,
      requester: { externalId: String(ticket?.requester_id) },
    });
    const again = await g.gql('query($id: ID!) { node(id: $id) { ... on Ticket { externalId } } }', { id: (await g.gql(TICKETS, { first: 1 })).data?.tickets.edges[0].node.id });
    expect(again.data?.node.externalId).toBe('9007199254740993');
  });

  it('filters by status through Zendesk search', async () => {
    const result = await g.gql(TICKETS, { first: 100, filter: { statuses: ['ON_HOLD', 'PENDING'] } });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data?.tickets.edges as { node: TicketNode }[]).map((edge) => edge.node);
    expect(nodes.map((node) => node.externalId).sort()).toEqual(
      DATASET.tickets.filter((ticket) => ticket.status === 'hold' || ticket.status === 'pending').map((ticket) => String(ticket.id)).sort(),
    );
    expect(new Set(nodes.map((node) => node.rawStatus))).toEqual(new Set(['hold', 'pending']));
    expect((await g.stats('zendesk')).byRoute).toEqual({ 'GET /api/v2/search': 1 });
  });
});

describe('messages and contacts', () => {
  it("pages a ticket's comments both ways, notes internal", async () => {
    const ticket = DATASET.tickets.find((candidate) => {
      const comments = DATASET.comments.filter((comment) => comment.ticket_id === candidate.id);
      return comments.length >= 3 && comments.some((comment) => !comment.public);
    });
    const comments = DATASET.comments.filter((comment) => comment.ticket_id === ticket?.id);
    const list = await g.gql(TICKETS, { first: 100, filter: { requesterId: String(ticket?.requester_id) } });
    const id = (list.data?.tickets.edges as { node: TicketNode }[]).find((edge) => edge.node.externalId === String(ticket?.id))?.node.id;
    const query = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { ticket(id: $id) { messages(first: $first, after: $after, last: $last, before: $before) {
      edges { node { externalId type internal author { name } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const all = await g.gql(query, { id, first: 100 });
    expect(all.errors).toBeUndefined();
    const nodes = all.data?.ticket.messages.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toEqual(
      comments.map((comment) =>
        expect.objectContaining({ externalId: String(comment.id), type: comment.public ? 'REPLY' : 'NOTE', internal: !comment.public }),
      ),
    );
    const head = await g.gql(query, { id, first: 2 });
    const tail = await g.gql(query, { id, first: 100, after: head.data?.ticket.messages.pageInfo.endCursor });
    expect([...head.data?.ticket.messages.edges, ...tail.data?.ticket.messages.edges].map((edge: { node: { externalId: string } }) => edge.node.externalId)).toEqual(
      comments.map((comment) => String(comment.id)),
    );
    const last = await g.gql(query, { id, last: 1 });
    const before = await g.gql(query, { id, last: 100, before: last.data?.ticket.messages.pageInfo.startCursor });
    expect([...before.data?.ticket.messages.edges, ...last.data?.ticket.messages.edges].map((edge: { node: { externalId: string } }) => edge.node.externalId)).toEqual(
      comments.map((comment) => String(comment.id)),
    );
  });

  it("finds a shared person by email and lists their Zendesk tickets, newest first", async () => {
    const person = PEOPLE[0];
    const user = DATASET.users.find((candidate) => candidate.email === person?.email);
    const expected = DATASET.tickets
      .filter((ticket) => ticket.requester_id === user?.id)
      .sort((a, b) => (a.created_at < b.created_at ? 1 : -1))
      .map((ticket) => String(ticket.id));
    expect(expected.length).toBeGreaterThan(0);
    const result = await g.gql(
      `query($email: String!) { contactByEmail(email: $email) { email name identities { externalId helpdesk { connectionId } }
        helpdeskTickets(first: 100, connectionId: "acme-zendesk") { edges { node { externalTicketId requester { email } } } } } }`,
      { email: person?.email },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.contactByEmail.identities).toEqual([{ externalId: String(user?.id), helpdesk: { connectionId: 'acme-zendesk' } }]);
    const tickets = result.data?.contactByEmail.helpdeskTickets.edges.map((edge: { node: { externalTicketId: string; requester: { email: string } } }) => edge.node);
    expect(tickets.map((ticket: { externalTicketId: string }) => ticket.externalTicketId)).toEqual(expected);
    expect(tickets.every((ticket: { requester: { email: string } }) => ticket.requester.email === person?.email)).toBe(true);
  });

  it("lists the connection's contacts forward and back", async () => {
    const query = `query($first: Int, $after: String, $last: Int, $before: String) { contacts(connectionId: "acme-zendesk", first: $first, after: $after, last: $last, before: $before) {
      edges { node { email } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const first = await g.gql(query, { first: 10 });
    expect(first.errors).toBeUndefined();
    const second = await g.gql(query, { first: 10, after: first.data?.contacts.pageInfo.endCursor });
    const back = await g.gql(query, { last: 10, before: second.data?.contacts.pageInfo.startCursor });
    expect(back.data?.contacts.edges).toEqual(first.data?.contacts.edges);
    const endUsers = DATASET.users.filter((user) => user.role === 'end-user').map((user) => ({ node: { email: user.email } }));
    expect([...first.data?.contacts.edges, ...second.data?.contacts.edges]).toEqual(endUsers.slice(0, 20));
  });

  it('never shows the API token', async () => {
    await g.control('zendesk', 'faults', { errorStatus: 401 });
    const result = await g.gql(TICKETS, { first: 5 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ connectionId: 'acme-zendesk', upstreamStatus: 401 });
    expect(JSON.stringify(result)).not.toContain(ZENDESK_DEMO_CREDENTIALS.apiToken);
  });
});

describe('channels', () => {
  it('normalises via.channel and filters by the enum (all the words of a channel) or by the upstream word', async () => {
    const query = `query($filter: TicketFilter) { tickets(connectionId: "acme-zendesk", first: 100, filter: $filter) {
      edges { node { channel rawChannel helpdeskTicket { channel } } } } }`;
    const chat = await g.gql(query, { filter: { channel: 'CHAT' } });
    expect(chat.errors).toBeUndefined();
    const nodes = chat.data?.tickets.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(new Set(nodes.map((node: { rawChannel: string }) => node.rawChannel))).toEqual(new Set(['chat', 'native_messaging']));
    expect(nodes.every((node: { channel: string; rawChannel: string; helpdeskTicket: { channel: string } }) => node.channel === 'CHAT' && node.helpdeskTicket.channel === node.rawChannel)).toBe(true);
    const voice = await g.gql(query, { filter: { rawChannel: 'voice' } });
    expect(voice.data?.tickets.edges.map((edge: { node: { channel: string } }) => edge.node.channel)).toContain('PHONE');
    const other = await g.gql(query, { filter: { channel: 'OTHER' } });
    expect(other.errors?.[0]?.extensions?.['code']).toBe('CAPABILITY_UNSUPPORTED');
  });
});

describe('upstream references', () => {
  it("keeps Zendesk's custom_status_id and external_id reachable", async () => {
    const result = await g.gql('{ tickets(connectionId: "acme-zendesk", first: 20) { edges { node { externalId rawStatus customStatusId upstreamExternalId } } } }');
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.tickets.edges.map((edge: { node: Record<string, string | null> }) => edge.node);
    for (const node of nodes) expect(node.customStatusId).toBe(String(ZENDESK_CUSTOM_STATUS_IDS[node.rawStatus as keyof typeof ZENDESK_CUSTOM_STATUS_IDS]));
    expect(nodes.some((node: { upstreamExternalId: string | null }) => node.upstreamExternalId?.startsWith('crm-'))).toBe(true);
  });
});
