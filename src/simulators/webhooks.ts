import { z } from 'zod';
import type { SimResponse, SimRoute } from './sim-server.js';

/**
 * Webhooks a simulator sends when its data changes, as its upstream would: to the URL set with
 * `POST /_sim/webhooks {url, secret}` (or at start), signed the upstream's way. Sent after the
 * change's answer, one attempt each, in order; `deliveries()` counts what was sent and what failed.
 */

export const webhookTargetSchema = z
  .object({
    /** Where to POST; null stops sending. */
    url: z.url({ protocol: /^https?$/ }).nullable(),
    secret: z.string().min(1).optional(),
  })
  .strict();
export type WebhookTarget = z.infer<typeof webhookTargetSchema>;

export interface WebhookSender {
  /** Sets (or with `url: null` clears) where deliveries go. */
  configure(target: WebhookTarget): void;
  /** Queues one delivery: `body` (already serialised) to the URL plus `path`, with the upstream's signature headers. */
  send(body: string, path?: string): void;
  deliveries(): { sent: number; failed: number };
  /** Resolves once every queued delivery has been attempted. */
  settled(): Promise<void>;
}

export const createWebhookSender = (
  /** The upstream's signature headers for a body. */
  sign: (body: string, secret: string) => Record<string, string>,
  target: WebhookTarget = { url: null },
): WebhookSender => {
  let current = target;
  let queue: Promise<void> = Promise.resolve();
  const counts = { sent: 0, failed: 0 };
  return {
    configure: (next) => {
      current = next;
    },
    send(body, path = '') {
      const { url, secret } = current;
      if (!url) return;
      const headers = { 'content-type': 'application/json', ...sign(body, secret ?? '') };
      queue = queue.then(async () => {
        try {
          const response = await fetch(`${url.replace(/\/$/, '')}${path}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
          await response.arrayBuffer();
          if (response.ok) counts.sent++;
          else counts.failed++;
        } catch {
          counts.failed++;
        }
      });
    },
    deliveries: () => ({ ...counts }),
    settled: () => queue,
  };
};

/** `POST /_sim/events`: one change to make happen, as a write would (and its webhook, where the upstream sends one). */
export const simEventSchema = z
  .object({
    type: z.enum(['created', 'updated', 'assigned', 'deleted']).default('updated'),
    /** The ticket to change; the most recently created one when absent. */
    ticketId: z.string().min(1).optional(),
  })
  .strict();
export type SimEvent = z.infer<typeof simEventSchema>;

/** The answer to a `/_sim/events` the simulator cannot make happen. */
export const unsupportedEvent = (event: SimEvent): SimResponse => ({ status: 400, body: { error: `this simulator cannot make a "${event.type}" event happen` } });

/**
 * A `/_sim/events` change made through the simulator's own route (found by its key, `PATCH
 * /api/v1/tickets/:id`), as a client's write would be, so it has every effect a write has.
 */
export const throughRoute = async (
  routes: readonly SimRoute[],
  key: string,
  request: { params?: Record<string, string>; body?: unknown; headers?: Record<string, string> },
): Promise<SimResponse> => {
  const route = routes.find((candidate) => `${candidate.method} ${candidate.pattern}` === key);
  if (!route) throw new Error(`no route ${key}`);
  return route.handle({
    method: route.method,
    path: route.pattern,
    query: new URLSearchParams(),
    headers: request.headers ?? {},
    body: request.body,
    params: request.params ?? {},
  });
};

/** The record created last: where `/_sim/events` acts when it names no ticket. */
export const newest = <T>(records: Iterable<T>, createdAt: (record: T) => string): T | undefined => {
  let found: T | undefined;
  for (const record of records) if (!found || createdAt(record) > createdAt(found)) found = record;
  return found;
};
