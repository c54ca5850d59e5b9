import { z } from 'zod';
import type { SimRequest, SimResponse } from '../sim-server.js';
import { forwardClock } from '../clock.js';
import { issueFields } from '../validation.js';
import type { HelpdeskEventType } from './webhooks.js';
import { HELPDESK_PRIORITIES, HELPDESK_STATUSES, HELPDESK_TYPES, renderHelpdeskTicket, type HelpdeskDataset, type HelpdeskStoredTicket } from './dataset.js';

/**
 * Seed 001's ticket writes: `POST /tickets` (201 `{ticket}`; subject required, status new, priority
 * normal and type question by default), partial `PUT /tickets/:id` (only the fields given change) and
 * `DELETE /tickets/:id` (204). A body without its `ticket` object is 400 BAD_REQUEST; a missing or
 * invalid field 422 VALIDATION_ERROR with `details.fields` naming each; an unknown id 404. Each write
 * dispatches its webhook events, as the seed says.
 */

/** A refusal, answered in the API's error envelope. */
export class HelpdeskFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const ticketFields = {
  subject: z.string().trim().min(1, 'is required'),
  status: z.enum(HELPDESK_STATUSES),
  priority: z.enum(HELPDESK_PRIORITIES),
  type: z.enum(HELPDESK_TYPES),
  requesterEmail: z.email(),
  requesterName: z.string(),
  assigneeId: z.string().min(1).nullable(),
  tags: z.array(z.string().min(1)),
  customFields: z.array(z.strictObject({ id: z.string().min(1), value: z.unknown() })),
};
const createSchema = z.looseObject({ ...z.object(ticketFields).partial().shape, subject: ticketFields.subject });
const updateSchema = z.looseObject(z.object(ticketFields).partial().shape);

const envelope = <T>(schema: z.ZodType<T>, body: unknown): T => {
  const ticket = (body as { ticket?: unknown } | undefined)?.ticket;
  if (typeof ticket !== 'object' || ticket === null || Array.isArray(ticket)) throw new HelpdeskFailure(400, 'Request body missing ticket object');
  const parsed = schema.safeParse(ticket);
  if (!parsed.success) throw new HelpdeskFailure(422, 'Required field missing or invalid', { fields: issueFields(parsed.error) });
  return parsed.data;
};

export const helpdeskWriteHandlers = (dataset: () => HelpdeskDataset, emit: (type: HelpdeskEventType, ticket: HelpdeskStoredTicket) => void) => {
  const now = forwardClock();
  let sequence = 0;
  const existing = (request: SimRequest): HelpdeskStoredTicket => {
    const ticket = dataset().tickets.get(request.params['id'] ?? '');
    if (!ticket) throw new HelpdeskFailure(404, 'Ticket not found', { id: request.params['id'] });
    return ticket;
  };
  return {
    create(request: SimRequest): SimResponse {
      const body = envelope(createSchema, request.body);
      const at = now();
      const id = `tkt_new${(++sequence).toString(36)}${Date.now().toString(36)}`;
      const ticket: HelpdeskStoredTicket = {
        id,
        subject: body.subject,
        status: body.status ?? 'new',
        priority: body.priority ?? 'normal',
        type: body.type ?? 'question',
        assigneeId: body.assigneeId ?? null,
        requesterEmail: body.requesterEmail ?? '',
        requesterName: body.requesterName ?? '',
        tags: [...(body.tags ?? [])],
        customFields: (body.customFields ?? []).map((field) => ({ id: field.id, value: field.value })),
        createdAt: at,
        updatedAt: at,
      };
      dataset().tickets.set(id, ticket);
      emit('ticket.created', ticket);
      return { status: 201, body: { ticket: renderHelpdeskTicket(ticket) } };
    },
    update(request: SimRequest): SimResponse {
      const ticket = existing(request);
      const body = envelope(updateSchema, request.body);
      const changes = Object.fromEntries(Object.entries(body).filter(([key, value]) => key in ticketFields && value !== undefined));
      if (changes['customFields']) {
        // Values are set per field: the others keep theirs.
        const merged = new Map(ticket.customFields.map((field) => [field.id, field.value]));
        for (const field of body.customFields ?? []) merged.set(field.id, field.value);
        changes['customFields'] = [...merged].map(([id, value]) => ({ id, value }));
      }
      const assignee = ticket.assigneeId;
      Object.assign(ticket, changes, { updatedAt: now() });
      emit('ticket.updated', ticket);
      if (ticket.assigneeId !== assignee) emit('ticket.assignment.changed', ticket);
      return { status: 200, body: { ticket: renderHelpdeskTicket(ticket) } };
    },
    delete(request: SimRequest): SimResponse {
      const ticket = existing(request);
      dataset().tickets.delete(ticket.id);
      emit('ticket.deleted', { ...ticket, updatedAt: now() });
      return { status: 204 };
    },
  };
};
