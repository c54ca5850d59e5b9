import type { Redis } from 'ioredis';
import type { EventBus } from './events.js';
import type { RedisConnection } from './redis.js';

/**
 * The event bus in Redis: PUBLISH on the shared connection, and one SUBSCRIBE connection per process
 * (opened with the first listener), dispatching each channel's messages to this process's listeners.
 * `claimOnce` is a SET NX with the window as its expiry, so exactly one replica claims a key.
 */
export const createRedisEventBus = (redis: RedisConnection): EventBus => {
  const listeners = new Map<string, Set<(message: string) => void>>();
  let subscriber: Promise<Redis> | undefined;
  const subscriberConnection = (): Promise<Redis> =>
    (subscriber ??= redis.subscriber().then((connection) => {
      connection.on('message', (channel: string, message: string) => {
        for (const listener of listeners.get(channel) ?? []) listener(message);
      });
      return connection;
    }));
  return {
    async publish(channel, message) {
      await (await redis.client()).publish(channel, message);
    },
    async subscribe(channel, listener) {
      const connection = await subscriberConnection();
      let channelListeners = listeners.get(channel);
      if (!channelListeners) {
        channelListeners = new Set();
        listeners.set(channel, channelListeners);
        await connection.subscribe(channel);
      }
      const own = channelListeners;
      own.add(listener);
      return async () => {
        own.delete(listener);
        if (own.size > 0 || listeners.get(channel) !== own) return;
        listeners.delete(channel);
        await connection.unsubscribe(channel);
      };
    },
    async listeners(channel) {
      const reply = (await (await redis.client()).pubsub('NUMSUB', channel)) as [string, number | string];
      return Number(reply[1]);
    },
    claimOnce: async (key, ttlMs) => (await (await redis.client()).set(key, '1', 'PX', ttlMs, 'NX')) === 'OK',
    // The connections belong to the shared state, which closes them.
    close: async () => listeners.clear(),
  };
};
