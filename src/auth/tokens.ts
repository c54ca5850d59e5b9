import { createHash, timingSafeEqual } from 'node:crypto';
import type { LimitsConfig, TokenConfig } from '../config/load.js';
import type { Principal } from './principal.js';

const digest = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

/**
 * Finds the principal for a bearer secret. Secrets are compared as SHA-256 digests with
 * `timingSafeEqual`, against every configured token, so the time taken says nothing about how much
 * of a secret matched or which token it was.
 */
export const createTokenVerifier = (
  tokens: readonly TokenConfig[],
  limits: Pick<LimitsConfig, 'maxCost' | 'requestsPerMinute' | 'burst'>,
): ((secret: string) => Principal | undefined) => {
  const known = tokens.map((token) => ({
    digest: digest(token.secret),
    principal: {
      tokenId: token.id,
      workspaceIds: new Set(token.workspaces),
      access: token.access,
      limits: {
        maxCost: token.limits?.maxCost ?? limits.maxCost,
        requestsPerMinute: token.limits?.requestsPerMinute ?? limits.requestsPerMinute,
        burst: token.limits?.burst ?? limits.burst,
      },
    } satisfies Principal,
  }));
  return (secret) => {
    const candidate = digest(secret);
    let found: Principal | undefined;
    for (const token of known) {
      if (timingSafeEqual(candidate, token.digest)) found = token.principal;
    }
    return found;
  };
};

/** The secret of an `Authorization: Bearer <secret>` header, or undefined. */
export const bearerSecret = (header: string | null): string | undefined => {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
};
