import { FALLBACK_STATUS, type DomainAgent, type DomainContact, type DomainTicket, type TicketPriority, type TicketStatus, type WaitingOn } from '../../domain/types.js';
import { invertTable, lookupRaw, text } from '../shared/map.js';
import type { HelpdeskTicket } from './wire.js';

/** The seed's status strings ↔ normalised statuses (one string per status, so filters map back exactly). */
const STATUS_BY_RAW: Readonly<Record<string, TicketStatus>> = { new: 'NEW', open: 'OPEN', pending: 'PENDING', resolved: 'SOLVED', closed: 'CLOSED' };
const RAW_BY_STATUS: Partial<Record<TicketStatus, string>> = invertTable(STATUS_BY_RAW);
const PRIORITY_BY_RAW: Readonly<Record<string, TicketPriority>> = { low: 'LOW', normal: 'NORMAL', high: 'HIGH', urgent: 'URGENT' };
const RAW_BY_PRIORITY = invertTable(PRIORITY_BY_RAW);
/** Pending waits on the customer; new and open on the team. */
const WAITING_ON_BY_RAW: Readonly<Record<string, WaitingOn>> = { new: 'TEAM', open: 'TEAM', pending: 'CUSTOMER', resolved: 'NONE', closed: 'NONE' };

export const helpdeskStatusToDomain = (raw: string | null | undefined): TicketStatus | null => lookupRaw(STATUS_BY_RAW, raw);
export const helpdeskPriorityToDomain = (raw: string | null | undefined): TicketPriority | null => lookupRaw(PRIORITY_BY_RAW, raw);
/** The upstream string of a status; undefined for ON_HOLD, which the Helpdesk API does not have. */
export const helpdeskStatusFromDomain = (status: TicketStatus): string | undefined => RAW_BY_STATUS[status];
export const helpdeskPriorityFromDomain = (priority: TicketPriority): string => RAW_BY_PRIORITY[priority];

/** Requesters have no record of their own: a contact is its email, compared lower-cased. */
export const helpdeskContactId = (email: string): string => email.trim().toLowerCase();

export const helpdeskTicketToDomain = (connectionId: string, baseUrl: string, ticket: HelpdeskTicket): DomainTicket => {
  const email = text(ticket.requesterEmail);
  return {
    connectionId,
    externalId: ticket.id,
    subject: text(ticket.subject),
    description: null,
    summary: null,
    status: helpdeskStatusToDomain(ticket.status) ?? FALLBACK_STATUS,
    rawStatus: ticket.status ?? null,
    priority: helpdeskPriorityToDomain(ticket.priority),
    rawPriority: ticket.priority ?? null,
    type: text(ticket.type),
    // Seed 001's tickets say nothing of their channel.
    channel: null,
    rawChannel: null,
    waitingOn: lookupRaw(WAITING_ON_BY_RAW, ticket.status),
    tags: ticket.tags ?? [],
    customFields: (ticket.customFields ?? []).map((field) => ({ key: field.id, value: field.value })),
    requester: email ? { externalId: helpdeskContactId(email), name: text(ticket.requesterName), email } : null,
    assigneeId: ticket.assigneeId ?? null,
    groupId: null,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt ?? null,
    lastMessageAt: null,
    lastMessagePreview: null,
    url: `${baseUrl.replace(/\/+$/, '')}/tickets/${encodeURIComponent(ticket.id)}`,
    raw: ticket,
  };
};

/** The contact a ticket names as its requester, as far as the ticket tells (email and name). */
export const helpdeskRequesterToDomain = (connectionId: string, ticket: HelpdeskTicket): DomainContact | null => {
  const email = text(ticket.requesterEmail);
  if (!email) return null;
  const name = text(ticket.requesterName);
  return {
    connectionId,
    externalId: helpdeskContactId(email),
    name,
    email,
    emails: [email],
    phone: null,
    company: null,
    createdAt: null,
    raw: { requesterEmail: email, requesterName: name },
  };
};

/** Agents have no resource either: an agent is the id tickets are assigned to. */
export const helpdeskAgentToDomain = (connectionId: string, id: string): DomainAgent => ({
  connectionId,
  externalId: id,
  kind: 'HUMAN',
  name: null,
  email: null,
  role: null,
  avatarUrl: null,
  raw: { id },
});
