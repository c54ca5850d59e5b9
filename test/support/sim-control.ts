import type { ConnectionSettings } from '../../src/connectors/connector.js';
import type { SimFaults, SimStats } from '../../src/simulators/sim-server.js';
import type { SimEvent, WebhookTarget } from '../../src/simulators/webhooks.js';

/** The `/_sim` control endpoints every simulator shares. */
export interface SimControl {
  faults(faults: Partial<SimFaults>): Promise<void>;
  reset(): Promise<void>;
  stats(): Promise<SimStats>;
  /** Makes a ticket change happen (`POST /_sim/events`) and answers the simulator's response body. */
  event(event: Partial<SimEvent>): Promise<unknown>;
  /** Sets where the simulator sends its webhooks. */
  webhooks(target: WebhookTarget): Promise<void>;
  /** The webhook deliveries it sent and those that failed. */
  deliveries(): Promise<{ sent: number; failed: number }>;
}

export const simControl = (url: string): SimControl => {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${url}/_sim/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`/_sim/${path} answered ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : null;
  };
  return {
    faults: async (faults) => void (await call('POST', 'faults', faults)),
    reset: async () => void (await call('POST', 'reset', {})),
    stats: async () => (await call('GET', 'stats')) as SimStats,
    event: (event) => call('POST', 'events', event),
    webhooks: async (target) => void (await call('POST', 'webhooks', target)),
    deliveries: async () => (await call('GET', 'webhooks')) as { sent: number; failed: number },
  };
};

/** Connection settings for a connector under test: short timeouts, small pool, quick retries. */
export const testSettings = <C, O>(
  fields: Pick<ConnectionSettings<C, O>, 'id' | 'kind' | 'baseUrl' | 'credentials' | 'options'>,
  overrides: Partial<ConnectionSettings<C, O>> = {},
): ConnectionSettings<C, O> => ({
  workspaceId: 'ws-test',
  name: `${fields.kind} test`,
  timeoutMs: 2000,
  rate: { maxConcurrency: 4, maxRetries: 2, maxRetryWaitMs: 2000 },
  ...fields,
  ...overrides,
});
