import { z } from 'zod';
import type { TicketEventType } from '../ticket-event.js';
import type { WebhookKind } from './kind.js';
import { hmacSha256, signaturesMatch } from './signature.js';

/**
 * Plain webhook targets: `{id, type, timestamp, workspaceId, payload: {eventType, thread, …}}`, signed
 * in `Plain-Request-Signature` as the hex HMAC-SHA256 of the body with the workspace's request-signing
 * secret. The timestamp is inside the signed body, so it is what replay is judged by.
 */

const body = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  timestamp: z.iso.datetime({ offset: true }),
  payload: z.looseObject({
    eventType: z.string().min(1),
    thread: z.looseObject({ id: z.string().min(1), updatedAt: z.iso.datetime({ offset: true }).optional() }).optional(),
  }),
});
type PlainWebhook = z.infer<typeof body>;

/** Plain's thread events and what each means for the ticket; the others (customers, fields, SLAs) are not ticket changes. */
const EVENT_TYPES: Readonly<Record<string, TicketEventType>> = {
  'thread.thread_created': 'CREATED',
  'thread.thread_status_transitioned': 'UPDATED',
  'thread.thread_priority_changed': 'UPDATED',
  'thread.thread_labels_changed': 'UPDATED',
  'thread.thread_assignment_transitioned': 'ASSIGNED',
  'thread.email_received': 'MESSAGE_ADDED',
  'thread.email_sent': 'MESSAGE_ADDED',
  'thread.chat_received': 'MESSAGE_ADDED',
  'thread.chat_sent': 'MESSAGE_ADDED',
  'thread.note_created': 'MESSAGE_ADDED',
  'thread.slack_message_received': 'MESSAGE_ADDED',
  'thread.slack_message_sent': 'MESSAGE_ADDED',
  'thread.ms_teams_message_received': 'MESSAGE_ADDED',
  'thread.ms_teams_message_sent': 'MESSAGE_ADDED',
};

export const plainWebhooks: WebhookKind<PlainWebhook> = {
  verify: (headers, rawBody, secret) => signaturesMatch(headers.get('plain-request-signature'), hmacSha256(secret, rawBody, 'hex')),
  body,
  delivery: (_headers, webhook) => ({ id: webhook.id, signedAt: Date.parse(webhook.timestamp) }),
  changes: ({ payload, timestamp }) => {
    const type = EVENT_TYPES[payload.eventType];
    if (!type || !payload.thread) return payload.eventType;
    return [{ type, ticketId: payload.thread.id, occurredAt: payload.thread.updatedAt ?? timestamp }];
  },
};
