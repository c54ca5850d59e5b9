import type { Plugin } from 'graphql-yoga';
import type { Principal } from '../auth/principal.js';
import { bearerSecret } from '../auth/tokens.js';
import { rejectionResponse } from './reject.js';

export interface AuthenticationOptions {
  /** The GraphQL endpoint, whose every request needs a token. Default `/graphql`. */
  endpoint?: string;
  verify(secret: string): Principal | undefined;
  /** Whether this request may go on without a token (the GraphiQL page for a browser). Default: none. */
  isPublic?(request: Request): boolean;
}

const principals = new WeakMap<Request, Principal>();

/** The principal `useAuthentication` found for this request. */
export const principalOf = (request: Request): Principal | undefined => principals.get(request);

/**
 * Checks the bearer token in `onRequest`, before the body is read: a request without a valid token
 * costs no parsing, validation or suggestion, and gets 401 with UNAUTHENTICATED.
 */
export const useAuthentication = (options: AuthenticationOptions): Plugin => {
  const endpoint = options.endpoint ?? '/graphql';
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== endpoint || options.isPublic?.(request)) return;
      const secret = bearerSecret(request.headers.get('authorization'));
      const principal = secret === undefined ? undefined : options.verify(secret);
      if (!principal) {
        const message = secret === undefined ? 'send `Authorization: Bearer <token>`' : 'the bearer token is not valid';
        endResponse(rejectionResponse(fetchAPI, 'UNAUTHENTICATED', message, 401, { 'www-authenticate': 'Bearer' }));
        return;
      }
      principals.set(request, principal);
    },
  };
};
