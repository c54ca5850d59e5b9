import { createHmac } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { startSimulators, type RunningSimulators } from '../../src/demo.js';
import { registry } from '../../src/observability/metrics.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { simControl } from '../support/sim-control.js';
import { subscribeSse, type SseSubscription } from '../support/sse.js';
import { EVENT_TOKENS, eventsConfig, POLL_MS, TICKET_EVENTS, WEBHOOK_KINDS, WEBHOOK_SECRET } from './support.js';

/**
 * Live updates end to end, in one process: simulators send signed webhooks to a gateway on a real
 * port (or are polled by it), and subscribers read `ticketEvents` over Server-Sent Events.
 */

let simulators: RunningSimulators;
let gateway: Gateway;
let url: string;

const sim = (kind: string) => {
  const found = simulators.simulators.find((candidate) => candidate.kind.kind === kind);
  if (!found) throw new Error(`no ${kind} simulator`);
  return simControl(found.running.url);
};

const open: SseSubscription[] = [];
const subscribe = async (variables: Record<string, unknown>, token: string | null = EVENT_TOKENS.acme, query = TICKET_EVENTS): Promise<SseSubscription> => {
  const subscription = await subscribeSse(`${url}/graphql`, token, query, variables);
  open.push(subscription);
  return subscription;
};
const closeAll = (): void => {
  for (const subscription of open.splice(0)) subscription.close();
};

/** A Helpdesk delivery signed as the API signs it, at `timestamp` (Unix seconds). */
const helpdeskDelivery = (body: unknown, timestamp = Math.floor(Date.now() / 1000), secret = WEBHOOK_SECRET) => {
  const raw = JSON.stringify(body);
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-helpdesk-timestamp': String(timestamp),
      'x-helpdesk-signature': `sha256=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`,
    },
    body: raw,
  };
};

beforeAll(async () => {
  simulators = await startSimulators(SIMULATOR_KINDS);
  gateway = createGateway(parseConfig(eventsConfig(simulators.simulators, { events: { maxSubscriptionsPerToken: 4 } })));
  url = await gateway.listen(0, '127.0.0.1');
  for (const kind of WEBHOOK_KINDS) await sim(kind).webhooks({ url: `${url}/webhooks/acme-${kind}`, secret: WEBHOOK_SECRET });
  // Warm up (connection pools, first compilations): the delays measured below are the steady state's.
  for (const kind of ['helpdesk', 'rest']) {
    const subscription = await subscribe({ connectionId: `acme-${kind}` });
    await sim(kind).event({ type: 'updated' });
    await subscription.next(5000);
    closeAll();
  }
});

afterAll(async () => {
  closeAll();
  await gateway?.close();
  await simulators?.close();
});

describe('a webhook kind (Helpdesk, seed 001)', () => {
  it('delivers a change made on the simulator to a subscriber within a second', async () => {
    const subscription = await subscribe({ connectionId: 'acme-helpdesk' });
    expect(subscription.status).toBe(200);
    const started = Date.now();
    const { ticket } = (await sim('helpdesk').event({ type: 'updated' })) as { ticket: { id: string; subject: string; updatedAt: string } };
    const { data, errors } = await subscription.next(1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors).toBeUndefined();
    expect(data?.ticketEvents).toMatchObject({
      type: 'UPDATED',
      connectionId: 'acme-helpdesk',
      occurredAt: ticket.updatedAt,
      ticket: { externalId: ticket.id, subject: ticket.subject, updatedAt: ticket.updatedAt },
    });
    // The ticket resolves like any other: its requester comes along.
    expect(data?.ticketEvents.ticket.requester.email).toMatch(/@/);
    closeAll();
  });

  it('reports an assignment as UPDATED then ASSIGNED, and a deletion with a null ticket', async () => {
    const subscription = await subscribe({ connectionId: 'acme-helpdesk' });
    const { ticket } = (await sim('helpdesk').event({ type: 'assigned' })) as { ticket: { id: string; assigneeId: string } };
    const first = await subscription.next(1000);
    const second = await subscription.next(1000);
    expect([first.data?.ticketEvents.type, second.data?.ticketEvents.type]).toEqual(['UPDATED', 'ASSIGNED']);
    expect(second.data?.ticketEvents.ticket.assignee.externalId).toBe(ticket.assigneeId);

    await sim('helpdesk').event({ type: 'deleted', ticketId: ticket.id });
    const deleted = await subscription.next(1000);
    expect(deleted.data?.ticketEvents).toMatchObject({ type: 'DELETED', ticket: null });
    closeAll();
  });

  it('filters by event type', async () => {
    const openGauge = async () =>
      Number(/deskgraph_subscriptions_open\{field="ticketEvents"\} (\d+)/.exec(await registry.getSingleMetricAsString('deskgraph_subscriptions_open'))?.[1] ?? 0);
    const subscription = await subscribe({ connectionId: 'acme-helpdesk', filter: { types: ['CREATED'] } });
    // Prometheus sees the subscription open (earlier tests' closed ones may still be on their way out).
    expect(await openGauge()).toBeGreaterThanOrEqual(1);
    await sim('helpdesk').event({ type: 'updated' });
    const { ticket } = (await sim('helpdesk').event({ type: 'created' })) as { ticket: { id: string } };
    const { data } = await subscription.next(1000);
    expect(data?.ticketEvents).toMatchObject({ type: 'CREATED', ticket: { externalId: ticket.id } });
    closeAll();
  });

  it('refuses a bad signature with 401, and nothing reaches subscribers', async () => {
    const subscription = await subscribe({ connectionId: 'acme-helpdesk' });
    const body = { id: 'evt_forged', type: 'ticket.updated', createdAt: new Date().toISOString(), data: { ticket: { id: 'tkt_1' } } };
    const forged = await fetch(`${url}/webhooks/acme-helpdesk`, helpdeskDelivery(body, undefined, 'not-the-secret-0123456789'));
    expect(forged.status).toBe(401);
    const unsigned = await fetch(`${url}/webhooks/acme-helpdesk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(unsigned.status).toBe(401);
    await expect(subscription.next(POLL_MS * 3)).rejects.toThrow(/no subscription event/);
    closeAll();
  });

  it('refuses a replayed (stale) delivery, and answers a repeated one once', async () => {
    const subscription = await subscribe({ connectionId: 'acme-helpdesk' });
    const { ticket } = (await sim('helpdesk').event({ type: 'updated' })) as { ticket: { id: string; updatedAt: string } };
    await subscription.next(1000);

    const body = { id: 'evt_replayed', type: 'ticket.updated', createdAt: new Date().toISOString(), data: { ticket: { id: ticket.id, updatedAt: new Date().toISOString() } } };
    const stale = await fetch(`${url}/webhooks/acme-helpdesk`, helpdeskDelivery(body, Math.floor(Date.now() / 1000) - 3600));
    expect(stale.status).toBe(401);

    const delivery = helpdeskDelivery(body);
    const first = await fetch(`${url}/webhooks/acme-helpdesk`, delivery);
    const again = await fetch(`${url}/webhooks/acme-helpdesk`, delivery);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(await again.json()).toMatchObject({ duplicate: true });
    const { data } = await subscription.next(1000);
    expect(data?.ticketEvents).toMatchObject({ type: 'UPDATED', ticket: { externalId: ticket.id } });
    await expect(subscription.next(POLL_MS * 3)).rejects.toThrow(/no subscription event/);
    closeAll();
  });

  it('bounds the webhook body, needs no bearer token, and knows only connections that take webhooks', async () => {
    const huge = await fetch(`${url}/webhooks/acme-helpdesk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    // The REST helpdesk sends no webhooks; globex's connection has no secret.
    for (const id of ['acme-rest', 'globex-rest', 'nope']) {
      expect((await fetch(`${url}/webhooks/${id}`, helpdeskDelivery({}))).status).toBe(404);
    }
    expect((await fetch(`${url}/webhooks/acme-helpdesk`)).status).toBe(405);
  });
});

describe('a polled kind (REST helpdesk, seed 003)', () => {
  it('delivers a change made on the simulator within a second', async () => {
    const subscription = await subscribe({ connectionId: 'acme-rest' });
    const started = Date.now();
    const { data: ticket } = (await sim('rest').event({ type: 'updated' })) as { data: { id: string; subject: string; updated_at: string } };
    const { data, errors } = await subscription.next(1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(errors).toBeUndefined();
    expect(data?.ticketEvents).toMatchObject({
      type: 'UPDATED',
      connectionId: 'acme-rest',
      ticket: { externalId: ticket.id, subject: ticket.subject, updatedAt: ticket.updated_at },
    });
    const { data: created } = (await sim('rest').event({ type: 'created' })) as { data: { id: string } };
    const next = await subscription.next(1000);
    expect(next.data?.ticketEvents).toMatchObject({ type: 'CREATED', ticket: { externalId: created.id } });
    closeAll();
  });

  it('polls only while somebody subscribes', async () => {
    const lists = async () => (await sim('rest').stats()).byRoute['GET /api/v1/tickets'] ?? 0;
    const subscription = await subscribe({ connectionId: 'acme-rest' });
    const before = await lists();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
    expect(await lists()).toBeGreaterThan(before);
    subscription.close();
    open.splice(0);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2));
    const idle = await lists();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
    expect(await lists()).toBe(idle);
  });
});

describe('every kind', () => {
  it.each(SIMULATOR_KINDS.map((kind) => kind.kind))('%s: a ticket updated on the simulator arrives as UPDATED with the ticket', async (kind) => {
    const subscription = await subscribe({ connectionId: `acme-${kind}` });
    await sim(kind).event({ type: 'updated' });
    const { data, errors } = await subscription.next(2000);
    expect(errors).toBeUndefined();
    expect(data?.ticketEvents).toMatchObject({ type: 'UPDATED', connectionId: `acme-${kind}` });
    expect(data?.ticketEvents.ticket.updatedAt).toBe(data?.ticketEvents.occurredAt);
    closeAll();
  });

  it('Plain and Zendesk webhooks say what happened: created, assigned', async () => {
    for (const [kind, types] of [
      ['plain', ['CREATED', 'ASSIGNED']],
      ['zendesk', ['CREATED', 'UPDATED']],
    ] as const) {
      const subscription = await subscribe({ connectionId: `acme-${kind}` });
      await sim(kind).event({ type: 'created' });
      await sim(kind).event({ type: 'assigned' });
      const received = [(await subscription.next(2000)).data?.ticketEvents.type, (await subscription.next(2000)).data?.ticketEvents.type];
      expect(received).toEqual(types);
      closeAll();
    }
  });
});

describe('subscriptions keep to the safety layer', () => {
  it('refuses a subscription to a workspace or connection the token cannot read, before it starts', async () => {
    for (const variables of [{ workspaceId: 'globex' }, { connectionId: 'globex-rest' }]) {
      const subscription = await subscribe(variables);
      const { errors } = await subscription.next(1000);
      expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const foreign = await subscribe({ connectionId: 'acme-rest' }, EVENT_TOKENS.globex);
    expect((await foreign.next(1000)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await subscribe({ connectionId: 'acme-rest' }, null);
    expect(anonymous.status).toBe(401);
    closeAll();
  });

  it('bounds the subscriptions a token holds open', async () => {
    for (let i = 0; i < 4; i++) await subscribe({ connectionId: 'acme-helpdesk' });
    const refused = await subscribe({ connectionId: 'acme-helpdesk' });
    expect((await refused.next(1000)).errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_SUBSCRIPTIONS');
    closeAll();
    // Slots come back when subscribers leave.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await subscribe({ connectionId: 'acme-helpdesk' });
    await sim('helpdesk').event({ type: 'updated' });
    expect((await again.next(1000)).data?.ticketEvents.type).toBe('UPDATED');
    closeAll();
  });

  it("holds one event's selection to the token's maxCost before the subscription starts", async () => {
    // The ticket, its requester and its assignee: 3 calls, over the cheap token's 2.
    const subscription = await subscribe({ connectionId: 'acme-helpdesk' }, EVENT_TOKENS.cheap);
    const { errors } = await subscription.next(1000);
    expect(errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(errors?.[0]?.message).toMatch(/3 upstream calls/);
    closeAll();
  });
});

describe('shutdown', () => {
  it('stops listening for shutdown once a subscription ends, so ended streams are not kept until then', async () => {
    const own = createGateway(parseConfig(eventsConfig(simulators.simulators)));
    const ownUrl = await own.listen(0, '127.0.0.1');
    try {
      const listeners = () => getEventListeners(own.stopping, 'abort').length;
      const idle = listeners();
      const subscriptions = await Promise.all([1, 2, 3].map(() => subscribeSse(`${ownUrl}/graphql`, EVENT_TOKENS.acme, TICKET_EVENTS, { connectionId: 'acme-rest' })));
      expect(listeners()).toBe(idle + 3);
      for (const subscription of subscriptions) subscription.close();
      for (let waited = 0; listeners() > idle && waited < 2000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(listeners()).toBe(idle);
    } finally {
      await own.close();
    }
  });

  it('ends open subscriptions at once, so clients reconnect, instead of holding the drain to its timeout', async () => {
    const own = createGateway(parseConfig({ ...eventsConfig(simulators.simulators), server: { drainTimeoutMs: 20_000 } }));
    const ownUrl = await own.listen(0, '127.0.0.1');
    const subscription = await subscribeSse(`${ownUrl}/graphql`, EVENT_TOKENS.acme, TICKET_EVENTS, { connectionId: 'acme-rest' });
    expect(subscription.status).toBe(200);
    const started = performance.now();
    await own.shutdown();
    // Well under the 20 s drain timeout: the stream ended when shutdown began.
    expect(performance.now() - started).toBeLessThan(10_000);
    // The client sees the end of the stream once its reader gets there.
    for (let waited = 0; !subscription.completed() && waited < 2000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(subscription.completed()).toBe(true);
  });
});
