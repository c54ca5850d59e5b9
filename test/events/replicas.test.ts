import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type RunningSimulators } from '../../src/demo.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { redisAvailable, startRedis, type RunningRedis } from '../support/redis.js';
import { startReplicas, type Replicas } from '../support/replicas.js';
import { simControl } from '../support/sim-control.js';
import { subscribeSse, type SseSubscription } from '../support/sse.js';
import { EVENT_TOKENS, eventsConfig, POLL_MS, TICKET_EVENTS, WEBHOOK_SECRET } from './support.js';

/**
 * Two gateway processes on one redis-server: a webhook received by one replica reaches the
 * subscribers of the other, and a connection both replicas' subscribers watch is polled once.
 */

describe.runIf(redisAvailable)('live updates across two replicas sharing Redis', () => {
  let redis: RunningRedis;
  let simulators: RunningSimulators;
  let replicas: Replicas;
  const open: SseSubscription[] = [];
  const urls = () => replicas.replicas.map((replica) => replica.url) as [string, string];
  const sim = (kind: string) => simControl(simulators.simulators.find((candidate) => candidate.kind.kind === kind)?.running.url ?? '');
  const subscribe = async (url: string, connectionId: string) => {
    const subscription = await subscribeSse(`${url}/graphql`, EVENT_TOKENS.acme, TICKET_EVENTS, { connectionId });
    open.push(subscription);
    expect(subscription.status).toBe(200);
    return subscription;
  };

  beforeAll(async () => {
    redis = await startRedis();
    simulators = await startSimulators(SIMULATOR_KINDS.filter((kind) => ['helpdesk', 'rest'].includes(kind.kind)));
    replicas = await startReplicas(eventsConfig(simulators.simulators), { REDIS_URL: redis.url });
  }, 60_000);

  afterAll(async () => {
    for (const subscription of open) subscription.close();
    await replicas?.close();
    await simulators?.close();
    await redis?.stop();
  });

  it('delivers a webhook received by replica A to a subscriber of replica B', async () => {
    const [a, b] = urls();
    await sim('helpdesk').webhooks({ url: `${a}/webhooks/acme-helpdesk`, secret: WEBHOOK_SECRET });
    const onB = await subscribe(b, 'acme-helpdesk');
    const started = Date.now();
    const { ticket } = (await sim('helpdesk').event({ type: 'updated' })) as { ticket: { id: string } };
    const { data, errors } = await onB.next(1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors).toBeUndefined();
    expect(data?.ticketEvents).toMatchObject({ type: 'UPDATED', connectionId: 'acme-helpdesk', ticket: { externalId: ticket.id } });
    await expect.poll(() => sim('helpdesk').deliveries()).toEqual({ sent: 1, failed: 0 });
  });

  it('polls a connection watched on both replicas once, and each subscriber hears each change once', async () => {
    const [a, b] = urls();
    const lists = async () => (await sim('rest').stats()).byRoute['GET /api/v1/tickets'] ?? 0;
    /** Polls of the REST helpdesk over a window, after the pollers settled. */
    const pollsOverWindow = async (): Promise<number> => {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3));
      const before = await lists();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 10));
      return (await lists()) - before;
    };
    const onA = await subscribe(a, 'acme-rest');
    const oneReplica = await pollsOverWindow();
    const onB = await subscribe(b, 'acme-rest');
    const twoReplicas = await pollsOverWindow();
    // Measured in the same run, so the machine's load weighs on both: two pollers would double it.
    expect(oneReplica).toBeGreaterThan(3);
    expect(twoReplicas).toBeLessThanOrEqual(Math.ceil(oneReplica * 1.4));

    const { data: ticket } = (await sim('rest').event({ type: 'updated' })) as { data: { id: string } };
    for (const subscriber of [onA, onB]) {
      const { data } = await subscriber.next(1000);
      expect(data?.ticketEvents).toMatchObject({ type: 'UPDATED', ticket: { externalId: ticket.id } });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3));
    expect([onA.pending(), onB.pending()]).toEqual([0, 0]);
  });
});
