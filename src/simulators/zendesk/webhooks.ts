import { createHmac, randomUUID } from 'node:crypto';
import { createWebhookSender, type WebhookSender } from '../webhooks.js';
import type { SimTicket, SimUser } from './data.js';
import { zendeskJson } from './json.js';

/**
 * Zendesk's webhooks as its AsyncAPI description gives them: the ticket (`TicketEventPayload`) POSTed
 * to the channel of its event (`/tickets/created`, `/tickets/updated`, below the configured URL),
 * with `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(secret, timestamp + body)) and its
 * timestamp, the webhook's id and a per-invocation id.
 */

const WEBHOOK_ID = '01hzdeskgraph0simulatorwebhook';

export const zendeskWebhookSender = (): WebhookSender =>
  createWebhookSender((body, secret) => {
    const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      'x-zendesk-webhook-signature': createHmac('sha256', secret).update(timestamp + body).digest('base64'),
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-id': WEBHOOK_ID,
      'x-zendesk-webhook-invocation-id': randomUUID(),
    };
  });

/** `TicketEventPayload` of `ticket`, to the channel of `event`. */
export const sendZendeskTicketEvent = (sender: WebhookSender, event: 'created' | 'updated', ticket: SimTicket, users: ReadonlyMap<bigint, SimUser>): void => {
  const requester = users.get(ticket.requester_id);
  const assignee = ticket.assignee_id === undefined ? undefined : users.get(ticket.assignee_id);
  const payload = {
    id: ticket.id,
    external_id: ticket.external_id ?? null,
    title: ticket.subject,
    description: ticket.description,
    status: ticket.status,
    priority: ticket.priority ?? null,
    type: ticket.type ?? null,
    requester_id: ticket.requester_id,
    requester_email: requester?.email ?? null,
    requester_name: requester?.name ?? '',
    assignee_id: ticket.assignee_id ?? null,
    assignee_email: assignee?.email ?? null,
    group_id: ticket.group_id ?? null,
    tags: ticket.tags,
    via: ticket.via.channel,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
  };
  sender.send(zendeskJson(payload), `/tickets/${event}`);
};
