import { randomUUID } from 'node:crypto';
import type { ConnectionEventsConfig, GatewayConfig } from '../config/load.js';
import type { Connector } from '../connectors/connector.js';
import { GatewayError } from '../domain/errors.js';
import { trackSubscription } from '../observability/metrics.js';
import type { EventBus } from '../state/events.js';
import type { PollMarks } from '../state/poll-marks.js';
import { createEventCounters, type EventCounters } from './counters.js';
import { createEventHub } from './hub.js';
import { createPoller, isPollable } from './poller.js';
import type { TicketChange, TicketEvent, TicketEventType } from './ticket-event.js';
import type { WebhookKind } from './webhooks/kind.js';
import { WEBHOOK_KINDS } from './webhooks/kinds.js';

/**
 * Live updates, wired: what webhooks need (src/plugins/webhooks.ts answers them), polling where there
 * are none, the shared bus between replicas, and subscriptions out (`subscribe`), each bounded per
 * token and per replica.
 */

export interface LiveConnectionOf {
  workspaceId: string;
  kind: string;
  connector: Connector;
}

export interface LiveEventsOptions {
  config: Pick<GatewayConfig, 'events' | 'limits'>;
  connections: readonly LiveConnectionOf[];
  bus: EventBus;
  marks: PollMarks;
}

export interface SubscribeRequest {
  tokenId: string;
  workspaceId: string;
  /** The connections whose events the subscriber wants (all of them in the workspace, or one). */
  connectionIds: readonly string[];
  /** Only these event types; every type when absent. */
  types?: readonly TicketEventType[] | undefined;
  /** Ends the stream when aborted (the server stopping); stops listening to it once the stream ends. */
  until?: AbortSignal | undefined;
}

/** A connection that takes webhooks: its kind sends them and it has a secret. */
export interface WebhookConnection {
  workspaceId: string;
  connector: Connector;
  kind: WebhookKind<never>;
  secret: string;
}

export interface LiveEvents {
  counters: EventCounters;
  /** The connection a webhook address names, when it takes webhooks. */
  webhookConnection(id: string): WebhookConnection | undefined;
  /** True the first time a delivery id of a connection is seen within `ttlMs` (on any replica). */
  claimDelivery(connectionId: string, deliveryId: string, ttlMs: number): Promise<boolean>;
  /** Publishes a connection's changes to its workspace's subscribers, each once; answers how many went out. */
  publish(connection: { workspaceId: string; connector: Connector }, changes: readonly TicketChange[]): Promise<number>;
  /** A subscriber's events, from now until the iterator is returned. TOO_MANY_SUBSCRIPTIONS past the bounds. */
  subscribe(request: SubscribeRequest): Promise<AsyncIterableIterator<TicketEvent>>;
  close(): Promise<void>;
}

/** How long a published change is remembered to drop a repeat (a webhook redelivered late, the poller seeing it too). */
const DEDUPE_WINDOW_MS = 10 * 60 * 1000;
const WEBHOOK_POLL_INTERVAL_MS = 60_000;
const POLL_INTERVAL_MS = 10_000;

/** The poll interval in force: the configured one, else by whether the kind pushes webhooks. */
export const pollIntervalOf = (kind: string, events: ConnectionEventsConfig | undefined): number =>
  events?.pollIntervalMs ?? (WEBHOOK_KINDS.has(kind) ? WEBHOOK_POLL_INTERVAL_MS : POLL_INTERVAL_MS);

export const createLiveEvents = (options: LiveEventsOptions): LiveEvents => {
  const { config, bus, marks } = options;
  const counters = createEventCounters();
  const read = { deadlineMs: config.limits.deadlineMs, maxUpstreamCalls: config.limits.maxUpstreamCalls };
  const hub = createEventHub({ bus, counters, dedupeWindowMs: DEDUPE_WINDOW_MS, maxQueued: config.events.maxQueuedEvents, read });
  const poller = createPoller({ marks, hub, counters, holder: randomUUID(), read });
  const byId = new Map(options.connections.map((connection) => [connection.connector.id, connection]));
  const perToken = new Map<string, number>();
  let open = 0;

  const webhookConnection = (id: string): WebhookConnection | undefined => {
    const connection = byId.get(id);
    const kind = connection && WEBHOOK_KINDS.get(connection.kind);
    const secret = config.events.connections.get(id)?.webhookSecret;
    return connection && kind && secret ? { workspaceId: connection.workspaceId, connector: connection.connector, kind, secret } : undefined;
  };

  /** Takes one subscription slot of the token and the replica, or refuses before anything starts. */
  const reserve = (tokenId: string): (() => void) => {
    const held = perToken.get(tokenId) ?? 0;
    const { maxSubscriptionsPerToken, maxSubscriptions } = config.events;
    if (held >= maxSubscriptionsPerToken) {
      throw new GatewayError('TOO_MANY_SUBSCRIPTIONS', `this token holds ${held} subscriptions open, its limit on this server (end one first)`);
    }
    if (open >= maxSubscriptions) throw new GatewayError('TOO_MANY_SUBSCRIPTIONS', `this server holds ${open} subscriptions open, its limit; try again later`);
    perToken.set(tokenId, held + 1);
    open++;
    counters.subscribers++;
    const untrack = trackSubscription('ticketEvents');
    let released = false;
    return () => {
      if (released) return;
      released = true;
      untrack();
      const left = (perToken.get(tokenId) ?? 1) - 1;
      if (left > 0) perToken.set(tokenId, left);
      else perToken.delete(tokenId);
      open--;
      counters.subscribers--;
    };
  };

  return {
    counters,
    webhookConnection,
    claimDelivery: (connectionId, deliveryId, ttlMs) => bus.claimOnce(`deskgraph:webhook:${connectionId}:${deliveryId}`, ttlMs),
    publish: (connection, changes) => hub.publish(connection, changes),
    async subscribe(request) {
      const release = reserve(request.tokenId);
      const unwatch: (() => void)[] = [];
      const end = (): void => {
        for (const stop of unwatch) stop();
        release();
      };
      try {
        for (const id of request.connectionIds) {
          const connection = byId.get(id);
          const intervalMs = connection ? pollIntervalOf(connection.kind, config.events.connections.get(id)) : 0;
          if (connection && intervalMs > 0 && isPollable(connection.connector)) {
            unwatch.push(await poller.watch({ workspaceId: connection.workspaceId, connector: connection.connector, intervalMs }));
          }
        }
        const connections = new Set(request.connectionIds);
        const types = request.types && request.types.length > 0 ? new Set(request.types) : undefined;
        const { until } = request;
        let stream: AsyncIterableIterator<TicketEvent> | undefined;
        const stop = (): void => void stream?.return?.();
        stream = await hub.listen({
          workspaceId: request.workspaceId,
          accepts: (event) => connections.has(event.connectionId) && (!types || types.has(event.type)),
          // `until` lives as long as the server: a listener left on it would keep every ended stream.
          onClose: () => {
            until?.removeEventListener('abort', stop);
            end();
          },
        });
        if (until?.aborted) stop();
        else until?.addEventListener('abort', stop, { once: true });
        return stream;
      } catch (error) {
        end();
        throw error;
      }
    },
    close: () => poller.close(),
  };
};
