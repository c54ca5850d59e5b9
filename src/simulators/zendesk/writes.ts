import { z } from 'zod';
import type { SimRequest, SimResponse, SimRoute } from '../sim-server.js';
import { ZENDESK_CUSTOM_STATUS_IDS, type SimComment, type SimTicket, type SimUser, type ZendeskDataset } from './data.js';
import { zendeskJson } from './json.js';

/**
 * Zendesk's ticket and user writes as the Support API behaves: `{ticket}`/`{user}` envelopes, 201 on
 * create, `{ticket, audit}` on ticket writes (comments are added by update), `safe_update` with
 * `updated_stamp` answering 409 UpdateConflict, RecordInvalid 422 with per-field `details`, closed
 * tickets refusing updates, soft-deleted users.
 */

export interface ZendeskWriteState {
  data(): ZendeskDataset;
  /** Rebuilds the lookup maps after a write. */
  reindex(): void;
  ticketJson(request: SimRequest, ticket: SimTicket): Record<string, unknown>;
  userJson(request: SimRequest, user: SimUser): Record<string, unknown>;
  /** The user the API token acts as (authors comments). */
  apiUserId(): bigint;
  /** Told of each ticket created or updated (the account's triggers send their webhooks). */
  changed(event: 'created' | 'updated', ticket: SimTicket): void;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const reply = (status: number, body: unknown): SimResponse => ({ status, headers: JSON_HEADERS, body: zendeskJson(body) });
const notFound = (): SimResponse => ({ status: 404, body: { error: 'RecordNotFound', description: 'Not found' } });

/** 422 RecordInvalid: `details` names each field with Zendesk's `{description, error}` entries. */
const recordInvalid = (details: Record<string, string>): SimResponse => ({
  status: 422,
  body: {
    error: 'RecordInvalid',
    description: 'Record validation errors',
    details: Object.fromEntries(
      Object.entries(details).map(([field, description]) => [field, [{ description: `${field[0]?.toUpperCase()}${field.slice(1)}: ${description}`, error: 'InvalidValue' }]]),
    ),
  },
});

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
const TYPES = ['question', 'incident', 'problem', 'task'] as const;

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]);
const ticketFields = {
  subject: z.string().optional(),
  status: z.string().optional(),
  priority: z.string().nullable().optional(),
  type: z.string().nullable().optional(),
  assignee_id: id.nullable().optional(),
  tags: z.array(z.string()).optional(),
  custom_fields: z.array(z.looseObject({ id, value: z.unknown() })).optional(),
  comment: z.looseObject({ body: z.string().optional(), html_body: z.string().optional(), public: z.boolean().optional() }).optional(),
};
const ticketCreate = z.looseObject({
  ...ticketFields,
  requester_id: id.optional(),
  requester: z.looseObject({ email: z.string(), name: z.string().optional() }).optional(),
});
const ticketUpdate = z.looseObject({ ...ticketFields, safe_update: z.boolean().optional(), updated_stamp: z.string().optional() });
const userWrite = z.looseObject({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().nullable().optional(),
  role: z.enum(['end-user', 'agent', 'admin']).optional(),
  organization: z.looseObject({ name: z.string() }).optional(),
});

const envelope = <T>(key: string, schema: z.ZodType<T>, body: unknown): T | SimResponse => {
  const inner = (body as Record<string, unknown> | undefined)?.[key];
  const parsed = schema.safeParse(inner);
  if (parsed.success) return parsed.data;
  if (inner === undefined) return { status: 400, body: { error: 'InvalidValue', description: `${key} parameter is missing` } };
  return recordInvalid(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? key), 'is invalid'])));
};
const isResponse = (value: unknown): value is SimResponse => typeof value === 'object' && value !== null && 'status' in value && typeof (value as SimResponse).status === 'number';

export const zendeskWriteRoutes = (state: ZendeskWriteState): SimRoute[] => {
  let lastWriteMs = 0;
  /** Zendesk stamps to the second; each write gets a later second so safe_update can tell writes apart. */
  const now = (): string => {
    lastWriteMs = Math.max(Math.floor(Date.now() / 1000) * 1000, lastWriteMs + 1000);
    return new Date(lastWriteMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };
  const nextId = (ids: readonly bigint[]): bigint => ids.reduce((max, value) => (value > max ? value : max), 0n) + 1n;
  const findTicket = (request: SimRequest): SimTicket | undefined => {
    const raw = request.params['ticket_id'] ?? '';
    return /^\d+$/.test(raw) ? state.data().tickets.find((ticket) => ticket.id === BigInt(raw)) : undefined;
  };
  const findUser = (request: SimRequest): SimUser | undefined => {
    const raw = request.params['user_id'] ?? '';
    return /^\d+$/.test(raw) ? state.data().users.find((user) => user.id === BigInt(raw)) : undefined;
  };

  /** Checks and applies ticket fields; answers the RecordInvalid details instead when one is bad. */
  const apply = (ticket: SimTicket, fields: z.infer<typeof ticketUpdate>): Record<string, string> | undefined => {
    const problems: Record<string, string> = {};
    if (fields.subject !== undefined && fields.subject.trim() === '') problems['subject'] = 'cannot be blank';
    if (fields.status !== undefined && !(STATUSES as readonly string[]).includes(fields.status)) problems['status'] = `${fields.status} is not a valid status`;
    if (fields.priority && !(PRIORITIES as readonly string[]).includes(fields.priority)) problems['priority'] = `${fields.priority} is not a valid priority`;
    if (fields.type && !(TYPES as readonly string[]).includes(fields.type)) problems['type'] = `${fields.type} is not a valid type`;
    if (fields.assignee_id !== undefined && fields.assignee_id !== null) {
      const agent = state.data().users.find((user) => user.id === BigInt(fields.assignee_id as string | number));
      if (!agent || agent.role === 'end-user' || !agent.active) problems['assignee'] = 'is invalid';
    }
    if (fields.comment && !fields.comment.body?.trim() && !fields.comment.html_body?.trim()) problems['comment'] = 'cannot be blank';
    if (Object.keys(problems).length > 0) return problems;
    if (fields.subject !== undefined) Object.assign(ticket, { subject: fields.subject, raw_subject: fields.subject });
    if (fields.status !== undefined) {
      ticket.status = fields.status as SimTicket['status'];
      // Each built-in status has its system custom status, as in Zendesk.
      ticket.custom_status_id = ZENDESK_CUSTOM_STATUS_IDS[ticket.status];
    }
    if (fields.priority !== undefined) ticket.priority = (fields.priority ?? undefined) as SimTicket['priority'];
    if (fields.type !== undefined) ticket.type = (fields.type ?? undefined) as SimTicket['type'];
    if (fields.assignee_id !== undefined) ticket.assignee_id = fields.assignee_id === null ? undefined : BigInt(fields.assignee_id);
    if (fields.tags !== undefined) ticket.tags = [...new Set(fields.tags)];
    for (const field of fields.custom_fields ?? []) {
      const existing = ticket.custom_fields.find((candidate) => candidate.id === BigInt(field.id));
      if (existing) existing.value = field.value;
      else ticket.custom_fields.push({ id: BigInt(field.id), value: field.value });
    }
    return undefined;
  };

  /** Adds the comment of a write; answers the audit events for it. */
  const addComment = (ticket: SimTicket, comment: NonNullable<z.infer<typeof ticketUpdate>['comment']>, at: string, auditId: bigint): Record<string, unknown>[] => {
    const data = state.data();
    const html = comment.html_body ?? `<div class="zd-comment"><p>${(comment.body ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div>`;
    const plain = comment.body ?? (comment.html_body ?? '').replace(/<[^>]*>/g, '');
    const created: SimComment = {
      id: nextId(data.comments.map((existing) => existing.id)),
      ticket_id: ticket.id,
      type: 'Comment',
      author_id: state.apiUserId(),
      body: plain,
      html_body: html,
      plain_body: plain,
      public: comment.public ?? true,
      attachments: [],
      audit_id: auditId,
      via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
      created_at: at,
    };
    data.comments.push(created);
    return [{ id: created.id, type: 'Comment', author_id: created.author_id, body: created.body, html_body: created.html_body, plain_body: created.plain_body, public: created.public, attachments: [], audit_id: auditId }];
  };

  const audit = (ticket: SimTicket, at: string, events: Record<string, unknown>[], auditId: bigint) => ({
    id: auditId,
    ticket_id: ticket.id,
    created_at: at,
    author_id: state.apiUserId(),
    metadata: { system: {}, custom: {} },
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    events,
  });

  const createTicket = (request: SimRequest): SimResponse => {
    const body = envelope('ticket', ticketCreate, request.body);
    if (isResponse(body)) return body;
    const data = state.data();
    if (!body.comment) return recordInvalid({ description: 'cannot be blank' });
    let requester: SimUser | undefined;
    if (body.requester_id !== undefined) requester = data.users.find((user) => user.id === BigInt(body.requester_id as string | number));
    else if (body.requester) {
      const email = body.requester.email.toLowerCase();
      requester = data.users.find((user) => user.email.toLowerCase() === email);
      if (!requester && !/^[^\s@]+@[^\s@]+$/.test(email)) return recordInvalid({ requester: 'email is invalid' });
      if (!requester) {
        const at = now();
        requester = { id: nextId(data.users.map((user) => user.id)), name: body.requester.name ?? email.split('@')[0] ?? email, email, role: 'end-user', active: true, verified: false, created_at: at, updated_at: at };
        data.users.push(requester);
      }
    }
    if (!requester) return recordInvalid({ requester: 'is invalid' });
    const at = now();
    const ticket: SimTicket = {
      id: nextId(data.tickets.map((existing) => existing.id)),
      subject: '',
      raw_subject: '',
      description: body.comment.body ?? '',
      status: body.assignee_id ? 'open' : 'new',
      custom_status_id: ZENDESK_CUSTOM_STATUS_IDS[body.assignee_id ? 'open' : 'new'],
      requester_id: requester.id,
      submitter_id: state.apiUserId(),
      collaborator_ids: [],
      tags: [],
      custom_fields: [],
      via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
      is_public: body.comment.public ?? true,
      has_incidents: false,
      created_at: at,
      updated_at: at,
    };
    const problems = apply(ticket, { ...body, subject: body.subject ?? (body.comment.body ?? '').slice(0, 80) });
    if (problems) return recordInvalid(problems);
    const auditId = nextId(data.comments.map((comment) => comment.audit_id));
    const events = addComment(ticket, body.comment, at, auditId);
    data.tickets.push(ticket);
    state.reindex();
    state.changed('created', ticket);
    return reply(201, { ticket: state.ticketJson(request, ticket), audit: audit(ticket, at, events, auditId) });
  };

  const updateTicket = (request: SimRequest): SimResponse => {
    const ticket = findTicket(request);
    if (!ticket) return notFound();
    const body = envelope('ticket', ticketUpdate, request.body);
    if (isResponse(body)) return body;
    if (ticket.status === 'closed') return recordInvalid({ status: 'closed prevents ticket update' });
    if (body.safe_update) {
      if (!body.updated_stamp) return recordInvalid({ updated_stamp: 'is required when safe_update is true' });
      if (Date.parse(body.updated_stamp) !== Date.parse(ticket.updated_at)) {
        return {
          status: 409,
          body: { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.' },
        };
      }
    }
    const draft = structuredClone(ticket);
    const problems = apply(draft, body);
    if (problems) return recordInvalid(problems);
    const at = now();
    const auditId = nextId(state.data().comments.map((comment) => comment.audit_id)) + 1n;
    const events = body.comment ? addComment(draft, body.comment, at, auditId) : [];
    Object.assign(ticket, draft, { updated_at: at });
    state.reindex();
    state.changed('updated', ticket);
    return reply(200, { ticket: state.ticketJson(request, ticket), audit: audit(ticket, at, events, auditId) });
  };

  const deleteTicket = (request: SimRequest): SimResponse => {
    const ticket = findTicket(request);
    if (!ticket) return notFound();
    const data = state.data();
    data.tickets.splice(data.tickets.indexOf(ticket), 1);
    state.reindex();
    return { status: 204 };
  };

  const userProblems = (body: z.infer<typeof userWrite>, self?: SimUser): Record<string, string> => {
    const problems: Record<string, string> = {};
    if (body.name !== undefined && body.name.trim() === '') problems['name'] = 'is too short (minimum one character)';
    if (body.email !== undefined) {
      const email = body.email.toLowerCase();
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) problems['email'] = `${body.email} is not properly formatted`;
      else if (state.data().users.some((user) => user !== self && user.active && user.email.toLowerCase() === email)) {
        problems['email'] = `${body.email} is already being used by another user`;
      }
    }
    return problems;
  };

  const createUser = (request: SimRequest): SimResponse => {
    const body = envelope('user', userWrite, request.body);
    if (isResponse(body)) return body;
    const problems = userProblems(body);
    if (body.name === undefined) problems['name'] = 'is too short (minimum one character)';
    if (Object.keys(problems).length > 0) return recordInvalid(problems);
    const at = now();
    const data = state.data();
    const user: SimUser = {
      id: nextId(data.users.map((existing) => existing.id)),
      name: body.name as string,
      email: body.email ?? '',
      role: body.role ?? 'end-user',
      ...(body.phone ? { phone: body.phone } : {}),
      active: true,
      verified: false,
      created_at: at,
      updated_at: at,
    };
    data.users.push(user);
    state.reindex();
    return reply(201, { user: state.userJson(request, user) });
  };

  const updateUser = (request: SimRequest): SimResponse => {
    const user = findUser(request);
    if (!user || !user.active) return notFound();
    const body = envelope('user', userWrite, request.body);
    if (isResponse(body)) return body;
    const problems = userProblems(body, user);
    if (Object.keys(problems).length > 0) return recordInvalid(problems);
    if (body.name !== undefined) user.name = body.name;
    if (body.email !== undefined) user.email = body.email;
    if (body.phone !== undefined) {
      if (body.phone === null) delete user.phone;
      else user.phone = body.phone;
    }
    if (body.role !== undefined) user.role = body.role;
    user.updated_at = now();
    state.reindex();
    return reply(200, { user: state.userJson(request, user) });
  };

  /** Zendesk soft-deletes users: they stay readable with `active: false`. */
  const deleteUser = (request: SimRequest): SimResponse => {
    const user = findUser(request);
    if (!user || !user.active) return notFound();
    user.active = false;
    user.updated_at = now();
    state.reindex();
    return reply(200, { user: state.userJson(request, user) });
  };

  return [
    { method: 'POST', pattern: '/api/v2/tickets', handle: createTicket },
    { method: 'PUT', pattern: '/api/v2/tickets/:ticket_id', handle: updateTicket },
    { method: 'DELETE', pattern: '/api/v2/tickets/:ticket_id', handle: deleteTicket },
    { method: 'POST', pattern: '/api/v2/users', handle: createUser },
    { method: 'PUT', pattern: '/api/v2/users/:user_id', handle: updateUser },
    { method: 'DELETE', pattern: '/api/v2/users/:user_id', handle: deleteUser },
  ];
};
