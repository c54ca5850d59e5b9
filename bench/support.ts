import type { GatewayConfig } from '../src/config/load.js';

/** The demo's tokens without a rate limit, for a load generator that is the only client. */
export const unlimitedTokens = (config: GatewayConfig): GatewayConfig => ({
  ...config,
  tokens: config.tokens.map((token) => ({ ...token, limits: { ...token.limits, requestsPerMinute: 1_000_000, burst: 100_000 } })),
});

/** The value at quantile `q` (0..1) of `values`. */
export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
