import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { startSimulators, type RunningSimulators } from '../../src/demo.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { simControl } from '../support/sim-control.js';
import { subscribeSse } from '../support/sse.js';
import { EVENT_TOKENS, eventsConfig, TICKET_EVENTS } from './support.js';

/** Polling spends the upstream's budget like any request, and never more than it. */
describe('polling within the upstream budget', () => {
  let simulators: RunningSimulators;
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    simulators = await startSimulators(SIMULATOR_KINDS.filter((kind) => kind.kind === 'rest'));
    const config = eventsConfig(simulators.simulators);
    // Polled every 100 ms, against an account budget of 5 calls a minute.
    for (const connection of config.workspaces[0]?.connections ?? []) {
      Object.assign(connection, { events: { pollIntervalMs: 100 }, rate: { ...(connection as { rate?: object }).rate, requestsPerMinute: 5 } });
    }
    gateway = createGateway(parseConfig(config));
    url = await gateway.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await gateway?.close();
    await simulators?.close();
  });

  it('polls no more than the connection budget allows, failing fast rather than queueing', async () => {
    const subscription = await subscribeSse(`${url}/graphql`, EVENT_TOKENS.acme, TICKET_EVENTS, { connectionId: 'acme-rest' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    subscription.close();
    const simulator = simulators.simulators[0]?.running.url ?? '';
    const polls = (await simControl(simulator).stats()).byRoute['GET /api/v1/tickets'] ?? 0;
    // Fifteen intervals passed; the budget let five calls through.
    expect(polls).toBeGreaterThan(0);
    expect(polls).toBeLessThanOrEqual(5);
  });
});
