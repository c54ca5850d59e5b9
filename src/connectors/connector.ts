import type { z } from 'zod';
import type { CachePolicy } from '../state/cache.js';
import type { SharedHttpState } from './http/client.js';
import type { Page, PageRequest } from '../pagination/page.js';
import type {
  DomainAgent,
  DomainContact,
  DomainMessage,
  DomainOrganization,
  DomainTag,
  DomainTeam,
  DomainTicket,
  DomainTicketField,
  TicketChannel,
  TicketPriority,
  TicketStatus,
} from '../domain/types.js';
import type { ArticleChanges, ArticleDraft, DomainArticle, TagChanges, TagDraft } from '../domain/catalog.js';
import type { ContactChanges, ContactDraft, MessageDraft, TicketChangeKey, TicketChanges, TicketDraft, UpdateGuard, WriteOperation } from '../domain/writes.js';

/**
 * The connector contract: one upstream kind, seen through the unified model. Connectors speak Relay
 * pagination with their own cursors (opaque strings the same connector understands again); the
 * gateway wraps those cursors so that clients can never hand one connection's cursor to another.
 * Connectors never see GraphQL; resolvers never see upstream JSON.
 */

export const TICKET_SORT_FIELDS = ['CREATED_AT', 'UPDATED_AT'] as const;
export type TicketSortField = (typeof TICKET_SORT_FIELDS)[number];
export type SortDirection = 'ASC' | 'DESC';

export interface TicketSort {
  field: TicketSortField;
  direction: SortDirection;
}

/** Filters on a ticket listing. Ids are the upstream's own ids within the connection. */
export interface TicketFilter {
  statuses?: readonly TicketStatus[];
  /** The upstream's own status strings (seed 000's `status`, whose values depend on the helpdesk). */
  rawStatuses?: readonly string[];
  priorities?: readonly TicketPriority[];
  assigneeId?: string;
  requesterId?: string;
  /** The upstream's id of the customer organization (Pylon account, Zendesk organization). */
  accountId?: string;
  tags?: readonly string[];
  channel?: TicketChannel;
  /** The upstream's own channel word (seed 000's `channel`). */
  rawChannel?: string;
  createdAfter?: string;
  createdBefore?: string;
  updatedAfter?: string;
  updatedBefore?: string;
  search?: string;
}
export type TicketFilterKey = keyof TicketFilter;

export interface ListTicketsInput {
  filter: TicketFilter;
  sort: TicketSort;
  page: PageRequest;
}

export interface ListContactsInput {
  search?: string;
  page: PageRequest;
}

export interface ConnectorCapabilities {
  /** Filters the upstream applies itself; a listing asking for any other filter is refused. */
  filters: readonly TicketFilterKey[];
  /** Sort fields the upstream can order tickets by (either direction unless `sortDirections` says). */
  sorts: readonly TicketSortField[];
  /** Whether `last`/`before` work on ticket listings. */
  backwardPagination: boolean;
  /**
   * False when ticket listings never report a total count; true when they can (some listings may
   * still not: Zendesk's cursor-paged ones, say), so `totalCount` is then null.
   */
  totalCount: boolean;
  /** Whether messages carry their attachments; where not, `Message.attachments` is null. */
  messageAttachments: boolean;
  /** What the connector can write; absent means it only reads. */
  writes?: WriteCapabilities;
}

/** The lists besides tickets and contacts a connection may have (`Helpdesk.capabilities.lists`). */
export const UPSTREAM_LISTS = {
  AGENTS: 'listAgents',
  ORGANIZATIONS: 'listOrganizations',
  TAGS: 'listTags',
  TEAMS: 'listTeams',
  TICKET_FIELDS: 'listTicketFields',
} as const satisfies Record<string, keyof Connector>;
export type UpstreamList = keyof typeof UPSTREAM_LISTS;

/** The lists this connector has: those whose method it implements. */
export const listsOf = (connector: Connector): UpstreamList[] =>
  (Object.keys(UPSTREAM_LISTS) as UpstreamList[]).filter((list) => typeof connector[UPSTREAM_LISTS[list]] === 'function');


/**
 * The writes a connector offers. The gateway checks a mutation against these before any upstream
 * call: an operation or a changed field not listed answers CAPABILITY_UNSUPPORTED.
 */
export interface WriteCapabilities {
  /** The operations implemented (each has its method on the Connector). */
  operations: readonly WriteOperation[];
  /** The ticket fields `updateTicket` can change. */
  ticketChanges: readonly TicketChangeKey[];
  /** Longest message body or ticket description the upstream takes, in characters. */
  maxBodyLength: number;
  /** The upstream's ticket types, when it has a fixed set (a `type` outside it is invalid). */
  ticketTypes?: readonly string[];
  /** Whether the upstream itself refuses an update of a ticket changed since a given time. */
  conditionalUpdate?: boolean;
}

/**
 * Write methods. Each answers the record as it is after the write. A record that does not exist, an
 * input the upstream refuses, or a concurrent edit throws a WriteRejection; upstream failures throw
 * GatewayErrors as reads do. Writes are never retried after they may have reached the upstream.
 */
export interface ConnectorWrites {
  createTicket?(draft: TicketDraft): Promise<DomainTicket>;
  updateTicket?(id: string, changes: TicketChanges, guard?: UpdateGuard): Promise<DomainTicket>;
  deleteTicket?(id: string): Promise<void>;
  replyToTicket?(id: string, message: MessageDraft): Promise<DomainMessage>;
  addInternalNote?(id: string, message: MessageDraft): Promise<DomainMessage>;
  createContact?(draft: ContactDraft): Promise<DomainContact>;
  updateContact?(id: string, changes: ContactChanges): Promise<DomainContact>;
  deleteContact?(id: string): Promise<void>;
}

/** Tags and knowledge-base articles, for upstreams that keep them (seed 003). */
export interface CatalogWrites {
  createTag?(draft: TagDraft): Promise<DomainTag>;
  updateTag?(id: string, changes: TagChanges): Promise<DomainTag>;
  deleteTag?(id: string): Promise<void>;
  createArticle?(draft: ArticleDraft): Promise<DomainArticle>;
  updateArticle?(id: string, changes: ArticleChanges): Promise<DomainArticle>;
  deleteArticle?(id: string): Promise<void>;
}

export interface Connector extends ConnectorWrites, CatalogWrites {
  readonly id: string;
  readonly kind: string;
  readonly capabilities: ConnectorCapabilities;
  /**
   * Whether `id` can be one of this upstream's record ids (Zendesk's are integers), so a malformed id
   * is refused without a call. Absent: any id of the usual characters is tried.
   */
  isValidId?(id: string, typename: string): boolean;

  listTickets(input: ListTicketsInput): Promise<Page<DomainTicket>>;
  /** Tickets by upstream id, in the order asked; null where the upstream has no such ticket. */
  getTickets(ids: readonly string[]): Promise<(DomainTicket | null)[]>;
  getContacts(ids: readonly string[]): Promise<(DomainContact | null)[]>;
  getAgents(ids: readonly string[]): Promise<(DomainAgent | null)[]>;
  /** Every contact record with this email (case-insensitive); usually zero or one. */
  findContactsByEmail(email: string): Promise<DomainContact[]>;
  listContacts(input: ListContactsInput): Promise<Page<DomainContact>>;
  /** A ticket's conversation, oldest first. */
  listMessages(ticketId: string, page: PageRequest): Promise<Page<DomainMessage>>;
  /**
   * Closes a ticket (seed 004's close) and answers it as it now is; null when the upstream has no
   * such ticket. Absent when the upstream cannot close tickets.
   */
  closeTicket?(id: string): Promise<DomainTicket | null>;
  /**
   * The records the upstream lists besides tickets, each a page of one connection's list. Absent where
   * the upstream has no such list (`listsOf` reads which are present).
   */
  listAgents?(page: PageRequest): Promise<Page<DomainAgent>>;
  listOrganizations?(page: PageRequest): Promise<Page<DomainOrganization>>;
  /** Organizations by upstream id, in the order asked; present exactly when `listOrganizations` is. */
  getOrganizations?(ids: readonly string[]): Promise<(DomainOrganization | null)[]>;
  listTags?(page: PageRequest): Promise<Page<DomainTag>>;
  /** Tags by upstream id, in the order asked; present exactly when `listTags` is. */
  getTags?(ids: readonly string[]): Promise<(DomainTag | null)[]>;
  listTeams?(page: PageRequest): Promise<Page<DomainTeam>>;
  /** Teams by upstream id, in the order asked; present exactly when `listTeams` is. */
  getTeams?(ids: readonly string[]): Promise<(DomainTeam | null)[]>;
  listTicketFields?(page: PageRequest): Promise<Page<DomainTicketField>>;
  /** Ticket fields by upstream id, in the order asked; present exactly when `listTicketFields` is. */
  getTicketFields?(ids: readonly string[]): Promise<(DomainTicketField | null)[]>;
  /** Releases pools and timers. */
  close(): Promise<void>;
}

/** Settings of one configured connection, as the config file gives them (secrets resolved). */
export interface ConnectionSettings<Credentials = unknown, Options = unknown> {
  id: string;
  workspaceId: string;
  kind: string;
  name: string;
  baseUrl: string;
  credentials: Credentials;
  options: Options;
  /** Per-request upstream timeout. */
  timeoutMs: number;
  rate: RateSettings;
  /** The circuit breaker's settings; the HTTP layer's defaults when absent. */
  breaker?: BreakerSettings | undefined;
  /** State the gateway shares between connections (rate budgets); in process when absent. */
  shared?: SharedHttpState | undefined;
  /** What the shared record cache keeps of this connection, and how long; nothing when absent. */
  cache?: CachePolicy | undefined;
}

export interface RateSettings {
  /** Most requests in flight to this upstream at once, shared fairly between GraphQL requests. */
  maxConcurrency: number;
  /** How many times a rate-limited (429) or unavailable (502/503/504) GET is retried. */
  maxRetries: number;
  /** Longest Retry-After the gateway waits out before answering UPSTREAM_RATE_LIMITED instead. */
  maxRetryWaitMs: number;
  /** The account's budget over all routes, per minute; undefined for the kind's default. */
  requestsPerMinute?: number | undefined;
  /** Per-route budgets per minute (`GET /issues/:id`), replacing the kind's documented ones for those routes. */
  routes?: Readonly<Record<string, number>> | undefined;
  /** Whether the kind's documented per-route budgets apply (when undefined, they do). */
  documentedLimits?: boolean | undefined;
}

export interface BreakerSettings {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one probe is let through. */
  openMs: number;
}

/** What a connector kind registers: how to validate its config and how to build it. */
export interface ConnectorKind<Credentials = unknown, Options = unknown> {
  kind: string;
  credentialsSchema: z.ZodType<Credentials>;
  optionsSchema: z.ZodType<Options>;
  create(settings: ConnectionSettings<Credentials, Options>): Connector;
}
