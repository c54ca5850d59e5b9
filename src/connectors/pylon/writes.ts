import type { CustomFieldValue, DomainContact, DomainMessage, DomainTicket, TicketStatus } from '../../domain/types.js';
import { TICKET_AND_CONTACT_WRITES, WriteRejection, type ContactChanges, type MessageDraft, type TicketChanges } from '../../domain/writes.js';
import type { Connector, ConnectorWrites, WriteCapabilities } from '../connector.js';
import { bodyAsHtml, nullWhenNotFound, rejectingWrite } from '../writes.js';
import type { PylonClient } from './client.js';
import { PYLON_PRIORITY_VALUES, pylonContactToDomain, pylonIssueToDomain, pylonMessageToDomain } from './map.js';
import type { PylonIssue } from './wire.js';

/**
 * Pylon's writes: `POST /issues`, `PATCH /issues/{id}`, `POST /issues/{id}/reply` and `/note`,
 * `DELETE /issues/{id}`, and contacts. Priority is a create field only; afterwards it lives in the
 * custom field `priorityField` names, so it changes only where that is configured.
 */
export const pylonWriteCapabilities = (priorityField: string | undefined): WriteCapabilities => ({
  operations: TICKET_AND_CONTACT_WRITES,
  ticketChanges: ['subject', 'status', 'type', 'assigneeId', 'tags', 'customFields', ...(priorityField ? (['priority'] as const) : [])],
  // Pylon documents no limit; this is the gateway's own bound on what it forwards.
  maxBodyLength: 65_536,
  ticketTypes: ['conversation', 'ticket'],
});

/** Pylon has no solved state: SOLVED and CLOSED both close. */
const STATE_FOR: Readonly<Record<TicketStatus, string>> = {
  NEW: 'new',
  OPEN: 'waiting_on_you',
  PENDING: 'waiting_on_customer',
  ON_HOLD: 'on_hold',
  SOLVED: 'closed',
  CLOSED: 'closed',
};

/** Pylon's errors carry messages only (`{errors: ["..."]}`), no field names. */
const noFields = () => [];

const customFields = (fields: readonly CustomFieldValue[]) =>
  fields.map((field) => (Array.isArray(field.value) ? { slug: field.key, values: field.value.map(String) } : { slug: field.key, value: field.value === null ? undefined : String(field.value) }));

export const pylonWrites = (
  connectionId: string,
  client: PylonClient,
  priorityField: string | undefined,
): Required<ConnectorWrites> & Required<Pick<Connector, 'closeTicket'>> => {
  const write = <T>(call: () => Promise<T>): Promise<T> => rejectingWrite(call, noFields);
  const toTicket = (issue: PylonIssue): DomainTicket => pylonIssueToDomain(issue, { connectionId, priorityField });
  const toContact = (contact: Parameters<typeof pylonContactToDomain>[0]): DomainContact => pylonContactToDomain(contact, connectionId);

  const issueBody = (changes: TicketChanges): Record<string, unknown> => {
    const fields = [
      ...(changes.customFields ?? []),
      ...(changes.priority && priorityField ? [{ key: priorityField, value: PYLON_PRIORITY_VALUES[changes.priority] }] : []),
    ];
    return {
      title: changes.subject,
      state: changes.status === undefined ? undefined : STATE_FOR[changes.status],
      type: changes.type,
      // Pylon unassigns with an empty assignee_id.
      assignee_id: changes.assigneeId === undefined ? undefined : (changes.assigneeId ?? ''),
      tags: changes.tags,
      custom_fields: fields.length > 0 ? customFields(fields) : undefined,
    };
  };

  /** The message just posted, read back from the conversation (Pylon answers its id only). */
  const posted = async (issueId: string, messageId: string): Promise<DomainMessage> => {
    const message = (await client.issueMessages(issueId)).find((candidate) => candidate.id === messageId);
    if (!message) throw new WriteRejection('NOT_FOUND', `connection ${connectionId}: message ${messageId} is not on issue ${issueId}`);
    return pylonMessageToDomain(message, issueId, connectionId);
  };

  const contactBody = (changes: ContactChanges): Record<string, unknown> => {
    if (changes.company) {
      throw new WriteRejection('VALIDATION', 'company: Pylon keeps companies as accounts, not on contacts', [
        { path: ['input', 'company'], message: 'Pylon keeps companies as accounts, not on contacts' },
      ]);
    }
    return { name: changes.name, email: changes.email, primary_phone_number: changes.phone ?? undefined };
  };

  return {
    createTicket: async (draft) =>
      toTicket(
        await write(() =>
          client.createIssue({
            ...issueBody({
              subject: draft.subject,
              assigneeId: draft.assigneeId ?? undefined,
              tags: draft.tags.length > 0 ? draft.tags : undefined,
              customFields: draft.customFields.length > 0 ? draft.customFields : undefined,
            }),
            body_html: bodyAsHtml({ body: draft.description, format: 'TEXT' }),
            requester_email: draft.requester.email,
            requester_name: draft.requester.name ?? undefined,
            priority: draft.priority === null ? undefined : PYLON_PRIORITY_VALUES[draft.priority],
          }),
        ),
      ),
    updateTicket: async (id, changes) => toTicket(await write(() => client.updateIssue(id, issueBody(changes)))),
    closeTicket: (id) => nullWhenNotFound(async () => toTicket(await write(() => client.updateIssue(id, { state: 'closed' })))),
    deleteTicket: (id) => write(() => client.deleteIssue(id)),
    replyToTicket: async (id, message: MessageDraft) => {
      // A Pylon reply answers one message: the customer's latest, else the latest of all.
      const conversation = await write(() => client.issueMessages(id));
      const target = conversation.filter((candidate) => !candidate.is_private).at(-1) ?? conversation.at(-1);
      if (!target) throw new WriteRejection('VALIDATION', 'ticketId: the issue has no message to reply to', [{ path: ['input', 'ticketId'], message: 'has no message to reply to' }]);
      const messageId = await write(() => client.postMessage(id, 'reply', { body_html: bodyAsHtml(message), message_id: target.id }));
      return posted(id, messageId);
    },
    addInternalNote: async (id, message) => posted(id, await write(() => client.postMessage(id, 'note', { body_html: bodyAsHtml(message) }))),
    createContact: async (draft) =>
      toContact(
        await write(() =>
          client.createContact({ ...contactBody({ email: draft.email, phone: draft.phone, company: draft.company }), name: draft.name ?? draft.email.split('@')[0] ?? draft.email }),
        ),
      ),
    updateContact: async (id, changes) => toContact(await write(() => client.updateContact(id, contactBody(changes)))),
    deleteContact: (id) => write(() => client.deleteContact(id)),
  };
};
