import { createHash } from 'node:crypto';
import { badInput } from '../domain/errors.js';

/**
 * Gateway cursors: base64url JSON of `{ s: scope, c: payload }`. The scope names the list a cursor
 * belongs to (which field, connection, filters and order), so a cursor from one list handed to another
 * is refused instead of silently resuming somewhere else. Connector cursors travel inside, untouched.
 */
interface Envelope {
  s: string;
  c: unknown;
}

export const encodeCursor = (scope: string, payload: unknown): string =>
  Buffer.from(JSON.stringify({ s: scope, c: payload } satisfies Envelope), 'utf8').toString('base64url');

/** The payload of a cursor issued for `scope`; BAD_USER_INPUT when it is malformed or foreign. */
export const decodeCursor = (argName: 'after' | 'before', cursor: string, scope: string): unknown => {
  let envelope: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    envelope = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(`\`${argName}\` is not a valid cursor: pass a cursor this API returned`);
  }
  if (typeof envelope !== 'object' || envelope === null || typeof (envelope as Envelope).s !== 'string' || !('c' in envelope)) {
    throw badInput(`\`${argName}\` is not a valid cursor: pass a cursor this API returned`);
  }
  if ((envelope as Envelope).s !== scope) {
    throw badInput(`\`${argName}\` is a cursor from a different list (another field, connection, filter or order)`);
  }
  return (envelope as Envelope).c;
};

/** A short stable fingerprint of a list: the same inputs always give the same scope. */
export const cursorScope = (list: string, parts: Record<string, unknown>): string => {
  const sorted = Object.keys(parts)
    .sort()
    .filter((key) => parts[key] !== undefined && parts[key] !== null)
    .map((key) => [key, parts[key]]);
  return createHash('sha256').update(`${list}:${JSON.stringify(sorted)}`).digest('base64url').slice(0, 16);
};
