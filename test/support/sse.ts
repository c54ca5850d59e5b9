/**
 * A GraphQL subscription over Server-Sent Events (graphql-sse's distinct-connections mode, which yoga
 * speaks natively), read event by event: what a browser's EventSource or an SSE client library gets.
 */

export interface SseResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface SseSubscription {
  status: number;
  /** The next `next` event's payload, or an error after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseResult>;
  /** Payloads that arrived and were not read yet. */
  pending(): number;
  /** Whether the server ended the stream (`complete`, or the body closed). */
  completed(): boolean;
  close(): void;
}

export const subscribeSse = async (
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<SseSubscription> => {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const queued: SseResult[] = [];
  const waiters: ((result: SseResult) => void)[] = [];
  let done = false;
  const deliver = (result: SseResult): void => {
    const waiter = waiters.shift();
    if (waiter) waiter(result);
    else queued.push(result);
  };
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream') && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: ?(.*)$/m.exec(block)?.[1];
            const data = block
              .split('\n')
              .filter((line) => line.startsWith('data:'))
              .map((line) => line.slice(5).trimStart())
              .join('\n');
            if (event === 'next' && data) deliver(JSON.parse(data) as SseResult);
            if (event === 'complete') done = true;
          }
        }
      } catch {
        // aborted by close()
      }
      done = true;
    })();
  } else {
    deliver((await response.json()) as SseResult);
    done = true;
  }
  return {
    status: response.status,
    next: (timeoutMs = 5000) => {
      const ready = queued.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(settle), 1);
          reject(new Error(`no subscription event within ${timeoutMs} ms`));
        }, timeoutMs);
        const settle = (result: SseResult): void => {
          clearTimeout(timer);
          resolve(result);
        };
        waiters.push(settle);
      });
    },
    pending: () => queued.length,
    completed: () => done,
    close: () => abort.abort(),
  };
};
