import type { ConnectorCapabilities, TicketFilter, TicketSort } from '../connector.js';
import { rawChannelsOf } from '../../domain/channels.js';
import { GatewayError } from '../../domain/errors.js';
import { DOMAIN_PRIORITY_TO_ZENDESK, DOMAIN_STATUS_TO_ZENDESK, ZENDESK_CHANNELS } from './map.js';

/**
 * Which Zendesk endpoint serves a ticket listing:
 *
 * - status, priority, assignee or channel filters: `GET /search` (`type:ticket status:open …`,
 *   `sort_by`/`sort_order`, offset pages, at most 1000 results). A requester filter combined with any
 *   of them becomes a `requester:` term of the same search, since the requester endpoint filters
 *   nothing else.
 * - a requester alone: `GET /users/{id}/tickets/requested`; no filter: `GET /tickets`. Sorted by
 *   update time they page by cursor (`sort=updated_at|-updated_at`); by creation time they page by
 *   offset (`sort_by=created_at`, `sort_order`), which Zendesk serves up to page 100.
 */

export const ZENDESK_CAPABILITIES: ConnectorCapabilities = {
  // requesterId alone uses the requester endpoint; with any other filter it becomes a search term.
  filters: ['statuses', 'rawStatuses', 'priorities', 'assigneeId', 'requesterId', 'channel', 'rawChannel'],
  sorts: ['CREATED_AT', 'UPDATED_AT'],
  backwardPagination: true,
  // Offset-paged listings (search, and sorting by creation) carry a count; cursor pages (sorting by update) do not.
  totalCount: true,
  messageAttachments: true,
};

export type SortOrder = 'asc' | 'desc';

export type TicketListingPlan =
  /** Cursor pages; `sort` is the natural order (the reversed walk flips it). */
  | { mode: 'cursor'; path: string; sort: 'updated_at' | '-updated_at' }
  | { mode: 'offset'; path: string; sortBy: 'created_at'; sortOrder: SortOrder }
  | { mode: 'search'; query: string; sortBy: 'created_at' | 'updated_at'; sortOrder: SortOrder }
  /** The filter cannot match anything (disjoint status lists, an id Zendesk cannot have). */
  | { mode: 'empty' };

/** Zendesk ids are integers; anything else names no record (and must never reach a URL path). */
export const isZendeskId = (id: string): boolean => /^\d{1,20}$/.test(id);

/** A search term value, quoted when it holds anything but word characters. */
const term = (keyword: string, value: string): string =>
  /^[\w.@-]+$/.test(value) ? `${keyword}:${value}` : `${keyword}:"${value.replace(/"/g, '')}"`;

/** Statuses from both lists (each Zendesk's own string); both given means both apply. */
const statusValues = (filter: TicketFilter): string[] | undefined => {
  const lists = [filter.statuses?.map((status) => DOMAIN_STATUS_TO_ZENDESK[status]), filter.rawStatuses].filter(
    (list): list is string[] => list !== undefined,
  );
  const [first, second] = lists;
  if (!first) return undefined;
  return [...new Set(first)].filter((status) => !second || second.includes(status));
};

/** The `via:` values of the channel filters (both must hold when both are given); undefined for none. */
const viaValues = (filter: TicketFilter): string[] | undefined => {
  // OTHER is every word the table lacks: no list of `via:` terms says that.
  if (filter.channel === 'OTHER') throw new GatewayError('CAPABILITY_UNSUPPORTED', 'Zendesk cannot filter by channel OTHER: filter by rawChannel');
  const normalised = filter.channel === undefined ? undefined : rawChannelsOf(ZENDESK_CHANNELS, filter.channel);
  if (filter.rawChannel === undefined) return normalised;
  return normalised === undefined || normalised.includes(filter.rawChannel) ? [filter.rawChannel] : [];
};

export const planTicketListing = (filter: TicketFilter, sort: TicketSort): TicketListingPlan => {
  const ids = [filter.requesterId, filter.assigneeId].filter((id): id is string => id !== undefined);
  if (ids.some((id) => !isZendeskId(id))) return { mode: 'empty' };
  const statuses = statusValues(filter);
  if (statuses?.length === 0 || filter.priorities?.length === 0) return { mode: 'empty' };
  const sortOrder: SortOrder = sort.direction === 'ASC' ? 'asc' : 'desc';

  const vias = viaValues(filter);
  if (vias?.length === 0) return { mode: 'empty' };
  const needsSearch = statuses !== undefined || filter.priorities !== undefined || filter.assigneeId !== undefined || vias !== undefined;
  if (needsSearch) {
    // Repeated keywords of one kind match any of their values; different keywords must all match.
    const terms = [
      'type:ticket',
      ...(filter.requesterId === undefined ? [] : [term('requester', filter.requesterId)]),
      ...(filter.assigneeId === undefined ? [] : [term('assignee', filter.assigneeId)]),
      ...(statuses ?? []).map((status) => term('status', status)),
      ...(filter.priorities ?? []).map((priority) => term('priority', DOMAIN_PRIORITY_TO_ZENDESK[priority])),
      ...(vias ?? []).map((via) => term('via', via)),
    ];
    return { mode: 'search', query: terms.join(' '), sortBy: sort.field === 'CREATED_AT' ? 'created_at' : 'updated_at', sortOrder };
  }
  const path = filter.requesterId === undefined ? '/api/v2/tickets' : `/api/v2/users/${filter.requesterId}/tickets/requested`;
  if (sort.field === 'UPDATED_AT') return { mode: 'cursor', path, sort: sortOrder === 'asc' ? 'updated_at' : '-updated_at' };
  return { mode: 'offset', path, sortBy: 'created_at', sortOrder };
};

/** The same sort the other way round, for reading a cursor listing from its end. */
export const reversedSort = (sort: 'updated_at' | '-updated_at'): 'updated_at' | '-updated_at' =>
  sort === 'updated_at' ? '-updated_at' : 'updated_at';
