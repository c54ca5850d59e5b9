import { describe, expect, it } from 'vitest';
import { bearerSecret, createTokenVerifier } from '../../src/auth/tokens.js';

describe('bearer tokens', () => {
  const verify = createTokenVerifier(
    [
      { id: 'reader', secret: 'reader-secret-0123456789', workspaces: ['acme'], access: 'read' },
      { id: 'writer', secret: 'writer-secret-0123456789', workspaces: ['acme', 'globex'], access: 'write', limits: { maxCost: 50 } },
    ],
    { maxCost: 1000, requestsPerMinute: 600, burst: 60 },
  );
  it('finds the principal of a known secret, without its secret', () => {
    const principal = verify('writer-secret-0123456789');
    expect(principal).toEqual({
      tokenId: 'writer',
      workspaceIds: new Set(['acme', 'globex']),
      access: 'write',
      // The token's own limit wins; the others come from the config's `limits`.
      limits: { maxCost: 50, requestsPerMinute: 600, burst: 60 },
    });
    expect(JSON.stringify(principal)).not.toContain('secret');
  });
  it('refuses unknown secrets, prefixes and extensions of known ones', () => {
    expect(verify('reader-secret-012345678')).toBeUndefined();
    expect(verify('reader-secret-0123456789x')).toBeUndefined();
    expect(verify('')).toBeUndefined();
  });
  it('reads only well-formed Bearer headers', () => {
    expect(bearerSecret('Bearer abc')).toBe('abc');
    expect(bearerSecret('bearer abc')).toBe('abc');
    expect(bearerSecret('Basic abc')).toBeUndefined();
    expect(bearerSecret('Bearer a b')).toBeUndefined();
    expect(bearerSecret(null)).toBeUndefined();
  });
});
