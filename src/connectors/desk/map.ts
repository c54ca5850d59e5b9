import { channelOf, type ChannelTable } from '../../domain/channels.js';
import { FALLBACK_STATUS, type DomainAgent, type DomainContact, type DomainTicket, type TicketChannel, type TicketPriority, type TicketStatus, type WaitingOn } from '../../domain/types.js';
import { lookupRaw, text } from '../shared/map.js';
import type { DeskCustomer, DeskIncluded, DeskNamed, DeskTicket, DeskUser } from './wire.js';

/**
 * Desk statuses and priorities are records with names, and accounts add their own: names are mapped
 * (lower-cased), an unknown status is OPEN and an unknown priority null, the name staying in
 * rawStatus/rawPriority.
 */
const STATUS_BY_NAME: Readonly<Record<string, TicketStatus>> = {
  new: 'NEW',
  active: 'OPEN',
  open: 'OPEN',
  'waiting on customer': 'PENDING',
  pending: 'PENDING',
  'on-hold': 'ON_HOLD',
  'on hold': 'ON_HOLD',
  solved: 'SOLVED',
  resolved: 'SOLVED',
  closed: 'CLOSED',
};
const PRIORITY_BY_NAME: Readonly<Record<string, TicketPriority>> = { low: 'LOW', medium: 'NORMAL', normal: 'NORMAL', high: 'HIGH', urgent: 'URGENT' };
const WAITING_ON_BY_STATUS: Readonly<Record<TicketStatus, WaitingOn>> = {
  NEW: 'TEAM',
  OPEN: 'TEAM',
  PENDING: 'CUSTOMER',
  ON_HOLD: 'THIRD_PARTY',
  SOLVED: 'NONE',
  CLOSED: 'NONE',
};

export const deskStatusToDomain = (name: string): TicketStatus => lookupRaw(STATUS_BY_NAME, name) ?? FALLBACK_STATUS;
/** The status a name means; null for a name of the account's own (which reads as OPEN). */
export const deskKnownStatus = (name: string): TicketStatus | null => lookupRaw(STATUS_BY_NAME, name);
export const deskPriorityToDomain = (name: string): TicketPriority | null => lookupRaw(PRIORITY_BY_NAME, name);

/** The records `included` carries, by type and id. */
export interface DeskRecords {
  named(type: 'ticketstatuses' | 'ticketpriorities' | 'tickettypes' | 'ticketsources' | 'tags', id: number | undefined): DeskNamed | undefined;
  customer(id: number | undefined): DeskCustomer | undefined;
}

export const deskRecords = (included: DeskIncluded | undefined): DeskRecords => {
  const index = <T extends { id: number }>(records: readonly T[] | undefined) => new Map((records ?? []).map((record) => [record.id, record]));
  const tables = {
    ticketstatuses: index(included?.ticketstatuses),
    ticketpriorities: index(included?.ticketpriorities),
    tickettypes: index(included?.tickettypes),
    ticketsources: index(included?.ticketsources),
    tags: index(included?.tags),
  };
  const customers = index(included?.customers);
  return {
    named: (type, id) => (id === undefined ? undefined : tables[type].get(id)),
    customer: (id) => (id === undefined ? undefined : customers.get(id)),
  };
};

const personName = (person: { firstName?: string | null | undefined; lastName?: string | null | undefined }): string | null =>
  text([person.firstName, person.lastName].filter((part) => !!part).join(' '));

/** Desk's ticket sources by lower-cased name; an account's own sources are OTHER, with their name kept. */
export const DESK_CHANNELS: ChannelTable = { email: 'EMAIL', chat: 'CHAT', phone: 'PHONE', 'web form': 'WEB', api: 'API', twitter: 'SOCIAL', facebook: 'SOCIAL' };

export const deskChannelToDomain = (source: string | null): TicketChannel | null => channelOf(DESK_CHANNELS, source?.toLowerCase());

export const deskTicketToDomain = (connectionId: string, baseUrl: string, ticket: DeskTicket, records: DeskRecords): DomainTicket => {
  const status = records.named('ticketstatuses', ticket.status?.id)?.name ?? null;
  const priority = records.named('ticketpriorities', ticket.priority?.id)?.name ?? null;
  const customer = records.customer(ticket.customer?.id);
  const normalised = status === null ? null : deskStatusToDomain(status);
  const source = records.named('ticketsources', ticket.source?.id)?.name ?? null;
  return {
    connectionId,
    externalId: String(ticket.id),
    subject: text(ticket.subject),
    description: null,
    summary: text(ticket.previewText),
    status: normalised ?? FALLBACK_STATUS,
    rawStatus: status,
    priority: priority === null ? null : deskPriorityToDomain(priority),
    rawPriority: priority,
    type: records.named('tickettypes', ticket.type?.id)?.name ?? null,
    channel: deskChannelToDomain(source),
    rawChannel: source,
    waitingOn: status !== null && lookupRaw(STATUS_BY_NAME, status) ? WAITING_ON_BY_STATUS[normalised ?? 'OPEN'] : null,
    tags: (ticket.tags ?? []).map((tag) => records.named('tags', tag.id)?.name).filter((name): name is string => name !== undefined),
    customFields: [],
    requester: ticket.customer
      ? { externalId: String(ticket.customer.id), name: customer ? personName(customer) : null, email: text(customer?.email) }
      : null,
    assigneeId: ticket.agent ? String(ticket.agent.id) : null,
    groupId: null,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt ?? null,
    lastMessageAt: null,
    lastMessagePreview: text(ticket.previewText),
    url: `${new URL(baseUrl).origin}/desk/tickets/${ticket.id}`,
    raw: ticket,
  };
};

export const deskCustomerToDomain = (connectionId: string, customer: DeskCustomer): DomainContact => ({
  connectionId,
  externalId: String(customer.id),
  name: personName(customer),
  email: text(customer.email),
  phone: text(customer.phone),
  emails: customer.email ? [customer.email] : [],
  company: null,
  createdAt: customer.createdAt ?? null,
  raw: customer,
});

export const deskUserToDomain = (connectionId: string, user: DeskUser): DomainAgent => ({
  connectionId,
  externalId: String(user.id),
  kind: 'HUMAN',
  name: personName(user),
  email: text(user.email),
  role: text(user.role),
  avatarUrl: text(user.avatarURL),
  raw: user,
});
