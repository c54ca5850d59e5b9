import type { DomainTicket, CustomFieldValue } from '../../domain/types.js';
import { WRITE_OPERATIONS, WriteRejection, type TicketChanges } from '../../domain/writes.js';
import type { CatalogWrites, Connector, ConnectorWrites, WriteCapabilities } from '../connector.js';
import { restCatalogWrites } from './catalog.js';
import { bodyAsText, rejectingWrite } from '../writes.js';
import { envelopeFields } from '../shared/error-envelope.js';
import type { RestClient, RestTicketChanges } from './client.js';
import { restConversationToDomain, restCustomerToDomain, restPriorityFromDomain, restStatusFromDomain } from './map.js';
import type { RestTicket } from './wire.js';

/** Seed 003's tickets, conversations and customers; it has no ticket type. */
export const REST_WRITES: WriteCapabilities = {
  operations: WRITE_OPERATIONS,
  ticketChanges: ['subject', 'status', 'priority', 'assigneeId', 'tags', 'customFields'],
  // The seed sets no limit; this is the gateway's own bound on what it forwards.
  maxBodyLength: 65_536,
};

/** The API's field names → our input fields, for its 400 `details.fields`. */
const INPUT_NAMES: Readonly<Record<string, readonly string[]>> = {
  subject: ['subject'],
  description: ['description'],
  customer_email: ['requester', 'email'],
  priority: ['priority'],
  status: ['status'],
  assignee_id: ['assigneeId'],
  tags: ['tags'],
  custom_fields: ['customFields'],
  content: ['body'],
  ticket_id: ['ticketId'],
  email: ['email'],
  name: ['name'],
  color: ['color'],
  title: ['title'],
  body: ['body'],
  collection_id: ['collectionId'],
  phone: ['phone'],
  company: ['company'],
};

const restFields = envelopeFields(INPUT_NAMES);

const customFieldObject = (fields: readonly CustomFieldValue[]): Record<string, unknown> =>
  Object.fromEntries(fields.map((field) => [field.key, field.value]));

const ticketChanges = (changes: TicketChanges): RestTicketChanges => ({
  subject: changes.subject,
  status: changes.status === undefined ? undefined : restStatusFromDomain(changes.status),
  priority: changes.priority === undefined ? undefined : restPriorityFromDomain(changes.priority),
  assignee_id: changes.assigneeId,
  tags: changes.tags,
  custom_fields: changes.customFields === undefined ? undefined : customFieldObject(changes.customFields),
});

export const restWrites = (
  connectionId: string,
  client: RestClient,
  toTicket: (ticket: RestTicket) => DomainTicket,
): Required<ConnectorWrites> & Required<CatalogWrites> & Required<Pick<Connector, 'closeTicket'>> => {
  const write = <T>(call: () => Promise<T>): Promise<T> => rejectingWrite(call, restFields);
  const updated = async (id: string, changes: RestTicketChanges): Promise<DomainTicket> => {
    const ticket = await write(() => client.updateTicket(id, changes));
    if (!ticket) throw new WriteRejection('NOT_FOUND', `connection ${connectionId}: no ticket ${id}`);
    return toTicket(ticket);
  };
  const conversation = (type: 'reply' | 'note') => async (id: string, message: Parameters<typeof bodyAsText>[0]) =>
    restConversationToDomain(
      connectionId,
      await write(() => client.createConversation({ ticket_id: id, content: bodyAsText(message), type, internal: type === 'note' })),
    );
  return {
    createTicket: async (draft) =>
      toTicket(
        await write(() =>
          client.createTicket({
            subject: draft.subject,
            description: draft.description,
            customer_email: draft.requester.email,
            priority: draft.priority === null ? undefined : restPriorityFromDomain(draft.priority),
            assignee_id: draft.assigneeId ?? undefined,
            tags: draft.tags.length > 0 ? draft.tags : undefined,
            custom_fields: draft.customFields.length > 0 ? customFieldObject(draft.customFields) : undefined,
          }),
        ),
      ),
    updateTicket: (id, changes) => updated(id, ticketChanges(changes)),
    async closeTicket(id) {
      const ticket = await client.updateTicket(id, { status: 'closed' });
      return ticket ? toTicket(ticket) : null;
    },
    deleteTicket: (id) => write(() => client.deleteTicket(id)),
    replyToTicket: conversation('reply'),
    addInternalNote: conversation('note'),
    createContact: async (draft) =>
      restCustomerToDomain(
        connectionId,
        await write(() => client.createCustomer({ email: draft.email, name: draft.name ?? undefined, phone: draft.phone, company: draft.company })),
      ),
    updateContact: async (id, changes) => restCustomerToDomain(connectionId, await write(() => client.updateCustomer(id, changes))),
    deleteContact: (id) => write(() => client.deleteCustomer(id)),
    ...restCatalogWrites(connectionId, client, write),
  };
};
