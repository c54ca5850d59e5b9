import { GatewayError } from '../../domain/errors.js';
import type { DomainContact, DomainMessage, DomainTicket, TicketStatus } from '../../domain/types.js';
import { WriteRejection, type ContactChanges, type MessageDraft, type TicketChanges } from '../../domain/writes.js';
import type { Connector, ConnectorWrites, WriteCapabilities } from '../connector.js';
import { bodyAsText } from '../writes.js';
import type { PlainClient } from './client.js';
import {
  assignThread,
  changeThreadPriority,
  createNote,
  createThread,
  deleteCustomer,
  markThreadAsDone,
  markThreadAsTodo,
  replyToThread,
  snoozeThread,
  threadsByIds,
  threadTimeline,
  unassignThread,
  upsertCustomer,
} from './documents.js';
import type { UpsertCustomerMutationVariables } from './generated/graphql.js';
import { domainPriorityToPlain, plainCustomerToDomain, plainThreadToDomain, plainTimelineEntryToDomain } from './map.js';
import {
  assignThreadData,
  changeThreadPriorityData,
  createNoteData,
  createThreadData,
  deleteCustomerData,
  markThreadAsDoneData,
  markThreadAsTodoData,
  replyToThreadData,
  snoozeThreadData,
  threadsByIdsData,
  threadTimelineData,
  unassignThreadData,
  upsertCustomerData,
  type PlainMutationError,
  type PlainThread,
} from './wire.js';

/**
 * Plain's writes, one mutation per change: createThread, markThreadAsDone/Todo, snoozeThread,
 * changeThreadPriority, assignThread/unassignThread, replyToThread, createNote, upsertCustomer,
 * deleteCustomer. A mutation's `error` is data: it becomes a typed rejection here.
 */
export const PLAIN_WRITES: WriteCapabilities = {
  operations: ['createTicket', 'updateTicket', 'closeTicket', 'replyToTicket', 'addInternalNote', 'createContact', 'updateContact', 'deleteContact'],
  // Titles, labels and thread fields have their own mutations, not mapped yet.
  ticketChanges: ['status', 'priority', 'assigneeId'],
  // Plain documents no limit; this is the gateway's own bound on what it forwards.
  maxBodyLength: 65_536,
};

/** How long ON_HOLD snoozes a thread: Plain snoozes for a duration, we have no duration to give. */
export const PLAIN_SNOOZE_SECONDS = 24 * 60 * 60;

/** Plain's input field names → ours, for its per-field errors. */
const INPUT_NAMES: Readonly<Record<string, readonly string[]>> = {
  threadId: ['id'],
  textContent: ['body'],
  text: ['body'],
  title: ['subject'],
  priority: ['priority'],
  userId: ['assigneeId'],
  customerIdentifier: ['requester', 'email'],
  'customerIdentifier.emailAddress': ['requester', 'email'],
  'onCreate.email.email': ['email'],
  'onUpdate.email.email': ['email'],
  'onCreate.fullName': ['name'],
  'onUpdate.fullName.value': ['name'],
};

const refusal = (connectionId: string, error: PlainMutationError): Error => {
  if (error.fields.some((field) => field.type === 'NOT_FOUND')) return new WriteRejection('NOT_FOUND', `connection ${connectionId}: ${error.message}`);
  if (error.type === 'VALIDATION') {
    return new WriteRejection(
      'VALIDATION',
      `connection ${connectionId}: ${error.message}`,
      error.fields.map((field) => ({ path: ['input', ...(INPUT_NAMES[field.field] ?? [field.field])], message: field.message })),
    );
  }
  return new GatewayError('UPSTREAM_UNAVAILABLE', `connection ${connectionId}: Plain refused the write (${error.code}): ${error.message}`, { connectionId });
};

/** Which mutation moves a thread to a status; PENDING has no Plain counterpart. */
const statusMutation = (status: TicketStatus): 'todo' | 'done' | 'snooze' | null =>
  status === 'NEW' || status === 'OPEN' ? 'todo' : status === 'SOLVED' || status === 'CLOSED' ? 'done' : status === 'ON_HOLD' ? 'snooze' : null;

const unsupportedContactField = (field: 'phone' | 'company'): WriteRejection =>
  new WriteRejection('VALIDATION', `${field}: Plain customers have no ${field}`, [{ path: ['input', field], message: `Plain customers have no ${field}` }]);

export const plainWrites = (
  connectionId: string,
  client: PlainClient,
  toTicket: (thread: PlainThread) => DomainTicket,
): Required<Omit<ConnectorWrites, 'deleteTicket'>> & Required<Pick<Connector, 'closeTicket'>> => {
  const mutation = { mutation: true };
  const thread = (output: { thread: PlainThread | null; error: PlainMutationError | null }): DomainTicket => {
    if (output.error) throw refusal(connectionId, output.error);
    if (!output.thread) throw new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${connectionId}: Plain answered with neither thread nor error`, { connectionId });
    return toTicket(output.thread);
  };
  const done = async (threadId: string) =>
    thread((await client.request(markThreadAsDone, { input: { threadId, statusDetail: null } }, markThreadAsDoneData, mutation)).markThreadAsDone);
  const changeStatus = async (threadId: string, status: TicketStatus): Promise<DomainTicket> => {
    switch (statusMutation(status)) {
      case 'todo':
        return thread((await client.request(markThreadAsTodo, { input: { threadId } }, markThreadAsTodoData, mutation)).markThreadAsTodo);
      case 'done':
        return done(threadId);
      default:
        return thread(
          (await client.request(snoozeThread, { input: { threadId, durationSeconds: PLAIN_SNOOZE_SECONDS } }, snoozeThreadData, mutation)).snoozeThread,
        );
    }
  };
  const assign = async (threadId: string, userId: string | null): Promise<DomainTicket> =>
    userId === null
      ? thread((await client.request(unassignThread, { input: { threadId } }, unassignThreadData, mutation)).unassignThread)
      : thread((await client.request(assignThread, { input: { threadId, userId } }, assignThreadData, mutation)).assignThread);

  /** The newest entry of a thread's timeline: what a reply or note just added (Plain answers no entity). */
  const newestEntry = async (threadId: string): Promise<DomainMessage> => {
    const { thread: found } = await client.request(threadTimeline, { threadId, last: 1, before: null }, threadTimelineData);
    const entry = found?.timelineEntries.edges.at(-1)?.node;
    if (!entry) throw new WriteRejection('NOT_FOUND', `connection ${connectionId}: thread ${threadId} shows no new entry`);
    return plainTimelineEntryToDomain(connectionId, entry);
  };

  const customer = async (input: UpsertCustomerMutationVariables): Promise<{ contact: DomainContact; result: string | null }> => {
    const output = (await client.request(upsertCustomer, input, upsertCustomerData, mutation)).upsertCustomer;
    if (output.error) throw refusal(connectionId, output.error);
    if (!output.customer) throw new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${connectionId}: Plain answered with neither customer nor error`, { connectionId });
    return { contact: plainCustomerToDomain(connectionId, output.customer), result: output.result };
  };

  return {
    async createTicket(draft) {
      const { contact } = await customer({
        input: {
          identifier: { emailAddress: draft.requester.email },
          onCreate: { fullName: draft.requester.name ?? draft.requester.email.split('@')[0] ?? draft.requester.email, email: { email: draft.requester.email, isVerified: false } },
          onUpdate: {},
        },
      });
      const created = thread(
        (
          await client.request(
            createThread,
            {
              input: {
                customerIdentifier: { customerId: contact.externalId },
                title: draft.subject,
                description: draft.description,
                priority: draft.priority === null ? null : domainPriorityToPlain(draft.priority),
              },
            },
            createThreadData,
            mutation,
          )
        ).createThread,
      );
      return draft.assigneeId ? assign(created.externalId, draft.assigneeId) : created;
    },

    async updateTicket(id, changes: TicketChanges) {
      if (changes.status && statusMutation(changes.status) === null) {
        throw new WriteRejection('VALIDATION', `status: Plain has no ${changes.status} state`, [{ path: ['input', 'status'], message: `Plain has no ${changes.status} state` }]);
      }
      // One mutation per change, in order: if one fails, the ones before it have happened.
      let latest: DomainTicket | undefined;
      if (changes.status) latest = await changeStatus(id, changes.status);
      if (changes.priority) {
        latest = thread((await client.request(changeThreadPriority, { input: { threadId: id, priority: domainPriorityToPlain(changes.priority) } }, changeThreadPriorityData, mutation)).changeThreadPriority);
      }
      if (changes.assigneeId !== undefined) latest = await assign(id, changes.assigneeId);
      if (!latest) throw new WriteRejection('VALIDATION', 'nothing Plain can change was given');
      return latest;
    },

    async closeTicket(id) {
      try {
        return await done(id);
      } catch (error) {
        if (error instanceof WriteRejection && error.kind === 'NOT_FOUND') return null;
        throw error;
      }
    },

    async replyToTicket(id, message: MessageDraft) {
      const { error } = (await client.request(replyToThread, { input: { threadId: id, textContent: bodyAsText(message), markdownContent: null } }, replyToThreadData, mutation)).replyToThread;
      if (error) throw refusal(connectionId, error);
      return newestEntry(id);
    },

    async addInternalNote(id, message) {
      // A note belongs to the thread's customer, which Plain wants named.
      const { threads } = await client.request(threadsByIds, { threadIds: [id], first: 1 }, threadsByIdsData);
      const customerId = threads.edges[0]?.node.customer.id;
      if (!customerId) throw new WriteRejection('NOT_FOUND', `connection ${connectionId}: no thread ${id}`);
      const output = (await client.request(createNote, { input: { customerId, threadId: id, text: bodyAsText(message), markdown: null } }, createNoteData, mutation)).createNote;
      if (output.error) throw refusal(connectionId, output.error);
      return newestEntry(id);
    },

    async createContact(draft) {
      if (draft.phone) throw unsupportedContactField('phone');
      if (draft.company) throw unsupportedContactField('company');
      const { contact, result } = await customer({
        input: {
          identifier: { emailAddress: draft.email },
          onCreate: { fullName: draft.name ?? draft.email.split('@')[0] ?? draft.email, email: { email: draft.email, isVerified: false } },
          onUpdate: {},
        },
      });
      if (result !== 'CREATED') {
        throw new WriteRejection('VALIDATION', 'email: Plain already has a customer with this email', [{ path: ['input', 'email'], message: 'is already a customer' }]);
      }
      return contact;
    },

    async updateContact(id, changes: ContactChanges) {
      if (changes.phone !== undefined) throw unsupportedContactField('phone');
      if (changes.company !== undefined) throw unsupportedContactField('company');
      const email = changes.email === undefined ? undefined : { email: changes.email, isVerified: false };
      const { contact } = await customer({
        input: {
          identifier: { customerId: id },
          // Plain wants onCreate even for a known id; an unknown id is refused, never created.
          onCreate: { fullName: changes.name ?? '', email: email ?? { email: '', isVerified: false } },
          onUpdate: { ...(changes.name !== undefined ? { fullName: { value: changes.name } } : {}), ...(email ? { email } : {}) },
        },
      });
      return contact;
    },

    async deleteContact(id) {
      const { error } = (await client.request(deleteCustomer, { input: { customerId: id } }, deleteCustomerData, mutation)).deleteCustomer;
      if (error) throw refusal(connectionId, error);
    },
  };
};
