import type { ConnectionSettings } from '../connector.js';
import { createHttpClient, type HttpClient } from '../http/client.js';
import { bearerHeaders } from '../shared/bearer.js';
import { describeErrorEnvelope } from '../shared/error-envelope.js';
import {
  restConversationSchema,
  restCustomerSchema,
  restListSchema,
  restOneSchema,
  restTicketSchema,
  restTagSchema,
  restUserSchema,
  type RestConversation,
  type RestCustomer,
  type RestList,
  type RestTag,
  type RestTicket,
  type RestUser,
} from './wire.js';

export type RestOrderDir = 'asc' | 'desc';

/** Keyset paging parameters every list endpoint takes. */
export type RestListQuery = {
  limit: number;
  cursor?: string;
  order_by?: 'created_at' | 'updated_at';
  order_dir: RestOrderDir;
};

export type RestTicketQuery = RestListQuery & {
  status?: string;
  priority?: string;
  assignee_id?: string;
  customer_id?: string;
  tags?: string;
  search?: string;
};

export type RestCustomerQuery = RestListQuery & { email?: string; search?: string };

export type RestConversationQuery = RestListQuery & { ticket_id: string };

const ticketList = restListSchema(restTicketSchema);
const ticketOne = restOneSchema(restTicketSchema);
const customerList = restListSchema(restCustomerSchema);
const customerOne = restOneSchema(restCustomerSchema);
const userList = restListSchema(restUserSchema);
const userOne = restOneSchema(restUserSchema);
const conversationList = restListSchema(restConversationSchema);
const tagList = restListSchema(restTagSchema);
const tagOne = restOneSchema(restTagSchema);

const byId = (collection: string, id: string): string => `/${collection}/${encodeURIComponent(id)}`;

/** The REST helpdesk's endpoints, validated against the wire schemas. */
export class RestClient {
  private readonly http: HttpClient;

  constructor(settings: ConnectionSettings<{ apiKey: string }, unknown>) {
    this.http = createHttpClient({ settings, headers: bearerHeaders(settings.credentials.apiKey), describeError: describeErrorEnvelope });
  }

  listTickets(query: RestTicketQuery): Promise<RestList<RestTicket>> {
    return this.http.json({ method: 'GET', path: '/tickets', query }, ticketList);
  }

  async getTicket(id: string): Promise<RestTicket | null> {
    return (await this.http.jsonOrNull({ method: 'GET', path: byId('tickets', id) }, ticketOne))?.data ?? null;
  }

  /** `PATCH /tickets/{id}` with the fields to change; null when there is no such ticket. */
  async updateTicket(id: string, changes: { status?: string }): Promise<RestTicket | null> {
    return (await this.http.jsonOrNull({ method: 'PATCH', path: byId('tickets', id), body: changes }, ticketOne))?.data ?? null;
  }

  listCustomers(query: RestCustomerQuery): Promise<RestList<RestCustomer>> {
    return this.http.json({ method: 'GET', path: '/customers', query }, customerList);
  }

  async getCustomer(id: string): Promise<RestCustomer | null> {
    return (await this.http.jsonOrNull({ method: 'GET', path: byId('customers', id) }, customerOne))?.data ?? null;
  }

  listUsers(query: RestListQuery): Promise<RestList<RestUser>> {
    return this.http.json({ method: 'GET', path: '/users', query }, userList);
  }

  async getUser(id: string): Promise<RestUser | null> {
    return (await this.http.jsonOrNull({ method: 'GET', path: byId('users', id) }, userOne))?.data ?? null;
  }

  listTags(query: RestListQuery): Promise<RestList<RestTag>> {
    return this.http.json({ method: 'GET', path: '/tags', query }, tagList);
  }

  async getTag(id: string): Promise<RestTag | null> {
    return (await this.http.jsonOrNull({ method: 'GET', path: byId('tags', id) }, tagOne))?.data ?? null;
  }

  listConversations(query: RestConversationQuery): Promise<RestList<RestConversation>> {
    return this.http.json({ method: 'GET', path: '/conversations', query }, conversationList);
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
