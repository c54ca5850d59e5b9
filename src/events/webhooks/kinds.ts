import { helpdeskWebhooks } from './helpdesk.js';
import type { WebhookKind } from './kind.js';
import { plainWebhooks } from './plain.js';
import { zendeskWebhooks } from './zendesk.js';

/** The connector kinds whose upstream pushes webhooks; the others are polled. */
export const WEBHOOK_KINDS: ReadonlyMap<string, WebhookKind<never>> = new Map<string, WebhookKind<never>>([
  ['zendesk', zendeskWebhooks as WebhookKind<never>],
  ['plain', plainWebhooks as WebhookKind<never>],
  ['helpdesk', helpdeskWebhooks as WebhookKind<never>],
]);
