import { z } from 'zod';
import { GatewayError } from '../../domain/errors.js';
import type { DomainAgent, DomainContact } from '../../domain/types.js';
import { readPageCursors } from '../../pagination/page-cursors.js';
import { mapBounded } from '../bounded.js';
import { commonValues } from '../shared/filter-values.js';
import type { ConnectionSettings, Connector, ConnectorCapabilities, ConnectorKind, TicketFilter } from '../connector.js';
import type { Page } from '../../pagination/page.js';
import { HelpdeskClient, type HelpdeskCredentials, type HelpdeskListQuery, type HelpdeskOptions } from './client.js';
import {
  helpdeskAgentToDomain,
  helpdeskContactId,
  helpdeskPriorityFromDomain,
  helpdeskRequesterToDomain,
  helpdeskStatusFromDomain,
  helpdeskTicketToDomain,
} from './map.js';
import type { HelpdeskList, HelpdeskTicket } from './wire.js';
import { HELPDESK_WRITES, helpdeskWrites } from './writes.js';

/**
 * The Helpdesk API v1 (seed 001). Tickets page forward behind the API's own `after` cursors, followed
 * from `links.next`. The API filters by one status, one priority and an assignee; it has no customer or
 * agent resource and no requester filter, so a requester's tickets (and a contact by email) are found
 * by reading the listing and comparing `requesterEmail`, within `options.requesterScanPages` pages.
 */
export const HELPDESK_CAPABILITIES: ConnectorCapabilities = {
  filters: ['statuses', 'rawStatuses', 'priorities', 'assigneeId', 'requesterId'],
  // The API also sorts by status and priority, but those orders have no place in our sort fields and
  // cannot be merged with other helpdesks' lists; only the time sorts are offered.
  sorts: ['CREATED_AT', 'UPDATED_AT'],
  // `after` is the API's only cursor: there is no way to start a page before a ticket.
  backwardPagination: false,
  totalCount: false,
  // The API's comments have no files.
  messageAttachments: false,
  writes: HELPDESK_WRITES,
};

const MAX_PAGE_SIZE = 100;

const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: null });

export const createHelpdeskConnector = (settings: ConnectionSettings<HelpdeskCredentials, HelpdeskOptions>): Connector => {
  const client = new HelpdeskClient(settings);
  const { id: connectionId, baseUrl } = settings;
  const concurrency = settings.rate.maxConcurrency;
  const scanPages = settings.options.requesterScanPages;

  const unsupported = (what: string): GatewayError =>
    new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connectionId} (helpdesk) ${what}`, { connectionId });
  const scanTooLong = (): GatewayError =>
    unsupported(
      `has no requester filter and read ${scanPages * MAX_PAGE_SIZE} tickets without settling the lookup (raise options.requesterScanPages, or narrow the list)`,
    );

  /** The one value the API can filter on, from normalised and raw values (both given: their intersection). */
  const oneValue = (lists: (readonly string[] | undefined)[], what: string): string | null | undefined => {
    const values = commonValues(lists);
    if (values === undefined) return undefined;
    if (values.length > 1) throw unsupported(`filters on one ${what} at a time`);
    return values[0] ?? null;
  };

  /** The listing parameters for a filter; null when it matches nothing. */
  const filterQuery = (filter: TicketFilter): Pick<HelpdeskListQuery, 'status' | 'priority' | 'assignee_id'> | null => {
    const statuses = filter.statuses?.map(helpdeskStatusFromDomain).filter((raw): raw is string => raw !== undefined);
    const status = oneValue([statuses, filter.rawStatuses], 'status');
    const priority = oneValue([filter.priorities?.map(helpdeskPriorityFromDomain)], 'priority');
    if (status === null || priority === null) return null;
    return { status, priority, assignee_id: filter.assigneeId };
  };

  const nextLink = (list: HelpdeskList): string | null => {
    if (!list.meta.hasMore) return null;
    const next = list.links?.next ?? null;
    if (next === null || !client.isTicketsLink(next)) {
      throw new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${connectionId}: a page says hasMore but its links.next does not lead to the next page`, {
        connectionId,
      });
    }
    return next;
  };

  /**
   * Reads listing pages of 100 from `after`, keeping what `keep` selects, until `enough` holds, the
   * list ends, or `scanPages` pages are read. Out of budget with nothing kept, it fails rather than
   * pretend the list ended.
   */
  const scan = async (
    query: HelpdeskListQuery,
    after: string | undefined,
    keep: (ticket: HelpdeskTicket) => boolean,
    enough: (kept: readonly HelpdeskTicket[]) => boolean,
  ): Promise<{ items: HelpdeskTicket[]; next: string | null }> => {
    const items: HelpdeskTicket[] = [];
    let cursor = after;
    for (let pages = 1; ; pages++) {
      const list = await client.listTickets({ ...query, page_size: MAX_PAGE_SIZE }, cursor);
      items.push(...list.tickets.filter(keep));
      const next = nextLink(list);
      if (next === null || enough(items)) return { items, next };
      if (pages >= scanPages) {
        if (items.length > 0) return { items, next };
        throw scanTooLong();
      }
      cursor = next;
    }
  };

  const requestedBy = (emails: ReadonlySet<string>) => (ticket: HelpdeskTicket) =>
    !!ticket.requesterEmail && emails.has(helpdeskContactId(ticket.requesterEmail));

  const newestFirst: HelpdeskListQuery = { page_size: MAX_PAGE_SIZE, sort_by: 'created_at', sort_order: 'desc' };

  return {
    id: connectionId,
    kind: 'helpdesk',
    capabilities: HELPDESK_CAPABILITIES,

    async listTickets({ filter, sort, page }) {
      const filtered = filterQuery(filter);
      if (filtered === null) return emptyPage();
      const query: HelpdeskListQuery = {
        ...filtered,
        page_size: MAX_PAGE_SIZE,
        sort_by: sort.field === 'UPDATED_AT' ? 'updated_at' : 'created_at',
        sort_order: sort.direction === 'ASC' ? 'asc' : 'desc',
      };
      const requester = filter.requesterId === undefined ? undefined : new Set([helpdeskContactId(filter.requesterId)]);
      const read = await readPageCursors<HelpdeskTicket>(
        page,
        async (q) => {
          if (q.reversed || q.before !== undefined) throw unsupported('pages backward');
          if (requester) {
            const found = await scan(query, q.after, requestedBy(requester), (kept) => kept.length >= q.size);
            return { items: found.items, afterCursor: found.next, beforeCursor: null, hasMore: found.next !== null };
          }
          const list = await client.listTickets({ ...query, page_size: q.size }, q.after);
          const next = nextLink(list);
          return { items: list.tickets, afterCursor: next, beforeCursor: null, hasMore: next !== null };
        },
        { reversible: false, what: `connection ${connectionId} (helpdesk) tickets` },
      );
      const tickets = read.edges.map((edge) => edge.node);
      const contacts = new Map<string, DomainContact>();
      for (const ticket of tickets) {
        const contact = helpdeskRequesterToDomain(connectionId, ticket);
        if (contact) contacts.set(contact.externalId, contact);
      }
      const agentIds = new Set(tickets.map((ticket) => ticket.assigneeId).filter((id): id is string => !!id));
      return {
        edges: read.edges.map((edge) => ({ node: helpdeskTicketToDomain(connectionId, baseUrl, edge.node), cursor: edge.cursor })),
        hasNextPage: read.hasNextPage,
        hasPreviousPage: read.hasPreviousPage,
        totalCount: null,
        // The page names its requesters and assignees: all the API knows of them.
        included: { contacts: [...contacts.values()], agents: [...agentIds].map((id) => helpdeskAgentToDomain(connectionId, id)) },
      };
    },

    async getTickets(ids) {
      const tickets = await mapBounded(ids, concurrency, (id) => client.getTicket(id));
      return tickets.map((ticket) => (ticket ? helpdeskTicketToDomain(connectionId, baseUrl, ticket) : null));
    },

    async getContacts(ids) {
      // One read of the listing answers every id of the batch.
      const wanted = new Set(ids.map(helpdeskContactId));
      const found = new Map<string, DomainContact>();
      const { next } = await scan(newestFirst, undefined, requestedBy(wanted), (kept) => {
        for (const ticket of kept) {
          const contact = helpdeskRequesterToDomain(connectionId, ticket);
          if (contact && !found.has(contact.externalId)) found.set(contact.externalId, contact);
        }
        return found.size === wanted.size;
      });
      if (next !== null && found.size < wanted.size) throw scanTooLong();
      return ids.map((id) => found.get(helpdeskContactId(id)) ?? null);
    },

    async getAgents(ids) {
      // An agent is known by the tickets assigned to it: one ticket is enough to say it exists.
      const known = await mapBounded(ids, concurrency, async (id) => {
        const list = await client.listTickets({ ...newestFirst, page_size: 1, assignee_id: id });
        return list.tickets.length > 0;
      });
      return ids.map((id, i): DomainAgent | null => (known[i] ? helpdeskAgentToDomain(connectionId, id) : null));
    },

    async findContactsByEmail(email) {
      const { items } = await scan(newestFirst, undefined, requestedBy(new Set([helpdeskContactId(email)])), (kept) => kept.length > 0);
      const contact = items[0] ? helpdeskRequesterToDomain(connectionId, items[0]) : null;
      return contact ? [contact] : [];
    },

    async listContacts() {
      throw unsupported('has no customer resource to list (find a person with contactByEmail)');
    },

    async listMessages() {
      throw unsupported('has no messages endpoint');
    },

    ...helpdeskWrites(client, (ticket) => helpdeskTicketToDomain(connectionId, baseUrl, ticket)),

    close: () => client.close(),
  };
};

export const helpdeskConnectorKind: ConnectorKind<HelpdeskCredentials, HelpdeskOptions> = {
  kind: 'helpdesk',
  credentialsSchema: z.strictObject({ apiKey: z.string().min(1) }),
  optionsSchema: z
    .strictObject({
      workspaceId: z.string().min(1).optional(),
      requesterScanPages: z.number().int().min(1).max(100).default(10),
    })
    .default({ requesterScanPages: 10 }),
  create: createHelpdeskConnector,
};
