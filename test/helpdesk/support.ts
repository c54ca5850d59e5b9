import type { Connector, ConnectionSettings } from '../../src/connectors/connector.js';
import type { HelpdeskCredentials, HelpdeskOptions } from '../../src/connectors/helpdesk/client.js';
import { createHelpdeskConnector } from '../../src/connectors/helpdesk/index.js';
import {
  HELPDESK_DEMO_API_KEY,
  HELPDESK_DEMO_WORKSPACE,
  startHelpdeskSimulator,
  type HelpdeskSimulatorOptions,
  type RunningHelpdeskSimulator,
} from '../../src/simulators/helpdesk/index.js';
import { simControl, testSettings, type SimControl } from '../support/sim-control.js';

/** A Helpdesk simulator, raw calls to it, and connectors wired to it. */
export interface HelpdeskHarness extends SimControl {
  sim: RunningHelpdeskSimulator;
  /** The API's base URL (with the simulator's path prefix, if any). */
  baseUrl: string;
  /** A raw GET below the base URL, with the demo key unless `token` says otherwise (null: none). */
  api(
    path: string,
    init?: { token?: string | null; headers?: Record<string, string>; method?: string; body?: unknown },
  ): Promise<{ status: number; headers: Headers; body: any }>;
  connector(overrides?: Partial<ConnectionSettings<HelpdeskCredentials, HelpdeskOptions>>): Connector;
  close(): Promise<void>;
}

export const startHelpdeskHarness = async (options: HelpdeskSimulatorOptions = {}): Promise<HelpdeskHarness> => {
  const sim = await startHelpdeskSimulator(options);
  const baseUrl = `${sim.url}${options.pathPrefix ?? ''}/helpdesk/api/v1`;
  const connectors: Connector[] = [];
  return {
    sim,
    baseUrl,
    async api(path, init = {}) {
      const token = init.token === undefined ? HELPDESK_DEMO_API_KEY : init.token;
      const response = await fetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
    },
    ...simControl(sim.url),
    connector(overrides = {}) {
      const connector = createHelpdeskConnector(
        testSettings(
          {
            id: 'helpdesk-test',
            kind: 'helpdesk',
            baseUrl,
            credentials: { apiKey: HELPDESK_DEMO_API_KEY },
            options: { workspaceId: HELPDESK_DEMO_WORKSPACE, requesterScanPages: 10 },
          },
          overrides,
        ),
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
