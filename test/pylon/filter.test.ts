import { describe, expect, it } from 'vitest';
import { allOf, createdWithin, pylonFilterKeys, searchConditions, statusCondition } from '../../src/connectors/pylon/filter.js';

describe('statusCondition', () => {
  it('lists base states for statuses without OPEN', () => {
    expect(statusCondition(['NEW', 'PENDING'])).toEqual({ field: 'state', operator: 'in', values: ['new', 'waiting_on_customer'] });
  });
  it('covers custom slugs for OPEN by excluding the other base states', () => {
    expect(statusCondition(['OPEN'])).toEqual({ field: 'state', operator: 'not_in', values: ['new', 'waiting_on_customer', 'on_hold', 'closed'] });
    expect(statusCondition(['OPEN', 'CLOSED'])).toEqual({ field: 'state', operator: 'not_in', values: ['new', 'waiting_on_customer', 'on_hold'] });
  });
  it('matches nothing for SOLVED alone (Pylon has no such state)', () => {
    expect(statusCondition(['SOLVED'])).toBeNull();
  });
});

describe('searchConditions', () => {
  it('turns every declared filter into Pylon conditions', () => {
    expect(
      searchConditions(
        {
          rawStatuses: ['investigating'],
          priorities: ['URGENT', 'NORMAL'],
          requesterId: 'con-1',
          assigneeId: 'usr-1',
          accountId: 'acc-1',
          tags: ['sso', 'bug'],
          updatedAfter: '2026-01-01T00:00:00Z',
          updatedBefore: '2026-02-01T00:00:00Z',
          search: ' invoice ',
        },
        'priority',
      ),
    ).toEqual([
      { field: 'state', operator: 'in', values: ['investigating'] },
      { field: 'priority', operator: 'in', values: ['urgent', 'medium'] },
      { field: 'requester_id', operator: 'equals', value: 'con-1' },
      { field: 'assignee_id', operator: 'equals', value: 'usr-1' },
      { field: 'account_id', operator: 'equals', value: 'acc-1' },
      { field: 'tags', operator: 'contains', value: 'sso' },
      { field: 'tags', operator: 'contains', value: 'bug' },
      { field: 'updated_at', operator: 'time_is_after', value: '2026-01-01T00:00:00.000Z' },
      { field: 'updated_at', operator: 'time_is_before', value: '2026-02-01T00:00:00.000Z' },
      {
        operator: 'or',
        subfilters: [
          { field: 'title', operator: 'string_contains', value: 'invoice' },
          { field: 'body_html', operator: 'string_contains', value: 'invoice' },
        ],
      },
    ]);
  });
  it('leaves created time to the window walk', () => {
    expect(searchConditions({ createdAfter: '2026-01-01T00:00:00Z', createdBefore: '2026-02-01T00:00:00Z' }, undefined)).toEqual([]);
  });
  it('is null when nothing can match', () => {
    expect(searchConditions({ statuses: ['SOLVED'] }, undefined)).toBeNull();
    expect(searchConditions({ rawStatuses: [] }, undefined)).toBeNull();
  });
});

describe('createdWithin and allOf', () => {
  it('widens each bound by 1 ms for the strict time operators', () => {
    expect(createdWithin(Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-01-31T00:00:00Z'))).toEqual([
      { field: 'created_at', operator: 'time_is_before', value: '2026-01-31T00:00:00.001Z' },
      { field: 'created_at', operator: 'time_is_after', value: '2025-12-31T23:59:59.999Z' },
    ]);
    expect(createdWithin(-Infinity, 0)).toEqual([{ field: 'created_at', operator: 'time_is_before', value: '1970-01-01T00:00:00.001Z' }]);
  });
  it('sends a lone condition as it is and several under `and`', () => {
    const leaf = { field: 'state', operator: 'equals', value: 'new' };
    expect(allOf(leaf)).toBe(leaf);
    expect(allOf(leaf, leaf)).toEqual({ operator: 'and', subfilters: [leaf, leaf] });
  });
});

describe('pylonFilterKeys', () => {
  it('declares priorities only with a priority field', () => {
    expect(pylonFilterKeys(undefined)).not.toContain('priorities');
    expect(pylonFilterKeys('priority')).toContain('priorities');
    expect(pylonFilterKeys(undefined)).toContain('requesterId');
    expect(pylonFilterKeys(undefined)).not.toContain('channel');
  });
});
