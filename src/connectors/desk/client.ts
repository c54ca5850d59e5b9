import { z } from 'zod';
import type { ConnectionSettings } from '../connector.js';
import { createHttpClient, type HttpClient } from '../http/client.js';
import type { UpstreamErrorDescription } from '../http/status-errors.js';
import type { HttpResponse } from '../http/types.js';
import { bearerHeaders } from '../shared/bearer.js';
import {
  deskCustomerListSchema,
  deskPriorityListSchema,
  deskSourceListSchema,
  deskStatusListSchema,
  deskTicketListSchema,
  deskTicketOneSchema,
  deskUserListSchema,
  type DeskCustomerList,
  type DeskNamed,
  type DeskTicketList,
  type DeskTicketOne,
  type DeskUser,
  type DeskUserList,
} from './wire.js';

export interface DeskCredentials {
  apiToken: string;
}

/** A `filter` document: field → value or operators, `$and`/`$or` → filters. */
export type DeskFilter = Record<string, unknown>;

/** A reference to a record of a table (`{id}`); null clears it. */
export type DeskRef = { id: number } | null;

/** The ticket fields a `PATCH /tickets/{id}.json` sets; omitted ones stay as they are. */
export interface DeskTicketChanges {
  subject?: string | undefined;
  status?: DeskRef | undefined;
  priority?: DeskRef | undefined;
  agent?: DeskRef | undefined;
}

export interface DeskListParams {
  filter?: DeskFilter | undefined;
  orderBy: string;
  orderMode: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** Everything a ticket points at, so a page of tickets needs no other request. */
const TICKET_INCLUDES = 'customers,users,ticketstatuses,ticketpriorities,tickettypes,ticketsources,inboxes,companies,tags';

const ticketPath = (id: string): string => `/tickets/${encodeURIComponent(id)}.json`;

const validatorSchema = z.looseObject({ errors: z.record(z.string(), z.array(z.string())) });

/**
 * The validator body `{errors: {field: [message]}}`. A 400 answers a request the connector built from
 * input it had already checked, so it means the connector and the upstream disagree: a bad response,
 * not the client's fault.
 */
export const describeDeskError = (response: HttpResponse): UpstreamErrorDescription | undefined => {
  const parsed = validatorSchema.safeParse(response.body);
  if (!parsed.success) return undefined;
  const message = Object.entries(parsed.data.errors)
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
    .join('; ');
  return { code: response.status === 400 ? 'UPSTREAM_BAD_RESPONSE' : undefined, message };
};

const query = (params: DeskListParams) => ({
  filter: params.filter === undefined ? undefined : JSON.stringify(params.filter),
  orderBy: params.orderBy,
  orderMode: params.orderMode,
  page: params.page,
  pageSize: params.pageSize,
});

/** The Desk API's endpoints, validated against the wire schemas. */
export class DeskClient {
  private readonly http: HttpClient;

  constructor(settings: ConnectionSettings<DeskCredentials, unknown>) {
    this.http = createHttpClient({ settings, headers: bearerHeaders(settings.credentials.apiToken), describeError: describeDeskError });
  }

  listTickets(params: DeskListParams): Promise<DeskTicketList> {
    return this.http.json({ method: 'GET', path: '/tickets.json', query: { ...query(params), includes: TICKET_INCLUDES } }, deskTicketListSchema);
  }

  listCustomers(params: DeskListParams): Promise<DeskCustomerList> {
    return this.http.json({ method: 'GET', path: '/customers.json', query: query(params) }, deskCustomerListSchema);
  }

  async listUsers(params: DeskListParams): Promise<DeskUser[]> {
    return (await this.userPage(params)).users;
  }

  /** One page of users with its paging meta. */
  userPage(params: DeskListParams): Promise<DeskUserList> {
    return this.http.json({ method: 'GET', path: '/users.json', query: query(params) }, deskUserListSchema);
  }

  async statuses(): Promise<DeskNamed[]> {
    return (await this.http.json({ method: 'GET', path: '/ticketstatuses.json', query: { pageSize: 100 } }, deskStatusListSchema)).ticketstatuses;
  }

  async priorities(): Promise<DeskNamed[]> {
    return (await this.http.json({ method: 'GET', path: '/ticketpriorities.json', query: { pageSize: 100 } }, deskPriorityListSchema)).ticketpriorities;
  }

  async sources(): Promise<DeskNamed[]> {
    return (await this.http.json({ method: 'GET', path: '/ticketsources.json', query: { pageSize: 100 } }, deskSourceListSchema)).ticketsources;
  }

  /** `PATCH /tickets/{id}.json` `{ticket}`; answers the ticket with what it points at. */
  updateTicket(id: string, ticket: DeskTicketChanges): Promise<DeskTicketOne> {
    return this.http.json({ method: 'PATCH', path: ticketPath(id), query: { includes: TICKET_INCLUDES }, body: { ticket } }, deskTicketOneSchema);
  }

  /** `DELETE /tickets/{id}.json`: 204. */
  async deleteTicket(id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: ticketPath(id) });
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
