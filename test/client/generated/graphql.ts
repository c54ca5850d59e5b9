/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 instant, always answered in UTC (2026-04-19T14:05:00.000Z). */
  DateTime: { input: string; output: string; }
  /** Any JSON value, as the upstream gave it. */
  JSON: { input: unknown; output: unknown; }
};

export type Access =
  | 'read'
  | 'write';

/** Who works tickets on the support side: a person, a machine user (a bot or AI agent) or the helpdesk itself. */
export type Agent = Node & {
  __typename?: 'Agent';
  avatarUrl?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  id: Scalars['ID']['output'];
  /** Null only when the record could not be loaded. */
  kind?: Maybe<AgentKind>;
  name?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
};

export type AgentConnection = {
  __typename?: 'AgentConnection';
  edges: Array<AgentEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type AgentEdge = {
  __typename?: 'AgentEdge';
  cursor: Scalars['String']['output'];
  node: Agent;
};

/** A person (HUMAN), a machine user such as an API integration or AI agent (BOT), or the helpdesk itself (SYSTEM). */
export type AgentKind =
  | 'BOT'
  | 'HUMAN'
  | 'SYSTEM';

/** Who wrote a message: an agent, the customer, a machine user (an integration or AI agent) or the helpdesk itself. */
export type AuthorKind =
  | 'AGENT'
  | 'BOT'
  | 'CONTACT'
  | 'SYSTEM';

export type CloseTicketPayload = {
  __typename?: 'CloseTicketPayload';
  /** The ticket as it is after closing. */
  ticket?: Maybe<Ticket>;
  userErrors?: Maybe<Array<UserError>>;
};

/** A person within a workspace: one node per email across every helpdesk, else one upstream record. */
export type Contact = Node & {
  __typename?: 'Contact';
  company?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** Every address of every record behind this contact (lower-cased, the one it is known by first); any of them finds the same records. */
  emails?: Maybe<Array<Scalars['String']['output']>>;
  /** Seed 000's helpdesk tickets of this contact, merged across the workspace's connections. Upstream cost: 2 per connection (the person's lookup and their list), and `first`/`last` times what is selected under it. */
  helpdeskTickets?: Maybe<HelpdeskTicketConnection>;
  id: Scalars['ID']['output'];
  /** The upstream records behind this contact, one per helpdesk that knows them. Upstream cost: 1 per connection of the workspace. */
  identities?: Maybe<Array<ContactIdentity>>;
  name?: Maybe<Scalars['String']['output']>;
  /** The organization of the contact's primary record. Upstream cost: 2 (that record and its organization, loaded in batches). */
  organization?: Maybe<Organization>;
  phone?: Maybe<Scalars['String']['output']>;
  /** The same list as normalised Tickets. Upstream cost: as `helpdeskTickets`. */
  tickets?: Maybe<TicketConnection>;
};


/** A person within a workspace: one node per email across every helpdesk, else one upstream record. */
export type ContactHelpdeskTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<OrderDirection>;
  status?: InputMaybe<Scalars['String']['input']>;
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};


/** A person within a workspace: one node per email across every helpdesk, else one upstream record. */
export type ContactTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Scalars['String']['input']>;
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<OrderDirection>;
  status?: InputMaybe<Scalars['String']['input']>;
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

/** One upstream record behind a contact. */
export type ContactIdentity = {
  __typename?: 'ContactIdentity';
  company?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The primary address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Every address of the record, the primary first. */
  emails?: Maybe<Array<Scalars['String']['output']>>;
  /** The upstream's id of the person (use it as TicketFilter.requesterId). */
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  name?: Maybe<Scalars['String']['output']>;
  /** The organization the record names (null where it names none or the kind has none). Upstream cost: 1 (loaded in batches). */
  organization?: Maybe<Organization>;
  phone?: Maybe<Scalars['String']['output']>;
  raw?: Maybe<Scalars['JSON']['output']>;
};

export type CustomField = {
  __typename?: 'CustomField';
  /** The upstream's key: a field id, a slug or a name. */
  key?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['JSON']['output']>;
};

/** One configured helpdesk account (a Zendesk subdomain, a Pylon org, a Plain workspace…). */
export type Helpdesk = Node & {
  __typename?: 'Helpdesk';
  capabilities?: Maybe<HelpdeskCapabilities>;
  /** The id the config file gives the connection. */
  connectionId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** zendesk, pylon, plain, rest… */
  kind?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  workspace?: Maybe<Workspace>;
};

/** What the upstream does natively; the gateway refuses, with CAPABILITY_UNSUPPORTED, what it cannot do. */
export type HelpdeskCapabilities = {
  __typename?: 'HelpdeskCapabilities';
  backwardPagination?: Maybe<Scalars['Boolean']['output']>;
  /** The lists this connection has; asking another answers CAPABILITY_UNSUPPORTED without an upstream call. */
  lists?: Maybe<Array<UpstreamList>>;
  sortDirections?: Maybe<Array<OrderDirection>>;
  ticketFilters?: Maybe<Array<Scalars['String']['output']>>;
  ticketSorts?: Maybe<Array<TicketOrderField>>;
  totalCount?: Maybe<Scalars['Boolean']['output']>;
};

/** A ticket as the helpdesk itself describes it (seed 000's helpdesk ticket): upstream strings, upstream ids. */
export type HelpdeskTicket = Node & {
  __typename?: 'HelpdeskTicket';
  /** The upstream channel word. */
  channel?: Maybe<Scalars['String']['output']>;
  /** The id the config file gives the connection. */
  connectionId?: Maybe<Scalars['String']['output']>;
  /** The requester as a Contact. Upstream cost: 1 (their record, loaded in batches when a field needs it). */
  contact?: Maybe<Contact>;
  /** The global id of the requester as a Contact. Upstream cost: 1 (their record, when the ticket has no email for them). */
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  externalAssigneeId?: Maybe<Scalars['String']['output']>;
  externalGroupId?: Maybe<Scalars['String']['output']>;
  externalTicketId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  id: Scalars['ID']['output'];
  lastExternalUpdateAt?: Maybe<Scalars['DateTime']['output']>;
  /** The upstream priority string. */
  priority?: Maybe<Scalars['String']['output']>;
  requester?: Maybe<HelpdeskTicketRequester>;
  /** The upstream status string. */
  status?: Maybe<Scalars['String']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Scalars['String']['output']>>;
  ticket?: Maybe<Ticket>;
  /** The global id of the same record as a Ticket. */
  ticketId?: Maybe<Scalars['ID']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  workspaceId?: Maybe<Scalars['String']['output']>;
};

export type HelpdeskTicketConnection = {
  __typename?: 'HelpdeskTicketConnection';
  edges: Array<HelpdeskTicketEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type HelpdeskTicketEdge = {
  __typename?: 'HelpdeskTicketEdge';
  cursor: Scalars['String']['output'];
  node: HelpdeskTicket;
};

export type HelpdeskTicketRequester = {
  __typename?: 'HelpdeskTicketRequester';
  email?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** One entry of a ticket conversation: a reply, an internal note or a system event. */
export type Message = Node & {
  __typename?: 'Message';
  author?: Maybe<MessageAuthor>;
  bodyHtml?: Maybe<Scalars['String']['output']>;
  bodyText?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Visible to the team only. */
  internal?: Maybe<Scalars['Boolean']['output']>;
  type?: Maybe<MessageType>;
};

export type MessageAuthor = {
  __typename?: 'MessageAuthor';
  email?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<AuthorKind>;
  name?: Maybe<Scalars['String']['output']>;
};

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

export type MessageType =
  | 'NOTE'
  | 'REPLY'
  | 'SYSTEM';

/** Writes to the helpdesks; every mutation needs a token with write access. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Closes a ticket in its helpdesk (seed 004). Needs a token with write access. Upstream cost: 2 (a read, then the write). */
  closeTicket?: Maybe<CloseTicketPayload>;
};


/** Writes to the helpdesks; every mutation needs a token with write access. */
export type MutationCloseTicketArgs = {
  id: Scalars['ID']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A customer organization: a Zendesk organization, a Pylon account, a Plain company. */
export type Organization = Node & {
  __typename?: 'Organization';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The email domains the upstream ties to it. */
  domains?: Maybe<Array<Scalars['String']['output']>>;
  /** The upstream's own id (use it as TicketFilter.accountId where the kind filters by it). */
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  raw?: Maybe<Scalars['JSON']['output']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Read helpdesk data across every connection a token can see. */
export type Query = {
  __typename?: 'Query';
  /** One connection's agents, in the upstream's order (CAPABILITY_UNSUPPORTED where it lists none; see `Helpdesk.capabilities.lists`). Upstream cost: 1, and `first`/`last` times what is selected under it. */
  agents?: Maybe<AgentConnection>;
  /** A contact by its global id. Upstream cost: 1 per connection of the workspace (the email is looked up in each). */
  contact?: Maybe<Contact>;
  /** The person with this email in any connection of the workspace; null when no helpdesk knows them. Upstream cost: 1 per connection of the workspace. */
  contactByEmail?: Maybe<Contact>;
  /** One connection's contact records. Upstream cost: 1, and `first`/`last` times what is selected under it. */
  contacts?: Maybe<ContactConnection>;
  /** Any object by its global id; null (with FORBIDDEN) for an object of a workspace this token cannot read. Upstream cost: 10 (a Message is found by reading its conversation, up to 10 pages; other types cost 1). */
  node?: Maybe<Node>;
  /** Objects by their global ids (at most 100). Upstream cost: 10 per id, as for `node`. */
  nodes: Array<Maybe<Node>>;
  /** One connection's customer organizations (Zendesk organizations, Pylon accounts, Plain companies), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it. */
  organizations?: Maybe<OrganizationConnection>;
  /** One connection's tags (REST and Pylon keep them as records), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it. */
  tags?: Maybe<TagConnection>;
  /** One connection's teams (Zendesk groups, Pylon teams), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it. */
  teams?: Maybe<TeamConnection>;
  /** A ticket by its global id. Upstream cost: 1. */
  ticket?: Maybe<Ticket>;
  /** Tickets of one connection (`connectionId`), or of every connection of a workspace merged into one list (forward paging). Upstream cost: 1 per connection listed, and `first`/`last` times what is selected under it. */
  tickets?: Maybe<TicketConnection>;
  viewer?: Maybe<Viewer>;
  /** The workspaces this token may read. */
  workspaces?: Maybe<Array<Workspace>>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


/** Read helpdesk data across every connection a token can see. */
export type QueryContactByEmailArgs = {
  email: Scalars['String']['input'];
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read helpdesk data across every connection a token can see. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read helpdesk data across every connection a token can see. */
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Read helpdesk data across every connection a token can see. */
export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** A tag the upstream keeps as a record (a ticket's `tags` are their names). */
export type Tag = Node & {
  __typename?: 'Tag';
  /** A hex colour, when the upstream gives one. */
  color?: Maybe<Scalars['String']['output']>;
  /** The upstream's own id. */
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  id: Scalars['ID']['output'];
  /** The word tickets carry (use it in TicketFilter.tags). */
  name?: Maybe<Scalars['String']['output']>;
  raw?: Maybe<Scalars['JSON']['output']>;
};

export type TagConnection = {
  __typename?: 'TagConnection';
  edges: Array<TagEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TagEdge = {
  __typename?: 'TagEdge';
  cursor: Scalars['String']['output'];
  node: Tag;
};

/** A group of agents tickets are routed to: a Zendesk group, a Pylon team. */
export type Team = Node & {
  __typename?: 'Team';
  /** The upstream's own id (HelpdeskTicket.externalGroupId names it). */
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  raw?: Maybe<Scalars['JSON']['output']>;
};

export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  cursor: Scalars['String']['output'];
  node: Team;
};

/** A ticket from any helpdesk, normalised. */
export type Ticket = Node & {
  __typename?: 'Ticket';
  /** The agent the ticket is assigned to. Upstream cost: 1 (loaded in batches when a field needs more than the id). */
  assignee?: Maybe<Agent>;
  channel?: Maybe<TicketChannel>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  customFields?: Maybe<Array<CustomField>>;
  /** Zendesk's `custom_status_id`: the account's own status, within the category `status` gives. */
  customStatusId?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The upstream's own id, exact. */
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  /** The seed-000 view of the same record. */
  helpdeskTicket?: Maybe<HelpdeskTicket>;
  id: Scalars['ID']['output'];
  lastMessageAt?: Maybe<Scalars['DateTime']['output']>;
  lastMessagePreview?: Maybe<Scalars['String']['output']>;
  /** The conversation, oldest first. Upstream cost: 1, and `first`/`last` times what is selected under it. */
  messages?: Maybe<MessageConnection>;
  priority?: Maybe<TicketPriority>;
  /** The upstream payload the ticket was mapped from. */
  raw?: Maybe<Scalars['JSON']['output']>;
  /** The upstream's own channel word. */
  rawChannel?: Maybe<Scalars['String']['output']>;
  rawPriority?: Maybe<Scalars['String']['output']>;
  /** The upstream's own status. */
  rawStatus?: Maybe<Scalars['String']['output']>;
  /** The short reference the upstream shows people: Plain's `T-123`, Pylon's issue number. */
  ref?: Maybe<Scalars['String']['output']>;
  /** The person who asked. Upstream cost: 1 (their record, loaded in batches when a field needs it). */
  requester?: Maybe<Contact>;
  status?: Maybe<TicketStatus>;
  subject?: Maybe<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  tags?: Maybe<Array<Scalars['String']['output']>>;
  type?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id another system set on the record: Plain's thread `externalId`, Zendesk's `external_id`. */
  upstreamExternalId?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  waitingOn?: Maybe<WaitingOn>;
};


/** A ticket from any helpdesk, normalised. */
export type TicketMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Where the ticket came in, normalised; `rawChannel` keeps the upstream's own word (OTHER for a word no table knows). */
export type TicketChannel =
  | 'API'
  | 'CHAT'
  | 'EMAIL'
  | 'MS_TEAMS'
  | 'OTHER'
  | 'PHONE'
  | 'SLACK'
  | 'SOCIAL'
  | 'WEB';

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** Filters applied by the upstream itself. A connection that cannot apply one answers CAPABILITY_UNSUPPORTED (see Helpdesk.capabilities). */
export type TicketFilter = {
  /** The upstream's id of the customer's organization (a Pylon account, say). */
  accountId?: InputMaybe<Scalars['String']['input']>;
  /** The upstream's id of the assigned agent (Agent.externalId). */
  assigneeId?: InputMaybe<Scalars['String']['input']>;
  /** The normalised channel. */
  channel?: InputMaybe<TicketChannel>;
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  priorities?: InputMaybe<Array<TicketPriority>>;
  /** The upstream's own channel word. */
  rawChannel?: InputMaybe<Scalars['String']['input']>;
  /** The upstream's own status strings. */
  rawStatuses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The upstream's id of the requester (ContactIdentity.externalId). */
  requesterId?: InputMaybe<Scalars['String']['input']>;
  /** Free text, as the upstream searches it. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<TicketStatus>>;
  /** Tickets carrying every one of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type TicketOrder = {
  direction?: OrderDirection;
  field?: TicketOrderField;
};

export type TicketOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** The normalised ticket status; `rawStatus` keeps the upstream's own word. */
export type TicketStatus =
  | 'CLOSED'
  | 'NEW'
  | 'ON_HOLD'
  | 'OPEN'
  | 'PENDING'
  | 'SOLVED';

/** A list besides tickets and contacts that a connection may have (`Query.agents`…). */
export type UpstreamList =
  | 'AGENTS'
  | 'ORGANIZATIONS'
  | 'TAGS'
  | 'TEAMS';

export type UserError = {
  __typename?: 'UserError';
  code?: Maybe<UserErrorCode>;
  /** The input field at fault, as a path. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message?: Maybe<Scalars['String']['output']>;
};

export type UserErrorCode =
  | 'INVALID'
  | 'NOT_FOUND';

/** The token making the request. */
export type Viewer = {
  __typename?: 'Viewer';
  access?: Maybe<Access>;
  /** The id the config gives the token (never its secret). */
  tokenId?: Maybe<Scalars['String']['output']>;
  workspaces?: Maybe<Array<Workspace>>;
};

/** Whose turn it is. */
export type WaitingOn =
  | 'CUSTOMER'
  | 'NONE'
  | 'TEAM'
  | 'THIRD_PARTY';

/** A tenant: a set of helpdesk connections that tokens are scoped to. */
export type Workspace = Node & {
  __typename?: 'Workspace';
  helpdesks?: Maybe<Array<Helpdesk>>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** The id the config file gives the workspace. */
  workspaceId?: Maybe<Scalars['String']['output']>;
};

export type TicketsWithRequestersQueryVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketsWithRequestersQuery = { __typename?: 'Query', tickets?: { __typename?: 'TicketConnection', totalCount?: number | null, edges: Array<{ __typename?: 'TicketEdge', cursor: string, node: { __typename?: 'Ticket', id: string, externalId?: string | null, subject?: string | null, status?: TicketStatus | null, rawStatus?: string | null, priority?: TicketPriority | null, createdAt?: string | null, requester?: { __typename?: 'Contact', id: string, name?: string | null, email?: string | null } | null, assignee?: { __typename?: 'Agent', name?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type ContactHelpdeskTicketsQueryVariables = Exact<{
  email: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<OrderDirection>;
}>;


export type ContactHelpdeskTicketsQuery = { __typename?: 'Query', contactByEmail?: { __typename?: 'Contact', id: string, name?: string | null, email?: string | null, identities?: Array<{ __typename?: 'ContactIdentity', externalId?: string | null, helpdesk?: { __typename?: 'Helpdesk', connectionId?: string | null, kind?: string | null } | null }> | null, helpdeskTickets?: { __typename?: 'HelpdeskTicketConnection', edges: Array<{ __typename?: 'HelpdeskTicketEdge', node: { __typename?: 'HelpdeskTicket', id: string, externalTicketId?: string | null, status?: string | null, subject?: string | null, createdAt?: string | null, requester?: { __typename?: 'HelpdeskTicketRequester', email?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };


export const TicketsWithRequestersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsWithRequesters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TicketsWithRequestersQuery, TicketsWithRequestersQueryVariables>;
export const ContactHelpdeskTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactHelpdeskTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"helpdesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpdeskTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalTicketId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactHelpdeskTicketsQuery, ContactHelpdeskTicketsQueryVariables>;