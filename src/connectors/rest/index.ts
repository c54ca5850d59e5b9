import { z } from 'zod';
import { badInput, GatewayError } from '../../domain/errors.js';
import type { DomainAgent, DomainTicket } from '../../domain/types.js';
import { keysetPage } from '../../pagination/keyset.js';
import { mapBounded } from '../bounded.js';
import { commonValues } from '../shared/filter-values.js';
import type { ConnectionSettings, Connector, ConnectorCapabilities, ConnectorKind, TicketFilter } from '../connector.js';
import type { Page, PageRequest } from '../../pagination/page.js';
import { RestClient, type RestOrderDir, type RestTicketQuery } from './client.js';
import { decodeRestCursor, encodeRestCursor } from './cursor.js';
import {
  restConversationToDomain,
  restCustomerToDomain,
  restPriorityFromDomain,
  restStatusFromDomain,
  restTicketToDomain,
  restUserToDomain,
  restTagToDomain,
} from './map.js';
import type { RestCustomer, RestList, RestTicket } from './wire.js';
import { REST_WRITES, restWrites } from './writes.js';

export interface RestCredentials {
  apiKey: string;
}

/** The REST helpdesk takes no options. */
export type RestOptions = Record<string, never>;

export const REST_CAPABILITIES: ConnectorCapabilities = {
  filters: ['statuses', 'rawStatuses', 'priorities', 'assigneeId', 'requesterId', 'tags', 'search'],
  sorts: ['CREATED_AT', 'UPDATED_AT'],
  backwardPagination: true,
  totalCount: true,
  // The API's conversations have no files.
  messageAttachments: false,
  writes: REST_WRITES,
};

/** The largest page the API serves. */
const MAX_LIMIT = 100;

const flip = (direction: RestOrderDir): RestOrderDir => (direction === 'asc' ? 'desc' : 'asc');

const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });

/**
 * One Relay page over a list the API pages by its sort timestamp: the edge's timestamp is its cursor, and
 * backward pages ask in the flipped direction.
 */
const relayPage = <W, D>(
  page: PageRequest,
  direction: RestOrderDir,
  fetch: (direction: RestOrderDir, cursor: string | undefined, limit: number) => Promise<RestList<W>>,
  sortValue: (item: W) => string,
  map: (item: W) => D,
): Promise<Page<D>> =>
  keysetPage(
    page,
    {
      fetch: async (reversed, cursor, limit) => {
        const list = await fetch(reversed ? flip(direction) : direction, cursor, limit);
        return { items: list.data, hasMore: list.meta.next_cursor !== null, total: list.meta.total };
      },
      keyOf: sortValue,
      encode: encodeRestCursor,
      decode: decodeRestCursor,
    },
    map,
  );

/**
 * One comma-separated value list from normalised and raw values. Both given means both apply, so the
 * upstream gets their intersection; an empty result matches nothing (no request needed).
 */
const valueList = (mapped: readonly string[] | undefined, raw: readonly string[] | undefined, what: string): string | null | undefined => {
  const values = commonValues([mapped, raw]);
  if (values === undefined) return undefined;
  if (values.some((value) => value.includes(','))) throw badInput(`a rest connection cannot filter on a ${what} containing a comma`);
  return values.length === 0 ? null : values.join(',');
};

export const restTicketQuery = (filter: TicketFilter): Omit<RestTicketQuery, 'limit' | 'order_dir'> | null => {
  const status = valueList(filter.statuses?.map(restStatusFromDomain), filter.rawStatuses, 'status');
  const priority = valueList(filter.priorities?.map(restPriorityFromDomain), undefined, 'priority');
  const tags = valueList(filter.tags, undefined, 'tag');
  if (status === null || priority === null || tags === null) return null;
  return {
    status,
    priority,
    tags,
    assignee_id: filter.assigneeId,
    customer_id: filter.requesterId,
    search: filter.search,
  };
};

/** The sort timestamp a listed record must carry to make its cursor. */
const sortStamp = (connectionId: string, what: string, value: string | null | undefined): string => {
  if (value) return value;
  throw new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${connectionId}: a listed ${what} has no sort timestamp`, { connectionId });
};

export const createRestConnector = (settings: ConnectionSettings<RestCredentials, RestOptions>): Connector => {
  const client = new RestClient(settings);
  const { id: connectionId, baseUrl } = settings;
  // By-id reads have no batch endpoint: as many in flight as the connection's pool allows.
  const concurrency = settings.rate.maxConcurrency;
  const toTicket = (ticket: RestTicket): DomainTicket => restTicketToDomain(connectionId, baseUrl, ticket);

  return {
    id: connectionId,
    kind: 'rest',
    capabilities: REST_CAPABILITIES,

    async listTickets({ filter, sort, page }) {
      const query = restTicketQuery(filter);
      if (query === null) return emptyPage();
      const orderBy = sort.field === 'UPDATED_AT' ? 'updated_at' : 'created_at';
      return relayPage(
        page,
        sort.direction === 'ASC' ? 'asc' : 'desc',
        (direction, cursor, limit) => client.listTickets({ ...query, order_by: orderBy, order_dir: direction, cursor, limit }),
        (ticket) => sortStamp(connectionId, 'ticket', orderBy === 'updated_at' ? ticket.updated_at : ticket.created_at),
        toTicket,
      );
    },

    async getTickets(ids) {
      const tickets = await mapBounded(ids, concurrency, (id) => client.getTicket(id));
      return tickets.map((ticket) => (ticket ? toTicket(ticket) : null));
    },

    async getContacts(ids) {
      // No batch-by-ids endpoint for customers: one GET per distinct id, a few at a time.
      const customers = await mapBounded(ids, concurrency, (id) => client.getCustomer(id));
      return customers.map((customer) => (customer ? restCustomerToDomain(connectionId, customer) : null));
    },

    async getAgents(ids) {
      // Helpdesks have few agents, so `GET /users` pages (100 each) usually answer every id in one
      // request, where per-id GETs cost one request each. The listing stops once every id is found and
      // never walks more pages than there are ids minus one; ids still unseen are then fetched one by one.
      // Either way a call costs at most as many requests as it has distinct ids.
      const wanted = [...new Set(ids)];
      const agents = new Map<string, DomainAgent>();
      let listedAll = false;
      let cursor: string | undefined;
      for (let pages = 0; pages < wanted.length - 1 && !wanted.every((id) => agents.has(id)); pages++) {
        const list = await client.listUsers({ limit: MAX_LIMIT, cursor, order_dir: 'asc' });
        for (const user of list.data) agents.set(user.id, restUserToDomain(connectionId, user));
        if (list.meta.next_cursor === null) {
          listedAll = true;
          break;
        }
        cursor = list.meta.next_cursor;
      }
      const unseen = listedAll ? [] : wanted.filter((id) => !agents.has(id));
      const fetched = await mapBounded(unseen, concurrency, (id) => client.getUser(id));
      fetched.forEach((user) => user && agents.set(user.id, restUserToDomain(connectionId, user)));
      return ids.map((id) => agents.get(id) ?? null);
    },

    async findContactsByEmail(email) {
      const wanted = email.toLowerCase();
      const found: RestCustomer[] = [];
      let cursor: string | undefined;
      do {
        const list = await client.listCustomers({ email, limit: MAX_LIMIT, cursor, order_dir: 'asc' });
        found.push(...list.data.filter((customer) => customer.email?.toLowerCase() === wanted));
        cursor = list.meta.next_cursor ?? undefined;
      } while (cursor !== undefined);
      return found.map((customer) => restCustomerToDomain(connectionId, customer));
    },

    listContacts({ search, page }) {
      return relayPage(
        page,
        'desc',
        (direction, cursor, limit) => client.listCustomers({ search, order_by: 'created_at', order_dir: direction, cursor, limit }),
        (customer) => sortStamp(connectionId, 'customer', customer.created_at),
        (customer) => restCustomerToDomain(connectionId, customer),
      );
    },

    listMessages(ticketId, page) {
      // Conversations are oldest first (order_dir=asc); `last`/`before` flip to desc and reverse.
      return relayPage(
        page,
        'asc',
        (direction, cursor, limit) => client.listConversations({ ticket_id: ticketId, order_dir: direction, cursor, limit }),
        (conversation) => conversation.created_at,
        (conversation) => restConversationToDomain(connectionId, conversation),
      );
    },

    ...restWrites(connectionId, client, toTicket),
    listAgents(page) {
      return relayPage(
        page,
        'asc',
        (direction, cursor, limit) => client.listUsers({ order_by: 'created_at', order_dir: direction, cursor, limit }),
        (user) => sortStamp(connectionId, 'user', user.created_at),
        (user) => restUserToDomain(connectionId, user),
      );
    },

    listTags(page) {
      return relayPage(
        page,
        'asc',
        (direction, cursor, limit) => client.listTags({ order_by: 'created_at', order_dir: direction, cursor, limit }),
        (tag) => sortStamp(connectionId, 'tag', tag.created_at),
        (tag) => restTagToDomain(connectionId, tag),
      );
    },

    async getTags(ids) {
      const tags = await mapBounded(ids, concurrency, (id) => client.getTag(id));
      return tags.map((tag) => (tag ? restTagToDomain(connectionId, tag) : null));
    },

    close: () => client.close(),
  };
};

export const restConnectorKind: ConnectorKind<RestCredentials, RestOptions> = {
  kind: 'rest',
  credentialsSchema: z.strictObject({ apiKey: z.string().min(1) }),
  optionsSchema: z.strictObject({}).default({}) as z.ZodType<RestOptions>,
  create: createRestConnector,
};
