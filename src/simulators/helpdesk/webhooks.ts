import { createHmac, randomUUID } from 'node:crypto';
import { createWebhookSender, type WebhookSender } from '../webhooks.js';
import { renderHelpdeskTicket, type HelpdeskStoredTicket } from './dataset.js';

/**
 * The Helpdesk API's webhook events (seed 001: `ticket.created`, `ticket.updated`,
 * `ticket.assignment.changed`, `ticket.deleted`), as deskgraph documents their form: `{id, type,
 * createdAt, data: {ticket}}`, `X-Helpdesk-Timestamp` (Unix seconds) and `X-Helpdesk-Signature:
 * sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`.
 */

export type HelpdeskEventType = 'ticket.created' | 'ticket.updated' | 'ticket.assignment.changed' | 'ticket.deleted';

export const helpdeskWebhookSender = (): WebhookSender =>
  createWebhookSender((body, secret) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    return {
      'x-helpdesk-timestamp': timestamp,
      'x-helpdesk-signature': `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
    };
  });

/** Sends one event about `ticket` (only its id, once deleted). */
export const sendHelpdeskEvent = (sender: WebhookSender, type: HelpdeskEventType, ticket: HelpdeskStoredTicket): void =>
  sender.send(
    JSON.stringify({
      id: `evt_${randomUUID().replaceAll('-', '')}`,
      type,
      createdAt: new Date().toISOString(),
      data: { ticket: type === 'ticket.deleted' ? { id: ticket.id, updatedAt: ticket.updatedAt } : renderHelpdeskTicket(ticket) },
    }),
  );
