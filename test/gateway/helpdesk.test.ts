import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HELPDESK_CASE_VARIANT_PERSON } from '../../src/simulators/helpdesk/dataset.js';
import type { RunningHelpdeskSimulator } from '../../src/simulators/helpdesk/index.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The Helpdesk API (seed 001) end to end: GraphQL → loaders → connector → simulator. */

let g: TestGateway;
let helpdesk: RunningHelpdeskSimulator;
beforeAll(async () => {
  g = await startTestGateway(['helpdesk']);
  helpdesk = g.simulators.simulators.find((sim) => sim.kind.kind === 'helpdesk')?.running as RunningHelpdeskSimulator;
});
afterAll(() => g.close());
beforeEach(() => g.control('helpdesk', 'reset'));

const TICKETS = `query($first: Int, $after: String, $last: Int, $filter: TicketFilter, $orderBy: TicketOrder) {
  tickets(connectionId: "acme-helpdesk", first: $first, after: $after, last: $last, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id externalId subject status rawStatus priority type customFields { key value } requester { id name email } assignee { id externalId name } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.map((error) => error.extensions?.['code']);

describe('helpdesk through the gateway', () => {
  it('reads 50 tickets with requesters and assignees from one listing request', async () => {
    const result = await g.gql(TICKETS, { first: 50 });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.tickets.edges;
    expect(edges).toHaveLength(50);
    expect(result.data?.tickets.totalCount).toBeNull();
    expect(edges.every((edge: { node: { requester: { email: string; name: string } } }) => edge.node.requester.email && edge.node.requester.name)).toBe(true);
    expect(edges.some((edge: { node: { assignee: unknown } }) => edge.node.assignee !== null)).toBe(true);
    expect((await g.stats('helpdesk')).byRoute).toEqual({ 'GET /helpdesk/api/v1/tickets': 1 });
  });

  it('pages forward to the end and refuses backward paging, with the reason', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { first: 70, after, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } });
      expect(errors).toBeUndefined();
      seen.push(...data?.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId));
      if (!data?.tickets.pageInfo.hasNextPage) break;
      after = data.tickets.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(helpdesk.dataset().tickets.size);
    expect(seen).toHaveLength(helpdesk.dataset().tickets.size);
    const backward = await g.gql(TICKETS, { last: 5 });
    expect(codes(backward)).toEqual(['CAPABILITY_UNSUPPORTED']);
    const tags = await g.gql(TICKETS, { first: 5, filter: { tags: ['vip'] } });
    expect(codes(tags)).toEqual(['CAPABILITY_UNSUPPORTED']);
    expect(tags.errors?.[0]?.message).toContain('acme-helpdesk');
  });

  it('finds a contact by email in other letter case, with their tickets; agents by id', async () => {
    const person = PEOPLE[HELPDESK_CASE_VARIANT_PERSON]!;
    const result = await g.gql(
      `query($email: String!) { contactByEmail(email: $email) { id name email identities { externalId }
        tickets(first: 100) { edges { node { externalId requester { email } assignee { id externalId } } } } } }`,
      { email: person.email },
    );
    expect(result.errors).toBeUndefined();
    const contact = result.data?.contactByEmail;
    expect(contact).toMatchObject({ name: person.name, email: person.email, identities: [{ externalId: person.email }] });
    const expected = [...helpdesk.dataset().tickets.values()].filter((t) => t.requesterEmail.toLowerCase() === person.email).map((t) => t.id);
    expect(new Set(contact.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId))).toEqual(new Set(expected));
    const again = await g.gql('query($id: ID!) { node(id: $id) { ... on Contact { email name } } }', { id: contact.id });
    expect(again.data?.node).toEqual({ email: person.email, name: person.name });
    const assigned = await g.gql('{ tickets(connectionId: "acme-helpdesk", first: 20) { edges { node { assignee { id externalId } } } } }');
    const assignee = assigned.data?.tickets.edges.find((edge: { node: { assignee: unknown } }) => edge.node.assignee).node.assignee;
    const agent = await g.gql('query($id: ID!) { node(id: $id) { ... on Agent { externalId name } } }', { id: assignee.id });
    expect(agent.data?.node).toEqual({ externalId: assignee.externalId, name: null });
  });

  it('reads a ticket by id and reports an upstream 429 past the wait budget', async () => {
    const list = await g.gql(TICKETS, { first: 1 });
    const id = list.data?.tickets.edges[0].node.id;
    const one = await g.gql('query($id: ID!) { ticket(id: $id) { externalId subject } }', { id });
    expect(one.data?.ticket.subject).toBeTruthy();
    await g.control('helpdesk', 'faults', { rateLimitBurst: { count: 5, retryAfterSeconds: 60 } });
    const limited = await g.gql(TICKETS, { first: 1 });
    expect(codes(limited)).toEqual(['UPSTREAM_RATE_LIMITED']);
    expect(JSON.stringify(limited)).not.toContain('helpdesk-demo-key');
  });
});
