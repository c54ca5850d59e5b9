import { seededRandom } from '../../src/simulators/random.js';

/** Keeps `size` records of a simulator's map, chosen by `seed`, and answers them. */
export const keepRandom = <K, V>(records: Map<K, V>, size: number, seed: number): V[] => {
  const random = seededRandom(seed);
  const shuffled = [...records.keys()].map((key) => ({ key, order: random.next() })).sort((a, b) => a.order - b.order);
  for (const { key } of shuffled.slice(size)) records.delete(key);
  return [...records.values()];
};
