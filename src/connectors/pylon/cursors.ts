import { z } from 'zod';
import { decodeJsonCursor, encodeJsonCursor } from '../shared/json-cursor.js';
import type { Position } from './walk.js';

/** Connector cursors: base64url JSON. A listing's edge cursor is its (created_at ms, id) key. */
const encode = encodeJsonCursor;

const decode = <T>(cursor: string, schema: z.ZodType<T>, what: string): T =>
  decodeJsonCursor(cursor, schema, `this cursor is not a Pylon ${what} cursor`);

const positionSchema = z.object({ t: z.number().int().min(-8.64e15).max(8.64e15), i: z.string().min(1) }).strict();

export const encodePosition = (position: Position): string => encode({ t: position.t, i: position.id });

export const decodePosition = (cursor: string, what: string): Position => {
  const { t, i } = decode(cursor, positionSchema, what);
  return { t, id: i };
};
