import { seededRandom } from '../../src/simulators/random.js';

/** Keeps `size` records of a simulator's map, chosen by `seed`, and answers them. */
export const keepRandom = <K, V>(records: Map<K, V>, size: number, seed: number): V[] => {
  const random = seededRandom(seed);
  const shuffled = [...records.keys()].map((key) => ({ key, order: random.next() })).sort((a, b) => a.order - b.order);
  for (const { key } of shuffled.slice(size)) records.delete(key);
  return [...records.values()];
};

/**
 * The ids a listing should answer: the records `matches` keeps, by their `stamp` in `direction`, ties
 * by id in the same direction (as the simulators order them).
 */
export const expectedIds = <T extends { id: string | number }>(
  records: readonly T[],
  matches: (record: T) => boolean,
  stamp: (record: T) => string,
  direction: 'ASC' | 'DESC',
): string[] => {
  const sign = direction === 'ASC' ? 1 : -1;
  const byId = (a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return records
    .filter(matches)
    .sort((a, b) => sign * (Date.parse(stamp(a)) - Date.parse(stamp(b))) || sign * byId(a, b))
    .map((record) => String(record.id));
};
