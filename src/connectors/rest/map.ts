import type {
  AuthorKind,
  DomainAgent,
  DomainContact,
  DomainMessage,
  DomainTag,
  DomainTicket,
  MessageType,
  TicketPriority,
  TicketStatus,
  WaitingOn,
} from '../../domain/types.js';
import { invertTable, lookupRaw as lookup, text } from '../shared/map.js';
import { FALLBACK_STATUS } from '../../domain/types.js';
import { channelOf, type ChannelTable } from '../../domain/channels.js';
import type { RestConversation, RestCustomer, RestTag, RestTicket, RestUser } from './wire.js';

/** Upstream status strings ↔ normalised statuses; one upstream string per status, so filters map back exactly. */
const STATUS_BY_RAW: Readonly<Record<string, TicketStatus>> = {
  new: 'NEW',
  open: 'OPEN',
  pending: 'PENDING',
  on_hold: 'ON_HOLD',
  resolved: 'SOLVED',
  closed: 'CLOSED',
};
const RAW_BY_STATUS = invertTable(STATUS_BY_RAW);

const PRIORITY_BY_RAW: Readonly<Record<string, TicketPriority>> = { low: 'LOW', medium: 'NORMAL', high: 'HIGH', urgent: 'URGENT' };
const RAW_BY_PRIORITY = invertTable(PRIORITY_BY_RAW);

/** Who has to act next: pending waits on the customer, on_hold on a third party, new/open on the team. */
const WAITING_ON_BY_RAW: Readonly<Record<string, WaitingOn>> = {
  new: 'TEAM',
  open: 'TEAM',
  pending: 'CUSTOMER',
  on_hold: 'THIRD_PARTY',
  resolved: 'NONE',
  closed: 'NONE',
};

/** The REST helpdesk's channel words. */
const REST_CHANNELS: ChannelTable = { email: 'EMAIL', chat: 'CHAT', web: 'WEB', phone: 'PHONE', api: 'API' };

const MESSAGE_TYPE_BY_RAW: Readonly<Record<string, MessageType>> = { reply: 'REPLY', note: 'NOTE', system: 'SYSTEM' };
const AUTHOR_KIND_BY_RAW: Readonly<Record<string, AuthorKind>> = { user: 'AGENT', customer: 'CONTACT', system: 'SYSTEM' };

/** Unknown strings normalise to null (a status to the fallback); the raw string stays on the ticket. */
export const restStatusToDomain = (raw: string | null | undefined): TicketStatus => lookup(STATUS_BY_RAW, raw) ?? FALLBACK_STATUS;
export const restPriorityToDomain = (raw: string | null | undefined): TicketPriority | null => lookup(PRIORITY_BY_RAW, raw);
export const restWaitingOn = (raw: string | null | undefined): WaitingOn | null => lookup(WAITING_ON_BY_RAW, raw);
export const restStatusFromDomain = (status: TicketStatus): string => RAW_BY_STATUS[status];
export const restPriorityFromDomain = (priority: TicketPriority): string => RAW_BY_PRIORITY[priority];

/** Unknown conversation types fall back on the `internal` flag: an internal entry is a note, else a reply. */
export const restMessageType = (raw: string, internal: boolean): MessageType =>
  lookup(MESSAGE_TYPE_BY_RAW, raw) ?? (internal ? 'NOTE' : 'REPLY');

export const restTicketToDomain = (connectionId: string, baseUrl: string, ticket: RestTicket): DomainTicket => ({
  connectionId,
  externalId: ticket.id,
  subject: text(ticket.subject),
  description: text(ticket.description),
  summary: text(ticket.summary),
  status: restStatusToDomain(ticket.status),
  rawStatus: ticket.status ?? null,
  priority: restPriorityToDomain(ticket.priority),
  rawPriority: ticket.priority ?? null,
  type: null,
  channel: channelOf(REST_CHANNELS, ticket.channel),
  rawChannel: text(ticket.channel),
  waitingOn: restWaitingOn(ticket.status),
  tags: ticket.tags ?? [],
  customFields: Object.entries(ticket.custom_fields ?? {}).map(([key, value]) => ({ key, value })),
  requester: ticket.customer
    ? { externalId: ticket.customer.id, name: text(ticket.customer.name), email: text(ticket.customer.email) }
    : null,
  assigneeId: ticket.assignee?.id ?? null,
  groupId: null,
  createdAt: ticket.created_at,
  updatedAt: ticket.updated_at ?? null,
  lastMessageAt: null,
  lastMessagePreview: null,
  url: `${baseUrl.replace(/\/+$/, '')}/tickets/${encodeURIComponent(ticket.id)}`,
  raw: ticket,
});

export const restCustomerToDomain = (connectionId: string, customer: RestCustomer): DomainContact => ({
  connectionId,
  externalId: customer.id,
  name: text(customer.name),
  email: text(customer.email),
  emails: customer.email ? [customer.email] : [],
  phone: text(customer.phone),
  company: text(customer.company),
  createdAt: customer.created_at ?? null,
  raw: customer,
});

export const restUserToDomain = (connectionId: string, user: RestUser): DomainAgent => ({
  connectionId,
  externalId: user.id,
  kind: 'HUMAN',
  name: text(user.name),
  email: text(user.email),
  role: text(user.role),
  avatarUrl: text(user.avatar_url),
  raw: user,
});

export const restTagToDomain = (connectionId: string, tag: RestTag): DomainTag => ({
  connectionId,
  externalId: tag.id,
  name: tag.name,
  color: text(tag.color),
  raw: tag,
});

export const restConversationToDomain = (connectionId: string, conversation: RestConversation): DomainMessage => {
  const type = restMessageType(conversation.type, conversation.internal);
  const author = conversation.author;
  return {
    connectionId,
    externalId: conversation.id,
    ticketExternalId: conversation.ticket_id,
    type,
    internal: conversation.internal,
    bodyText: text(conversation.content_text),
    bodyHtml: text(conversation.content_html),
    author: author
      ? { kind: lookup(AUTHOR_KIND_BY_RAW, author.type), externalId: author.id ?? null, name: text(author.name), email: text(author.email) }
      : type === 'SYSTEM'
        ? { kind: 'SYSTEM', externalId: null, name: null, email: null }
        : null,
    attachments: null,
    createdAt: conversation.created_at,
    raw: conversation,
  };
};
