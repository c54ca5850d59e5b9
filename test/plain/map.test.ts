import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/domain/errors.js';
import { plainGraphqlError } from '../../src/connectors/plain/client.js';
import {
  domainPriorityToPlain,
  domainStatusesToPlain,
  plainActorToAuthor,
  plainChannelToDomain,
  plainCustomerToDomain,
  plainDateTimeToIso,
  plainLabelsToTags,
  plainMutationResult,
  plainPriorityToDomain,
  plainStatusToDomain,
  plainThreadAgent,
  plainThreadToDomain,
  plainThreadUrl,
  plainTimelineEntryToDomain,
  plainUserToDomain,
  plainWaitingOn,
  ticketFilterToPlain,
  ticketSortToPlain,
} from '../../src/connectors/plain/map.js';
import {
  plainCustomerSchema,
  plainMutationErrorSchema,
  plainThreadSchema,
  plainTimelineEntrySchema,
  plainUserSchema,
} from '../../src/connectors/plain/wire.js';

const customerWire = {
  id: 'c_01',
  externalId: 'crm-7',
  fullName: 'Taylor Reid',
  email: { email: 'taylor.reid@example.com', isVerified: true },
  company: { id: 'co_01', name: 'Acme Inc' },
  createdAt: { iso8601: '2024-06-20T09:00:00Z', unixTimestamp: '1718874000000' },
  somethingPlainAddedLater: 1,
};

const threadWire = (overrides: Record<string, unknown> = {}) => ({
  id: 'th_01',
  ref: 'T-1001',
  title: 'Cannot log in',
  description: 'Since this morning',
  previewText: 'Any update?',
  priority: 1,
  externalId: null,
  status: 'TODO',
  statusDetail: { __typename: 'ThreadStatusDetailNewReply' },
  channel: 'EMAIL',
  customer: customerWire,
  assignedTo: { __typename: 'User', id: 'u_01', fullName: 'Mei Chen', email: 'mei.chen@plain.example.com', avatarUrl: null },
  labels: [{ labelType: { id: 'lt_1', name: 'bug' } }, { labelType: { id: 'lt_2', name: 'vip' } }],
  createdAt: { iso8601: '2025-01-06T09:00:00.000Z' },
  updatedAt: { iso8601: '2025-01-07T10:30:00+01:00' },
  lastInboundMessageInfo: { timestamp: { iso8601: '2025-01-07T08:00:00.000Z' } },
  lastOutboundMessageInfo: { timestamp: { iso8601: '2025-01-07T09:00:00.000Z' } },
  ...overrides,
});

describe('status, priority, waitingOn', () => {
  it('maps TODO → OPEN, SNOOZED → ON_HOLD, DONE → SOLVED and an unknown status to the fallback, OPEN', () => {
    expect(['TODO', 'SNOOZED', 'DONE', 'ARCHIVED'].map((status) => plainStatusToDomain(status))).toEqual(['OPEN', 'ON_HOLD', 'SOLVED', 'OPEN']);
  });

  it('maps every statusDetail of the README table: waiting for the customer is PENDING, other snoozes ON_HOLD', () => {
    const table: [string, string, string, string][] = [
      ['TODO', 'ThreadStatusDetailCreated', 'OPEN', 'TEAM'],
      ['TODO', 'ThreadStatusDetailNewReply', 'OPEN', 'TEAM'],
      ['TODO', 'ThreadStatusDetailInProgress', 'OPEN', 'TEAM'],
      ['TODO', 'ThreadStatusDetailThreadLinkUpdated', 'OPEN', 'TEAM'],
      ['TODO', 'ThreadStatusDetailLinearUpdated', 'OPEN', 'TEAM'],
      ['TODO', 'ThreadStatusDetailUnsnoozed', 'OPEN', 'TEAM'],
      ['SNOOZED', 'ThreadStatusDetailWaitingForCustomer', 'PENDING', 'CUSTOMER'],
      ['SNOOZED', 'ThreadStatusDetailWaitingForDuration', 'ON_HOLD', 'NONE'],
      ['SNOOZED', 'ThreadStatusDetailSnoozed', 'ON_HOLD', 'NONE'],
      ['DONE', 'ThreadStatusDetailDoneManuallySet', 'SOLVED', 'NONE'],
      ['DONE', 'ThreadStatusDetailDoneAutomaticallySet', 'SOLVED', 'NONE'],
      ['DONE', 'ThreadStatusDetailIgnored', 'SOLVED', 'NONE'],
      ['DONE', 'ThreadStatusDetailThreadDiscussionResolved', 'SOLVED', 'NONE'],
      ['DONE', 'ThreadStatusDetailReplied', 'SOLVED', 'NONE'],
    ];
    for (const [status, detail, normalised, waitingOn] of table) {
      expect([plainStatusToDomain(status, detail), plainWaitingOn(status, detail)], detail).toEqual([normalised, waitingOn]);
    }
  });

  it('maps our statuses back to the Plain statuses (and statusDetails) that produce them', () => {
    expect(domainStatusesToPlain(['OPEN', 'SOLVED'])).toEqual({ statuses: ['TODO', 'DONE'] });
    expect(domainStatusesToPlain(['PENDING', 'ON_HOLD'])).toEqual({ statuses: ['SNOOZED'] });
    expect(domainStatusesToPlain(['PENDING'])).toEqual({ statuses: ['SNOOZED'], statusDetails: ['WAITING_FOR_CUSTOMER'] });
    expect(domainStatusesToPlain(['ON_HOLD'])).toEqual({ statuses: ['SNOOZED'], statusDetails: ['WAITING_FOR_DURATION'] });
    expect(domainStatusesToPlain(['NEW', 'CLOSED'])).toBeNull();
  });

  it('takes waitingOn from the status and refines it with statusDetail', () => {
    expect(plainWaitingOn('TODO', 'ThreadStatusDetailNewReply')).toBe('TEAM');
    expect(plainWaitingOn('TODO', null)).toBe('TEAM');
    expect(plainWaitingOn('SNOOZED', 'ThreadStatusDetailWaitingForCustomer')).toBe('CUSTOMER');
    expect(plainWaitingOn('SNOOZED', 'ThreadStatusDetailWaitingForDuration')).toBe('NONE');
    expect(plainWaitingOn('DONE', 'ThreadStatusDetailDoneManuallySet')).toBe('NONE');
    expect(plainWaitingOn('SOMETHING_NEW', null)).toBeNull();
  });

  it('maps priority 0/1/2/3 → URGENT/HIGH/NORMAL/LOW and back', () => {
    expect([0, 1, 2, 3, 4, -1].map(plainPriorityToDomain)).toEqual(['URGENT', 'HIGH', 'NORMAL', 'LOW', null, null]);
    expect((['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const).map(domainPriorityToPlain)).toEqual([0, 1, 2, 3]);
  });
});

describe('scalars', () => {
  it('turns DateTime {iso8601} into a UTC timestamp', () => {
    expect(plainDateTimeToIso({ iso8601: '2025-01-07T10:30:00+01:00' })).toBe('2025-01-07T09:30:00.000Z');
  });

  it('normalises the channel (DISCORD is SOCIAL, INTERNAL and later values OTHER) and names tags after label types', () => {
    expect(['EMAIL', 'MS_TEAMS', 'DISCORD', 'INTERNAL', 'FAX'].map(plainChannelToDomain)).toEqual(['EMAIL', 'MS_TEAMS', 'SOCIAL', 'OTHER', 'OTHER']);
    expect(plainLabelsToTags(plainThreadSchema.parse(threadWire()).labels)).toEqual(['bug', 'vip']);
  });

  it('links a thread to Plain only when the workspace id is known', () => {
    expect(plainThreadUrl(undefined, 'th_01')).toBeNull();
    expect(plainThreadUrl('w_01', 'th_01')).toBe('https://app.plain.com/workspace/w_01/thread/th_01');
  });
});

describe('records', () => {
  it('maps a thread to a ticket', () => {
    const wire = plainThreadSchema.parse(threadWire());
    expect(plainThreadToDomain('conn', wire, { workspaceId: 'w_01' })).toEqual({
      connectionId: 'conn',
      externalId: 'th_01',
      subject: 'Cannot log in',
      description: 'Since this morning',
      summary: null,
      status: 'OPEN',
      rawStatus: 'TODO',
      priority: 'HIGH',
      rawPriority: '1',
      type: null,
      channel: 'EMAIL',
      rawChannel: 'EMAIL',
      waitingOn: 'TEAM',
      tags: ['bug', 'vip'],
      customFields: [],
      requester: { externalId: 'c_01', name: 'Taylor Reid', email: 'taylor.reid@example.com' },
      assigneeId: 'u_01',
      assignee: expect.objectContaining({ externalId: 'u_01', kind: 'HUMAN' }),
      groupId: null,
      createdAt: '2025-01-06T09:00:00.000Z',
      updatedAt: '2025-01-07T09:30:00.000Z',
      lastMessageAt: '2025-01-07T09:00:00.000Z',
      lastMessagePreview: 'Any update?',
      ref: 'T-1001',
      upstreamExternalId: null,
      url: 'https://app.plain.com/workspace/w_01/thread/th_01',
      raw: wire,
    });
  });

  it('keeps a machine-user or system assignee as a BOT or SYSTEM agent, and none for an assignee type Plain adds later', () => {
    const machine = plainThreadToDomain('conn', plainThreadSchema.parse(threadWire({ assignedTo: { __typename: 'MachineUser', id: 'mu_1', fullName: 'Bot', type: 'AI_AGENT' } })));
    expect(machine.assigneeId).toBe('mu_1');
    expect(machine.assignee).toMatchObject({ externalId: 'mu_1', kind: 'BOT', name: 'Bot', role: 'AI_AGENT', email: null });
    const system = plainThreadSchema.parse(threadWire({ assignedTo: { __typename: 'System', id: 'system' } }));
    expect(plainThreadToDomain('conn', system).assigneeId).toBe('system');
    expect(plainThreadAgent('conn', system)).toMatchObject({ externalId: 'system', kind: 'SYSTEM' });
    for (const assignedTo of [{ __typename: 'Team' }, null]) {
      const wire = plainThreadSchema.parse(threadWire({ assignedTo }));
      expect(plainThreadToDomain('conn', wire).assigneeId).toBeNull();
      expect(plainThreadAgent('conn', wire)).toBeNull();
    }
    expect(plainThreadAgent('conn', plainThreadSchema.parse(threadWire()))).toMatchObject({ externalId: 'u_01', kind: 'HUMAN' });
  });

  it('rejects a User assignee that lacks a field we map, instead of reading it as an unknown member', () => {
    expect(plainThreadSchema.safeParse(threadWire({ assignedTo: { __typename: 'User', id: 'u_01' } })).success).toBe(false);
  });

  it('maps a customer to a contact and a user to an agent', () => {
    const customer = plainCustomerSchema.parse(customerWire);
    expect(plainCustomerToDomain('conn', customer)).toEqual({
      connectionId: 'conn',
      externalId: 'c_01',
      name: 'Taylor Reid',
      email: 'taylor.reid@example.com',
      emails: ['taylor.reid@example.com'],
      phone: null,
      company: 'Acme Inc',
      organizationId: 'co_01',
      createdAt: '2024-06-20T09:00:00.000Z',
      raw: customer,
    });
    const user = plainUserSchema.parse({ id: 'u_01', fullName: 'Mei Chen', email: 'mei@x.test', avatarUrl: 'https://a.test/m.png' });
    expect(plainUserToDomain('conn', user)).toEqual({
      connectionId: 'conn',
      externalId: 'u_01',
      kind: 'HUMAN',
      name: 'Mei Chen',
      email: 'mei@x.test',
      role: null,
      avatarUrl: 'https://a.test/m.png',
      raw: user,
    });
  });
});

describe('timeline entries → messages', () => {
  const entry = (entryWire: Record<string, unknown>, actor: Record<string, unknown>) =>
    plainTimelineEntryToDomain(
      'conn',
      plainTimelineEntrySchema.parse({ id: 'te_1', threadId: 'th_01', timestamp: { iso8601: '2025-01-06T09:00:00Z' }, actor, entry: entryWire }),
    );
  const customerActor = { __typename: 'CustomerActor', customer: { id: 'c_01', fullName: 'Taylor Reid', email: { email: 't@x.test' } } };
  const userActor = { __typename: 'UserActor', user: { id: 'u_01', fullName: 'Mei Chen', email: 'mei@x.test', avatarUrl: null } };

  it('maps emails, chats and Slack messages to public replies', () => {
    const file = { id: 'att_1', fileName: 'invoice.pdf', fileSize: { bytes: 2048 }, fileMimeType: 'application/pdf' };
    const email = entry({ __typename: 'EmailEntry', emailId: 'em_1', subject: 'Hi', textContent: 'Hello', markdownContent: null, attachments: [file] }, customerActor);
    expect(email).toMatchObject({
      externalId: 'te_1',
      ticketExternalId: 'th_01',
      type: 'REPLY',
      internal: false,
      bodyText: 'Hello',
      bodyHtml: null,
      author: { kind: 'CONTACT', externalId: 'c_01', name: 'Taylor Reid', email: 't@x.test' },
      // Plain hands out download links only through a mutation: no url.
      attachments: [{ externalId: 'att_1', name: 'invoice.pdf', contentType: 'application/pdf', size: 2048, url: null }],
      createdAt: '2025-01-06T09:00:00.000Z',
    });
    expect(entry({ __typename: 'ChatEntry', chatId: 'ch_1', chatText: 'Yo', attachments: [] }, userActor)).toMatchObject({
      type: 'REPLY',
      bodyText: 'Yo',
      author: { kind: 'AGENT', externalId: 'u_01', name: 'Mei Chen' },
    });
    expect(entry({ __typename: 'SlackReplyEntry', text: 'On it', attachments: [] }, userActor)).toMatchObject({ type: 'REPLY', internal: false, bodyText: 'On it' });
  });

  it('maps notes to internal notes, custom entries and unknown entries to system messages', () => {
    expect(entry({ __typename: 'NoteEntry', noteId: 'n_1', text: 'VIP', markdown: null, attachments: [] }, userActor)).toMatchObject({ type: 'NOTE', internal: true, bodyText: 'VIP' });
    expect(entry({ __typename: 'CustomEntry', title: 'Order shipped', type: 'order', attachments: [] }, { __typename: 'SystemActor', systemId: 's' })).toMatchObject({
      type: 'SYSTEM',
      bodyText: 'Order shipped',
      author: { kind: 'SYSTEM', externalId: 's' },
    });
    expect(entry({ __typename: 'ThreadPriorityChangedEntry' }, { __typename: 'SomeNewActor' })).toMatchObject({
      type: 'SYSTEM',
      bodyText: null,
      author: { kind: 'SYSTEM', externalId: null },
    });
  });

  it('names every actor kind', () => {
    expect(plainActorToAuthor({ __typename: 'DeletedCustomerActor', customerId: 'c_9' })).toEqual({ kind: 'CONTACT', externalId: 'c_9', name: null, email: null });
    expect(plainActorToAuthor({ __typename: 'MachineUserActor', machineUser: { id: 'mu_1', fullName: 'Bot', type: 'API_USER' } })).toEqual({
      kind: 'BOT',
      externalId: 'mu_1',
      name: 'Bot',
      email: null,
    });
  });
});

describe('ticket filter and sort → ThreadsFilter and ThreadsSort', () => {
  it('maps every declared filter key', () => {
    expect(
      ticketFilterToPlain({
        statuses: ['OPEN', 'ON_HOLD'],
        priorities: ['LOW', 'URGENT', 'LOW'],
        requesterId: 'c_01',
        assigneeId: 'u_01',
        createdAfter: '2025-01-01T00:00:00.000Z',
        createdBefore: '2025-02-01T00:00:00.000Z',
        updatedAfter: '2025-01-15T00:00:00.000Z',
      }),
    ).toEqual({
      statuses: ['TODO', 'SNOOZED'],
      statusDetails: ['CREATED', 'IN_PROGRESS', 'NEW_REPLY', 'THREAD_LINK_UPDATED', 'WAITING_FOR_DURATION'],
      priorities: [0, 3],
      customerIds: ['c_01'],
      assignedToUser: ['u_01'],
      createdAt: { after: '2025-01-01T00:00:00.000Z', before: '2025-02-01T00:00:00.000Z' },
      updatedAt: { after: '2025-01-15T00:00:00.000Z', before: undefined },
    });
    expect(ticketFilterToPlain({})).toEqual({});
  });

  it('intersects statuses with raw statuses, and knows when nothing can match', () => {
    expect(ticketFilterToPlain({ rawStatuses: ['DONE', 'bogus'] })).toEqual({ statuses: ['DONE'] });
    expect(ticketFilterToPlain({ statuses: ['OPEN', 'SOLVED'], rawStatuses: ['DONE'] })).toEqual({ statuses: ['DONE'] });
    expect(ticketFilterToPlain({ statuses: ['NEW'] })).toBeNull();
    expect(ticketFilterToPlain({ statuses: ['OPEN'], rawStatuses: ['DONE'] })).toBeNull();
    expect(ticketFilterToPlain({ priorities: [] })).toBeNull();
  });

  it('sorts by CREATED_AT either way and refuses UPDATED_AT, which Plain cannot sort by', () => {
    expect(ticketSortToPlain({ field: 'CREATED_AT', direction: 'ASC' })).toEqual({ field: 'CREATED_AT', direction: 'ASC' });
    expect(() => ticketSortToPlain({ field: 'UPDATED_AT', direction: 'DESC' })).toThrow(
      expect.objectContaining({ code: 'CAPABILITY_UNSUPPORTED' }),
    );
  });
});

describe('mutation results', () => {
  const error = plainMutationErrorSchema.parse({
    message: 'Thread not found',
    type: 'VALIDATION',
    code: 'input_validation',
    fields: [{ field: 'threadId', message: 'No thread', type: 'NOT_FOUND' }],
  });

  it("turns a mutation's error into a typed failure", () => {
    expect(plainMutationResult('conn', { error }, null, (x: number) => x)).toEqual({
      ok: false,
      error: { message: 'Thread not found', type: 'VALIDATION', code: 'input_validation', fields: [{ field: 'threadId', message: 'No thread', type: 'NOT_FOUND' }] },
    });
  });

  it('returns the mapped entity on success, and calls an answer with neither a bad response', () => {
    expect(plainMutationResult('conn', { error: null }, 2, (x: number) => x * 10)).toEqual({ ok: true, value: 20 });
    expect(() => plainMutationResult('conn', { error: null }, null, (x: number) => x)).toThrow(
      expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE', connectionId: 'conn' }),
    );
  });
});

describe('GraphQL errors → GatewayError', () => {
  const response = (headers: Record<string, string> = {}) => ({ status: 200, headers });
  const map = (code: string | undefined, headers?: Record<string, string>) =>
    plainGraphqlError('conn', 'ListThreads', [{ message: `it failed`, ...(code ? { extensions: { code } } : {}) }], response(headers));

  it('maps each of Plain’s extension codes', () => {
    const cases: [string | undefined, string][] = [
      ['FORBIDDEN', 'FORBIDDEN'],
      ['NOT_FOUND', 'NOT_FOUND'],
      ['BAD_USER_INPUT', 'BAD_USER_INPUT'],
      ['INPUT_VALIDATION', 'BAD_USER_INPUT'],
      ['UNAUTHENTICATED', 'UPSTREAM_UNAVAILABLE'],
      ['INTERNAL_SERVER_ERROR', 'UPSTREAM_UNAVAILABLE'],
      ['GRAPHQL_VALIDATION_FAILED', 'UPSTREAM_BAD_RESPONSE'],
      ['SOMETHING_NEW', 'UPSTREAM_BAD_RESPONSE'],
      [undefined, 'UPSTREAM_BAD_RESPONSE'],
    ];
    for (const [upstream, ours] of cases) {
      const error = map(upstream);
      expect(error).toBeInstanceOf(GatewayError);
      expect([upstream, error.code]).toEqual([upstream, ours]);
      expect(error.connectionId).toBe('conn');
    }
    expect(map('BAD_USER_INPUT').message).toBe('connection conn: Plain refused ListThreads (BAD_USER_INPUT: it failed)');
    expect(map('UNAUTHENTICATED').message).toMatch(/refused the configured credentials/);
  });

  it('reads RATE_LIMITED with x-ratelimit-reset (an ISO time) as the retry hint', () => {
    const reset = new Date(Date.now() + 30_000).toISOString();
    const error = map('RATE_LIMITED', { 'x-ratelimit-reset': reset });
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(error.retryAfterMs).toBeGreaterThan(28_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
  });
});
