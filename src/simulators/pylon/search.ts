import { z } from 'zod';

/**
 * Pylon's search filter grammar (OpenAPI `Filter`): a leaf `{field, operator, value | values}` or a
 * compound `{operator: "and" | "or", subfilters}`, at most 3 levels deep, with the operators each
 * field allows as the endpoint's description lists them.
 */

export const FILTER_OPERATORS = [
  'equals', 'not_equals', 'contains', 'does_not_contain', 'in', 'not_in', 'and', 'or', 'time_is_after', 'time_is_before',
  'time_range', 'string_contains', 'string_does_not_contain', 'is_set', 'is_unset', 'greater_than', 'less_than',
  'greater_than_or_equals', 'less_than_or_equals',
] as const;
type Operator = (typeof FILTER_OPERATORS)[number];

export interface Filter {
  field?: string | undefined;
  operator: Operator;
  value?: string | undefined;
  values?: string[] | undefined;
  subfilters?: Filter[] | undefined;
}

const filterSchema: z.ZodType<Filter> = z.lazy(() =>
  z.object({
    field: z.string().optional(),
    operator: z.enum(FILTER_OPERATORS),
    value: z.string().optional(),
    values: z.array(z.string()).optional(),
    subfilters: z.array(filterSchema).optional(),
  }),
);

export const MAX_FILTER_DEPTH = 3;

/** A field's value on a record: one string, a list (tags, emails), or nothing. */
export type FieldValue = string | readonly string[] | undefined;

export type FieldKind = 'id' | 'time' | 'text' | 'list' | 'custom';

export interface FieldSpec<R> {
  operators: readonly Operator[];
  kind: FieldKind;
  get(record: R): FieldValue;
}

const ID_OPS = ['equals', 'in', 'not_in', 'is_set', 'is_unset'] as const;
const TIME_OPS = ['time_is_after', 'time_is_before', 'time_range'] as const;
const TEXT_OPS = ['string_contains', 'string_does_not_contain'] as const;
const CUSTOM_OPS = ['equals', 'not_equals', 'in', 'not_in', 'is_set', 'is_unset', 'contains', 'does_not_contain', 'string_contains', 'string_does_not_contain'] as const;

export const idField = <R>(get: (record: R) => FieldValue, operators: readonly Operator[] = ID_OPS): FieldSpec<R> => ({ operators, kind: 'id', get });
export const timeField = <R>(get: (record: R) => FieldValue): FieldSpec<R> => ({ operators: TIME_OPS, kind: 'time', get });
export const textField = <R>(get: (record: R) => FieldValue): FieldSpec<R> => ({ operators: TEXT_OPS, kind: 'text', get });
export const listField = <R>(get: (record: R) => FieldValue, operators: readonly Operator[]): FieldSpec<R> => ({ operators, kind: 'list', get });
export const customField = <R>(get: (record: R) => FieldValue): FieldSpec<R> => ({ operators: CUSTOM_OPS, kind: 'custom', get });

const MULTI = new Set<Operator>(['in', 'not_in', 'time_range']);
const NO_VALUE = new Set<Operator>(['is_set', 'is_unset']);

/** The filter parsed and checked against `fields`, or the message of a 400. */
export const parseFilter = <R>(input: unknown, fields: (name: string) => FieldSpec<R> | undefined): Filter | string => {
  const parsed = filterSchema.safeParse(input);
  if (!parsed.success) return `invalid filter: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`;
  const check = (filter: Filter, depth: number): string | undefined => {
    if (depth > MAX_FILTER_DEPTH) return `the maximum allowed depth for a tree of filters is ${MAX_FILTER_DEPTH}`;
    if (filter.operator === 'and' || filter.operator === 'or') {
      if (!filter.subfilters || filter.subfilters.length === 0) return `operator "${filter.operator}" needs subfilters`;
      for (const sub of filter.subfilters) {
        const problem = check(sub, depth + 1);
        if (problem) return problem;
      }
      return undefined;
    }
    if (filter.subfilters !== undefined) return 'subfilters are valid only when operator is "and" or "or"';
    if (!filter.field) return `operator "${filter.operator}" needs a field`;
    const spec = fields(filter.field);
    if (!spec) return `field "${filter.field}" is not filterable`;
    if (!spec.operators.includes(filter.operator)) return `operator "${filter.operator}" is not allowed for field "${filter.field}"`;
    if (MULTI.has(filter.operator)) {
      if (!filter.values) return `operator "${filter.operator}" needs values`;
      if (filter.operator === 'time_range' && filter.values.length !== 2) return 'time_range needs two values: start and end';
    } else if (!NO_VALUE.has(filter.operator) && filter.value === undefined) {
      return `operator "${filter.operator}" needs a value`;
    }
    if (spec.kind === 'time') {
      for (const time of filter.values ?? [filter.value]) {
        if (time === undefined || !RFC3339.test(time)) return `field "${filter.field}" takes RFC 3339 times`;
      }
    }
    return undefined;
  };
  return check(parsed.data, 1) ?? parsed.data;
};

export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const list = (value: FieldValue): readonly string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : value);
const fold = (value: string): string => value.toLowerCase();

/** Whether `record` matches a filter that `parseFilter` accepted. */
export const matches = <R>(filter: Filter, record: R, fields: (name: string) => FieldSpec<R> | undefined): boolean => {
  if (filter.operator === 'and') return (filter.subfilters ?? []).every((sub) => matches(sub, record, fields));
  if (filter.operator === 'or') return (filter.subfilters ?? []).some((sub) => matches(sub, record, fields));
  const spec = fields(filter.field ?? '');
  if (!spec) return false;
  const actual = list(spec.get(record));
  // Emails compare without case, like Pylon's contact lookups.
  const norm = spec.kind === 'text' || filter.field === 'email' ? fold : (value: string): string => value;
  const values = (filter.values ?? []).map(norm);
  const value = norm(filter.value ?? '');
  const has = actual.map(norm);
  const time = (s: string): number => Date.parse(s);
  switch (filter.operator) {
    case 'equals':
      return has.includes(value);
    case 'not_equals':
      return !has.includes(value);
    case 'contains':
      return has.includes(value);
    case 'does_not_contain':
      return !has.includes(value);
    case 'in':
      return has.some((v) => values.includes(v));
    case 'not_in':
      return !has.some((v) => values.includes(v));
    case 'is_set':
      return has.some((v) => v !== '');
    case 'is_unset':
      return !has.some((v) => v !== '');
    case 'string_contains':
      return has.some((v) => v.includes(value));
    case 'string_does_not_contain':
      return !has.some((v) => v.includes(value));
    case 'time_is_after':
      return has.some((v) => time(v) > time(value));
    case 'time_is_before':
      return has.some((v) => time(v) < time(value));
    case 'time_range':
      return has.some((v) => time(v) >= time(values[0] ?? '') && time(v) < time(values[1] ?? ''));
    default:
      // Numeric comparisons: no field of these records is numeric.
      return false;
  }
};
