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

/** A note only agents see. */
export type AddInternalNoteInput = {
  body: Scalars['String']['input'];
  bodyFormat?: InputMaybe<BodyFormat>;
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type AddInternalNotePayload = MutationPayload & {
  __typename?: 'AddInternalNotePayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  message?: Maybe<Message>;
  /** The ticket after the message (read again from its helpdesk). */
  ticket?: Maybe<Ticket>;
};

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

/** A knowledge-base article. */
export type Article = {
  __typename?: 'Article';
  body: Scalars['String']['output'];
  collectionId: Scalars['String']['output'];
  connectionId: Scalars['String']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  externalId: Scalars['String']['output'];
  status?: Maybe<ArticleStatus>;
  title: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** createArticle needs title, body and collectionId; updateArticle changes the fields given of the article `externalId`. */
export type ArticleInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  collectionId?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  /** The article to change (updateArticle). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ArticleStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ArticlePayload = MutationPayload & {
  __typename?: 'ArticlePayload';
  article?: Maybe<Article>;
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
};

export type ArticleStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** Who wrote a message: an agent, the customer, a machine user (an integration or AI agent) or the helpdesk itself. */
export type AuthorKind =
  | 'AGENT'
  | 'BOT'
  | 'CONTACT'
  | 'SYSTEM';

/** How a message body is written; converted to what the upstream takes (text or HTML). */
export type BodyFormat =
  | 'HTML'
  | 'TEXT';

/** The connection's upstream cannot do this write (see Helpdesk capabilities.mutations). Nothing was sent. */
export type CapabilityError = {
  __typename?: 'CapabilityError';
  connectionId?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type CatalogDeleteInput = {
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  externalId: Scalars['String']['input'];
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type CatalogDeletionPayload = MutationPayload & {
  __typename?: 'CatalogDeletionPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  deletedExternalId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
};

export type CloseTicketPayload = MutationPayload & {
  __typename?: 'CloseTicketPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  /** The ticket as it is after closing. */
  ticket?: Maybe<Ticket>;
  /** @deprecated Use `errors`. */
  userErrors?: Maybe<Array<UserError>>;
};

/** Someone else changed the record meanwhile (nothing was written), or the idempotency key is in use. */
export type ConflictError = {
  __typename?: 'ConflictError';
  message: Scalars['String']['output'];
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

export type CreateContactInput = {
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Where the upstream keeps a company name on the person. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** The helpdesk to create the contact record in. */
  connectionId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContactPayload = MutationPayload & {
  __typename?: 'CreateContactPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The contact, as it is after the write. */
  contact?: Maybe<Contact>;
  errors: Array<MutationError>;
};

export type CreateTicketInput = {
  /** An Agent of the same connection. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The helpdesk to create the ticket in (its config id or global id). */
  connectionId: Scalars['ID']['input'];
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  /** The first message, as text. */
  description: Scalars['String']['input'];
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TicketPriority>;
  requester: RequesterInput;
  subject: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The upstream's ticket type (Zendesk: problem, incident, question, task). */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTicketPayload = MutationPayload & {
  __typename?: 'CreateTicketPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  /** The ticket as it is after the write. */
  ticket?: Maybe<Ticket>;
};

export type CustomField = {
  __typename?: 'CustomField';
  /** The upstream's key: a field id, a slug or a name. */
  key?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['JSON']['output']>;
};

export type CustomFieldInput = {
  /** The upstream's key of the field (Ticket.customFields key). */
  key: Scalars['String']['input'];
  /** Any JSON value; null clears the field. */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type DeleteContactInput = {
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Which of its records to delete. */
  connectionId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteContactPayload = MutationPayload & {
  __typename?: 'DeleteContactPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The Contact id given. */
  deletedContactId?: Maybe<Scalars['ID']['output']>;
  errors: Array<MutationError>;
};

export type DeleteTicketPayload = MutationPayload & {
  __typename?: 'DeleteTicketPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The id of the ticket that was deleted. */
  deletedTicketId?: Maybe<Scalars['ID']['output']>;
  errors: Array<MutationError>;
};

/** One input field at fault. */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  message: Scalars['String']['output'];
  /** Where in the input, e.g. ["input", "subject"]. */
  path: Array<Scalars['String']['output']>;
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
  /** Whether updateTicket takes ifUpdatedAt (the upstream refuses a stale update itself). */
  conditionalUpdate: Scalars['Boolean']['output'];
  /** The lists this connection has; asking another answers CAPABILITY_UNSUPPORTED without an upstream call. */
  lists?: Maybe<Array<UpstreamList>>;
  /** Whether messages carry their attachments; where not, `Message.attachments` is null. */
  messageAttachments?: Maybe<Scalars['Boolean']['output']>;
  /** The mutations this helpdesk supports; any other answers a CapabilityError without calling it. */
  mutations: Array<Scalars['String']['output']>;
  sortDirections?: Maybe<Array<OrderDirection>>;
  /** The ticket fields createTicket and updateTicket can set here. */
  ticketChanges: Array<Scalars['String']['output']>;
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
  /** The files sent with the message; null where the upstream has none (`Helpdesk.capabilities.messageAttachments`). */
  attachments?: Maybe<Array<MessageAttachment>>;
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

/** A file sent with a message, as far as its upstream describes it. Read from the message itself: no upstream call. */
export type MessageAttachment = {
  __typename?: 'MessageAttachment';
  /** The MIME type, where the upstream says it. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** The upstream's id of the file, where it has one. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The file's name (Pylon gives only a link, so it is the link's last segment). */
  name?: Maybe<Scalars['String']['output']>;
  /** In bytes, where the upstream says it. */
  size?: Maybe<Scalars['Int']['output']>;
  /** Where the upstream serves the file; it may need the upstream's own sign-in. Null for Plain, which hands out download links only through a mutation. */
  url?: Maybe<Scalars['String']['output']>;
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

/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an internal note to a ticket: agents see it, the requester does not. */
  addInternalNote?: Maybe<AddInternalNotePayload>;
  /** Closes a ticket in its helpdesk (seed 004): CLOSED where the upstream closes, SOLVED where its last agent-settable state is solved/done. Needs a token with write access. */
  closeTicket?: Maybe<CloseTicketPayload>;
  createArticle?: Maybe<ArticlePayload>;
  /** Creates a contact record (a customer, end user or contact, as the upstream calls it) in one helpdesk. */
  createContact?: Maybe<CreateContactPayload>;
  createTag?: Maybe<TagPayload>;
  /** Creates a ticket in one helpdesk. */
  createTicket?: Maybe<CreateTicketPayload>;
  deleteArticle?: Maybe<CatalogDeletionPayload>;
  /** Deletes a contact's record in one helpdesk (its records elsewhere stay). */
  deleteContact?: Maybe<DeleteContactPayload>;
  deleteTag?: Maybe<CatalogDeletionPayload>;
  /** Deletes a ticket (where the upstream deletes; some keep it recoverable for a while). */
  deleteTicket?: Maybe<DeleteTicketPayload>;
  /** Sends a public reply on a ticket, as the connection’s API user. */
  replyToTicket?: Maybe<ReplyToTicketPayload>;
  updateArticle?: Maybe<ArticlePayload>;
  /** Changes a contact record in one helpdesk; only the fields given change. */
  updateContact?: Maybe<UpdateContactPayload>;
  updateTag?: Maybe<TagPayload>;
  /** Changes the fields given, and only those; assigns or unassigns through `assigneeId`. */
  updateTicket?: Maybe<UpdateTicketPayload>;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationAddInternalNoteArgs = {
  input: AddInternalNoteInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationCloseTicketArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<TicketIdInput>;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationCreateArticleArgs = {
  input: ArticleInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationCreateTagArgs = {
  input: TagInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationDeleteArticleArgs = {
  input: CatalogDeleteInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationDeleteContactArgs = {
  input: DeleteContactInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationDeleteTagArgs = {
  input: CatalogDeleteInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationDeleteTicketArgs = {
  input: TicketIdInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationUpdateArticleArgs = {
  input: ArticleInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationUpdateTagArgs = {
  input: TagInput;
};


/** Writes to the helpdesks; every mutation needs a token with write access. Upstream cost: 4 for each mutation (the most calls a write takes, and the read of what it answers). */
export type MutationUpdateTicketArgs = {
  input: UpdateTicketInput;
};

export type MutationError = CapabilityError | ConflictError | NotFoundError | UpstreamError | ValidationError;

/** Every mutation answers one: on success `errors` is empty and the changed record is set. */
export type MutationPayload = {
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** The record to change does not exist (any more). */
export type NotFoundError = {
  __typename?: 'NotFoundError';
  message: Scalars['String']['output'];
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
  /** One connection's ticket fields (Zendesk), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it. */
  ticketFields?: Maybe<TicketFieldConnection>;
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
export type QueryTicketFieldsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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

/** A reply the requester sees. */
export type ReplyToTicketInput = {
  body: Scalars['String']['input'];
  bodyFormat?: InputMaybe<BodyFormat>;
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type ReplyToTicketPayload = MutationPayload & {
  __typename?: 'ReplyToTicketPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  message?: Maybe<Message>;
  /** The ticket after the message (read again from its helpdesk). */
  ticket?: Maybe<Ticket>;
};

export type RequesterInput = {
  email: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Live updates, over Server-Sent Events (the graphql-sse protocol). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Changes to the tickets of a workspace (the token's only one when `workspaceId` is absent), or of one connection, as they happen. A workspace or connection the token cannot read is refused before the subscription starts. Each event is resolved with its own upstream budget and deadline; the cost of one event's selection is held to the token's `maxCost`. */
  ticketEvents?: Maybe<TicketEvent>;
};


/** Live updates, over Server-Sent Events (the graphql-sse protocol). */
export type SubscriptionTicketEventsArgs = {
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<TicketEventFilter>;
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

/** createTag needs `name`; updateTag changes the fields given of the tag `externalId`. */
export type TagInput = {
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** `#rrggbb`. */
  color?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  /** The tag to change (updateTag). */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type TagPayload = MutationPayload & {
  __typename?: 'TagPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  tag?: Maybe<Tag>;
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

/** One change to one ticket, from a helpdesk webhook or from polling. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  connectionId?: Maybe<Scalars['String']['output']>;
  /** When the change happened upstream. */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The ticket as it is after the change, resolving like any other Ticket; null once deleted. Upstream cost: 1 (usually 0: the event carries the ticket when its source read it). */
  ticket?: Maybe<Ticket>;
  /** The ticket's global id (the `id` of `ticket`), also for a deleted ticket. */
  ticketId?: Maybe<Scalars['ID']['output']>;
  type?: Maybe<TicketEventType>;
};

export type TicketEventFilter = {
  /** Only events of these types; every type when absent or empty. */
  types?: InputMaybe<Array<TicketEventType>>;
};

/** What happened to the ticket. Polled connections report CREATED and UPDATED only (see the README). */
export type TicketEventType =
  | 'ASSIGNED'
  | 'CREATED'
  | 'DELETED'
  | 'MESSAGE_ADDED'
  | 'UPDATED';

/** A field tickets carry: Zendesk's system and custom ticket fields. */
export type TicketField = Node & {
  __typename?: 'TicketField';
  active?: Maybe<Scalars['Boolean']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The upstream's own id (`Ticket.customFields` keys name it). */
  externalId?: Maybe<Scalars['String']['output']>;
  helpdesk?: Maybe<Helpdesk>;
  id: Scalars['ID']['output'];
  options?: Maybe<Array<TicketFieldOption>>;
  raw?: Maybe<Scalars['JSON']['output']>;
  /** Whether agents must fill it in to solve a ticket. */
  required?: Maybe<Scalars['Boolean']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** The upstream's word for its type (`text`, `tagger`, `multiselect`, `checkbox`…). */
  type?: Maybe<Scalars['String']['output']>;
};

export type TicketFieldConnection = {
  __typename?: 'TicketFieldConnection';
  edges: Array<TicketFieldEdge>;
  pageInfo: PageInfo;
  /** Total matching records when every upstream behind the list reports one; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type TicketFieldEdge = {
  __typename?: 'TicketFieldEdge';
  cursor: Scalars['String']['output'];
  node: TicketField;
};

/** One choice of a drop-down or multi-select field. */
export type TicketFieldOption = {
  __typename?: 'TicketFieldOption';
  /** What agents see. */
  name?: Maybe<Scalars['String']['output']>;
  /** What the ticket stores (`Ticket.customFields` values and tags). */
  value?: Maybe<Scalars['String']['output']>;
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

export type TicketIdInput = {
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The Ticket id. */
  id: Scalars['ID']['input'];
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
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

/** Only the fields given change; null clears phone or company. */
export type UpdateContactInput = {
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  /** Which of its records (a contact may live in several helpdesks). */
  connectionId: Scalars['ID']['input'];
  /** The Contact. */
  contactId: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactPayload = MutationPayload & {
  __typename?: 'UpdateContactPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The contact, as it is after the write. */
  contact?: Maybe<Contact>;
  errors: Array<MutationError>;
};

/** Only the fields given change. `assigneeId: null` unassigns (this is also how to assign). */
export type UpdateTicketInput = {
  /** An Agent of the same connection, or null to unassign. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Echoed back in the payload. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Sets these fields; others keep their value. */
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  /** The Ticket id. */
  id: Scalars['ID']['input'];
  /** Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The ticket’s updatedAt as you last read it: if someone changed it since, nothing is written and the answer is a ConflictError (Zendesk safe_update). Only where capabilities.conditionalUpdate. */
  ifUpdatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  priority?: InputMaybe<TicketPriority>;
  status?: InputMaybe<TicketStatus>;
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTicketPayload = MutationPayload & {
  __typename?: 'UpdateTicketPayload';
  /** Echoes the input’s clientMutationId. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  errors: Array<MutationError>;
  /** The ticket as it is after the write. */
  ticket?: Maybe<Ticket>;
};

/** The upstream failed or did not answer. The write may or may not have happened: retry with the same idempotencyKey to be safe. */
export type UpstreamError = {
  __typename?: 'UpstreamError';
  /** UPSTREAM_RATE_LIMITED, UPSTREAM_TIMEOUT, UPSTREAM_UNAVAILABLE or UPSTREAM_BAD_RESPONSE. */
  code: Scalars['String']['output'];
  connectionId?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  upstreamStatus?: Maybe<Scalars['Int']['output']>;
};

/** A list besides tickets and contacts that a connection may have (`Query.agents`…). */
export type UpstreamList =
  | 'AGENTS'
  | 'ORGANIZATIONS'
  | 'TAGS'
  | 'TEAMS'
  | 'TICKET_FIELDS';

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

/** The input was refused, by the gateway before any upstream call or by the upstream. */
export type ValidationError = {
  __typename?: 'ValidationError';
  fields: Array<FieldProblem>;
  message: Scalars['String']['output'];
};

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

type MutationErrors_AddInternalNotePayload_Fragment = { __typename?: 'AddInternalNotePayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_ArticlePayload_Fragment = { __typename?: 'ArticlePayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_CatalogDeletionPayload_Fragment = { __typename?: 'CatalogDeletionPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_CloseTicketPayload_Fragment = { __typename?: 'CloseTicketPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_CreateContactPayload_Fragment = { __typename?: 'CreateContactPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_CreateTicketPayload_Fragment = { __typename?: 'CreateTicketPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_DeleteContactPayload_Fragment = { __typename?: 'DeleteContactPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_DeleteTicketPayload_Fragment = { __typename?: 'DeleteTicketPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_ReplyToTicketPayload_Fragment = { __typename?: 'ReplyToTicketPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_TagPayload_Fragment = { __typename?: 'TagPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_UpdateContactPayload_Fragment = { __typename?: 'UpdateContactPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

type MutationErrors_UpdateTicketPayload_Fragment = { __typename?: 'UpdateTicketPayload', clientMutationId?: string | null, errors: Array<
    | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
    | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
  > };

export type MutationErrorsFragment =
  | MutationErrors_AddInternalNotePayload_Fragment
  | MutationErrors_ArticlePayload_Fragment
  | MutationErrors_CatalogDeletionPayload_Fragment
  | MutationErrors_CloseTicketPayload_Fragment
  | MutationErrors_CreateContactPayload_Fragment
  | MutationErrors_CreateTicketPayload_Fragment
  | MutationErrors_DeleteContactPayload_Fragment
  | MutationErrors_DeleteTicketPayload_Fragment
  | MutationErrors_ReplyToTicketPayload_Fragment
  | MutationErrors_TagPayload_Fragment
  | MutationErrors_UpdateContactPayload_Fragment
  | MutationErrors_UpdateTicketPayload_Fragment
;

export type ReplyAndCloseMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReplyAndCloseMutation = { __typename?: 'Mutation', replyToTicket?: { __typename?: 'ReplyToTicketPayload', clientMutationId?: string | null, message?: { __typename?: 'Message', id: string, type?: MessageType | null, bodyText?: string | null } | null, errors: Array<
      | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
      | { __typename: 'ConflictError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
      | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
    > } | null, closeTicket?: { __typename?: 'CloseTicketPayload', clientMutationId?: string | null, ticket?: { __typename?: 'Ticket', id: string, status?: TicketStatus | null } | null, errors: Array<
      | { __typename: 'CapabilityError', message: string, connectionId?: string | null }
      | { __typename: 'ConflictError', message: string }
      | { __typename: 'NotFoundError', message: string }
      | { __typename: 'UpstreamError', message: string, code: string, connectionId?: string | null }
      | { __typename: 'ValidationError', message: string, fields: Array<{ __typename?: 'FieldProblem', path: Array<string>, message: string }> }
    > } | null };

export const MutationErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}}]}}]}}]} as unknown as DocumentNode<MutationErrorsFragment, unknown>;
export const TicketsWithRequestersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsWithRequesters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rawStatus"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TicketsWithRequestersQuery, TicketsWithRequestersQueryVariables>;
export const ContactHelpdeskTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactHelpdeskTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"helpdesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"helpdeskTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalTicketId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactHelpdeskTicketsQuery, ContactHelpdeskTicketsQueryVariables>;
export const ReplyAndCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyAndClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"bodyText"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientMutationId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyAndCloseMutation, ReplyAndCloseMutationVariables>;