import type {
  AuthorKind,
  CustomFieldValue,
  DomainAgent,
  DomainContact,
  DomainMessage,
  DomainTicket,
  PersonRef,
  TicketPriority,
  TicketStatus,
  WaitingOn,
} from '../../domain/types.js';
import { htmlToText } from '../html.js';
import type { PylonContact, PylonIssue, PylonMessage, PylonUser } from './wire.js';

/** Pylon's five built-in states; anything else is a custom status slug. */
export const PYLON_BASE_STATES = ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed'] as const;

const STATE_MAP: Readonly<Record<string, { status: TicketStatus; waitingOn: WaitingOn | null }>> = {
  new: { status: 'NEW', waitingOn: null },
  waiting_on_you: { status: 'OPEN', waitingOn: 'TEAM' },
  waiting_on_customer: { status: 'PENDING', waitingOn: 'CUSTOMER' },
  on_hold: { status: 'ON_HOLD', waitingOn: null },
  closed: { status: 'CLOSED', waitingOn: null },
};

/** A Pylon state as status and waitingOn; a custom status slug counts as OPEN (its slug stays in rawStatus). */
export const pylonStateToStatus = (state: string | null | undefined): { status: TicketStatus | null; waitingOn: WaitingOn | null } => {
  if (!state) return { status: null, waitingOn: null };
  return STATE_MAP[state] ?? { status: 'OPEN', waitingOn: null };
};

const PRIORITY_MAP: Readonly<Record<string, TicketPriority>> = { urgent: 'URGENT', high: 'HIGH', medium: 'NORMAL', low: 'LOW' };
export const PYLON_PRIORITY_VALUES: Readonly<Record<TicketPriority, string>> = { URGENT: 'urgent', HIGH: 'high', NORMAL: 'medium', LOW: 'low' };

/**
 * Pylon's read schema has no priority: it lives in a custom field when the connection's config names
 * one (`priorityField`), and is null otherwise.
 */
export const pylonPriority = (
  issue: Pick<PylonIssue, 'custom_fields'>,
  priorityField: string | undefined,
): { priority: TicketPriority | null; rawPriority: string | null } => {
  if (priorityField === undefined) return { priority: null, rawPriority: null };
  const value = issue.custom_fields?.[priorityField]?.value;
  if (value === null || value === undefined || value === '') return { priority: null, rawPriority: null };
  const raw = String(value);
  return { priority: PRIORITY_MAP[raw.toLowerCase()] ?? null, rawPriority: raw };
};

/** Custom fields keyed by slug; a multi-select gives its list of option slugs. */
export const pylonCustomFields = (fields: PylonIssue['custom_fields']): CustomFieldValue[] =>
  Object.entries(fields ?? {}).map(([slug, field]) => ({
    key: field.slug ?? slug,
    value: field.values ?? field.value ?? null,
  }));

const iso = (value: string): string => new Date(value).toISOString();
const isoOrNull = (value: string | null | undefined): string | null => (value ? iso(value) : null);
const nonEmpty = (value: string | null | undefined): string | null => (value ? value : null);

export interface PylonMapOptions {
  connectionId: string;
  priorityField: string | undefined;
}

export const pylonIssueToDomain = (issue: PylonIssue, options: PylonMapOptions): DomainTicket => {
  const { status, waitingOn } = pylonStateToStatus(issue.state);
  const requester: PersonRef | null =
    issue.requester?.id || issue.requester?.email
      ? { externalId: nonEmpty(issue.requester.id), name: null, email: nonEmpty(issue.requester.email) }
      : null;
  return {
    connectionId: options.connectionId,
    externalId: issue.id,
    subject: issue.title ?? null,
    description: htmlToText(issue.body_html),
    summary: null,
    status,
    rawStatus: nonEmpty(issue.state),
    ...pylonPriority(issue, options.priorityField),
    type: nonEmpty(issue.type),
    channel: nonEmpty(issue.source),
    waitingOn,
    tags: issue.tags ?? [],
    customFields: pylonCustomFields(issue.custom_fields),
    requester,
    assigneeId: nonEmpty(issue.assignee?.id),
    groupId: nonEmpty(issue.team?.id),
    createdAt: iso(issue.created_at),
    updatedAt: isoOrNull(issue.updated_at),
    lastMessageAt: isoOrNull(issue.latest_message_time),
    lastMessagePreview: null,
    url: nonEmpty(issue.link),
    raw: issue,
  };
};

export const pylonContactToDomain = (contact: PylonContact, connectionId: string): DomainContact => ({
  connectionId,
  externalId: contact.id,
  name: nonEmpty(contact.name),
  email: nonEmpty(contact.email) ?? contact.emails?.[0] ?? null,
  phone: nonEmpty(contact.primary_phone_number) ?? contact.phone_numbers?.[0] ?? null,
  // A contact names its account by id only; the account's name would cost a request per account.
  company: null,
  createdAt: null,
  raw: contact,
});

export const pylonUserToDomain = (user: PylonUser, connectionId: string): DomainAgent => ({
  connectionId,
  externalId: user.id,
  name: nonEmpty(user.name),
  email: nonEmpty(user.email),
  // `role_id` names a role record, not a role.
  role: null,
  avatarUrl: nonEmpty(user.avatar_url),
  raw: user,
});

const authorOf = (message: PylonMessage): DomainMessage['author'] => {
  const author = message.author;
  if (!author) return null;
  const ref = author.user ?? author.contact;
  const kind: AuthorKind = author.user ? 'AGENT' : author.contact ? 'CONTACT' : 'SYSTEM';
  return { kind, externalId: nonEmpty(ref?.id), name: nonEmpty(author.name), email: nonEmpty(ref?.email) };
};

/** `is_private` marks an internal note; everything else on an issue is a reply. */
export const pylonMessageToDomain = (message: PylonMessage, ticketExternalId: string, connectionId: string): DomainMessage => ({
  connectionId,
  externalId: message.id,
  ticketExternalId,
  type: message.is_private ? 'NOTE' : 'REPLY',
  internal: message.is_private === true,
  bodyText: htmlToText(message.message_html),
  bodyHtml: message.message_html ?? null,
  author: authorOf(message),
  createdAt: iso(message.timestamp),
  raw: message,
});
