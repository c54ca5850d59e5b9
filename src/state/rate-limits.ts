/**
 * Rate limits as shared state: one small interface, an in-process implementation here, and room for a
 * Redis one (`REDIS_URL`) that replicas share. Two rules:
 *
 * - `window`: at most `limit` requests in any `windowMs` (a sliding log). Upstreams count their own
 *   budgets over a rolling minute, so this is what keeps the gateway under them; a token bucket of the
 *   same size would let up to twice the limit through in the first minute.
 * - `bucket`: a token bucket (GCRA) of `burst` tokens refilled at `perMinute`, for clients of the
 *   gateway, who may burst and then settle to their steady rate.
 */

export type RateRule =
  | { kind: 'window'; limit: number; windowMs: number }
  | { kind: 'bucket'; perMinute: number; burst: number };

export interface Reservation {
  /** Whether a request was reserved; false when it would have had to wait longer than allowed. */
  granted: boolean;
  /** How long from now until the reserved request may go (or, when refused, until one could). */
  waitMs: number;
}

export interface RateLimitStore {
  /** Reserves one request for `key` under `rule`, if it could go within `maxWaitMs`. */
  reserve(key: string, rule: RateRule, maxWaitMs: number): Promise<Reservation>;
}

/** Drops the start of a sorted list of times up to `before` (exclusive), in place. */
const dropBefore = (times: number[], before: number): void => {
  let i = 0;
  while (i < times.length && (times[i] as number) <= before) i++;
  if (i > 0) times.splice(0, i);
};

export const createMemoryRateLimitStore = (now: () => number = Date.now): RateLimitStore => {
  const windows = new Map<string, number[]>();
  const buckets = new Map<string, number>();

  const reserveWindow = (key: string, limit: number, windowMs: number, maxWaitMs: number): Reservation => {
    const at = now();
    const times = windows.get(key) ?? [];
    dropBefore(times, at - windowMs);
    // The reservation goes when the request `limit` places back has left the window.
    const blocker = times.length >= limit ? (times[times.length - limit] as number) : undefined;
    const goAt = blocker === undefined ? at : Math.max(at, blocker + windowMs);
    const waitMs = goAt - at;
    if (waitMs > maxWaitMs) return { granted: false, waitMs };
    times.push(goAt);
    windows.set(key, times);
    return { granted: true, waitMs };
  };

  const reserveBucket = (key: string, perMinute: number, burst: number, maxWaitMs: number): Reservation => {
    const at = now();
    const interval = 60_000 / perMinute;
    const theoretical = Math.max(buckets.get(key) ?? at, at);
    const goAt = theoretical - (burst - 1) * interval;
    const waitMs = Math.max(0, goAt - at);
    if (waitMs > maxWaitMs) return { granted: false, waitMs };
    buckets.set(key, theoretical + interval);
    return { granted: true, waitMs };
  };

  return {
    reserve: async (key, rule, maxWaitMs) =>
      rule.kind === 'window'
        ? reserveWindow(key, rule.limit, rule.windowMs, maxWaitMs)
        : reserveBucket(key, rule.perMinute, rule.burst, maxWaitMs),
  };
};
