import type { ConnectionSettings } from '../../src/connectors/connector.js';
import { createPlainConnector, type PlainConnector, type PlainCredentials, type PlainOptions } from '../../src/connectors/plain/index.js';
import { PLAIN_SIM_API_KEY, startPlainSimulator, type PlainSimulator } from '../../src/simulators/plain/index.js';
import type { SimFaults, SimStats } from '../../src/simulators/sim-server.js';

/** Shared plumbing of the plain tests: a simulator, raw GraphQL calls to it, and connectors wired to it. */
export interface PlainHarness {
  sim: PlainSimulator;
  /** A raw `POST /graphql/v1`, with the simulator's key unless `token` says otherwise (null: no header). */
  graphql(
    body: unknown,
    token?: string | null,
  ): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }>;
  faults(faults: Partial<SimFaults>): Promise<void>;
  reset(): Promise<void>;
  stats(): Promise<SimStats>;
  connector(overrides?: Partial<ConnectionSettings<PlainCredentials, PlainOptions>>): PlainConnector;
  close(): Promise<void>;
}

export const CONNECTION_ID = 'plain-test';

export const startHarness = async (): Promise<PlainHarness> => {
  const sim = await startPlainSimulator();
  const connectors: PlainConnector[] = [];
  const control = async (path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${sim.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  return {
    sim,
    async graphql(body, token = PLAIN_SIM_API_KEY) {
      const response = await fetch(`${sim.url}/graphql/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as any };
    },
    faults: async (faults) => void (await control('/_sim/faults', faults)),
    reset: async () => void (await control('/_sim/reset', {})),
    stats: async () => (await control('/_sim/stats')) as SimStats,
    connector(overrides = {}) {
      const connector = createPlainConnector({
        id: CONNECTION_ID,
        workspaceId: 'ws-test',
        kind: 'plain',
        name: 'Plain test',
        baseUrl: sim.url,
        credentials: { apiKey: PLAIN_SIM_API_KEY },
        options: {},
        timeoutMs: 2000,
        rate: { maxConcurrency: 4, maxRetries: 2, maxRetryWaitMs: 2000 },
        ...overrides,
      });
      connectors.push(connector);
      return connector;
    },
    async close() {
      await Promise.all(connectors.map((connector) => connector.close()));
      await sim.close();
    },
  };
};
