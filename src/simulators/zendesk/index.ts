import type { SimulatorKind } from '../registry.js';
import { startSimulator, type SimRequest, type SimResponse, type SimRoute, type SimulatorOptions, type SimulatorSpec, type RunningSimulator } from '../sim-server.js';
import { ZENDESK_GROUPS, ZENDESK_TICKET_FIELDS, buildZendeskDataset, type SimComment, type SimOrganization, type SimTicket, type SimUser, type ZendeskDataset } from './data.js';
import { zendeskJson } from './json.js';
import { paginate, PagingError, sortRecords, type PagingOptions } from './paginate.js';
import { parseSearchQuery, ticketMatches, userMatches } from './search.js';
import { zendeskWriteRoutes } from './writes.js';
import { sendZendeskTicketEvent, zendeskWebhookSender } from './webhooks.js';
import { newest, throughRoute, unsupportedEvent, type SimEvent } from '../webhooks.js';

/**
 * A local Zendesk Support API v2: the read endpoints deskgraph uses, with Zendesk's envelopes, cursor
 * and offset pagination, `include=users` sideloading, its error bodies and its 429s. Paths are the
 * OAS's (`/api/v2/...`); the base URL of a connection is the simulator's origin.
 */

export const ZENDESK_DEMO_CREDENTIALS = { email: 'demo@deskgraph.test', apiToken: 'zendesk-demo-api-token' } as const;
export const ZENDESK_DEMO_OAUTH_TOKEN = 'zendesk-demo-oauth-token';
/** Zendesk's per-minute budget on the Enterprise Plus plan. */
export const ZENDESK_RATE_LIMIT = { requests: 2500, windowMs: 60_000 };

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const ok = (body: unknown): SimResponse => ({ status: 200, headers: JSON_HEADERS, body: zendeskJson(body) });

/** `{error, description}`: Zendesk's usual error body. */
const failure = (status: number, error: string, description: string): SimResponse => ({ status, body: { error, description } });
const notFound = (): SimResponse => failure(404, 'RecordNotFound', 'Not found');

const TITLES: Record<number, string> = { 403: 'Forbidden', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
const CODES: Record<number, string> = { 400: 'InvalidValue', 404: 'RecordNotFound', 409: 'UpdateConflict', 422: 'RecordInvalid' };

const basic = (email: string, token: string): string => `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;

const includes = (request: SimRequest, name: string): boolean => (request.query.get('include') ?? '').split(',').includes(name);

const parseId = (raw: string | null | undefined): bigint | null => (raw && /^\d{1,20}$/.test(raw) ? BigInt(raw) : null);

const idList = (raw: string | null): bigint[] | SimResponse => {
  const parts = (raw ?? '').split(',').filter((part) => part !== '');
  if (parts.length === 0) return failure(400, 'InvalidValue', 'ids is required');
  if (parts.length > 100) return failure(400, 'InvalidValue', 'at most 100 ids are accepted');
  const ids = parts.map(parseId);
  return ids.some((id) => id === null) ? failure(400, 'InvalidValue', 'ids must be integers') : (ids as bigint[]);
};

export const createZendeskSimulatorSpec = (): SimulatorSpec => {
  const webhooks = zendeskWebhookSender();
  // Built by `reset`, which the server calls on start and on `/_sim/reset`.
  let data: ZendeskDataset = { users: [], organizations: [], tickets: [], comments: [] };
  let users = new Map<bigint, SimUser>();
  let tickets = new Map<bigint, SimTicket>();
  let comments = new Map<bigint, SimComment[]>();
  const index = (): void => {
    users = new Map(data.users.map((user) => [user.id, user]));
    tickets = new Map(data.tickets.map((ticket) => [ticket.id, ticket]));
    comments = new Map();
    for (const comment of data.comments) comments.set(comment.ticket_id, [...(comments.get(comment.ticket_id) ?? []), comment]);
  };

  const origin = (request: SimRequest): string => `http://${request.headers.host ?? '127.0.0.1'}`;

  const ticketJson = (request: SimRequest, ticket: SimTicket): Record<string, unknown> => ({
    url: `${origin(request)}/api/v2/tickets/${ticket.id}.json`,
    ...ticket,
    follower_ids: [],
    email_cc_ids: [],
    sharing_agreement_ids: [],
    followup_ids: [],
    fields: ticket.custom_fields,
    due_at: null,
    from_messaging_channel: ticket.via.channel === 'native_messaging',
    allow_channelback: false,
    allow_attachments: true,
  });

  const userJson = (request: SimRequest, user: SimUser): Record<string, unknown> => ({
    url: `${origin(request)}/api/v2/users/${user.id}.json`,
    ...user,
    time_zone: 'Eastern Time (US & Canada)',
    iana_time_zone: 'America/New_York',
    locale: 'en-US',
    locale_id: 1,
    tags: [],
  });

  const commentJson = ({ ticket_id: _ticketId, ...comment }: SimComment): Record<string, unknown> => comment;

  /** Users referred to by these tickets, as `include=users` sideloads them. */
  const ticketUsers = (request: SimRequest, list: readonly SimTicket[]): Record<string, unknown>[] => {
    const ids = new Set(list.flatMap((ticket) => [ticket.requester_id, ticket.submitter_id, ticket.assignee_id, ...ticket.collaborator_ids]));
    return [...ids].flatMap((id) => {
      const user = id === undefined ? undefined : users.get(id);
      return user ? [userJson(request, user)] : [];
    });
  };

  const guarded = (handle: (request: SimRequest) => SimResponse) => (request: SimRequest): SimResponse => {
    try {
      return handle(request);
    } catch (error) {
      if (error instanceof PagingError) return failure(error.status, error.error, error.message);
      throw error;
    }
  };

  /** `GET /tickets` and `GET /users/{id}/tickets/requested`: cursor (`sort`) or offset (`sort_by`, `sort_order`). */
  const ticketList = (request: SimRequest, list: readonly SimTicket[]): SimResponse => {
    const { query } = request;
    const cursor = ['page[size]', 'page[after]', 'page[before]'].some((key) => query.has(key));
    let field: 'id' | 'created_at' | 'updated_at';
    let descending: boolean;
    if (cursor) {
      const sort = query.get('sort') ?? 'id';
      if (!['id', 'updated_at', '-updated_at'].includes(sort)) return failure(400, 'InvalidValue', `sort must be updated_at or -updated_at, not ${sort}`);
      field = sort.replace(/^-/, '') as 'id' | 'updated_at';
      descending = sort.startsWith('-');
    } else {
      const sortBy = query.get('sort_by') ?? 'id';
      const sortOrder = query.get('sort_order') ?? 'asc';
      if (!['id', 'created_at', 'updated_at'].includes(sortBy)) return failure(400, 'InvalidValue', `sort_by ${sortBy} is not supported`);
      if (!['asc', 'desc'].includes(sortOrder)) return failure(400, 'InvalidValue', 'sort_order must be asc or desc');
      field = sortBy as 'id' | 'created_at' | 'updated_at';
      descending = sortOrder === 'desc';
    }
    const ordered = sortRecords(list, (ticket) => (field === 'id' ? ticket.id : ticket[field]), (ticket) => ticket.id, descending);
    const paged = paginate(request, ordered, { idOf: (ticket) => ticket.id, order: `${descending ? '-' : ''}${field}`, cursor: true, maxPage: 100 });
    return ok({
      tickets: paged.records.map((ticket) => ticketJson(request, ticket)),
      ...(includes(request, 'users') ? { users: ticketUsers(request, paged.records) } : {}),
      ...paged.envelope,
    });
  };

  const userList = (request: SimRequest, list: readonly SimUser[], options: Pick<PagingOptions<SimUser>, 'cursor' | 'maxPage' | 'maxResults'>): SimResponse => {
    const ordered = sortRecords(list, (user) => user.id, (user) => user.id, false);
    const paged = paginate(request, ordered, { ...options, order: 'id', idOf: (user) => user.id });
    return ok({ users: paged.records.map((user) => userJson(request, user)), ...paged.envelope });
  };

  const organizationJson = (request: SimRequest, organization: SimOrganization): Record<string, unknown> => ({
    url: `${origin(request)}/api/v2/organizations/${organization.id}.json`,
    ...organization,
    shared_tickets: false,
    shared_comments: false,
    tags: [],
  });

  const ticketFieldJson = (request: SimRequest, field: (typeof ZENDESK_TICKET_FIELDS)[number]) => ({ url: `${origin(request)}/api/v2/ticket_fields/${field.id}.json`, ...field });

  /** Tags by how many tickets carry them, most first (then by name), as Zendesk lists them. */
  const tagCounts = (): { name: string; count: number }[] => {
    const counts = new Map<string, number>();
    for (const ticket of data.tickets) for (const tag of ticket.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  };

  const routes: SimRoute[] = [
    {
      method: 'GET',
      pattern: '/api/v2/ticket_fields',
      handle: guarded((request) => {
        // Cursor pages go in id order; without paging every field comes at once, in position order.
        if (!request.query.has('page[size]') && !request.query.has('page[after]') && !request.query.has('page[before]')) {
          return ok({ ticket_fields: [...ZENDESK_TICKET_FIELDS].sort((a, b) => a.position - b.position).map((field) => ticketFieldJson(request, field)) });
        }
        const paged = paginate(request, ZENDESK_TICKET_FIELDS, { cursor: true, order: 'id', idOf: (field) => field.id });
        return ok({ ticket_fields: paged.records.map((field) => ticketFieldJson(request, field)), ...paged.envelope });
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/ticket_fields/:ticket_field_id',
      handle: (request) => {
        const id = parseId(request.params['ticket_field_id']);
        const field = ZENDESK_TICKET_FIELDS.find((candidate) => candidate.id === id);
        return field ? ok({ ticket_field: ticketFieldJson(request, field) }) : notFound();
      },
    },
    {
      method: 'GET',
      pattern: '/api/v2/tags',
      handle: guarded((request) => {
        const paged = paginate(request, tagCounts(), { cursor: true, order: 'count', idOf: (tag) => tag.name });
        return ok({ tags: paged.records, ...paged.envelope });
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/groups',
      handle: guarded((request) => {
        const paged = paginate(request, ZENDESK_GROUPS, { cursor: true, maxPage: 100, order: 'id', idOf: (group) => group.id });
        return ok({ groups: paged.records.map((group) => ({ url: `${origin(request)}/api/v2/groups/${group.id}.json`, ...group })), ...paged.envelope });
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/groups/:group_id',
      handle: (request) => {
        const id = parseId(request.params['group_id']);
        const group = ZENDESK_GROUPS.find((candidate) => candidate.id === id);
        return group ? ok({ group: { url: `${origin(request)}/api/v2/groups/${group.id}.json`, ...group } }) : notFound();
      },
    },
    {
      method: 'GET',
      pattern: '/api/v2/organizations/show_many',
      handle: guarded((request) => {
        const ids = idList(request.query.get('ids'));
        if (!Array.isArray(ids)) return ids;
        const found = ids.flatMap((id) => data.organizations.find((organization) => organization.id === id) ?? []);
        return ok({ organizations: found.map((organization) => organizationJson(request, organization)) });
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/organizations',
      handle: guarded((request) => {
        const ordered = sortRecords(data.organizations, (organization) => organization.id, (organization) => organization.id, false);
        const paged = paginate(request, ordered, { cursor: true, maxPage: 100, order: 'id', idOf: (organization) => organization.id });
        return ok({ organizations: paged.records.map((organization) => organizationJson(request, organization)), ...paged.envelope });
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/tickets/show_many',
      handle: (request) => {
        const ids = idList(request.query.get('ids'));
        if (!Array.isArray(ids)) return ids;
        const found = ids.flatMap((id) => tickets.get(id) ?? []);
        return ok({
          tickets: found.map((ticket) => ticketJson(request, ticket)),
          ...(includes(request, 'users') ? { users: ticketUsers(request, found) } : {}),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v2/tickets/:ticket_id/comments',
      handle: guarded((request) => {
        const id = parseId(request.params['ticket_id']);
        if (id === null || !tickets.has(id)) return notFound();
        const sort = request.query.get('sort') ?? (request.query.get('sort_order') === 'desc' ? '-created_at' : 'created_at');
        if (!['created_at', '-created_at'].includes(sort)) return failure(400, 'InvalidValue', 'sort must be created_at or -created_at');
        const ordered = sortRecords(comments.get(id) ?? [], (comment) => comment.created_at, (comment) => comment.id, sort.startsWith('-'));
        const paged = paginate(request, ordered, { order: sort, idOf: (comment) => comment.id, cursor: true, maxPage: 100 });
        const authors = [...new Set(paged.records.map((comment) => comment.author_id))].flatMap((author) => users.get(author) ?? []);
        return ok({
          comments: paged.records.map(commentJson),
          ...(includes(request, 'users') ? { users: authors.map((user) => userJson(request, user)) } : {}),
          ...paged.envelope,
        });
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/tickets/:ticket_id',
      handle: (request) => {
        const id = parseId(request.params['ticket_id']);
        const ticket = id === null ? undefined : tickets.get(id);
        if (!ticket) return notFound();
        return ok({ ticket: ticketJson(request, ticket), ...(includes(request, 'users') ? { users: ticketUsers(request, [ticket]) } : {}) });
      },
    },
    { method: 'GET', pattern: '/api/v2/tickets', handle: guarded((request) => ticketList(request, data.tickets)) },
    {
      method: 'GET',
      pattern: '/api/v2/users/show_many',
      handle: (request) => {
        const ids = idList(request.query.get('ids'));
        if (!Array.isArray(ids)) return ids;
        return ok({ users: ids.flatMap((id) => users.get(id) ?? []).map((user) => userJson(request, user)) });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v2/users/search',
      handle: guarded((request) => {
        const query = request.query.get('query');
        if (query === null || query.trim() === '') return failure(400, 'InvalidValue', 'query is required');
        const parsed = parseSearchQuery(query);
        return userList(
          request,
          data.users.filter((user) => userMatches(user, parsed)),
          { cursor: false, maxResults: 1000 },
        );
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/users/:user_id/tickets/requested',
      handle: guarded((request) => {
        const id = parseId(request.params['user_id']);
        if (id === null || !users.has(id)) return notFound();
        return ticketList(request, data.tickets.filter((ticket) => ticket.requester_id === id));
      }),
    },
    {
      method: 'GET',
      pattern: '/api/v2/users/:user_id',
      handle: (request) => {
        const id = parseId(request.params['user_id']);
        const user = id === null ? undefined : users.get(id);
        return user ? ok({ user: userJson(request, user) }) : notFound();
      },
    },
    {
      method: 'GET',
      pattern: '/api/v2/users',
      handle: guarded((request) => {
        const roles = [...request.query.getAll('role'), ...request.query.getAll('role[]')];
        return userList(
          request,
          data.users.filter((user) => roles.length === 0 || roles.includes(user.role)),
          { cursor: true, maxPage: 100 },
        );
      }),
    },
    ...zendeskWriteRoutes({
      data: () => data,
      reindex: index,
      ticketJson,
      userJson,
      apiUserId: () => data.users.find((user) => user.role === 'admin')?.id ?? 0n,
      changed: (event, ticket) => sendZendeskTicketEvent(webhooks, event, ticket, users),
    }),
    {
      method: 'GET',
      pattern: '/api/v2/search',
      handle: guarded((request) => {
        const query = request.query.get('query');
        if (query === null || query.trim() === '') return failure(400, 'InvalidValue', 'query is required');
        const sortBy = request.query.get('sort_by');
        const descending = (request.query.get('sort_order') ?? 'desc') === 'desc';
        const sortable = { created_at: 'created_at', updated_at: 'updated_at', status: 'status', priority: 'priority', ticket_type: 'type' } as const;
        if (sortBy !== null && !(sortBy in sortable)) return failure(400, 'InvalidValue', `sort_by ${sortBy} is not supported`);
        const parsed = parseSearchQuery(query);
        const matched = data.tickets.filter((ticket) => ticketMatches(ticket, parsed, users));
        const key = sortBy === null ? null : sortable[sortBy as keyof typeof sortable];
        // Without sort_by Zendesk orders by relevance; the simulator's relevance is the id.
        const ordered = sortRecords(matched, (ticket) => (key === null ? ticket.id : (ticket[key] ?? '')), (ticket) => ticket.id, key === null ? false : descending);
        const paged = paginate(request, ordered, { order: 'relevance', idOf: (ticket) => ticket.id, cursor: false, maxResults: 1000 });
        return ok({
          results: paged.records.map((ticket) => ({ ...ticketJson(request, ticket), result_type: 'ticket' })),
          ...(includes(request, 'tickets(users)') ? { users: ticketUsers(request, paged.records) } : {}),
          facets: null,
          ...paged.envelope,
        });
      }),
    },
  ];

  /** `/_sim/events`: made through the ticket write routes, so the account's triggers fire as for any write. */
  const event = (change: SimEvent): Promise<SimResponse> | SimResponse => {
    const id = change.ticketId ?? String(newest(data.tickets, (ticket) => ticket.created_at)?.id ?? '');
    const headers = { authorization: `Bearer ${ZENDESK_DEMO_OAUTH_TOKEN}` };
    switch (change.type) {
      case 'created':
        return throughRoute(routes, 'POST /api/v2/tickets', {
          headers,
          body: { ticket: { subject: 'A ticket made by /_sim/events', comment: { body: 'Made by /_sim/events.' }, requester: { email: 'taylor.reid@example.com' } } },
        });
      case 'updated':
        return throughRoute(routes, 'PUT /api/v2/tickets/:ticket_id', { headers, params: { ticket_id: id }, body: { ticket: {} } });
      case 'assigned': {
        const current = tickets.get(BigInt(/^\d+$/.test(id) ? id : '0'))?.assignee_id;
        const agent = data.users.find((user) => user.role !== 'end-user' && user.active && user.id !== current);
        return throughRoute(routes, 'PUT /api/v2/tickets/:ticket_id', { headers, params: { ticket_id: id }, body: { ticket: { assignee_id: String(agent?.id ?? '') } } });
      }
      case 'deleted':
        return unsupportedEvent(change);
    }
  };

  return {
    name: 'zendesk',
    routes,
    event,
    webhooks,
    reset: () => {
      data = buildZendeskDataset();
      index();
    },
    authorize: (request) => {
      const header = request.headers.authorization;
      return header === basic(ZENDESK_DEMO_CREDENTIALS.email, ZENDESK_DEMO_CREDENTIALS.apiToken) || header === `Bearer ${ZENDESK_DEMO_OAUTH_TOKEN}`;
    },
    error: (status, message) => {
      // Zendesk answers 401 with a bare string, 403 and 5xx with {error: {title, message}}, the rest with {error, description}.
      if (status === 401) return { status, body: { error: "Couldn't authenticate you" } };
      if (status === 403 || status >= 500) return { status, body: { error: { title: TITLES[status] ?? 'Error', message } } };
      return failure(status, CODES[status] ?? 'InvalidValue', message);
    },
    rateLimited: (retryAfterSeconds) => ({
      status: 429,
      headers: {
        'retry-after': String(retryAfterSeconds),
        'x-rate-limit': String(ZENDESK_RATE_LIMIT.requests),
        'x-rate-limit-remaining': '0',
      },
      // Zendesk's 429 body is plain text.
      body: 'Too Many Requests',
    }),
    rateLimits: { '*': ZENDESK_RATE_LIMIT },
  };
};

export const startZendeskSimulator = (options?: SimulatorOptions): Promise<RunningSimulator> => startSimulator(createZendeskSimulatorSpec(), options);

export const zendeskSimulatorKind: SimulatorKind = {
  kind: 'zendesk',
  start: startZendeskSimulator,
  demoConnection: (simulator) => ({ baseUrl: simulator.url, credentials: { ...ZENDESK_DEMO_CREDENTIALS } }),
};
