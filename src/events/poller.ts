import type { Connector } from '../connectors/connector.js';
import type { PageRequest } from '../pagination/page.js';
import { createUpstreamScope, runInScope } from '../connectors/http/scope.js';
import type { DomainTicket } from '../domain/types.js';
import { log } from '../observability/log.js';
import type { PollMark, PollMarks } from '../state/poll-marks.js';
import type { EventCounters } from './counters.js';
import type { EventHub } from './hub.js';
import type { TicketChange } from './ticket-event.js';

/**
 * Polling, for upstreams that push nothing (and as a safety net behind those that do): every
 * `intervalMs`, the tickets updated since the connection's high-water mark are read and published,
 * and the mark moves on. A connection is polled only while a subscriber of this replica wants its
 * events, and by one replica at a time (the lease in PollMarks). Each poll is one bounded upstream
 * scope, so it goes through the connection's budgets like any request: when the upstream's budget
 * is spent, the poll fails fast and the next one tries again.
 */

export interface PolledConnection {
  workspaceId: string;
  connector: Connector;
  intervalMs: number;
}

export interface PollerOptions {
  marks: PollMarks;
  hub: EventHub;
  counters: EventCounters;
  /** This replica's name in the lease. */
  holder: string;
  /** Bounds on one poll: its deadline (capped at the interval) and its upstream calls. */
  read: { deadlineMs: number; maxUpstreamCalls: number };
}

export interface Poller {
  /**
   * Polls `connection` until every watcher has called the returned function. Resolves once the
   * connection has a mark, so that no change after the call is missed.
   */
  watch(connection: PolledConnection): Promise<() => void>;
  close(): Promise<void>;
}

/** Tickets read per page, and pages read per poll; more changes than that between two polls are reported by the next ones. */
const PAGE: PageRequest = { first: 100 };
const MAX_PAGES = 3;
/** Upstream time filters may keep only whole seconds: ask a second early and compare exactly here. */
const FILTER_SLACK_MS = 1000;

/** Whether the poller can read a connection's changes: by update time, sorted or filtered. */
export const isPollable = (connector: Connector): boolean =>
  connector.capabilities.sorts.includes('UPDATED_AT') || connector.capabilities.filters.includes('updatedAfter');

const updatedAt = (ticket: DomainTicket): number => Date.parse(ticket.updatedAt ?? ticket.createdAt);
const isAfter = (ticket: DomainTicket, mark: PollMark): boolean => {
  const at = updatedAt(ticket);
  return at > mark.at || (at === mark.at && !mark.ids.includes(ticket.externalId));
};

/** The tickets changed since `mark`, newest first where the upstream sorts by update time. */
const changedSince = async (connector: Connector, mark: PollMark): Promise<DomainTicket[]> => {
  const { sorts, filters } = connector.capabilities;
  const sortedByUpdate = sorts.includes('UPDATED_AT');
  const filter = filters.includes('updatedAfter') ? { updatedAfter: new Date(mark.at - FILTER_SLACK_MS).toISOString() } : {};
  const sort = { field: sortedByUpdate ? 'UPDATED_AT' : 'CREATED_AT', direction: 'DESC' } as const;
  const changed: DomainTicket[] = [];
  let page: PageRequest = PAGE;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const result = await connector.listTickets({ filter, sort, page });
    const tickets = result.edges.map((edge) => edge.node);
    changed.push(...tickets.filter((ticket) => isAfter(ticket, mark)));
    const last = result.edges.at(-1);
    // Sorted by update time, the first ticket at or before the mark ends the changes.
    if (!result.hasNextPage || !last || (sortedByUpdate && tickets.some((ticket) => !isAfter(ticket, mark)))) break;
    page = { first: PAGE.first as number, after: last.cursor };
  }
  return changed;
};

/** The mark after `changed`: their newest update time, and every ticket updated exactly then. */
const advance = (mark: PollMark, changed: readonly DomainTicket[], polledAt: number): PollMark => {
  const at = Math.max(mark.at, ...changed.map(updatedAt));
  const ids = changed.filter((ticket) => updatedAt(ticket) === at).map((ticket) => ticket.externalId);
  return { at, ids: at === mark.at ? [...new Set([...mark.ids, ...ids])] : ids, polledAt };
};

export const createPoller = (options: PollerOptions): Poller => {
  const { marks, hub, counters, holder } = options;
  const loops = new Map<string, { watchers: number; timer?: NodeJS.Timeout; stopped: boolean }>();

  const poll = async ({ workspaceId, connector, intervalMs }: PolledConnection): Promise<void> => {
    if (!(await marks.lease(connector.id, holder, intervalMs * 3))) return;
    const mark = await marks.read(connector.id);
    if (!mark) return;
    counters.polls++;
    const polledAt = Date.now();
    const scope = createUpstreamScope({ deadlineMs: Math.min(options.read.deadlineMs, intervalMs), maxUpstreamCalls: options.read.maxUpstreamCalls });
    const changed = await runInScope(scope, () => changedSince(connector, mark)).finally(() => scope.close());
    const changes: TicketChange[] = changed.map((ticket) => ({
      type: Date.parse(ticket.createdAt) > mark.at ? 'CREATED' : 'UPDATED',
      ticketId: ticket.externalId,
      occurredAt: new Date(updatedAt(ticket)).toISOString(),
      ticket,
    }));
    await hub.publish({ workspaceId, connector }, changes);
    await marks.write(connector.id, advance(mark, changed, polledAt));
  };

  const schedule = (connection: PolledConnection): void => {
    const loop = loops.get(connection.connector.id);
    if (!loop || loop.stopped) return;
    loop.timer = setTimeout(() => {
      poll(connection)
        .catch((error: unknown) => {
          counters.pollFailures++;
          const code = (error as { code?: unknown }).code ?? 'INTERNAL';
          // A spent budget is the budget at work, not a fault: it would log every interval.
          const report = code === 'UPSTREAM_RATE_LIMITED' ? log.debug : log.warn;
          report('events: a poll failed; the next one tries again', { connectionId: connection.connector.id, code });
        })
        .finally(() => schedule(connection));
    }, connection.intervalMs);
    loop.timer.unref();
  };

  return {
    async watch(connection) {
      const id = connection.connector.id;
      // Where the first poll starts: now, unless a replica polls the connection already (then its mark
      // is recent); a mark nobody moved for a while would report changes from before anybody listened.
      const mark = await marks.read(id);
      const now = Date.now();
      if (!mark || now - mark.polledAt > connection.intervalMs * 3) await marks.write(id, { at: now, ids: [], polledAt: now });
      const loop = loops.get(id);
      if (loop) loop.watchers++;
      else {
        loops.set(id, { watchers: 1, stopped: false });
        schedule(connection);
      }
      let released = false;
      return () => {
        const current = loops.get(id);
        if (released || !current) return;
        released = true;
        if (--current.watchers > 0) return;
        current.stopped = true;
        clearTimeout(current.timer);
        loops.delete(id);
        void marks.release(id, holder).catch(() => undefined);
      };
    },
    async close() {
      for (const [id, loop] of loops) {
        loop.stopped = true;
        clearTimeout(loop.timer);
        await marks.release(id, holder).catch(() => undefined);
      }
      loops.clear();
    },
  };
};
