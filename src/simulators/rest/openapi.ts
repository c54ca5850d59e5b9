import {
  REST_ARTICLE_STATUSES,
  REST_CHANNELS,
  REST_CONVERSATION_TYPES,
  REST_PRIORITIES,
  REST_STATUSES,
} from './dataset.js';
import { BASE_PATH, DEFAULT_LIMIT, MAX_LIMIT } from './routes.js';

/**
 * The OpenAPI 3 document the REST simulator serves at `/openapi.json`, as the seed says the service
 * does. It describes exactly what `routes.ts` implements, so a test can check every request a connector
 * sends, and every response the simulator gives, against it.
 */

type Schema = Record<string, unknown>;
type Operation = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const string = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const timestamp: Schema = { type: 'string', format: 'date-time' };
const nullableString: Schema = { type: 'string', nullable: true };
const enumOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
const object = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: [...required],
  properties,
});
const anyObject: Schema = { type: 'object', additionalProperties: true };

const query = (name: string, schema: Schema, description: string): Schema => ({ name, in: 'query', required: false, schema, description });
const idParam: Schema = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const pagingParams = (sortable: readonly string[], defaultDir: 'asc' | 'desc'): Schema[] => [
  query('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }, `Items per page (max ${MAX_LIMIT}).`),
  query(
    'cursor',
    timestamp,
    'Cursor for pagination: an ISO timestamp, the `order_by` value of the last item of the previous page (`meta.next_cursor`). ' +
      'The page holds the items strictly beyond it in the `order_dir` direction.',
  ),
  query('order_by', { ...enumOf(sortable), default: 'created_at' }, 'Sort field.'),
  query('order_dir', { ...enumOf(['asc', 'desc']), default: defaultDir }, 'Sort direction.'),
];

const errorResponse = (name: string): Schema => ({ $ref: `#/components/responses/${name}` });
const readErrors = { '400': errorResponse('BadRequest'), '401': errorResponse('Unauthorized'), '429': errorResponse('TooManyRequests'), '500': errorResponse('InternalServerError') };
const writeErrors = { ...readErrors, '403': errorResponse('Forbidden') };

const json = (schema: Schema): Schema => ({ content: { 'application/json': { schema } } });
const listOf = (item: string): Schema => json(object({ data: { type: 'array', items: ref(item) }, meta: ref('ListMeta') }));
const one = (item: string): Schema => json(object({ data: ref(item) }));

interface Resource {
  tag: string;
  name: string;
  item: string;
  listParams: Schema[];
  create?: string;
  update?: string;
  remove?: boolean;
}

const operations = (resource: Resource): Record<string, Record<string, unknown>> => {
  const collection: Record<string, Operation> = {
    get: {
      tags: [resource.tag],
      operationId: `list${resource.name}s`,
      summary: `List ${resource.tag.toLowerCase()}`,
      parameters: resource.listParams,
      responses: { '200': { description: 'A page', ...listOf(resource.item) }, ...readErrors },
    },
  };
  if (resource.create) {
    collection['post'] = {
      tags: [resource.tag],
      operationId: `create${resource.name}`,
      requestBody: { required: true, ...json(ref(resource.create)) },
      responses: { '201': { description: 'Created', ...one(resource.item) }, ...writeErrors, '404': errorResponse('NotFound') },
    };
  }
  const item: Record<string, Operation> = {
    get: {
      tags: [resource.tag],
      operationId: `get${resource.name}`,
      responses: { '200': { description: 'The record', ...one(resource.item) }, ...readErrors, '404': errorResponse('NotFound') },
    },
  };
  if (resource.update) {
    item['patch'] = {
      tags: [resource.tag],
      operationId: `update${resource.name}`,
      requestBody: { required: true, ...json(ref(resource.update)) },
      responses: { '200': { description: 'Updated', ...one(resource.item) }, ...writeErrors, '404': errorResponse('NotFound') },
    };
  }
  if (resource.remove) {
    item['delete'] = {
      tags: [resource.tag],
      operationId: `delete${resource.name}`,
      responses: { '204': { description: 'Deleted' }, ...writeErrors, '404': errorResponse('NotFound') },
    };
  }
  const plural = `/${resource.tag.toLowerCase()}`;
  return { [plural]: collection, [`${plural}/{id}`]: { parameters: [idParam], ...item } };
};

const ERROR_CODES = ['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'TOO_MANY_REQUESTS', 'INTERNAL_SERVER_ERROR'];
const errorBody = (description: string, headers?: Schema): Schema => ({
  description,
  ...(headers ? { headers } : {}),
  ...json(ref('Error')),
});

export const restOpenApi: Readonly<Record<string, unknown>> = {
  openapi: '3.0.3',
  info: {
    title: 'REST helpdesk API (deskgraph simulator)',
    version: '1.0.0',
    description:
      'The REST API Reference helpdesk (seed 003) as the deskgraph simulator implements it. Lists are keyset-paginated on a ' +
      'timestamp: `cursor` is the `order_by` value of the last item returned and `meta.next_cursor` is null on the last page. ' +
      'Timestamps are unique per sort field within a collection, so cursors are exact. `meta.total` counts every item ' +
      'matching the filters. Rate limits answer 429 TOO_MANY_REQUESTS with a Retry-After header (seconds).',
  },
  servers: [{ url: BASE_PATH }],
  security: [{ bearerAuth: [] }],
  paths: {
    ...operations({
      tag: 'Tickets',
      name: 'Ticket',
      item: 'Ticket',
      create: 'TicketCreate',
      update: 'TicketUpdate',
      remove: true,
      listParams: [
        query('status', string(`One status or a comma-separated list of: ${REST_STATUSES.join(', ')}.`), 'Filter by status.'),
        query('priority', string(`One priority or a comma-separated list of: ${REST_PRIORITIES.join(', ')}.`), 'Filter by priority.'),
        query('assignee_id', string(), 'Filter by assignee.'),
        query('customer_id', string(), 'Filter by customer.'),
        query('unassigned', { type: 'boolean' }, 'true: only unassigned tickets; false: only assigned ones.'),
        query('tags', string(), 'Comma-separated tag list; a ticket matches when it carries every tag listed.'),
        query('search', string(), 'Case-insensitive substring of the subject or the summary.'),
        ...pagingParams(['created_at', 'updated_at'], 'desc'),
      ],
    }),
    ...operations({
      tag: 'Conversations',
      name: 'Conversation',
      item: 'Conversation',
      create: 'ConversationCreate',
      listParams: [
        query('ticket_id', string(), 'Filter by ticket ID.'),
        query('type', enumOf(REST_CONVERSATION_TYPES), 'Filter by type.'),
        query('internal', { type: 'boolean' }, 'Filter internal notes.'),
        ...pagingParams(['created_at'], 'asc'),
      ],
    }),
    ...operations({
      tag: 'Customers',
      name: 'Customer',
      item: 'Customer',
      create: 'CustomerCreate',
      update: 'CustomerUpdate',
      remove: true,
      listParams: [
        query('email', string(), 'Filter by email (case-insensitive, exact).'),
        query('search', string(), 'Case-insensitive substring of the name or the email.'),
        query('phone', string(), 'Filter by phone (exact).'),
        ...pagingParams(['created_at', 'updated_at'], 'desc'),
      ],
    }),
    ...operations({ tag: 'Users', name: 'User', item: 'User', listParams: pagingParams(['created_at'], 'asc') }),
    ...operations({
      tag: 'Tags',
      name: 'Tag',
      item: 'Tag',
      create: 'TagCreate',
      update: 'TagUpdate',
      remove: true,
      listParams: pagingParams(['created_at'], 'asc'),
    }),
    ...operations({
      tag: 'Articles',
      name: 'Article',
      item: 'Article',
      create: 'ArticleCreate',
      update: 'ArticleUpdate',
      remove: true,
      listParams: [
        query('collection_id', string(), 'Filter by collection.'),
        query('status', enumOf(REST_ARTICLE_STATUSES), 'Filter by status.'),
        query('search', string(), 'Case-insensitive substring of the title or the body.'),
        ...pagingParams(['created_at', 'updated_at'], 'desc'),
      ],
    }),
  },
  components: {
    securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer YOUR_API_KEY' } },
    responses: {
      BadRequest: errorBody('Invalid request data (BAD_REQUEST)'),
      Unauthorized: errorBody('Invalid or missing API key (UNAUTHORIZED)'),
      Forbidden: errorBody('Insufficient permissions: a read-only key tried to write (FORBIDDEN)'),
      NotFound: errorBody('Resource not found (NOT_FOUND)'),
      TooManyRequests: errorBody('Too many requests (TOO_MANY_REQUESTS)', {
        'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 0 } },
      }),
      InternalServerError: errorBody('Internal error (INTERNAL_SERVER_ERROR)'),
    },
    schemas: {
      ListMeta: object({ limit: { type: 'integer' }, total: { type: 'integer', minimum: 0 }, next_cursor: { ...timestamp, nullable: true } }),
      Error: object({ error: object({ code: enumOf(ERROR_CODES), message: string(), details: anyObject }) }),
      Ticket: object({
        id: string(),
        subject: string(),
        description: string(),
        summary: string(),
        status: enumOf(REST_STATUSES),
        priority: enumOf(REST_PRIORITIES),
        channel: enumOf(REST_CHANNELS),
        customer: object({ id: string(), email: string() }),
        assignee: { ...object({ id: string(), name: string(), email: string() }), nullable: true },
        tags: { type: 'array', items: string() },
        custom_fields: anyObject,
        created_at: timestamp,
        updated_at: timestamp,
      }),
      TicketCreate: object(
        {
          subject: string(),
          description: string(),
          summary: string(),
          customer_email: { type: 'string', format: 'email', description: 'The customer is found by email, or created.' },
          priority: enumOf(REST_PRIORITIES),
          status: enumOf(REST_STATUSES),
          channel: enumOf(REST_CHANNELS),
          assignee_id: nullableString,
          tags: { type: 'array', items: string() },
          custom_fields: anyObject,
        },
        ['subject', 'customer_email'],
      ),
      TicketUpdate: object(
        {
          subject: string(),
          description: string(),
          summary: string(),
          status: enumOf(REST_STATUSES),
          priority: enumOf(REST_PRIORITIES),
          assignee_id: { ...nullableString, description: 'null unassigns' },
          tags: { type: 'array', items: string(), description: 'Replaces the tags' },
          custom_fields: anyObject,
        },
        [],
      ),
      Conversation: object({
        id: string(),
        ticket_id: string(),
        type: enumOf(REST_CONVERSATION_TYPES),
        internal: { type: 'boolean' },
        content_text: string(),
        author: {
          ...object({ type: enumOf(['user', 'customer']), id: string(), name: nullableString, email: nullableString }),
          nullable: true,
          description: 'null for system entries',
        },
        created_at: timestamp,
      }),
      ConversationCreate: object(
        {
          ticket_id: string(),
          content: string(),
          type: { ...enumOf(REST_CONVERSATION_TYPES), default: 'reply' },
          internal: { type: 'boolean', description: 'Defaults to true for notes, false otherwise' },
        },
        ['ticket_id', 'content'],
      ),
      Customer: object({
        id: string(),
        email: string(),
        name: string(),
        phone: nullableString,
        company: nullableString,
        custom_fields: anyObject,
        ticket_count: { type: 'integer', minimum: 0 },
        created_at: timestamp,
        updated_at: timestamp,
      }),
      CustomerCreate: object(
        { email: { type: 'string', format: 'email' }, name: string(), phone: nullableString, company: nullableString, custom_fields: anyObject },
        ['email'],
      ),
      CustomerUpdate: object(
        { email: { type: 'string', format: 'email' }, name: string(), phone: nullableString, company: nullableString, custom_fields: anyObject },
        [],
      ),
      User: object({
        id: string(),
        name: string(),
        email: string(),
        role: enumOf(['admin', 'agent']),
        avatar_url: nullableString,
        created_at: timestamp,
      }),
      Tag: object({ id: string(), name: string(), color: string(), created_at: timestamp }),
      TagCreate: object({ name: string(), color: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' } }, ['name']),
      TagUpdate: object({ name: string(), color: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' } }, []),
      Article: object({
        id: string(),
        title: string(),
        body: string('Markdown'),
        collection_id: string(),
        status: enumOf(REST_ARTICLE_STATUSES),
        created_at: timestamp,
        updated_at: timestamp,
      }),
      ArticleCreate: object(
        { title: string(), body: string('Markdown'), collection_id: string(), status: { ...enumOf(REST_ARTICLE_STATUSES), default: 'draft' } },
        ['title', 'body', 'collection_id'],
      ),
      ArticleUpdate: object(
        { title: string(), body: string('Markdown'), collection_id: string(), status: enumOf(REST_ARTICLE_STATUSES) },
        [],
      ),
    },
  },
};
