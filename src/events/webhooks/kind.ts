import type { z } from 'zod';
import type { TicketChange } from '../ticket-event.js';

/**
 * How one helpdesk signs and shapes its webhooks. The receiver (src/plugins/webhooks.ts) does the rest the same
 * way for every kind: bounds the body, verifies, refuses stale deliveries, de-duplicates, publishes.
 */
export interface WebhookKind<Body = unknown> {
  /** Parses the raw body; JSON.parse when absent. */
  parse?(rawBody: string): unknown;
  /** Whether the signature headers match the raw body under `secret`. */
  verify(headers: Headers, rawBody: string, secret: string): boolean;
  /** The body's shape: strict for the fields mapped, lenient for the rest. */
  body: z.ZodType<Body>;
  /** The delivery's own id (for de-duplication) and when it was signed (for replay), in ms. */
  delivery(headers: Headers, body: Body): { id: string; signedAt: number } | undefined;
  /**
   * The ticket changes a delivery reports; a string names an event type the gateway does not map
   * (ignored, logged at debug). `route` is the path below `/webhooks/{connectionId}/`.
   */
  changes(body: Body, route: readonly string[]): TicketChange[] | string;
}

/** A timestamp header as ms since the epoch: ISO 8601, or Unix seconds. */
export const parseTimestamp = (value: string | null): number | undefined => {
  if (!value) return undefined;
  const ms = /^\d{1,12}$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
};
