import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_DEMO_API_KEY } from '../../src/simulators/rest/index.js';
import { createGateway } from '../../src/server.js';
import { createSharedState } from '../../src/state/shared-state.js';
import { startTestGateway, TOKENS, type TestGateway, type TestGatewayOptions } from '../support/gateway.js';
import { redisAvailable, startRedis, type RunningRedis } from '../support/redis.js';

/**
 * The shared record cache end to end: the REST helpdesk has no batch lookup, so every requester's
 * name costs a `GET /customers/{id}` unless the cache answers it. `acme-rest` and `globex-rest` are two
 * tenants' connections to the same simulator, so the same customer ids exist in both.
 */

const REQUESTERS = `query($c: ID!, $first: Int!) { tickets(connectionId: $c, first: $first) { edges { node { requester { id name } raw } } } }`;

interface Listed {
  names: (string | null)[];
  customerIds: string[];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Options = () => TestGatewayOptions;

/** Runs `suite` against a gateway started with `options` (read when the suite starts) and closed after. */
const withGateway = (options: Options, suite: (g: () => TestGateway) => void) => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway(['rest'], { timeoutMs: 2000, ...options() });
  });
  afterAll(() => g.close());
  suite(() => g);
};

const helpers = (g: () => TestGateway) => {
  const list = async (connectionId: string, first = 5, token: string = TOKENS.read): Promise<Listed> => {
    const result = await g().gql(REQUESTERS, { c: connectionId, first }, token);
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.tickets.edges.map((edge: { node: { requester: { name: string | null }; raw: { customer: { id: string } } } }) => edge.node);
    return { names: nodes.map((node: { requester: { name: string | null } }) => node.requester.name), customerIds: nodes.map((node: { raw: { customer: { id: string } } }) => node.raw.customer.id) };
  };
  const customerReads = async (): Promise<number> =>
    Object.entries((await g().stats('rest')).byRoute)
      .filter(([route]) => /^GET .*\/customers\/[^/]+$/.test(route))
      .reduce((sum, [, count]) => sum + count, 0);
  /** Renames a customer behind the gateway's back, as another client of the helpdesk would. */
  const renameUpstream = async (id: string, name: string): Promise<void> => {
    const sim = g().simulators.simulators.find((s) => s.kind.kind === 'rest');
    const response = await fetch(`${sim?.running.url}/api/v1/customers/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${REST_DEMO_API_KEY}` },
      body: JSON.stringify({ name }),
    });
    expect(response.status).toBe(200);
  };
  return { list, customerReads, renameUpstream };
};

/** What every cache backend must do; `options` choose the backend. */
const cacheBehaviour = (name: string, options: Options) => {
  describe(`${name}: default TTLs`, () => {
    withGateway(options, (g) => {
      const { list, customerReads, renameUpstream } = helpers(g);

      it("asks for a requester once across requests, and keeps each tenant's records apart", async () => {
        await g().control('rest', 'reset');
        const first = await list('acme-rest');
        const distinct = new Set(first.customerIds).size;
        expect(await customerReads()).toBe(distinct);
        expect(await list('acme-rest')).toEqual(first);
        expect(await customerReads()).toBe(distinct);
        // Another tenant's connection to the same upstream ids does not see acme's entries.
        expect(await list('globex-rest', 5, TOKENS.globex)).toEqual(first);
        expect(await customerReads()).toBe(2 * distinct);
        await list('globex-rest', 5, TOKENS.globex);
        expect(await customerReads()).toBe(2 * distinct);
      });

      it('forgets a contact the gateway writes, so the next read sees the change', async () => {
        const before = await list('acme-rest', 1);
        const reads = await customerReads();
        const contactId = (await g().gql(REQUESTERS, { c: 'acme-rest', first: 1 })).data?.tickets.edges[0].node.requester.id;
        const renamed = await g().gql(
          `mutation($id: ID!) { updateContact(input: { contactId: $id, connectionId: "acme-rest", name: "Renamed Through Gateway" }) { contact { name } } }`,
          { id: contactId },
          TOKENS.write,
        );
        expect(renamed.errors).toBeUndefined();
        const after = await list('acme-rest', 1);
        expect(after.customerIds).toEqual(before.customerIds);
        expect(after.names).toEqual(['Renamed Through Gateway']);
        expect(await customerReads()).toBe(reads + 1);
      });

      it('keeps serving what it has while the upstream changes behind its back, within the TTL', async () => {
        const before = await list('acme-rest', 1);
        await renameUpstream(before.customerIds[0] as string, 'Changed Upstream');
        expect((await list('acme-rest', 1)).names).toEqual(before.names);
      });
    });
  });

  describe(`${name}: a short TTL without a stale window`, () => {
    withGateway(() => ({ ...options(), cache: { ttlSeconds: { contacts: 2 }, staleSeconds: 0 } }), (g) => {
      const { list, customerReads, renameUpstream } = helpers(g);
      it('asks again once the TTL has passed', async () => {
        const before = await list('acme-rest', 1);
        const reads = await customerReads();
        await renameUpstream(before.customerIds[0] as string, 'After Expiry');
        await list('acme-rest', 1);
        expect(await customerReads()).toBe(reads);
        await wait(2100);
        expect((await list('acme-rest', 1)).names).toEqual(['After Expiry']);
        expect(await customerReads()).toBe(reads + 1);
      });
    });
  });

  describe(`${name}: stale-while-revalidate`, () => {
    withGateway(() => ({ ...options(), cache: { ttlSeconds: { contacts: 2 }, staleSeconds: 30 } }), (g) => {
      const { list, customerReads, renameUpstream } = helpers(g);
      it('answers a stale entry at once and refreshes it in the background', async () => {
        const before = await list('acme-rest', 1);
        const reads = await customerReads();
        await renameUpstream(before.customerIds[0] as string, 'Revalidated');
        await wait(2100);
        // Stale: answered as it was, and refreshed behind the answer.
        expect((await list('acme-rest', 1)).names).toEqual(before.names);
        await expect.poll(customerReads).toBe(reads + 1);
        await expect.poll(async () => (await list('acme-rest', 1)).names).toEqual(['Revalidated']);
        expect(await customerReads()).toBe(reads + 1);
      });
    });
  });

  describe(`${name}: a connection with its cache off`, () => {
    withGateway(() => ({ ...options(), connection: { cache: { enabled: false } } }), (g) => {
      const { list, customerReads } = helpers(g);
      it('asks every time, but concurrent requests share the loads in flight', async () => {
        const first = await list('acme-rest');
        const distinct = new Set(first.customerIds).size;
        await list('acme-rest');
        expect(await customerReads()).toBe(2 * distinct);
        await g().control('rest', 'faults', { latencyMs: 300 });
        await Promise.all([list('acme-rest'), list('acme-rest'), list('acme-rest')]);
        expect(await customerReads()).toBe(3 * distinct);
      });
    });
  });
};

cacheBehaviour('in-memory cache', () => ({}));

describe.runIf(redisAvailable)('Redis', () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());

  cacheBehaviour('Redis cache', () => ({ redisUrl: redis.url }));

  describe('replicas', () => {
    withGateway(() => ({ redisUrl: redis.url }), (g) => {
      const { list, customerReads } = helpers(g);
      it('share what one of them read, and a write through one is seen by the other', async () => {
        const replica = createGateway(g().config, { state: createSharedState({ REDIS_URL: redis.url }) });
        try {
          const viaReplica = async (query: string, variables: Record<string, unknown>, token: string = TOKENS.read) => {
            const response = await replica.yoga.fetch('http://replica.test/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ query, variables }),
            });
            return (await response.json()) as { data?: any; errors?: unknown[] };
          };
          const first = await list('acme-rest');
          const reads = await customerReads();
          const fromReplica = await viaReplica(REQUESTERS, { c: 'acme-rest', first: 5 });
          expect(fromReplica.errors).toBeUndefined();
          expect(fromReplica.data?.tickets.edges.map((edge: { node: { requester: { name: string } } }) => edge.node.requester.name)).toEqual(first.names);
          expect(await customerReads()).toBe(reads);

          const contactId = fromReplica.data?.tickets.edges[0].node.requester.id;
          const renamed = await viaReplica(
            `mutation($id: ID!) { updateContact(input: { contactId: $id, connectionId: "acme-rest", name: "Renamed On Replica" }) { contact { name } } }`,
            { id: contactId },
            TOKENS.write,
          );
          expect(renamed.errors).toBeUndefined();
          expect((await list('acme-rest', 1)).names).toEqual(['Renamed On Replica']);
        } finally {
          await replica.close();
        }
      });
    });
  });
});
