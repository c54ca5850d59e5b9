import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonExactIntegers } from '../../src/connectors/zendesk/json.js';
import { zendeskJson } from '../../src/simulators/zendesk/json.js';

/** Whether JSON.stringify would write an integer literal that a float cannot hold exactly. */
const hasUnsafeInteger = (value: unknown): boolean => {
  if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) < 1e21;
  if (Array.isArray(value)) return value.some(hasUnsafeInteger);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasUnsafeInteger);
  return false;
};

describe('parseJsonExactIntegers', () => {
  it('reads integers beyond 2^53 as exact digit strings and leaves the rest alone', () => {
    const text =
      '{"id": 9007199254740993, "neg": -9007199254740993, "max": 9007199254740991, "small": 42, "float": 12345678901234567.5,' +
      ' "exp": 1e300, "text": "id 9007199254740993 \\" 12345678901234567890", "list": [18446744073709551615, 0]}';
    expect(parseJsonExactIntegers(text)).toEqual({
      id: '9007199254740993',
      neg: '-9007199254740993',
      max: 9007199254740991,
      small: 42,
      float: 12345678901234567.5,
      exp: 1e300,
      text: 'id 9007199254740993 " 12345678901234567890',
      list: ['18446744073709551615', 0],
    });
  });

  it('agrees with JSON.parse on any JSON without big integers', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((value) => !hasUnsafeInteger(value)), (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonExactIntegers(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads back every int64 the simulator writes, digit for digit', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 20 }), fc.string(), (ids, note) => {
        const parsed = parseJsonExactIntegers(zendeskJson({ ids, note })) as { ids: unknown[]; note: string };
        expect(parsed.ids.map(String)).toEqual(ids.map(String));
        expect(parsed.note).toBe(note);
      }),
      { numRuns: 300 },
    );
  });

  it('reports malformed JSON as JSON.parse does', () => {
    expect(() => parseJsonExactIntegers('{"id": 90071992547409931,')).toThrow(SyntaxError);
    expect(() => parseJsonExactIntegers('{"id": - 12345678901234567}')).toThrow(SyntaxError);
  });
});
