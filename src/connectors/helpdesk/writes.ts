import type { CustomFieldValue, DomainTicket } from '../../domain/types.js';
import type { TicketChanges } from '../../domain/writes.js';
import type { Connector, ConnectorWrites, WriteCapabilities } from '../connector.js';
import { envelopeFields } from '../shared/error-envelope.js';
import { invalidField, nullWhenNotFound, rejectingWrite } from '../writes.js';
import type { HelpdeskClient, HelpdeskTicketWrite } from './client.js';
import { helpdeskPriorityFromDomain, helpdeskStatusFromDomain } from './map.js';
import type { HelpdeskTicket } from './wire.js';

/**
 * Seed 001 writes tickets only: `POST`, partial `PUT` and `DELETE /tickets/:id`, with the `{ticket}`
 * envelope. It documents no messages, notes or contacts endpoint, so replies, notes and contact
 * writes are not offered.
 */
export const HELPDESK_WRITES: WriteCapabilities = {
  operations: ['createTicket', 'updateTicket', 'closeTicket', 'deleteTicket'],
  ticketChanges: ['subject', 'status', 'priority', 'type', 'assigneeId', 'tags', 'customFields'],
  // The ticket has no description or message to carry a body; this bounds what the gateway takes.
  maxBodyLength: 65_536,
  ticketTypes: ['question', 'incident', 'problem', 'task'],
};

/** The API's ticket fields → our input fields, for its 422 `details`. */
const INPUT_NAMES: Readonly<Record<string, readonly string[]>> = {
  subject: ['subject'],
  status: ['status'],
  priority: ['priority'],
  type: ['type'],
  requesterEmail: ['requester', 'email'],
  requesterName: ['requester', 'name'],
  assigneeId: ['assigneeId'],
  tags: ['tags'],
  customFields: ['customFields'],
};

const customFields = (fields: readonly CustomFieldValue[]) => fields.map((field) => ({ id: field.key, value: field.value }));

const ticketBody = (changes: TicketChanges): HelpdeskTicketWrite => {
  const status = changes.status === undefined ? undefined : helpdeskStatusFromDomain(changes.status);
  if (changes.status !== undefined && status === undefined) {
    throw invalidField('status', `Helpdesk has no ${changes.status} status`);
  }
  return {
    subject: changes.subject,
    status,
    priority: changes.priority === undefined ? undefined : helpdeskPriorityFromDomain(changes.priority),
    type: changes.type,
    assigneeId: changes.assigneeId,
    tags: changes.tags,
    customFields: changes.customFields === undefined ? undefined : customFields(changes.customFields),
  };
};

export const helpdeskWrites = (
  client: HelpdeskClient,
  toTicket: (ticket: HelpdeskTicket) => DomainTicket,
): Pick<Required<ConnectorWrites>, 'createTicket' | 'updateTicket' | 'deleteTicket'> & Required<Pick<Connector, 'closeTicket'>> => {
  const write = <T>(call: () => Promise<T>): Promise<T> => rejectingWrite(call, envelopeFields(INPUT_NAMES));
  return {
    createTicket: async (draft) =>
      toTicket(
        await write(() =>
          client.createTicket({
            ...ticketBody({
              priority: draft.priority ?? undefined,
              type: draft.type ?? undefined,
              tags: draft.tags.length > 0 ? draft.tags : undefined,
              customFields: draft.customFields.length > 0 ? draft.customFields : undefined,
            }),
            subject: draft.subject,
            assigneeId: draft.assigneeId ?? undefined,
            requesterEmail: draft.requester.email,
            requesterName: draft.requester.name ?? undefined,
          }),
        ),
      ),
    updateTicket: async (id, changes) => toTicket(await write(() => client.updateTicket(id, ticketBody(changes)))),
    closeTicket: (id) => nullWhenNotFound(async () => toTicket(await write(() => client.updateTicket(id, { status: 'closed' })))),
    deleteTicket: (id) => write(() => client.deleteTicket(id)),
  };
};
