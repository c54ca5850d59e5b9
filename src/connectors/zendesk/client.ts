import type { z } from 'zod';
import type { ConnectionSettings } from '../connector.js';
import { createHttpClient, type HttpClient } from '../http/client.js';
import type { Interceptor, QueryValue } from '../http/types.js';
import type { UpstreamPageQuery } from '../../pagination/page-cursors.js';
import { parseJsonExactIntegers } from './json.js';
import type { SortOrder } from './listing.js';
import {
  zendeskCommentsCursorPageSchema,
  zendeskGroupResponseSchema,
  zendeskGroupsCursorPageSchema,
  zendeskTagsCursorPageSchema,
  zendeskTicketFieldResponseSchema,
  zendeskTicketFieldsCursorPageSchema,
  zendeskOrganizationsCursorPageSchema,
  zendeskOrganizationsResponseSchema,
  zendeskSearchPageSchema,
  zendeskTicketResponseSchema,
  zendeskTicketsCursorPageSchema,
  zendeskTicketsOffsetPageSchema,
  zendeskTicketsResponseSchema,
  zendeskUsersCursorPageSchema,
  zendeskUsersOffsetPageSchema,
  zendeskUsersResponseSchema,
  zendeskTicketWriteResponseSchema,
  zendeskUserResponseSchema,
} from './wire.js';

/** Zendesk's largest page (cursor `page[size]`, offset `per_page`) and batch (`show_many`). */
export const ZENDESK_MAX_PAGE = 100;

type Query = Record<string, QueryValue>;

/** Cursor pagination parameters for one upstream page. */
const cursorParams = (query: UpstreamPageQuery): Query => ({
  'page[size]': query.size,
  'page[after]': query.after,
  'page[before]': query.before,
});

const offsetParams = (page: number, perPage: number): Query => ({ page, per_page: perPage });

/** The Support API v2 calls the connector makes; every path is one the OAS (or Zendesk's docs) names. */
export class ZendeskClient {
  private readonly http: HttpClient;

  constructor(
    settings: Pick<ConnectionSettings, 'id' | 'baseUrl' | 'timeoutMs' | 'rate' | 'breaker' | 'shared'>,
    authorization: string,
    extra: { interceptors?: Interceptor[] | undefined; requestsPerMinute?: number | undefined } = {},
  ) {
    this.http = createHttpClient({
      // Paths carry /api/v2 (as the OAS does); a base URL that already ends in it is accepted too.
      settings: { ...settings, baseUrl: settings.baseUrl.replace(/\/api\/v2\/?$/, '') },
      headers: { authorization },
      interceptors: extra.interceptors,
      budgets: { requestsPerMinute: extra.requestsPerMinute },
      parseJson: parseJsonExactIntegers,
    });
  }

  private get<T>(path: string, query: Query, schema: z.ZodType<T>): Promise<T> {
    return this.http.json({ method: 'GET', path, query }, schema);
  }

  /** `GET /tickets` or `/users/{id}/tickets/requested`, cursor-paged, with users sideloaded. */
  ticketsByCursor(path: string, query: UpstreamPageQuery, sort: string) {
    return this.get(path, { ...cursorParams(query), sort, include: 'users' }, zendeskTicketsCursorPageSchema);
  }

  /** The same lists offset-paged, which is how they sort by creation time. */
  ticketsByOffset(path: string, page: number, perPage: number, sortBy: string, sortOrder: SortOrder) {
    return this.get(
      path,
      { ...offsetParams(page, perPage), sort_by: sortBy, sort_order: sortOrder, include: 'users' },
      zendeskTicketsOffsetPageSchema,
    );
  }

  searchTickets(query: string, page: number, perPage: number, sortBy: string, sortOrder: SortOrder) {
    return this.get(
      '/api/v2/search',
      { query, sort_by: sortBy, sort_order: sortOrder, ...offsetParams(page, perPage), include: 'tickets(users)' },
      zendeskSearchPageSchema,
    );
  }

  /** One ticket, or null when Zendesk has no such ticket. */
  ticket(id: string) {
    return this.http.jsonOrNull({ method: 'GET', path: `/api/v2/tickets/${id}`, query: { include: 'users' } }, zendeskTicketResponseSchema);
  }

  /** Up to 100 tickets by id; missing ids are simply absent. */
  ticketsByIds(ids: readonly string[]) {
    return this.get('/api/v2/tickets/show_many', { ids: ids.join(','), include: 'users' }, zendeskTicketsResponseSchema);
  }

  /** Up to 100 users by id; missing ids are simply absent. */
  usersByIds(ids: readonly string[]) {
    return this.get('/api/v2/users/show_many', { ids: ids.join(',') }, zendeskUsersResponseSchema);
  }

  searchUsers(query: string, page: number, perPage: number) {
    return this.get('/api/v2/users/search', { query, ...offsetParams(page, perPage) }, zendeskUsersOffsetPageSchema);
  }

  usersByCursor(role: 'end-user' | 'agent' | 'admin', query: UpstreamPageQuery) {
    return this.get('/api/v2/users', { role, ...cursorParams(query) }, zendeskUsersCursorPageSchema);
  }

  /** Agents and admins, cursor-paged in id order. */
  agentsByCursor(query: UpstreamPageQuery) {
    return this.get('/api/v2/users', { 'role[]': ['agent', 'admin'], ...cursorParams(query) }, zendeskUsersCursorPageSchema);
  }

  /** Groups, cursor-paged in id order. */
  groupsByCursor(query: UpstreamPageQuery) {
    return this.get('/api/v2/groups', cursorParams(query), zendeskGroupsCursorPageSchema);
  }

  /** One group, or null when there is none. */
  group(id: string) {
    return this.http.jsonOrNull({ method: 'GET', path: `/api/v2/groups/${id}` }, zendeskGroupResponseSchema);
  }

  /** Ticket fields, system and custom, cursor-paged in id order. */
  ticketFieldsByCursor(query: UpstreamPageQuery) {
    return this.get('/api/v2/ticket_fields', cursorParams(query), zendeskTicketFieldsCursorPageSchema);
  }

  /** One ticket field, or null when there is none. */
  ticketField(id: string) {
    return this.http.jsonOrNull({ method: 'GET', path: `/api/v2/ticket_fields/${id}` }, zendeskTicketFieldResponseSchema);
  }

  /** The account's tags, most used first, cursor-paged. */
  tagsByCursor(query: UpstreamPageQuery) {
    return this.get('/api/v2/tags', cursorParams(query), zendeskTagsCursorPageSchema);
  }

  /** Organizations, cursor-paged in id order. */
  organizationsByCursor(query: UpstreamPageQuery) {
    return this.get('/api/v2/organizations', cursorParams(query), zendeskOrganizationsCursorPageSchema);
  }

  /** Up to 100 organizations by id; missing ids are simply absent. */
  organizationsByIds(ids: readonly string[]) {
    return this.get('/api/v2/organizations/show_many', { ids: ids.join(',') }, zendeskOrganizationsResponseSchema);
  }

  /** A ticket's comments, cursor-paged, oldest first unless reversed, with their authors sideloaded. */
  comments(ticketId: string, query: UpstreamPageQuery) {
    return this.get(
      `/api/v2/tickets/${ticketId}/comments`,
      { ...cursorParams(query), sort: query.reversed ? '-created_at' : 'created_at', include: 'users' },
      zendeskCommentsCursorPageSchema,
    );
  }

  /** `POST /tickets` → 201 `{ticket, audit}`. */
  createTicket(ticket: Record<string, unknown>) {
    return this.http.json({ method: 'POST', path: '/api/v2/tickets', body: { ticket } }, zendeskTicketWriteResponseSchema);
  }

  /** `PUT /tickets/{id}` → `{ticket, audit}`; comments are added this way too. */
  updateTicket(id: string, ticket: Record<string, unknown>) {
    return this.http.json({ method: 'PUT', path: `/api/v2/tickets/${id}`, body: { ticket } }, zendeskTicketWriteResponseSchema);
  }

  /** `DELETE /tickets/{id}` → 204 (the ticket goes to Zendesk's deleted tickets). */
  async deleteTicket(id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: `/api/v2/tickets/${id}` });
  }

  createUser(user: Record<string, unknown>) {
    return this.http.json({ method: 'POST', path: '/api/v2/users', body: { user } }, zendeskUserResponseSchema);
  }

  updateUser(id: string, user: Record<string, unknown>) {
    return this.http.json({ method: 'PUT', path: `/api/v2/users/${id}`, body: { user } }, zendeskUserResponseSchema);
  }

  /** `DELETE /users/{id}` → 200 `{user}` (soft-deleted, as Zendesk does). */
  async deleteUser(id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: `/api/v2/users/${id}` });
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
