import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/simulators/people.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { startTestGateway, type GqlResult, type TestGateway } from '../support/gateway.js';

/** One person across every helpdesk: identities by email and tickets merged into one Relay list. */

const KINDS = SIMULATOR_KINDS.map((kind) => kind.kind);
const EMAIL = PEOPLE[0]!.email;

let g: TestGateway;
beforeAll(async () => {
  // These tests inject failures page after page to test the merge; the circuit breaker (tested on its
  // own) would otherwise open and turn the faults into fast refusals.
  g = await startTestGateway(KINDS, { connection: { breaker: { failureThreshold: 1000, openMs: 100 } } });
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
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;

interface Walked {
  rows: Row[];
  errors: NonNullable<GqlResult['errors']>;
  pages: number;
}

/**
 * Follows `endCursor` until `hasNextPage` is false, as a Relay client does, checking that every page
 * with more to come says where to resume. `beforePage` runs before each page is asked (to switch faults).
 */
const walk = async (first: number, order: 'ASC' | 'DESC' = 'DESC', beforePage?: (page: number) => Promise<void>): Promise<Walked> => {
  const rows: Row[] = [];
  const errors: Walked['errors'] = [];
  let after: string | undefined;
  for (let pages = 1; pages <= 200; pages++) {
    await beforePage?.(pages);
    const result = await g.gql(PAGE, { email: EMAIL, first, after, order });
    errors.push(...(result.errors ?? []));
    const list = result.data?.contactByEmail.helpdeskTickets;
    rows.push(...list.edges.map((edge: { node: Row }) => edge.node));
    if (list.edges.length === 0) expect(list.pageInfo.startCursor).toBeNull();
    if (!list.pageInfo.hasNextPage) return { rows, errors, pages };
    expect(list.pageInfo.endCursor).toEqual(expect.any(String));
    after = list.pageInfo.endCursor;
  }
  throw new Error('the walk did not end after 200 pages');
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

  it('is one contact with tickets in every connection when some helpdesks store the email in other letter case', async () => {
    // Helpdesk stores PEOPLE[1] as Jordan.Nguyen@Example.COM, Desk stores PEOPLE[2] that way.
    for (const person of [PEOPLE[1]!, PEOPLE[2]!]) {
      const result = await g.gql(`query($email: String!) { contactByEmail(email: $email) { email tickets(first: 100) { edges { node { helpdesk { kind } } } } } }`, {
        email: person.email.toUpperCase(),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.contactByEmail.email).toBe(person.email);
      const kinds = new Set(result.data?.contactByEmail.tickets.edges.map((edge: { node: { helpdesk: { kind: string } } }) => edge.node.helpdesk.kind));
      expect([...kinds].sort()).toEqual([...KINDS].sort());
    }
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

  it('sees every ticket once when connections fail on random pages and recover, and ends', { timeout: 90_000 }, async () => {
    const all = await walk(100);
    // Per page, the connections that fail on it: random, but never as many pages in a row as the
    // merge takes to give a connection up, and never all of them (then the contact itself cannot be
    // found, and the field is null).
    const schedule = fc.array(fc.subarray([...KINDS], { maxLength: KINDS.length - 1 }), { minLength: 1, maxLength: 50 }).map((pages) =>
      pages.map((failing, page) => failing.filter((kind) => page < 2 || !(pages[page - 1]!.includes(kind) && pages[page - 2]!.includes(kind)))),
    );
    let failingNow: string[] = [];
    const failOnly = async (failing: readonly string[]) => {
      const changed = KINDS.filter((kind) => failing.includes(kind) !== failingNow.includes(kind));
      await Promise.all(changed.map((kind) => g.control(kind, 'faults', failing.includes(kind) ? { errorStatus: 500 } : {})));
      failingNow = [...failing];
    };
    try {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 100 }), schedule, async (first, failingOn) => {
          const walked = await walk(first, 'DESC', (page) => failOnly(failingOn[page - 1] ?? []));
          await failOnly([]);
          expect(walked.errors.filter((error) => error.extensions?.['code'] === 'LIST_INCOMPLETE')).toEqual([]);
          expect(walked.rows.map(key).sort()).toEqual(all.rows.map(key).sort());
        }),
        { numRuns: 5 },
      );
    } finally {
      await failOnly([]);
    }
  });

  it('resumes after a page left empty by the only connection left failing', async () => {
    const all = await walk(100);
    const [failing] = KINDS;
    const others = all.rows.filter((row) => row.connectionId !== `acme-${failing}`);
    // Page 1 takes every other connection's tickets; the failing one is all that is left on page 2.
    const walked = await walk(others.length, 'DESC', (page) => g.control(failing!, 'faults', page <= 2 ? { errorStatus: 500 } : {}));
    expect(walked.pages).toBe(3);
    expect(walked.rows.slice(0, others.length).map(key)).toEqual(others.map(key));
    expect(walked.rows.map(key).sort()).toEqual(all.rows.map(key).sort());
  });

  it('ends the walk with LIST_INCOMPLETE when a connection never recovers', async () => {
    const all = await walk(100);
    const [failing] = KINDS;
    await g.control(failing!, 'faults', { errorStatus: 500 });
    try {
      const walked = await walk(7);
      const others = all.rows.filter((row) => row.connectionId !== `acme-${failing}`);
      expect(walked.rows.map(key)).toEqual(others.map(key));
      const incomplete = walked.errors.filter((error) => error.extensions?.['code'] === 'LIST_INCOMPLETE');
      expect(incomplete.length).toBeGreaterThan(0);
      expect(incomplete.every((error) => error.extensions?.['connectionId'] === `acme-${failing}`)).toBe(true);
    } finally {
      await g.control(failing!, 'faults', {});
    }
  });

  it('walks the workspace tickets once each while one upstream is rate-limited for a while', async () => {
    const query = `query($first: Int, $after: String) { tickets(first: $first, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const walkTickets = async (beforePage: (page: number) => Promise<void>) => {
      const ids: string[] = [];
      const codes: unknown[] = [];
      let after: string | undefined;
      for (let page = 1; page <= 100; page++) {
        await beforePage(page);
        const result = await g.gql(query, { first: 100, after });
        codes.push(...(result.errors ?? []).map((error) => error.extensions?.['code']));
        ids.push(...result.data?.tickets.edges.map((edge: { node: { id: string } }) => edge.node.id));
        if (!result.data?.tickets.pageInfo.hasNextPage) return { ids, codes };
        after = result.data.tickets.pageInfo.endCursor;
        expect(after).toEqual(expect.any(String));
      }
      throw new Error('the walk did not end after 100 pages');
    };
    const all = await walkTickets(async () => {});
    const [limited] = KINDS;
    // A Retry-After past maxRetryWaitMs: the connection fails at once as UPSTREAM_RATE_LIMITED.
    const walked = await walkTickets((page) =>
      g.control(limited!, 'faults', page <= 2 ? { rateLimitBurst: { count: 1000, retryAfterSeconds: 60 } } : {}),
    );
    expect(walked.codes).toContain('UPSTREAM_RATE_LIMITED');
    expect(walked.ids).toHaveLength(all.ids.length);
    expect(new Set(walked.ids)).toEqual(new Set(all.ids));
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
