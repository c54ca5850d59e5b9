import { createUpstreamScope, runInScope } from '../connectors/http/scope.js';
import type { Connector } from '../connectors/connector.js';
import { log } from '../observability/log.js';
import type { EventBus } from '../state/events.js';
import type { EventCounters } from './counters.js';
import { createEventStream } from './stream.js';
import { changeKey, type TicketChange, type TicketEvent } from './ticket-event.js';

/**
 * The event bus wiring: events are published on their workspace's channel of the shared bus, so every
 * replica hears them, and each replica fans them out to its own subscribers. A replica listens to a
 * workspace's channel only while one of its subscribers does.
 */

export interface EventHubOptions {
  bus: EventBus;
  counters: EventCounters;
  /** How long a published change is remembered, so that a repeat of it is dropped. */
  dedupeWindowMs: number;
  /** Events a subscriber may have waiting before the oldest is dropped. */
  maxQueued: number;
  /** Bounds on the one read that fetches changed tickets for the subscribers. */
  read: { deadlineMs: number; maxUpstreamCalls: number };
}

export interface Listener {
  workspaceId: string;
  /** Whether this subscriber wants the event. */
  accepts(event: TicketEvent): boolean;
  /** Runs once when the subscriber's stream ends. */
  onClose(): void;
}

export interface EventHub {
  /**
   * Publishes the changes one connection reported, each once: a repeat of a change already published
   * (by any replica, within the window) is dropped. When somebody listens, tickets the source did not
   * carry are read once here, so subscribers need not each read them. Answers how many went out.
   */
  publish(connection: { workspaceId: string; connector: Connector }, changes: readonly TicketChange[]): Promise<number>;
  /** This replica's subscriber: its events, until the iterator is returned. */
  listen(listener: Listener): Promise<AsyncIterableIterator<TicketEvent>>;
}

const channelOf = (workspaceId: string): string => `deskgraph:events:${workspaceId}`;

export const createEventHub = (options: EventHubOptions): EventHub => {
  const { bus, counters } = options;
  /** Per workspace: this replica's subscribers and how to stop listening to its channel. */
  const local = new Map<string, { sinks: Set<(event: TicketEvent) => void>; stop: Promise<() => Promise<void>> }>();

  const dispatch = (workspaceId: string) => (message: string) => {
    let event: TicketEvent;
    try {
      event = JSON.parse(message) as TicketEvent;
    } catch {
      log.warn('events: a message on the bus is not JSON', { workspaceId });
      return;
    }
    for (const sink of local.get(workspaceId)?.sinks ?? []) sink(event);
  };

  /** Reads the changed tickets in one batch, within bounds like a request's; on failure, subscribers read them. */
  const snapshots = async (connector: Connector, ids: readonly string[]): Promise<Map<string, TicketEvent['ticket']>> => {
    if (ids.length === 0) return new Map();
    const scope = createUpstreamScope(options.read);
    try {
      const tickets = await runInScope(scope, () => connector.getTickets(ids));
      return new Map(ids.map((id, i) => [id, tickets[i] ?? null]));
    } catch (error) {
      log.debug('events: reading changed tickets failed; subscribers will read them', {
        connectionId: connector.id,
        error: error instanceof Error ? error.message : String(error),
      });
      return new Map();
    } finally {
      scope.close();
    }
  };

  return {
    async publish({ workspaceId, connector }, changes) {
      const fresh: TicketChange[] = [];
      for (const change of changes) {
        if (await bus.claimOnce(`deskgraph:event-seen:${changeKey(connector.id, change)}`, options.dedupeWindowMs)) fresh.push(change);
        else counters.duplicates++;
      }
      if (fresh.length === 0) return 0;
      const channel = channelOf(workspaceId);
      const unread = fresh.filter((change) => change.ticket === undefined).map((change) => change.ticketId);
      const read = (await bus.listeners(channel)) > 0 ? await snapshots(connector, [...new Set(unread)]) : new Map();
      for (const change of fresh) {
        const ticket = change.ticket !== undefined ? change.ticket : read.get(change.ticketId);
        const event: TicketEvent = {
          key: changeKey(connector.id, change),
          type: change.type,
          workspaceId,
          connectionId: connector.id,
          ticketId: change.ticketId,
          occurredAt: new Date(Date.parse(change.occurredAt)).toISOString(),
          ...(ticket === undefined ? {} : { ticket }),
        };
        await bus.publish(channel, JSON.stringify(event));
        counters.published++;
      }
      return fresh.length;
    },

    async listen(listener) {
      const { workspaceId } = listener;
      let entry = local.get(workspaceId);
      if (!entry) {
        const created = { sinks: new Set<(event: TicketEvent) => void>(), stop: bus.subscribe(channelOf(workspaceId), dispatch(workspaceId)) };
        local.set(workspaceId, created);
        entry = created;
      }
      const { sinks, stop } = entry;
      const stream = createEventStream<TicketEvent>({
        maxQueued: options.maxQueued,
        onDrop: () => counters.dropped++,
        onClose: () => {
          listener.onClose();
          sinks.delete(sink);
          if (sinks.size === 0 && local.get(workspaceId)?.sinks === sinks) {
            local.delete(workspaceId);
            void stop.then((unsubscribe) => unsubscribe()).catch(() => undefined);
          }
        },
      });
      const sink = (event: TicketEvent): void => {
        if (!listener.accepts(event)) return;
        counters.delivered++;
        stream.push(event);
      };
      sinks.add(sink);
      // Subscribed on the bus before the subscription starts, so nothing published after it is missed.
      try {
        await stop;
      } catch (error) {
        await stream.return?.();
        throw error;
      }
      return stream;
    },
  };
};
