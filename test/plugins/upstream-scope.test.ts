import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createUpstreamScope, currentScope, type UpstreamScope } from '../../src/connectors/http/scope.js';
import type { GatewayContext } from '../../src/context.js';
import { useUpstreamScope } from '../../src/plugins/upstream-scope.js';

/**
 * Each operation runs in its request's scope, and the scope is closed once the result is in: it
 * stops following the client (and stops its deadline timer), whether the result came at once, later,
 * or with errors.
 */
const yogaWithScopes = () => {
  const requests: { client: AbortController; scope: UpstreamScope; seen: UpstreamScope[] }[] = [];
  const yoga = createYoga<Record<string, unknown>, Pick<GatewayContext, 'upstream'>>({
    schema: createSchema<Record<string, unknown> & Pick<GatewayContext, 'upstream'>>({
      typeDefs: 'type Query { now: Int, later: Int, fails: Int, clientLeaves: Boolean }',
      resolvers: {
        Query: {
          now: () => 1,
          later: async () => {
            await new Promise((resolve) => setTimeout(resolve, 5));
            // What an upstream call would see: the request's scope, its signal armed.
            const scope = currentScope();
            if (scope) requests.at(-1)?.seen.push(scope);
            return scope?.signal.aborted ? -1 : 2;
          },
          fails: async () => {
            throw new Error('no');
          },
          // The client leaves mid-operation: does the scope's signal hear it?
          clientLeaves: async () => {
            const signal = currentScope()?.signal;
            await new Promise((resolve) => setTimeout(resolve, 5));
            requests.at(-1)?.client.abort();
            return signal?.aborted ?? null;
          },
        },
      },
    }),
    context: () => {
      const client = new AbortController();
      const scope = createUpstreamScope({ signal: client.signal, deadlineMs: 60_000, maxUpstreamCalls: 10 });
      requests.push({ client, scope, seen: [] });
      return { upstream: scope };
    },
    plugins: [useUpstreamScope()],
    logging: false,
  });
  const run = async (query: string) => {
    const response = await yoga.fetch('http://yoga.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return response.json() as Promise<Record<string, unknown>>;
  };
  return { run, requests };
};

describe('upstream scope plugin', () => {
  it.each([
    ['an answer at once', '{ now }', { data: { now: 1 } }],
    ['an answer that came later', '{ later }', { data: { later: 2 } }],
    ['an answer with errors', '{ later fails }', { data: { later: 2, fails: null } }],
  ])('closes the request’s scope after %s', async (_what, query, expected) => {
    const { run, requests } = yogaWithScopes();
    expect(await run(query)).toMatchObject(expected);
    const [request] = requests;
    if (!request) throw new Error('no request');
    if (query.includes('later')) expect(request.seen).toEqual([request.scope]);
    const { signal } = request.scope;
    // Closed: the client leaving now no longer reaches the scope's signal.
    request.client.abort();
    expect(signal.aborted).toBe(false);
  });

  it('follows the client while the operation runs', async () => {
    const { run } = yogaWithScopes();
    expect(await run('{ clientLeaves }')).toEqual({ data: { clientLeaves: true } });
  });
});
