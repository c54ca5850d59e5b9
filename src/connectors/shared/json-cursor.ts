import type { z } from 'zod';
import { badInput } from '../../domain/errors.js';

/** Connector cursors as base64url JSON, validated on the way back in. */
export const encodeJsonCursor = (payload: unknown): string => Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');

/** The payload of a cursor `encodeJsonCursor` made; BAD_USER_INPUT with `message` when it is not one. */
export const decodeJsonCursor = <T>(cursor: string, schema: z.ZodType<T>, message: string): T => {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw badInput(message);
  }
};
