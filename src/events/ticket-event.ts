import type { DomainTicket } from '../domain/types.js';

/**
 * One change to one ticket, as every source reports it: a helpdesk's webhook or the poller. Events
 * travel between replicas as JSON (src/state/events*.ts), so everything here is plain data.
 */

export const TICKET_EVENT_TYPES = ['CREATED', 'UPDATED', 'DELETED', 'MESSAGE_ADDED', 'ASSIGNED'] as const;
export type TicketEventType = (typeof TICKET_EVENT_TYPES)[number];

export interface TicketEvent {
  /** Unique per change: the same change reported twice (a webhook and the poller) has the same key. */
  key: string;
  type: TicketEventType;
  workspaceId: string;
  connectionId: string;
  /** The upstream's ticket id. */
  ticketId: string;
  /** When the change happened upstream (ISO 8601). */
  occurredAt: string;
  /**
   * The ticket as it was after the change, when the source had it whole (a poll's listing, or the one
   * read the receiving replica made): subscribers start from it instead of each reading it again.
   * Null for a deleted ticket; absent when nobody read it.
   */
  ticket?: DomainTicket | null;
}

/** What a source knows of a change before it is routed to its workspace. */
export type TicketChange = Pick<TicketEvent, 'type' | 'ticketId' | 'occurredAt'> & { ticket?: DomainTicket | null };

/** The de-duplication key: one change of one ticket, whichever source saw it first. */
export const changeKey = (connectionId: string, change: TicketChange): string =>
  `${connectionId}\u0000${change.ticketId}\u0000${change.type}\u0000${Date.parse(change.occurredAt)}`;
