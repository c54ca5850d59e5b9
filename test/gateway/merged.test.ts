import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/simulators/people.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** One person across every helpdesk: identities by email and tickets merged into one Relay list. */

const KINDS = SIMULATOR_KINDS.map((kind) => kind.kind);
const EMAIL = PEOPLE[0]!.email;

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(KINDS);
});
afterAll(() => g.close());

interface Row {
  connectionId: string;
  externalTicketId: string;
  createdAt: string;
}

const PAGE = `query($email: String!, $first: Int, $after: String, $order: OrderDirection) { contactByEmail(email: $email) {
  helpdeskTickets(first: $first, after: $after, order: $order) { totalCount
    edges { node { connectionId externalTicketId createdAt requester { email } } }
    pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;

const walk = async (first: number, order: 'ASC' | 'DESC' = 'DESC') => {
  const rows: Row[] = [];
  const errors: unknown[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const result = await g.gql(PAGE, { email: EMAIL, first, after, order });
    errors.push(...(result.errors ?? []));
    const list = result.data?.contactByEmail.helpdeskTickets;
    rows.push(...list.edges.map((edge: { node: Row }) => edge.node));
    if (!list.pageInfo.hasNextPage) break;
    after = list.pageInfo.endCursor;
  }
  return { rows, errors };
};

const key = (row: Row) => `${row.connectionId}/${row.externalTicketId}`;

describe.runIf(KINDS.length > 1)('a contact across helpdesks', () => {
  it('is one contact with an identity in every connection', async () => {
    const result = await g.gql('query($email: String!) { contactByEmail(email: $email) { email identities { helpdesk { kind } } } }', { email: EMAIL });
    expect(result.errors).toBeUndefined();
    expect(result.data?.contactByEmail.identities.map((identity: { helpdesk: { kind: string } }) => identity.helpdesk.kind).sort()).toEqual(
      [...KINDS].sort(),
    );
  });

  it('has their tickets of every connection merged newest first, the same whatever the page size', async () => {
    const all = await walk(100);
    expect(all.errors).toEqual([]);
    expect(new Set(all.rows.map((row) => row.connectionId)).size).toBe(KINDS.length);
    expect(new Set(all.rows.map(key)).size).toBe(all.rows.length);
    const times = all.rows.map((row) => Date.parse(row.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100 }), async (first) => {
        const paged = await walk(first);
        expect(paged.rows.map(key)).toEqual(all.rows.map(key));
      }),
      { numRuns: 8 },
    );
    const ascending = await walk(7, 'ASC');
    expect(ascending.rows.map((row) => Date.parse(row.createdAt))).toEqual([...times].reverse());
  });

  it('keeps the other connections when one fails, reports it, and loses nothing once it is back', async () => {
    const all = await walk(100);
    const [failing] = KINDS;
    await g.control(failing!, 'faults', { errorStatus: 503, errorRate: 1 });
    const first = await g.gql(PAGE, { email: EMAIL, first: 5 });
    await g.control(failing!, 'reset');
    const page = first.data?.contactByEmail.helpdeskTickets;
    expect(page.edges.length).toBeGreaterThan(0);
    expect(page.edges.every((edge: { node: Row }) => edge.node.connectionId !== `acme-${failing}`)).toBe(true);
    expect(first.errors?.some((error) => error.extensions?.['connectionId'] === `acme-${failing}` || String(error.message).includes(`acme-${failing}`))).toBe(true);
    const rest: Row[] = [...page.edges.map((edge: { node: Row }) => edge.node)];
    let after = page.pageInfo.endCursor;
    for (let more = page.pageInfo.hasNextPage; more; ) {
      const next = await g.gql(PAGE, { email: EMAIL, first: 50, after });
      expect(next.errors).toBeUndefined();
      const list = next.data?.contactByEmail.helpdeskTickets;
      rest.push(...list.edges.map((edge: { node: Row }) => edge.node));
      more = list.pageInfo.hasNextPage;
      after = list.pageInfo.endCursor;
    }
    expect(new Set(rest.map(key))).toEqual(new Set(all.rows.map(key)));
    expect(rest).toHaveLength(all.rows.length);
  });

  it('lists the workspace tickets of every connection merged when no connection is named', async () => {
    const query = `query($first: Int, $after: String) { tickets(first: $first, after: $after) { edges { node { helpdesk { connectionId } createdAt } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 3; pages++) {
      const result = await g.gql(query, { first: 40, after });
      expect(result.errors).toBeUndefined();
      seen.push(...result.data?.tickets.edges.map((edge: { node: { createdAt: string } }) => edge.node.createdAt));
      after = result.data?.tickets.pageInfo.endCursor;
    }
    expect(seen.map(Date.parse)).toEqual([...seen.map(Date.parse)].sort((a, b) => b - a));
    const backward = await g.gql('{ tickets(last: 5) { edges { node { id } } } }');
    expect(backward.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
