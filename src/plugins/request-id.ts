import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** An id a client may choose: short, and nothing a log line or header could be confused by. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

const ids = new WeakMap<Request, string>();

/** The id of a request, as `useRequestId` accepted or generated it. */
export const requestIdOf = (request: Request): string | undefined => ids.get(request);

/**
 * Gives every request an id: the client's `x-request-id` when it is a plain token of at most 128
 * characters, else a new UUID. The id is returned in `x-request-id` on every response (401s and 429s
 * too), and carried by the request's log line and trace.
 */
export const useRequestId = (): Plugin => ({
  onRequest: ({ request }) => {
    const given = request.headers.get('x-request-id');
    ids.set(request, given !== null && ACCEPTED.test(given) ? given : randomUUID());
  },
  onResponse: ({ request, response }) => {
    const id = ids.get(request);
    if (id) response.headers.set('x-request-id', id);
  },
});
