import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeListPage } from '../../src/connectors/shared/whole-list.js';
import { walkBackward, walkForward, type Lister } from '../support/walk.js';

/** Paging over a list that comes whole in one response (Pylon users): any list, any order, any page size. */
describe('wholeListPage (property)', () => {
  it('walks forward and backward in key order with no gap and no duplicate, whatever order the upstream answers in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 40 }), fc.integer({ min: 1, max: 41 }), async (keys, size) => {
        let calls = 0;
        const list: Lister = (page) =>
          wholeListPage(
            page,
            async () => {
              calls++;
              return keys.map((key) => ({ key }));
            },
            (item) => item.key,
            (item) => ({ externalId: item.key }),
            'test list',
          );
        const expected = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(await walkForward(list, size, keys.length)).toEqual(expected);
        expect(await walkBackward(list, size, keys.length)).toEqual(expected);
        expect(calls).toBe(2 * Math.max(1, Math.ceil(keys.length / size)));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(wholeListPage({ first: 1, after: 'nonsense' }, async () => [], String, String, 'test list')).rejects.toThrow(/invalid cursor/);
  });
});
