import type {
  DomainAttachment,
  DomainOrganization,
  DomainTag,
  DomainTeam,
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
import { FALLBACK_STATUS } from '../../domain/types.js';
import { channelOf, type ChannelTable } from '../../domain/channels.js';
import { htmlToText } from '../html.js';
import type { PylonAccount, PylonTag, PylonTeam, PylonContact, PylonIssue, PylonIssueStatus, PylonMessage, PylonUser } from './wire.js';

/** Pylon's five built-in states; anything else is a custom status slug. */
export const PYLON_BASE_STATES = ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed'] as const;

const STATE_MAP: Readonly<Record<string, { status: TicketStatus; waitingOn: WaitingOn | null }>> = {
  new: { status: 'NEW', waitingOn: null },
  waiting_on_you: { status: 'OPEN', waitingOn: 'TEAM' },
  waiting_on_customer: { status: 'PENDING', waitingOn: 'CUSTOMER' },
  on_hold: { status: 'ON_HOLD', waitingOn: null },
  closed: { status: 'CLOSED', waitingOn: null },
};

/** Each state slug the account has (`GET /issue-statuses`), built-in or custom, and its built-in category. */
export type PylonStateCategories = ReadonlyMap<string, string>;

export const pylonStateCategories = (statuses: readonly Pick<PylonIssueStatus, 'slug' | 'category'>[]): PylonStateCategories =>
  new Map(statuses.map((status) => [status.slug, status.category]));

const builtInState = (slug: string | undefined) => (slug !== undefined && Object.hasOwn(STATE_MAP, slug) ? STATE_MAP[slug] : undefined);

/**
 * A Pylon state as status and waitingOn: a built-in state by itself, a custom state by its category;
 * a state the table does not know (or none) gets the fallback status. The slug stays in rawStatus.
 */
export const pylonStateToStatus = (
  state: string | null | undefined,
  categories: PylonStateCategories = new Map(),
): { status: TicketStatus; waitingOn: WaitingOn | null } => {
  if (!state) return { status: FALLBACK_STATUS, waitingOn: null };
  return builtInState(state) ?? builtInState(categories.get(state)) ?? { status: FALLBACK_STATUS, waitingOn: null };
};

/** Pylon's issue `source` words and their channel. */
export const PYLON_CHANNELS: ChannelTable = {
  email: 'EMAIL',
  slack: 'SLACK',
  microsoft_teams: 'MS_TEAMS',
  discord: 'SOCIAL',
  chat_widget: 'CHAT',
  form: 'WEB',
  api: 'API',
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
  /** The account's custom states by category; without it a custom state gets the fallback status. */
  stateCategories?: PylonStateCategories;
}

export const pylonIssueToDomain = (issue: PylonIssue, options: PylonMapOptions): DomainTicket => {
  const { status, waitingOn } = pylonStateToStatus(issue.state, options.stateCategories);
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
    channel: channelOf(PYLON_CHANNELS, issue.source),
    rawChannel: nonEmpty(issue.source),
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
    ref: issue.number === null || issue.number === undefined ? null : String(issue.number),
    url: nonEmpty(issue.link),
    raw: issue,
  };
};

export const pylonContactToDomain = (contact: PylonContact, connectionId: string): DomainContact => ({
  connectionId,
  externalId: contact.id,
  name: nonEmpty(contact.name),
  email: nonEmpty(contact.email) ?? contact.emails?.[0] ?? null,
  emails: [...new Set([contact.email, ...(contact.emails ?? [])].filter((email): email is string => !!email))],
  phone: nonEmpty(contact.primary_phone_number) ?? contact.phone_numbers?.[0] ?? null,
  // A contact names its account by id only; the account's name would cost a request per account.
  company: null,
  organizationId: contact.account?.id ?? null,
  createdAt: null,
  raw: contact,
});

export const pylonTeamToDomain = (team: PylonTeam, connectionId: string): DomainTeam => ({ connectionId, externalId: team.id, name: nonEmpty(team.name), raw: team });

export const pylonTagToDomain = (tag: PylonTag, connectionId: string): DomainTag => ({
  connectionId,
  externalId: tag.id,
  name: tag.value,
  color: nonEmpty(tag.hex_color),
  raw: tag,
});

export const pylonAccountToDomain = (account: PylonAccount, connectionId: string): DomainOrganization => ({
  connectionId,
  externalId: account.id,
  name: nonEmpty(account.name),
  domains: [...new Set([account.primary_domain, account.domain, ...(account.domains ?? [])].filter((domain): domain is string => !!domain))],
  createdAt: account.created_at ?? null,
  raw: account,
});

export const pylonUserToDomain = (user: PylonUser, connectionId: string): DomainAgent => ({
  connectionId,
  externalId: user.id,
  kind: 'HUMAN',
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

/** The last path segment of a file's URL, which is all Pylon says of its name. */
const fileNameOf = (url: string): string => {
  try {
    const segment = new URL(url).pathname.split('/').filter(Boolean).pop();
    return segment ? decodeURIComponent(segment) : url;
  } catch {
    return url;
  }
};

/** Pylon lists a message's files as bare URLs: no id, type or size. */
export const pylonFileUrlToAttachment = (url: string): DomainAttachment => ({
  externalId: null,
  name: fileNameOf(url),
  contentType: null,
  size: null,
  url,
});

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
  attachments: (message.file_urls ?? []).map(pylonFileUrlToAttachment),
  createdAt: iso(message.timestamp),
  raw: message,
});
