/**
 * JSON as Zendesk writes it, with int64 ids as bare integer literals however large: bigints are
 * written as numbers, digit for digit (JSON.stringify alone refuses bigints). They pass through
 * JSON.stringify as marked strings; the mark starts with a private-use character, which
 * JSON.stringify leaves as is and no dataset text holds.
 */
const MARK = '\uE000bigint:';
const MARKED = new RegExp(`"${MARK}(-?\\d+)"`, 'g');

export const zendeskJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? `${MARK}${item}` : item)).replace(MARKED, '$1');
