import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import {
  CustomerByEmailDocument,
  ListCustomersDocument,
  ListCompaniesDocument,
  ListThreadsDocument,
  ListUsersDocument,
  ListMachineUsersDocument,
  MarkThreadAsDoneDocument,
  AssignThreadDocument,
  ChangeThreadPriorityDocument,
  CreateNoteDocument,
  CreateThreadDocument,
  DeleteCustomerDocument,
  MarkThreadAsTodoDocument,
  ReplyToThreadDocument,
  SnoozeThreadDocument,
  UnassignThreadDocument,
  UpsertCustomerDocument,
  PlainCompanyFragmentDoc,
  PlainCustomerFragmentDoc,
  PlainMachineUserFragmentDoc,
  PlainUserFragmentDoc,
  SearchCustomersDocument,
  ThreadsByIdsDocument,
  ThreadTimelineDocument,
  type PlainCompanyFragment,
  type PlainCustomerFragment,
  type PlainMachineUserFragment,
  type PlainUserFragment,
} from './generated/graphql.js';

/**
 * Every GraphQL document the Plain connector sends. The static ones come from ./documents/*.graphql
 * through codegen; the by-id batches are built here from the same codegen fragments, one aliased
 * field per id, because Plain has no `customers(ids)` or `users(ids)` field.
 */

/** The most aliased lookups one batch document carries; more ids are split over several documents. */
export const MAX_BATCH_ALIASES = 50;

/** A document ready to send: its text, its operation name and, as types only, its result and variables. */
export interface PlainOperation<TResult, TVariables> {
  readonly document: TypedDocumentNode<TResult, TVariables>;
  readonly operationName: string;
  readonly query: string;
}

const operationName = (document: DocumentNode): string => {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) return definition.name.value;
  }
  throw new Error('a Plain document has no named operation');
};

const operation = <TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
): PlainOperation<TResult, TVariables> => ({ document, operationName: operationName(document), query: print(document) });

export const listThreads = operation(ListThreadsDocument);
export const threadsByIds = operation(ThreadsByIdsDocument);
export const threadTimeline = operation(ThreadTimelineDocument);
export const customerByEmail = operation(CustomerByEmailDocument);
export const listCustomers = operation(ListCustomersDocument);
export const searchCustomers = operation(SearchCustomersDocument);
export const listUsers = operation(ListUsersDocument);
export const listMachineUsers = operation(ListMachineUsersDocument);
export const listCompanies = operation(ListCompaniesDocument);
export const markThreadAsDone = operation(MarkThreadAsDoneDocument);
export const createThread = operation(CreateThreadDocument);
export const markThreadAsTodo = operation(MarkThreadAsTodoDocument);
export const snoozeThread = operation(SnoozeThreadDocument);
export const changeThreadPriority = operation(ChangeThreadPriorityDocument);
export const assignThread = operation(AssignThreadDocument);
export const unassignThread = operation(UnassignThreadDocument);
export const replyToThread = operation(ReplyToThreadDocument);
export const createNote = operation(CreateNoteDocument);
export const upsertCustomer = operation(UpsertCustomerDocument);
export const deleteCustomer = operation(DeleteCustomerDocument);

/** Variables of a batch document: `id0`, `id1`, … */
export type BatchVariables = Record<string, string>;
/** Result of a batch document: `<prefix>0`, `<prefix>1`, … each the record or null. */
export type BatchResult<T> = Record<string, T | null>;

interface BatchSpec {
  operationName: string;
  field: string;
  argument: string;
  aliasPrefix: string;
  fragment: DocumentNode;
}

export interface PlainBatchOperation<T> extends PlainOperation<BatchResult<T>, BatchVariables> {
  /** The result key of the i-th id. */
  readonly aliases: readonly string[];
}

const batchDocument = <T>(spec: BatchSpec, count: number): PlainBatchOperation<T> => {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH_ALIASES) {
    throw new RangeError(`a ${spec.operationName} batch holds 1..${MAX_BATCH_ALIASES} ids, not ${count}`);
  }
  const fragmentName = spec.fragment.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (fragmentName?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error('a batch needs a fragment');
  const indexes = Array.from({ length: count }, (_, i) => i);
  const text = [
    `query ${spec.operationName}(${indexes.map((i) => `$id${i}: ID!`).join(', ')}) {`,
    ...indexes.map(
      (i) => `  ${spec.aliasPrefix}${i}: ${spec.field}(${spec.argument}: $id${i}) { ...${fragmentName.name.value} }`,
    ),
    '}',
    print(spec.fragment),
  ].join('\n');
  const document: TypedDocumentNode<BatchResult<T>, BatchVariables> = parse(text);
  return {
    document,
    operationName: spec.operationName,
    query: print(document),
    aliases: indexes.map((i) => `${spec.aliasPrefix}${i}`),
  };
};

const CUSTOMERS_BY_IDS: BatchSpec = {
  operationName: 'CustomersByIds',
  field: 'customer',
  argument: 'customerId',
  aliasPrefix: 'c',
  fragment: PlainCustomerFragmentDoc,
};
const USERS_BY_IDS: BatchSpec = {
  operationName: 'UsersByIds',
  field: 'user',
  argument: 'userId',
  aliasPrefix: 'u',
  fragment: PlainUserFragmentDoc,
};
const MACHINE_USERS_BY_IDS: BatchSpec = {
  operationName: 'MachineUsersByIds',
  field: 'machineUser',
  argument: 'machineUserId',
  aliasPrefix: 'm',
  fragment: PlainMachineUserFragmentDoc,
};

const COMPANIES_BY_IDS: BatchSpec = {
  operationName: 'CompaniesByIds',
  field: 'company',
  argument: 'companyId',
  aliasPrefix: 'o',
  fragment: PlainCompanyFragmentDoc,
};

const memo = <T>(build: (count: number) => T): ((count: number) => T) => {
  const cache = new Map<number, T>();
  return (count) => {
    let built = cache.get(count);
    if (built === undefined) {
      built = build(count);
      cache.set(count, built);
    }
    return built;
  };
};

export const customersByIds = memo((count) => batchDocument<PlainCustomerFragment>(CUSTOMERS_BY_IDS, count));
export const usersByIds = memo((count) => batchDocument<PlainUserFragment>(USERS_BY_IDS, count));
export const companiesByIds = memo((count) => batchDocument<PlainCompanyFragment>(COMPANIES_BY_IDS, count));
export const machineUsersByIds = memo((count) => batchDocument<PlainMachineUserFragment>(MACHINE_USERS_BY_IDS, count));

/** The variables and the alias of each id, for a batch of `ids`. */
export const batchVariables = (ids: readonly string[]): BatchVariables =>
  Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));

/** Every document the connector can send (the contract test validates each against Plain's full SDL). */
export const allPlainOperations = (): PlainOperation<unknown, unknown>[] => [
  listThreads,
  threadsByIds,
  threadTimeline,
  customerByEmail,
  listCustomers,
  searchCustomers,
  listUsers,
  listMachineUsers,
  listCompanies,
  markThreadAsDone,
  createThread,
  markThreadAsTodo,
  snoozeThread,
  changeThreadPriority,
  assignThread,
  unassignThread,
  replyToThread,
  createNote,
  upsertCustomer,
  deleteCustomer,
  ...Array.from({ length: MAX_BATCH_ALIASES }, (_, i) => customersByIds(i + 1)),
  ...Array.from({ length: MAX_BATCH_ALIASES }, (_, i) => usersByIds(i + 1)),
  ...Array.from({ length: MAX_BATCH_ALIASES }, (_, i) => machineUsersByIds(i + 1)),
  ...Array.from({ length: MAX_BATCH_ALIASES }, (_, i) => companiesByIds(i + 1)),
] as PlainOperation<unknown, unknown>[];
