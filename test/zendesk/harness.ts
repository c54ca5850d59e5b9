import { channelOf } from '../../src/domain/channels.js';
import type { ConnectionSettings, TicketFilter, TicketSort } from '../../src/connectors/connector.js';
import type { ZendeskCredentials } from '../../src/connectors/zendesk/auth.js';
import { createZendeskConnector, type ZendeskConnectorHooks, type ZendeskOptions } from '../../src/connectors/zendesk/index.js';
import { DOMAIN_PRIORITY_TO_ZENDESK, DOMAIN_STATUS_TO_ZENDESK, ZENDESK_CHANNELS } from '../../src/connectors/zendesk/map.js';
import { buildZendeskDataset, type SimTicket } from '../../src/simulators/zendesk/data.js';
import { startZendeskSimulator, ZENDESK_DEMO_CREDENTIALS } from '../../src/simulators/zendesk/index.js';
import type { RunningSimulator } from '../../src/simulators/sim-server.js';
import { simControl, testSettings, type SimControl } from '../support/sim-control.js';

/** The simulator's dataset, as tests reason about it. */
export const DATASET = buildZendeskDataset();

export const settingsFor = (
  url: string,
  credentials: ZendeskCredentials = { ...ZENDESK_DEMO_CREDENTIALS },
  rate: Partial<ConnectionSettings['rate']> = {},
): ConnectionSettings<ZendeskCredentials, ZendeskOptions> =>
  testSettings(
    { id: 'zd', kind: 'zendesk', baseUrl: url, credentials, options: {} },
    { timeoutMs: 5000, rate: { maxConcurrency: 4, maxRetries: 2, maxRetryWaitMs: 2000, ...rate } },
  );

export interface Harness extends SimControl {
  simulator: RunningSimulator;
  connector(credentials?: ZendeskCredentials, hooks?: ZendeskConnectorHooks, rate?: Partial<ConnectionSettings['rate']>): ReturnType<typeof createZendeskConnector>;
  close(): Promise<void>;
}

export const startHarness = async (): Promise<Harness> => {
  const simulator = await startZendeskSimulator();
  const connectors: { close(): Promise<void> }[] = [];
  return {
    simulator,
    connector: (credentials, hooks, rate) => {
      const connector = createZendeskConnector(settingsFor(simulator.url, credentials, rate), hooks);
      connectors.push(connector);
      return connector;
    },
    ...simControl(simulator.url),
    close: async () => {
      await Promise.all(connectors.map((connector) => connector.close()));
      await simulator.close();
    },
  };
};

/** Whether a simulator ticket passes a filter, as Zendesk would apply it. */
export const matches = (ticket: SimTicket, filter: TicketFilter): boolean =>
  (filter.requesterId === undefined || String(ticket.requester_id) === filter.requesterId) &&
  (filter.assigneeId === undefined || String(ticket.assignee_id) === filter.assigneeId) &&
  (filter.statuses === undefined || filter.statuses.some((status) => DOMAIN_STATUS_TO_ZENDESK[status] === ticket.status)) &&
  (filter.rawStatuses === undefined || filter.rawStatuses.includes(ticket.status)) &&
  (filter.priorities === undefined || filter.priorities.some((priority) => DOMAIN_PRIORITY_TO_ZENDESK[priority] === ticket.priority)) &&
  (filter.channel === undefined || channelOf(ZENDESK_CHANNELS, ticket.via.channel) === filter.channel) &&
  (filter.rawChannel === undefined || ticket.via.channel === filter.rawChannel);

/** The ids a listing must return, in order: by the sort field, ties by id. */
export const expectedIds = (filter: TicketFilter, sort: TicketSort): string[] => {
  const field = sort.field === 'CREATED_AT' ? 'created_at' : 'updated_at';
  const sign = sort.direction === 'ASC' ? 1 : -1;
  return DATASET.tickets
    .filter((ticket) => matches(ticket, filter))
    .sort((a, b) => sign * (a[field] === b[field] ? (a.id < b.id ? -1 : 1) : a[field] < b[field] ? -1 : 1))
    .map((ticket) => String(ticket.id));
};
