import { z } from 'zod';
import { parseJsonExactIntegers } from '../../connectors/zendesk/json.js';
import type { TicketEventType } from '../ticket-event.js';
import { parseTimestamp, type WebhookKind } from './kind.js';
import { hmacSha256, signaturesMatch } from './signature.js';

/**
 * Zendesk webhooks (its AsyncAPI description): a trigger posts the ticket (`TicketEventPayload`) to
 * the webhook's URL, signed in `X-Zendesk-Webhook-Signature` as base64(HMAC-SHA256(secret, timestamp +
 * body)) with the timestamp in `X-Zendesk-Webhook-Signature-Timestamp`; each delivery has its own
 * `X-Zendesk-Webhook-Invocation-Id`. The payload carries no event name: the description gives each
 * event its own channel (`…/tickets/created`, `…/tickets/updated`, `…/tickets/solved`), so the URL
 * registered per trigger says it: `/webhooks/{connectionId}/tickets/created`. Posted to the bare
 * `/webhooks/{connectionId}`, a ticket whose update time is its creation time is CREATED, any
 * other UPDATED.
 */

const zendeskId = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);

const body = z.looseObject({
  id: zendeskId,
  created_at: z.iso.datetime({ offset: true }).optional(),
  updated_at: z.iso.datetime({ offset: true }),
});
type ZendeskTicketPayload = z.infer<typeof body>;

const CHANNELS: Readonly<Record<string, TicketEventType>> = { created: 'CREATED', updated: 'UPDATED', solved: 'UPDATED' };

export const zendeskWebhooks: WebhookKind<ZendeskTicketPayload> = {
  parse: parseJsonExactIntegers,
  verify: (headers, rawBody, secret) =>
    signaturesMatch(
      headers.get('x-zendesk-webhook-signature'),
      hmacSha256(secret, `${headers.get('x-zendesk-webhook-signature-timestamp') ?? ''}${rawBody}`, 'base64'),
    ),
  body,
  delivery: (headers) => {
    const id = headers.get('x-zendesk-webhook-invocation-id');
    const signedAt = parseTimestamp(headers.get('x-zendesk-webhook-signature-timestamp'));
    return id && signedAt !== undefined ? { id, signedAt } : undefined;
  },
  changes: (ticket, route) => {
    const [resource, channel, ...rest] = route;
    let type: TicketEventType | undefined;
    if (resource === undefined) type = ticket.created_at !== undefined && Date.parse(ticket.created_at) === Date.parse(ticket.updated_at) ? 'CREATED' : 'UPDATED';
    else if (resource === 'tickets' && channel !== undefined && rest.length === 0) type = CHANNELS[channel];
    if (!type) return route.join('/');
    return [{ type, ticketId: ticket.id, occurredAt: ticket.updated_at }];
  },
};
