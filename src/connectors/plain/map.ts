import { GatewayError } from '../../domain/errors.js';
import type {
  DomainAttachment,
  AuthorKind,
  DomainAgent,
  DomainContact,
  DomainOrganization,
  DomainMessage,
  DomainTicket,
  MessageType,
  PersonRef,
  TicketPriority,
  TicketStatus,
  WaitingOn,
} from '../../domain/types.js';
import { FALLBACK_STATUS, type TicketChannel } from '../../domain/types.js';
import { channelOf, type ChannelTable } from '../../domain/channels.js';
import type { TicketFilter, TicketSort } from '../connector.js';
import type { StatusDetailType, ThreadStatus, ThreadsFilter, ThreadsSort } from './generated/graphql.js';
import type { PlainActor, PlainAttachment, PlainCompany, PlainCustomer, PlainMachineUser, PlainMutationError, PlainThread, PlainTimelineEntry, PlainUser } from './wire.js';

/** Plain → the unified model, one named function per mapping (each unit-tested). */

const PLAIN_STATUSES: readonly ThreadStatus[] = ['TODO', 'SNOOZED', 'DONE'];

const STATUS_TO_DOMAIN: Readonly<Record<ThreadStatus, TicketStatus>> = { TODO: 'OPEN', SNOOZED: 'ON_HOLD', DONE: 'SOLVED' };

const isPlainStatus = (status: string): status is ThreadStatus => (PLAIN_STATUSES as readonly string[]).includes(status);

const WAITING_FOR_CUSTOMER = 'ThreadStatusDetailWaitingForCustomer';

/**
 * TODO → OPEN, DONE → SOLVED; SNOOZED → PENDING when `statusDetail` says it waits for the customer,
 * else ON_HOLD (snoozed for a while). A status Plain adds later → the fallback (rawStatus keeps it).
 */
export const plainStatusToDomain = (status: string, statusDetailType: string | null = null): TicketStatus => {
  if (!isPlainStatus(status)) return FALLBACK_STATUS;
  if (status === 'SNOOZED' && statusDetailType === WAITING_FOR_CUSTOMER) return 'PENDING';
  return STATUS_TO_DOMAIN[status];
};

/**
 * Who the thread waits on. The status gives the base (TODO: the team; SNOOZED and DONE: nobody) and
 * `statusDetail` refines it where it says more: "waiting for customer" is the customer's turn.
 */
export const plainWaitingOn = (status: string, statusDetailType: string | null): WaitingOn | null => {
  if (statusDetailType === WAITING_FOR_CUSTOMER) return 'CUSTOMER';
  if (status === 'TODO') return 'TEAM';
  if (status === 'SNOOZED' || status === 'DONE') return 'NONE';
  return null;
};

/** The `StatusDetailType` of each reason a snoozed thread can give (Plain's filter names them so). */
const SNOOZE_DETAILS: Readonly<Record<'PENDING' | 'ON_HOLD', readonly StatusDetailType[]>> = {
  PENDING: ['WAITING_FOR_CUSTOMER'],
  ON_HOLD: ['WAITING_FOR_DURATION'],
};
const TODO_DETAILS: readonly StatusDetailType[] = ['CREATED', 'IN_PROGRESS', 'NEW_REPLY', 'THREAD_LINK_UPDATED'];
const DONE_DETAILS: readonly StatusDetailType[] = ['DONE_MANUALLY_SET', 'DONE_AUTOMATICALLY_SET', 'IGNORED', 'THREAD_DISCUSSION_RESOLVED'];

/**
 * Normalised statuses as Plain's `statuses` and, when only one of PENDING and ON_HOLD is wanted,
 * `statusDetails` (which then names the details of every wanted status, as Plain ANDs the two). Null
 * when no thread can match (NEW and CLOSED never occur in Plain).
 */
export const domainStatusesToPlain = (statuses: readonly TicketStatus[]): Pick<ThreadsFilter, 'statuses' | 'statusDetails'> | null => {
  const wants = (status: TicketStatus) => statuses.includes(status);
  const plain = PLAIN_STATUSES.filter((s) => (s === 'SNOOZED' ? wants('PENDING') || wants('ON_HOLD') : wants(STATUS_TO_DOMAIN[s])));
  if (plain.length === 0) return null;
  if (!plain.includes('SNOOZED') || (wants('PENDING') && wants('ON_HOLD'))) return { statuses: plain };
  const details = [
    ...(wants('OPEN') ? TODO_DETAILS : []),
    ...(wants('PENDING') ? SNOOZE_DETAILS.PENDING : SNOOZE_DETAILS.ON_HOLD),
    ...(wants('SOLVED') ? DONE_DETAILS : []),
  ];
  return { statuses: plain, statusDetails: details };
};

const PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

/** 0 → URGENT, 1 → HIGH, 2 → NORMAL, 3 → LOW. */
export const plainPriorityToDomain = (priority: number): TicketPriority | null => PRIORITIES[priority] ?? null;

export const domainPriorityToPlain = (priority: TicketPriority): number => PRIORITIES.indexOf(priority);

/** `DateTime { iso8601 }` → an ISO 8601 timestamp, normalised to UTC with milliseconds. */
export const plainDateTimeToIso = (dateTime: { iso8601: string }): string => new Date(dateTime.iso8601).toISOString();

/** Plain's `ThreadChannel` values and their channel; INTERNAL, IMPORT and later values are OTHER. */
export const PLAIN_CHANNELS: ChannelTable = { EMAIL: 'EMAIL', CHAT: 'CHAT', API: 'API', SLACK: 'SLACK', MS_TEAMS: 'MS_TEAMS', DISCORD: 'SOCIAL' };

export const plainChannelToDomain = (channel: string): TicketChannel | null => channelOf(PLAIN_CHANNELS, channel);

/** A thread's labels → its tags, by label type name. */
export const plainLabelsToTags = (labels: PlainThread['labels']): string[] => labels.map((label) => label.labelType.name);

const latest = (...timestamps: (string | null)[]): string | null =>
  timestamps.reduce<string | null>((max, t) => (t !== null && (max === null || t > max) ? t : max), null);

export interface PlainMapOptions {
  /** Plain workspace id, for links to the thread in Plain's app; no links without it. */
  workspaceId?: string | undefined;
}

export const plainThreadUrl = (workspaceId: string | undefined, threadId: string): string | null =>
  workspaceId ? `https://app.plain.com/workspace/${encodeURIComponent(workspaceId)}/thread/${encodeURIComponent(threadId)}` : null;

export const plainCustomerRef = (customer: PlainCustomer): PersonRef => ({
  externalId: customer.id,
  name: customer.fullName,
  email: customer.email.email,
});

export const plainThreadToDomain = (connectionId: string, thread: PlainThread, options: PlainMapOptions = {}): DomainTicket => {
  const inbound = thread.lastInboundMessageInfo ? plainDateTimeToIso(thread.lastInboundMessageInfo.timestamp) : null;
  const outbound = thread.lastOutboundMessageInfo ? plainDateTimeToIso(thread.lastOutboundMessageInfo.timestamp) : null;
  return {
    connectionId,
    externalId: thread.id,
    subject: thread.title,
    description: thread.description,
    summary: null,
    status: plainStatusToDomain(thread.status, thread.statusDetail?.__typename ?? null),
    rawStatus: thread.status,
    priority: plainPriorityToDomain(thread.priority),
    rawPriority: String(thread.priority),
    type: null,
    channel: plainChannelToDomain(thread.channel),
    rawChannel: thread.channel,
    waitingOn: plainWaitingOn(thread.status, thread.statusDetail?.__typename ?? null),
    tags: plainLabelsToTags(thread.labels),
    customFields: [],
    requester: plainCustomerRef(thread.customer),
    ...plainAssignee(connectionId, thread.assignedTo),
    groupId: null,
    createdAt: plainDateTimeToIso(thread.createdAt),
    updatedAt: plainDateTimeToIso(thread.updatedAt),
    lastMessageAt: latest(inbound, outbound),
    lastMessagePreview: thread.previewText,
    ref: thread.ref,
    upstreamExternalId: thread.externalId,
    url: plainThreadUrl(options.workspaceId, thread.id),
    raw: thread,
  };
};

export const plainCustomerToDomain = (connectionId: string, customer: PlainCustomer): DomainContact => ({
  connectionId,
  externalId: customer.id,
  name: customer.fullName,
  email: customer.email.email,
  emails: [customer.email.email],
  phone: null,
  company: customer.company?.name ?? null,
  organizationId: customer.company?.id ?? null,
  createdAt: plainDateTimeToIso(customer.createdAt),
  raw: customer,
});

export const plainCompanyToDomain = (connectionId: string, company: PlainCompany): DomainOrganization => ({
  connectionId,
  externalId: company.id,
  name: company.name,
  domains: company.domainName ? [company.domainName] : [],
  createdAt: null,
  raw: company,
});

export const plainUserToDomain = (connectionId: string, user: PlainUser): DomainAgent => ({
  connectionId,
  externalId: user.id,
  kind: 'HUMAN',
  name: user.fullName,
  email: user.email,
  role: null,
  avatarUrl: user.avatarUrl,
  raw: user,
});

/** A machine user (an API user or an AI agent) is a BOT; its `type` is kept as the role. */
export const plainMachineUserToDomain = (connectionId: string, machineUser: PlainMachineUser): DomainAgent => ({
  connectionId,
  externalId: machineUser.id,
  kind: 'BOT',
  name: machineUser.fullName,
  email: null,
  role: machineUser.type,
  avatarUrl: null,
  raw: machineUser,
});

type PlainAssignee = PlainThread['assignedTo'];

const plainAssigneeToDomain = (connectionId: string, assignee: NonNullable<PlainAssignee>): DomainAgent | null => {
  switch (assignee.__typename) {
    case 'User':
      return plainUserToDomain(connectionId, assignee);
    case 'MachineUser':
      return plainMachineUserToDomain(connectionId, assignee);
    case 'System':
      return { connectionId, externalId: assignee.id, kind: 'SYSTEM', name: null, email: null, role: null, avatarUrl: null, raw: assignee };
    case 'Unknown':
      return null;
  }
};

/** A thread's assignee, whoever it is (a user, a machine user or the system), inline. */
const plainAssignee = (connectionId: string, assignee: PlainAssignee): Pick<DomainTicket, 'assigneeId' | 'assignee'> => {
  const agent = assignee ? plainAssigneeToDomain(connectionId, assignee) : null;
  return agent ? { assigneeId: agent.externalId, assignee: agent } : { assigneeId: null };
};

/** The agent a thread's assignee names, for `Page.included`. */
export const plainThreadAgent = (connectionId: string, thread: PlainThread): DomainAgent | null =>
  thread.assignedTo ? plainAssigneeToDomain(connectionId, thread.assignedTo) : null;

export const plainActorToAuthor = (actor: PlainActor): DomainMessage['author'] => {
  const author = (kind: AuthorKind, externalId: string | null, name: string | null, email: string | null) => ({
    kind,
    externalId,
    name,
    email,
  });
  switch (actor.__typename) {
    case 'UserActor':
      return author('AGENT', actor.user.id, actor.user.fullName, actor.user.email);
    case 'CustomerActor':
      return author('CONTACT', actor.customer.id, actor.customer.fullName, actor.customer.email.email);
    case 'DeletedCustomerActor':
      return author('CONTACT', actor.customerId, null, null);
    case 'MachineUserActor':
      return author('BOT', actor.machineUser.id, actor.machineUser.fullName, null);
    case 'SystemActor':
      return author('SYSTEM', actor.systemId, null, null);
    case 'Unknown':
      return author('SYSTEM', null, null, null);
  }
};

interface MessageBody {
  type: MessageType;
  internal: boolean;
  bodyText: string | null;
}

/** Emails, chats and Slack messages are replies; notes are internal; custom entries are system events. */
const entryBody = (entry: PlainTimelineEntry['entry']): MessageBody => {
  switch (entry.__typename) {
    case 'EmailEntry':
      return { type: 'REPLY', internal: false, bodyText: entry.textContent ?? entry.markdownContent };
    case 'ChatEntry':
      return { type: 'REPLY', internal: false, bodyText: entry.chatText };
    case 'SlackMessageEntry':
    case 'SlackReplyEntry':
      return { type: 'REPLY', internal: false, bodyText: entry.text };
    case 'NoteEntry':
      return { type: 'NOTE', internal: true, bodyText: entry.text };
    case 'CustomEntry':
      return { type: 'SYSTEM', internal: true, bodyText: entry.title };
    case 'Unknown':
      return { type: 'SYSTEM', internal: true, bodyText: null };
  }
};

export const plainAttachmentToDomain = (attachment: PlainAttachment): DomainAttachment => ({
  externalId: attachment.id,
  name: attachment.fileName,
  contentType: attachment.fileMimeType,
  size: attachment.fileSize.bytes,
  url: null,
});

export const plainTimelineEntryToDomain = (connectionId: string, entry: PlainTimelineEntry): DomainMessage => ({
  connectionId,
  externalId: entry.id,
  ticketExternalId: entry.threadId,
  ...entryBody(entry.entry),
  // Plain gives text and markdown, never HTML.
  bodyHtml: null,
  author: plainActorToAuthor(entry.actor),
  // An entry type this connector does not read has no attachments it could name.
  attachments: entry.entry.__typename === 'Unknown' ? [] : entry.entry.attachments.map(plainAttachmentToDomain),
  createdAt: plainDateTimeToIso(entry.timestamp),
  raw: entry,
});

/**
 * Our ticket filter as Plain's `ThreadsFilter`, or null when it can match no thread (a status Plain
 * does not have, say), in which case no request is needed.
 */
export const ticketFilterToPlain = (filter: TicketFilter): ThreadsFilter | null => {
  const plain: ThreadsFilter = {};
  let statuses: ThreadStatus[] | undefined;
  if (filter.statuses) {
    const normalised = domainStatusesToPlain(filter.statuses);
    if (!normalised) return null;
    statuses = normalised.statuses ?? undefined;
    if (normalised.statusDetails) plain.statusDetails = normalised.statusDetails;
  }
  if (filter.rawStatuses) {
    const raw = filter.rawStatuses.filter(isPlainStatus);
    statuses = statuses ? statuses.filter((s) => raw.includes(s)) : PLAIN_STATUSES.filter((s) => raw.includes(s));
  }
  if (statuses) {
    if (statuses.length === 0) return null;
    plain.statuses = statuses;
  }
  if (filter.priorities) {
    if (filter.priorities.length === 0) return null;
    plain.priorities = [...new Set(filter.priorities)].map(domainPriorityToPlain).sort((a, b) => a - b);
  }
  if (filter.requesterId !== undefined) plain.customerIds = [filter.requesterId];
  if (filter.assigneeId !== undefined) plain.assignedToUser = [filter.assigneeId];
  if (filter.createdAfter !== undefined || filter.createdBefore !== undefined) {
    plain.createdAt = { after: filter.createdAfter, before: filter.createdBefore };
  }
  if (filter.updatedAfter !== undefined || filter.updatedBefore !== undefined) {
    plain.updatedAt = { after: filter.updatedAfter, before: filter.updatedBefore };
  }
  return plain;
};

/** Only CREATED_AT maps: Plain sorts by status change, priority and SLA, but has no UPDATED_AT sort. */
export const ticketSortToPlain = (sort: TicketSort): ThreadsSort => {
  if (sort.field !== 'CREATED_AT') throw new GatewayError('CAPABILITY_UNSUPPORTED', `Plain cannot sort threads by ${sort.field}`);
  return { field: 'CREATED_AT', direction: sort.direction };
};

/** What a Plain mutation answered: its result, or its `error` as data (never a thrown GraphQL error). */
export type PlainMutationResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: PlainMutationFailure };

export interface PlainMutationFailure {
  message: string;
  /** VALIDATION, FORBIDDEN or INTERNAL. */
  type: string;
  /** Plain's fixed error code. */
  code: string;
  fields: { field: string; message: string; type: string }[];
}

export const plainMutationErrorToFailure = (error: PlainMutationError): PlainMutationFailure => ({
  message: error.message,
  type: error.type,
  code: error.code,
  fields: error.fields.map(({ field, message, type }) => ({ field, message, type })),
});

/** A mutation output `{ <entity>, error }` → a typed result. Neither entity nor error is a bad response. */
export const plainMutationResult = <W, T>(
  connectionId: string,
  output: { error: PlainMutationError | null },
  entity: W | null,
  map: (entity: W) => T,
): PlainMutationResult<T> => {
  if (output.error) return { ok: false, error: plainMutationErrorToFailure(output.error) };
  if (entity === null) {
    throw new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${connectionId}: Plain answered a mutation with neither result nor error`, {
      connectionId,
    });
  }
  return { ok: true, value: map(entity) };
};
