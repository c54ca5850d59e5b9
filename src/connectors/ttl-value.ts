/**
 * One value a connection loads from its upstream and keeps for a while: a status table, say, that
 * changes rarely but is needed by every listing. Concurrent callers share one load; a failed load is
 * not kept, so the next caller tries again. Behind this small interface so that a shared cache (Redis,
 * when scaled out) can back it later without touching the connectors.
 */
export interface TtlValue<T> {
  get(): Promise<T>;
}

export interface TtlValueOptions {
  ttlMs: number;
  /** The clock, for tests. */
  now?: () => number;
}

export const ttlValue = <T>(load: () => Promise<T>, { ttlMs, now = Date.now }: TtlValueOptions): TtlValue<T> => {
  let kept: { value: Promise<T>; until: number } | undefined;
  return {
    get() {
      if (kept && now() < kept.until) return kept.value;
      const value = load();
      const entry = { value, until: Infinity };
      kept = entry;
      value.then(
        () => {
          entry.until = now() + ttlMs;
        },
        () => {
          if (kept === entry) kept = undefined;
        },
      );
      return value;
    },
  };
};
