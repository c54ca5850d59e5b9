import { describe, expect, it } from 'vitest';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../src/domain/types.js';
import { restTicketQuery } from '../../src/connectors/rest/index.js';
import { decodeRestCursor, encodeRestCursor } from '../../src/connectors/rest/cursor.js';
import {
  restConversationToDomain,
  restCustomerToDomain,
  restMessageType,
  restPriorityFromDomain,
  restPriorityToDomain,
  restStatusFromDomain,
  restStatusToDomain,
  restTicketToDomain,
  restUserToDomain,
  restWaitingOn,
} from '../../src/connectors/rest/map.js';
import {
  restConversationSchema,
  restCustomerSchema,
  restListSchema,
  restTicketSchema,
  restUserSchema,
} from '../../src/connectors/rest/wire.js';
import { GatewayError } from '../../src/domain/errors.js';

/** The seed's own example ticket (GET /tickets/{id}). */
const seedTicket = {
  id: 'tkt_123',
  subject: 'Help needed',
  status: 'open',
  priority: 'medium',
  description: 'Full ticket description...',
  customer: { id: 'cust_456', email: 'user@example.com' },
  assignee: { id: 'user_789', name: 'Priya Shah', email: 'priya@example.com' },
  tags: ['support'],
  custom_fields: { plan: 'pro', seats: 12 },
  created_at: '2025-01-15T10:30:00Z',
  updated_at: '2025-01-15T10:30:00Z',
};

describe('restStatusToDomain / restStatusFromDomain', () => {
  it('maps every upstream status and back', () => {
    expect(['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'].map(restStatusToDomain)).toEqual([...TICKET_STATUSES]);
    expect(TICKET_STATUSES.map(restStatusFromDomain)).toEqual(['new', 'open', 'pending', 'on_hold', 'resolved', 'closed']);
  });
  it('is case-insensitive and gives the fallback, OPEN, for unknown or missing statuses', () => {
    expect(restStatusToDomain('Resolved')).toBe('SOLVED');
    expect(restStatusToDomain('waiting_for_parts')).toBe('OPEN');
    expect(restStatusToDomain('constructor')).toBe('OPEN');
    expect(restStatusToDomain(null)).toBe('OPEN');
  });
});

describe('restPriorityToDomain / restPriorityFromDomain', () => {
  it('maps medium to NORMAL and back', () => {
    expect(['low', 'medium', 'high', 'urgent'].map(restPriorityToDomain)).toEqual([...TICKET_PRIORITIES]);
    expect(TICKET_PRIORITIES.map(restPriorityFromDomain)).toEqual(['low', 'medium', 'high', 'urgent']);
    expect(restPriorityToDomain('critical')).toBeNull();
    expect(restPriorityToDomain(undefined)).toBeNull();
  });
});

describe('restWaitingOn', () => {
  it('says who acts next', () => {
    expect(restWaitingOn('pending')).toBe('CUSTOMER');
    expect(restWaitingOn('open')).toBe('TEAM');
    expect(restWaitingOn('new')).toBe('TEAM');
    expect(restWaitingOn('on_hold')).toBe('THIRD_PARTY');
    expect(restWaitingOn('closed')).toBe('NONE');
    expect(restWaitingOn('mystery')).toBeNull();
  });
});

describe('restMessageType', () => {
  it('maps reply/note/system and falls back on the internal flag', () => {
    expect(restMessageType('reply', false)).toBe('REPLY');
    expect(restMessageType('note', true)).toBe('NOTE');
    expect(restMessageType('system', false)).toBe('SYSTEM');
    expect(restMessageType('whisper', true)).toBe('NOTE');
    expect(restMessageType('email', false)).toBe('REPLY');
  });
});

describe('restTicketToDomain', () => {
  it('maps the seed example with normalised and raw status/priority, requester and assignee', () => {
    const wire = restTicketSchema.parse(seedTicket);
    expect(restTicketToDomain('conn', 'http://h/api/v1/', wire)).toEqual({
      connectionId: 'conn',
      externalId: 'tkt_123',
      subject: 'Help needed',
      description: 'Full ticket description...',
      summary: null,
      status: 'OPEN',
      rawStatus: 'open',
      priority: 'NORMAL',
      rawPriority: 'medium',
      type: null,
      channel: null,
      rawChannel: null,
      waitingOn: 'TEAM',
      tags: ['support'],
      customFields: [
        { key: 'plan', value: 'pro' },
        { key: 'seats', value: 12 },
      ],
      requester: { externalId: 'cust_456', name: null, email: 'user@example.com' },
      assigneeId: 'user_789',
      assigneeHint: { name: 'Priya Shah', email: 'priya@example.com' },
      groupId: null,
      createdAt: '2025-01-15T10:30:00Z',
      updatedAt: '2025-01-15T10:30:00Z',
      lastMessageAt: null,
      lastMessagePreview: null,
      url: 'http://h/api/v1/tickets/tkt_123',
      raw: wire,
    });
  });

  it('keeps unknown statuses raw, tolerates missing optional fields and keeps unknown keys in raw', () => {
    const wire = restTicketSchema.parse({ id: 'tkt_1', status: 'escalated', created_at: '2025-01-01T00:00:00Z', extra: { x: 1 } });
    const ticket = restTicketToDomain('conn', 'http://h/api/v1', wire);
    expect(ticket).toMatchObject({ status: 'OPEN', rawStatus: 'escalated', priority: null, rawPriority: null, requester: null, assigneeId: null, tags: [], customFields: [] });
    expect(ticket.raw).toHaveProperty('extra', { x: 1 });
  });

  it('refuses payloads whose mapped fields are wrong, including numeric ids that could lose digits', () => {
    expect(restTicketSchema.safeParse({ ...seedTicket, id: 12345678901234567890 }).success).toBe(false);
    expect(restTicketSchema.safeParse({ ...seedTicket, created_at: 'yesterday' }).success).toBe(false);
    expect(restTicketSchema.safeParse({ ...seedTicket, tags: 'support' }).success).toBe(false);
    expect(restListSchema(restTicketSchema).safeParse({ data: [seedTicket], meta: { limit: 25, total: 1 } }).success).toBe(false);
  });
});

describe('restCustomerToDomain', () => {
  it('maps the seed example customer', () => {
    const wire = restCustomerSchema.parse({
      id: 'cust_456',
      email: 'user@example.com',
      name: 'John Doe',
      phone: '+1-555-0123',
      company: 'Acme Inc',
      custom_fields: {},
      ticket_count: 5,
      created_at: '2025-01-01T00:00:00Z',
    });
    expect(restCustomerToDomain('conn', wire)).toEqual({
      connectionId: 'conn',
      externalId: 'cust_456',
      name: 'John Doe',
      email: 'user@example.com',
      emails: ['user@example.com'],
      phone: '+1-555-0123',
      company: 'Acme Inc',
      createdAt: '2025-01-01T00:00:00Z',
      raw: wire,
    });
  });
  it('maps absent fields to null', () => {
    expect(restCustomerToDomain('conn', restCustomerSchema.parse({ id: 'c' }))).toMatchObject({ name: null, email: null, phone: null, company: null, createdAt: null });
  });
});

describe('restUserToDomain', () => {
  it('maps a user to an agent', () => {
    const wire = restUserSchema.parse({ id: 'user_1', name: 'Alex M', email: 'alex@h.test', role: 'admin', avatar_url: null });
    expect(restUserToDomain('conn', wire)).toEqual({
      connectionId: 'conn',
      externalId: 'user_1',
      kind: 'HUMAN',
      name: 'Alex M',
      email: 'alex@h.test',
      role: 'admin',
      avatarUrl: null,
      raw: wire,
    });
  });
});

describe('restConversationToDomain', () => {
  it('maps the seed example conversation to a reply', () => {
    const wire = restConversationSchema.parse({
      id: 'conv_123',
      ticket_id: 'tkt_123',
      type: 'reply',
      internal: false,
      content_text: 'Message content',
      created_at: '2025-01-15T10:30:00Z',
    });
    expect(restConversationToDomain('conn', wire)).toEqual({
      connectionId: 'conn',
      externalId: 'conv_123',
      ticketExternalId: 'tkt_123',
      type: 'REPLY',
      internal: false,
      bodyText: 'Message content',
      bodyHtml: null,
      author: null,
      // The API's conversations carry no files.
      attachments: null,
      createdAt: '2025-01-15T10:30:00Z',
      raw: wire,
    });
  });
  it('maps internal notes with their agent author, and system entries to a SYSTEM author', () => {
    const note = restConversationSchema.parse({
      id: 'conv_2',
      ticket_id: 't',
      type: 'note',
      internal: true,
      content_text: 'psst',
      author: { type: 'user', id: 'user_2', name: 'Priya', email: 'p@h.test' },
      created_at: '2025-01-15T10:30:00Z',
    });
    expect(restConversationToDomain('conn', note)).toMatchObject({
      type: 'NOTE',
      internal: true,
      author: { kind: 'AGENT', externalId: 'user_2', name: 'Priya', email: 'p@h.test' },
    });
    const customer = restConversationSchema.parse({ ...note, type: 'reply', internal: false, author: { type: 'customer', id: 'cust_1' } });
    expect(restConversationToDomain('conn', customer).author).toEqual({ kind: 'CONTACT', externalId: 'cust_1', name: null, email: null });
    const system = restConversationSchema.parse({ ...note, type: 'system', internal: false, author: null });
    expect(restConversationToDomain('conn', system)).toMatchObject({ type: 'SYSTEM', author: { kind: 'SYSTEM', externalId: null } });
  });
});

describe('restTicketQuery', () => {
  it('maps normalised statuses and priorities back to upstream strings as comma lists', () => {
    expect(
      restTicketQuery({ statuses: ['OPEN', 'SOLVED'], priorities: ['NORMAL'], assigneeId: 'user_1', requesterId: 'cust_2', tags: ['a', 'b'], search: 'x' }),
    ).toEqual({ status: 'open,resolved', priority: 'medium', assignee_id: 'user_1', customer_id: 'cust_2', tags: 'a,b', search: 'x' });
  });
  it('intersects statuses with rawStatuses, and answers null (no request) when nothing can match', () => {
    expect(restTicketQuery({ statuses: ['OPEN', 'PENDING'], rawStatuses: ['pending', 'weird'] })?.status).toBe('pending');
    expect(restTicketQuery({ rawStatuses: ['weird'] })?.status).toBe('weird');
    expect(restTicketQuery({ statuses: ['OPEN'], rawStatuses: ['closed'] })).toBeNull();
    expect(restTicketQuery({ tags: [] })).toBeNull();
  });
  it('refuses values that a comma list cannot carry', () => {
    expect(() => restTicketQuery({ tags: ['a,b'] })).toThrow(GatewayError);
  });
});

describe('rest cursors', () => {
  it('round-trip the sort timestamp and refuse anything else with BAD_USER_INPUT', () => {
    expect(decodeRestCursor(encodeRestCursor('2025-01-15T10:30:00Z'))).toBe('2025-01-15T10:30:00Z');
    for (const bad of ['', 'not-base64!', Buffer.from('{"t":"soon"}').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
      expect(() => decodeRestCursor(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
