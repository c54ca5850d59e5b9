/**
 * Where polling left off, per connection, and who polls it. A poll reads the tickets changed since
 * the connection's high-water mark, publishes them and moves the mark on; a lease makes sure only
 * one replica polls a connection at a time (the first to ask while it is free, for as long as it
 * keeps renewing it). In process by default; in Redis with `REDIS_URL` (./poll-marks-redis.ts), so
 * that replicas neither poll twice nor report a change twice.
 */

/** The newest update time seen (ms), the tickets updated at exactly that time, and when the last poll was (ms). */
export interface PollMark {
  at: number;
  ids: string[];
  polledAt: number;
}

export interface PollMarks {
  read(connectionId: string): Promise<PollMark | undefined>;
  write(connectionId: string, mark: PollMark): Promise<void>;
  /** Takes the connection's lease for `holder`, or renews it when `holder` has it; false when another holds it. */
  lease(connectionId: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up (when `holder` has it), so another replica may poll at once. */
  release(connectionId: string, holder: string): Promise<void>;
}

export const createMemoryPollMarks = (now: () => number = Date.now): PollMarks => {
  const marks = new Map<string, PollMark>();
  const leases = new Map<string, { holder: string; until: number }>();
  return {
    read: async (connectionId) => marks.get(connectionId),
    async write(connectionId, mark) {
      marks.set(connectionId, { ...mark, ids: [...mark.ids] });
    },
    async lease(connectionId, holder, ttlMs) {
      const held = leases.get(connectionId);
      if (held && held.holder !== holder && held.until > now()) return false;
      leases.set(connectionId, { holder, until: now() + ttlMs });
      return true;
    },
    async release(connectionId, holder) {
      if (leases.get(connectionId)?.holder === holder) leases.delete(connectionId);
    },
  };
};
