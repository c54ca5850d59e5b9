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
  restArticleSchema,
  type RestArticle,
  type RestTag,
  type RestConversation,
  type RestCustomer,
  type RestList,
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
const conversationOne = restOneSchema(restConversationSchema);
const tagOne = restOneSchema(restTagSchema);
const articleOne = restOneSchema(restArticleSchema);

/** The body of `POST /tickets` (seed 003). */
export interface RestTicketCreate {
  subject: string;
  description: string;
  customer_email: string;
  priority?: string;
  assignee_id?: string;
  tags?: readonly string[];
  custom_fields?: Record<string, unknown>;
}

/** The body of `PATCH /tickets/{id}`: only the keys present change. */
export interface RestTicketChanges {
  subject?: string;
  status?: string;
  priority?: string;
  assignee_id?: string | null;
  tags?: readonly string[];
  custom_fields?: Record<string, unknown>;
}

export interface RestCustomerWrite {
  email: string;
  name?: string;
  phone?: string | null;
  company?: string | null;
}
const tagList = restListSchema(restTagSchema);

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
  async updateTicket(id: string, changes: RestTicketChanges): Promise<RestTicket | null> {
    return (await this.http.jsonOrNull({ method: 'PATCH', path: byId('tickets', id), body: changes }, ticketOne))?.data ?? null;
  }

  async createTicket(body: RestTicketCreate): Promise<RestTicket> {
    return (await this.http.json({ method: 'POST', path: '/tickets', body }, ticketOne)).data;
  }

  async deleteTicket(id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: byId('tickets', id) });
  }

  async createConversation(body: { ticket_id: string; content: string; type: 'reply' | 'note'; internal: boolean }): Promise<RestConversation> {
    return (await this.http.json({ method: 'POST', path: '/conversations', body }, conversationOne)).data;
  }

  async createCustomer(body: RestCustomerWrite): Promise<RestCustomer> {
    return (await this.http.json({ method: 'POST', path: '/customers', body }, customerOne)).data;
  }

  async updateCustomer(id: string, body: Partial<RestCustomerWrite>): Promise<RestCustomer> {
    return (await this.http.json({ method: 'PATCH', path: byId('customers', id), body }, customerOne)).data;
  }

  async deleteCustomer(id: string): Promise<void> {
    await this.deleteRecord('customers', id);
  }

  async createTag(body: { name: string; color?: string }): Promise<RestTag> {
    return (await this.http.json({ method: 'POST', path: '/tags', body }, tagOne)).data;
  }

  async updateTag(id: string, body: { name?: string; color?: string }): Promise<RestTag> {
    return (await this.http.json({ method: 'PATCH', path: byId('tags', id), body }, tagOne)).data;
  }

  async createArticle(body: Record<string, unknown>): Promise<RestArticle> {
    return (await this.http.json({ method: 'POST', path: '/articles', body }, articleOne)).data;
  }

  async updateArticle(id: string, body: Record<string, unknown>): Promise<RestArticle> {
    return (await this.http.json({ method: 'PATCH', path: byId('articles', id), body }, articleOne)).data;
  }

  /** `DELETE /{collection}/{id}` → 204. */
  async deleteRecord(collection: 'customers' | 'tags' | 'articles', id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: byId(collection, id) });
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
