import { z } from 'zod';
import type { SimRequest, SimResponse } from '../sim-server.js';
import { forwardClock } from '../clock.js';
import { issueFields } from '../validation.js';
import type { DeskDataset, DeskStoredTicket } from './dataset.js';

/**
 * Teamwork Desk v2's ticket writes: `PATCH /tickets/{id}.json` `{ticket}` sets the properties given
 * and leaves the others (status, priority and agent as `{id}` of an existing record; priority and
 * agent may be null), answering the ticket; `DELETE /tickets/{id}.json` answers 204. Refusals are the
 * validator body `{errors: {field: [message]}}` with 400; an unknown ticket is 404.
 */

export class DeskFailure extends Error {
  constructor(
    readonly status: number,
    readonly errors: Record<string, string[]>,
  ) {
    super(Object.values(errors).flat().join('; '));
  }
}

const reference = z.looseObject({ id: z.number().int().nonnegative() });
const ticketChangesSchema = z.looseObject({
  subject: z.string().trim().min(1, 'subject cannot be empty').optional(),
  status: reference.optional(),
  priority: reference.nullable().optional(),
  agent: reference.nullable().optional(),
});

export const deskWriteHandlers = (dataset: () => DeskDataset, ticketOf: (request: SimRequest) => DeskStoredTicket, answer: (request: SimRequest) => SimResponse) => {
  const now = forwardClock();
  return {
    update(request: SimRequest): SimResponse {
      const ticket = ticketOf(request);
      const db = dataset();
      const parsed = ticketChangesSchema.safeParse((request.body as { ticket?: unknown } | undefined)?.ticket);
      if (!parsed.success) throw new DeskFailure(400, Object.fromEntries(Object.entries(issueFields(parsed.error)).map(([field, message]) => [field, [message]])));
      const body = parsed.data;
      const errors: Record<string, string[]> = {};
      const exists = (field: string, id: number | undefined, known: (id: number) => boolean) => {
        if (id !== undefined && !known(id)) errors[field] = [`${field} ${id} does not exist`];
      };
      exists('status', body.status?.id, (id) => db.ticketstatuses.some((row) => row.id === id));
      exists('priority', body.priority?.id, (id) => db.ticketpriorities.some((row) => row.id === id));
      exists('agent', body.agent?.id, (id) => db.users.has(id));
      if (Object.keys(errors).length > 0) throw new DeskFailure(400, errors);
      if (body.subject !== undefined) ticket.subject = body.subject;
      if (body.status !== undefined) ticket.status = body.status.id;
      if (body.priority !== undefined) ticket.priority = body.priority?.id ?? null;
      if (body.agent !== undefined) ticket.agent = body.agent?.id ?? null;
      ticket.updatedAt = now();
      return answer(request);
    },
    delete(request: SimRequest): SimResponse {
      dataset().tickets.delete(ticketOf(request).id);
      return { status: 204 };
    },
  };
};
