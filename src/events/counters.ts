/**
 * What the live-updates machinery did since the process started, for the operator's metrics (read
 * `snapshot()`; the Prometheus exporter maps each field to a counter or, for `subscribers`, a gauge).
 */

export const WEBHOOK_REJECTIONS = ['signature', 'stale', 'invalid', 'too_large', 'unknown_connection'] as const;
export type WebhookRejection = (typeof WEBHOOK_REJECTIONS)[number];

export interface EventCounters {
  /** Webhook deliveries that passed their signature check. */
  webhooksReceived: number;
  /** Webhook deliveries refused, by reason. */
  webhooksRejected: Record<WebhookRejection, number>;
  /** Deliveries (or polled changes) dropped as repeats of one already published. */
  duplicates: number;
  /** Events this replica published (from its webhooks and its polls). */
  published: number;
  /** Events handed to this replica's subscribers (one per subscriber). */
  delivered: number;
  /** Events a subscriber too slow to read them lost (its queue was full). */
  dropped: number;
  /** Polls made by this replica, and those that failed. */
  polls: number;
  pollFailures: number;
  /** Subscriptions open on this replica now. */
  subscribers: number;
}

export const createEventCounters = (): EventCounters => ({
  webhooksReceived: 0,
  webhooksRejected: Object.fromEntries(WEBHOOK_REJECTIONS.map((reason) => [reason, 0])) as Record<WebhookRejection, number>,
  duplicates: 0,
  published: 0,
  delivered: 0,
  dropped: 0,
  polls: 0,
  pollFailures: 0,
  subscribers: 0,
});
