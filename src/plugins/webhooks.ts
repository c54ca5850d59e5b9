import type { Plugin } from 'graphql-yoga';
import type { WebhookRejection } from '../events/counters.js';
import type { LiveEvents } from '../events/live.js';
import { log } from '../observability/log.js';
import { readCapped } from '../protection/body-limit.js';

/**
 * `POST /webhooks/{connectionId}`: a helpdesk's webhook deliveries. They carry no bearer token (the
 * upstream cannot send one): each is authenticated by its signature under the connection's secret.
 * In order, each step before the next spends anything: the connection must take webhooks (404), the
 * body is bounded (413), the signature must match (401), the body must have the kind's shape (400),
 * the delivery must be recent (401: a replay), and new (a repeat is answered 200 and dropped). Then
 * its ticket changes are published to the connection's workspace. Refusals log one line, never the
 * body or the secret.
 */

export interface WebhookReceiverOptions {
  /** The live events of the current config (SIGHUP may replace them). */
  events: () => LiveEvents;
  /** Largest body read, in bytes. */
  maxBodyBytes: number;
  /** How far a delivery's signing time may be from now, either way. */
  toleranceMs: number;
}

const PATH = /^\/webhooks\/([A-Za-z0-9][A-Za-z0-9_-]{0,63})((?:\/[a-z_]{1,32}){0,2})\/?$/;

export const useWebhookReceiver = (options: WebhookReceiverOptions): Plugin => {
  const handle = async (request: Request, connectionId: string, route: string[], fetchAPI: { Response: typeof Response }): Promise<Response> => {
    const events = options.events();
    const { counters } = events;
    const answer = (status: number, body: Record<string, unknown>): Response => fetchAPI.Response.json(body, { status });
    const refuse = (status: number, reason: WebhookRejection, message: string): Response => {
      counters.webhooksRejected[reason]++;
      log.warn('webhook refused', { connectionId, reason });
      return answer(status, { error: message });
    };
    if (request.method !== 'POST') return answer(405, { error: 'webhooks are POSTed' });
    const connection = events.webhookConnection(connectionId);
    if (!connection) return refuse(404, 'unknown_connection', 'no connection takes webhooks at this address');

    let raw: string;
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBodyBytes) return refuse(413, 'too_large', `the body is over ${options.maxBodyBytes} bytes`);
    try {
      raw = await readCapped(request, options.maxBodyBytes);
    } catch {
      return refuse(413, 'too_large', `the body is over ${options.maxBodyBytes} bytes`);
    }
    const { kind } = connection;
    if (!kind.verify(request.headers, raw, connection.secret)) return refuse(401, 'signature', 'the signature does not match');

    let json: unknown;
    try {
      json = kind.parse ? kind.parse(raw) : JSON.parse(raw);
    } catch {
      return refuse(400, 'invalid', 'the body is not JSON');
    }
    const parsed = kind.body.safeParse(json);
    if (!parsed.success) {
      log.debug('webhook body refused', { connectionId, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
      return refuse(400, 'invalid', 'the body is not a delivery this connection sends');
    }
    const delivery = kind.delivery(request.headers, parsed.data);
    if (!delivery) return refuse(400, 'invalid', 'the delivery has no id or timestamp');
    if (Math.abs(Date.now() - delivery.signedAt) > options.toleranceMs) return refuse(401, 'stale', 'the delivery is too old (or from the future): a replay?');

    counters.webhooksReceived++;
    // Remembered past the tolerance: a replay after that is refused as stale anyway.
    if (!(await events.claimDelivery(connectionId, delivery.id, options.toleranceMs * 2))) {
      counters.duplicates++;
      return answer(200, { received: 0, duplicate: true });
    }
    const changes = kind.changes(parsed.data, route);
    if (typeof changes === 'string') {
      log.debug('webhook of an event type that is no ticket change, ignored', { connectionId, eventType: changes.slice(0, 80) });
      return answer(200, { received: 0, ignored: true });
    }
    return answer(200, { received: await events.publish(connection, changes) });
  };

  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (!url.pathname.startsWith('/webhooks/')) return;
      const match = PATH.exec(url.pathname);
      if (!match) {
        endResponse(fetchAPI.Response.json({ error: 'no such webhook address' }, { status: 404 }));
        return;
      }
      const route = (match[2] ?? '').split('/').filter(Boolean);
      endResponse(await handle(request, match[1] as string, route, fetchAPI));
    },
  };
};
