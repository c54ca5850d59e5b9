import type { Connector, ConnectionSettings } from '../../src/connectors/connector.js';
import { createRestConnector, type RestCredentials, type RestOptions } from '../../src/connectors/rest/index.js';
import { simControl, testSettings, type SimControl } from '../support/sim-control.js';
import { REST_DEMO_API_KEY, startRestSimulator, type RestSimulatorOptions, type RunningRestSimulator } from '../../src/simulators/rest/index.js';

/** Shared plumbing of the rest tests: a simulator, raw calls to it, and connectors wired to it. */
export interface RestHarness extends SimControl {
  sim: RunningRestSimulator;
  /** A raw API call below `/api/v1`, with the demo key unless `token` says otherwise (null: no header). */
  api(path: string, init?: { method?: string; body?: unknown; token?: string | null }): Promise<{ status: number; headers: Headers; body: unknown; text: string }>;
  connector(overrides?: Partial<ConnectionSettings<RestCredentials, RestOptions>>): Connector;
  close(): Promise<void>;
}

export const startHarness = async (options: RestSimulatorOptions = {}): Promise<RestHarness> => {
  const sim = await startRestSimulator(options);
  const connectors: Connector[] = [];
  return {
    sim,
    async api(path, init = {}) {
      const token = init.token === undefined ? REST_DEMO_API_KEY : init.token;
      const response = await fetch(`${sim.url}${path.startsWith('/openapi') ? '' : '/api/v1'}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = undefined;
      }
      return { status: response.status, headers: response.headers, body, text };
    },
    ...simControl(sim.url),
    connector(overrides = {}) {
      const connector = createRestConnector(
        testSettings({ id: 'rest-test', kind: 'rest', baseUrl: `${sim.url}/api/v1`, credentials: { apiKey: REST_DEMO_API_KEY }, options: {} }, overrides),
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

/** A list response's envelope, as the tests read it. */
export interface ListBody<T = Record<string, unknown>> {
  data: T[];
  meta: { limit: number; total: number; next_cursor: string | null };
}
export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/** Ids in the order a timestamp field sorts them. */
export const orderedIds = <T extends { id: string }>(items: Iterable<T>, stamp: (item: T) => string, direction: 'asc' | 'desc'): string[] =>
  [...items]
    .sort((a, b) => (direction === 'asc' ? 1 : -1) * (Date.parse(stamp(a)) - Date.parse(stamp(b))))
    .map((item) => item.id);
