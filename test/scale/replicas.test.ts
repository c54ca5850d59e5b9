import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REST_DEMO_API_KEY, startRestSimulator, type RunningRestSimulator } from '../../src/simulators/rest/index.js';
import { redisAvailable, startRedis, type RunningRedis } from '../support/redis.js';
import { startReplicas, type Replica, type Replicas } from '../support/replicas.js';
import { simControl } from '../support/sim-control.js';

/**
 * Two `deskgraph serve` processes behind one REDIS_URL share what the README says they share. Each
 * case is arranged so that a replica keeping its own state would answer differently: a budget of 4
 * refuses the second replica after its own 2nd call, which separate budgets of 4 would never do.
 * (Cases for the shared cache and the event fan-out join this harness as those land.)
 */
const READ = 'replica-read-token-0123456789';
const WRITE = 'replica-write-token-0123456789';
const THROTTLED = 'replica-throttled-token-0123456789';

const LIST = '{ tickets(connectionId: "acme-rest", first: 1) { edges { node { id } } } }';
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id subject } errors { __typename } } }`;

describe.runIf(redisAvailable)('two replicas sharing Redis', { timeout: 180_000 }, () => {
  let redis: RunningRedis;
  let sim: RunningRestSimulator;
  let cluster: Replicas;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    [redis, sim] = await Promise.all([startRedis(), startRestSimulator()]);
    const config = `server: { port: 0 }
limits: { deadlineMs: 1500 }
workspaces:
  - id: acme
    connections:
      - id: acme-rest
        kind: rest
        name: Support
        baseUrl: "${sim.url}/api/v1"
        credentials: { apiKey: "${REST_DEMO_API_KEY}" }
        rate: { requestsPerMinute: 4, maxRetries: 0 }
      - { id: acme-writes, kind: rest, name: Writes, baseUrl: "${sim.url}/api/v1", credentials: { apiKey: "${REST_DEMO_API_KEY}" } }
tokens:
  - { id: reader, secret: "${READ}", workspaces: [acme], limits: { requestsPerMinute: 100000, burst: 10000 } }
  - { id: writer, secret: "${WRITE}", workspaces: [acme], access: write, limits: { requestsPerMinute: 100000, burst: 10000 } }
  - { id: throttled, secret: "${THROTTLED}", workspaces: [acme], limits: { requestsPerMinute: 1, burst: 2 } }
`;
    cluster = await startReplicas(config, { REDIS_URL: redis.url });
    [a, b] = cluster.replicas as [Replica, Replica];
  }, 180_000);
  afterAll(async () => {
    await cluster?.close();
    await Promise.all([sim?.close(), redis?.stop()]);
  });

  it('share an upstream budget: 4 calls a minute across both, whichever replica makes them', async () => {
    await simControl(sim.url).reset();
    for (const replica of [a, b, a, b]) {
      const { body } = await replica.gql(LIST, {}, READ);
      expect(body.errors).toBeUndefined();
    }
    const refused = await b.gql(LIST, {}, READ);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_RATE_LIMITED');
    expect((await simControl(sim.url).stats()).byRoute['GET /api/v1/tickets']).toBe(4);
  });

  it('share a token\'s rate: a burst of 2 across both replicas', async () => {
    expect((await a.gql('{ viewer { tokenId } }', {}, THROTTLED)).status).toBe(200);
    expect((await b.gql('{ viewer { tokenId } }', {}, THROTTLED)).status).toBe(200);
    const third = await a.gql('{ viewer { tokenId } }', {}, THROTTLED);
    expect(third.status).toBe(429);
    expect(third.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('share idempotency keys: the same mutation on the other replica answers the first result and writes once', async () => {
    await simControl(sim.url).reset();
    const input = {
      connectionId: 'acme-writes',
      subject: 'Heater broken in room 12',
      description: 'It has been cold all night.',
      requester: { email: 'taylor.reid@example.com', name: 'Taylor Reid' },
      idempotencyKey: 'replicated-create-1',
    };
    const first = await a.gql(CREATE, { input }, WRITE);
    const second = await b.gql(CREATE, { input }, WRITE);
    expect(first.body.data?.createTicket?.errors).toEqual([]);
    expect(second.body.data).toEqual(first.body.data);
    // The second replica answered from Redis without calling the upstream.
    expect(second.body.extensions).toMatchObject({ cost: { upstreamCalls: 0 } });
    expect((await simControl(sim.url).stats()).byRoute['POST /api/v1/tickets']).toBe(1);
  });
});
