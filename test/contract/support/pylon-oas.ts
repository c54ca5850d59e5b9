import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Pylon OpenAPI document (read from ../shared, never copied) and a validator for the part of JSON
 * Schema it uses: `$ref`, `type`, `properties`, `required`, `items`, `additionalProperties`, `enum`
 * (`format`, `default` and the `x-` keys carry no constraint we check).
 */

export const PYLON_OAS_PATH = fileURLToPath(new URL('../../../../shared/upstream-specs/pylon/openapi.json', import.meta.url));

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  enum?: unknown[];
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export interface Oas {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export const loadPylonOas = (): Oas => JSON.parse(readFileSync(PYLON_OAS_PATH, 'utf8')) as Oas;

export interface ValidateOptions {
  /** Also refuse properties the schema does not declare (a simulator must not invent fields). */
  closed?: boolean;
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/**
 * One exception, from the OAS's own words on `Filter.field`: "For non-compound filters (any operators
 * other than "and" or "or"), Field must be set". The schema still lists `field` as required, so a
 * compound filter is checked without it.
 */
const requiredOf = (name: string | undefined, schema: Schema, value: Record<string, unknown>): string[] =>
  name === 'Filter' && (value['operator'] === 'and' || value['operator'] === 'or')
    ? (schema.required ?? []).filter((key) => key !== 'field')
    : (schema.required ?? []);

/** Every way `value` breaks `schema`, as `path: problem` lines (empty when it conforms). */
export const validate = (oas: Oas, schema: Schema, value: unknown, at = '$', options: ValidateOptions = {}, name?: string): string[] => {
  if (schema.$ref) {
    const refName = schema.$ref.replace('#/components/schemas/', '');
    const target = oas.components.schemas[refName];
    return target ? validate(oas, target, value, at, options, refName) : [`${at}: unresolved ${schema.$ref}`];
  }
  const actual = typeOf(value);
  if (schema.type && !(actual === schema.type || (schema.type === 'number' && actual === 'integer'))) {
    return [`${at}: expected ${schema.type}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  const problems: string[] = [];
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => problems.push(...validate(oas, schema.items as Schema, item, `${at}[${i}]`, options)));
  }
  if (actual === 'object' && (schema.type === 'object' || schema.properties)) {
    const record = value as Record<string, unknown>;
    for (const key of requiredOf(name, schema, record)) if (!(key in record)) problems.push(`${at}: missing required ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const declared = schema.properties?.[key];
      if (declared) problems.push(...validate(oas, declared, item, `${at}.${key}`, options));
      else if (typeof schema.additionalProperties === 'object') problems.push(...validate(oas, schema.additionalProperties, item, `${at}.${key}`, options));
      else if (schema.additionalProperties === false || options.closed) problems.push(`${at}: undeclared property ${key}`);
    }
  }
  return problems;
};

/** The OAS operation for a concrete request path: literal segments win over `{params}`. */
export const findOperation = (oas: Oas, method: string, requestPath: string): { template: string; operation: Operation } | undefined => {
  const segments = requestPath.split('/');
  const candidates = Object.entries(oas.paths)
    .filter(([template, item]) => {
      const parts = template.split('/');
      return item[method.toLowerCase()] && parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]);
    })
    .sort(([a], [b]) => a.split('{').length - b.split('{').length);
  const [template, item] = candidates[0] ?? [];
  const operation = item?.[method.toLowerCase()];
  return template && operation ? { template, operation } : undefined;
};

export interface Exchange {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  response: unknown;
}

/** What is wrong with a request the connector sent, against its operation. */
export const checkRequest = (oas: Oas, exchange: Exchange): string[] => {
  const found = findOperation(oas, exchange.method, exchange.path);
  if (!found) return [`${exchange.method} ${exchange.path}: no such operation in the OAS`];
  const { operation } = found;
  const where = `${exchange.method} ${found.template}`;
  const problems: string[] = [];
  const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
  for (const param of queryParams) {
    if (param.required && !exchange.query.has(param.name)) problems.push(`${where}: missing required query parameter ${param.name}`);
  }
  for (const name of new Set(exchange.query.keys())) {
    if (!queryParams.some((p) => p.name === name)) problems.push(`${where}: undeclared query parameter ${name}`);
  }
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  if (exchange.body !== undefined) {
    if (!bodySchema) problems.push(`${where}: sends a body the operation does not take`);
    else problems.push(...validate(oas, bodySchema, exchange.body, `${where} body`).map(String));
  }
  return problems;
};

/** What is wrong with a simulator response; statuses the OAS does not list use its error body. */
export const checkResponse = (oas: Oas, exchange: Exchange): string[] => {
  const found = findOperation(oas, exchange.method, exchange.path);
  if (!found) return [`${exchange.method} ${exchange.path}: no such operation in the OAS`];
  const declared = found.operation.responses[String(exchange.status)]?.content?.['application/json']?.schema;
  const schema = declared ?? { $ref: '#/components/schemas/ErrorApiResponseBody' };
  return validate(oas, schema, exchange.response, `${exchange.method} ${found.template} ${exchange.status}`, { closed: true });
};
