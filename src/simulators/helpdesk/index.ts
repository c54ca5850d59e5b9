import { z } from 'zod';
import type { SimulatorKind } from '../registry.js';
import {
  bearerToken,
  startSimulator,
  type RateBudget,
  type RunningSimulator,
  type SimRequest,
  type SimResponse,
  type SimRoute,
  type SimulatorOptions,
} from '../sim-server.js';
import {
  buildHelpdeskDataset,
  HELPDESK_AGENT_IDS,
  HELPDESK_PRIORITIES,
  HELPDESK_STATUSES,
  renderHelpdeskTicket,
  type HelpdeskDataset,
  type HelpdeskStoredTicket,
} from './dataset.js';
import { HelpdeskFailure, helpdeskWriteHandlers } from './writes.js';
import { helpdeskWebhookSender, sendHelpdeskEvent } from './webhooks.js';
import { newest, type SimEvent } from '../webhooks.js';

/**
 * The Helpdesk API v1 (seed 001, the Airclou Helpdesk shape): `GET /helpdesk/api/v1/tickets` with
 * `status`, `priority`, `assignee_id`, `page_size`, `after`, `sort_by`, `sort_order` →
 * `{tickets, meta: {pageSize, hasMore}, links: {next}}`, where `links.next` is written relative and
 * without the `/helpdesk` prefix (`/api/v1/tickets?after=…`), as the seed prints it; and
 * `GET /helpdesk/api/v1/tickets/:id` → `{ticket}`; and the ticket writes (./writes.ts). Errors are `{error: {code, message, status, details}}`.
 */

export const HELPDESK_DEMO_API_KEY = 'helpdesk-demo-key';
/** The workspace the demo key belongs to; an `X-Workspace-Id` naming another is refused. */
export const HELPDESK_DEMO_WORKSPACE = 'ws_demo';
export const HELPDESK_DEFAULT_RATE_LIMITS: Readonly<Record<string, RateBudget>> = { '*': { requests: 3000, windowMs: 10_000 } };

const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
};

export const helpdeskError = (status: number, message: string, details: Record<string, unknown> = {}): SimResponse => ({
  status,
  body: { error: { code: ERROR_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'), message, status, details } },
});


const SORTS = ['created_at', 'updated_at', 'status', 'priority'] as const;
type SortBy = (typeof SORTS)[number];
export const HELPDESK_DEFAULT_PAGE_SIZE = 25;
export const HELPDESK_MAX_PAGE_SIZE = 100;

/** The sort key of a ticket: a time, or the rank of its status or priority in the seed's order. */
const sortKey = (ticket: HelpdeskStoredTicket, sortBy: SortBy): number => {
  switch (sortBy) {
    case 'created_at':
      return Date.parse(ticket.createdAt);
    case 'updated_at':
      return Date.parse(ticket.updatedAt);
    case 'status':
      return (HELPDESK_STATUSES as readonly string[]).indexOf(ticket.status);
    case 'priority':
      return (HELPDESK_PRIORITIES as readonly string[]).indexOf(ticket.priority);
  }
};

/** `after` is opaque to clients: the last ticket's (sort, order, key, id), base64url. */
const afterSchema = z.strictObject({ s: z.enum(SORTS), o: z.enum(['asc', 'desc']), k: z.number(), i: z.string() });
type After = z.infer<typeof afterSchema>;
const encodeAfter = (after: After): string => Buffer.from(JSON.stringify(after)).toString('base64url');
const decodeAfter = (value: string): After => {
  try {
    return afterSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw new HelpdeskFailure(422, 'after is not a cursor this API returned', { after: value });
  }
};

const oneOf = <T extends string>(query: URLSearchParams, name: string, allowed: readonly T[], fallback?: T): T | undefined => {
  const value = query.get(name);
  if (value === null || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new HelpdeskFailure(422, `${name} must be one of ${allowed.join(', ')}`, { [name]: value });
  return value as T;
};

const listTickets = (data: HelpdeskDataset, query: URLSearchParams): SimResponse => {
  const rawSize = query.get('page_size');
  const pageSize = rawSize === null ? HELPDESK_DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > HELPDESK_MAX_PAGE_SIZE) {
    throw new HelpdeskFailure(422, `page_size must be an integer from 1 to ${HELPDESK_MAX_PAGE_SIZE}`, { page_size: rawSize });
  }
  const sortBy = oneOf(query, 'sort_by', SORTS, 'created_at') as SortBy;
  const order = oneOf(query, 'sort_order', ['asc', 'desc'] as const, 'desc') as 'asc' | 'desc';
  const status = oneOf(query, 'status', HELPDESK_STATUSES);
  const priority = oneOf(query, 'priority', HELPDESK_PRIORITIES);
  const assigneeId = query.get('assignee_id');
  const rawAfter = query.get('after');
  const after = rawAfter ? decodeAfter(rawAfter) : undefined;
  if (after && (after.s !== sortBy || after.o !== order)) {
    throw new HelpdeskFailure(422, 'after belongs to another sort_by or sort_order', { after: rawAfter });
  }
  const sign = order === 'asc' ? 1 : -1;
  // Ties (many tickets share a status) are broken by id in the same direction, so the order is total.
  const compare = (a: { k: number; id: string }, b: { k: number; id: string }): number =>
    sign * (a.k - b.k) || sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...data.tickets.values()]
    .filter(
      (ticket) =>
        (status === undefined || ticket.status === status) &&
        (priority === undefined || ticket.priority === priority) &&
        (assigneeId === null || ticket.assigneeId === assigneeId),
    )
    .map((ticket) => ({ ticket, k: sortKey(ticket, sortBy), id: ticket.id }))
    .sort(compare);
  const beyond = after ? sorted.filter((entry) => compare(entry, { k: after.k, id: after.i }) > 0) : sorted;
  const page = beyond.slice(0, pageSize);
  const last = page.at(-1);
  const hasMore = beyond.length > pageSize;
  return {
    status: 200,
    body: {
      tickets: page.map(({ ticket }) => renderHelpdeskTicket(ticket)),
      meta: { pageSize, hasMore },
      links: { next: hasMore && last ? `/api/v1/tickets?after=${encodeAfter({ s: sortBy, o: order, k: last.k, i: last.id })}` : null },
    },
  };
};

export interface HelpdeskSimulatorOptions extends SimulatorOptions {
  rateLimits?: Readonly<Record<string, RateBudget>>;
  /** Serves the API below this path too (`/proxy/acme` → `/proxy/acme/helpdesk/api/v1/…`), as behind a reverse proxy. */
  pathPrefix?: string;
}

export interface RunningHelpdeskSimulator extends RunningSimulator {
  /** The live dataset (rebuilt by `/_sim/reset`). */
  dataset(): HelpdeskDataset;
  /** The `X-Workspace-Id` of every request the routes answered, in order (undefined: none sent). */
  workspaceHeaders(): readonly (string | undefined)[];
}

export const startHelpdeskSimulator = async (options: HelpdeskSimulatorOptions = {}): Promise<RunningHelpdeskSimulator> => {
  let data = buildHelpdeskDataset();
  let workspaces: (string | undefined)[] = [];
  const base = `${options.pathPrefix ?? ''}/helpdesk/api/v1`;
  const webhooks = helpdeskWebhookSender();
  const writes = helpdeskWriteHandlers(() => data, (type, ticket) => sendHelpdeskEvent(webhooks, type, ticket));
  const route = (pattern: string, handle: (request: SimRequest) => SimResponse, method = 'GET'): SimRoute => ({
    method,
    pattern: `${base}${pattern}`,
    handle(request) {
      const header = request.headers['x-workspace-id'];
      const workspace = Array.isArray(header) ? header[0] : header;
      workspaces.push(workspace);
      try {
        if (workspace !== undefined && workspace !== HELPDESK_DEMO_WORKSPACE) throw new HelpdeskFailure(403, 'The API key has no access to this workspace');
        return handle(request);
      } catch (error) {
        if (error instanceof HelpdeskFailure) return helpdeskError(error.status, error.message, error.details);
        throw error;
      }
    },
  });
  /** `/_sim/events`: each change made through the write handlers, so it dispatches what a write does. */
  const event = (change: SimEvent): SimResponse => {
    const id = change.ticketId ?? newest(data.tickets.values(), (ticket) => ticket.createdAt)?.id ?? '';
    const write = (handle: (request: SimRequest) => SimResponse, body?: unknown): SimResponse => {
      try {
        return handle({ method: 'POST', path: '/_sim/events', query: new URLSearchParams(), headers: {}, body, params: { id } });
      } catch (error) {
        if (error instanceof HelpdeskFailure) return helpdeskError(error.status, error.message, error.details);
        throw error;
      }
    };
    switch (change.type) {
      case 'created':
        return write(writes.create, { ticket: { subject: 'A ticket made by /_sim/events', requesterEmail: 'taylor.reid@example.com', requesterName: 'Taylor Reid' } });
      case 'updated':
        return write(writes.update, { ticket: {} });
      case 'assigned': {
        const current = data.tickets.get(id)?.assigneeId;
        return write(writes.update, { ticket: { assigneeId: HELPDESK_AGENT_IDS.find((agent) => agent !== current) } });
      }
      case 'deleted':
        return write(writes.delete);
    }
  };
  const running = await startSimulator(
    {
      name: 'helpdesk',
      event,
      webhooks,
      routes: [
        route('/tickets', (request) => listTickets(data, request.query)),
        route('/tickets/:id', (request) => {
          const ticket = data.tickets.get(request.params['id'] ?? '');
          if (!ticket) throw new HelpdeskFailure(404, 'Ticket not found', { id: request.params['id'] });
          return { status: 200, body: { ticket: renderHelpdeskTicket(ticket) } };
        }),
        route('/tickets', writes.create, 'POST'),
        route('/tickets/:id', writes.update, 'PUT'),
        route('/tickets/:id', writes.delete, 'DELETE'),
      ],
      reset() {
        data = buildHelpdeskDataset();
        workspaces = [];
      },
      authorize: (request) => bearerToken(request) === HELPDESK_DEMO_API_KEY,
      error: (status, message) => helpdeskError(status, message),
      rateLimited: (retryAfterSeconds) => ({
        ...helpdeskError(429, 'Rate limit exceeded', { retryAfter: retryAfterSeconds }),
        headers: { 'retry-after': String(retryAfterSeconds) },
      }),
      rateLimits: options.rateLimits ?? HELPDESK_DEFAULT_RATE_LIMITS,
    },
    options,
  );
  return { ...running, dataset: () => data, workspaceHeaders: () => workspaces };
};

export const helpdeskSimulatorKind: SimulatorKind = {
  kind: 'helpdesk',
  start: (options) => startHelpdeskSimulator(options),
  demoConnection: (simulator) => ({
    baseUrl: `${simulator.url}/helpdesk/api/v1`,
    credentials: { apiKey: HELPDESK_DEMO_API_KEY },
    options: { workspaceId: HELPDESK_DEMO_WORKSPACE },
  }),
};
