import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * relay-compiler, run against the committed SDL. A Relay client must compile against the schema: every
 * connection field paginates with `@connection` inside a `@refetchable` fragment, and every field of
 * every type can be selected. Relay reads a type named `*Connection` as a paginated list, so such a
 * type must be one (relay-compiler 21 does not itself refuse one that is not; older Relay tooling and
 * the connection handler do), which the first test checks.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA_PATH = join(ROOT, 'schema', 'schema.graphql');
const RELAY_BIN = join(ROOT, 'node_modules', '.bin', 'relay-compiler');

const capitalise = (name: string): string => name[0]!.toUpperCase() + name.slice(1);

const isConnectionField = (field: GraphQLField<unknown, unknown>): boolean => {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.name.endsWith('Connection') && field.args.some((arg) => arg.name === 'first');
};

/** Arguments a field requires, declared on the fragment so the selection can pass them. */
const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined && arg.name !== 'first' && arg.name !== 'after');

const argDefinitions = (defs: { name: string; type: string; defaultValue?: string }[]): string =>
  defs.length === 0
    ? ''
    : ` @argumentDefinitions(${defs.map((d) => `${d.name}: {type: "${d.type}"${d.defaultValue ? `, defaultValue: ${d.defaultValue}` : ''}}`).join(', ')})`;

/** A fragment that pages one connection field, refetchable through `node` (or the root for Query). */
const connectionModule = (parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>): { file: string; text: string } => {
  const module = `${parent.name}${capitalise(field.name)}`;
  const fragment = `${module}_data`;
  const required = requiredArgs(field);
  const defs = [
    { name: 'count', type: 'Int', defaultValue: '10' },
    { name: 'cursor', type: 'String' },
    ...required.map((arg) => ({ name: arg.name, type: String(arg.type) })),
  ];
  const args = ['first: $count', 'after: $cursor', ...required.map((arg) => `${arg.name}: $${arg.name}`)].join(', ');
  const text = `graphql\`
  fragment ${fragment} on ${parent.name} @refetchable(queryName: "${module}PaginationQuery")${argDefinitions(defs)} {
    ${field.name}(${args}) @connection(key: "${fragment}_${field.name}") {
      edges { node { __typename id } }
    }
  }
\`;
`;
  return { file: `${module}.js`, text };
};

/** A fragment selecting every field of a type, so a field whose type Relay rejects fails the compile. */
const everyFieldModule = (type: GraphQLObjectType): { file: string; text: string } => {
  const module = `Every${type.name}`;
  const fields = Object.values(type.getFields()).filter((field) => !isConnectionField(field));
  const defs: { name: string; type: string }[] = [];
  const selections = fields.map((field) => {
    const required = requiredArgs(field);
    for (const arg of required) defs.push({ name: `${field.name}_${arg.name}`, type: String(arg.type) });
    const args = required.length ? `(${required.map((arg) => `${arg.name}: $${field.name}_${arg.name}`).join(', ')})` : '';
    const named = getNamedType(field.type);
    const sub = isObjectType(named) || isAbstractType(named) || isInterfaceType(named) ? ' { __typename }' : '';
    return `${field.name}${args}${sub}`;
  });
  const text = `graphql\`
  fragment ${module}_data on ${type.name}${argDefinitions(defs)} {
    ${selections.join('\n    ')}
  }
\`;
`;
  return { file: `${module}.js`, text };
};

const objectTypes = (schema: GraphQLSchema): GraphQLObjectType[] =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType =>
      isObjectType(type) && !type.name.startsWith('__') && type !== schema.getMutationType() && type !== schema.getSubscriptionType(),
  );

const run = promisify(execFile);

describe('relay-compiler against schema/schema.graphql', () => {
  let dir: string;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deskgraph-relay-'));
    schema = buildSchema(await readFile(SCHEMA_PATH, 'utf8'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names only Relay connections `*Connection`, and pages each both ways', () => {
    for (const type of objectTypes(schema).filter((object) => object.name.endsWith('Connection'))) {
      const fields = type.getFields();
      const edge = fields.edges && getNamedType(fields.edges.type);
      expect(isObjectType(edge) && 'node' in edge.getFields() && 'cursor' in edge.getFields(), `${type.name}.edges { node cursor }`).toBe(true);
      expect(fields.pageInfo && getNamedType(fields.pageInfo.type).name, `${type.name}.pageInfo`).toBe('PageInfo');
    }
    for (const type of objectTypes(schema)) {
      for (const field of Object.values(type.getFields()).filter((f) => getNamedType(f.type).name.endsWith('Connection'))) {
        expect(field.args.map((arg) => arg.name), `${type.name}.${field.name}`).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
      }
    }
  });

  it('compiles a refetchable @connection fragment per connection field and a fragment over every field of every type', async () => {
    const modules: { file: string; text: string }[] = [];
    const connectionFields: string[] = [];
    for (const type of objectTypes(schema)) {
      const isNode = type.getInterfaces().some((iface) => iface.name === 'Node');
      for (const field of Object.values(type.getFields())) {
        if (!isConnectionField(field)) continue;
        connectionFields.push(`${type.name}.${field.name}`);
        // Relay refetches a fragment through `node` or the root: a connection elsewhere is not paginable.
        expect(isNode || type === schema.getQueryType(), `${type.name}.${field.name} sits on a type Relay cannot refetch`).toBe(true);
        modules.push(connectionModule(type, field));
      }
      if (type !== schema.getQueryType()) modules.push(everyFieldModule(type));
    }
    expect(connectionFields).toContain('Query.tickets');
    expect(connectionFields).toContain('Ticket.messages');

    const src = join(dir, 'src');
    await mkdir(src, { recursive: true });
    await Promise.all(modules.map((module) => writeFile(join(src, module.file), module.text)));
    await writeFile(
      join(dir, 'relay.config.json'),
      JSON.stringify({ src: './src', schema: SCHEMA_PATH, language: 'javascript' }),
    );
    const result = await run(RELAY_BIN, ['--noWatchman'], { cwd: dir }).then(
      ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
      (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    expect(result.output.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  }, 60_000);
});
