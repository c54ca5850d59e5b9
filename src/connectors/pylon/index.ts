import { z } from 'zod';
import { GatewayError } from '../../domain/errors.js';
import type { DomainContact, DomainMessage, DomainTicket } from '../../domain/types.js';
import { chunk, mapBounded } from '../bounded.js';
import type { ConnectionSettings, Connector, ConnectorKind, ListTicketsInput } from '../connector.js';
import type { Page, PageRequest } from '../../pagination/page.js';
import { wholeListPage } from '../shared/whole-list.js';
import { pylonForwardPage } from './forward.js';
import { readPageCursors } from '../../pagination/page-cursors.js';
import { createPylonClient, type PylonClient, type PylonCredentials } from './client.js';
import { decodePosition, encodePosition } from './cursors.js';
import { allOf, createdWithin, pylonFilterKeys, searchConditions } from './filter.js';
import { ttlValue } from '../ttl-value.js';
import {
  pylonContactToDomain,
  pylonIssueToDomain,
  pylonMessageToDomain,
  pylonStateCategories,
  pylonUserToDomain,
  pylonAccountToDomain,
  pylonTagToDomain,
  pylonTeamToDomain,
  type PylonStateCategories,
} from './map.js';
import { compareKeys, listingOrder, walk, type Bounds, type Keyed, type Position, type WindowSource } from './walk.js';
import { PYLON_MAX_LIMIT, type PylonFilter, type PylonIssue } from './wire.js';
import { pylonWriteCapabilities, pylonWrites } from './writes.js';

export interface PylonOptions {
  /** Slug of the custom field that holds the priority (urgent|high|medium|low); priority is null without it. */
  priorityField?: string;
}

/** How long the account's issue states are kept (`GET /issue-statuses` is limited to 10 calls a minute). */
const STATUS_TABLE_TTL_MS = 5 * 60 * 1000;

/** Issues created up to this far in the gateway's future still list (clock skew with Pylon). */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const keyed = (issue: PylonIssue): Keyed<PylonIssue> => ({ t: Date.parse(issue.created_at), id: issue.id, item: issue });

/** Every page of a search, followed through its cursors. */
const searchAll = async (client: PylonClient, filter: PylonFilter): Promise<PylonIssue[]> => {
  const all: PylonIssue[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await client.searchIssues({ filter, limit: PYLON_MAX_LIMIT, ...(cursor === undefined ? {} : { cursor }) });
    all.push(...page.data);
    const next = page.pagination?.has_next_page ? page.pagination.cursor : undefined;
    if (!next || next === cursor) return all;
    cursor = next;
  }
};

/**
 * Where a listing's issues come from. Without search conditions, windows are `GET /issues` (Pylon's
 * 30-day rule); with them, each window is a search with the window's created_at bounds. Probes are
 * always searches, since only search can say "nothing older than this".
 */
const issueSource = (client: PylonClient, conditions: readonly PylonFilter[]): WindowSource<PylonIssue> => ({
  probeFirst: conditions.length > 0,
  async window(lo, hi) {
    const issues =
      conditions.length === 0 ? await client.issuesInWindow(lo - 1, hi + 1) : await searchAll(client, allOf(...createdWithin(lo, hi), ...conditions));
    return issues.map(keyed);
  },
  async probe(lo, hi, limit) {
    const page = await client.searchIssues({ filter: allOf(...createdWithin(lo, hi), ...conditions), limit });
    return { items: page.data.map(keyed), complete: !page.pagination?.has_next_page };
  },
});

const boundsOf = (input: ListTicketsInput): Bounds => {
  const { createdAfter, createdBefore } = input.filter;
  // Both bounds are strict, like Pylon's time_is_after / time_is_before.
  return {
    lo: createdAfter === undefined ? -Infinity : Date.parse(createdAfter) + 1,
    hi: createdBefore === undefined ? Date.now() + CLOCK_SKEW_MS : Date.parse(createdBefore) - 1,
  };
};

/** Keyset paging over a fully fetched, ordered list (a conversation), in both directions. */
const pageOfList = <T extends Position, N>(
  ordered: readonly T[],
  page: PageRequest,
  map: (item: T) => N,
  what: string,
): Page<N> => {
  let slice: readonly T[];
  let hasNextPage: boolean;
  let hasPreviousPage: boolean;
  if (page.first !== undefined) {
    const after = page.after === undefined ? null : decodePosition(page.after, what);
    const start = after === null ? 0 : ordered.findIndex((item) => compareKeys(item, after) > 0);
    const from = start === -1 ? ordered.length : start;
    slice = ordered.slice(from, from + page.first);
    hasNextPage = from + page.first < ordered.length;
    hasPreviousPage = after !== null;
  } else {
    const before = page.before === undefined ? null : decodePosition(page.before, what);
    const firstAfter = before === null ? -1 : ordered.findIndex((item) => compareKeys(item, before) >= 0);
    const end = firstAfter === -1 ? ordered.length : firstAfter;
    const from = Math.max(0, end - page.last);
    slice = ordered.slice(from, end);
    hasNextPage = before !== null;
    hasPreviousPage = from > 0;
  }
  const edges = slice.map((item) => ({ node: map(item), cursor: encodePosition(item) }));
  return { edges, hasNextPage, hasPreviousPage, totalCount: null };
};

export const createPylonConnector = (settings: ConnectionSettings<PylonCredentials, PylonOptions>): Connector => {
  const client = createPylonClient(settings);
  const connectionId = settings.id;
  const { priorityField } = settings.options;
  // Issues and users by id have no batch endpoint: as many in flight as the connection's pool allows.
  const concurrency = settings.rate.maxConcurrency;
  // The account's states change rarely; every listing and lookup needs them to map custom states.
  const stateCategories = ttlValue(async () => pylonStateCategories(await client.issueStatuses()), { ttlMs: STATUS_TABLE_TTL_MS });
  const toTicketWith = (categories: PylonStateCategories) => (issue: PylonIssue): DomainTicket =>
    pylonIssueToDomain(issue, { connectionId, priorityField, stateCategories: categories });
  const toContact = (contact: Parameters<typeof pylonContactToDomain>[0]): DomainContact => pylonContactToDomain(contact, connectionId);

  return {
    id: connectionId,
    kind: 'pylon',
    capabilities: {
      filters: pylonFilterKeys(priorityField),
      // Windows are by created time, so only created time orders a listing (both ways).
      sorts: ['CREATED_AT'],
      backwardPagination: true,
      totalCount: false,
      // Messages carry `file_urls`: a name and a link, no type or size.
      messageAttachments: true,
      writes: pylonWriteCapabilities(priorityField),
    },

    async listTickets(input) {
      if (input.sort.field !== 'CREATED_AT') {
        throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connectionId}: Pylon lists issues by created time only`, {
          connectionId,
        });
      }
      const categories = await stateCategories.get();
      const toTicket = toTicketWith(categories);
      const conditions = searchConditions(input.filter, priorityField, categories);
      const bounds = boundsOf(input);
      if (conditions === null || bounds.lo > bounds.hi) return { edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: null };
      const source = issueSource(client, conditions);
      const forward = input.sort.direction === 'DESC' ? 'older' : 'newer';
      const backward = forward === 'older' ? 'newer' : 'older';
      const order = listingOrder(input.sort.direction);
      const reverse = (a: Position, b: Position): number => order(b, a);
      const { page } = input;
      const edgesOf = (items: readonly Keyed<PylonIssue>[]) => items.map((k) => ({ node: toTicket(k.item), cursor: encodePosition(k) }));

      if (page.first !== undefined) {
        const from = page.after === undefined ? null : decodePosition(page.after, 'issue listing');
        const items = await walk(source, bounds, forward, order, from, page.first + 1);
        return { edges: edgesOf(items.slice(0, page.first)), hasNextPage: items.length > page.first, hasPreviousPage: from !== null, totalCount: null };
      }
      const from = page.before === undefined ? null : decodePosition(page.before, 'issue listing');
      const items = await walk(source, bounds, backward, reverse, from, page.last + 1);
      return {
        edges: edgesOf(items.slice(0, page.last).reverse()),
        hasNextPage: from !== null,
        hasPreviousPage: items.length > page.last,
        totalCount: null,
      };
    },

    async getTickets(ids) {
      // No batch endpoint: one GET per distinct id (or issue number), a few at a time.
      const [categories, issues] = await Promise.all([stateCategories.get(), mapBounded(ids, concurrency, (id) => client.getIssue(id))]);
      const toTicket = toTicketWith(categories);
      return issues.map((issue) => (issue ? toTicket(issue) : null));
    },

    async getContacts(ids) {
      const unique = [...new Set(ids)];
      const found = new Map<string, DomainContact>();
      for (const batch of chunk(unique, PYLON_MAX_LIMIT)) {
        const filter: PylonFilter = { field: 'id', operator: 'in', values: batch };
        let cursor: string | undefined;
        for (;;) {
          const page = await client.searchContacts({ filter, limit: batch.length, ...(cursor === undefined ? {} : { cursor }) });
          for (const contact of page.data) found.set(contact.id, toContact(contact));
          const next = page.pagination?.has_next_page ? page.pagination.cursor : undefined;
          if (!next || next === cursor) break;
          cursor = next;
        }
      }
      return ids.map((id) => found.get(id) ?? null);
    },

    async getAgents(ids) {
      // `GET /users` answers every user at once, under the same budget as one `GET /users/{id}`: for
      // two ids or more, one list is the cheaper call, and an id it lacks is no user.
      if (new Set(ids).size < 2) {
        return (await mapBounded(ids, concurrency, (id) => client.getUser(id))).map((user) => (user ? pylonUserToDomain(user, connectionId) : null));
      }
      const users = new Map((await client.listUsers()).map((user) => [user.id, user]));
      return ids.map((id) => {
        const user = users.get(id);
        return user ? pylonUserToDomain(user, connectionId) : null;
      });
    },

    listAgents(page) {
      return wholeListPage(page, () => client.listUsers(), (user) => user.id, (user) => pylonUserToDomain(user, connectionId), `connection ${connectionId} (pylon) users`);
    },

    listTeams(page) {
      return wholeListPage(page, () => client.listTeams(), (team) => team.id, (team) => pylonTeamToDomain(team, connectionId), `connection ${connectionId} (pylon) teams`);
    },

    async getTeams(ids) {
      return (await mapBounded(ids, concurrency, (id) => client.getTeam(id))).map((team) => (team ? pylonTeamToDomain(team, connectionId) : null));
    },

    listTags(page) {
      return wholeListPage(page, () => client.listTags(), (tag) => tag.id, (tag) => pylonTagToDomain(tag, connectionId), `connection ${connectionId} (pylon) tags`);
    },

    async getTags(ids) {
      return (await mapBounded(ids, concurrency, (id) => client.getTag(id))).map((tag) => (tag ? pylonTagToDomain(tag, connectionId) : null));
    },

    async listOrganizations(page) {
      const walked = await pylonForwardPage(page, (limit, cursor) => client.listAccounts(limit, cursor), connectionId, 'accounts');
      return { ...walked, edges: walked.edges.map((edge) => ({ node: pylonAccountToDomain(edge.node, connectionId), cursor: edge.cursor })), totalCount: null };
    },

    async getOrganizations(ids) {
      return (await mapBounded(ids, concurrency, (id) => client.getAccount(id))).map((account) => (account ? pylonAccountToDomain(account, connectionId) : null));
    },

    async findContactsByEmail(email) {
      const page = await client.searchContacts({ filter: { field: 'email', operator: 'equals', value: email }, limit: PYLON_MAX_LIMIT });
      return page.data.map(toContact);
    },

    async listContacts(input) {
      if (input.page.first === undefined) {
        throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connectionId}: Pylon pages contacts forward only`, { connectionId });
      }
      const search = input.search?.trim();
      // Contacts search needs a filter even to match everyone: `id not_in []` does.
      const filter: PylonFilter = search
        ? { field: 'email', operator: 'string_contains', value: search }
        : { field: 'id', operator: 'not_in', values: [] };
      // Pylon's search pages forward only (one next-page cursor), hence `last` is refused above.
      const page = await readPageCursors(
        input.page,
        async ({ after, size }) => {
          const result = await client.searchContacts({ filter, limit: size, ...(after === undefined ? {} : { cursor: after }) });
          const next = result.pagination?.has_next_page ? (result.pagination.cursor ?? null) : null;
          return { items: result.data, afterCursor: next, beforeCursor: null, hasMore: next !== null };
        },
        { reversible: false, what: 'Pylon contacts' },
      );
      return { ...page, edges: page.edges.map((edge) => ({ node: toContact(edge.node), cursor: edge.cursor })), totalCount: null };
    },

    async listMessages(ticketId, page) {
      const messages = (await client.issueMessages(ticketId))
        .map((message) => ({ t: Date.parse(message.timestamp), id: message.id, message }))
        .sort(compareKeys);
      return pageOfList(messages, page, ({ message }): DomainMessage => pylonMessageToDomain(message, ticketId, connectionId), 'message');
    },

    ...pylonWrites(connectionId, client, priorityField),
    close: () => client.close(),
  };
};

export const pylonConnectorKind: ConnectorKind<PylonCredentials, PylonOptions> = {
  kind: 'pylon',
  credentialsSchema: z.object({ apiToken: z.string().min(1) }).strict(),
  optionsSchema: z.object({ priorityField: z.string().min(1).optional() }).strict(),
  create: createPylonConnector,
};
