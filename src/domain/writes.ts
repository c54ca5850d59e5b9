import type { CustomFieldValue, TicketPriority, TicketStatus } from './types.js';

/**
 * The unified model of writes: what a mutation asks a connector to do, already validated by the
 * gateway (ids are the upstream's own, within the connection), and how an upstream refuses it.
 */

/** Writes of tickets, their conversation, and contacts: what most helpdesks can do. */
export const TICKET_AND_CONTACT_WRITES = [
  'createTicket',
  'updateTicket',
  'closeTicket',
  'deleteTicket',
  'replyToTicket',
  'addInternalNote',
  'createContact',
  'updateContact',
  'deleteContact',
] as const;
/** Tags and knowledge-base articles, where a helpdesk keeps them. */
export const CATALOG_WRITES = ['createTag', 'updateTag', 'deleteTag', 'createArticle', 'updateArticle', 'deleteArticle'] as const;
export const WRITE_OPERATIONS = [...TICKET_AND_CONTACT_WRITES, ...CATALOG_WRITES] as const;
export type WriteOperation = (typeof WRITE_OPERATIONS)[number];

export const BODY_FORMATS = ['TEXT', 'HTML'] as const;
export type BodyFormat = (typeof BODY_FORMATS)[number];

export interface TicketDraft {
  subject: string;
  description: string;
  requester: { email: string; name: string | null };
  priority: TicketPriority | null;
  type: string | null;
  tags: readonly string[];
  assigneeId: string | null;
  customFields: readonly CustomFieldValue[];
}

/** Only the keys present change; `assigneeId: null` unassigns. */
export interface TicketChanges {
  subject?: string;
  status?: TicketStatus;
  priority?: TicketPriority;
  type?: string;
  assigneeId?: string | null;
  tags?: readonly string[];
  customFields?: readonly CustomFieldValue[];
}
export type TicketChangeKey = keyof TicketChanges;
export const TICKET_CHANGE_KEYS = ['subject', 'status', 'priority', 'type', 'assigneeId', 'tags', 'customFields'] as const satisfies readonly TicketChangeKey[];

/** Write only if the record is still as the caller last read it (else CONFLICT, nothing written). */
export interface UpdateGuard {
  updatedAt: string;
}

export interface MessageDraft {
  body: string;
  format: BodyFormat;
}

export interface ContactDraft {
  email: string;
  name: string | null;
  phone: string | null;
  company: string | null;
}

/** Only the keys present change; null clears. */
export interface ContactChanges {
  email?: string;
  name?: string;
  phone?: string | null;
  company?: string | null;
}

export interface FieldProblem {
  /** The input path at fault, e.g. `["input", "subject"]`. */
  path: string[];
  message: string;
}

export type WriteRejectionKind = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT';

/**
 * An upstream (or the gateway, before calling it) refused a write for a reason the caller can act on.
 * Mutations answer it as a typed error in their payload; it is never retried.
 */
export class WriteRejection extends Error {
  constructor(
    readonly kind: WriteRejectionKind,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'WriteRejection';
  }
}
