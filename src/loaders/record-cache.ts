import { createHash } from 'node:crypto';
import type { Connector, ConnectionSettings } from '../connectors/connector.js';
import { runOutsideScope } from '../connectors/http/scope.js';
import { GatewayError } from '../domain/errors.js';
import { recordCacheLookup } from '../observability/metrics.js';
import type { CachePolicy, RecordCache } from '../state/cache.js';

/**
 * A connector whose by-id reads go through the shared record cache and are shared between requests,
 * and whose writes invalidate what they change. The per-request loaders sit above it and batch as
 * before; this layer decides, per id, whether the upstream is asked at all:
 *
 * - a fresh entry answers; a stale one answers too and is refreshed in the background (outside the
 *   request, so it spends none of its budget or deadline);
 * - an id another request is loading right now waits for that load instead of asking again;
 * - what is loaded is kept for the kind's TTL, unless a write to that kind happened meanwhile.
 *
 * Keys start with the connection id and a fingerprint of its base URL: one tenant's records are
 * never another's, even when two deployments share a Redis.
 */

/** The by-id reads, by the record kind they return (the names of `cache.ttlSeconds`). */
const READS = {
  getTickets: 'tickets',
  getContacts: 'contacts',
  getAgents: 'agents',
  getOrganizations: 'organizations',
  getTeams: 'teams',
  getTags: 'tags',
  getTicketFields: 'ticketFields',
} as const satisfies Partial<Record<keyof Connector, string>>;

/** The writes, by the record kind whose entry their first argument (an id) changes. */
const WRITES = {
  updateTicket: 'tickets',
  deleteTicket: 'tickets',
  closeTicket: 'tickets',
  replyToTicket: 'tickets',
  addInternalNote: 'tickets',
  updateContact: 'contacts',
  deleteContact: 'contacts',
  updateTag: 'tags',
  deleteTag: 'tags',
} as const satisfies Partial<Record<keyof Connector, string>>;

type ByIds = (ids: readonly string[]) => Promise<unknown[]>;
type Write = (id: string, ...rest: unknown[]) => Promise<unknown>;

/** Failures that belong to the request that made the call, not to the upstream: another request asks again. */
const isCallersOwn = (error: unknown): boolean =>
  error instanceof GatewayError && (error.code === 'REQUEST_CANCELLED' || error.code === 'UPSTREAM_BUDGET_EXCEEDED');

export const withRecordCache = (
  connector: Connector,
  settings: Pick<ConnectionSettings, 'id' | 'baseUrl'>,
  cache: RecordCache,
  policy: CachePolicy,
): Connector => {
  const fingerprint = createHash('sha256').update(settings.baseUrl).digest('hex').slice(0, 12);
  const keyOf = (kind: string, id: string): string => `${settings.id}:${fingerprint}:${kind}:${id}`;
  // Per kind: the loads in flight by id, and a count of writes, so that a load that overlapped a write
  // does not keep what it read before it.
  const inFlight = new Map<string, Map<string, Promise<unknown>>>();
  const writes = new Map<string, number>();
  const flightsOf = (kind: string): Map<string, Promise<unknown>> => {
    let flights = inFlight.get(kind);
    if (!flights) inFlight.set(kind, (flights = new Map()));
    return flights;
  };

  /** Loads `ids` (none in flight) in one upstream batch, shares it with other requests, and keeps the answers. */
  const loadShared = (kind: string, load: ByIds, ids: readonly string[]): Promise<unknown[]> => {
    const flights = flightsOf(kind);
    const epoch = writes.get(kind) ?? 0;
    const batch = load(ids);
    ids.forEach((id, i) => {
      const one = batch.then((records) => records[i] ?? null);
      one.catch(() => undefined);
      flights.set(id, one);
    });
    const settle = (): void => {
      for (const id of ids) flights.delete(id);
    };
    batch.then(
      (records) => {
        settle();
        const ttlMs = policy.ttlMs[kind] ?? 0;
        if (ttlMs <= 0 || (writes.get(kind) ?? 0) !== epoch) return;
        const entries = ids.flatMap((id, i) => (records[i] == null ? [] : [{ key: keyOf(kind, id), value: records[i], ttlMs, staleMs: policy.staleMs }]));
        // A cache that cannot store only costs the next request a call.
        cache.setMany(entries).catch(() => undefined);
      },
      settle,
    );
    return batch;
  };

  /** Answers `ids` from loads in flight where there are some, loading the rest itself. */
  const loadLive = async (kind: string, load: ByIds, ids: readonly string[]): Promise<Map<string, unknown>> => {
    const flights = flightsOf(kind);
    const joined = ids.filter((id) => flights.has(id));
    const own = ids.filter((id) => !flights.has(id));
    const found = new Map<string, unknown>();
    const [ownRecords] = await Promise.all([
      own.length > 0 ? loadShared(kind, load, own) : [],
      ...joined.map(async (id) => {
        try {
          found.set(id, await flights.get(id));
        } catch (error) {
          if (!isCallersOwn(error)) throw error;
          // The request that was loading it left or ran out of calls: this one still wants it.
          found.set(id, (await load([id]))[0] ?? null);
        }
      }),
    ]);
    own.forEach((id, i) => found.set(id, ownRecords[i] ?? null));
    return found;
  };

  const refresh = (kind: string, load: ByIds, ids: readonly string[]): void => {
    const flights = flightsOf(kind);
    const idle = ids.filter((id) => !flights.has(id));
    if (idle.length > 0) runOutsideScope(() => loadShared(kind, load, idle)).catch(() => undefined);
  };

  const cachedRead =
    (kind: string, load: ByIds): ByIds =>
    async (ids) => {
      const unique = [...new Set(ids)];
      let found = new Map<string, unknown>();
      let missing = unique;
      if ((policy.ttlMs[kind] ?? 0) > 0) {
        // Without its cache (Redis down, say) the gateway still answers, live.
        const cached = await cache.getMany(unique.map((id) => keyOf(kind, id))).catch(() => []);
        const stale: string[] = [];
        missing = unique.filter((id, i) => {
          const entry = cached[i];
          if (!entry) return true;
          found.set(id, entry.value);
          if (entry.stale) stale.push(id);
          return false;
        });
        recordCacheLookup(kind, 'hit', unique.length - missing.length - stale.length);
        recordCacheLookup(kind, 'stale', stale.length);
        recordCacheLookup(kind, 'miss', missing.length);
        if (stale.length > 0) refresh(kind, load, stale);
      }
      if (missing.length > 0) found = new Map([...found, ...(await loadLive(kind, load, missing))]);
      return ids.map((id) => found.get(id) ?? null);
    };

  const invalidate = async (kind: string, id: string): Promise<void> => {
    writes.set(kind, (writes.get(kind) ?? 0) + 1);
    flightsOf(kind).delete(id);
    await cache.deleteMany([keyOf(kind, id)]).catch(() => undefined);
  };
  const invalidating =
    (kind: string, write: Write): Write =>
    async (id, ...rest) => {
      // Before and after: a load that overlaps the write keeps nothing, and what was kept is gone.
      await invalidate(kind, id);
      try {
        return await write(id, ...rest);
      } finally {
        await invalidate(kind, id);
      }
    };

  const wrapped: Record<string, unknown> = { ...connector };
  for (const [method, kind] of Object.entries(READS)) {
    const read = connector[method as keyof typeof READS];
    if (read) wrapped[method] = cachedRead(kind, read.bind(connector) as ByIds);
  }
  for (const [method, kind] of Object.entries(WRITES)) {
    const write = connector[method as keyof typeof WRITES];
    if (write) wrapped[method] = invalidating(kind, write.bind(connector) as Write);
  }
  return wrapped as unknown as Connector;
};
