import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { HttpRequest } from '../../../src/connectors/http/types.js';

/**
 * The Zendesk Support OAS (read from ../shared, never copied) and what the contract tests check with
 * it: a JSON-schema validator for the subset of OpenAPI 3.0 schema keywords that spec uses, and a
 * matcher of requests against its paths, methods and parameters.
 */

export const ZENDESK_SPEC_DIR = fileURLToPath(new URL('../../../../shared/upstream-specs/zendesk/', import.meta.url));

export interface Schema {
  $ref?: string;
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

export interface Parameter {
  $ref?: string;
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  operationId?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema; examples?: Record<string, { $ref?: string }> }> }>;
}

type PathItem = Partial<Record<'get' | 'put' | 'post' | 'patch' | 'delete', Operation>> & { parameters?: Parameter[] };

export interface ZendeskOas {
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter>; examples: Record<string, { value?: unknown }> };
}

export const loadZendeskOas = (): ZendeskOas => parse(readFileSync(`${ZENDESK_SPEC_DIR}oas.yaml`, 'utf8')) as ZendeskOas;

/**
 * Where the OAS is knowingly wrong about what accounts send, per ../shared/UPSTREAMS.md: custom field
 * values are typed by field (booleans, arrays of tags, null), not always strings. Returns a copy of
 * the spec with those subschemas relaxed; the contract test checks the OAS still says otherwise.
 */
export const relaxKnownDeviations = (oas: ZendeskOas): ZendeskOas => {
  const copy = structuredClone(oas);
  const customFields = copy.components.schemas['TicketObject']?.properties?.['custom_fields']?.items?.properties;
  if (customFields) customFields['value'] = {};
  // Ticket writes take custom field values `{id, value}`, but the OAS types them as field definitions.
  for (const input of ['TicketCreateInput', 'TicketUpdateInput']) {
    const property = copy.components.schemas[input]?.properties?.['custom_fields'];
    if (property) property.items = { type: 'object', properties: { id: { type: 'integer' }, value: {} }, required: ['id'] };
  }
  // Zendesk unassigns a ticket with `assignee_id: null`, which the OAS does not allow.
  const assignee = copy.components.schemas['TicketUpdateInput']?.properties?.['assignee_id'];
  if (assignee) assignee.nullable = true;
  return copy;
};

const resolve = <T extends { $ref?: string }>(oas: ZendeskOas, item: T): T => {
  if (!item.$ref) return item;
  const [, , section, name] = item.$ref.split('/');
  const target = (oas.components as unknown as Record<string, Record<string, unknown>>)[section as string]?.[name as string];
  if (target === undefined) throw new Error(`unresolvable ${item.$ref}`);
  return resolve(oas, target as T);
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** JSON integers above 2^53 arrive as digit strings from parseJsonExactIntegers; they are integers still. */
const isInteger = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && /^-?\d+$/.test(value) && !Number.isSafeInteger(Number(value)));

const typeMatches = (type: string, value: unknown): boolean => {
  switch (type) {
    case 'integer':
      return isInteger(value);
    case 'number':
      return typeof value === 'number' || isInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      throw new Error(`schema type ${type} is not supported by this validator`);
  }
};

/** Every place where `value` breaks `schema`, as "path: problem" lines; empty when it validates. */
export const validateSchema = (oas: ZendeskOas, schema: Schema, value: unknown, path = '$'): string[] => {
  const resolved = resolve(oas, schema);
  if (value === null && resolved.nullable) return [];
  if (value === null && resolved.type !== undefined) return [`${path}: null is not allowed`];
  const errors: string[] = [];
  if (resolved.type !== undefined && !typeMatches(resolved.type, value)) return [`${path}: expected ${resolved.type}, got ${JSON.stringify(value)?.slice(0, 60)}`];
  if (resolved.enum && !resolved.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(resolved.enum)}`);
  if ((resolved.format === 'date-time' || resolved.format === 'datetime') && typeof value === 'string' && !DATE_TIME.test(value)) {
    errors.push(`${path}: ${value} is not a date-time`);
  }
  for (const part of resolved.allOf ?? []) errors.push(...validateSchema(oas, part, value, path));
  for (const [keyword, options] of [['anyOf', resolved.anyOf], ['oneOf', resolved.oneOf]] as const) {
    if (!options) continue;
    const passing = options.filter((option) => validateSchema(oas, option, value, path).length === 0).length;
    if (keyword === 'anyOf' ? passing === 0 : passing !== 1) errors.push(`${path}: matches ${passing} of the ${keyword} schemas`);
  }
  if (Array.isArray(value) && resolved.items) value.forEach((item, i) => errors.push(...validateSchema(oas, resolved.items as Schema, item, `${path}[${i}]`)));
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const name of resolved.required ?? []) if (!(name in record)) errors.push(`${path}: ${name} is required`);
    for (const [name, item] of Object.entries(record)) {
      const property = resolved.properties?.[name];
      if (property) errors.push(...validateSchema(oas, property, item, `${path}.${name}`));
      else if (resolved.additionalProperties === false) errors.push(`${path}: ${name} is not allowed`);
      else if (typeof resolved.additionalProperties === 'object') errors.push(...validateSchema(oas, resolved.additionalProperties, item, `${path}.${name}`));
    }
  }
  return errors;
};

export interface MatchedOperation {
  template: string;
  method: string;
  operation: Operation;
  parameters: Parameter[];
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** The OAS operation for a concrete request path: a literal path wins over a templated one. */
export const findOperation = (oas: ZendeskOas, method: string, path: string): MatchedOperation | undefined => {
  const candidates = Object.entries(oas.paths)
    .map(([template, item]) => {
      const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}$`);
      return { template, item, params: (template.match(/\{/g) ?? []).length, matches: regex.test(path) };
    })
    .filter(({ matches }) => matches)
    .sort((a, b) => a.params - b.params);
  const lower = method.toLowerCase() as (typeof METHODS)[number];
  const found = candidates.find(({ item }) => item[lower] !== undefined);
  if (!found) return undefined;
  const operation = found.item[lower] as Operation;
  const parameters = [...(found.item.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolve(oas, parameter));
  return { template: found.template, method: lower, operation, parameters };
};

/**
 * Query parameters an operation documents outside its `parameters`: the pagination its description
 * names ("Cursor pagination" → page[size], page[after], page[before]; "Offset pagination" → page,
 * per_page) and the parameters of the tables in its description (`| sort | string | …`).
 */
export const describedParameters = (operation: Operation): string[] => {
  const description = operation.description ?? '';
  const names = new Set<string>();
  if (/cursor pagination/i.test(description)) ['page[size]', 'page[after]', 'page[before]'].forEach((name) => names.add(name));
  if (/offset pagination/i.test(description)) ['page', 'per_page'].forEach((name) => names.add(name));
  for (const match of description.matchAll(/^\|\s*`?([a-z_[\]]+)`?\s*\|/gm)) names.add(match[1] as string);
  return [...names];
};

/**
 * Requests the connector makes that Zendesk documents but this OAS leaves out, each named precisely
 * with the documentation that covers it. The contract test fails when the OAS starts declaring one.
 */
export interface Omission {
  method: string;
  /** A path template. */
  path: string;
  /** Undeclared query parameters used with it. */
  parameters: string[];
  /** For a path the OAS lacks: the operation whose parameters and response schema it shares. */
  sameAs?: string;
  why: string;
}

export const ZENDESK_OAS_OMISSIONS: readonly Omission[] = [
  {
    method: 'get',
    path: '/api/v2/tickets',
    parameters: ['page[size]', 'page[after]', 'page[before]', 'sort', 'page', 'per_page', 'sort_by', 'sort_order', 'include'],
    why: 'List Tickets pages by cursor or offset, sorts (`sort`; `sort_by`/`sort_order`) and sideloads users (Zendesk API reference: Tickets, Pagination, Side-loading); the OAS declares only external_id',
  },
  {
    method: 'get',
    path: '/api/v2/users/{user_id}/tickets/requested',
    parameters: ['page[size]', 'page[after]', 'page[before]', 'sort', 'page', 'per_page', 'sort_by', 'sort_order', 'include'],
    sameAs: '/api/v2/tickets',
    why: "one of List Tickets' documented paths (a user's requested tickets); the OAS lists only /api/v2/tickets",
  },
  {
    method: 'get',
    path: '/api/v2/tickets/{ticket_id}',
    parameters: ['include'],
    why: 'Show Ticket accepts the ticket sideloads (include=users) like every ticket endpoint (Side-loading)',
  },
  {
    method: 'get',
    path: '/api/v2/tickets/show_many',
    parameters: ['include'],
    why: 'Show Multiple Tickets accepts the ticket sideloads (include=users) (Side-loading)',
  },
  {
    method: 'get',
    path: '/api/v2/search',
    parameters: ['include'],
    why: 'search sideloads per result type: include=tickets(users) (Side-loading, "Search")',
  },
];

/** The omission covering a concrete path the OAS lacks (it shares another operation's declarations). */
export const omittedPath = (method: string, path: string): Omission | undefined =>
  ZENDESK_OAS_OMISSIONS.find(
    (candidate) =>
      candidate.method === method.toLowerCase() && candidate.sameAs !== undefined && new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, '\\d+')}$`).test(path),
  );

/** Every way a request departs from the OAS, as lines; empty when it conforms. */
export const checkRequest = (oas: ZendeskOas, request: HttpRequest): string[] => {
  const method = request.method.toLowerCase();
  const path = request.path;
  let matched = findOperation(oas, method, path);
  let omission: Omission | undefined;
  if (!matched) {
    omission = omittedPath(method, path);
    const twin = omission?.sameAs ? findOperation(oas, method, omission.sameAs) : undefined;
    if (!twin || !omission) return [`${request.method} ${path}: no such path and method in the OAS`];
    matched = { ...twin, template: omission.path };
  } else {
    omission = ZENDESK_OAS_OMISSIONS.find((candidate) => candidate.method === method && candidate.path === matched?.template);
  }
  const errors: string[] = [];
  const where = `${request.method} ${matched.template}`;
  const pathValues = new RegExp(`^${matched.template.replace(/\{[^}]+\}/g, '([^/]+)')}$`).exec(path)?.slice(1) ?? [];
  const pathNames = [...matched.template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  pathNames.forEach((name, i) => {
    const declared = matched.parameters.find((parameter) => parameter.in === 'path' && parameter.name === name);
    // A path the OAS lacks has no declarations: its ids must still be integers.
    if (!declared && !(omission?.sameAs && /^\d+$/.test(pathValues[i] ?? ''))) errors.push(`${where}: path parameter ${name} is not declared`);
    if (declared?.schema) errors.push(...validateSchema(oas, declared.schema, parseParameter(declared.schema, pathValues[i] ?? ''), `${where} {${name}}`));
  });
  const sent = Object.entries(request.query ?? {}).filter(([, value]) => value !== undefined && value !== null);
  const described = describedParameters(matched.operation);
  for (const [name, value] of sent) {
    const declared = matched.parameters.find((parameter) => parameter.in === 'query' && parameter.name === name);
    const values = typeof value === 'object' && value !== null ? [...value] : [String(value)];
    if (declared?.schema) for (const text of values) errors.push(...validateSchema(oas, declared.schema, parseParameter(declared.schema, text), `${where} ?${name}`));
    else if (!declared && !described.includes(name) && !omission?.parameters.includes(name)) errors.push(`${where}: query parameter ${name} is not in the OAS`);
  }
  for (const parameter of matched.parameters) {
    if (parameter.in === 'query' && parameter.required && !sent.some(([name]) => name === parameter.name)) errors.push(`${where}: ${parameter.name} is required`);
  }
  const bodySchema = matched.operation.requestBody?.content?.['application/json']?.schema;
  if (request.body !== undefined) {
    if (!bodySchema) errors.push(`${where}: the OAS takes no body`);
    // What goes on the wire: JSON drops keys whose value is undefined.
    else errors.push(...validateSchema(oas, bodySchema, JSON.parse(JSON.stringify(request.body)), `${where} body`));
  }
  return errors;
};

/** A parameter's text as its schema types it (path ids are integers, say). */
const parseParameter = (schema: Schema, text: string): unknown => {
  if (schema.type === 'integer' || schema.type === 'number') return /^-?\d+(\.\d+)?$/.test(text) ? (Number.isSafeInteger(Number(text)) ? Number(text) : text) : text;
  if (schema.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
};

/** Names of the `components/examples` an operation's 200 response refers to. */
export const responseExampleNames = (operation: Operation): string[] =>
  Object.values(operation.responses['200']?.content?.['application/json']?.examples ?? {}).flatMap((example) => example.$ref?.split('/').pop() ?? []);

/** The JSON schema of an operation's response with this status (200 by default). */
export const responseSchema = (operation: Operation, status = 200): Schema | undefined => operation.responses[String(status)]?.content?.['application/json']?.schema;
