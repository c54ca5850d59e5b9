import { z } from 'zod';
import { issueFields } from '../validation.js';
import { bearerToken, type SimRequest, type SimResponse, type SimRoute } from '../sim-server.js';
import {
  REST_ARTICLE_STATUSES,
  REST_CHANNELS,
  REST_CONVERSATION_TYPES,
  REST_PRIORITIES,
  REST_STATUSES,
  type RestDataset,
  type StoredArticle,
  type StoredConversation,
  type StoredCustomer,
  type StoredTag,
  type StoredTicket,
} from './dataset.js';

/** The seed's error codes by HTTP status; statuses it does not name fall back by class. */
const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
};

export const restError = (status: number, message: string, details: Record<string, unknown> = {}): SimResponse => ({
  status,
  body: { error: { code: ERROR_CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'), message, details } },
});

/** Thrown by handlers; the route wrapper turns it into the error envelope. */
class RestFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface RestState {
  data: RestDataset;
  /** The last timestamp handed to a write, so that writes in one millisecond still get unique stamps. */
  lastWriteMs: number;
}

export interface RestKeys {
  readWrite: readonly string[];
  readOnly: readonly string[];
}

/** The user an API key acts as when it writes conversations. */
const API_KEY_USER = 'user_1';

// ---------------------------------------------------------------- list parameters and keyset paging

type SortField = 'created_at' | 'updated_at';
interface ListOptions {
  sortable: readonly SortField[];
  defaultDir: 'asc' | 'desc';
}
interface ListParams {
  limit: number;
  cursorMs: number | undefined;
  orderBy: SortField;
  orderDir: 'asc' | 'desc';
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;

const listParams = (query: URLSearchParams, options: ListOptions): ListParams => {
  const rawLimit = query.get('limit');
  const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new RestFailure(400, `limit must be an integer from 1 to ${MAX_LIMIT}`, { limit: rawLimit });
  }
  const cursor = query.get('cursor');
  let cursorMs: number | undefined;
  if (cursor !== null && cursor !== '') {
    cursorMs = Date.parse(cursor);
    if (!ISO_TIMESTAMP.test(cursor) || Number.isNaN(cursorMs)) {
      throw new RestFailure(400, 'cursor must be an ISO 8601 timestamp', { cursor });
    }
  }
  const orderBy = query.get('order_by') ?? 'created_at';
  if (!(options.sortable as readonly string[]).includes(orderBy)) {
    throw new RestFailure(400, `order_by must be one of ${options.sortable.join(', ')}`, { order_by: orderBy });
  }
  const orderDir = query.get('order_dir') ?? options.defaultDir;
  if (orderDir !== 'asc' && orderDir !== 'desc') {
    throw new RestFailure(400, 'order_dir must be asc or desc', { order_dir: orderDir });
  }
  return { limit, cursorMs, orderBy: orderBy as SortField, orderDir };
};

/**
 * Keyset paging on a timestamp: sorted by `order_by`, the page holds the items strictly beyond the
 * cursor in the sort direction, and `next_cursor` is the sort value of its last item (null on the last page).
 */
const paginate = <T extends { id: string; created_at: string; updated_at?: string }>(
  items: readonly T[],
  params: ListParams,
  render: (item: T) => unknown,
): SimResponse => {
  // Resources without updated_at only allow order_by=created_at (see listParams).
  const sortValue = (item: T): string => item[params.orderBy] ?? item.created_at;
  const sign = params.orderDir === 'asc' ? 1 : -1;
  const keyed = items
    .map((item) => ({ item, at: Date.parse(sortValue(item)) }))
    .sort((a, b) => sign * (a.at - b.at) || sign * a.item.id.localeCompare(b.item.id));
  const cursor = params.cursorMs;
  const beyond = cursor === undefined ? keyed : keyed.filter(({ at }) => sign * (at - cursor) > 0);
  const page = beyond.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    status: 200,
    body: {
      data: page.map(({ item }) => render(item)),
      meta: {
        limit: params.limit,
        total: items.length,
        next_cursor: beyond.length > params.limit && last ? sortValue(last.item) : null,
      },
    },
  };
};

const booleanParam = (query: URLSearchParams, name: string): boolean | undefined => {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new RestFailure(400, `${name} must be true or false`, { [name]: value });
};

/** A comma-separated list parameter (tags; status and priority accept one value or a list too). */
const listParam = (query: URLSearchParams, name: string): string[] | undefined => {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
};

const contains = (haystack: string | null, needle: string): boolean => (haystack ?? '').toLowerCase().includes(needle);

// ---------------------------------------------------------------- bodies

const parseBody = <T>(schema: z.ZodType<T>, body: unknown): T => {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  throw new RestFailure(400, 'Invalid request data', { fields: issueFields(parsed.error) });
};

const customFields = z.record(z.string(), z.unknown());
const ticketCreateSchema = z.strictObject({
  subject: z.string().min(1),
  description: z.string().optional(),
  summary: z.string().optional(),
  customer_email: z.email(),
  priority: z.enum(REST_PRIORITIES).optional(),
  status: z.enum(REST_STATUSES).optional(),
  channel: z.enum(REST_CHANNELS).optional(),
  assignee_id: z.string().nullable().optional(),
  tags: z.array(z.string().min(1)).optional(),
  custom_fields: customFields.optional(),
});
const ticketUpdateSchema = z.strictObject({
  subject: z.string().min(1).optional(),
  description: z.string().optional(),
  summary: z.string().optional(),
  status: z.enum(REST_STATUSES).optional(),
  priority: z.enum(REST_PRIORITIES).optional(),
  assignee_id: z.string().nullable().optional(),
  tags: z.array(z.string().min(1)).optional(),
  custom_fields: customFields.optional(),
});
const conversationCreateSchema = z.strictObject({
  ticket_id: z.string().min(1),
  content: z.string().min(1),
  type: z.enum(REST_CONVERSATION_TYPES).default('reply'),
  internal: z.boolean().optional(),
});
const customerCreateSchema = z.strictObject({
  email: z.email(),
  name: z.string().min(1).optional(),
  phone: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  custom_fields: customFields.optional(),
});
const customerUpdateSchema = customerCreateSchema.partial();
const tagCreateSchema = z.strictObject({ name: z.string().min(1), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() });
const tagUpdateSchema = tagCreateSchema.partial();
const articleCreateSchema = z.strictObject({
  title: z.string().min(1),
  body: z.string(),
  collection_id: z.string().min(1),
  status: z.enum(REST_ARTICLE_STATUSES).default('draft'),
});
const articleUpdateSchema = z.strictObject({
  title: z.string().min(1).optional(),
  body: z.string().optional(),
  collection_id: z.string().min(1).optional(),
  status: z.enum(REST_ARTICLE_STATUSES).optional(),
});

// ---------------------------------------------------------------- routes

export const BASE_PATH = '/api/v1';

export const restRoutes = (state: RestState, keys: RestKeys): SimRoute[] => {
  const db = (): RestDataset => state.data;

  /** A timestamp after every stored one and unique among writes. */
  const now = (): string => {
    state.lastWriteMs = Math.max(Date.now(), state.lastWriteMs + 1);
    return new Date(state.lastWriteMs).toISOString();
  };
  const nextId = (prefix: keyof RestDataset['sequences']): string => `${prefix}_${db().sequences[prefix]++}`;

  const found = <T>(map: Map<string, T>, id: string | undefined, what: string): T => {
    const record = id === undefined ? undefined : map.get(id);
    if (!record) throw new RestFailure(404, `${what} not found`, { id });
    return record;
  };
  const checkAssignee = (id: string | null | undefined): void => {
    if (id && !db().users.has(id)) throw new RestFailure(400, 'assignee_id does not name a user', { assignee_id: id });
  };

  const renderTicket = (ticket: StoredTicket): unknown => {
    const customer = db().customers.get(ticket.customer_id);
    const assignee = ticket.assignee_id === null ? undefined : db().users.get(ticket.assignee_id);
    return {
      id: ticket.id,
      subject: ticket.subject,
      description: ticket.description,
      summary: ticket.summary,
      status: ticket.status,
      priority: ticket.priority,
      channel: ticket.channel,
      customer: { id: ticket.customer_id, email: customer?.email ?? ticket.customer_email },
      assignee: assignee ? { id: assignee.id, name: assignee.name, email: assignee.email } : null,
      tags: [...ticket.tags],
      custom_fields: { ...ticket.custom_fields },
      created_at: ticket.created_at,
      updated_at: ticket.updated_at,
    };
  };
  const renderConversation = (conversation: StoredConversation): unknown => {
    const person =
      conversation.author_id === null
        ? undefined
        : conversation.author_type === 'user'
          ? db().users.get(conversation.author_id)
          : db().customers.get(conversation.author_id);
    return {
      id: conversation.id,
      ticket_id: conversation.ticket_id,
      type: conversation.type,
      internal: conversation.internal,
      content_text: conversation.content_text,
      author:
        conversation.author_type === 'system' || conversation.author_id === null
          ? null
          : { type: conversation.author_type, id: conversation.author_id, name: person?.name ?? null, email: person?.email ?? null },
      created_at: conversation.created_at,
    };
  };
  const renderCustomer = (customer: StoredCustomer): unknown => ({
    ...customer,
    custom_fields: { ...customer.custom_fields },
    ticket_count: [...db().tickets.values()].filter((ticket) => ticket.customer_id === customer.id).length,
  });
  const renderPlain = <T extends object>(record: T): unknown => ({ ...record });

  const customerByEmail = (email: string): StoredCustomer | undefined =>
    [...db().customers.values()].find((customer) => customer.email.toLowerCase() === email.toLowerCase());

  const listTickets = (request: SimRequest): SimResponse => {
    const { query } = request;
    const params = listParams(query, { sortable: ['created_at', 'updated_at'], defaultDir: 'desc' });
    const statuses = listParam(query, 'status');
    const priorities = listParam(query, 'priority');
    const tags = listParam(query, 'tags');
    const assigneeId = query.get('assignee_id');
    const customerId = query.get('customer_id');
    const unassigned = booleanParam(query, 'unassigned');
    const search = query.get('search')?.toLowerCase();
    const matching = [...db().tickets.values()].filter(
      (ticket) =>
        (!statuses || statuses.includes(ticket.status)) &&
        (!priorities || priorities.includes(ticket.priority)) &&
        (!tags || tags.every((tag) => ticket.tags.includes(tag))) &&
        (assigneeId === null || ticket.assignee_id === assigneeId) &&
        (customerId === null || ticket.customer_id === customerId) &&
        (unassigned === undefined || (ticket.assignee_id === null) === unassigned) &&
        (!search || contains(ticket.subject, search) || contains(ticket.summary, search)),
    );
    return paginate(matching, params, renderTicket);
  };

  const createTicket = (request: SimRequest): SimResponse => {
    const body = parseBody(ticketCreateSchema, request.body);
    checkAssignee(body.assignee_id);
    const stamp = now();
    let customer = customerByEmail(body.customer_email);
    if (!customer) {
      customer = {
        id: nextId('cust'),
        email: body.customer_email,
        name: body.customer_email.split('@')[0] ?? body.customer_email,
        phone: null,
        company: null,
        custom_fields: {},
        created_at: stamp,
        updated_at: stamp,
      };
      db().customers.set(customer.id, customer);
    }
    const ticket: StoredTicket = {
      id: nextId('tkt'),
      subject: body.subject,
      description: body.description ?? '',
      summary: body.summary ?? body.subject,
      status: body.status ?? 'new',
      priority: body.priority ?? 'medium',
      channel: body.channel ?? 'web',
      customer_id: customer.id,
      customer_email: customer.email,
      assignee_id: body.assignee_id ?? null,
      tags: body.tags ?? [],
      custom_fields: body.custom_fields ?? {},
      created_at: stamp,
      updated_at: stamp,
    };
    db().tickets.set(ticket.id, ticket);
    return { status: 201, body: { data: renderTicket(ticket) } };
  };

  const updateTicket = (request: SimRequest): SimResponse => {
    const ticket = found(db().tickets, request.params['id'], 'Ticket');
    const body = parseBody(ticketUpdateSchema, request.body);
    checkAssignee(body.assignee_id);
    const { assignee_id: assigneeId, ...rest } = body;
    Object.assign(ticket, Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)));
    if (assigneeId !== undefined) ticket.assignee_id = assigneeId;
    ticket.updated_at = now();
    return { status: 200, body: { data: renderTicket(ticket) } };
  };

  const deleteTicket = (request: SimRequest): SimResponse => {
    const ticket = found(db().tickets, request.params['id'], 'Ticket');
    db().tickets.delete(ticket.id);
    for (const [id, conversation] of db().conversations) if (conversation.ticket_id === ticket.id) db().conversations.delete(id);
    return { status: 204 };
  };

  const listConversations = (request: SimRequest): SimResponse => {
    const { query } = request;
    const params = listParams(query, { sortable: ['created_at'], defaultDir: 'asc' });
    const ticketId = query.get('ticket_id');
    const type = query.get('type');
    const internal = booleanParam(query, 'internal');
    const matching = [...db().conversations.values()].filter(
      (conversation) =>
        (ticketId === null || conversation.ticket_id === ticketId) &&
        (type === null || conversation.type === type) &&
        (internal === undefined || conversation.internal === internal),
    );
    return paginate(matching, params, renderConversation);
  };

  const createConversation = (request: SimRequest): SimResponse => {
    const body = parseBody(conversationCreateSchema, request.body);
    const ticket = found(db().tickets, body.ticket_id, 'Ticket');
    const stamp = now();
    const conversation: StoredConversation = {
      id: nextId('conv'),
      ticket_id: ticket.id,
      type: body.type,
      internal: body.internal ?? body.type === 'note',
      content_text: body.content,
      author_type: body.type === 'system' ? 'system' : 'user',
      author_id: body.type === 'system' ? null : API_KEY_USER,
      created_at: stamp,
    };
    db().conversations.set(conversation.id, conversation);
    ticket.updated_at = stamp;
    return { status: 201, body: { data: renderConversation(conversation) } };
  };

  const listCustomers = (request: SimRequest): SimResponse => {
    const { query } = request;
    const params = listParams(query, { sortable: ['created_at', 'updated_at'], defaultDir: 'desc' });
    const email = query.get('email')?.toLowerCase();
    const phone = query.get('phone');
    const search = query.get('search')?.toLowerCase();
    const matching = [...db().customers.values()].filter(
      (customer) =>
        (email === undefined || customer.email.toLowerCase() === email) &&
        (phone === null || customer.phone === phone) &&
        (!search || contains(customer.name, search) || contains(customer.email, search)),
    );
    return paginate(matching, params, renderCustomer);
  };

  const createCustomer = (request: SimRequest): SimResponse => {
    const body = parseBody(customerCreateSchema, request.body);
    if (customerByEmail(body.email)) throw new RestFailure(400, 'A customer with this email already exists', { email: body.email });
    const stamp = now();
    const customer: StoredCustomer = {
      id: nextId('cust'),
      email: body.email,
      name: body.name ?? body.email.split('@')[0] ?? body.email,
      phone: body.phone ?? null,
      company: body.company ?? null,
      custom_fields: body.custom_fields ?? {},
      created_at: stamp,
      updated_at: stamp,
    };
    db().customers.set(customer.id, customer);
    return { status: 201, body: { data: renderCustomer(customer) } };
  };

  const updateCustomer = (request: SimRequest): SimResponse => {
    const customer = found(db().customers, request.params['id'], 'Customer');
    const body = parseBody(customerUpdateSchema, request.body);
    const other = body.email === undefined ? undefined : customerByEmail(body.email);
    if (other && other.id !== customer.id) throw new RestFailure(400, 'A customer with this email already exists', { email: body.email });
    Object.assign(customer, Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
    customer.updated_at = now();
    return { status: 200, body: { data: renderCustomer(customer) } };
  };

  const listTags = (request: SimRequest): SimResponse =>
    paginate(
      [...db().tags.values()],
      listParams(request.query, { sortable: ['created_at'], defaultDir: 'asc' }),
      renderPlain,
    );

  const tagNamed = (name: string): StoredTag | undefined => [...db().tags.values()].find((tag) => tag.name === name);
  const createTag = (request: SimRequest): SimResponse => {
    const body = parseBody(tagCreateSchema, request.body);
    if (tagNamed(body.name)) throw new RestFailure(400, 'A tag with this name already exists', { name: body.name });
    const tag: StoredTag = { id: nextId('tag'), name: body.name, color: body.color ?? '#64748b', created_at: now() };
    db().tags.set(tag.id, tag);
    return { status: 201, body: { data: renderPlain(tag) } };
  };
  const updateTag = (request: SimRequest): SimResponse => {
    const tag = found(db().tags, request.params['id'], 'Tag');
    const body = parseBody(tagUpdateSchema, request.body);
    const other = body.name === undefined ? undefined : tagNamed(body.name);
    if (other && other.id !== tag.id) throw new RestFailure(400, 'A tag with this name already exists', { name: body.name });
    Object.assign(tag, Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
    return { status: 200, body: { data: renderPlain(tag) } };
  };

  const listArticles = (request: SimRequest): SimResponse => {
    const { query } = request;
    const params = listParams(query, { sortable: ['created_at', 'updated_at'], defaultDir: 'desc' });
    const collectionId = query.get('collection_id');
    const status = query.get('status');
    const search = query.get('search')?.toLowerCase();
    const matching = [...db().articles.values()].filter(
      (article) =>
        (collectionId === null || article.collection_id === collectionId) &&
        (status === null || article.status === status) &&
        (!search || contains(article.title, search) || contains(article.body, search)),
    );
    return paginate(matching, params, renderPlain);
  };
  const createArticle = (request: SimRequest): SimResponse => {
    const body = parseBody(articleCreateSchema, request.body);
    const stamp = now();
    const article: StoredArticle = { id: nextId('art'), ...body, created_at: stamp, updated_at: stamp };
    db().articles.set(article.id, article);
    return { status: 201, body: { data: renderPlain(article) } };
  };
  const updateArticle = (request: SimRequest): SimResponse => {
    const article = found(db().articles, request.params['id'], 'Article');
    const body = parseBody(articleUpdateSchema, request.body);
    Object.assign(article, Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)));
    article.updated_at = now();
    return { status: 200, body: { data: renderPlain(article) } };
  };

  const getOne =
    <T>(map: () => Map<string, T>, what: string, render: (record: T) => unknown) =>
    (request: SimRequest): SimResponse => ({ status: 200, body: { data: render(found(map(), request.params['id'], what)) } });
  const deleteOne =
    <T>(map: () => Map<string, T>, what: string) =>
    (request: SimRequest): SimResponse => {
      found(map(), request.params['id'], what);
      map().delete(request.params['id'] ?? '');
      return { status: 204 };
    };

  const canWrite = (request: SimRequest): boolean => keys.readWrite.includes(bearerToken(request) ?? '');
  const route = (method: string, path: string, handle: (request: SimRequest) => SimResponse): SimRoute => ({
    method,
    pattern: `${BASE_PATH}${path}`,
    handle(request) {
      try {
        if (method !== 'GET' && !canWrite(request)) throw new RestFailure(403, 'This API key may only read');
        return handle(request);
      } catch (error) {
        if (error instanceof RestFailure) return restError(error.status, error.message, error.details);
        throw error;
      }
    },
  });

  return [
    route('GET', '/tickets', listTickets),
    route('POST', '/tickets', createTicket),
    route('GET', '/tickets/:id', getOne(() => db().tickets, 'Ticket', renderTicket)),
    route('PATCH', '/tickets/:id', updateTicket),
    route('DELETE', '/tickets/:id', deleteTicket),
    route('GET', '/conversations', listConversations),
    route('POST', '/conversations', createConversation),
    route('GET', '/conversations/:id', getOne(() => db().conversations, 'Conversation', renderConversation)),
    route('GET', '/customers', listCustomers),
    route('POST', '/customers', createCustomer),
    route('GET', '/customers/:id', getOne(() => db().customers, 'Customer', renderCustomer)),
    route('PATCH', '/customers/:id', updateCustomer),
    route('DELETE', '/customers/:id', deleteOne(() => db().customers, 'Customer')),
    route('GET', '/users', (request) =>
      paginate(
        [...db().users.values()],
        listParams(request.query, { sortable: ['created_at'], defaultDir: 'asc' }),
        renderPlain,
      ),
    ),
    route('GET', '/users/:id', getOne(() => db().users, 'User', renderPlain)),
    route('GET', '/tags', listTags),
    route('POST', '/tags', createTag),
    route('GET', '/tags/:id', getOne(() => db().tags, 'Tag', renderPlain)),
    route('PATCH', '/tags/:id', updateTag),
    route('DELETE', '/tags/:id', deleteOne(() => db().tags, 'Tag')),
    route('GET', '/articles', listArticles),
    route('POST', '/articles', createArticle),
    route('GET', '/articles/:id', getOne(() => db().articles, 'Article', renderPlain)),
    route('PATCH', '/articles/:id', updateArticle),
    route('DELETE', '/articles/:id', deleteOne(() => db().articles, 'Article')),
  ];
};
