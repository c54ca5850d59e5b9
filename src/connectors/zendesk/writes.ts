import type { CustomFieldValue, DomainTicket } from '../../domain/types.js';
import type { ContactChanges, ContactDraft, MessageDraft, TicketChanges } from '../../domain/writes.js';
import { TICKET_AND_CONTACT_WRITES, WriteRejection } from '../../domain/writes.js';
import type { Connector, ConnectorWrites, WriteCapabilities } from '../connector.js';
import { fieldsByName, nullWhenNotFound, rejectingWrite } from '../writes.js';
import type { ZendeskClient } from './client.js';
import { DOMAIN_PRIORITY_TO_ZENDESK, DOMAIN_STATUS_TO_ZENDESK, zendeskCommentToMessage, zendeskTicketToDomain, zendeskUserToContact } from './map.js';
import type { zendeskAuditSchema } from './wire.js';
import type { z } from 'zod';

export const ZENDESK_WRITES: WriteCapabilities = {
  operations: TICKET_AND_CONTACT_WRITES,
  ticketChanges: ['subject', 'status', 'priority', 'type', 'assigneeId', 'tags', 'customFields'],
  // Zendesk refuses comments over 64 KB.
  maxBodyLength: 65_535,
  ticketTypes: ['problem', 'incident', 'question', 'task'],
  conditionalUpdate: true,
};

/** RecordInvalid `details` keys → our input fields. */
const INPUT_NAMES: Readonly<Record<string, readonly string[]>> = {
  subject: ['subject'],
  comment: ['body'],
  description: ['description'],
  requester: ['requester', 'email'],
  requester_id: ['requester', 'email'],
  assignee: ['assigneeId'],
  assignee_id: ['assigneeId'],
  status: ['status'],
  priority: ['priority'],
  type: ['type'],
  tags: ['tags'],
  custom_fields: ['customFields'],
  email: ['email'],
  name: ['name'],
  phone: ['phone'],
};

/** `{error: "RecordInvalid", description, details: {field: [{description, error}]}}` */
const zendeskFields = (body: unknown) => fieldsByName((body as { details?: unknown } | null)?.details, INPUT_NAMES);

/** Zendesk ids go out as JSON numbers; one beyond 2^53 cannot be written exactly, so it is refused. */
const numericId = (id: string, path: string[]): number => {
  const number = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(number)) {
    throw new WriteRejection('VALIDATION', `${path.join('.')}: Zendesk id ${id} cannot be sent exactly`, [{ path: ['input', ...path], message: 'is beyond 2^53' }]);
  }
  return number;
};

const customFields = (fields: readonly CustomFieldValue[]) => fields.map((field, i) => ({ id: numericId(field.key, ['customFields', String(i), 'key']), value: field.value }));

const ticketBody = (changes: TicketChanges): Record<string, unknown> => ({
  subject: changes.subject,
  status: changes.status === undefined ? undefined : DOMAIN_STATUS_TO_ZENDESK[changes.status],
  priority: changes.priority === undefined ? undefined : DOMAIN_PRIORITY_TO_ZENDESK[changes.priority],
  type: changes.type,
  // Zendesk unassigns with a null assignee_id.
  assignee_id: changes.assigneeId === undefined ? undefined : changes.assigneeId === null ? null : numericId(changes.assigneeId, ['assigneeId']),
  tags: changes.tags,
  custom_fields: changes.customFields === undefined ? undefined : customFields(changes.customFields),
});

const userBody = (changes: ContactChanges | ContactDraft): Record<string, unknown> => ({
  name: changes.name ?? undefined,
  email: changes.email,
  phone: changes.phone,
  // Zendesk files a company as the user's organization, creating it when new.
  ...(changes.company ? { organization: { name: changes.company } } : {}),
});

export const zendeskWrites = (connectionId: string, client: ZendeskClient): Required<ConnectorWrites> & Required<Pick<Connector, 'closeTicket'>> => {
  const write = <T>(call: () => Promise<T>): Promise<T> => rejectingWrite(call, zendeskFields);
  const toTicket = (ticket: Parameters<typeof zendeskTicketToDomain>[1]): DomainTicket => zendeskTicketToDomain(connectionId, ticket);

  /** The comment a write added, from the audit's Comment event. */
  const addedComment = (ticketId: string, audit: z.infer<typeof zendeskAuditSchema> | undefined) => {
    const event = audit?.events.find((candidate) => candidate.type === 'Comment');
    if (!audit || !event) throw new WriteRejection('NOT_FOUND', `connection ${connectionId}: ticket ${ticketId} took no comment`);
    return zendeskCommentToMessage(connectionId, ticketId, { ...event, author_id: event.author_id ?? audit.author_id, created_at: audit.created_at });
  };
  const comment = (isPublic: boolean) => async (id: string, message: MessageDraft) => {
    const body = message.format === 'HTML' ? { html_body: message.body } : { body: message.body };
    const response = await write(() => client.updateTicket(id, { comment: { ...body, public: isPublic } }));
    return addedComment(id, response.audit);
  };

  return {
    createTicket: async (draft) => {
      const response = await write(() =>
        client.createTicket({
          ...ticketBody({
            subject: draft.subject,
            priority: draft.priority ?? undefined,
            type: draft.type ?? undefined,
            assigneeId: draft.assigneeId ?? undefined,
            tags: draft.tags.length > 0 ? draft.tags : undefined,
            customFields: draft.customFields.length > 0 ? draft.customFields : undefined,
          }),
          comment: { body: draft.description },
          // Zendesk finds the requester by email, or creates the end user.
          requester: { email: draft.requester.email, ...(draft.requester.name ? { name: draft.requester.name } : {}) },
        }),
      );
      return toTicket(response.ticket);
    },
    updateTicket: async (id, changes, guard) => {
      const safe = guard ? { safe_update: true, updated_stamp: guard.updatedAt } : {};
      return toTicket((await write(() => client.updateTicket(id, { ...ticketBody(changes), ...safe }))).ticket);
    },
    // Agents close a Zendesk ticket by solving it; Zendesk moves solved tickets to closed itself later.
    closeTicket: (id) => nullWhenNotFound(async () => toTicket((await write(() => client.updateTicket(id, { status: 'solved' }))).ticket)),
    deleteTicket: (id) => write(() => client.deleteTicket(id)),
    replyToTicket: comment(true),
    addInternalNote: comment(false),
    createContact: async (draft) =>
      zendeskUserToContact(connectionId, (await write(() => client.createUser({ role: 'end-user', ...userBody({ ...draft, name: draft.name ?? draft.email.split('@')[0] ?? draft.email }) }))).user),
    updateContact: async (id, changes) => zendeskUserToContact(connectionId, (await write(() => client.updateUser(id, userBody(changes)))).user),
    deleteContact: (id) => write(() => client.deleteUser(id)),
  };
};
