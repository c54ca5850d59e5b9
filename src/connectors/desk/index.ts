import { z } from 'zod';
import { badInput, GatewayError } from '../../domain/errors.js';
import type { DomainAgent, DomainContact } from '../../domain/types.js';
import { keysetPage } from '../../pagination/keyset.js';
import { chunk } from '../bounded.js';
import type { ConnectionSettings, Connector, ConnectorCapabilities, ConnectorKind, TicketFilter } from '../connector.js';
import type { Page } from '../../pagination/page.js';
import { DeskClient, type DeskCredentials, type DeskFilter } from './client.js';
import { deskKeyset } from './keyset.js';
import { deskChannelToDomain, deskCustomerToDomain, deskPriorityToDomain, deskRecords, deskStatusToDomain, deskTicketToDomain, deskUserToDomain } from './map.js';
import type { DeskNamed, DeskTicket } from './wire.js';
import { DESK_WRITES, deskWrites } from './writes.js';

/** Desk takes no options. */
export type DeskOptions = Record<string, never>;

export const DESK_CAPABILITIES: ConnectorCapabilities = {
  filters: [
    'statuses',
    'rawStatuses',
    'priorities',
    'assigneeId',
    'requesterId',
    'accountId',
    'channel',
    'rawChannel',
    'createdAfter',
    'createdBefore',
    'updatedAfter',
    'updatedBefore',
    'search',
  ],
  sorts: ['CREATED_AT', 'UPDATED_AT'],
  backwardPagination: true,
  totalCount: true,
  // The API's messages have no files.
  messageAttachments: false,
  writes: DESK_WRITES,
};

const MAX_PAGE_SIZE = 100;
/** Status, priority and source tables change rarely; they are read again after this long. */
const TABLE_TTL_MS = 5 * 60_000;
const MAX_SEARCH = 200;

/** A value loaded once and kept for `ttlMs`; a failed load is not kept. */
const cached = <T>(load: () => Promise<T>, ttlMs: number): (() => Promise<T>) => {
  let entry: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!entry || Date.now() - entry.at > ttlMs) {
      const value = load();
      const current = { at: Date.now(), value };
      entry = current;
      value.catch(() => {
        if (entry === current) entry = undefined;
      });
    }
    return entry.value;
  };
};

const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, hasPreviousPage: false, totalCount: 0 });

/** Desk ids are integers; anything else names no record. */
const asId = (value: string): number | null => (/^\d{1,15}$/.test(value) ? Number(value) : null);

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** One list request per 100 ids: `filter: {id: {$in: […]}}`. */
const byIdQuery = { orderBy: 'id', orderMode: 'asc', page: 1, pageSize: MAX_PAGE_SIZE } as const;

/** Records by id in the order asked, null where there is none; ids that are not integers name none. */
const byIds = async <T extends { externalId: string }>(ids: readonly string[], fetch: (batch: number[]) => Promise<T[]>): Promise<(T | null)[]> => {
  const numeric = [...new Set(ids.map(asId).filter((id): id is number => id !== null))];
  const found = new Map<string, T>();
  for (const batch of chunk(numeric, MAX_PAGE_SIZE)) for (const record of await fetch(batch)) found.set(record.externalId, record);
  return ids.map((id) => found.get(String(asId(id))) ?? null);
};

export const createDeskConnector = (settings: ConnectionSettings<DeskCredentials, DeskOptions>): Connector => {
  const client = new DeskClient(settings);
  const { id: connectionId, baseUrl } = settings;
  const statuses = cached(() => client.statuses(), TABLE_TTL_MS);
  const priorities = cached(() => client.priorities(), TABLE_TTL_MS);
  const sources = cached(() => client.sources(), TABLE_TTL_MS);

  const idFilter = (value: string, what: string): number => {
    const id = asId(value);
    if (id === null) throw badInput(`connection ${connectionId}: ${what} "${value.slice(0, 40)}" is not a Desk id (an integer)`);
    return id;
  };
  /** `{field: {$in: ids}}` of the table rows `pick` selects; null when it selects none. */
  const rowsIn = (field: string, rows: readonly DeskNamed[], pick: (row: DeskNamed) => boolean): DeskFilter | null => {
    const ids = rows.filter(pick).map((row) => row.id);
    return ids.length === 0 ? null : { [field]: { $in: ids } };
  };

  /** The filter clauses for a ticket filter (the status, priority and source tables when it needs them); null when it matches nothing. */
  const ticketClauses = async (filter: TicketFilter): Promise<DeskFilter[] | null> => {
    const clauses: (DeskFilter | null)[] = [];
    const { statuses: wanted, rawStatuses } = filter;
    if (wanted || rawStatuses) {
      clauses.push(
        rowsIn('status', await statuses(), (row) =>
          (!wanted || wanted.includes(deskStatusToDomain(row.name))) && (!rawStatuses || rawStatuses.some((raw) => sameName(raw, row.name))),
        ),
      );
    }
    if (filter.priorities) {
      const wantedPriorities = filter.priorities;
      clauses.push(
        rowsIn('priority', await priorities(), (row) => {
          const priority = deskPriorityToDomain(row.name);
          return priority !== null && wantedPriorities.includes(priority);
        }),
      );
    }
    if (filter.channel !== undefined) {
      const channel = filter.channel;
      clauses.push(rowsIn('source', await sources(), (row) => deskChannelToDomain(row.name) === channel));
    }
    if (filter.rawChannel !== undefined) {
      const word = filter.rawChannel;
      clauses.push(rowsIn('source', await sources(), (row) => sameName(row.name, word)));
    }
    if (filter.assigneeId !== undefined) clauses.push({ agent: { $eq: idFilter(filter.assigneeId, 'assigneeId') } });
    if (filter.requesterId !== undefined) clauses.push({ customer: { $eq: idFilter(filter.requesterId, 'requesterId') } });
    if (filter.accountId !== undefined) clauses.push({ company: { $eq: idFilter(filter.accountId, 'accountId') } });
    if (filter.createdAfter !== undefined) clauses.push({ createdAt: { $gt: filter.createdAfter } });
    if (filter.createdBefore !== undefined) clauses.push({ createdAt: { $lt: filter.createdBefore } });
    if (filter.updatedAfter !== undefined) clauses.push({ updatedAt: { $gt: filter.updatedAfter } });
    if (filter.updatedBefore !== undefined) clauses.push({ updatedAt: { $lt: filter.updatedBefore } });
    if (filter.search !== undefined) {
      if (filter.search.length > MAX_SEARCH) throw badInput(`search may be at most ${MAX_SEARCH} characters`);
      const like = { $like: `%${filter.search}%` };
      clauses.push({ $or: [{ subject: like }, { previewText: like }] });
    }
    return clauses.some((clause) => clause === null) ? null : (clauses as DeskFilter[]);
  };

  const badResponse = (message: string): GatewayError =>
    new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${connectionId}: ${message}`, { connectionId });

  /** A person record's creation time, the key users and customers are listed by. */
  const creationKey =
    (what: 'user' | 'customer') =>
    (record: { id: number; createdAt?: string | null | undefined }): string => {
      if (!record.createdAt) throw badResponse(`listed ${what} ${record.id} has no createdAt`);
      return record.createdAt;
    };

  return {
    id: connectionId,
    kind: 'desk',
    capabilities: DESK_CAPABILITIES,

    async listTickets({ filter, sort, page }) {
      const clauses = await ticketClauses(filter);
      if (clauses === null) return emptyPage();
      const field = sort.field === 'UPDATED_AT' ? 'updatedAt' : 'createdAt';
      const contacts: DomainContact[] = [];
      const agents: DomainAgent[] = [];
      const records = new Map<DeskTicket, ReturnType<typeof deskRecords>>();
      const result = await keysetPage(
        page,
        deskKeyset<DeskTicket>({
          field,
          direction: sort.direction === 'ASC' ? 'asc' : 'desc',
          clauses,
          fetch: async (deskFilter, orderMode, pageSize) => {
            const list = await client.listTickets({ filter: deskFilter, orderBy: field, orderMode, page: 1, pageSize });
            const included = deskRecords(list.included);
            for (const ticket of list.tickets) records.set(ticket, included);
            contacts.push(...(list.included?.customers ?? []).map((customer) => deskCustomerToDomain(connectionId, customer)));
            agents.push(...(list.included?.users ?? []).map((user) => deskUserToDomain(connectionId, user)));
            return { items: list.tickets, hasMore: list.meta.page.hasMore, records: list.meta.page.records };
          },
          sortValue: (ticket) => {
            const value = field === 'updatedAt' ? ticket.updatedAt : ticket.createdAt;
            if (!value) throw badResponse(`listed ticket ${ticket.id} has no ${field}`);
            return value;
          },
          id: (ticket) => ticket.id,
          what: `connection ${connectionId} (desk) tickets`,
        }),
        ({ item }) => deskTicketToDomain(connectionId, baseUrl, item, records.get(item) ?? deskRecords(undefined)),
      );
      // Requesters and assignees came along in `included`: resolving them costs no request.
      return { ...result, included: { contacts, agents } };
    },

    getTickets: (ids) =>
      byIds(ids, async (batch) => {
        const list = await client.listTickets({ ...byIdQuery, filter: { id: { $in: batch } } });
        const included = deskRecords(list.included);
        return list.tickets.map((ticket) => deskTicketToDomain(connectionId, baseUrl, ticket, included));
      }),

    getContacts: (ids) =>
      byIds(ids, async (batch) =>
        (await client.listCustomers({ ...byIdQuery, filter: { id: { $in: batch } } })).customers.map((customer) => deskCustomerToDomain(connectionId, customer)),
      ),

    getAgents: (ids) =>
      byIds(ids, async (batch) => (await client.listUsers({ ...byIdQuery, filter: { id: { $in: batch } } })).map((user) => deskUserToDomain(connectionId, user))),

    listAgents(page) {
      return keysetPage(
        page,
        deskKeyset({
          field: 'createdAt',
          direction: 'asc',
          clauses: [],
          fetch: async (deskFilter, orderMode, pageSize) => {
            const list = await client.userPage({ filter: deskFilter, orderBy: 'createdAt', orderMode, page: 1, pageSize });
            return { items: list.users, hasMore: list.meta.page.hasMore, records: list.meta.page.records };
          },
          sortValue: creationKey('user'),
          id: (user) => user.id,
          what: `connection ${connectionId} (desk) users`,
        }),
        ({ item }) => deskUserToDomain(connectionId, item),
      );
    },

    async findContactsByEmail(email) {
      // `$like` compares without regard to case; a `%` or `_` in the address widens it, so the exact
      // (case-insensitive) comparison is made here.
      const list = await client.listCustomers({ ...byIdQuery, filter: { email: { $like: email } } });
      return list.customers.filter((customer) => sameName(customer.email ?? '', email)).map((customer) => deskCustomerToDomain(connectionId, customer));
    },

    listContacts({ search, page }) {
      if (search !== undefined && search.length > MAX_SEARCH) throw badInput(`search may be at most ${MAX_SEARCH} characters`);
      const like = { $like: `%${search ?? ''}%` };
      return keysetPage(
        page,
        deskKeyset({
          field: 'createdAt',
          direction: 'desc',
          clauses: search ? [{ $or: [{ firstName: like }, { lastName: like }, { email: like }] }] : [],
          fetch: async (deskFilter, orderMode, pageSize) => {
            const list = await client.listCustomers({ filter: deskFilter, orderBy: 'createdAt', orderMode, page: 1, pageSize });
            return { items: list.customers, hasMore: list.meta.page.hasMore, records: list.meta.page.records };
          },
          sortValue: creationKey('customer'),
          id: (customer) => customer.id,
          what: `connection ${connectionId} (desk) customers`,
        }),
        ({ item }) => deskCustomerToDomain(connectionId, item),
      );
    },

    async listMessages() {
      throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connectionId} (desk) does not read ticket messages`, { connectionId });
    },

    ...deskWrites(client, { statuses, priorities }, (answer) => deskTicketToDomain(connectionId, baseUrl, answer.ticket, deskRecords(answer.included))),

    close: () => client.close(),
  };
};

export const deskConnectorKind: ConnectorKind<DeskCredentials, DeskOptions> = {
  kind: 'desk',
  credentialsSchema: z.strictObject({ apiToken: z.string().min(1) }),
  optionsSchema: z.strictObject({}).default({}) as z.ZodType<DeskOptions>,
  create: createDeskConnector,
};
