/**
 * A subscriber's queue: events pushed in as they arrive, read out by the subscription's async
 * iterator. Bounded: a subscriber that reads slower than events come loses the oldest ones (counted)
 * rather than growing the process's memory. Ends when the client goes (`return`) and then runs
 * `onClose` once.
 */
export interface EventStream<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
}

export const createEventStream = <T>(options: { maxQueued: number; onDrop(): void; onClose(): void }): EventStream<T> => {
  const queued: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    queued.length = 0;
    waiting?.({ value: undefined, done: true });
    waiting = undefined;
    options.onClose();
  };
  const stream: EventStream<T> = {
    push(value) {
      if (closed) return;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value, done: false });
        return;
      }
      if (queued.length >= options.maxQueued) {
        queued.shift();
        options.onDrop();
      }
      queued.push(value);
    },
    next() {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift() as T, done: false });
      if (closed) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      close();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      close();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
};
