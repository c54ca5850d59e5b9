/**
 * Ticket events as shared state: a pub/sub that carries them to every replica's subscribers, and a
 * memory of what was already published, so that a change reported twice (a webhook redelivered, or
 * seen by a webhook and by the poller) goes out once. In process by default (./events.ts); in Redis
 * with `REDIS_URL` (./events-redis.ts), so that a webhook one replica receives reaches the
 * subscribers of all of them.
 */
export interface EventBus {
  /** Sends `message` to every listener of `channel`, on every replica. */
  publish(channel: string, message: string): Promise<void>;
  /** Listens to `channel` until the returned function is called. */
  subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>;
  /** How many replicas (this one included) listen to `channel` now. */
  listeners(channel: string): Promise<number>;
  /** True the first time `key` is claimed within `ttlMs`, false for every repeat within it. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Keys claimed once, forgotten after their window; swept as claims come in. */
export const createClaimMemory = (now: () => number = Date.now) => {
  const expiries = new Map<string, number>();
  return (key: string, ttlMs: number): boolean => {
    const at = now();
    // Map order is insertion order and every key gets the same kind of window: expired keys lead.
    for (const [held, expiresAt] of expiries) {
      if (expiresAt > at) break;
      expiries.delete(held);
    }
    if ((expiries.get(key) ?? 0) > at) return false;
    expiries.delete(key);
    expiries.set(key, at + ttlMs);
    return true;
  };
};

export const createMemoryEventBus = (now: () => number = Date.now): EventBus => {
  const channels = new Map<string, Set<(message: string) => void>>();
  const claim = createClaimMemory(now);
  return {
    async publish(channel, message) {
      // Delivered after the publisher's turn, as a broker would.
      for (const listener of channels.get(channel) ?? []) queueMicrotask(() => listener(message));
    },
    async subscribe(channel, listener) {
      const listeners = channels.get(channel) ?? new Set();
      listeners.add(listener);
      channels.set(channel, listeners);
      return async () => {
        listeners.delete(listener);
        if (listeners.size === 0 && channels.get(channel) === listeners) channels.delete(channel);
      };
    },
    listeners: async (channel) => (channels.has(channel) ? 1 : 0),
    claimOnce: async (key, ttlMs) => claim(key, ttlMs),
    async close() {
      channels.clear();
    },
  };
};
