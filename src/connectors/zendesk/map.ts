import type {
  DomainAttachment,
  DomainOrganization,
  DomainTag,
  DomainTeam,
  DomainTicketField,
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
import type { ZendeskAttachment, ZendeskComment, ZendeskGroup, ZendeskId, ZendeskOrganization, ZendeskTag, ZendeskTicket, ZendeskTicketField, ZendeskUser } from './wire.js';

/** Zendesk users by id, as sideloaded beside a listing (`include=users`). */
export type ZendeskUsersById = ReadonlyMap<string, ZendeskUser>;

/** An id as our model carries it: exact, whether it arrived as a number or (above 2^53) as digits. */
export const zendeskIdToString = (id: ZendeskId): string => (typeof id === 'number' ? String(id) : id);

const optionalId = (id: ZendeskId | null | undefined): string | null => (id === null || id === undefined ? null : zendeskIdToString(id));

/** Our statuses as Zendesk's status categories (a filter sends these). */
export const DOMAIN_STATUS_TO_ZENDESK: Readonly<Record<TicketStatus, string>> = {
  NEW: 'new',
  OPEN: 'open',
  PENDING: 'pending',
  ON_HOLD: 'hold',
  SOLVED: 'solved',
  CLOSED: 'closed',
};

const ZENDESK_STATUSES = new Map(Object.entries(DOMAIN_STATUS_TO_ZENDESK).map(([domain, zendesk]) => [zendesk, domain as TicketStatus]));

/** A status category to ours; a string Zendesk may add later maps to the fallback and stays in `rawStatus`. */
export const zendeskStatusToDomain = (status: string | null | undefined): TicketStatus =>
  (status && ZENDESK_STATUSES.get(status)) || FALLBACK_STATUS;

export const DOMAIN_PRIORITY_TO_ZENDESK: Readonly<Record<TicketPriority, string>> = {
  LOW: 'low',
  NORMAL: 'normal',
  HIGH: 'high',
  URGENT: 'urgent',
};

const ZENDESK_PRIORITIES = new Map(Object.entries(DOMAIN_PRIORITY_TO_ZENDESK).map(([domain, zendesk]) => [zendesk, domain as TicketPriority]));

export const zendeskPriorityToDomain = (priority: string | null | undefined): TicketPriority | null =>
  (priority && ZENDESK_PRIORITIES.get(priority)) || null;

/** pending waits on the requester, hold on a third party; new and open on the team. */
export const zendeskWaitingOn = (status: string | null | undefined): WaitingOn | null => {
  switch (status ? ZENDESK_STATUSES.get(status) : undefined) {
    case 'NEW':
    case 'OPEN':
      return 'TEAM';
    case 'PENDING':
      return 'CUSTOMER';
    case 'ON_HOLD':
      return 'THIRD_PARTY';
    case 'SOLVED':
    case 'CLOSED':
      return 'NONE';
    default:
      return null;
  }
};

/** `via.channel` words (Zendesk's via types) and their channel; others are OTHER. */
export const ZENDESK_CHANNELS: ChannelTable = {
  email: 'EMAIL',
  web: 'WEB',
  web_form: 'WEB',
  web_widget: 'WEB',
  mobile: 'WEB',
  mobile_sdk: 'WEB',
  api: 'API',
  chat: 'CHAT',
  native_messaging: 'CHAT',
  voice: 'PHONE',
  sms: 'PHONE',
  twitter: 'SOCIAL',
  facebook: 'SOCIAL',
  instagram_dm: 'SOCIAL',
  whatsapp: 'SOCIAL',
  slack: 'SLACK',
};

/** `via.channel` as is ("email", "web", "api", "chat", …): the raw channel filter sends it back as `via:`. */
export const zendeskChannel = (ticket: Pick<ZendeskTicket, 'via'>): string | null => ticket.via?.channel ?? null;

/** Custom fields keyed by their numeric id; values stay whatever JSON the account's field type gives. */
export const zendeskCustomFields = (ticket: Pick<ZendeskTicket, 'custom_fields'>): CustomFieldValue[] =>
  (ticket.custom_fields ?? []).map((field) => ({ key: zendeskIdToString(field.id), value: field.value ?? null }));

export const zendeskRequester = (ticket: Pick<ZendeskTicket, 'requester_id'>, users?: ZendeskUsersById): PersonRef | null => {
  const id = optionalId(ticket.requester_id);
  if (id === null) return null;
  const user = users?.get(id);
  return { externalId: id, name: user?.name ?? null, email: user?.email ?? null };
};

/** A ticket; `users` (sideloaded) fill in the requester's name and email. */
export const zendeskTicketToDomain = (connectionId: string, ticket: ZendeskTicket, users?: ZendeskUsersById): DomainTicket => ({
  connectionId,
  externalId: zendeskIdToString(ticket.id),
  subject: ticket.subject ?? null,
  description: ticket.description ?? null,
  summary: null,
  status: zendeskStatusToDomain(ticket.status),
  rawStatus: ticket.status ?? null,
  priority: zendeskPriorityToDomain(ticket.priority),
  rawPriority: ticket.priority ?? null,
  type: ticket.type ?? null,
  channel: channelOf(ZENDESK_CHANNELS, zendeskChannel(ticket)),
  rawChannel: zendeskChannel(ticket),
  waitingOn: zendeskWaitingOn(ticket.status),
  tags: ticket.tags ?? [],
  customFields: zendeskCustomFields(ticket),
  requester: zendeskRequester(ticket, users),
  assigneeId: optionalId(ticket.assignee_id),
  groupId: optionalId(ticket.group_id),
  createdAt: ticket.created_at,
  updatedAt: ticket.updated_at ?? null,
  lastMessageAt: null,
  lastMessagePreview: null,
  upstreamExternalId: ticket.external_id ?? null,
  customStatusId: optionalId(ticket.custom_status_id),
  url: ticket.url ?? null,
  raw: ticket,
});

export const isZendeskAgent = (user: Pick<ZendeskUser, 'role'>): boolean => user.role === 'agent' || user.role === 'admin';

/** Any Zendesk user as a contact: end-users mostly, but agents file tickets too. */
export const zendeskUserToContact = (connectionId: string, user: ZendeskUser): DomainContact => ({
  connectionId,
  externalId: zendeskIdToString(user.id),
  name: user.name ?? null,
  email: user.email ?? null,
  emails: user.email ? [user.email] : [],
  phone: user.phone ?? null,
  // Zendesk users carry an organization_id only; its name would cost another request per organization.
  company: null,
  organizationId: user.organization_id === undefined || user.organization_id === null ? null : zendeskIdToString(user.organization_id),
  createdAt: user.created_at ?? null,
  raw: user,
});

export const zendeskGroupToDomain = (connectionId: string, group: ZendeskGroup): DomainTeam => ({
  connectionId,
  externalId: zendeskIdToString(group.id),
  name: group.name ?? null,
  raw: group,
});

export const zendeskTicketFieldToDomain = (connectionId: string, field: ZendeskTicketField): DomainTicketField => ({
  connectionId,
  externalId: zendeskIdToString(field.id),
  title: field.title,
  type: field.type,
  active: field.active ?? null,
  required: field.required ?? null,
  description: field.description || null,
  options: (field.custom_field_options ?? []).map(({ name, value }) => ({ name, value })),
  raw: field,
});

/** A Zendesk tag has no id but its name, which is therefore its externalId too. */
export const zendeskTagToDomain = (connectionId: string, tag: ZendeskTag): DomainTag => ({
  connectionId,
  externalId: tag.name,
  name: tag.name,
  color: null,
  raw: tag,
});

export const zendeskOrganizationToDomain = (connectionId: string, organization: ZendeskOrganization): DomainOrganization => ({
  connectionId,
  externalId: zendeskIdToString(organization.id),
  name: organization.name ?? null,
  domains: organization.domain_names ?? [],
  createdAt: organization.created_at ?? null,
  raw: organization,
});

export const zendeskUserToAgent = (connectionId: string, user: ZendeskUser): DomainAgent => ({
  connectionId,
  externalId: zendeskIdToString(user.id),
  kind: 'HUMAN',
  name: user.name ?? null,
  email: user.email ?? null,
  role: user.role ?? null,
  avatarUrl: user.photo?.content_url ?? null,
  raw: user,
});

/** Zendesk's id for its own system user (automations, triggers, apps), as its activity and ticket-field docs give it. */
export const ZENDESK_SYSTEM_USER_ID = '-1';

const authorKind = (authorId: string, user: ZendeskUser | undefined): AuthorKind | null => {
  if (authorId === ZENDESK_SYSTEM_USER_ID) return 'SYSTEM';
  if (!user?.role) return null;
  return isZendeskAgent(user) ? 'AGENT' : 'CONTACT';
};

export const zendeskAttachmentToDomain = (attachment: ZendeskAttachment): DomainAttachment => ({
  externalId: optionalId(attachment.id),
  name: attachment.file_name,
  contentType: attachment.content_type ?? null,
  size: attachment.size ?? null,
  url: attachment.content_url ?? null,
});

/** A comment: `public: false` is an internal note, anything else a reply. */
export const zendeskCommentToMessage = (
  connectionId: string,
  ticketId: string,
  comment: ZendeskComment,
  users?: ZendeskUsersById,
): DomainMessage => {
  const internal = comment.public === false;
  const authorId = optionalId(comment.author_id);
  const author = authorId === null ? undefined : users?.get(authorId);
  return {
    connectionId,
    externalId: zendeskIdToString(comment.id),
    ticketExternalId: ticketId,
    type: internal ? 'NOTE' : 'REPLY',
    internal,
    bodyText: comment.plain_body ?? comment.body ?? null,
    bodyHtml: comment.html_body ?? null,
    author: authorId === null ? null : { externalId: authorId, name: author?.name ?? null, email: author?.email ?? null, kind: authorKind(authorId, author) },
    attachments: (comment.attachments ?? []).map(zendeskAttachmentToDomain),
    createdAt: comment.created_at,
    raw: comment,
  };
};

/** Sideloaded users indexed by id. */
export const zendeskUsersById = (users: readonly ZendeskUser[] | undefined): Map<string, ZendeskUser> =>
  new Map((users ?? []).map((user) => [zendeskIdToString(user.id), user]));
