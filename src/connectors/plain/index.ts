import { z } from 'zod';
import { GatewayError } from '../../domain/errors.js';
import type { DomainAgent, DomainContact, DomainOrganization, DomainTicket } from '../../domain/types.js';
import { chunk, mapBounded } from '../bounded.js';
import type { Connector, ConnectorCapabilities, ConnectorKind } from '../connector.js';
import type { Page, PageRequest } from '../../pagination/page.js';
import { concatLists } from '../../pagination/concat.js';
import { createPlainClient } from './client.js';
import {
  MAX_BATCH_ALIASES,
  batchVariables,
  customerByEmail,
  customersByIds,
  listCustomers,
  listUsers,
  listMachineUsers,
  listCompanies,
  companiesByIds,
  listThreads,
  markThreadAsDone,
  searchCustomers,
  threadTimeline,
  threadsByIds,
  usersByIds,
  machineUsersByIds,
} from './documents.js';
import type { DoneStatusDetail } from './generated/graphql.js';
import {
  plainCustomerToDomain,
  plainMutationResult,
  plainThreadAgent,
  plainThreadToDomain,
  plainTimelineEntryToDomain,
  plainUserToDomain,
  plainCompanyToDomain,
  plainMachineUserToDomain,
  ticketFilterToPlain,
  ticketSortToPlain,
  type PlainMutationResult,
} from './map.js';
import {
  customerByEmailData,
  customersBatchData,
  listCustomersData,
  listUsersData,
  listMachineUsersData,
  listCompaniesData,
  companiesBatchData,
  listThreadsData,
  markThreadAsDoneData,
  searchCustomersData,
  threadTimelineData,
  threadsByIdsData,
  usersBatchData,
  machineUsersBatchData,
} from './wire.js';
import { PLAIN_WRITES, plainWrites } from './writes.js';

export const plainCredentialsSchema = z.object({ apiKey: z.string().min(1) }).strict();
export type PlainCredentials = z.infer<typeof plainCredentialsSchema>;

export const plainOptionsSchema = z
  .object({
    /** Plain workspace id (`w_…`), only used to link tickets to Plain's app. */
    workspaceId: z.string().min(1).optional(),
  })
  .strict()
  .default({});
export type PlainOptions = z.infer<typeof plainOptionsSchema>;

/** Plain pages threads at most 100 at a time, and `threads(filters: {threadIds})` takes as many. */
const MAX_PAGE = 100;
/** Chunks of a by-id lookup in flight at once. */
const BATCH_CONCURRENCY = 4;

export const PLAIN_CAPABILITIES: ConnectorCapabilities = {
  filters: [
    'statuses',
    'rawStatuses',
    'priorities',
    'requesterId',
    'assigneeId',
    'createdAfter',
    'createdBefore',
    'updatedAfter',
    'updatedBefore',
  ],
  sorts: ['CREATED_AT'],
  backwardPagination: true,
  totalCount: true,
  messageAttachments: true,
  writes: PLAIN_WRITES,
};

/** Writes beyond the connector contract, for the gateway's mutations. */
export interface PlainConnector extends Connector {
  /** Marks a thread done; a refusal (unknown thread, say) is a typed failure, not a throw. */
  markThreadAsDone(threadId: string, statusDetail?: DoneStatusDetail): Promise<PlainMutationResult<DomainTicket>>;
}

/** Relay arguments as Plain takes them: its per-edge cursors pass through unchanged. */
const pageArguments = (page: PageRequest) =>
  page.first !== undefined
    ? { first: page.first, after: page.after ?? null }
    : { last: page.last, before: page.before ?? null };

/** A Plain connection of records (no total) as a page of domain records. */
const relayPage = <W, D>(
  connection: { edges: { cursor: string; node: W }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } },
  map: (node: W) => D,
): Page<D> => ({
  edges: connection.edges.map((edge) => ({ node: map(edge.node), cursor: edge.cursor })),
  hasNextPage: connection.pageInfo.hasNextPage,
  hasPreviousPage: connection.pageInfo.hasPreviousPage,
  totalCount: null,
});

const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });

const byExternalId = <T extends { externalId: string }>(items: Iterable<T>): T[] => [
  ...new Map([...items].map((item) => [item.externalId, item])).values(),
];

export const createPlainConnector = (
  settings: Parameters<ConnectorKind<PlainCredentials, PlainOptions>['create']>[0],
): PlainConnector => {
  const connectionId = settings.id;
  const client = createPlainClient(settings, settings.credentials.apiKey);
  const mapOptions = { workspaceId: settings.options.workspaceId };
  const toTicket = (thread: Parameters<typeof plainThreadToDomain>[1]): DomainTicket =>
    plainThreadToDomain(connectionId, thread, mapOptions);

  /** The records of a batch document's answer, in alias order (null where Plain has none). */
  const byAlias = <W, T>(aliases: readonly string[], data: Readonly<Record<string, W | null>>, toDomain: (record: W) => T): (T | null)[] =>
    aliases.map((alias) => {
      const record = data[alias];
      return record ? toDomain(record) : null;
    });

  /** By-id lookups through aliased documents, `MAX_BATCH_ALIASES` ids per request. */
  const lookup = async <T>(
    ids: readonly string[],
    fetchChunk: (chunkIds: string[]) => Promise<(T | null)[]>,
  ): Promise<(T | null)[]> => {
    const unique = [...new Set(ids)];
    const found = new Map<string, T | null>();
    await mapBounded(chunk(unique, MAX_BATCH_ALIASES), BATCH_CONCURRENCY, async (chunkIds) => {
      const results = await fetchChunk(chunkIds);
      chunkIds.forEach((id, i) => found.set(id, results[i] ?? null));
    });
    return ids.map((id) => found.get(id) ?? null);
  };

  return {
    id: connectionId,
    kind: 'plain',
    capabilities: PLAIN_CAPABILITIES,

    async listTickets({ filter, sort, page }) {
      const filters = ticketFilterToPlain(filter);
      const sortBy = ticketSortToPlain(sort);
      if (filters === null) return emptyPage();
      const { threads } = await client.request(listThreads, { filters, sortBy, ...pageArguments(page) }, listThreadsData);
      const nodes = threads.edges.map((edge) => edge.node);
      return {
        edges: threads.edges.map((edge) => ({ node: toTicket(edge.node), cursor: edge.cursor })),
        hasNextPage: threads.pageInfo.hasNextPage,
        hasPreviousPage: threads.pageInfo.hasPreviousPage,
        totalCount: threads.totalCount,
        // The listing selects each thread's customer and assignee, so resolving them costs nothing more.
        included: {
          contacts: byExternalId(nodes.map((thread) => plainCustomerToDomain(connectionId, thread.customer))),
          agents: byExternalId(
            nodes.map((thread) => plainThreadAgent(connectionId, thread)).filter((agent): agent is DomainAgent => agent !== null),
          ),
        },
      };
    },

    async getTickets(ids) {
      const unique = [...new Set(ids)];
      const found = new Map<string, DomainTicket>();
      await mapBounded(chunk(unique, MAX_PAGE), BATCH_CONCURRENCY, async (threadIds) => {
        const { threads } = await client.request(threadsByIds, { threadIds, first: threadIds.length }, threadsByIdsData);
        for (const { node } of threads.edges) found.set(node.id, toTicket(node));
      });
      return ids.map((id) => found.get(id) ?? null);
    },

    getContacts(ids) {
      return lookup<DomainContact>(ids, async (chunkIds) => {
        const operation = customersByIds(chunkIds.length);
        const data = await client.request(operation, batchVariables(chunkIds), customersBatchData);
        return byAlias(operation.aliases, data, (customer) => plainCustomerToDomain(connectionId, customer));
      });
    },

    // Users first; an id that is no user is asked again as a machine user (a bot or AI agent), so a
    // lookup of users only costs one request.
    async getAgents(ids) {
      const users = await lookup<DomainAgent>(ids, async (chunkIds) => {
        const operation = usersByIds(chunkIds.length);
        const data = await client.request(operation, batchVariables(chunkIds), usersBatchData);
        return byAlias(operation.aliases, data, (user) => plainUserToDomain(connectionId, user));
      });
      const missing = ids.filter((_, i) => users[i] === null);
      if (missing.length === 0) return users;
      const machines = await lookup<DomainAgent>(missing, async (chunkIds) => {
        const operation = machineUsersByIds(chunkIds.length);
        const data = await client.request(operation, batchVariables(chunkIds), machineUsersBatchData);
        return byAlias(operation.aliases, data, (machineUser) => plainMachineUserToDomain(connectionId, machineUser));
      });
      const machineById = new Map(missing.map((id, i) => [id, machines[i] ?? null]));
      return ids.map((id, i) => users[i] ?? machineById.get(id) ?? null);
    },

    async findContactsByEmail(email) {
      const data = await client.request(customerByEmail, { email }, customerByEmailData);
      return data.customerByEmail ? [plainCustomerToDomain(connectionId, data.customerByEmail)] : [];
    },

    async listContacts({ search, page }) {
      const args = pageArguments(page);
      if (search !== undefined && search.trim() !== '') {
        const term = { caseInsensitiveContains: search.trim() };
        const { searchCustomers: found } = await client.request(
          searchCustomers,
          { searchQuery: { or: [{ fullName: term }, { email: term }] }, ...args },
          searchCustomersData,
        );
        return {
          edges: found.edges.map((edge) => ({ node: plainCustomerToDomain(connectionId, edge.node), cursor: edge.cursor })),
          hasNextPage: found.pageInfo.hasNextPage,
          hasPreviousPage: found.pageInfo.hasPreviousPage,
          totalCount: null,
        };
      }
      const { customers } = await client.request(listCustomers, args, listCustomersData);
      return {
        edges: customers.edges.map((edge) => ({ node: plainCustomerToDomain(connectionId, edge.node), cursor: edge.cursor })),
        hasNextPage: customers.pageInfo.hasNextPage,
        hasPreviousPage: customers.pageInfo.hasPreviousPage,
        totalCount: customers.totalCount,
      };
    },

    // Plain lists people and machine users (API users, AI agents) apart: the agents are both, people first.
    listAgents: (page) =>
      concatLists<DomainAgent>(
        [
          {
            tag: 'u',
            read: async (part) => {
              const { users } = await client.request(listUsers, pageArguments(part), listUsersData);
              return relayPage(users, (user) => plainUserToDomain(connectionId, user));
            },
          },
          {
            tag: 'm',
            read: async (part) => {
              const { machineUsers } = await client.request(listMachineUsers, pageArguments(part), listMachineUsersData);
              return relayPage(machineUsers, (machineUser) => plainMachineUserToDomain(connectionId, machineUser));
            },
          },
        ],
        page,
      ),

    async listOrganizations(page) {
      const { companies } = await client.request(listCompanies, pageArguments(page), listCompaniesData);
      return relayPage(companies, (company) => plainCompanyToDomain(connectionId, company));
    },

    getOrganizations: (ids) =>
      lookup<DomainOrganization>(ids, async (chunkIds) => {
        const operation = companiesByIds(chunkIds.length);
        const data = await client.request(operation, batchVariables(chunkIds), companiesBatchData);
        return byAlias(operation.aliases, data, (company) => plainCompanyToDomain(connectionId, company));
      }),

    async listMessages(ticketId, page) {
      const { thread } = await client.request(threadTimeline, { threadId: ticketId, ...pageArguments(page) }, threadTimelineData);
      if (!thread) {
        throw new GatewayError('NOT_FOUND', `connection ${connectionId}: Plain has no thread ${ticketId}`, { connectionId });
      }
      const entries = thread.timelineEntries;
      return {
        edges: entries.edges.map((edge) => ({ node: plainTimelineEntryToDomain(connectionId, edge.node), cursor: edge.cursor })),
        hasNextPage: entries.pageInfo.hasNextPage,
        hasPreviousPage: entries.pageInfo.hasPreviousPage,
        totalCount: null,
      };
    },

    async markThreadAsDone(threadId, statusDetail) {
      const data = await client.request(
        markThreadAsDone,
        { input: { threadId, statusDetail: statusDetail ?? null } },
        markThreadAsDoneData,
        { mutation: true },
      );
      const output = data.markThreadAsDone;
      return plainMutationResult(connectionId, output, output.thread, toTicket);
    },

    ...plainWrites(connectionId, client, toTicket),

    close: client.close,
  };
};

export const plainConnectorKind: ConnectorKind<PlainCredentials, PlainOptions> = {
  kind: 'plain',
  credentialsSchema: plainCredentialsSchema,
  optionsSchema: plainOptionsSchema,
  create: createPlainConnector,
};
