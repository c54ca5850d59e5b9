import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

/**
 * Every hostile request from the safety report is refused before it runs: its own code, the measured
 * value and the limit in the message, well under a second, zero upstream calls, and the gateway
 * still healthy afterwards.
 */

const KINDS = SIMULATOR_KINDS.map((kind) => kind.kind);
let t: TestGateway;

const upstreamCalls = async (): Promise<number> => {
  const all = await Promise.all(KINDS.map((kind) => t.stats(kind)));
  return all.reduce((sum, stats) => sum + stats.total, 0);
};

/** Sends a query that must be refused, and checks the refusal's code, speed and cost. */
const refused = async (query: string, code: string, token: string | null = TOKENS.read) => {
  const before = await upstreamCalls();
  const started = performance.now();
  const result = await t.gql(query, undefined, token);
  const elapsed = performance.now() - started;
  expect(result.errors?.[0]?.extensions?.['code']).toBe(code);
  expect(result.data ?? null).toBeNull();
  expect(elapsed).toBeLessThan(1000);
  expect(await upstreamCalls()).toBe(before);
  const health = await t.gateway.yoga.fetch('http://gateway.test/health');
  expect(health.status).toBe(200);
  return result;
};

/** `viewer { workspaces { helpdesks { workspace { helpdesks { … } } } } }`, `levels` deep (the report's query was 50 levels). */
const nestedViewer = (levels: number): string => {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `helpdesks { ${inner} }` : `workspace { ${inner} }`;
  return `{ viewer { workspaces { ${inner} } } }`;
};

/** `requester { tickets(first: n) { edges { node { requester { … } } } } }`, `levels` deep. */
const nestedTickets = (levels: number, first: number): string => {
  let inner = 'subject';
  for (let i = 0; i < levels; i++) inner = `subject requester { tickets(first: ${first}) { edges { node { ${inner} } } } }`;
  return `{ tickets(first: ${first}) { edges { node { ${inner} } } } }`;
};

beforeAll(async () => {
  t = await startTestGateway(KINDS);
});
afterAll(async () => {
  await t.close();
});

describe('queries refused before they run', () => {
  it('refuses the 50-level viewer query that grew the heap until the process died', async () => {
    // So deep that its brackets alone give it away, before it is parsed.
    const result = await refused(nestedViewer(50), 'QUERY_TOO_DEEP');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toBe('the document nests 53 levels of brackets, over the limit of 32');
    // Shallow enough to parse, too deep to run: GraphQL Armor's depth limit.
    const parsed = await refused(nestedViewer(14), 'QUERY_TOO_DEEP');
    expect(parsed.errors?.[0]?.message).toBe('Query depth limit of 12 exceeded, found 17.');
  });

  it('refuses nested ticket connections by their static cost, naming the cost and the limit', async () => {
    const query =
      '{ tickets(first: 100) { edges { node { requester { tickets(first: 100) { edges { node { assignee { name } } } } } } } } }';
    const result = await refused(query, 'QUERY_TOO_COMPLEX');
    // A list per connection (n), then per ticket its requester (1) and their lists (n lookups, n lists), then per ticket its assignee (1).
    const n = KINDS.length;
    const cost = n + 100 * (1 + 2 * n + 100 * 1);
    expect(result.errors?.[0]?.message).toBe(`the query may make ${cost} upstream calls, over this token's limit of 1000`);
    // Within the alias limit, but thirty pages of a hundred tickets with their people cost too much.
    const pages = Array.from({ length: 30 }, (_, i) => `p${i}: tickets(first: 100) { edges { node { requester { name } assignee { name } } } }`);
    await refused(`{ ${pages.join(' ')} }`, 'QUERY_TOO_COMPLEX');
  });

  it('refuses the depth-50 nesting with `first: 2` and 1,000 aliases', async () => {
    await refused(nestedTickets(50, 2), 'QUERY_TOO_DEEP');
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: tickets(first: 1) { totalCount }`).join(' ');
    const tooMany = await refused(`{ ${aliases} }`, 'TOO_MANY_ALIASES');
    expect(tooMany.errors?.[0]?.message).toContain('Aliases limit of 30 exceeded, found 40');
    const thousand = Array.from({ length: 1000 }, (_, i) => `a${i}: tickets { totalCount }`).join(' ');
    await refused(`{ ${thousand} }`, 'QUERY_TOO_LARGE');
  });

  it('refuses too many directives and tokens', async () => {
    const directives = Array.from({ length: 25 }, () => '@include(if: true)').join(' ');
    await refused(`{ viewer ${directives} { tokenId } }`, 'TOO_MANY_DIRECTIVES');
    const spreads = Array.from({ length: 1600 }, () => '...F').join(' ');
    const result = await refused(`{ viewer { ${spreads} } } fragment F on Viewer { access }`, 'QUERY_TOO_LARGE');
    expect(result.errors?.[0]?.message).toContain('Token limit of 3000 exceeded');
  });

  it('answers a document nested too deeply for the parser with 400, not 500', async () => {
    const deep = `{ viewer ${'{ a '.repeat(3000)}${'} '.repeat(3000)}}`;
    const result = await refused(deep, 'QUERY_TOO_DEEP');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/nests 3001 levels of brackets, over the limit of 32/);
  });

  it('refuses a document over the character limit before parsing it', async () => {
    const result = await refused(`{ viewer { tokenId } } # ${'x'.repeat(20_000)}`, 'QUERY_TOO_LARGE');
    expect(result.errors?.[0]?.message).toMatch(/has 200\d\d characters, over the limit of 20000/);
  });

  it('lets an ordinary query through and reports its cost in extensions', async () => {
    const result = await t.gql('{ tickets(first: 5) { edges { node { subject requester { name } assignee { name } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.['cost']).toMatchObject({ estimated: KINDS.length + 5 * 2, limit: 1000, upstreamCallLimit: 200 });
    expect(result.extensions?.['cost']?.upstreamCalls).toBeGreaterThan(0);
  });

  it('measures one document again for other variables and another token, and refuses it every time it is too costly', async () => {
    // Costs are remembered per token, document, operation and variables: none of them may answer for another.
    const query = 'query Page($first: Int) { tickets(first: $first) { edges { node { subject requester { name } } } } }';
    const costOf = async (first: number, token: string = TOKENS.read) => (await t.gql(query, { first }, token)).extensions?.['cost']?.estimated;
    expect(await costOf(5)).toBe(KINDS.length + 5);
    expect(await costOf(7)).toBe(KINDS.length + 7);
    expect(await costOf(5)).toBe(KINDS.length + 5);
    // globex reads one connection: its merged list asks one upstream, not one per kind.
    expect(await costOf(5, TOKENS.globex)).toBe(1 + 5);
    const nested = `query Nested($first: Int) { tickets(first: $first) { edges { node { requester { tickets(first: $first) { edges { node { requester { tickets(first: $first) { edges { node { subject } } } } } } } } } } } }`;
    for (let i = 0; i < 2; i++) {
      const result = await t.gql(nested, { first: 50 });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    }
    expect((await t.gql(nested, { first: 2 })).errors).toBeUndefined();
    // Variables too long to be kept are measured on every request, with the same answer as short ones.
    const search = 'query Search($first: Int, $q: String) { contacts(connectionId: "acme-rest", first: $first, search: $q) { edges { node { tickets(first: 2) { edges { node { subject } } } } } } }';
    const estimate = async (first: number, q: string) => (await t.gql(search, { first, q })).extensions?.['cost']?.estimated;
    const [short3, short4] = [await estimate(3, 'x'), await estimate(4, 'x')];
    expect(short3).not.toBe(short4);
    expect([await estimate(3, 'x'.repeat(600)), await estimate(4, 'x'.repeat(600))]).toEqual([short3, short4]);
  });
});

describe('authentication before parsing', () => {
  it('answers 401 to a request without a valid token whatever its body', async () => {
    for (const token of [null, 'not-a-known-token-0123456789']) {
      const before = await upstreamCalls();
      const response = await t.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        // Not even JSON: a parse would answer 400; the token check comes first.
        body: '{ this is not json',
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(await upstreamCalls()).toBe(before);
    }
  });

  it('refuses a 23 MB body by its length, with a token or without, without reading it', async () => {
    const body = `{"query": "{ viewer { tokenId } }", "padding": "${'x'.repeat(23 * 1024 * 1024)}"}`;
    for (const [token, status] of [
      [null, 401],
      [TOKENS.read, 413],
    ] as const) {
      const started = performance.now();
      const response = await t.gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      expect(response.status).toBe(status);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('reads a body without content-length only up to the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 400) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await t.gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.read}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('QUERY_TOO_LARGE');
    // 100 KiB is two 64 KiB chunks; the reader stopped soon after, far from the 25 MB offered.
    expect(sent).toBeLessThan(10);
  });

  it('gives no field suggestions and no introspection while introspection is off', async () => {
    const typo = await t.gql('{ tickts { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
