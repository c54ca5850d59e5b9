import type { Connector, ConnectionSettings } from '../../src/connectors/connector.js';
import type { DeskCredentials } from '../../src/connectors/desk/client.js';
import { createDeskConnector, type DeskOptions } from '../../src/connectors/desk/index.js';
import { DESK_DEMO_TOKEN, startDeskSimulator, type DeskSimulatorOptions, type RunningDeskSimulator } from '../../src/simulators/desk/index.js';
import { simControl, testSettings, type SimControl } from '../support/sim-control.js';

/** A Desk simulator, raw calls to it, and connectors wired to it. */
export interface DeskHarness extends SimControl {
  sim: RunningDeskSimulator;
  /** A raw GET below `/desk/api/v2`, with the demo token unless `token` says otherwise (null: none). */
  api(path: string, query?: Record<string, string>, token?: string | null): Promise<{ status: number; headers: Headers; body: any }>;
  /** A raw write below `/desk/api/v2` with the demo token; `body` null for an empty answer. */
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  connector(overrides?: Partial<ConnectionSettings<DeskCredentials, DeskOptions>>): Connector;
  close(): Promise<void>;
}

export const startDeskHarness = async (options: DeskSimulatorOptions = {}): Promise<DeskHarness> => {
  const sim = await startDeskSimulator(options);
  const connectors: Connector[] = [];
  return {
    sim,
    async api(path, query = {}, token = DESK_DEMO_TOKEN) {
      const response = await fetch(`${sim.url}/desk/api/v2${path}?${new URLSearchParams(query)}`, {
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async send(method, path, body) {
      const response = await fetch(`${sim.url}/desk/api/v2${path}`, {
        method,
        headers: { authorization: `Bearer ${DESK_DEMO_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : JSON.parse(text) };
    },
    ...simControl(sim.url),
    connector(overrides = {}) {
      const connector = createDeskConnector(
        testSettings({ id: 'desk-test', kind: 'desk', baseUrl: `${sim.url}/desk/api/v2`, credentials: { apiToken: DESK_DEMO_TOKEN }, options: {} }, overrides),
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
