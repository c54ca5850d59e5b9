import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/domain/errors.js';
import { cursorScope, decodeCursor, encodeCursor } from '../../src/pagination/cursor.js';
import { parsePageArgs } from '../../src/pagination/page-args.js';

const badInput = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('BAD_USER_INPUT');
    return (error as Error).message;
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('page arguments', () => {
  it('defaults to the first 20', () => {
    expect(parsePageArgs({})).toEqual({ direction: 'forward', size: 20, cursor: null });
  });
  it('reads forward and backward requests', () => {
    expect(parsePageArgs({ first: 100, after: 'x' })).toEqual({ direction: 'forward', size: 100, cursor: 'x' });
    expect(parsePageArgs({ last: 1, before: 'y' })).toEqual({ direction: 'backward', size: 1, cursor: 'y' });
    expect(parsePageArgs({ before: 'y' })).toEqual({ direction: 'backward', size: 20, cursor: 'y' });
  });
  it('refuses sizes outside 1..100 and mixed directions, saying what is wrong', () => {
    expect(badInput(() => parsePageArgs({ first: 101 }))).toBe('`first` must be between 1 and 100; got 101');
    expect(badInput(() => parsePageArgs({ first: 0 }))).toBe('`first` must be between 1 and 100; got 0');
    expect(badInput(() => parsePageArgs({ last: -3 }))).toBe('`last` must be between 1 and 100; got -3');
    expect(badInput(() => parsePageArgs({ first: 5, last: 5 }))).toBe('pass either `first` or `last`, not both');
    expect(badInput(() => parsePageArgs({ first: 5, before: 'c' }))).toMatch(/`before` pages backward/);
    expect(badInput(() => parsePageArgs({ last: 5, after: 'c' }))).toMatch(/`after` pages forward/);
  });
});

describe('cursors', () => {
  const scope = cursorScope('Query.tickets', { connection: 'acme-rest', filter: { statuses: ['OPEN'] } });
  it('round-trip their payload within their scope', () => {
    expect(decodeCursor('after', encodeCursor(scope, 'connector-cursor'), scope)).toBe('connector-cursor');
    expect(decodeCursor('after', encodeCursor(scope, { a: { after: null, done: false } }), scope)).toEqual({ a: { after: null, done: false } });
  });
  it('have a scope that ignores key order and absent parts but not values', () => {
    expect(cursorScope('L', { a: 1, b: undefined, c: 2 })).toBe(cursorScope('L', { c: 2, a: 1 }));
    expect(cursorScope('L', { a: 1 })).not.toBe(cursorScope('L', { a: 2 }));
    expect(cursorScope('L', { a: 1 })).not.toBe(cursorScope('M', { a: 1 }));
  });
  it('refuse malformed and foreign cursors', () => {
    expect(badInput(() => decodeCursor('after', 'not a cursor!', scope))).toBe('`after` is not a valid cursor: pass a cursor this API returned');
    expect(badInput(() => decodeCursor('before', Buffer.from('{"x":1}').toString('base64url'), scope))).toMatch(/^`before` is not a valid cursor/);
    const foreign = encodeCursor(cursorScope('Query.tickets', { connection: 'other' }), 'c');
    expect(badInput(() => decodeCursor('after', foreign, scope))).toMatch(/cursor from a different list/);
  });
});
