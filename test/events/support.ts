import { demoConnections, type RunningSimulators } from '../../src/demo.js';

/**
 * The config of the live-update tests: workspace `acme` with every simulator, webhook kinds signing
 * with WEBHOOK_SECRET and polled only when a test asks (their webhooks are under test), polled kinds
 * every POLL_MS; workspace `globex` for the tenancy checks.
 */

export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789';
export const POLL_MS = 200;
export const EVENT_TOKENS = {
  acme: 'events-acme-token-0123456789',
  globex: 'events-globex-token-0123456789',
  /** May spend 2 upstream calls a query. */
  cheap: 'events-cheap-token-0123456789',
} as const;
export const WEBHOOK_KINDS = new Set(['zendesk', 'plain', 'helpdesk']);

export const eventsConfig = (simulators: RunningSimulators['simulators'], options: { webhookPollMs?: number; events?: Record<string, unknown> } = {}) => ({
  ...(options.events ? { events: options.events } : {}),
  workspaces: [
    {
      id: 'acme',
      connections: demoConnections('acme', simulators).map((connection) => ({
        ...connection,
        events: WEBHOOK_KINDS.has(connection.kind) ? { webhookSecret: WEBHOOK_SECRET, pollIntervalMs: options.webhookPollMs ?? 0 } : { pollIntervalMs: POLL_MS },
      })),
    },
    { id: 'globex', connections: demoConnections('globex', simulators.slice(0, 1)) },
  ],
  tokens: [
    { id: 'acme', secret: EVENT_TOKENS.acme, workspaces: ['acme'], limits: { requestsPerMinute: 100_000, burst: 10_000 } },
    { id: 'globex', secret: EVENT_TOKENS.globex, workspaces: ['globex'] },
    { id: 'cheap', secret: EVENT_TOKENS.cheap, workspaces: ['acme'], limits: { maxCost: 2 } },
  ],
});

export const TICKET_EVENTS = /* GraphQL */ `
  subscription Events($workspaceId: ID, $connectionId: ID, $filter: TicketEventFilter) {
    ticketEvents(workspaceId: $workspaceId, connectionId: $connectionId, filter: $filter) {
      type
      connectionId
      ticketId
      occurredAt
      ticket { id externalId subject status updatedAt requester { name email } assignee { externalId } }
    }
  }
`;
