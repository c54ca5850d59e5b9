import { badInput } from '../../domain/errors.js';
import type { ConnectionSettings } from '../connector.js';
import { createHttpClient, type HttpClient } from '../http/client.js';
import { bearerHeaders } from '../shared/bearer.js';
import { describeErrorEnvelope } from '../shared/error-envelope.js';
import { resolveLink } from './links.js';
import { helpdeskListSchema, helpdeskOneSchema, type HelpdeskList, type HelpdeskTicket } from './wire.js';

export interface HelpdeskCredentials {
  apiKey: string;
}

export interface HelpdeskOptions {
  /** Sent as `X-Workspace-Id` when set. */
  workspaceId?: string | undefined;
  /** How many listing pages (of 100) a requester lookup may read; see the connector. */
  requesterScanPages: number;
}

export type HelpdeskListQuery = {
  page_size: number;
  sort_by: 'created_at' | 'updated_at';
  sort_order: 'asc' | 'desc';
  status?: string | undefined;
  priority?: string | undefined;
  assignee_id?: string | undefined;
};

const TICKETS = '/tickets';
const byId = (id: string): string => `${TICKETS}/${encodeURIComponent(id)}`;

/** The writable fields of seed 001's ticket; `assigneeId: null` unassigns. */
export interface HelpdeskTicketWrite {
  subject?: string | undefined;
  status?: string | undefined;
  priority?: string | undefined;
  type?: string | undefined;
  requesterEmail?: string | undefined;
  requesterName?: string | undefined;
  assigneeId?: string | null | undefined;
  tags?: readonly string[] | undefined;
  customFields?: readonly { id: string; value: unknown }[] | undefined;
}

/** The Helpdesk API's endpoints, validated against the wire schemas. */
export class HelpdeskClient {
  private readonly http: HttpClient;
  private readonly basePath: string;

  constructor(settings: ConnectionSettings<HelpdeskCredentials, HelpdeskOptions>) {
    this.basePath = new URL(settings.baseUrl).pathname;
    this.http = createHttpClient({
      settings,
      headers: bearerHeaders(settings.credentials.apiKey, { 'x-workspace-id': settings.options.workspaceId }),
      describeError: describeErrorEnvelope,
    });
  }

  /**
   * A page of `GET /tickets`; with `next` (a `links.next` the API gave), the page it points at: the
   * link's path and parameters over `query`, so page size, sort and filters hold whatever the link repeats.
   */
  listTickets(query: HelpdeskListQuery, next?: string): Promise<HelpdeskList> {
    if (next === undefined) return this.http.json({ method: 'GET', path: TICKETS, query }, helpdeskListSchema);
    // Links travel inside client cursors, so one that names another path is refused rather than followed.
    if (!this.isTicketsLink(next)) throw badInput('this cursor does not point into the ticket listing');
    return this.http.json({ method: 'GET', path: TICKETS, query: { ...query, ...resolveLink(this.basePath, next).query } }, helpdeskListSchema);
  }

  /** Whether a link points at the ticket listing (the only place `links.next` may lead). */
  isTicketsLink(link: string): boolean {
    return resolveLink(this.basePath, link).path === TICKETS;
  }

  async getTicket(id: string): Promise<HelpdeskTicket | null> {
    return (await this.http.jsonOrNull({ method: 'GET', path: byId(id) }, helpdeskOneSchema))?.ticket ?? null;
  }

  /** `POST /tickets` with the `{ticket}` envelope; answers 201 `{ticket}`. */
  async createTicket(ticket: HelpdeskTicketWrite & { subject: string }): Promise<HelpdeskTicket> {
    return (await this.http.json({ method: 'POST', path: TICKETS, body: { ticket } }, helpdeskOneSchema)).ticket;
  }

  /** `PUT /tickets/:id`: partial, only the fields given change. */
  async updateTicket(id: string, ticket: HelpdeskTicketWrite): Promise<HelpdeskTicket> {
    return (await this.http.json({ method: 'PUT', path: byId(id), body: { ticket } }, helpdeskOneSchema)).ticket;
  }

  /** `DELETE /tickets/:id`: 204. */
  async deleteTicket(id: string): Promise<void> {
    await this.http.send({ method: 'DELETE', path: byId(id) });
  }

  close(): Promise<void> {
    return this.http.close();
  }
}
