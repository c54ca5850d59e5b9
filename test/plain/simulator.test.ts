import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PEOPLE, SHARED_PEOPLE, peopleFor } from '../../src/simulators/people.js';
import { PLAIN_PEOPLE_INDEX, PLAIN_THREAD_COUNT } from '../../src/simulators/plain/dataset.js';
import { startHarness, type PlainHarness } from './support.js';

/** The Plain simulator over HTTP: GraphQL execution, Plain's pagination rules, errors and controls. */

let h: PlainHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.reset());

const THREADS = `query($first: Int, $after: String, $last: Int, $before: String, $filters: ThreadsFilter) {
  threads(first: $first, after: $after, last: $last, before: $before, filters: $filters, sortBy: { field: CREATED_AT, direction: ASC }) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id status } }
  }
}`;

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.map((error) => error.extensions?.code);

describe('requests', () => {
  it('refuses a request without the API key with 401 UNAUTHENTICATED', async () => {
    const result = await h.graphql({ query: '{ user(userId: "x") { id } }' }, null);
    expect(result.status).toBe(401);
    expect(codeOf(result.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers 400 GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED for broken documents', async () => {
    const parse = await h.graphql({ query: '{ threads(' });
    expect([parse.status, codeOf(parse.body)]).toEqual([400, ['GRAPHQL_PARSE_FAILED']]);
    // `workspace` exists in Plain but not in the project's subset: the simulator is stricter than Plain.
    const invalid = await h.graphql({ query: '{ workspace { id } }' });
    expect([invalid.status, codeOf(invalid.body)]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
    const badVariables = await h.graphql({ query: THREADS, variables: { first: 'ten' } });
    expect([badVariables.status, codeOf(badVariables.body)]).toEqual([400, ['BAD_USER_INPUT']]);
  });

  it('executes a named operation among several', async () => {
    const result = await h.graphql({
      query: 'query A { threads(first: 1) { totalCount } } query B { customers(first: 1) { totalCount } }',
      operationName: 'B',
    });
    expect(result.status).toBe(200);
    expect(Object.keys(result.body.data)).toEqual(['customers']);
  });
});

describe('Relay pagination as Plain does it', () => {
  it('pages 25 by default, reports totalCount and pages forward with edge cursors', async () => {
    const first = await h.graphql({ query: THREADS });
    expect(first.body.data.threads.edges).toHaveLength(25);
    expect(first.body.data.threads.totalCount).toBe(PLAIN_THREAD_COUNT);
    expect(first.body.data.threads.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const cursor = first.body.data.threads.edges[9].cursor;
    // Plain's cursors are base64 JSON of the sort key and the id.
    expect(JSON.parse(Buffer.from(cursor, 'base64').toString())).toEqual({
      'threads.created_at': expect.any(String),
      'threads.id': first.body.data.threads.edges[9].node.id,
    });
    const next = await h.graphql({ query: THREADS, variables: { first: 5, after: cursor } });
    expect(next.body.data.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      first.body.data.threads.edges.slice(10, 15).map((e: { node: { id: string } }) => e.node.id),
    );
    expect(next.body.data.threads.pageInfo.hasPreviousPage).toBe(true);
  });

  it('pages backward with last/before, and takes last without before', async () => {
    const all = await h.graphql({ query: THREADS, variables: { first: 100 } });
    const ids = all.body.data.threads.edges.map((e: { node: { id: string } }) => e.node.id);
    const before = await h.graphql({ query: THREADS, variables: { last: 3, before: all.body.data.threads.edges[10].cursor } });
    expect(before.body.data.threads.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(ids.slice(7, 10));
    expect(before.body.data.threads.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const tail = await h.graphql({ query: THREADS, variables: { last: 2 } });
    expect(tail.body.data.threads.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['first over the 100 maximum', { first: 101 }, /must not be greater than 100/],
    ['last over the 100 maximum', { last: 101 }, /must not be greater than 100/],
    ['first with before', { first: 5, before: 'eyJ9' }, /`first` and `before` cannot be combined/],
    ['last with after', { last: 5, after: 'eyJ9' }, /`last` and `after` cannot be combined/],
    ['a cursor that is not one', { first: 5, after: 'not a cursor' }, /Invalid cursor/],
    ['a cursor of another list', { first: 5, after: Buffer.from('{"customers.full_name":"A","customers.id":"c"}').toString('base64') }, /Invalid cursor/],
  ];
  for (const [name, variables, message] of refused) {
    it(`refuses ${name} with BAD_USER_INPUT`, async () => {
      const result = await h.graphql({ query: THREADS, variables });
      expect(result.status).toBe(200);
      expect(codeOf(result.body)).toEqual(['BAD_USER_INPUT']);
      expect(result.body.errors?.[0]?.message).toMatch(message);
      expect(result.body.data).toBeNull();
    });
  }
});

describe('errors and limits', () => {
  it('answers 429 RATE_LIMITED with x-ratelimit-reset as an ISO time and no Retry-After', async () => {
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 30 } });
    const limited = await h.graphql({ query: THREADS });
    expect(limited.status).toBe(429);
    expect(codeOf(limited.body)).toEqual(['RATE_LIMITED']);
    expect(limited.headers.get('retry-after')).toBeNull();
    const reset = limited.headers.get('x-ratelimit-reset') ?? '';
    expect(reset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(reset) - Date.now()).toBeGreaterThan(25_000);
    expect((await h.graphql({ query: THREADS })).status).toBe(200);
  });

  it('enforces a request budget set through /_sim/faults', async () => {
    await h.faults({ rateLimits: { '*': { requests: 2, windowMs: 60_000 } } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await h.graphql({ query: THREADS })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('answers injected 5xx faults in Plain’s error shape', async () => {
    await h.faults({ errorStatus: 503 });
    const result = await h.graphql({ query: THREADS });
    expect(result.status).toBe(503);
    expect(codeOf(result.body)).toEqual(['INTERNAL_SERVER_ERROR']);
  });

  it('returns a failed mutation as data, not as a GraphQL error', async () => {
    const result = await h.graphql({
      query: 'mutation($input: MarkThreadAsDoneInput!) { markThreadAsDone(input: $input) { thread { id } error { message type code fields { field type } } } }',
      variables: { input: { threadId: 'th_nope' } },
    });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.markThreadAsDone).toEqual({
      thread: null,
      error: { message: 'Thread not found', type: 'VALIDATION', code: 'input_validation', fields: [{ field: 'threadId', type: 'NOT_FOUND' }] },
    });
  });

  it('applies a mutation, and /_sim/reset restores the seeded dataset', async () => {
    const open = h.sim.dataset().threads.find((thread) => thread.status === 'TODO');
    if (!open) throw new Error('the dataset has no TODO thread');
    const result = await h.graphql({
      query: 'mutation($input: MarkThreadAsDoneInput!) { markThreadAsDone(input: $input) { thread { id status statusDetail { __typename } } error { message } } }',
      variables: { input: { threadId: open.id, statusDetail: 'IGNORED' } },
    });
    expect(result.body.data.markThreadAsDone).toEqual({
      thread: { id: open.id, status: 'DONE', statusDetail: { __typename: 'ThreadStatusDetailIgnored' } },
      error: null,
    });
    await h.reset();
    expect(h.sim.dataset().threads.find((thread) => thread.id === open.id)?.status).toBe('TODO');
  });
});

describe('dataset and controls', () => {
  it('serves the shared people under the same emails as the other simulators, plus its own slice', async () => {
    const emails = h.sim.dataset().customers.map((customer) => customer.email);
    expect(emails.slice(0, SHARED_PEOPLE)).toEqual(PEOPLE.slice(0, SHARED_PEOPLE).map((person) => person.email));
    expect(emails).toEqual(peopleFor(PLAIN_PEOPLE_INDEX, PEOPLE.length).map((person) => person.email));
    const shared = PEOPLE[0]?.email ?? '';
    const found = await h.graphql({ query: 'query($e: String!) { customerByEmail(email: $e) { fullName email { email } } }', variables: { e: shared.toUpperCase() } });
    expect(found.body.data.customerByEmail).toEqual({ fullName: PEOPLE[0]?.name, email: { email: shared } });
    const threadsOfShared = h.sim.dataset().threads.filter((thread) => h.sim.dataset().customers.slice(0, SHARED_PEOPLE).some((c) => c.id === thread.customerId));
    expect(threadsOfShared.length).toBeGreaterThan(20);
  });

  it('builds the same dataset on every start', async () => {
    const before = JSON.stringify(h.sim.dataset().threads.slice(0, 5));
    await h.reset();
    expect(JSON.stringify(h.sim.dataset().threads.slice(0, 5))).toBe(before);
  });

  it('counts GraphQL requests in /_sim/stats, not control calls', async () => {
    await h.graphql({ query: THREADS });
    await h.graphql({ query: THREADS });
    expect(await h.stats()).toEqual({ total: 2, byRoute: { 'POST /graphql/v1': 2 } });
    await h.reset();
    expect((await h.stats()).total).toBe(0);
  });
});
