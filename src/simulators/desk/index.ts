import type { SimulatorKind } from '../registry.js';
import { newest, throughRoute, unsupportedEvent, type SimEvent } from '../webhooks.js';
import {
  bearerToken,
  startSimulator,
  type RateBudget,
  type RunningSimulator,
  type SimRequest,
  type SimResponse,
  type SimRoute,
  type SimulatorOptions,
} from '../sim-server.js';
import { buildDeskDataset, type DeskDataset, type DeskStoredCustomer, type DeskStoredTicket, type DeskStoredUser, type Named } from './dataset.js';
import { compileFilter, FilterError, type FieldValue } from './filter.js';
import { DeskFailure, deskWriteHandlers } from './writes.js';

/**
 * The Desk API v2 (seed 002, the Teamwork Desk shape) below `/desk/api/v2`: `GET /tickets.json` with
 * `filter` (JSON, Mongo-style operators over the fields the seed lists), `orderBy`/`orderMode`,
 * `page`/`pageSize` and `includes`; tickets hold `{id, type}` references and `included` carries the
 * records they point at, keyed by type. Pagination meta is `{page: {count, hasMore, page, pageOffset,
 * pageSize, pages, records}}`. Also `GET /tickets/{id}.json`, customers and users (list with
 * `filter`, and by id), the status, priority and source tables, and the ticket writes (./writes.ts). Errors answer the validator body
 * `{errors: {field: [message]}}` (the seed's 400; other statuses use the same shape under `general`).
 */

export const DESK_DEMO_TOKEN = 'desk-demo-token';
export const DESK_DEFAULT_RATE_LIMITS: Readonly<Record<string, RateBudget>> = { '*': { requests: 3000, windowMs: 10_000 } };
export const DESK_DEFAULT_PAGE_SIZE = 50;
export const DESK_MAX_PAGE_SIZE = 100;

export const deskError = (status: number, errors: Record<string, string[]>): SimResponse => ({ status, body: { errors } });

const invalid = (field: string, message: string): DeskFailure => new DeskFailure(400, { [field]: [message] });

/** The filter fields of `GET /tickets.json`, as seed 002 lists them. */
export const DESK_TICKET_FILTER_FIELDS = [
  'id', 'subject', 'previewText', 'originalRecipient', 'responseTimeMins', 'resolutionTimeMins', 'happinessSurveySentAt', 'spam_score',
  'spam_rules', 'customer', 'contact', 'inbox', 'agent', 'status', 'priority', 'source', 'type', 'businesshours', 'company', 'createdAt',
  'updatedAt', 'deletedAt', 'updatedBy', 'deletedBy', 'state',
] as const;
/** Its orderBy fields: the filter fields plus fields of related records. */
const TICKET_ORDER_FIELDS = [
  ...DESK_TICKET_FILTER_FIELDS,
  'users.id', 'users.name', 'customers.id', 'customers.name', 'priorities.id', 'tags.id', 'messages.id', 'messages.messageId',
  'messages.customers.id', 'companies.id', 'companies.name', 'tasks.id', 'inboxes.id', 'statuses.id', 'businesshours.id', 'businesshours.name',
  'reviewStatus', 'tickets_users_deck.createdAt',
];
const CUSTOMER_FIELDS = ['id', 'email', 'firstName', 'lastName', 'phone', 'company', 'createdAt', 'updatedAt'];
const USER_FIELDS = ['id', 'email', 'firstName', 'lastName', 'role', 'createdAt'];
const INCLUDE_TYPES = ['customers', 'users', 'ticketstatuses', 'ticketpriorities', 'tickettypes', 'ticketsources', 'inboxes', 'companies', 'tags'] as const;
type IncludeType = (typeof INCLUDE_TYPES)[number];

const ref = (id: number | null, type: string) => (id === null ? null : { id, type });

const fullName = (person: { firstName: string; lastName: string } | undefined): string | null =>
  person ? `${person.firstName} ${person.lastName}`.trim() : null;

/** A ticket's fields as filters and orderBy read them: references by id, related names for `*.name`. */
const ticketField = (db: DeskDataset) => (ticket: DeskStoredTicket, field: string): FieldValue => {
  switch (field) {
    case 'users.id':
      return ticket.agent;
    case 'users.name':
      return fullName(ticket.agent === null ? undefined : db.users.get(ticket.agent));
    case 'customers.id':
      return ticket.customer;
    case 'customers.name':
      return fullName(db.customers.get(ticket.customer));
    case 'priorities.id':
      return ticket.priority;
    case 'statuses.id':
      return ticket.status;
    case 'inboxes.id':
      return ticket.inbox;
    case 'companies.id':
      return ticket.company;
    case 'companies.name':
      return db.companies.find((company) => company.id === ticket.company)?.name ?? null;
    default: {
      const value = (ticket as unknown as Record<string, unknown>)[field];
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
    }
  }
};

const plainField = <T extends object>(record: T, field: string): FieldValue => {
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
};

interface ListSpec<T extends { id: number }> {
  key: string;
  filterFields: readonly string[];
  orderFields: readonly string[];
  read(record: T, field: string): FieldValue;
  render(record: T): unknown;
  /** What `included` holds for a page of these records, per requested type. */
  included?(records: readonly T[], types: readonly IncludeType[]): Record<string, unknown[]>;
}

const intParam = (query: URLSearchParams, name: string, fallback: number, max: number): number => {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw invalid(name, `must be an integer from 1 to ${max}`);
  return value;
};

const list = <T extends { id: number }>(records: Iterable<T>, query: URLSearchParams, spec: ListSpec<T>): SimResponse => {
  const page = intParam(query, 'page', 1, 1_000_000);
  const pageSize = intParam(query, 'pageSize', DESK_DEFAULT_PAGE_SIZE, DESK_MAX_PAGE_SIZE);
  const orderBy = query.get('orderBy') ?? 'id';
  if (!spec.orderFields.includes(orderBy)) throw invalid('orderBy', `"${orderBy}" is not a field to order by`);
  const orderMode = query.get('orderMode') ?? 'desc';
  if (orderMode !== 'asc' && orderMode !== 'desc') throw invalid('orderMode', 'must be asc or desc');
  const includes = (query.get('includes') ?? '').split(',').filter((type) => type.length > 0);
  for (const type of includes) if (!(INCLUDE_TYPES as readonly string[]).includes(type)) throw invalid('includes', `"${type}" cannot be included`);
  let matches: (record: T) => boolean = () => true;
  const rawFilter = query.get('filter');
  if (rawFilter !== null && rawFilter !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawFilter);
    } catch {
      throw invalid('filter', 'is not valid JSON');
    }
    try {
      matches = compileFilter(parsed, spec.filterFields, spec.read);
    } catch (error) {
      if (error instanceof FilterError) throw invalid('filter', error.message);
      throw error;
    }
  }
  const sign = orderMode === 'asc' ? 1 : -1;
  const sortValue = (record: T): number | string => {
    const value = spec.read(record, orderBy);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return Date.parse(value);
    return typeof value === 'number' || typeof value === 'string' ? value : -Infinity;
  };
  let filtered: T[];
  try {
    filtered = [...records].filter(matches);
  } catch (error) {
    if (error instanceof FilterError) throw invalid('filter', error.message);
    throw error;
  }
  // Ties are broken by id in the same direction, so the order is total.
  const sorted = filtered
    .map((record) => ({ record, at: sortValue(record) }))
    .sort((a, b) => sign * (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) || sign * (a.record.id - b.record.id))
    .map(({ record }) => record);
  const pageOffset = (page - 1) * pageSize;
  const items = sorted.slice(pageOffset, pageOffset + pageSize);
  return {
    status: 200,
    body: {
      [spec.key]: items.map(spec.render),
      ...(spec.included ? { included: spec.included(items, includes as IncludeType[]) } : {}),
      meta: {
        page: {
          count: items.length,
          hasMore: pageOffset + items.length < sorted.length,
          page,
          pageOffset,
          pageSize,
          pages: Math.ceil(sorted.length / pageSize),
          records: sorted.length,
        },
      },
    },
  };
};

const renderTicket = (ticket: DeskStoredTicket): unknown => ({
  id: ticket.id,
  subject: ticket.subject,
  previewText: ticket.previewText,
  state: ticket.state,
  status: ref(ticket.status, 'ticketstatuses'),
  priority: ref(ticket.priority, 'ticketpriorities'),
  source: ref(ticket.source, 'ticketsources'),
  type: ref(ticket.type, 'tickettypes'),
  inbox: ref(ticket.inbox, 'inboxes'),
  customer: ref(ticket.customer, 'customers'),
  agent: ref(ticket.agent, 'users'),
  company: ref(ticket.company, 'companies'),
  tags: ticket.tags.map((id) => ref(id, 'tags')),
  createdAt: ticket.createdAt,
  updatedAt: ticket.updatedAt,
});
const renderCustomer = (customer: DeskStoredCustomer): unknown => ({ ...customer, company: ref(customer.company, 'companies') });
const renderUser = (user: DeskStoredUser): unknown => ({ ...user });

/** The records a page of tickets points at, for each type asked for. */
const ticketIncluded = (db: DeskDataset) => (tickets: readonly DeskStoredTicket[], types: readonly IncludeType[]): Record<string, unknown[]> => {
  const ids = (pick: (ticket: DeskStoredTicket) => (number | null)[]) => new Set(tickets.flatMap(pick).filter((id): id is number => id !== null));
  const named = <N extends Named>(table: readonly N[], pick: (ticket: DeskStoredTicket) => (number | null)[]) => {
    const wanted = ids(pick);
    return table.filter((record) => wanted.has(record.id)).map((record) => ({ ...record }));
  };
  const byType: Record<IncludeType, () => unknown[]> = {
    customers: () => [...ids((t) => [t.customer])].map((id) => db.customers.get(id)).filter((c) => c !== undefined).map(renderCustomer),
    users: () => [...ids((t) => [t.agent])].map((id) => db.users.get(id)).filter((u) => u !== undefined).map(renderUser),
    ticketstatuses: () => named(db.ticketstatuses, (t) => [t.status]),
    ticketpriorities: () => named(db.ticketpriorities, (t) => [t.priority]),
    tickettypes: () => named(db.tickettypes, (t) => [t.type]),
    ticketsources: () => named(db.ticketsources, (t) => [t.source]),
    inboxes: () => named(db.inboxes, (t) => [t.inbox]),
    companies: () => named(db.companies, (t) => [t.company]),
    tags: () => named(db.tags, (t) => t.tags),
  };
  return Object.fromEntries(types.map((type) => [type, byType[type]()]));
};

export interface DeskSimulatorOptions extends SimulatorOptions {
  rateLimits?: Readonly<Record<string, RateBudget>>;
}

export interface RunningDeskSimulator extends RunningSimulator {
  /** The live dataset (rebuilt by `/_sim/reset`). */
  dataset(): DeskDataset;
}

/** `123.json` → 123. */
const fileId = (request: SimRequest): number => {
  const match = /^(\d{1,15})\.json$/.exec(request.params['file'] ?? '');
  if (!match) throw new DeskFailure(404, { general: ['Not found'] });
  return Number(match[1]);
};

export const startDeskSimulator = async (options: DeskSimulatorOptions = {}): Promise<RunningDeskSimulator> => {
  let db = buildDeskDataset();
  const route = (pattern: string, handle: (request: SimRequest) => SimResponse, method = 'GET'): SimRoute => ({
    method,
    pattern: `/desk/api/v2${pattern}`,
    handle(request) {
      try {
        return handle(request);
      } catch (error) {
        if (error instanceof DeskFailure) return deskError(error.status, error.errors);
        throw error;
      }
    },
  });
  const tickets = (): ListSpec<DeskStoredTicket> => ({
    key: 'tickets',
    filterFields: DESK_TICKET_FILTER_FIELDS,
    orderFields: TICKET_ORDER_FIELDS,
    read: ticketField(db),
    render: renderTicket,
    included: ticketIncluded(db),
  });
  const customers: ListSpec<DeskStoredCustomer> = {
    key: 'customers',
    filterFields: CUSTOMER_FIELDS,
    orderFields: CUSTOMER_FIELDS,
    read: (customer, field) => plainField(customer, field),
    render: renderCustomer,
  };
  const users: ListSpec<DeskStoredUser> = { key: 'users', filterFields: USER_FIELDS, orderFields: USER_FIELDS, read: plainField, render: renderUser };
  const table = (key: 'ticketstatuses' | 'ticketpriorities' | 'ticketsources') =>
    route(`/${key}.json`, (request) => list(db[key], request.query, { key, filterFields: ['id', 'name'], orderFields: ['id', 'name'], read: plainField, render: (r) => ({ ...r }) }));
  const one = <T>(key: string, find: (id: number) => T | undefined, render: (record: T) => unknown, extra?: (record: T, request: SimRequest) => Record<string, unknown>) =>
    (request: SimRequest): SimResponse => {
      const record = find(fileId(request));
      if (record === undefined) throw new DeskFailure(404, { general: ['Not found'] });
      return { status: 200, body: { [key]: render(record), ...extra?.(record, request) } };
    };

  const storedTicket = (request: SimRequest): DeskStoredTicket => {
    const ticket = db.tickets.get(fileId(request));
    if (!ticket) throw new DeskFailure(404, { general: ['Not found'] });
    return ticket;
  };
  const ticketAnswer = one('ticket', (id) => db.tickets.get(id), renderTicket, (ticket, request) => {
    const types = (request.query.get('includes') ?? '').split(',').filter((type): type is IncludeType => (INCLUDE_TYPES as readonly string[]).includes(type));
    return { included: ticketIncluded(db)([ticket], types) };
  });
  const writes = deskWriteHandlers(() => db, storedTicket, ticketAnswer);

  /** `/_sim/events`: the API is polled; the change goes through its write routes (it has no ticket create). */
  const event = (change: SimEvent): Promise<SimResponse> | SimResponse => {
    const id = change.ticketId ?? String(newest(db.tickets.values(), (ticket) => ticket.createdAt)?.id ?? '');
    const request = { headers: { authorization: `Bearer ${DESK_DEMO_TOKEN}` }, params: { file: `${id}.json` } };
    switch (change.type) {
      case 'updated':
        return throughRoute(routes, 'PATCH /desk/api/v2/tickets/:file', { ...request, body: { ticket: {} } });
      case 'deleted':
        return throughRoute(routes, 'DELETE /desk/api/v2/tickets/:file', request);
      default:
        return unsupportedEvent(change);
    }
  };
  const routes = [
    route('/tickets.json', (request) => list(db.tickets.values(), request.query, tickets())),
    route('/tickets/:file', ticketAnswer),
    route('/tickets/:file', writes.update, 'PATCH'),
    route('/tickets/:file', writes.delete, 'DELETE'),
    route('/customers.json', (request) => list(db.customers.values(), request.query, customers)),
    route('/customers/:file', one('customer', (id) => db.customers.get(id), renderCustomer)),
    route('/users.json', (request) => list(db.users.values(), request.query, users)),
    route('/users/:file', one('user', (id) => db.users.get(id), renderUser)),
    table('ticketstatuses'),
    table('ticketpriorities'),
    table('ticketsources'),
  ];
  const running = await startSimulator(
    {
      name: 'desk',
      routes,
      event,
      reset() {
        db = buildDeskDataset();
      },
      authorize: (request) => bearerToken(request) === DESK_DEMO_TOKEN,
      error: (status, message) => deskError(status, { general: [message] }),
      rateLimited: (retryAfterSeconds) => ({
        ...deskError(429, { general: ['Rate limit exceeded'] }),
        headers: {
          'retry-after': String(retryAfterSeconds),
          'x-ratelimit-limit': '3000',
          'x-ratelimit-remaining': '0',
        },
      }),
      rateLimits: options.rateLimits ?? DESK_DEFAULT_RATE_LIMITS,
    },
    options,
  );
  return { ...running, dataset: () => db };
};

export const deskSimulatorKind: SimulatorKind = {
  kind: 'desk',
  start: (options) => startDeskSimulator(options),
  demoConnection: (simulator) => ({ baseUrl: `${simulator.url}/desk/api/v2`, credentials: { apiToken: DESK_DEMO_TOKEN } }),
};
