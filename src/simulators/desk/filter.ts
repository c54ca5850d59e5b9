/**
 * The Desk API's `filter` parameter: JSON with Mongo-style operators. A filter is an object whose keys
 * are fields (a bare value means `$eq`) or `$and`/`$or` (arrays of filters); a field's operators are
 * `$eq $ne $in $nin $lt $lte $gt $gte $like`. `$like` is SQL LIKE: `%` any run, `_` one character,
 * case-insensitive. Values compare as numbers when both sides are numbers, as instants when both are
 * timestamps, else as case-sensitive strings.
 */

export type FieldValue = string | number | boolean | null;
export type Predicate<T> = (record: T) => boolean;

export class FilterError extends Error {}

const OPERATORS = ['$eq', '$ne', '$in', '$nin', '$lt', '$lte', '$gt', '$gte', '$like'] as const;
type Operator = (typeof OPERATORS)[number];

const ISO = /^\d{4}-\d{2}-\d{2}T/;

const comparable = (value: unknown): number | string | boolean | null => {
  if (typeof value === 'string' && ISO.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  throw new FilterError('filter values must be strings, numbers, booleans or null');
};

const order = (a: unknown, b: unknown): number | undefined => {
  const [x, y] = [comparable(a), comparable(b)];
  if (x === null || y === null || typeof x !== typeof y) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
};

const like = (pattern: unknown): RegExp => {
  if (typeof pattern !== 'string') throw new FilterError('$like takes a string');
  const source = [...pattern].map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'is');
};

const operator = (op: Operator, operand: unknown): Predicate<FieldValue> => {
  switch (op) {
    case '$eq':
      return (value) => (operand === null ? value === null : order(value, operand) === 0);
    case '$ne':
      return (value) => (operand === null ? value !== null : order(value, operand) !== 0);
    case '$in':
    case '$nin': {
      if (!Array.isArray(operand)) throw new FilterError(`${op} takes an array`);
      const inside = (value: FieldValue) => operand.some((candidate) => order(value, candidate) === 0);
      return op === '$in' ? inside : (value) => !inside(value);
    }
    case '$lt':
      return (value) => order(value, operand) === -1;
    case '$lte':
      return (value) => [-1, 0].includes(order(value, operand) ?? 2);
    case '$gt':
      return (value) => order(value, operand) === 1;
    case '$gte':
      return (value) => [1, 0].includes(order(value, operand) ?? -2);
    case '$like': {
      const regex = like(operand);
      return (value) => typeof value === 'string' && regex.test(value);
    }
  }
};

/** Compiles `filter` over records whose fields `read` gives; unknown fields and operators are refused. */
export const compileFilter = <T>(filter: unknown, fields: readonly string[], read: (record: T, field: string) => FieldValue): Predicate<T> => {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw new FilterError('a filter is a JSON object');
  const parts: Predicate<T>[] = Object.entries(filter).map(([key, value]) => {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) throw new FilterError(`${key} takes a non-empty array of filters`);
      const subs = value.map((sub) => compileFilter(sub, fields, read));
      return key === '$and' ? (record) => subs.every((sub) => sub(record)) : (record) => subs.some((sub) => sub(record));
    }
    if (!fields.includes(key)) throw new FilterError(`"${key}" is not a field this endpoint filters on`);
    const ops: Predicate<FieldValue>[] =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.entries(value).map(([op, operand]) => {
            if (!(OPERATORS as readonly string[]).includes(op)) throw new FilterError(`"${op}" is not a filter operator`);
            return operator(op as Operator, operand);
          })
        : [operator('$eq', value)];
    return (record) => ops.every((op) => op(read(record, key)));
  });
  return (record) => parts.every((part) => part(record));
};
