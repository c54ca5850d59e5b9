import { pylonConnectorKind, type PylonOptions } from '../../src/connectors/pylon/index.js';
import type { ConnectionSettings, Connector, TicketSort } from '../../src/connectors/connector.js';
import type { SimIssue } from '../../src/simulators/pylon/data.js';
import { PYLON_DEMO_TOKEN, type PylonSimulator } from '../../src/simulators/pylon/index.js';
import { testSettings } from '../support/sim-control.js';

/** A Pylon connector wired to a running simulator. */
export const pylonConnector = (
  simulator: PylonSimulator,
  options: PylonOptions = { priorityField: 'priority' },
  // The simulator keeps no budgets unless a test sets them, so the connector keeps none by default here.
  rate: ConnectionSettings['rate'] = { maxConcurrency: 8, maxRetries: 2, maxRetryWaitMs: 2000, documentedLimits: false },
): Connector =>
  pylonConnectorKind.create(
    testSettings({ id: 'pylon-test', kind: 'pylon', baseUrl: simulator.url, credentials: { apiToken: PYLON_DEMO_TOKEN }, options }, { timeoutMs: 5000, rate }),
  );

/** The dataset's issues in the order a listing with `sort` must give them: by created time, ties by ascending id. */
export const ordered = (issues: readonly SimIssue[], sort: TicketSort): SimIssue[] => {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  return [...issues].sort((a, b) => sign * (Date.parse(a.created_at) - Date.parse(b.created_at)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};

/** Requests served per route since the last reset. */
export const counts = (simulator: PylonSimulator): Record<string, number> => simulator.stats().byRoute;
