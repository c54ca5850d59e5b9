import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { zendeskWebhooks } from '../../src/events/webhooks/zendesk.js';
import type { RunningSimulator } from '../../src/simulators/sim-server.js';
import { startZendeskSimulator } from '../../src/simulators/zendesk/index.js';
import { simControl } from '../support/sim-control.js';
import { contractTestsRun } from './support/specs.js';
import { validateSchema, ZENDESK_SPEC_DIR, type Schema, type ZendeskOas } from './support/zendesk-oas.js';

/**
 * The Zendesk simulator's webhooks against Zendesk's AsyncAPI description (`webhooks-asyncapi.yml`):
 * each delivery goes to its event's channel, carries the described headers, and its body is a
 * `TicketEventPayload`; the gateway's receiver accepts what the simulator sends.
 */

const ASYNCAPI = `${ZENDESK_SPEC_DIR}webhooks-asyncapi.yml`;
const specPresent = contractTestsRun('Zendesk webhooks', ASYNCAPI);

interface AsyncApi {
  channels: Record<string, { address: string }>;
  components: { schemas: Record<string, Schema>; messages: Record<string, { headers: { properties: Record<string, unknown> } }> };
}

describe.runIf(specPresent)('zendesk webhooks contract (AsyncAPI in ../shared/upstream-specs/zendesk)', () => {
  const SECRET = 'contract-webhook-secret-0123';
  let spec: AsyncApi;
  let simulator: RunningSimulator;
  let capture: Server;
  const deliveries: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    spec = parse(readFileSync(ASYNCAPI, 'utf8')) as AsyncApi;
    capture = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        deliveries.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
    simulator = await startZendeskSimulator();
    await simControl(simulator.url).webhooks({ url: `http://127.0.0.1:${(capture.address() as AddressInfo).port}/hooks`, secret: SECRET });
  });

  afterAll(async () => {
    await simulator?.close();
    await new Promise((resolve) => capture?.close(resolve));
  });

  it('sends a TicketEventPayload to the channel of each event, signed and with the described headers', async () => {
    await simControl(simulator.url).event({ type: 'created' });
    await simControl(simulator.url).event({ type: 'updated' });
    await expect.poll(() => deliveries.length).toBe(2);

    const channels = Object.values(spec.channels).map((channel) => channel.address.replace('/webhooks/zendesk', '/hooks'));
    const schemas = { components: { schemas: spec.components.schemas } } as unknown as ZendeskOas;
    const described = Object.keys(spec.components.messages['TicketEvent']?.headers.properties ?? {});
    expect(described).toContain('x-zendesk-webhook-signature');
    for (const [delivery, channel] of deliveries.map((delivery, i) => [delivery, ['created', 'updated'][i]] as const)) {
      expect(delivery.path).toBe(`/hooks/tickets/${channel}`);
      expect(channels).toContain(delivery.path);
      for (const header of described) expect(delivery.headers[header], header).toEqual(expect.any(String));
      expect(validateSchema(schemas, spec.components.schemas['TicketEventPayload'] as Schema, JSON.parse(delivery.body))).toEqual([]);
      // What the simulator sends, the gateway's receiver verifies and reads.
      const headers = new Headers(Object.entries(delivery.headers).map(([name, value]): [string, string] => [name, String(value)]));
      expect(zendeskWebhooks.verify(headers, delivery.body, SECRET)).toBe(true);
      expect(zendeskWebhooks.body.safeParse(zendeskWebhooks.parse?.(delivery.body)).success).toBe(true);
    }
  });
});
