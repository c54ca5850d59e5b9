import type { TicketFilter, TicketFilterKey } from '../connector.js';
import { FALLBACK_STATUS, type TicketStatus } from '../../domain/types.js';
import { PYLON_BASE_STATES, PYLON_PRIORITY_VALUES, pylonStateToStatus, type PylonStateCategories } from './map.js';
import type { PylonFilter } from './wire.js';

/**
 * TicketFilter → Pylon search filter. The created-time bounds are not part of it: they bound the
 * window walk (see walk.ts), which adds its own created_at conditions per request.
 */

/** Filter keys Pylon's `POST /issues/search` applies itself (`priorities` only with a priority field). */
export const pylonFilterKeys = (priorityField: string | undefined): TicketFilterKey[] => [
  'statuses',
  'rawStatuses',
  'requesterId',
  'assigneeId',
  'accountId',
  'tags',
  'createdAfter',
  'createdBefore',
  'updatedAfter',
  'updatedBefore',
  'search',
  ...(priorityField === undefined ? [] : (['priorities'] as const)),
];

/**
 * A state condition for normalised statuses: every state slug the account has (built-in, and custom by
 * its category) whose status is wanted. A state no table knows gets the fallback status, so a set
 * with the fallback becomes `not_in` the known states it excludes. SOLVED never occurs in Pylon:
 * null means no issue can match.
 */
export const statusCondition = (statuses: readonly TicketStatus[], categories: PylonStateCategories = new Map()): PylonFilter | null => {
  const known = [...new Set([...PYLON_BASE_STATES, ...categories.keys()])];
  const wanted = (state: string) => statuses.includes(pylonStateToStatus(state, categories).status);
  if (statuses.includes(FALLBACK_STATUS)) return { field: 'state', operator: 'not_in', values: known.filter((state) => !wanted(state)) };
  const states = known.filter(wanted);
  return states.length === 0 ? null : { field: 'state', operator: 'in', values: states };
};

/** RFC 3339 with milliseconds, as Pylon's time operators take it. */
export const rfc3339 = (ms: number): string => new Date(ms).toISOString();

/**
 * The conditions of `filter` besides created time: an empty list for none, null when nothing can
 * match (so no request is needed at all).
 */
export const searchConditions = (
  filter: TicketFilter,
  priorityField: string | undefined,
  categories: PylonStateCategories = new Map(),
): PylonFilter[] | null => {
  const conditions: PylonFilter[] = [];
  if (filter.statuses) {
    const condition = statusCondition(filter.statuses, categories);
    if (!condition) return null;
    conditions.push(condition);
  }
  if (filter.rawStatuses) {
    if (filter.rawStatuses.length === 0) return null;
    conditions.push({ field: 'state', operator: 'in', values: [...filter.rawStatuses] });
  }
  if (filter.priorities && priorityField !== undefined) {
    if (filter.priorities.length === 0) return null;
    conditions.push({ field: priorityField, operator: 'in', values: filter.priorities.map((p) => PYLON_PRIORITY_VALUES[p]) });
  }
  if (filter.requesterId !== undefined) conditions.push({ field: 'requester_id', operator: 'equals', value: filter.requesterId });
  if (filter.assigneeId !== undefined) conditions.push({ field: 'assignee_id', operator: 'equals', value: filter.assigneeId });
  if (filter.accountId !== undefined) conditions.push({ field: 'account_id', operator: 'equals', value: filter.accountId });
  // Every tag must be present: one `contains` per tag.
  for (const tag of filter.tags ?? []) conditions.push({ field: 'tags', operator: 'contains', value: tag });
  if (filter.updatedAfter !== undefined) {
    conditions.push({ field: 'updated_at', operator: 'time_is_after', value: rfc3339(Date.parse(filter.updatedAfter)) });
  }
  if (filter.updatedBefore !== undefined) {
    conditions.push({ field: 'updated_at', operator: 'time_is_before', value: rfc3339(Date.parse(filter.updatedBefore)) });
  }
  if (filter.search !== undefined && filter.search.trim() !== '') {
    const text = filter.search.trim();
    conditions.push({
      operator: 'or',
      subfilters: [
        { field: 'title', operator: 'string_contains', value: text },
        { field: 'body_html', operator: 'string_contains', value: text },
      ],
    });
  }
  return conditions;
};

/**
 * Conditions for issues created within [lo, hi] (ms, inclusive; `lo` may be -Infinity, `hi` is always
 * a real instant in the walk). Pylon's time operators are strict, so each bound moves out by 1 ms; the
 * walk trims the edges itself.
 */
export const createdWithin = (lo: number, hi: number): [PylonFilter, ...PylonFilter[]] => [
  { field: 'created_at', operator: 'time_is_before', value: rfc3339(hi + 1) },
  ...(Number.isFinite(lo) ? [{ field: 'created_at', operator: 'time_is_after', value: rfc3339(lo - 1) }] : []),
];

/** One filter of all conditions. Depth stays within Pylon's 3: an `and` over leaves and `or` groups of leaves. */
export const allOf = (first: PylonFilter, ...rest: PylonFilter[]): PylonFilter =>
  rest.length === 0 ? first : { operator: 'and', subfilters: [first, ...rest] };
