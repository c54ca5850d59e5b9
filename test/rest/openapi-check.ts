/**
 * Just enough of OpenAPI 3.0 to hold the simulator to its own document: a structural check of the document
 * and a validator of values against its schemas (the subset the document uses: $ref, type, nullable, enum,
 * properties, required, additionalProperties, items, minimum/maximum, pattern, format date-time).
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const resolve = (doc: Json, ref: string): unknown =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), doc);

export const OPERATION_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Problems that make `doc` an invalid OpenAPI 3.0 document (empty when it is fine). */
export const checkOpenApiDocument = (doc: unknown): string[] => {
  const problems: string[] = [];
  if (!isObject(doc)) return ['the document is not an object'];
  if (typeof doc['openapi'] !== 'string' || !/^3\.0\.\d+$/.test(doc['openapi'])) problems.push('openapi must be 3.0.x');
  const info = doc['info'];
  if (!isObject(info) || typeof info['title'] !== 'string' || typeof info['version'] !== 'string') problems.push('info needs title and version');
  const paths = doc['paths'];
  if (!isObject(paths) || Object.keys(paths).length === 0) return [...problems, 'paths must be a non-empty object'];

  const walkRefs = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => walkRefs(child, `${where}[${i}]`));
    else if (isObject(node)) {
      if (typeof node['$ref'] === 'string' && resolve(doc, node['$ref']) === undefined) problems.push(`${where}: $ref ${node['$ref']} does not resolve`);
      for (const [key, child] of Object.entries(node)) walkRefs(child, `${where}.${key}`);
    }
  };
  walkRefs(doc, '$');

  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    if (!path.startsWith('/')) problems.push(`${path}: paths start with /`);
    if (!isObject(item)) continue;
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const pathLevel = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of Object.keys(item)) {
      if (method === 'parameters') continue;
      if (!(OPERATION_METHODS as readonly string[]).includes(method)) {
        problems.push(`${path}: unexpected key ${method}`);
        continue;
      }
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation['operationId'];
      if (typeof id === 'string') {
        if (operationIds.has(id)) problems.push(`${where}: duplicate operationId ${id}`);
        operationIds.add(id);
      }
      const parameters = [...pathLevel, ...(Array.isArray(operation['parameters']) ? operation['parameters'] : [])].map((p) =>
        isObject(p) && typeof p['$ref'] === 'string' ? resolve(doc, p['$ref']) : p,
      );
      for (const parameter of parameters) {
        if (!isObject(parameter) || typeof parameter['name'] !== 'string' || !['query', 'path', 'header', 'cookie'].includes(String(parameter['in']))) {
          problems.push(`${where}: a parameter needs name and in`);
        } else if (!isObject(parameter['schema'])) problems.push(`${where}: parameter ${parameter['name']} needs a schema`);
        else if (parameter['in'] === 'path' && (parameter['required'] !== true || !templated.includes(parameter['name']))) {
          problems.push(`${where}: path parameter ${parameter['name']} must be required and in the template`);
        }
      }
      for (const name of templated) {
        if (!parameters.some((p) => isObject(p) && p['in'] === 'path' && p['name'] === name)) problems.push(`${where}: {${name}} is not declared`);
      }
      const responses = operation['responses'];
      if (!isObject(responses) || Object.keys(responses).length === 0) problems.push(`${where}: responses are required`);
      else {
        for (const [status, response] of Object.entries(responses)) {
          if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where}: bad response key ${status}`);
          const resolved = isObject(response) && typeof response['$ref'] === 'string' ? resolve(doc, response['$ref']) : response;
          if (!isObject(resolved) || typeof resolved['description'] !== 'string') problems.push(`${where} ${status}: a response needs a description`);
        }
      }
    }
  }
  const security = doc['security'];
  const schemes = isObject(doc['components']) ? doc['components']['securitySchemes'] : undefined;
  if (Array.isArray(security)) {
    for (const requirement of security) {
      for (const name of Object.keys(isObject(requirement) ? requirement : {})) {
        if (!isObject(schemes) || !isObject(schemes[name])) problems.push(`security scheme ${name} is not defined`);
      }
    }
  }
  return problems;
};

/** Where `value` breaks `schema` (empty when it conforms). */
export const validateValue = (doc: Json, schema: unknown, value: unknown, at = '$'): string[] => {
  if (!isObject(schema)) return [];
  if (typeof schema['$ref'] === 'string') return validateValue(doc, resolve(doc, schema['$ref']), value, at);
  if (value === null) return schema['nullable'] === true ? [] : [`${at}: null is not allowed`];
  const problems: string[] = [];
  const type = schema['type'];
  const fail = (what: string): string[] => [`${at}: ${what} (got ${JSON.stringify(value)?.slice(0, 60)})`];
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) return fail(`not one of ${schema['enum'].join('|')}`);
  switch (type) {
    case 'object': {
      if (!isObject(value)) return fail('expected an object');
      const properties = isObject(schema['properties']) ? schema['properties'] : {};
      for (const name of Array.isArray(schema['required']) ? schema['required'] : []) {
        if (!(String(name) in value)) problems.push(`${at}.${String(name)}: required`);
      }
      for (const [key, child] of Object.entries(value)) {
        if (key in properties) problems.push(...validateValue(doc, properties[key], child, `${at}.${key}`));
        else if (schema['additionalProperties'] === false) problems.push(`${at}.${key}: not in the schema`);
        else if (isObject(schema['additionalProperties'])) problems.push(...validateValue(doc, schema['additionalProperties'], child, `${at}.${key}`));
      }
      return problems;
    }
    case 'array':
      if (!Array.isArray(value)) return fail('expected an array');
      return value.flatMap((item, i) => validateValue(doc, schema['items'], item, `${at}[${i}]`));
    case 'string':
      if (typeof value !== 'string') return fail('expected a string');
      if (schema['format'] === 'date-time' && (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value)))) return fail('expected a date-time');
      if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value)) return fail(`does not match ${schema['pattern']}`);
      return [];
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) return fail(`expected ${String(type)}`);
      if (typeof schema['minimum'] === 'number' && value < schema['minimum']) return fail(`below ${schema['minimum']}`);
      if (typeof schema['maximum'] === 'number' && value > schema['maximum']) return fail(`above ${schema['maximum']}`);
      return [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : fail('expected a boolean');
    default:
      return [];
  }
};

/** The OpenAPI path of a simulator route pattern below the server URL: `/api/v1/tickets/:id` → `/tickets/{id}`. */
export const openApiPath = (pattern: string, serverUrl: string): string =>
  pattern.slice(serverUrl.length).replace(/:([A-Za-z_]+)/g, '{$1}');

/** The operation of `doc` for a method and OpenAPI path, if declared. */
export const operationOf = (doc: Json, method: string, path: string): Json | undefined => {
  const paths = doc['paths'];
  const item = isObject(paths) ? paths[path] : undefined;
  const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
  return isObject(operation) ? operation : undefined;
};

/** Query parameter names an operation declares (path-level included). */
export const queryParameters = (doc: Json, path: string, operation: Json): string[] => {
  const paths = doc['paths'];
  const item = isObject(paths) ? paths[path] : undefined;
  const all = [...(isObject(item) && Array.isArray(item['parameters']) ? item['parameters'] : []), ...(Array.isArray(operation['parameters']) ? operation['parameters'] : [])];
  return all.filter((p): p is Json => isObject(p) && p['in'] === 'query').map((p) => String(p['name']));
};

/** Problems of a response body against the schema the operation declares for its status. */
export const validateResponse = (doc: Json, operation: Json, status: number, body: unknown): string[] => {
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  let response = responses[String(status)];
  if (isObject(response) && typeof response['$ref'] === 'string') response = resolve(doc, response['$ref']);
  if (!isObject(response)) return [`status ${status} is not declared`];
  const content = response['content'];
  if (!isObject(content)) return body === undefined || body === null ? [] : [`status ${status} declares no body`];
  const media = content['application/json'];
  return validateValue(doc, isObject(media) ? media['schema'] : undefined, body);
};
