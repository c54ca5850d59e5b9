import { describe, expect, it } from 'vitest';
import { parseJsonExactIntegers } from '../../src/connectors/zendesk/json.js';
import {
  zendeskChannel,
  zendeskCommentToMessage,
  zendeskCustomFields,
  zendeskPriorityToDomain,
  zendeskRequester,
  zendeskStatusToDomain,
  zendeskTicketToDomain,
  zendeskUsersById,
  zendeskUserToAgent,
  zendeskUserToContact,
  zendeskWaitingOn,
} from '../../src/connectors/zendesk/map.js';
import { zendeskCommentSchema, zendeskTicketSchema, zendeskUserSchema, type ZendeskTicket } from '../../src/connectors/zendesk/wire.js';

const ticket = (fields: Record<string, unknown> = {}): ZendeskTicket =>
  zendeskTicketSchema.parse({ id: 35436, created_at: '2026-04-19T13:48:00Z', ...fields });

describe('zendeskStatusToDomain', () => {
  it.each([
    ['new', 'NEW'],
    ['open', 'OPEN'],
    ['pending', 'PENDING'],
    ['hold', 'ON_HOLD'],
    ['solved', 'SOLVED'],
    ['closed', 'CLOSED'],
  ] as const)('maps %s to %s and keeps the raw status', (raw, status) => {
    expect(zendeskStatusToDomain(raw)).toBe(status);
    const mapped = zendeskTicketToDomain('zd', ticket({ status: raw }));
    expect(mapped.status).toBe(status);
    expect(mapped.rawStatus).toBe(raw);
  });

  it('maps an unknown or missing status to the fallback, OPEN, keeping the raw string', () => {
    expect(zendeskStatusToDomain('escalated')).toBe('OPEN');
    expect(zendeskTicketToDomain('zd', ticket({ status: 'escalated' })).rawStatus).toBe('escalated');
    expect(zendeskTicketToDomain('zd', ticket()).status).toBe('OPEN');
  });
});

describe('zendeskWaitingOn', () => {
  it.each([
    ['new', 'TEAM'],
    ['open', 'TEAM'],
    ['pending', 'CUSTOMER'],
    ['hold', 'THIRD_PARTY'],
    ['solved', 'NONE'],
    ['closed', 'NONE'],
    ['escalated', null],
  ] as const)('%s waits on %s', (status, waitingOn) => {
    expect(zendeskWaitingOn(status)).toBe(waitingOn);
  });
});

describe('zendeskPriorityToDomain', () => {
  it.each([
    ['low', 'LOW'],
    ['normal', 'NORMAL'],
    ['high', 'HIGH'],
    ['urgent', 'URGENT'],
  ] as const)('maps %s to %s and keeps the raw priority', (raw, priority) => {
    expect(zendeskPriorityToDomain(raw)).toBe(priority);
    expect(zendeskTicketToDomain('zd', ticket({ priority: raw }))).toMatchObject({ priority, rawPriority: raw });
  });

  it('maps an absent priority (key left out, or null) to null', () => {
    expect(zendeskTicketToDomain('zd', ticket())).toMatchObject({ priority: null, rawPriority: null });
    expect(zendeskTicketToDomain('zd', ticket({ priority: null }))).toMatchObject({ priority: null, rawPriority: null });
  });
});

describe('ticket type', () => {
  it.each(['problem', 'incident', 'question', 'task'])('keeps %s', (type) => {
    expect(zendeskTicketToDomain('zd', ticket({ type })).type).toBe(type);
  });
  it('is null when absent', () => {
    expect(zendeskTicketToDomain('zd', ticket()).type).toBeNull();
  });
});

describe('zendeskChannel', () => {
  it('is via.channel as Zendesk names it', () => {
    expect(zendeskChannel(ticket({ via: { channel: 'email', source: { from: { address: 'a@b.c' } } } }))).toBe('email');
    expect(zendeskChannel(ticket({ via: { channel: 'native_messaging' } }))).toBe('native_messaging');
    expect(zendeskChannel(ticket())).toBeNull();
  });
});

describe('zendeskCustomFields and tags', () => {
  it('keeps every value as the account typed it, keyed by the exact field id', () => {
    const mapped = zendeskCustomFields(
      ticket({
        custom_fields: [
          { id: 27642, value: '745' },
          { id: 27648, value: true },
          { id: 27650, value: ['hd_3000', 'hd_5555'] },
          { id: 27651, value: 12.5 },
          { id: 27652, value: null },
          { id: 27653 },
          { id: '9007199254740993', value: 'big' },
        ],
      }),
    );
    expect(mapped).toEqual([
      { key: '27642', value: '745' },
      { key: '27648', value: true },
      { key: '27650', value: ['hd_3000', 'hd_5555'] },
      { key: '27651', value: 12.5 },
      { key: '27652', value: null },
      { key: '27653', value: null },
      { key: '9007199254740993', value: 'big' },
    ]);
  });

  it('maps tags, and a missing tags key to an empty list', () => {
    expect(zendeskTicketToDomain('zd', ticket({ tags: ['enterprise', 'other_tag'] })).tags).toEqual(['enterprise', 'other_tag']);
    expect(zendeskTicketToDomain('zd', ticket()).tags).toEqual([]);
  });
});

describe('zendeskTicketToDomain: the seed-000 HelpdeskTicket fields', () => {
  it('gives external_ticket_id, external_group_id and external_assignee_id from id, group_id and assignee_id', () => {
    const mapped = zendeskTicketToDomain('zd', ticket({ id: 12345, group_id: 42, assignee_id: 987, requester_id: 20978392 }));
    expect(mapped.externalId).toBe('12345');
    expect(mapped.groupId).toBe('42');
    expect(mapped.assigneeId).toBe('987');
    expect(mapped.requester).toEqual({ externalId: '20978392', name: null, email: null });
  });

  it('treats absent keys as null', () => {
    const mapped = zendeskTicketToDomain('zd', ticket());
    expect(mapped).toMatchObject({
      subject: null,
      description: null,
      groupId: null,
      assigneeId: null,
      requester: null,
      updatedAt: null,
      url: null,
      channel: null,
      customFields: [],
    });
  });

  it('maps the remaining fields and keeps the validated payload as raw', () => {
    const payload = {
      id: 7,
      url: 'https://acme.zendesk.com/api/v2/tickets/7.json',
      subject: 'Help',
      description: 'The fire is very colorful.',
      created_at: '2009-07-20T22:55:29Z',
      updated_at: '2011-05-05T10:38:52Z',
      satisfaction_rating: { score: 'good' },
    };
    const mapped = zendeskTicketToDomain('zd', zendeskTicketSchema.parse(payload));
    expect(mapped).toMatchObject({
      connectionId: 'zd',
      subject: 'Help',
      description: 'The fire is very colorful.',
      createdAt: '2009-07-20T22:55:29Z',
      updatedAt: '2011-05-05T10:38:52Z',
      url: payload.url,
      summary: null,
      lastMessageAt: null,
    });
    expect(mapped.raw).toEqual(payload);
  });

  it('keeps integer ids above 2^53 exact, from the response text to the domain object', () => {
    const text = '{"id": 9007199254740993, "group_id": 9007199254740995, "assignee_id": 18446744073709551615, "requester_id": 9007199254740997, "created_at": "2026-01-01T00:00:00Z"}';
    expect(JSON.parse(text).id).toBe(9007199254740992); // what a float parse would have made of it
    const mapped = zendeskTicketToDomain('zd', zendeskTicketSchema.parse(parseJsonExactIntegers(text)));
    expect(mapped.externalId).toBe('9007199254740993');
    expect(mapped.groupId).toBe('9007199254740995');
    expect(mapped.assigneeId).toBe('18446744073709551615');
    expect(mapped.requester?.externalId).toBe('9007199254740997');
  });
});

describe('zendeskRequester', () => {
  it('fills name and email from sideloaded users', () => {
    const users = zendeskUsersById([zendeskUserSchema.parse({ id: 5, name: 'Taylor Reid', email: 'taylor.reid@example.com', role: 'end-user' })]);
    expect(zendeskRequester({ requester_id: 5 }, users)).toEqual({ externalId: '5', name: 'Taylor Reid', email: 'taylor.reid@example.com' });
    expect(zendeskRequester({ requester_id: 6 }, users)).toEqual({ externalId: '6', name: null, email: null });
  });
});

describe('users', () => {
  const agent = zendeskUserSchema.parse({
    id: 361000000001,
    name: 'Mei Chen',
    email: 'mei.chen@acme.zendesk.com',
    role: 'admin',
    photo: { content_url: 'https://acme.zendesk.com/photos/1.png' },
    created_at: '2020-01-01T00:00:00Z',
  });

  it('maps a user to a contact', () => {
    const user = zendeskUserSchema.parse({ id: 1, name: 'Taylor Reid', email: 'taylor.reid@example.com', role: 'end-user', phone: '+1-555-0100', created_at: '2021-01-01T00:00:00Z', organization_id: 3 });
    expect(zendeskUserToContact('zd', user)).toEqual({
      connectionId: 'zd',
      externalId: '1',
      name: 'Taylor Reid',
      email: 'taylor.reid@example.com',
      emails: ['taylor.reid@example.com'],
      phone: '+1-555-0100',
      company: null,
      organizationId: '3',
      createdAt: '2021-01-01T00:00:00Z',
      raw: user,
    });
  });

  it('maps a user to an agent with role and avatar', () => {
    expect(zendeskUserToAgent('zd', agent)).toMatchObject({ externalId: '361000000001', role: 'admin', avatarUrl: 'https://acme.zendesk.com/photos/1.png' });
    const exact = zendeskUserSchema.parse(parseJsonExactIntegers('{"id": 9007199254740993, "name": "Mei Chen"}'));
    expect(zendeskUserToAgent('zd', exact)).toMatchObject({ externalId: '9007199254740993', name: 'Mei Chen', email: null, role: null, avatarUrl: null });
  });
});

describe('zendeskCommentToMessage', () => {
  const users = zendeskUsersById([
    zendeskUserSchema.parse({ id: 1, name: 'Taylor Reid', email: 'taylor.reid@example.com', role: 'end-user' }),
    zendeskUserSchema.parse({ id: 2, name: 'Mei Chen', email: 'mei@acme.test', role: 'agent' }),
  ]);

  it('maps a public comment to a REPLY with its bodies and author', () => {
    const comment = zendeskCommentSchema.parse({
      id: 11,
      author_id: 1,
      body: 'Hi',
      html_body: '<p>Hi</p>',
      plain_body: 'Hi',
      public: true,
      attachments: [{ id: 928374, file_name: 'pic.png', content_type: 'image/png', content_url: 'https://acme.zendesk.com/attachments/pic.png', size: 166144, thumbnails: [] }],
      created_at: '2026-01-01T00:00:00Z',
    });
    expect(zendeskCommentToMessage('zd', '35436', comment, users)).toEqual({
      connectionId: 'zd',
      externalId: '11',
      ticketExternalId: '35436',
      type: 'REPLY',
      internal: false,
      bodyText: 'Hi',
      bodyHtml: '<p>Hi</p>',
      author: { externalId: '1', name: 'Taylor Reid', email: 'taylor.reid@example.com', kind: 'CONTACT' },
      attachments: [{ externalId: '928374', name: 'pic.png', contentType: 'image/png', size: 166144, url: 'https://acme.zendesk.com/attachments/pic.png' }],
      createdAt: '2026-01-01T00:00:00Z',
      raw: comment,
    });
  });

  it('maps public: false to an internal NOTE by an agent', () => {
    const comment = zendeskCommentSchema.parse({ id: 12, author_id: 2, body: 'Internal', public: false, created_at: '2026-01-01T00:00:00Z' });
    expect(zendeskCommentToMessage('zd', '1', comment, users)).toMatchObject({
      type: 'NOTE',
      internal: true,
      bodyText: 'Internal',
      bodyHtml: null,
      author: { externalId: '2', kind: 'AGENT' },
    });
  });

  it('leaves the author kind unknown without sideloaded users', () => {
    const comment = zendeskCommentSchema.parse({ id: 13, author_id: 2, body: 'x', created_at: '2026-01-01T00:00:00Z' });
    expect(zendeskCommentToMessage('zd', '1', comment).author).toEqual({ externalId: '2', name: null, email: null, kind: null });
  });

  it("names Zendesk's system user (-1, automations and apps) as a SYSTEM author", () => {
    const comment = zendeskCommentSchema.parse({ id: 14, author_id: -1, body: 'Auto-reply', created_at: '2026-01-01T00:00:00Z' });
    expect(zendeskCommentToMessage('zd', '1', comment).author).toMatchObject({ externalId: '-1', kind: 'SYSTEM' });
  });
});
