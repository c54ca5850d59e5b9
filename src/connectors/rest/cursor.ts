import { z } from 'zod';
import { decodeJsonCursor, encodeJsonCursor } from '../shared/json-cursor.js';

/**
 * Connector cursors: base64url JSON `{t}` where `t` is the edge's own sort timestamp, exactly as the
 * upstream wrote it. The upstream pages strictly beyond a timestamp in the sort direction, so `t` serves as
 * `after` (same direction) and as `before` (flipped direction). Exact because the upstream's timestamps are
 * unique per sort field; ties in a real deployment would skip the tied items at a page boundary.
 */
const cursorSchema = z.strictObject({ t: z.string().refine((value) => !Number.isNaN(Date.parse(value))) });

export const encodeRestCursor = (timestamp: string): string => encodeJsonCursor({ t: timestamp });

export const decodeRestCursor = (cursor: string): string => decodeJsonCursor(cursor, cursorSchema, 'invalid cursor for a rest connection').t;
