import type { Plugin } from 'graphql-yoga';

/**
 * Headers every response carries: no MIME sniffing, no framing, no referrer leaking ids in URLs.
 * (The GraphiQL page adds its own Content-Security-Policy.)
 */
export const useSecurityHeaders = (): Plugin => ({
  onResponse: ({ response }) => {
    response.headers.set('x-content-type-options', 'nosniff');
    response.headers.set('x-frame-options', 'DENY');
    response.headers.set('referrer-policy', 'no-referrer');
  },
});
