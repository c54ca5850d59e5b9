import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlExecutions } from '../../src/observability/metrics.js';
import { useCompiledExecution } from '../../src/plugins/compiled-execution.js';
import { startTestGateway, TOKENS, type GqlResult, type TestGateway } from '../support/gateway.js';

/**
 * A query answers the same whether graphql-js's executor runs it or, once it is hot, its compiled
 * code (src/plugins/compiled-execution.ts): here a query compiles after two runs, so each case is
 * sent three times and the last two answers compared, and the executions counter proves which
 * executor ran.
 */

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(['rest', 'zendesk'], { timeoutMs: 1000, server: { compileQueriesAfter: 2, introspection: true } });
});
afterAll(() => g.close());

const executions = async (): Promise<Record<string, number>> =>
  Object.fromEntries((await graphqlExecutions.get()).values.map((value) => [String(value.labels['executor']), value.value]));

const delta = (before: Record<string, number>, after: Record<string, number>) => ({
  standard: (after['standard'] ?? 0) - (before['standard'] ?? 0),
  compiled: (after['compiled'] ?? 0) - (before['compiled'] ?? 0),
});

const comparable = (result: GqlResult) => ({ status: result.status, data: result.data, errors: result.errors, extensions: result.extensions });

/**
 * Sends the query three times: graphql-js answers the first two (the first fills the record cache, so
 * the second and third make the same upstream calls), the compiled query the third.
 */
const bothWays = async (query: string, variables?: Record<string, unknown>, token?: string) => {
  const before = await executions();
  await g.gql(query, variables, token);
  const standard = await g.gql(query, variables, token);
  const between = await executions();
  const compiled = await g.gql(query, variables, token);
  const after = await executions();
  expect(delta(before, between)).toEqual({ standard: 2, compiled: 0 });
  expect(delta(between, after)).toEqual({ standard: 0, compiled: 1 });
  expect(comparable(compiled)).toEqual(comparable(standard));
  return compiled;
};

const TICKET_FIELDS = `fragment Row on Ticket { id externalId subject status rawStatus priority createdAt tags customFields { key value }
  requester { id name email } assignee { name email } helpdesk { connectionId kind } }`;

describe('compiled queries answer as graphql-js does', () => {
  it('a page of tickets with people, page info, a fragment and variables', async () => {
    const result = await bothWays(
      `query Page($connectionId: ID!, $first: Int) { tickets(connectionId: $connectionId, first: $first) {
        totalCount edges { cursor node { ...Row } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } ${TICKET_FIELDS}`,
      { connectionId: 'acme-rest', first: 20 },
    );
    expect(result.data?.['tickets'].edges).toHaveLength(20);
  });

  it('a list merged across two helpdesks, with aliases, @include/@skip and __typename', async () => {
    const result = await bothWays(
      `query Merged($withPeople: Boolean!) {
        newest: tickets(first: 7) { edges { node { __typename ...Row requester @include(if: $withPeople) { name } } } }
        oldest: tickets(first: 3, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { subject assignee @skip(if: $withPeople) { name } } } }
      } ${TICKET_FIELDS}`,
      { withPeople: true },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['newest'].edges).toHaveLength(7);
  });

  it('node and nodes with inline fragments, a foreign id null at its own index with FORBIDDEN', async () => {
    const globex = await g.gql('{ tickets(connectionId: "globex-rest", first: 1) { edges { node { id } } } }', {}, TOKENS.globex);
    const acme = await g.gql('{ tickets(connectionId: "acme-rest", first: 2) { edges { node { id } } } }');
    const [first, second] = acme.data?.['tickets'].edges.map((edge: { node: { id: string } }) => edge.node.id) as string[];
    const foreign = globex.data?.['tickets'].edges[0].node.id as string;
    const result = await bothWays(
      `query Nodes($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { id ... on Ticket { subject } } node(id: $id) { __typename ... on Ticket { status } } }`,
      { ids: [first, foreign, second, 'not-an-id'], id: first },
    );
    expect((result.data?.['nodes'] as unknown[]).map((node) => node === null)).toEqual([false, true, false, true]);
    expect(result.errors?.map((error) => [error.extensions?.['code'], error.path])).toEqual(
      expect.arrayContaining([
        ['FORBIDDEN', ['nodes', 1]],
        ['BAD_USER_INPUT', ['nodes', 3]],
      ]),
    );
  });

  it('an upstream failure: the failing field is null with its code, the other helpdesk still answers', async () => {
    await g.control('rest', 'faults', { errorStatus: 500 });
    try {
      const result = await bothWays('{ rest: tickets(connectionId: "acme-rest", first: 2) { edges { node { id } } } zendesk: tickets(connectionId: "acme-zendesk", first: 2) { edges { node { id } } } }');
      expect(result.data?.['rest']).toBeNull();
      expect(result.data?.['zendesk'].edges).toHaveLength(2);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', connectionId: 'acme-rest' });
    } finally {
      await g.control('rest', 'reset');
    }
  });

  it('string literals that look like code stay strings (the compiled code is generated from the document)', async () => {
    const flag = globalThis as { compiledInjection?: boolean };
    const evil = String.raw`"\"); globalThis.compiledInjection = true; (\"" `;
    const result = await bothWays(`{ tickets(connectionId: ${evil}, first: 1) { totalCount } alias: tickets(connectionId: """ "); globalThis.compiledInjection = true; (" """, first: 1) { totalCount } }`);
    expect(flag.compiledInjection).toBeUndefined();
    expect(result.errors?.map((error) => error.message)).toEqual([
      'unknown connection "\"); globalThis.compiledInjection = true; (\""',
      'unknown connection " \"); globalThis.compiledInjection = true; (\" "',
    ]);
  });

  it('introspection', async () => {
    const result = await bothWays('{ __schema { queryType { name } } __type(name: "Ticket") { fields { name } } }');
    expect(result.data?.['__schema']).toEqual({ queryType: { name: 'Query' } });
  });

  it('the named operation of a document with two, and no compilation for a name it lacks', async () => {
    const document = 'query A { viewer { tokenId } } query B { workspaces { id name } }';
    const send = (operationName: string) =>
      Promise.resolve(
        g.gateway.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.read}` },
          body: JSON.stringify({ query: document, operationName }),
        }),
      ).then((response) => response.json() as Promise<Record<string, unknown>>);
    const before = await executions();
    await send('B');
    const standard = await send('B');
    const compiled = await send('B');
    expect(compiled).toEqual(standard);
    expect(standard).toMatchObject({ data: { workspaces: [{ id: expect.any(String), name: 'Acme' }] } });
    expect(delta(before, await executions())).toEqual({ standard: 2, compiled: 1 });
    // Unknown operations are refused before execution, however often they are asked for.
    const beforeUnknown = await executions();
    for (let i = 0; i < 3; i++) {
      expect((await send('C'))['errors']).toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })]);
    }
    expect(delta(beforeUnknown, await executions()).compiled).toBe(0);
    expect((await send('A'))['data']).toEqual({ viewer: { tokenId: 'acme-read' } });
  });
});

describe('requests the compiled code does not take', () => {
  it('refused variables read as graphql-js words them, every time', async () => {
    const query = 'query Page($first: Int) { tickets(connectionId: "acme-rest", first: $first) { totalCount } }';
    const before = await executions();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await g.gql(query, { first: 'many' }));
    expect(delta(before, await executions()).compiled).toBe(0);
    for (const answer of answers) {
      expect(answer.errors?.map((error) => error.message)).toEqual(['Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"']);
    }
    // The same document with good variables is compiled: it has run (and been refused) three times.
    const good = await g.gql(query, { first: 1 });
    expect(good.errors).toBeUndefined();
    expect(delta(before, await executions()).compiled).toBe(1);
  });

  it('a query refused for its cost neither counts as run nor gets compiled', async () => {
    const query = '{ tickets(first: 100) { edges { node { requester { tickets(first: 100) { edges { node { assignee { name } } } } } } } } }';
    const before = await executions();
    for (let i = 0; i < 3; i++) expect((await g.gql(query)).errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(delta(before, await executions())).toEqual({ standard: 0, compiled: 0 });
  });

  it('mutations keep the standard executor', async () => {
    const before = await executions();
    for (let i = 0; i < 3; i++) await g.gql('mutation { __typename }', {}, TOKENS.write);
    expect(delta(before, await executions())).toEqual({ standard: 3, compiled: 0 });
  });
});

describe('bounds', () => {
  it('compiles nothing when compileAfter is null', async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { a: Int }', resolvers: { Query: { a: () => 1 } } }),
      plugins: [useCompiledExecution({ compileAfter: null })],
      logging: false,
    });
    const before = await executions();
    for (let i = 0; i < 4; i++) {
      const response = await yoga.fetch('http://yoga.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a }' }) });
      expect(await response.json()).toEqual({ data: { a: 1 } });
    }
    expect(delta(before, await executions())).toEqual({ standard: 4, compiled: 0 });
  });

  it('holds at most maxCompiled compiled queries: past it, new queries keep the standard executor', async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { a: Int, b: Int }', resolvers: { Query: { a: () => 1, b: () => 2 } } }),
      plugins: [useCompiledExecution({ compileAfter: 0, maxCompiled: 1 })],
      logging: false,
    });
    const run = async (query: string) => {
      const response = await yoga.fetch('http://yoga.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return response.json();
    };
    const before = await executions();
    expect(await run('{ a }')).toEqual({ data: { a: 1 } });
    expect(delta(before, await executions())).toEqual({ standard: 0, compiled: 1 });
    const full = await executions();
    expect(await run('{ b }')).toEqual({ data: { b: 2 } });
    expect(await run('{ a b }')).toEqual({ data: { a: 1, b: 2 } });
    expect(delta(full, await executions())).toEqual({ standard: 2, compiled: 0 });
    const again = await executions();
    await run('{ a }');
    expect(delta(again, await executions())).toEqual({ standard: 0, compiled: 1 });
  });
});
