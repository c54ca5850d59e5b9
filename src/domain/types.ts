/**
 * The unified helpdesk model. Connectors map upstream payloads onto these shapes; resolvers read only
 * these. Every record carries the id of the connection it came from, and its upstream id as a string
 * (integer ids are kept exact by never passing them through a float).
 */

export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING', 'ON_HOLD', 'SOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * What a status word no mapping table knows normalises to (a ticket is non-null `status` always): not
 * yet solved, as far as the gateway can tell. `rawStatus` keeps the upstream's word.
 */
export const FALLBACK_STATUS: TicketStatus = 'OPEN';

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Where a ticket came in; `rawChannel` keeps the upstream's own word. */
export const TICKET_CHANNELS = ['EMAIL', 'CHAT', 'WEB', 'API', 'PHONE', 'SOCIAL', 'SLACK', 'MS_TEAMS', 'OTHER'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const WAITING_ON = ['CUSTOMER', 'TEAM', 'THIRD_PARTY', 'NONE'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

export const MESSAGE_TYPES = ['REPLY', 'NOTE', 'SYSTEM'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Who wrote a message: a human agent, the customer, a machine user (an API integration or AI agent), or the helpdesk itself. */
export const AUTHOR_KINDS = ['AGENT', 'CONTACT', 'BOT', 'SYSTEM'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** What an agent is: a person, a machine user (an API integration or AI agent), or the helpdesk itself. */
export const AGENT_KINDS = ['HUMAN', 'BOT', 'SYSTEM'] as const;
export type AgentKind = (typeof AGENT_KINDS)[number];

/** A person as a ticket or message names them: often only an id, sometimes with name and email. */
export interface PersonRef {
  externalId: string | null;
  name: string | null;
  email: string | null;
}

export interface CustomFieldValue {
  /** The upstream's key for the field: a numeric id (Zendesk), a slug (Pylon), a name (REST). */
  key: string;
  /** Any JSON value, as the upstream typed it. */
  value: unknown;
}

export interface DomainTicket {
  connectionId: string;
  externalId: string;
  subject: string | null;
  description: string | null;
  summary: string | null;
  status: TicketStatus;
  rawStatus: string | null;
  priority: TicketPriority | null;
  rawPriority: string | null;
  type: string | null;
  channel: TicketChannel | null;
  /** The upstream's own channel word (seed 000's `channel`). */
  rawChannel: string | null;
  waitingOn: WaitingOn | null;
  tags: string[];
  customFields: CustomFieldValue[];
  requester: PersonRef | null;
  /** Upstream id of the assignee (a person, a machine user or the system), when there is one. */
  assigneeId: string | null;
  /** The assignee's record, when the payload carries it whole (Plain does); else it is loaded by id. */
  assignee?: DomainAgent;
  groupId: string | null;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string | null;
  lastMessageAt: string | null;
  lastMessagePreview: string | null;
  /** The short reference the upstream shows people (Plain's `T-123`, Pylon's issue number). */
  ref?: string | null;
  /** The id another system set on the record (Plain's thread `externalId`, Zendesk's `external_id`). */
  upstreamExternalId?: string | null;
  /** Zendesk's `custom_status_id`: the account's own status, within the category `status` gives. */
  customStatusId?: string | null;
  /** A link to the ticket in the upstream's own UI or API, when known. */
  url: string | null;
  /** The upstream payload the ticket was mapped from. */
  raw: unknown;
}

export interface DomainContact {
  connectionId: string;
  externalId: string;
  name: string | null;
  /** The primary address. */
  email: string | null;
  /** Every address of the record, the primary first (Pylon contacts carry several). */
  emails: string[];
  phone: string | null;
  company: string | null;
  /** The upstream id of the person's organization (Zendesk organization, Pylon account, Plain company), when the record names one. */
  organizationId?: string | null;
  createdAt: string | null;
  raw: unknown;
}

/** A tag the upstream keeps as a record of its own (REST and Pylon tags; a ticket's `tags` are their names). */
export interface DomainTag {
  connectionId: string;
  externalId: string;
  name: string;
  /** A hex colour, when the upstream gives one. */
  color: string | null;
  raw: unknown;
}

/** A field tickets carry (Zendesk's system and custom ticket fields). */
export interface DomainTicketField {
  connectionId: string;
  externalId: string;
  title: string;
  /** The upstream's word for its type (`text`, `tagger`, `multiselect`, `checkbox`…). */
  type: string;
  active: boolean | null;
  required: boolean | null;
  description: string | null;
  /** The choices of a drop-down or multi-select field, in the upstream's order. */
  options: { name: string; value: string }[];
  raw: unknown;
}

/** A group of agents tickets are routed to: Zendesk groups, Pylon teams. */
export interface DomainTeam {
  connectionId: string;
  externalId: string;
  name: string | null;
  raw: unknown;
}

/** A customer organization: Zendesk's organizations, Pylon's accounts, Plain's companies. */
export interface DomainOrganization {
  connectionId: string;
  externalId: string;
  name: string | null;
  /** The email domains the upstream ties to it. */
  domains: string[];
  createdAt: string | null;
  raw: unknown;
}

export interface DomainAgent {
  connectionId: string;
  externalId: string;
  kind: AgentKind;
  /** The name the upstream gives (a machine user's too). */
  name: string | null;
  email: string | null;
  role: string | null;
  avatarUrl: string | null;
  raw: unknown;
}

/** A file sent with a message, as far as the upstream describes it. */
export interface DomainAttachment {
  /** The upstream's id of the file, where it has one. */
  externalId: string | null;
  name: string;
  contentType: string | null;
  /** In bytes. */
  size: number | null;
  /** Where the upstream serves it; it may need the upstream's own sign-in. */
  url: string | null;
}

export interface DomainMessage {
  connectionId: string;
  externalId: string;
  ticketExternalId: string;
  type: MessageType;
  internal: boolean;
  bodyText: string | null;
  bodyHtml: string | null;
  author: (PersonRef & { kind: AuthorKind | null }) | null;
  /** The files sent with it; null where the upstream has no attachments (`capabilities.messageAttachments`). */
  attachments: DomainAttachment[] | null;
  createdAt: string;
  raw: unknown;
}
