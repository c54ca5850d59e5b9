import { z } from 'zod';
import type { DomainAgent, DomainContact, DomainMessage, DomainOrganization, DomainTag, DomainTeam, DomainTicket, DomainTicketField } from '../../domain/types.js';
import { withNode } from '../../pagination/edge.js';
import { readPageCursors, type UpstreamPage, type UpstreamPageQuery } from '../../pagination/page-cursors.js';
import { chunk, mapBounded } from '../bounded.js';
import type { ConnectionSettings, Connector, ConnectorKind, ListContactsInput, ListTicketsInput } from '../connector.js';
import type { Included, Page, PageRequest } from '../../pagination/page.js';
import type { Interceptor } from '../http/types.js';
import { zendeskAuthorization, zendeskCredentialsSchema, type ZendeskCredentials } from './auth.js';
import { ZENDESK_MAX_PAGE, ZendeskClient } from './client.js';
import { isZendeskId, planTicketListing, reversedSort, ZENDESK_CAPABILITIES } from './listing.js';
import {
  isZendeskAgent,
  zendeskCommentToMessage,
  zendeskIdToString,
  zendeskTicketToDomain,
  zendeskUsersById,
  zendeskUserToAgent,
  zendeskUserToContact,
  zendeskOrganizationToDomain,
  zendeskGroupToDomain,
  zendeskTagToDomain,
  zendeskTicketFieldToDomain,
} from './map.js';
import { readOffsetWindow, type OffsetLimits } from './offset.js';
import type { ZendeskTicket, ZendeskUser } from './wire.js';
import { ZENDESK_WRITES, zendeskWrites } from './writes.js';

/**
 * Support API requests a minute by Zendesk plan, as Zendesk documents them; `plan` sets the
 * connection's budget unless `rate.requestsPerMinute` does.
 */
export const ZENDESK_PLAN_REQUESTS_PER_MINUTE = {
  team: 200,
  growth: 400,
  professional: 400,
  enterprise: 700,
  'enterprise-plus': 2500,
} as const;

export const zendeskOptionsSchema = z
  .object({
    /** The account's plan, for its API rate limit. No budget is kept when absent. */
    plan: z.enum(Object.keys(ZENDESK_PLAN_REQUESTS_PER_MINUTE) as [keyof typeof ZENDESK_PLAN_REQUESTS_PER_MINUTE]).optional(),
  })
  .strict();
export type ZendeskOptions = z.infer<typeof zendeskOptionsSchema>;

/** List Tickets serves offset pages up to page 100. */
const TICKET_LIST_LIMITS: Omit<OffsetLimits, 'what'> = { maxPerPage: ZENDESK_MAX_PAGE, maxPage: 100 };
/** Search (tickets and users) returns the first 1000 results only. */
const SEARCH_LIMITS: Omit<OffsetLimits, 'what'> = { maxPerPage: ZENDESK_MAX_PAGE, maxResults: 1000 };
/** How many pages of an email lookup we read (one person rarely has more than one record). */
const MAX_EMAIL_PAGES = 5;

const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });

/** Upstream cursor-page fields, as the generic page-cursor walk wants them. */
const cursorPage = <T>(items: T[], meta: { has_more: boolean; after_cursor?: string | null; before_cursor?: string | null }): UpstreamPage<T> => ({
  items,
  afterCursor: meta.after_cursor ?? null,
  beforeCursor: meta.before_cursor ?? null,
  hasMore: meta.has_more,
});

export interface ZendeskConnectorHooks {
  /** Wrapped around every upstream call (contract tests record requests and responses here). */
  interceptors?: Interceptor[];
}

export const createZendeskConnector = (
  settings: ConnectionSettings<ZendeskCredentials, ZendeskOptions>,
  hooks: ZendeskConnectorHooks = {},
): Connector => {
  const plan = settings.options.plan;
  const client = new ZendeskClient(settings, zendeskAuthorization(settings.credentials), {
    interceptors: hooks.interceptors,
    requestsPerMinute: plan ? ZENDESK_PLAN_REQUESTS_PER_MINUTE[plan] : undefined,
  });
  const connectionId = settings.id;

  /** Sideloaded users met during one call, and what the gateway's loaders are primed with. */
  const sideloads = () => {
    const users = new Map<string, ZendeskUser>();
    return {
      users,
      add: (list: readonly ZendeskUser[] | undefined) => {
        for (const user of list ?? []) users.set(zendeskIdToString(user.id), user);
      },
      included: (): Included => ({
        // Anyone can request a ticket (agents too), so every user is a possible contact.
        contacts: [...users.values()].map((user) => zendeskUserToContact(connectionId, user)),
        agents: [...users.values()].filter(isZendeskAgent).map((user) => zendeskUserToAgent(connectionId, user)),
      }),
    };
  };

  const listTickets = async ({ filter, sort, page }: ListTicketsInput): Promise<Page<DomainTicket>> => {
    const plan = planTicketListing(filter, sort);
    if (plan.mode === 'empty') return emptyPage();
    const loaded = sideloads();
    let result: Page<ZendeskTicket>;
    if (plan.mode === 'cursor') {
      const walked = await readPageCursors(
        page,
        async (query: UpstreamPageQuery) => {
          const response = await client.ticketsByCursor(plan.path, query, query.reversed ? reversedSort(plan.sort) : plan.sort);
          loaded.add(response.users);
          return cursorPage(response.tickets, response.meta);
        },
        { reversible: true, what: `connection ${connectionId}: Zendesk tickets` },
      );
      result = { ...walked, totalCount: null };
    } else if (plan.mode === 'offset') {
      result = await readOffsetWindow(
        page,
        async (number, perPage) => {
          const response = await client.ticketsByOffset(plan.path, number, perPage, plan.sortBy, plan.sortOrder);
          loaded.add(response.users);
          return { items: response.tickets, count: response.count };
        },
        { ...TICKET_LIST_LIMITS, what: `connection ${connectionId}: Zendesk ticket lists sorted by creation time` },
      );
    } else {
      result = await readOffsetWindow(
        page,
        async (number, perPage) => {
          const response = await client.searchTickets(plan.query, number, perPage, plan.sortBy, plan.sortOrder);
          loaded.add(response.users);
          return { items: response.results, count: response.count };
        },
        { ...SEARCH_LIMITS, what: `connection ${connectionId}: filtered Zendesk ticket lists (search)` },
      );
    }
    return {
      ...result,
      edges: result.edges.map((edge) => ({ cursor: edge.cursor, node: zendeskTicketToDomain(connectionId, edge.node, loaded.users) })),
      included: loaded.included(),
    };
  };

  const getTickets = async (ids: readonly string[]): Promise<(DomainTicket | null)[]> => {
    const wanted = [...new Set(ids.filter(isZendeskId))];
    const found = new Map<string, DomainTicket>();
    if (wanted.length === 1) {
      const response = await client.ticket(wanted[0] as string);
      if (response) found.set(wanted[0] as string, zendeskTicketToDomain(connectionId, response.ticket, zendeskUsersById(response.users)));
    } else {
      const responses = await Promise.all(chunk(wanted, ZENDESK_MAX_PAGE).map((batch) => client.ticketsByIds(batch)));
      for (const response of responses) {
        const users = zendeskUsersById(response.users);
        for (const ticket of response.tickets) found.set(zendeskIdToString(ticket.id), zendeskTicketToDomain(connectionId, ticket, users));
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  };

  const usersByIds = async (ids: readonly string[]): Promise<(ZendeskUser | null)[]> => {
    const wanted = [...new Set(ids.filter(isZendeskId))];
    const responses = await Promise.all(chunk(wanted, ZENDESK_MAX_PAGE).map((batch) => client.usersByIds(batch)));
    const found = zendeskUsersById(responses.flatMap((response) => response.users));
    return ids.map((id) => found.get(id) ?? null);
  };

  const listContacts = async ({ search, page }: ListContactsInput): Promise<Page<DomainContact>> => {
    if (search === undefined || search.trim() === '') {
      const walked = await readPageCursors(
        page,
        async (query) => {
          const response = await client.usersByCursor('end-user', query);
          return cursorPage(response.users, response.meta);
        },
        // Zendesk lists users in id order only, so there is no reversed walk to start from the end.
        { reversible: false, what: `connection ${connectionId}: Zendesk users` },
      );
      return { ...walked, edges: walked.edges.map((edge) => withNode(edge, zendeskUserToContact(connectionId, edge.node))), totalCount: null };
    }
    const window = await readOffsetWindow(
      page,
      async (number, perPage) => {
        const response = await client.searchUsers(`role:end-user ${search.trim()}`, number, perPage);
        return { items: response.users, count: response.count };
      },
      { ...SEARCH_LIMITS, what: `connection ${connectionId}: Zendesk user search` },
    );
    return { ...window, edges: window.edges.map((edge) => withNode(edge, zendeskUserToContact(connectionId, edge.node))) };
  };

  /** A list Zendesk pages by cursor in id order only (so no reversed walk: `last` needs `before`). */
  const idOrderedList = async <W, D>(
    page: PageRequest,
    fetch: (query: UpstreamPageQuery) => Promise<UpstreamPage<W>>,
    what: string,
    map: (item: W) => D,
  ): Promise<Page<D>> => {
    const walked = await readPageCursors(page, fetch, { reversible: false, what: `connection ${connectionId}: Zendesk ${what}` });
    return { ...walked, edges: walked.edges.map((edge) => withNode(edge, map(edge.node))), totalCount: null };
  };

  const listAgents = (page: PageRequest): Promise<Page<DomainAgent>> =>
    idOrderedList(
      page,
      async (query) => {
        const response = await client.agentsByCursor(query);
        return cursorPage(response.users, response.meta);
      },
      'agents',
      (user) => zendeskUserToAgent(connectionId, user),
    );

  const listOrganizations = (page: PageRequest): Promise<Page<DomainOrganization>> =>
    idOrderedList(
      page,
      async (query) => {
        const response = await client.organizationsByCursor(query);
        return cursorPage(response.organizations, response.meta);
      },
      'organizations',
      (organization) => zendeskOrganizationToDomain(connectionId, organization),
    );

  const listTeams = (page: PageRequest): Promise<Page<DomainTeam>> =>
    idOrderedList(
      page,
      async (query) => {
        const response = await client.groupsByCursor(query);
        return cursorPage(response.groups, response.meta);
      },
      'groups',
      (group) => zendeskGroupToDomain(connectionId, group),
    );

  /** Records Zendesk reads only one by one (groups, ticket fields): one GET per distinct id, a few at a time. */
  const showEach = async <T>(ids: readonly string[], show: (id: string) => Promise<T | null>): Promise<(T | null)[]> => {
    const wanted = [...new Set(ids.filter(isZendeskId))];
    const shown = await mapBounded(wanted, settings.rate.maxConcurrency, show);
    const found = new Map(wanted.map((id, i) => [id, shown[i] ?? null]));
    return ids.map((id) => found.get(id) ?? null);
  };

  const getTeams = (ids: readonly string[]): Promise<(DomainTeam | null)[]> =>
    showEach(ids, async (id) => {
      const group = (await client.group(id))?.group;
      return group ? zendeskGroupToDomain(connectionId, group) : null;
    });

  const listTicketFields = (page: PageRequest): Promise<Page<DomainTicketField>> =>
    idOrderedList(
      page,
      async (query) => {
        const response = await client.ticketFieldsByCursor(query);
        return cursorPage(response.ticket_fields, response.meta);
      },
      'ticket fields',
      (field) => zendeskTicketFieldToDomain(connectionId, field),
    );

  const getTicketFields = (ids: readonly string[]): Promise<(DomainTicketField | null)[]> =>
    showEach(ids, async (id) => {
      const field = (await client.ticketField(id))?.ticket_field;
      return field ? zendeskTicketFieldToDomain(connectionId, field) : null;
    });

  // Most used first, as Zendesk counts them (the order changes as tickets are tagged).
  const listTags = (page: PageRequest): Promise<Page<DomainTag>> =>
    idOrderedList(
      page,
      async (query) => {
        const response = await client.tagsByCursor(query);
        return cursorPage(response.tags, response.meta);
      },
      'tags',
      (tag) => zendeskTagToDomain(connectionId, tag),
    );

  const getOrganizations = async (ids: readonly string[]): Promise<(DomainOrganization | null)[]> => {
    const wanted = [...new Set(ids.filter(isZendeskId))];
    const responses = await Promise.all(chunk(wanted, ZENDESK_MAX_PAGE).map((batch) => client.organizationsByIds(batch)));
    const found = new Map(responses.flatMap((response) => response.organizations).map((organization) => [zendeskIdToString(organization.id), organization]));
    return ids.map((id) => {
      const organization = found.get(id);
      return organization ? zendeskOrganizationToDomain(connectionId, organization) : null;
    });
  };

  const findContactsByEmail = async (email: string): Promise<DomainContact[]> => {
    const wanted = email.trim().toLowerCase();
    if (!/^[^\s"]+@[^\s"]+$/.test(wanted)) return [];
    const matches: DomainContact[] = [];
    for (let number = 1; number <= MAX_EMAIL_PAGES; number++) {
      const response = await client.searchUsers(`email:${wanted}`, number, ZENDESK_MAX_PAGE);
      // Search matches loosely (prefixes, secondary identities); keep primary emails that are equal.
      for (const user of response.users) {
        if (user.email?.toLowerCase() === wanted) matches.push(zendeskUserToContact(connectionId, user));
      }
      if (!response.next_page) break;
    }
    return matches;
  };

  const listMessages = async (ticketId: string, page: PageRequest): Promise<Page<DomainMessage>> => {
    if (!isZendeskId(ticketId)) return emptyPage();
    const loaded = sideloads();
    const walked = await readPageCursors(
      page,
      async (query) => {
        const response = await client.comments(ticketId, query);
        loaded.add(response.users);
        return cursorPage(response.comments, response.meta);
      },
      { reversible: true, what: `connection ${connectionId}: Zendesk comments` },
    );
    return {
      ...walked,
      edges: walked.edges.map((edge) => ({ cursor: edge.cursor, node: zendeskCommentToMessage(connectionId, ticketId, edge.node, loaded.users) })),
      totalCount: null,
      included: loaded.included(),
    };
  };

  return {
    id: connectionId,
    kind: 'zendesk',
    capabilities: { ...ZENDESK_CAPABILITIES, writes: ZENDESK_WRITES },
    listTickets,
    getTickets,
    // Zendesk ids are positive integers (int64, read exactly); a tag's id is its name.
    isValidId: (id: string, typename: string) => typename === 'Tag' || /^[1-9]\d{0,18}$/.test(id),
    getContacts: async (ids) => (await usersByIds(ids)).map((user) => (user ? zendeskUserToContact(connectionId, user) : null)),
    getAgents: async (ids): Promise<(DomainAgent | null)[]> =>
      (await usersByIds(ids)).map((user) => (user && isZendeskAgent(user) ? zendeskUserToAgent(connectionId, user) : null)),
    findContactsByEmail,
    listContacts,
    listMessages,
    ...zendeskWrites(connectionId, client),
    listAgents,
    listOrganizations,
    getOrganizations,
    listTeams,
    getTeams,
    listTicketFields,
    getTicketFields,
    listTags,
    // A Zendesk tag is its name, and Zendesk reads no tag by name: the id names the tag itself.
    getTags: async (names) => names.map((name) => (name.trim() === '' ? null : zendeskTagToDomain(connectionId, { name }))),
    close: () => client.close(),
  };
};

export const zendeskConnectorKind: ConnectorKind<ZendeskCredentials, ZendeskOptions> = {
  kind: 'zendesk',
  credentialsSchema: zendeskCredentialsSchema,
  optionsSchema: zendeskOptionsSchema,
  create: (settings) => createZendeskConnector(settings),
};
