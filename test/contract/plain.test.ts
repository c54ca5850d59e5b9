import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  buildSchema,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  isScalarType,
  isUnionType,
  parse,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPlainOperations } from '../../src/connectors/plain/documents.js';
import { PLAIN_SUBSET_SDL_URL, plainSubsetSchema } from '../../src/simulators/plain/graphql.js';
import { startHarness, type PlainHarness } from '../plain/support.js';
import { contractTicketDraft } from './support/writes.js';
import { contractTestsRun } from './support/specs.js';

/**
 * Plain's contract, checked against its full public SDL in ../shared/upstream-specs/plain (read in
 * place, never copied): every document the connector can send validates against it, every request it
 * actually sends (document and variables) does too, and the project's subset schema, which types the
 * connector's documents and which the simulator executes, is a true subset of it. Because the subset
 * keeps Plain's field types unchanged, everything the simulator answers is also a valid Plain answer.
 */

const PLAIN_SDL = fileURLToPath(new URL('../../../shared/upstream-specs/plain/schema.graphql', import.meta.url));
const specPresent = contractTestsRun('Plain', PLAIN_SDL);

/** Where `subset` is not a true subset of `full`: one message per type, field, argument or value. */
const subsetViolations = (subset: GraphQLSchema, full: GraphQLSchema): string[] => {
  const problems: string[] = [];
  for (const type of Object.values(subset.getTypeMap())) {
    if (type.name.startsWith('__') || isScalarType(type)) {
      if (isScalarType(type) && !full.getType(type.name)) problems.push(`scalar ${type.name} is not in Plain's schema`);
      continue;
    }
    const other = full.getType(type.name);
    if (!other) {
      problems.push(`type ${type.name} is not in Plain's schema`);
      continue;
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      if (!(isObjectType(other) || isInterfaceType(other)) || isObjectType(type) !== isObjectType(other)) {
        problems.push(`${type.name} is a different kind of type in Plain's schema`);
        continue;
      }
      const fullFields = other.getFields();
      for (const field of Object.values(type.getFields())) {
        const fullField = fullFields[field.name];
        if (!fullField) {
          problems.push(`${type.name}.${field.name} is not in Plain's schema`);
          continue;
        }
        if (String(field.type) !== String(fullField.type)) {
          problems.push(`${type.name}.${field.name} is ${String(field.type)}, Plain says ${String(fullField.type)}`);
        }
        for (const arg of field.args) {
          const fullArg = fullField.args.find((candidate) => candidate.name === arg.name);
          if (!fullArg) problems.push(`${type.name}.${field.name}(${arg.name}) is not in Plain's schema`);
          else if (String(arg.type) !== String(fullArg.type)) {
            problems.push(`${type.name}.${field.name}(${arg.name}) is ${String(arg.type)}, Plain says ${String(fullArg.type)}`);
          }
        }
        for (const fullArg of fullField.args.filter(isRequiredArgument)) {
          if (!field.args.some((arg) => arg.name === fullArg.name)) {
            problems.push(`${type.name}.${field.name} lacks the required argument ${fullArg.name}`);
          }
        }
      }
    } else if (isUnionType(type)) {
      if (!isUnionType(other)) problems.push(`${type.name} is not a union in Plain's schema`);
      else {
        const members = new Set(other.getTypes().map((member) => member.name));
        for (const member of type.getTypes()) {
          if (!members.has(member.name)) problems.push(`${member.name} is not a member of ${type.name} in Plain's schema`);
        }
      }
    } else if (isEnumType(type)) {
      if (!isEnumType(other)) problems.push(`${type.name} is not an enum in Plain's schema`);
      else {
        for (const value of type.getValues()) {
          if (!other.getValue(value.name)) problems.push(`${type.name}.${value.name} is not a value in Plain's schema`);
        }
      }
    } else if (isInputObjectType(type)) {
      if (!isInputObjectType(other)) {
        problems.push(`${type.name} is not an input type in Plain's schema`);
        continue;
      }
      const fullFields = other.getFields();
      for (const field of Object.values(type.getFields())) {
        const fullField = fullFields[field.name];
        if (!fullField) problems.push(`${type.name}.${field.name} is not in Plain's schema`);
        else if (String(field.type) !== String(fullField.type)) {
          problems.push(`${type.name}.${field.name} is ${String(field.type)}, Plain says ${String(fullField.type)}`);
        }
      }
      for (const fullField of Object.values(fullFields).filter(isRequiredInputField)) {
        if (!type.getFields()[fullField.name]) problems.push(`${type.name} lacks the required field ${fullField.name}`);
      }
    }
  }
  for (const root of ['Query', 'Mutation'] as const) {
    const mine = root === 'Query' ? subset.getQueryType() : subset.getMutationType();
    const theirs = root === 'Query' ? full.getQueryType() : full.getMutationType();
    if (mine && mine.name !== theirs?.name) problems.push(`the ${root} root is ${mine.name}, Plain's is ${theirs?.name}`);
  }
  return problems;
};

const operationOf = (query: string): OperationDefinitionNode => {
  const found = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (found?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return found;
};

describe.runIf(specPresent)('plain contract (../shared/upstream-specs/plain/schema.graphql)', () => {
  let full: GraphQLSchema;
  beforeAll(() => {
    full = buildSchema(readFileSync(PLAIN_SDL, 'utf8'));
  });

  it('validates every document the connector can send against Plain’s full SDL', () => {
    const operations = allPlainOperations();
    expect(operations.length).toBeGreaterThan(100);
    const names = new Set<string>();
    for (const operation of operations) {
      const errors = validate(full, parse(operation.query));
      expect(errors.map((error) => `${operation.operationName}: ${error.message}`)).toEqual([]);
      names.add(operation.operationName);
    }
    expect([...names].sort()).toEqual([
      'AssignThread',
      'ChangeThreadPriority',
      'CompaniesByIds',
      'CreateNote',
      'CreateThread',
      'CustomerByEmail',
      'CustomersByIds',
      'DeleteCustomer',
      'ListCompanies',
      'ListCustomers',
      'ListMachineUsers',
      'ListThreads',
      'ListUsers',
      'MachineUsersByIds',
      'MarkThreadAsDone',
      'MarkThreadAsTodo',
      'ReplyToThread',
      'SearchCustomers',
      'SnoozeThread',
      'ThreadTimeline',
      'ThreadsByIds',
      'UnassignThread',
      'UpsertCustomer',
      'UsersByIds',
    ]);
  });

  it('finds a field, an argument and an enum value Plain does not have (the check can fail)', () => {
    const bad = [
      'query A { threads(first: 1) { edges { node { id mood } } } }',
      'query B { threads(first: 1, colour: "red") { totalCount } }',
      'query C { threads(first: 1, sortBy: { field: UPDATED_AT, direction: ASC }) { totalCount } }',
    ];
    for (const query of bad) expect(validate(full, parse(query))).not.toEqual([]);
  });

  it('keeps the subset schema a true subset of Plain’s: same names, same types, no missing required arguments', () => {
    expect(subsetViolations(plainSubsetSchema(), full)).toEqual([]);
    expect(readFileSync(PLAIN_SUBSET_SDL_URL, 'utf8').length).toBeLessThan(readFileSync(PLAIN_SDL, 'utf8').length / 10);
  });

  it('reports a subset that invents or retypes anything', () => {
    const invented = buildSchema(`
      type Query { thread(threadId: ID!): Thread threads(colour: String): ThreadConnection! customerByEmail: Customer }
      type Thread { id: ID! title: String mood: String }
      type ThreadConnection { totalCount: Int! }
      type Customer { id: ID! }
      enum ThreadStatus { TODO PARKED }
      union ThreadAssignee = Thread
      input ThreadsFilter { colour: String }
    `);
    expect(subsetViolations(invented, full).sort()).toEqual(
      [
        "Query.threads(colour) is not in Plain's schema",
        'Query.customerByEmail lacks the required argument email',
        'Thread.title is String, Plain says String!',
        "Thread.mood is not in Plain's schema",
        "ThreadStatus.PARKED is not a value in Plain's schema",
        "Thread is not a member of ThreadAssignee in Plain's schema",
        "ThreadsFilter.colour is not in Plain's schema",
      ].sort(),
    );
  });

  describe('what the connector actually sends', () => {
    let h: PlainHarness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.close());

    it('validates every request of a full exercise, document and variables, against Plain’s full SDL', async () => {
      const connector = h.connector();
      const dataset = h.sim.dataset();
      const thread = dataset.threads[0];
      const customerIds = dataset.customers.map((customer) => customer.id);
      const userIds = dataset.users.map((user) => user.id);
      const sort = { field: 'CREATED_AT', direction: 'ASC' } as const;
      const first = await connector.listTickets({
        filter: {
          statuses: ['OPEN', 'ON_HOLD', 'SOLVED'],
          rawStatuses: ['TODO', 'SNOOZED', 'DONE'],
          priorities: ['URGENT', 'HIGH', 'NORMAL', 'LOW'],
          createdAfter: '2020-01-01T00:00:00.000Z',
          createdBefore: '2030-01-01T00:00:00.000Z',
          updatedAfter: '2020-01-01T00:00:00.000Z',
          updatedBefore: '2030-01-01T00:00:00.000Z',
        },
        sort,
        page: { first: 10 },
      });
      await connector.listTickets({ filter: {}, sort, page: { first: 5, after: first.edges.at(-1)?.cursor } });
      await connector.listTickets({
        filter: { requesterId: thread?.customerId ?? '', assigneeId: userIds[0] ?? '' },
        sort: { field: 'CREATED_AT', direction: 'DESC' },
        page: { last: 5, before: first.edges[0]?.cursor },
      });
      await connector.getTickets(dataset.threads.slice(0, 3).map((t) => t.id));
      await connector.getContacts(customerIds);
      await connector.getContacts(customerIds.slice(0, 1));
      await connector.getAgents(userIds);
      await connector.findContactsByEmail(dataset.customers[0]?.email ?? '');
      const contacts = await connector.listContacts({ page: { first: 5 } });
      await connector.listContacts({ page: { last: 2, before: contacts.edges.at(-1)?.cursor } });
      await connector.listContacts({ search: 'reid', page: { first: 5 } });
      const agents = await connector.listAgents?.({ first: 2 });
      await connector.listAgents?.({ last: 1, before: agents?.edges.at(-1)?.cursor });
      // From the end: the machine users come last.
      await connector.listAgents?.({ last: 2 });
      const companies = await connector.listOrganizations?.({ first: 2 });
      await connector.listOrganizations?.({ first: 2, after: companies?.edges.at(-1)?.cursor });
      await connector.getOrganizations?.([...(companies?.edges.map((edge) => edge.node.externalId) ?? []), 'co_unknown']);
      const messages = await connector.listMessages(thread?.id ?? '', { first: 5 });
      await connector.listMessages(thread?.id ?? '', { last: 2, before: messages.edges.at(-1)?.cursor });
      await connector.markThreadAsDone(thread?.id ?? '', 'DONE_MANUALLY_SET');
      await connector.markThreadAsDone('th_unknown');
      // Every write, so that each mutation document and its variables meet Plain's schema.
      const created = await connector.createTicket!(contractTicketDraft({ assigneeId: userIds[0] ?? null }));
      for (const status of ['OPEN', 'ON_HOLD', 'SOLVED'] as const) await connector.updateTicket!(created.externalId, { status });
      await connector.updateTicket!(created.externalId, { priority: 'LOW', assigneeId: null });
      await connector.replyToTicket!(created.externalId, { body: 'A reply', format: 'TEXT' });
      await connector.addInternalNote!(created.externalId, { body: '<p>A note</p>', format: 'HTML' });
      await connector.closeTicket!(created.externalId);
      const contact = await connector.createContact!({ email: 'contract.contact@example.com', name: 'C', phone: null, company: null });
      await connector.updateContact!(contact.externalId, { name: 'Renamed', email: 'renamed@example.com' });
      await connector.deleteContact!(contact.externalId);

      const received = h.sim.received();
      expect(received.length).toBeGreaterThanOrEqual(30);
      expect(received.filter((request) => request.operationName === 'ListCompanies')).toHaveLength(2);
      // The third: reading from the end fills the page with machine users, then asks the people for one more to tell whether any precede.
      expect(received.filter((request) => request.operationName === 'ListUsers')).toHaveLength(3);
      expect(received.filter((request) => request.operationName === 'ListMachineUsers')).toHaveLength(1);
      const known = new Set(allPlainOperations().map((operation) => operation.query));
      for (const request of received) {
        // Every document sent is one the static list above covers.
        expect(known.has(request.query), `an unlisted document: ${request.query.slice(0, 80)}`).toBe(true);
        const document = parse(request.query);
        expect(validate(full, document)).toEqual([]);
        const operation = operationOf(request.query);
        expect(request.operationName).toBe(operation.name?.value);
        const coerced = getVariableValues(full, operation.variableDefinitions ?? [], (request.variables ?? {}) as Record<string, unknown>);
        expect('errors' in coerced ? coerced.errors?.map((error) => `${operation.name?.value}: ${error.message}`) : []).toEqual([]);
      }
      // Enum values travel in variables too: those must be Plain's (ThreadStatus, ThreadsSortField …).
      const listed = received.find((request) => request.operationName === 'ListThreads');
      expect(JSON.stringify(listed?.variables)).toContain('"sortBy":{"field":"CREATED_AT","direction":"ASC"}');
      expect(JSON.stringify(listed?.variables)).toContain('"statuses":["TODO","SNOOZED","DONE"]');
    });
  });
});
