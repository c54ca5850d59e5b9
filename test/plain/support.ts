import type { ConnectionSettings } from '../../src/connectors/connector.js';
import { createPlainConnector, type PlainConnector, type PlainCredentials, type PlainOptions } from '../../src/connectors/plain/index.js';
import { simControl, testSettings, type SimControl } from '../support/sim-control.js';
import { PLAIN_SIM_API_KEY, startPlainSimulator, type PlainSimulator } from '../../src/simulators/plain/index.js';

/** Shared plumbing of the plain tests: a simulator, raw GraphQL calls to it, and connectors wired to it. */
export interface PlainHarness extends SimControl {
  sim: PlainSimulator;
  /** A raw `POST /graphql/v1`, with the simulator's key unless `token` says otherwise (null: no header). */
  graphql(
    body: unknown,
    token?: string | null,
  ): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }>;
  connector(overrides?: Partial<ConnectionSettings<PlainCredentials, PlainOptions>>): PlainConnector;
  close(): Promise<void>;
}

export const CONNECTION_ID = 'plain-test';

export const startHarness = async (): Promise<PlainHarness> => {
  const sim = await startPlainSimulator();
  const connectors: PlainConnector[] = [];
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
    ...simControl(sim.url),
    connector(overrides = {}) {
      const connector = createPlainConnector(
        testSettings({ id: CONNECTION_ID, kind: 'plain', baseUrl: sim.url, credentials: { apiKey: PLAIN_SIM_API_KEY }, options: {} }, overrides),
      );
      connectors.push(connector);
      return connector;
    },
    async close() {
      await Promise.all(connectors.map((connector) => connector.close()));
      await sim.close();
    },
  };
};
