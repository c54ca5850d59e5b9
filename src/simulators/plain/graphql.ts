import { readFileSync } from 'node:fs';
import {
  GraphQLError,
  buildSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { z } from 'zod';
import type { SimResponse } from '../sim-server.js';
import { plainMutations } from './mutations.js';
import type { PlainThreadEventType } from './webhooks.js';
import type {
  PlainDataset,
  SimActor,
  SimCustomer,
  SimAttachment,
  SimEntry,
  SimMachineUser,
  SimThread,
  SimTimelineEntry,
  SimUser,
} from './dataset.js';

/**
 * Executes GraphQL the way Plain does, against the project's subset of Plain's schema (the file the
 * connector's codegen reads), with resolvers over the simulator's dataset. Relay pagination follows
 * Plain: at most 100 per page, 25 by default, `first` never with `before` (nor `last` with `after`),
 * cursors are base64 JSON of the sort key and the id. Query errors carry `extensions.code`
 * (BAD_USER_INPUT, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, INTERNAL_SERVER_ERROR); a failed
 * mutation answers `error` as data.
 */

export const PLAIN_SUBSET_SDL_URL = new URL('../../connectors/plain/schema.subset.graphql', import.meta.url);

let cachedSchema: GraphQLSchema | undefined;
export const plainSubsetSchema = (): GraphQLSchema => {
  cachedSchema ??= buildSchema(readFileSync(PLAIN_SUBSET_SDL_URL, 'utf8'));
  return cachedSchema;
};

export const PLAIN_MAX_PAGE = 100;
export const PLAIN_DEFAULT_PAGE = 25;

const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

// --- Relay pagination ---

interface RelayArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A position in a sorted list: the sort value, then the id that breaks ties. */
type SortKey = readonly [string | number, string];

interface Ordering<T> {
  key(item: T): SortKey;
  /** The JSON field names inside a cursor, as Plain names them (`threads.created_at`, `threads.id`). */
  fields: readonly [string, string];
  descending: boolean;
}

const encodeCursor = (fields: Ordering<unknown>['fields'], key: SortKey): string =>
  Buffer.from(JSON.stringify({ [fields[0]]: key[0], [fields[1]]: key[1] })).toString('base64');

const decodeCursor = (fields: Ordering<unknown>['fields'], cursor: string): SortKey => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
  } catch {
    throw badInput('Invalid cursor');
  }
  if (typeof parsed !== 'object' || parsed === null) throw badInput('Invalid cursor');
  const record = parsed as Record<string, unknown>;
  const value = record[fields[0]];
  const id = record[fields[1]];
  if ((typeof value !== 'string' && typeof value !== 'number') || typeof id !== 'string') {
    throw badInput('Invalid cursor: it was not issued for this list and sort order');
  }
  return [value, id];
};

const compareKeys = (a: SortKey, b: SortKey): number => {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
};

const checkPageSize = (name: string, value: number | null | undefined): void => {
  if (value === null || value === undefined) return;
  if (value < 0) throw badInput(`\`${name}\` must not be negative`);
  if (value > PLAIN_MAX_PAGE) throw badInput(`\`${name}\` must not be greater than ${PLAIN_MAX_PAGE}`);
};

export interface ConnectionResult<V> {
  edges: { cursor: string; node: V }[];
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const paginate = <T, V>(items: readonly T[], ordering: Ordering<T>, args: RelayArgs, view: (item: T) => V): ConnectionResult<V> => {
  const { first, after, last, before } = args;
  const has = (value: unknown): boolean => value !== null && value !== undefined;
  if (has(first) && has(last)) throw badInput('`first` and `last` cannot be combined');
  if (has(first) && has(before)) throw badInput('`first` and `before` cannot be combined');
  if (has(last) && has(after)) throw badInput('`last` and `after` cannot be combined');
  checkPageSize('first', first);
  checkPageSize('last', last);

  const compare = (a: SortKey, b: SortKey): number => (ordering.descending ? -compareKeys(a, b) : compareKeys(a, b));
  const sorted = [...items].sort((a, b) => compare(ordering.key(a), ordering.key(b)));
  let start = 0;
  let end = sorted.length;
  if (has(after)) {
    const key = decodeCursor(ordering.fields, after as string);
    const index = sorted.findIndex((item) => compare(ordering.key(item), key) > 0);
    start = index === -1 ? sorted.length : index;
  }
  if (has(before)) {
    const key = decodeCursor(ordering.fields, before as string);
    const index = sorted.findIndex((item) => compare(ordering.key(item), key) >= 0);
    end = Math.max(start, index === -1 ? sorted.length : index);
  }
  let from = start;
  let to = end;
  if (has(last)) from = Math.max(start, end - (last as number));
  else to = Math.min(end, start + (has(first) ? (first as number) : PLAIN_DEFAULT_PAGE));

  const edges = sorted.slice(from, to).map((item) => ({ cursor: encodeCursor(ordering.fields, ordering.key(item)), node: view(item) }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: from > 0,
      hasNextPage: to < sorted.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: sorted.length,
  };
};

// --- views: storage records → Plain's GraphQL types ---

const dateTime = (iso: string) => ({ iso8601: iso, unixTimestamp: String(Date.parse(iso)) });

const customerView = (customer: SimCustomer) => ({
  id: customer.id,
  externalId: customer.externalId,
  fullName: customer.fullName,
  shortName: customer.shortName,
  email: { email: customer.email, isVerified: true },
  company: customer.company,
  createdAt: dateTime(customer.createdAt),
  updatedAt: dateTime(customer.updatedAt),
});

const userView = (user: SimUser) => ({ __typename: 'User', ...user });
const machineUserView = (machineUser: SimMachineUser) => ({ __typename: 'MachineUser', ...machineUser });

/** Storage kinds are named as Plain's `TimelineEntryType` values; these are their GraphQL types. */
const ENTRY_TYPES: Readonly<Record<SimEntry['kind'], string>> = {
  EMAIL: 'EmailEntry',
  CHAT: 'ChatEntry',
  NOTE: 'NoteEntry',
  SLACK_MESSAGE: 'SlackMessageEntry',
  CUSTOM: 'CustomEntry',
};

/** Plain's `AttachmentType` for the files of each kind of entry. */
const ATTACHMENT_TYPES: Readonly<Record<SimEntry['kind'], string>> = {
  EMAIL: 'EMAIL',
  CHAT: 'CHAT',
  NOTE: 'NOTE',
  SLACK_MESSAGE: 'SLACK',
  CUSTOM: 'CUSTOM_TIMELINE_ENTRY',
};

const attachmentView = (attachment: SimAttachment, kind: SimEntry['kind']) => ({
  id: attachment.id,
  fileName: attachment.fileName,
  fileSize: { bytes: attachment.fileSizeBytes, kiloBytes: attachment.fileSizeBytes / 1000, megaBytes: attachment.fileSizeBytes / 1_000_000 },
  fileExtension: attachment.fileExtension,
  fileMimeType: attachment.fileMimeType,
  type: ATTACHMENT_TYPES[kind],
});

const entryView = (entry: SimEntry) => {
  const __typename = ENTRY_TYPES[entry.kind];
  switch (entry.kind) {
    case 'EMAIL':
      return {
        __typename,
        emailId: entry.emailId,
        from: entry.from,
        subject: entry.subject,
        textContent: entry.text,
        markdownContent: entry.text,
      };
    case 'CHAT':
      return { __typename, chatId: entry.chatId, text: entry.text };
    case 'NOTE':
      return { __typename, noteId: entry.noteId, text: entry.text, markdown: entry.text };
    case 'SLACK_MESSAGE':
      return { __typename, text: entry.text };
    case 'CUSTOM':
      return { __typename, externalId: entry.externalId, title: entry.title, type: entry.type };
  }
};

const threadOrdering = (field: string, direction: string): Ordering<SimThread> => {
  const descending = direction === 'DESC';
  switch (field) {
    case 'STATUS_CHANGED_AT':
      return { key: (t) => [t.statusChangedAt, t.id], fields: ['threads.status_changed_at', 'threads.id'], descending };
    case 'PRIORITY':
      return { key: (t) => [t.priority, t.id], fields: ['threads.priority', 'threads.id'], descending };
    default:
      return { key: (t) => [t.createdAt, t.id], fields: ['threads.created_at', 'threads.id'], descending };
  }
};

const timelineOrdering: Ordering<SimTimelineEntry> = {
  key: (e) => [e.timestamp, e.id],
  fields: ['timeline_entries.timestamp', 'timeline_entries.id'],
  descending: false,
};

const userOrdering: Ordering<SimUser> = {
  key: (u) => [u.fullName, u.id],
  fields: ['users.full_name', 'users.id'],
  descending: false,
};

type SimCompany = NonNullable<SimCustomer['company']>;

const machineUserOrdering: Ordering<SimMachineUser> = {
  key: (m) => [m.fullName, m.id],
  fields: ['machine_users.full_name', 'machine_users.id'],
  descending: false,
};

const companyOrdering: Ordering<SimCompany> = {
  key: (c) => [c.name, c.id],
  fields: ['companies.name', 'companies.id'],
  descending: false,
};

const customerOrdering: Ordering<SimCustomer> = {
  key: (c) => [c.fullName, c.id],
  fields: ['customers.full_name', 'customers.id'],
  descending: false,
};

// --- argument shapes (graphql-js has coerced them to the schema already) ---

interface DatetimeFilter {
  after?: string | null;
  before?: string | null;
}

interface ThreadsFilterArgs {
  threadIds?: string[] | null;
  priorities?: number[] | null;
  customerIds?: string[] | null;
  assignedToUser?: string[] | null;
  statuses?: string[] | null;
  statusDetails?: string[] | null;
  createdAt?: DatetimeFilter | null;
  updatedAt?: DatetimeFilter | null;
}

const parseTime = (name: string, value: string): number => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw badInput(`\`${name}\` is not an ISO 8601 timestamp`);
  return ms;
};

/** `after` is inclusive and `before` exclusive, as Plain documents `DatetimeFilter`. */
const inWindow = (name: string, filter: DatetimeFilter | null | undefined): ((iso: string) => boolean) => {
  if (!filter) return () => true;
  const after = filter.after ? parseTime(`${name}.after`, filter.after) : -Infinity;
  const before = filter.before ? parseTime(`${name}.before`, filter.before) : Infinity;
  return (iso) => {
    const ms = Date.parse(iso);
    return ms >= after && ms < before;
  };
};

const listFilter = <T>(values: readonly T[] | null | undefined): ((value: T | undefined) => boolean) =>
  values && values.length > 0 ? (value) => value !== undefined && values.includes(value) : () => true;

/** `ThreadStatusDetailWaitingForCustomer` → `WAITING_FOR_CUSTOMER`, the name `StatusDetailType` gives it. */
const statusDetailType = (typename: string): string =>
  typename
    .replace(/^ThreadStatusDetail/, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();

const matchesThreads = (filters: ThreadsFilterArgs | null | undefined): ((thread: SimThread) => boolean) => {
  const f = filters ?? {};
  const ids = listFilter(f.threadIds);
  const priorities = listFilter(f.priorities);
  const customers = listFilter(f.customerIds);
  const assignees = listFilter(f.assignedToUser);
  const statuses = listFilter(f.statuses);
  const statusDetails = listFilter(f.statusDetails);
  const created = inWindow('createdAt', f.createdAt);
  const updated = inWindow('updatedAt', f.updatedAt);
  return (t) =>
    ids(t.id) &&
    priorities(t.priority) &&
    customers(t.customerId) &&
    assignees(t.assignee?.kind === 'User' ? t.assignee.id : undefined) &&
    statuses(t.status) &&
    statusDetails(statusDetailType(t.statusDetail)) &&
    created(t.createdAt) &&
    updated(t.updatedAt);
};

/** The root value: Query and Mutation fields over `dataset` (mutations change it in place). */
export const plainRoot = (dataset: PlainDataset, changed: (eventType: PlainThreadEventType, thread: SimThread) => void = () => undefined) => {
  const customers = new Map(dataset.customers.map((c) => [c.id, c]));
  const users = new Map(dataset.users.map((u) => [u.id, u]));
  // Plain's companies, as the customers name them.
  const companies = new Map(dataset.customers.flatMap((c) => (c.company ? [[c.company.id, c.company] as const] : [])));
  const machineUsers = new Map(dataset.machineUsers.map((m) => [m.id, m]));
  const labelTypes = new Map(dataset.labelTypes.map((l) => [l.id, l]));
  const threads = new Map(dataset.threads.map((t) => [t.id, t]));

  const mustGet = <T>(map: ReadonlyMap<string, T>, id: string, what: string): T => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`dataset has no ${what} ${id}`);
    return found;
  };

  const actorView = (actor: SimActor) => {
    switch (actor.kind) {
      case 'User':
        return { __typename: 'UserActor', userId: actor.userId, user: () => userView(mustGet(users, actor.userId, 'user')) };
      case 'Customer':
        return {
          __typename: 'CustomerActor',
          customerId: actor.customerId,
          customer: () => customerView(mustGet(customers, actor.customerId, 'customer')),
        };
      case 'MachineUser':
        return {
          __typename: 'MachineUserActor',
          machineUserId: actor.machineUserId,
          machineUser: () => machineUserView(mustGet(machineUsers, actor.machineUserId, 'machine user')),
        };
      case 'System':
        return { __typename: 'SystemActor', systemId: actor.systemId };
    }
  };

  const timelineEntryView = (entry: SimTimelineEntry) => ({
    id: entry.id,
    customerId: entry.customerId,
    threadId: entry.threadId,
    timestamp: dateTime(entry.timestamp),
    entry: { ...entryView(entry.entry), attachments: entry.attachments.map((attachment) => attachmentView(attachment, entry.entry.kind)) },
    actor: actorView(entry.actor),
  });

  const lastMessageAt = (thread: SimThread, inbound: boolean): { timestamp: ReturnType<typeof dateTime> } | null => {
    const timeline = dataset.timelines.get(thread.id) ?? [];
    const match = timeline.findLast(
      (e) => e.entry.kind !== 'NOTE' && e.entry.kind !== 'CUSTOM' && (e.actor.kind === 'Customer') === inbound,
    );
    return match ? { timestamp: dateTime(match.timestamp) } : null;
  };

  const assigneeView = (thread: SimThread) => {
    const assignee = thread.assignee;
    if (!assignee) return null;
    if (assignee.kind === 'User') return userView(mustGet(users, assignee.id, 'user'));
    if (assignee.kind === 'MachineUser') return machineUserView(mustGet(machineUsers, assignee.id, 'machine user'));
    return { __typename: 'System', id: assignee.id };
  };

  const threadView = (thread: SimThread) => ({
    id: thread.id,
    ref: thread.ref,
    title: thread.title,
    description: thread.description,
    previewText: thread.previewText,
    priority: thread.priority,
    externalId: thread.externalId,
    status: thread.status,
    channel: thread.channel,
    statusChangedAt: dateTime(thread.statusChangedAt),
    statusDetail: () => ({
      __typename: thread.statusDetail,
      statusChangedAt: dateTime(thread.statusChangedAt),
      waitingUntil: thread.waitingUntil ? dateTime(thread.waitingUntil) : null,
    }),
    customer: () => customerView(mustGet(customers, thread.customerId, 'customer')),
    assignedTo: () => assigneeView(thread),
    labels: () =>
      thread.labelTypeIds.map((id) => ({ id: `l_${thread.id}_${id}`, labelType: mustGet(labelTypes, id, 'label type') })),
    timelineEntries: (args: RelayArgs & { filters?: { entryTypes?: string[] | null } | null }) => {
      const types = listFilter(args.filters?.entryTypes);
      const entries = (dataset.timelines.get(thread.id) ?? []).filter((e) => types(e.entry.kind));
      return paginate(entries, timelineOrdering, args, timelineEntryView);
    },
    lastInboundMessageInfo: () => lastMessageAt(thread, true),
    lastOutboundMessageInfo: () => lastMessageAt(thread, false),
    createdAt: dateTime(thread.createdAt),
    updatedAt: dateTime(thread.updatedAt),
  });

  const customersPage = (list: readonly SimCustomer[], args: RelayArgs) => paginate(list, customerOrdering, args, customerView);

  return {
    thread: ({ threadId }: { threadId: string }) => {
      const thread = threads.get(threadId);
      return thread ? threadView(thread) : null;
    },
    threads: (args: RelayArgs & { filters?: ThreadsFilterArgs | null; sortBy?: { field: string; direction: string } | null }) => {
      const ordering = threadOrdering(args.sortBy?.field ?? 'CREATED_AT', args.sortBy?.direction ?? 'DESC');
      return paginate(dataset.threads.filter(matchesThreads(args.filters)), ordering, args, threadView);
    },
    customer: ({ customerId }: { customerId: string }) => {
      const customer = customers.get(customerId);
      return customer ? customerView(customer) : null;
    },
    customerByEmail: ({ email }: { email: string }) => {
      const wanted = email.trim().toLowerCase();
      const customer = dataset.customers.find((c) => c.email.toLowerCase() === wanted);
      return customer ? customerView(customer) : null;
    },
    customers: (args: RelayArgs) => customersPage(dataset.customers, args),
    searchCustomers: (
      args: RelayArgs & { searchQuery: { or?: { fullName?: { caseInsensitiveContains?: string | null } | null; email?: { caseInsensitiveContains?: string | null } | null }[] | null } },
    ) => {
      const conditions = args.searchQuery.or ?? [];
      const contains = (value: string, needle: string | null | undefined): boolean =>
        typeof needle === 'string' && value.toLowerCase().includes(needle.toLowerCase());
      const found = dataset.customers.filter((c) =>
        conditions.some(
          (condition) => contains(c.fullName, condition.fullName?.caseInsensitiveContains) || contains(c.email, condition.email?.caseInsensitiveContains),
        ),
      );
      const { edges, pageInfo } = customersPage(found, args);
      return { edges, pageInfo };
    },
    user: ({ userId }: { userId: string }) => {
      const user = users.get(userId);
      return user ? userView(user) : null;
    },
    company: ({ companyId }: { companyId: string }) => companies.get(companyId) ?? null,
    companies: (args: RelayArgs) => {
      const { edges, pageInfo } = paginate([...companies.values()], companyOrdering, args, (company) => company);
      return { edges, pageInfo };
    },
    users: (args: RelayArgs) => {
      const { edges, pageInfo } = paginate(dataset.users, userOrdering, args, userView);
      return { edges, pageInfo };
    },
    machineUsers: (args: RelayArgs) => {
      const { edges, pageInfo } = paginate(dataset.machineUsers, machineUserOrdering, args, machineUserView);
      return { edges, pageInfo };
    },
    machineUser: ({ machineUserId }: { machineUserId: string }) => {
      const machineUser = machineUsers.get(machineUserId);
      return machineUser ? machineUserView(machineUser) : null;
    },
    ...plainMutations({ dataset, threads, customers, users, threadView, customerView, changed }),
    markThreadAsDone: ({ input }: { input: { threadId: string; statusDetail?: string | null } }) => {
      const thread = threads.get(input.threadId);
      if (!thread) {
        return {
          thread: null,
          error: {
            message: 'Thread not found',
            type: 'VALIDATION',
            code: 'input_validation',
            fields: [{ field: 'threadId', message: `No thread with id ${input.threadId}`, type: 'NOT_FOUND' }],
          },
        };
      }
      const now = new Date().toISOString();
      thread.status = 'DONE';
      thread.statusDetail =
        input.statusDetail === 'IGNORED'
          ? 'ThreadStatusDetailIgnored'
          : input.statusDetail === 'DONE_AUTOMATICALLY_SET'
            ? 'ThreadStatusDetailDoneAutomaticallySet'
            : 'ThreadStatusDetailDoneManuallySet';
      thread.statusChangedAt = now;
      thread.waitingUntil = null;
      thread.updatedAt = now;
      changed('thread.thread_status_transitioned', thread);
      return { thread: threadView(thread), error: null };
    },
  };
};

// --- the HTTP face: POST /graphql/v1 ---

const requestBody = z.object({
  query: z.string().min(1),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
});

const errorJson = (error: GraphQLError) => {
  const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
  // Errors the resolvers did not mean to show (bugs) are masked, as Plain masks its internal errors.
  const message = code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : error.message;
  return { message, ...(error.locations ? { locations: error.locations } : {}), ...(error.path ? { path: error.path } : {}), extensions: { code } };
};

const failure = (status: number, code: string, messages: readonly string[]): SimResponse => ({
  status,
  body: { errors: messages.map((message) => ({ message, extensions: { code } })) },
});

/** Parsed and validated documents by their text: clients send the same few documents again and again. */
const documents = new Map<string, DocumentNode>();
const MAX_CACHED_DOCUMENTS = 500;

const checkedDocument = (query: string): DocumentNode | SimResponse => {
  const cached = documents.get(query);
  if (cached) return cached;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return failure(400, 'GRAPHQL_PARSE_FAILED', [error instanceof Error ? error.message : 'Syntax error']);
  }
  const invalid = validate(plainSubsetSchema(), document);
  if (invalid.length > 0) return failure(400, 'GRAPHQL_VALIDATION_FAILED', invalid.map((e) => e.message));
  if (documents.size >= MAX_CACHED_DOCUMENTS) documents.clear();
  documents.set(query, document);
  return document;
};

export const executePlainRequest = async (root: ReturnType<typeof plainRoot>, body: unknown): Promise<SimResponse> => {
  const request = requestBody.safeParse(body);
  if (!request.success) return failure(400, 'BAD_REQUEST', ['The request body must be {query, variables?, operationName?}']);
  const document = checkedDocument(request.data.query);
  if ('status' in document) return document;
  const schema = plainSubsetSchema();
  const result: ExecutionResult = await execute({
    schema,
    document,
    rootValue: root,
    variableValues: request.data.variables ?? undefined,
    operationName: request.data.operationName ?? undefined,
  });
  // No `data` at all: the variables or the operation name were wrong, so nothing ran.
  if (!('data' in result) || result.data === undefined) {
    return failure(400, 'BAD_USER_INPUT', (result.errors ?? []).map((e) => e.message));
  }
  return {
    status: 200,
    body: { data: result.data, ...(result.errors?.length ? { errors: result.errors.map(errorJson) } : {}) },
  };
};
