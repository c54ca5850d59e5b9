import type { Plugin } from 'graphql-yoga';
import type { RateLimitStore } from '../state/rate-limits.js';
import { principalOf } from './authenticate.js';
import { rejectionResponse } from './reject.js';

/**
 * A token bucket per token: `requestsPerMinute` steady, `burst` at once (the token's own limits, or the
 * config's). A request over it gets 429 RATE_LIMITED with Retry-After, before its body is read.
 * Runs after `useAuthentication`, which names the token.
 */
export const useTokenRateLimit = (store: RateLimitStore): Plugin => ({
  onRequest: async ({ request, endResponse, fetchAPI }) => {
    const principal = principalOf(request);
    if (!principal) return;
    const { requestsPerMinute, burst } = principal.limits;
    const reservation = await store.reserve(`token:${principal.tokenId}`, { kind: 'bucket', perMinute: requestsPerMinute, burst }, 0);
    if (reservation.granted) return;
    const seconds = Math.max(1, Math.ceil(reservation.waitMs / 1000));
    endResponse(
      rejectionResponse(
        fetchAPI,
        'RATE_LIMITED',
        `this token may send ${requestsPerMinute} requests a minute (bursts of ${burst}); try again in ${seconds} s`,
        429,
        { 'retry-after': String(seconds) },
      ),
    );
  },
});
