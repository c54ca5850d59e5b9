import { abortedError, currentScope } from './scope.js';
import type { Interceptor } from './types.js';

/**
 * Shares a connection's `slots` concurrent calls fairly between requests: waiting calls queue per
 * request, and each free slot goes to the next request in turn. A request with a thousand calls then
 * waits behind its own calls, while another request's single call takes the next free slot.
 */
export interface FairQueue {
  /** Resolves with a release function once a slot is free for `owner`; rejects if `signal` aborts first. */
  acquire(owner: object, signal?: AbortSignal): Promise<() => void>;
  readonly active: number;
  readonly waiting: number;
}

interface Waiter {
  grant(): void;
}

/** Calls made outside any request share one owner. */
const NO_REQUEST = {};

export const createFairQueue = (slots: number): FairQueue => {
  let active = 0;
  let waiting = 0;
  // Insertion order is the turn order: an owner served goes to the back if it still waits.
  const queues = new Map<object, Waiter[]>();

  const release = (): void => {
    active--;
    for (const [owner, queue] of queues) {
      const waiter = queue.shift();
      queues.delete(owner);
      if (queue.length > 0) queues.set(owner, queue);
      if (waiter) {
        waiting--;
        active++;
        waiter.grant();
        return;
      }
    }
  };
  const once = (): (() => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting;
    },
    acquire: (owner, signal) => {
      if (active < slots && queues.size === 0) {
        active++;
        return Promise.resolve(once());
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve(once());
          },
        };
        const onAbort = (): void => {
          const queue = queues.get(owner);
          const at = queue?.indexOf(waiter) ?? -1;
          if (queue && at >= 0) {
            queue.splice(at, 1);
            waiting--;
            if (queue.length === 0) queues.delete(owner);
          }
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const queue = queues.get(owner);
        if (queue) queue.push(waiter);
        else queues.set(owner, [waiter]);
        waiting++;
      });
    },
  };
};

/** Holds each call until the connection's fair queue gives it a slot. */
export const fairQueueing =
  (connectionId: string, queue: FairQueue): Interceptor =>
  (next) =>
  async (request) => {
    const scope = currentScope();
    let release: () => void;
    try {
      release = await queue.acquire(scope?.owner ?? NO_REQUEST, scope?.signal);
    } catch (error) {
      throw scope ? abortedError(connectionId, scope) : error;
    }
    try {
      return await next(request);
    } finally {
      release();
    }
  };
