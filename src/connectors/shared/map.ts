/** Mapping helpers every connector's map.ts uses. */

/** A value of a table keyed by lower-cased upstream strings; null for unknown strings. */
export const lookupRaw = <T>(table: Readonly<Record<string, T>>, raw: string | null | undefined): T | null =>
  raw != null && Object.hasOwn(table, raw.toLowerCase()) ? (table[raw.toLowerCase()] as T) : null;

/** The reverse of a one-to-one table, so filters map back to the upstream's own strings exactly. */
export const invertTable = <T extends string>(table: Readonly<Record<string, T>>): Record<T, string> =>
  Object.fromEntries(Object.entries(table).map(([raw, value]) => [value, raw])) as Record<T, string>;

/** Empty and absent strings are null. */
export const text = (value: string | null | undefined): string | null => (value === undefined || value === '' ? null : value);
