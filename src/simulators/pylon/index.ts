import type { SimulatorKind } from '../registry.js';
import {
  bearerToken,
  startSimulator,
  type RateBudget,
  type RunningSimulator,
  type SimRequest,
  type SimResponse,
  type SimulatorOptions,
  type SimulatorSpec,
  type SimRoute,
} from '../sim-server.js';
import { buildPylonDataset, type PylonDataOptions, type PylonDataset, type SimContact, type SimIssue } from './data.js';
import { pylonWriteRoutes } from './writes.js';
import { newest, throughRoute, type SimEvent } from '../webhooks.js';
import { customField, idField, listField, matches, parseFilter, RFC3339, textField, timeField, type FieldSpec } from './search.js';

/**
 * A local Pylon: `GET /issues` (30-day windows), `POST /issues/search`, `GET /issues/{id}`,
 * `GET /issues/{id}/messages`, `POST /contacts/search` and `GET /users/{id}`, with Pylon's
 * `{data, request_id, pagination}` envelope, `{errors: [...]}` error bodies and per-endpoint 429s.
 * Search results come in id order, not time order: Pylon documents no order, and the connector
 * must not lean on one.
 */

export const PYLON_DEMO_TOKEN = 'pylon-demo-token';
export const PYLON_MAX_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The per-minute limits Pylon documents for these endpoints. */
export const PYLON_DOCUMENTED_RATE_LIMITS: Readonly<Record<string, RateBudget>> = {
  'GET /issues': { requests: 10, windowMs: 60_000 },
  'POST /issues/search': { requests: 20, windowMs: 60_000 },
  'GET /issues/:id': { requests: 60, windowMs: 60_000 },
  'GET /issues/:id/messages': { requests: 20, windowMs: 60_000 },
  'POST /contacts/search': { requests: 20, windowMs: 60_000 },
  'GET /users/:id': { requests: 60, windowMs: 60_000 },
};

export interface PylonSimOptions extends PylonDataOptions {
  /**
   * Budgets per route key after every reset: `documented` for Pylon's own per-minute limits. Off by
   * default so that tests and the demo are not throttled; `/_sim/faults` can set them at any time.
   */
  rateLimits?: 'documented' | Readonly<Record<string, RateBudget>>;
}

export interface PylonSimulator extends RunningSimulator {
  /** The dataset being served (rebuilt by every reset). */
  dataset(): PylonDataset;
  /** Serve a new dataset built from `options`, with counts, faults and budgets reset. */
  reseed(options: PylonSimOptions): Promise<void>;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 999;

const issueFields = (slugs: readonly string[]) => {
  const fields: Record<string, FieldSpec<SimIssue>> = {
    created_at: timeField((i) => i.created_at),
    updated_at: timeField((i) => i.updated_at),
    latest_message_activity_at: timeField((i) => i.latest_message_time),
    resolved_at: timeField(() => undefined),
    account_id: idField((i) => i.account?.id),
    ticket_form_id: idField(() => undefined),
    requester_id: idField((i) => i.requester?.id),
    assignee_id: idField((i) => i.assignee?.id),
    team_id: idField((i) => i.team?.id, ['equals', 'in', 'not_in']),
    issue_type: idField((i) => i.type),
    follower_user_id: idField(() => undefined, ['equals', 'in', 'not_in']),
    follower_contact_id: idField(() => undefined, ['equals', 'in', 'not_in']),
    state: idField((i) => i.state, ['equals', 'in', 'not_in']),
    tags: listField((i) => i.tags, ['contains', 'does_not_contain', 'in', 'not_in']),
    title: textField((i) => i.title),
    body_html: textField((i) => i.body_html),
  };
  for (const slug of slugs) fields[slug] = customField((i) => i.custom_fields[slug]?.values ?? i.custom_fields[slug]?.value);
  return (name: string): FieldSpec<SimIssue> | undefined => (Object.hasOwn(fields, name) ? fields[name] : undefined);
};

const contactFields: Record<string, FieldSpec<SimContact>> = {
  id: idField((c) => c.id, ['equals', 'in', 'not_in']),
  email: listField((c) => c.emails, ['equals', 'in', 'not_in', 'string_contains']),
  account_id: idField((c) => c.account.id, ['equals', 'in', 'not_in']),
};
const contactField = (name: string): FieldSpec<SimContact> | undefined => (Object.hasOwn(contactFields, name) ? contactFields[name] : undefined);

export const createPylonSimulatorSpec = (initial: PylonSimOptions = {}) => {
  let options = initial;
  let data = buildPylonDataset(options);
  let requestCount = 0;
  const requestId = (): string => `req_${(++requestCount).toString(16).padStart(8, '0')}`;
  const ok = (body: Record<string, unknown>): SimResponse => ({ status: 200, body: { ...body, request_id: requestId() } });
  const error = (status: number, message: string): SimResponse => ({ status, body: { errors: [message], request_id: requestId() } });
  /** `GET <path>` answering every record in one page, and `GET <path>/{id}` one of them. */
  const wholeList = (path: string, records: () => readonly { id: string }[], what: string): SimRoute[] => [
    { method: 'GET', pattern: path, handle: () => ok({ data: records(), pagination: { cursor: '', has_next_page: false } }) },
    {
      method: 'GET',
      pattern: `${path}/:id`,
      handle(request) {
        const record = records().find((candidate) => candidate.id === request.params['id']);
        return record ? ok({ data: record }) : error(404, `${what} not found`);
      },
    },
  ];

  /** Pylon's search: `{filter, cursor, limit}` → a page of matches with `pagination`. */
  const search = <R extends { id: string }>(request: SimRequest, records: readonly R[], fields: (name: string) => FieldSpec<R> | undefined): SimResponse => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || !('filter' in body)) return error(400, 'filter is required');
    const { filter: rawFilter, cursor, limit = DEFAULT_LIMIT } = body as { filter: unknown; cursor?: unknown; limit?: unknown };
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return error(400, 'limit must be greater than 0 and less than 1000');
    }
    let offset = 0;
    if (cursor !== undefined && cursor !== '') {
      const decoded = typeof cursor === 'string' ? /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
      if (!decoded) return error(400, 'invalid cursor');
      offset = Number(decoded[1]);
    }
    const filter = parseFilter(rawFilter, fields);
    if (typeof filter === 'string') return error(400, filter);
    const matching = records.filter((record) => matches(filter, record, fields)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const next = offset + limit < matching.length;
    return ok({
      data: matching.slice(offset, offset + limit),
      pagination: { cursor: next ? Buffer.from(`o:${offset + limit}`).toString('base64url') : '', has_next_page: next },
    });
  };

  const findIssue = (idOrNumber: string): SimIssue | undefined =>
    data.issues.find((issue) => issue.id === idOrNumber) ??
    (/^\d+$/.test(idOrNumber) ? data.issues.find((issue) => String(issue.number) === idOrNumber) : undefined);

  const spec = {
    name: 'pylon',
    event: (change: SimEvent) => makeEvent(change),
    get rateLimits(): Readonly<Record<string, RateBudget>> | undefined {
      return options.rateLimits === 'documented' ? PYLON_DOCUMENTED_RATE_LIMITS : options.rateLimits;
    },
    reset() {
      data = buildPylonDataset(options);
      requestCount = 0;
    },
    authorize: (request) => bearerToken(request) === PYLON_DEMO_TOKEN,
    error,
    rateLimited: (retryAfterSeconds) => ({
      ...error(429, 'rate limit exceeded for this endpoint, try again later'),
      headers: { 'retry-after': String(retryAfterSeconds) },
    }),
    routes: [
      {
        method: 'GET',
        pattern: '/issues',
        handle(request) {
          const start = request.query.get('start_time');
          const end = request.query.get('end_time');
          if (!start || !end) return error(400, 'start_time and end_time are required');
          if (!RFC3339.test(start) || !RFC3339.test(end)) return error(400, 'start_time and end_time must be RFC 3339 times');
          const [from, to] = [Date.parse(start), Date.parse(end)];
          if (to < from) return error(400, 'end_time must not be before start_time');
          if (to - from > PYLON_MAX_WINDOW_MS) {
            return error(400, 'the duration between start_time and end_time must be less than or equal to 30 days');
          }
          const inWindow = data.issues.filter((issue) => {
            const t = Date.parse(issue.created_at);
            return t >= from && t < to;
          });
          // Pylon promises no order here either.
          return ok({ data: inWindow.sort((a, b) => (a.id < b.id ? -1 : 1)) });
        },
      },
      { method: 'POST', pattern: '/issues/search', handle: (request) => search(request, data.issues, issueFields(data.issueFieldSlugs)) },
      {
        method: 'GET',
        pattern: '/issues/:id',
        handle(request) {
          const issue = findIssue(request.params['id'] ?? '');
          return issue ? ok({ data: issue }) : error(404, 'issue not found');
        },
      },
      {
        method: 'GET',
        pattern: '/issues/:id/messages',
        handle(request) {
          const issue = findIssue(request.params['id'] ?? '');
          if (!issue) return error(404, 'issue not found');
          return ok({ data: data.messages.get(issue.id) ?? [], pagination: { cursor: '', has_next_page: false } });
        },
      },
      { method: 'GET', pattern: '/issue-statuses', handle: () => ok({ data: data.issueStatuses }) },
      { method: 'POST', pattern: '/contacts/search', handle: (request) => search(request, data.contacts, contactField) },
      ...pylonWriteRoutes({ data: () => data, ok, error, findIssue }),
      {
        method: 'GET',
        pattern: '/accounts',
        handle(request) {
          // `limit` is required, 1..999; the cursor is the last id served (accounts in id order).
          const limit = Number(request.query.get('limit'));
          if (!Number.isInteger(limit) || limit < 1 || limit >= 1000) return error(400, 'limit must be between 1 and 999');
          const after = request.query.get('cursor') ?? '';
          const beyond = [...data.accounts].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((account) => account.id > after);
          const page = beyond.slice(0, limit);
          return ok({ data: page, pagination: { cursor: page.at(-1)?.id ?? '', has_next_page: beyond.length > limit } });
        },
      },
      {
        method: 'GET',
        pattern: '/accounts/:id',
        handle(request) {
          const account = data.accounts.find((candidate) => candidate.id === request.params['id']);
          return account ? ok({ data: account }) : error(404, 'account not found');
        },
      },
      // "Returns all teams/tags for the organization": no paging parameters, one page.
      ...wholeList('/teams', () => data.teams, 'team'),
      ...wholeList('/tags', () => data.tags, 'tag'),
      // "Returns all users for the organization": no paging parameters, one page.
      { method: 'GET', pattern: '/users', handle: () => ok({ data: data.users, pagination: { cursor: '', has_next_page: false } }) },
      {
        method: 'GET',
        pattern: '/users/:id',
        handle(request) {
          const user = data.users.find((candidate) => candidate.id === request.params['id']);
          return user ? ok({ data: user }) : error(404, 'user not found');
        },
      },
    ],
  } satisfies SimulatorSpec;

  /** `/_sim/events`: Pylon's public API shows no webhooks (it is polled); the change goes through its write routes. */
  const makeEvent = (change: SimEvent): Promise<SimResponse> | SimResponse => {
    const id = change.ticketId ?? newest(data.issues, (issue) => issue.created_at)?.id ?? '';
    const headers = { authorization: `Bearer ${PYLON_DEMO_TOKEN}` };
    switch (change.type) {
      case 'created':
        return throughRoute(spec.routes, 'POST /issues', {
          headers,
          body: { title: 'An issue made by /_sim/events', body_html: '<p>Made by /_sim/events.</p>', requester_email: 'taylor.reid@example.com' },
        });
      case 'updated':
        return throughRoute(spec.routes, 'PATCH /issues/:id', { headers, params: { id }, body: {} });
      case 'assigned': {
        const current = data.issues.find((issue) => issue.id === id)?.assignee?.id;
        return throughRoute(spec.routes, 'PATCH /issues/:id', { headers, params: { id }, body: { assignee_id: data.users.find((user) => user.id !== current)?.id ?? '' } });
      }
      case 'deleted':
        return throughRoute(spec.routes, 'DELETE /issues/:id', { headers, params: { id } });
    }
  };

  return {
    spec,
    dataset: (): PylonDataset => data,
    configure(next: PylonSimOptions) {
      options = next;
    },
  };
};

export const startPylonSimulator = async (options: PylonSimOptions = {}, server: SimulatorOptions = {}): Promise<PylonSimulator> => {
  const simulator = createPylonSimulatorSpec(options);
  const running = await startSimulator(simulator.spec, server);
  return {
    ...running,
    dataset: simulator.dataset,
    async reseed(next) {
      simulator.configure(next);
      const response = await fetch(`${running.url}/_sim/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`pylon simulator: reset answered ${response.status}`);
    },
  };
};

/** Whether a simulator the registry started is this one (so a test can reseed it). */
export const isPylonSimulator = (running: RunningSimulator): running is PylonSimulator => running.name === 'pylon' && 'reseed' in running;

export const pylonSimulatorKind: SimulatorKind = {
  kind: 'pylon',
  start: (server) => startPylonSimulator({}, server),
  demoConnection: (simulator) => ({
    baseUrl: simulator.url,
    credentials: { apiToken: PYLON_DEMO_TOKEN },
    options: { priorityField: 'priority' },
    // The simulator keeps no budgets unless asked to (`rateLimits`), so the demo keeps none either.
    rate: { documentedLimits: false },
  }),
};
