import { htmlToText } from '../../src/connectors/html.js';
import { describe, expect, it } from 'vitest';
import {
  pylonContactToDomain,
  pylonCustomFields,
  pylonIssueToDomain,
  pylonMessageToDomain,
  pylonPriority,
  pylonStateCategories,
  pylonStateToStatus,
  pylonUserToDomain,
} from '../../src/connectors/pylon/map.js';
import {
  pylonContactSchema,
  pylonIssueSchema,
  pylonListSchema,
  pylonMessageSchema,
  pylonUserSchema,
} from '../../src/connectors/pylon/wire.js';

const issue = pylonIssueSchema.parse({
  id: '8f9a2b1c-0000-4000-8000-000000000001',
  number: 42,
  title: 'SSO login loops',
  body_html: '<p>Login &amp; SSO</p><p>loops<br/>again</p>',
  state: 'waiting_on_customer',
  type: 'conversation',
  source: 'slack',
  account: { id: 'acc-1' },
  requester: { id: 'con-1', email: 'taylor.reid@example.com' },
  assignee: { id: 'usr-1', email: 'alex.m@pylon-demo.dev' },
  team: { id: 'team-1' },
  tags: ['sso', 'bug'],
  custom_fields: { priority: { slug: 'priority', value: 'high' }, products: { slug: 'products', values: ['api', 'billing'] } },
  created_at: '2026-03-01T10:00:00Z',
  updated_at: '2026-03-02T11:30:00.5Z',
  latest_message_time: '2026-03-02T11:30:00Z',
  link: 'https://app.usepylon.com/issues?issueNumber=42',
  csat_responses: [{ score: 5 }],
});

describe('pylonStateToStatus', () => {
  it.each([
    ['new', 'NEW', null],
    ['waiting_on_you', 'OPEN', 'TEAM'],
    ['waiting_on_customer', 'PENDING', 'CUSTOMER'],
    ['on_hold', 'ON_HOLD', null],
    ['closed', 'CLOSED', null],
    ['investigating', 'OPEN', null],
  ])('%s → %s (waiting on %s)', (state, status, waitingOn) => {
    expect(pylonStateToStatus(state)).toEqual({ status, waitingOn });
  });

  it('gives the fallback status, OPEN, for a missing state', () => {
    expect(pylonStateToStatus(undefined)).toEqual({ status: 'OPEN', waitingOn: null });
  });
});

describe('pylonPriority', () => {
  it('is null when the connection names no priority field', () => {
    expect(pylonPriority(issue, undefined)).toEqual({ priority: null, rawPriority: null });
  });
  it.each([
    ['urgent', 'URGENT'],
    ['high', 'HIGH'],
    ['medium', 'NORMAL'],
    ['low', 'LOW'],
  ])('reads %s from the configured field as %s', (value, priority) => {
    expect(pylonPriority({ custom_fields: { prio: { slug: 'prio', value } } }, 'prio')).toEqual({ priority, rawPriority: value });
  });
  it('keeps an unknown value raw and normalises it to null', () => {
    expect(pylonPriority({ custom_fields: { prio: { slug: 'prio', value: 'p1' } } }, 'prio')).toEqual({ priority: null, rawPriority: 'p1' });
  });
  it('is null when the issue lacks the field', () => {
    expect(pylonPriority({ custom_fields: {} }, 'prio')).toEqual({ priority: null, rawPriority: null });
  });
});

describe('pylonCustomFields', () => {
  it('keys fields by slug, with lists for multi-selects', () => {
    expect(pylonCustomFields(issue.custom_fields)).toEqual([
      { key: 'priority', value: 'high' },
      { key: 'products', value: ['api', 'billing'] },
    ]);
  });
  it('gives an empty list when there are none', () => {
    expect(pylonCustomFields(null)).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('turns block ends into line breaks and decodes entities', () => {
    expect(htmlToText('<p>Login &amp; SSO</p><p>loops<br/>again</p>')).toBe('Login & SSO\nloops\nagain');
  });
  it('keeps null', () => {
    expect(htmlToText(null)).toBeNull();
  });
});

describe('pylonIssueToDomain', () => {
  it('maps every field the unified model carries', () => {
    const ticket = pylonIssueToDomain(issue, { connectionId: 'pylon-1', priorityField: 'priority' });
    expect(ticket).toEqual({
      connectionId: 'pylon-1',
      externalId: '8f9a2b1c-0000-4000-8000-000000000001',
      subject: 'SSO login loops',
      description: 'Login & SSO\nloops\nagain',
      summary: null,
      status: 'PENDING',
      rawStatus: 'waiting_on_customer',
      priority: 'HIGH',
      rawPriority: 'high',
      type: 'conversation',
      channel: 'SLACK',
      rawChannel: 'slack',
      waitingOn: 'CUSTOMER',
      tags: ['sso', 'bug'],
      customFields: [
        { key: 'priority', value: 'high' },
        { key: 'products', value: ['api', 'billing'] },
      ],
      requester: { externalId: 'con-1', name: null, email: 'taylor.reid@example.com' },
      assigneeId: 'usr-1',
      groupId: 'team-1',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T11:30:00.500Z',
      lastMessageAt: '2026-03-02T11:30:00.000Z',
      lastMessagePreview: null,
      ref: '42',
      url: 'https://app.usepylon.com/issues?issueNumber=42',
      raw: issue,
    });
  });

  it('keeps unknown upstream keys in raw', () => {
    expect(pylonIssueToDomain(issue, { connectionId: 'p', priorityField: undefined }).raw).toMatchObject({ number: 42, csat_responses: [{ score: 5 }] });
  });

  it('maps a sparse issue (Go nulls and omitted keys) to nulls', () => {
    const sparse = pylonIssueSchema.parse({ id: 'i-2', created_at: '2026-03-01T10:00:00Z', assignee: null, tags: null, state: 'on_hold' });
    const ticket = pylonIssueToDomain(sparse, { connectionId: 'p', priorityField: 'priority' });
    expect(ticket).toMatchObject({ status: 'ON_HOLD', tags: [], customFields: [], requester: null, assigneeId: null, priority: null, channel: null, url: null });
  });
});

describe('wire validation', () => {
  it('rejects a mapped field of the wrong type', () => {
    expect(pylonIssueSchema.safeParse({ id: 'x', created_at: '2026-03-01T10:00:00Z', tags: 'sso' }).success).toBe(false);
    expect(pylonIssueSchema.safeParse({ id: 'x', created_at: 'yesterday' }).success).toBe(false);
    expect(pylonIssueSchema.safeParse({ title: 'no id', created_at: '2026-03-01T10:00:00Z' }).success).toBe(false);
  });
  it('reads a null data list as empty', () => {
    expect(pylonListSchema(pylonIssueSchema).parse({ data: null, request_id: 'r' }).data).toEqual([]);
  });
});

describe('pylonContactToDomain', () => {
  it('maps a contact, falling back to its other emails and phones', () => {
    const contact = pylonContactSchema.parse({ id: 'con-1', name: 'Taylor Reid', emails: ['taylor.reid@example.com'], phone_numbers: ['+1-555-0100'], account: { id: 'acc-1' } });
    expect(pylonContactToDomain(contact, 'p')).toEqual({
      connectionId: 'p',
      externalId: 'con-1',
      name: 'Taylor Reid',
      email: 'taylor.reid@example.com',
      emails: ['taylor.reid@example.com'],
      phone: '+1-555-0100',
      company: null,
      organizationId: 'acc-1',
      createdAt: null,
      raw: contact,
    });
  });
});

describe('pylonUserToDomain', () => {
  it('maps a user', () => {
    const user = pylonUserSchema.parse({ id: 'usr-1', name: 'Alex M', email: 'alex.m@pylon-demo.dev', avatar_url: 'https://a/x.png', role_id: 'role-1' });
    expect(pylonUserToDomain(user, 'p')).toEqual({
      connectionId: 'p',
      externalId: 'usr-1',
      kind: 'HUMAN',
      name: 'Alex M',
      email: 'alex.m@pylon-demo.dev',
      role: null,
      avatarUrl: 'https://a/x.png',
      raw: user,
    });
  });
});

describe('pylonMessageToDomain', () => {
  it('maps a private message to an internal note by an agent', () => {
    const message = pylonMessageSchema.parse({
      id: 'msg-1',
      message_html: '<p>Checking with billing</p>',
      is_private: true,
      timestamp: '2026-03-01T10:05:00Z',
      file_urls: ['https://assets.usepylon.com/o/quarterly%20report.pdf?sig=abc'],
      author: { name: 'Alex M', user: { id: 'usr-1', email: 'alex.m@pylon-demo.dev' } },
    });
    expect(pylonMessageToDomain(message, 'issue-1', 'p')).toEqual({
      connectionId: 'p',
      externalId: 'msg-1',
      ticketExternalId: 'issue-1',
      type: 'NOTE',
      internal: true,
      bodyText: 'Checking with billing',
      bodyHtml: '<p>Checking with billing</p>',
      author: { kind: 'AGENT', externalId: 'usr-1', name: 'Alex M', email: 'alex.m@pylon-demo.dev' },
      // A bare link: the name is its last path segment, decoded.
      attachments: [{ externalId: null, name: 'quarterly report.pdf', contentType: null, size: null, url: 'https://assets.usepylon.com/o/quarterly%20report.pdf?sig=abc' }],
      createdAt: '2026-03-01T10:05:00.000Z',
      raw: message,
    });
  });

  it('maps a public message from a contact to a reply', () => {
    const message = pylonMessageSchema.parse({
      id: 'msg-2',
      message_html: '<p>Hi</p>',
      is_private: false,
      timestamp: '2026-03-01T10:00:00Z',
      author: { name: 'Taylor Reid', contact: { id: 'con-1', email: 'taylor.reid@example.com' } },
    });
    expect(pylonMessageToDomain(message, 'issue-1', 'p')).toMatchObject({
      type: 'REPLY',
      internal: false,
      author: { kind: 'CONTACT', externalId: 'con-1', name: 'Taylor Reid', email: 'taylor.reid@example.com' },
    });
  });

  it('gives a system author when the author is neither a user nor a contact', () => {
    const message = pylonMessageSchema.parse({ id: 'm', timestamp: '2026-03-01T10:00:00Z', author: { name: 'Pylon' } });
    expect(pylonMessageToDomain(message, 'i', 'p').author).toEqual({ kind: 'SYSTEM', externalId: null, name: 'Pylon', email: null });
  });
});

describe('custom Pylon states', () => {
  it('map by their category, and a state the table does not know gets the fallback', () => {
    const categories = pylonStateCategories([
      { slug: 'triage', category: 'new' },
      { slug: 'awaiting_logs', category: 'waiting_on_customer' },
    ]);
    expect(pylonStateToStatus('triage', categories)).toEqual({ status: 'NEW', waitingOn: null });
    expect(pylonStateToStatus('awaiting_logs', categories)).toEqual({ status: 'PENDING', waitingOn: 'CUSTOMER' });
    expect(pylonStateToStatus('constructor', categories)).toEqual({ status: 'OPEN', waitingOn: null });
    expect(pylonStateToStatus('awaiting_logs')).toEqual({ status: 'OPEN', waitingOn: null });
  });
});

describe('a contact with several emails', () => {
  it('keeps every address, the primary first, once each', () => {
    const contact = pylonContactSchema.parse({ id: 'con-2', email: 'a@x.test', emails: ['a@x.test', 'b@y.test'] });
    expect(pylonContactToDomain(contact, 'p')).toMatchObject({ email: 'a@x.test', emails: ['a@x.test', 'b@y.test'] });
  });
});
