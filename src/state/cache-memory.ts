import { cacheCounter, type RecordCache } from './cache.js';

/**
 * The in-process record cache: an LRU bounded by the memory its entries take (estimated from their
 * JSON length when stored), so a burst of large records evicts the least recently used ones instead
 * of growing the heap.
 */
export interface MemoryCacheOptions {
  /** The bound on the entries' estimated size. */
  maxBytes: number;
  /** The clock, for tests. */
  now?: () => number;
}

interface Entry {
  value: unknown;
  freshUntil: number;
  expiresAt: number;
  bytes: number;
}

/** Per entry, besides its value: the map slot, the key and the timestamps. */
const ENTRY_OVERHEAD_BYTES = 120;

/** Strings are two bytes a character in V8's worst case. */
const estimateBytes = (key: string, value: unknown): number => ENTRY_OVERHEAD_BYTES + 2 * (key.length + (JSON.stringify(value)?.length ?? 0));

export const createMemoryRecordCache = ({ maxBytes, now = Date.now }: MemoryCacheOptions): RecordCache & { readonly bytes: number } => {
  // A Map iterates in insertion order: re-inserting on every read keeps the least recent first.
  const entries = new Map<string, Entry>();
  const counter = cacheCounter();
  let bytes = 0;
  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  return {
    get bytes() {
      return bytes;
    },
    async getMany(keys) {
      const at = now();
      return keys.map((key) => {
        const entry = entries.get(key);
        if (!entry || entry.expiresAt <= at) {
          if (entry) remove(key);
          counter.count('miss');
          return undefined;
        }
        entries.delete(key);
        entries.set(key, entry);
        const stale = entry.freshUntil <= at;
        counter.count(stale ? 'stale' : 'hit');
        return { value: entry.value, stale };
      });
    },
    async setMany(writes) {
      const at = now();
      for (const { key, value, ttlMs, staleMs } of writes) {
        remove(key);
        const entry = { value, freshUntil: at + ttlMs, expiresAt: at + ttlMs + staleMs, bytes: estimateBytes(key, value) };
        if (entry.bytes > maxBytes) continue;
        entries.set(key, entry);
        bytes += entry.bytes;
      }
      for (const key of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(key);
      }
    },
    async deleteMany(keys) {
      for (const key of keys) remove(key);
    },
    counts: counter.counts,
    observe: counter.observe,
    async close() {
      entries.clear();
      bytes = 0;
    },
  };
};
