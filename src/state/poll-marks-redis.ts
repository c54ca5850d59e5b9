import type { PollMark, PollMarks } from './poll-marks.js';
import type { RedisConnection } from './redis.js';

/** Marks and leases in Redis, so replicas poll each connection once between them and share where they left off. */

const MARK = 'deskgraph:poll:mark:';
const LEASE = 'deskgraph:poll:lease:';
/** A mark nobody moved for a day is of no use (a new poll starts from now): let it expire. */
const MARK_TTL_MS = 24 * 60 * 60 * 1000;

/** KEYS[1] the lease; ARGV holder, ttlMs. Renews the holder's lease, or takes a free one. */
const LEASE_SCRIPT = `local held = redis.call('GET', KEYS[1])
if held == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if held then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/** KEYS[1] the lease; ARGV holder. Frees it only when the holder still has it. */
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export const createRedisPollMarks = (redis: RedisConnection): PollMarks => ({
  async read(connectionId) {
    const raw = await (await redis.client()).get(MARK + connectionId);
    return raw === null ? undefined : (JSON.parse(raw) as PollMark);
  },
  async write(connectionId, mark) {
    await (await redis.client()).set(MARK + connectionId, JSON.stringify(mark), 'PX', MARK_TTL_MS);
  },
  lease: async (connectionId, holder, ttlMs) => (await (await redis.client()).eval(LEASE_SCRIPT, 1, LEASE + connectionId, holder, ttlMs)) === 1,
  async release(connectionId, holder) {
    await (await redis.client()).eval(RELEASE_SCRIPT, 1, LEASE + connectionId, holder);
  },
});
