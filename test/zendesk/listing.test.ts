import { describe, expect, it } from 'vitest';
import type { TicketSort } from '../../src/connectors/connector.js';
import { planTicketListing, reversedSort } from '../../src/connectors/zendesk/listing.js';

const byUpdate: TicketSort = { field: 'UPDATED_AT', direction: 'DESC' };
const byCreation: TicketSort = { field: 'CREATED_AT', direction: 'ASC' };

describe('planTicketListing', () => {
  it('lists every ticket from /tickets: by cursor when sorted by update, by offset when sorted by creation', () => {
    expect(planTicketListing({}, byUpdate)).toEqual({ mode: 'cursor', path: '/api/v2/tickets', sort: '-updated_at' });
    expect(planTicketListing({}, { field: 'UPDATED_AT', direction: 'ASC' })).toEqual({ mode: 'cursor', path: '/api/v2/tickets', sort: 'updated_at' });
    expect(planTicketListing({}, byCreation)).toEqual({ mode: 'offset', path: '/api/v2/tickets', sortBy: 'created_at', sortOrder: 'asc' });
  });

  it('sends a requester alone to users/{id}/tickets/requested', () => {
    expect(planTicketListing({ requesterId: '372000000001' }, byUpdate)).toEqual({
      mode: 'cursor',
      path: '/api/v2/users/372000000001/tickets/requested',
      sort: '-updated_at',
    });
    expect(planTicketListing({ requesterId: '5' }, { field: 'CREATED_AT', direction: 'DESC' })).toEqual({
      mode: 'offset',
      path: '/api/v2/users/5/tickets/requested',
      sortBy: 'created_at',
      sortOrder: 'desc',
    });
  });

  it.each([
    [{ statuses: ['OPEN', 'ON_HOLD'] as const }, 'type:ticket status:open status:hold'],
    [{ rawStatuses: ['pending'] }, 'type:ticket status:pending'],
    [{ priorities: ['URGENT', 'HIGH'] as const }, 'type:ticket priority:urgent priority:high'],
    [{ assigneeId: '361000000002' }, 'type:ticket assignee:361000000002'],
    [{ channel: 'EMAIL' as const }, 'type:ticket via:email'],
    [{ channel: 'CHAT' as const }, 'type:ticket via:chat via:native_messaging'],
    [{ rawChannel: 'web form' }, 'type:ticket via:"web form"'],
    [{ channel: 'WEB' as const, rawChannel: 'web_form' }, 'type:ticket via:web_form'],
    // The requester endpoint filters nothing else, so a requester with other filters goes to search too.
    [{ requesterId: '7', statuses: ['SOLVED'] as const }, 'type:ticket requester:7 status:solved'],
  ])('searches for %j', (filter, query) => {
    expect(planTicketListing(filter, byUpdate)).toEqual({ mode: 'search', query, sortBy: 'updated_at', sortOrder: 'desc' });
    expect(planTicketListing(filter, byCreation)).toEqual({ mode: 'search', query, sortBy: 'created_at', sortOrder: 'asc' });
  });

  it('applies statuses and raw statuses together (their intersection)', () => {
    expect(planTicketListing({ statuses: ['OPEN', 'PENDING'], rawStatuses: ['pending', 'hold'] }, byUpdate)).toMatchObject({
      query: 'type:ticket status:pending',
    });
  });

  it.each([
    [{ statuses: ['OPEN'] as const, rawStatuses: ['closed'] }],
    [{ statuses: [] }],
    [{ priorities: [] }],
    [{ requesterId: '../users/me' }],
    [{ assigneeId: 'agent-1' }],
  ])('matches nothing without asking Zendesk for %j', (filter) => {
    expect(planTicketListing(filter, byUpdate)).toEqual({ mode: 'empty' });
  });

  it('reverses a cursor sort', () => {
    expect(reversedSort('updated_at')).toBe('-updated_at');
    expect(reversedSort('-updated_at')).toBe('updated_at');
  });
});
