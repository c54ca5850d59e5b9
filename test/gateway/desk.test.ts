import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DESK_CASE_VARIANT_PERSON } from '../../src/simulators/desk/dataset.js';
import type { RunningDeskSimulator } from '../../src/simulators/desk/index.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The Desk API (seed 002) end to end: GraphQL → loaders → connector → simulator. */

let g: TestGateway;
let desk: RunningDeskSimulator;
beforeAll(async () => {
  g = await startTestGateway(['desk']);
  desk = g.simulators.simulators.find((sim) => sim.kind.kind === 'desk')?.running as RunningDeskSimulator;
});
afterAll(() => g.close());
beforeEach(() => g.control('desk', 'reset'));

const TICKETS = `query($first: Int, $after: String, $last: Int, $before: String, $filter: TicketFilter) {
  tickets(connectionId: "acme-desk", first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    edges { node { externalId subject status rawStatus priority channel tags requester { name email } assignee { name email } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('desk through the gateway', () => {
  it('reads a page of 50 tickets with requester, assignee and tags in exactly one upstream request', async () => {
    const result = await g.gql(TICKETS, { first: 50 });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.tickets.edges as { node: { requester: { name: string; email: string }; assignee: { name: string } | null; tags: string[] } }[];
    expect(edges).toHaveLength(50);
    expect(edges.every((edge) => edge.node.requester.name && edge.node.requester.email)).toBe(true);
    expect(edges.filter((edge) => edge.node.assignee).every((edge) => edge.node.assignee?.name)).toBe(true);
    expect(edges.some((edge) => edge.node.assignee !== null) && edges.some((edge) => edge.node.tags.length > 0)).toBe(true);
    expect(result.data?.tickets.totalCount).toBe(260);
    expect(await g.stats('desk')).toEqual({ total: 1, byRoute: { 'GET /desk/api/v2/tickets.json': 1 } });
  });

  it('pages backward from the end and forward again over the same tickets', async () => {
    const back: string[] = [];
    let before: string | undefined;
    for (;;) {
      const { data, errors } = await g.gql(TICKETS, { last: 45, before, filter: { statuses: ['OPEN'] } });
      expect(errors).toBeUndefined();
      back.unshift(...data?.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId));
      if (!data?.tickets.pageInfo.hasPreviousPage) break;
      before = data.tickets.pageInfo.startCursor;
    }
    const forward: string[] = [];
    let after: string | undefined;
    for (;;) {
      const { data } = await g.gql(TICKETS, { first: 45, after, filter: { statuses: ['OPEN'] } });
      forward.push(...data?.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId));
      if (!data?.tickets.pageInfo.hasNextPage) break;
      after = data.tickets.pageInfo.endCursor;
    }
    expect(back).toEqual(forward);
    const open = [...desk.dataset().tickets.values()].filter((t) => [2, 7].includes(t.status));
    expect(new Set(forward)).toEqual(new Set(open.map((t) => String(t.id))));
  });

  it('finds a customer by email in other letter case, with their tickets, and agents and contacts by node id', async () => {
    const person = PEOPLE[DESK_CASE_VARIANT_PERSON]!;
    const result = await g.gql(
      `query($email: String!) { contactByEmail(email: $email) { id name email phone identities { externalId }
        tickets(first: 100) { edges { node { externalId assignee { id name email } } } } } }`,
      { email: person.email },
    );
    expect(result.errors).toBeUndefined();
    const contact = result.data?.contactByEmail;
    const customer = [...desk.dataset().customers.values()].find((c) => c.email.toLowerCase() === person.email)!;
    expect(contact).toMatchObject({ name: person.name, email: person.email, identities: [{ externalId: String(customer.id) }] });
    const expected = [...desk.dataset().tickets.values()].filter((t) => t.customer === customer.id).map((t) => String(t.id));
    expect(new Set(contact.tickets.edges.map((edge: { node: { externalId: string } }) => edge.node.externalId))).toEqual(new Set(expected));
    const agents = await g.gql('{ tickets(connectionId: "acme-desk", first: 20) { edges { node { assignee { id name } } } } }');
    const assignee = agents.data?.tickets.edges.find((edge: { node: { assignee: unknown } }) => edge.node.assignee)?.node.assignee;
    const node = await g.gql('query($id: ID!) { node(id: $id) { ... on Agent { name email } } }', { id: assignee.id });
    expect(node.data?.node.name).toBe(assignee.name);
    expect(node.data?.node.email).toMatch(/@desk\.test$/);
  });

  it("lists the connection's contacts with search", async () => {
    const result = await g.gql('{ contacts(connectionId: "acme-desk", first: 5, search: "example.com") { totalCount edges { node { email } } pageInfo { hasNextPage } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.contacts.edges).toHaveLength(5);
    expect(result.data?.contacts.pageInfo.hasNextPage).toBe(true);
  });
});
