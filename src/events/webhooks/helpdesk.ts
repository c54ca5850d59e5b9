import { z } from 'zod';
import type { TicketEventType } from '../ticket-event.js';
import { parseTimestamp, type WebhookKind } from './kind.js';
import { hmacSha256, signaturesMatch } from './signature.js';

/**
 * The Helpdesk API's events (seed 001): `ticket.created`, `ticket.updated`,
 * `ticket.assignment.changed` and `ticket.deleted`. The seed names the events and nothing of their
 * envelope or signing, so deskgraph takes the common form: a body `{id, type, createdAt, data: {ticket}}`
 * and `X-Helpdesk-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the shared secret,
 * `X-Helpdesk-Timestamp` in Unix seconds (the simulator sends exactly this).
 */

export const HELPDESK_EVENT_TYPES = ['ticket.created', 'ticket.updated', 'ticket.assignment.changed', 'ticket.deleted'] as const;

const body = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  data: z.looseObject({
    ticket: z.looseObject({ id: z.string().min(1), updatedAt: z.iso.datetime({ offset: true }).optional() }),
  }),
});
type HelpdeskWebhook = z.infer<typeof body>;

const EVENT_TYPES: Readonly<Record<(typeof HELPDESK_EVENT_TYPES)[number], TicketEventType>> = {
  'ticket.created': 'CREATED',
  'ticket.updated': 'UPDATED',
  'ticket.assignment.changed': 'ASSIGNED',
  'ticket.deleted': 'DELETED',
};

/** The signature the Helpdesk API sends (and the simulator signs with). */
export const helpdeskSignature = (secret: string, timestamp: string, rawBody: string): string => `sha256=${hmacSha256(secret, `${timestamp}.${rawBody}`, 'hex')}`;

export const helpdeskWebhooks: WebhookKind<HelpdeskWebhook> = {
  verify: (headers, rawBody, secret) =>
    signaturesMatch(headers.get('x-helpdesk-signature'), helpdeskSignature(secret, headers.get('x-helpdesk-timestamp') ?? '', rawBody)),
  body,
  delivery: (headers, event) => {
    const signedAt = parseTimestamp(headers.get('x-helpdesk-timestamp'));
    return signedAt === undefined ? undefined : { id: event.id, signedAt };
  },
  changes: ({ type, createdAt, data }) => {
    const mapped = (EVENT_TYPES as Readonly<Record<string, TicketEventType>>)[type];
    if (!mapped) return type;
    return [{ type: mapped, ticketId: data.ticket.id, occurredAt: data.ticket.updatedAt ?? createdAt, ...(mapped === 'DELETED' ? { ticket: null } : {}) }];
  },
};
