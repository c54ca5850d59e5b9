import type { Redis } from 'ioredis';

/**
 * The process's Redis connections, opened on first use: one for commands, shared by every store, and
 * one per subscriber, because a connection in subscribe mode can run no other command.
 * ioredis is loaded only when Redis is configured, so most deployments never pay for the client.
 */
export interface RedisConnection {
  /** The shared command connection. */
  client(): Promise<Redis>;
  /** A new connection for SUBSCRIBE; the caller owns it, and `close` closes it too. */
  subscriber(): Promise<Redis>;
  close(): Promise<void>;
}

export const createRedisConnection = (url: string): RedisConnection => {
  const opened: Promise<Redis>[] = [];
  const open = (): Promise<Redis> => {
    const connecting = import('ioredis').then(({ Redis: Client }) => new Client(url, { maxRetriesPerRequest: 2, lazyConnect: false }));
    opened.push(connecting);
    return connecting;
  };
  let command: Promise<Redis> | undefined;
  return {
    client: () => (command ??= open()),
    subscriber: open,
    close: async () => {
      const all = opened.splice(0);
      command = undefined;
      await Promise.all(all.map(async (connecting) => (await connecting).quit().catch(() => undefined)));
    },
  };
};
