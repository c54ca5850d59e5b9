/**
 * Runs `task` over de-duplicated `keys` with at most `concurrency` in flight, for upstreams that have
 * no batch endpoint. Results come back in the order of `keys`, duplicates included.
 */
export const mapBounded = async <K, R>(
  keys: readonly K[],
  concurrency: number,
  task: (key: K) => Promise<R>,
): Promise<R[]> => {
  const unique = [...new Set(keys)];
  const results = new Map<K, R>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const key = unique[next++] as K;
      results.set(key, await task(key));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, unique.length) }, worker));
  return keys.map((key) => results.get(key) as R);
};

/** Splits `items` into chunks of at most `size` (batch endpoints cap ids per call). */
export const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};
