import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of `data` with `secret`, in the encoding the upstream sends. */
export const hmacSha256 = (secret: string, data: string, encoding: 'hex' | 'base64'): string =>
  createHmac('sha256', secret).update(data, 'utf8').digest(encoding);

/** Compares a received signature with the expected one in constant time (for equal lengths). */
export const signaturesMatch = (received: string | null | undefined, expected: string): boolean => {
  if (!received) return false;
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
};
