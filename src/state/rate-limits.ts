import type { RedisConnection } from './redis.js';

/**
 * Rate limits as shared state: one small interface, an in-process implementation, and a Redis one
 * (`REDIS_URL`) that replicas share. Two rules:
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
  /** Places left in the window (or tokens in the bucket) once this one is reserved; 0 when refused. */
  remaining: number;
}

export interface RateLimitStore {
  /** Reserves one request for `key` under `rule`, if it could go within `maxWaitMs`. */
  reserve(key: string, rule: RateRule, maxWaitMs: number): Promise<Reservation>;
}

/** Whole tokens left in a GCRA bucket whose theoretical arrival time is `theoretical`. */
const bucketTokens = (at: number, theoretical: number, interval: number, burst: number): number =>
  Math.max(0, Math.min(burst, Math.floor((at + burst * interval - theoretical) / interval)));

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
    if (waitMs > maxWaitMs) return { granted: false, waitMs, remaining: 0 };
    times.push(goAt);
    windows.set(key, times);
    return { granted: true, waitMs, remaining: Math.max(0, limit - times.length) };
  };

  const reserveBucket = (key: string, perMinute: number, burst: number, maxWaitMs: number): Reservation => {
    const at = now();
    const interval = 60_000 / perMinute;
    const theoretical = Math.max(buckets.get(key) ?? at, at);
    const goAt = theoretical - (burst - 1) * interval;
    const waitMs = Math.max(0, goAt - at);
    if (waitMs > maxWaitMs) return { granted: false, waitMs, remaining: 0 };
    buckets.set(key, theoretical + interval);
    return { granted: true, waitMs, remaining: bucketTokens(at, theoretical + interval, interval, burst) };
  };

  return {
    reserve: async (key, rule, maxWaitMs) =>
      rule.kind === 'window'
        ? reserveWindow(key, rule.limit, rule.windowMs, maxWaitMs)
        : reserveBucket(key, rule.perMinute, rule.burst, maxWaitMs),
  };
};

// Both rules as Lua scripts, so that a reservation is one atomic step however many replicas ask at once.
// Time comes from the Redis server (TIME), so replicas with skewed clocks still share one timeline.
const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS[1] a sorted set of start times; ARGV limit, windowMs, maxWaitMs, a unique member. */
const WINDOW_SCRIPT = `${NOW_MS}
local limit, windowMs, maxWait = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
local n = redis.call('ZCARD', KEYS[1])
local goAt = now
if n >= limit then
  local blocker = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  goAt = math.max(now, tonumber(blocker[2]) + windowMs)
end
local wait = goAt - now
if wait > maxWait then return {0, wait, 0} end
redis.call('ZADD', KEYS[1], goAt, ARGV[4])
redis.call('PEXPIRE', KEYS[1], wait + windowMs + 1000)
return {1, wait, math.max(0, limit - n - 1)}`;

/** KEYS[1] the theoretical arrival time; ARGV perMinute, burst, maxWaitMs. */
const BUCKET_SCRIPT = `${NOW_MS}
local interval, burst, maxWait = 60000 / tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local theoretical = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local wait = math.max(0, math.ceil(theoretical - (burst - 1) * interval - now))
if wait > maxWait then return {0, wait, 0} end
redis.call('SET', KEYS[1], tostring(theoretical + interval), 'PX', math.ceil(burst * interval + wait) + 1000)
return {1, wait, math.max(0, math.min(burst, math.floor((now + burst * interval - theoretical - interval) / interval)))}`;

const RATE_PREFIX = 'deskgraph:rate:';

/** The same rules in Redis, so that replicas share one budget per upstream and per client token. */
export const createRedisRateLimitStore = (redisConnection: RedisConnection): RateLimitStore => {
  let sequence = 0;
  const member = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const reservation = (reply: unknown): Reservation => {
    const [granted, waitMs, remaining] = reply as [number, number, number];
    return { granted: granted === 1, waitMs, remaining };
  };
  return {
    reserve: async (key, rule, maxWaitMs) => {
      const redis = await redisConnection.client();
      // Lua numbers: an infinite wait allowance is sent as a very large one.
      const allowance = String(Number.isFinite(maxWaitMs) ? maxWaitMs : Number.MAX_SAFE_INTEGER);
      return rule.kind === 'window'
        ? reservation(await redis.eval(WINDOW_SCRIPT, 1, `${RATE_PREFIX}w:${key}`, rule.limit, rule.windowMs, allowance, `${member}-${sequence++}`))
        : reservation(await redis.eval(BUCKET_SCRIPT, 1, `${RATE_PREFIX}b:${key}`, rule.perMinute, rule.burst, allowance));
    },
  };
};
