import { randomInt } from 'node:crypto';
import type { PlainDataset, SimCustomer, SimThread, SimTimelineEntry } from './dataset.js';
import type { PlainThreadEventType } from './webhooks.js';

/**
 * Plain's thread and customer mutations over the simulator's dataset. As in Plain, a refusal is data:
 * `{ <entity>: null, error: MutationError }`, never a GraphQL error.
 */

export interface PlainMutationState {
  dataset: PlainDataset;
  threads: Map<string, SimThread>;
  customers: Map<string, SimCustomer>;
  users: ReadonlyMap<string, unknown>;
  threadView(thread: SimThread): unknown;
  customerView(customer: SimCustomer): unknown;
  /** Told of each change to a thread, as Plain's webhook targets are. */
  changed(eventType: PlainThreadEventType, thread: SimThread): void;
}

type FieldType = 'VALIDATION' | 'REQUIRED' | 'NOT_FOUND';
const refused = (message: string, field: string, type: FieldType, fieldMessage = message) => ({
  message,
  type: 'VALIDATION',
  code: 'input_validation',
  fields: [{ field, message: fieldMessage, type }],
});

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newId = (prefix: string): string => `${prefix}_01${Array.from({ length: 24 }, () => CROCKFORD[randomInt(32)]).join('')}`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Identifier {
  customerId?: string | null;
  emailAddress?: string | null;
  externalId?: string | null;
}

export const plainMutations = (state: PlainMutationState) => {
  const { dataset, threads, customers } = state;
  const now = (): string => new Date().toISOString();
  const apiUser = (): string => dataset.users[0]?.id ?? 'u_api';

  const findCustomer = (identifier: Identifier): SimCustomer | undefined => {
    if (identifier.customerId) return customers.get(identifier.customerId);
    if (identifier.emailAddress) return dataset.customers.find((c) => c.email.toLowerCase() === identifier.emailAddress?.toLowerCase());
    if (identifier.externalId) return dataset.customers.find((c) => c.externalId === identifier.externalId);
    return undefined;
  };

  /** Runs `change` on an existing thread and answers `{thread, error}`. */
  const onThread = (threadId: string, eventType: PlainThreadEventType, change: (thread: SimThread) => ReturnType<typeof refused> | void) => {
    const thread = threads.get(threadId);
    if (!thread) return { thread: null, error: refused('Thread not found', 'threadId', 'NOT_FOUND', `No thread with id ${threadId}`) };
    const draft = { ...thread };
    const error = change(draft);
    if (error) return { thread: null, error };
    Object.assign(thread, draft, { updatedAt: now() });
    state.changed(eventType, thread);
    return { thread: state.threadView(thread), error: null };
  };
  const setStatus = (thread: SimThread, status: SimThread['status'], detail: SimThread['statusDetail'], waitingUntil: string | null = null): void => {
    Object.assign(thread, { status, statusDetail: detail, statusChangedAt: now(), waitingUntil });
  };

  const addEntry = (thread: SimThread, entry: SimTimelineEntry['entry'], eventType: PlainThreadEventType): SimTimelineEntry => {
    const added: SimTimelineEntry = { id: newId('te'), threadId: thread.id, customerId: thread.customerId, timestamp: now(), actor: { kind: 'User', userId: apiUser() }, entry, attachments: [] };
    dataset.timelines.set(thread.id, [...(dataset.timelines.get(thread.id) ?? []), added]);
    Object.assign(thread, { updatedAt: added.timestamp });
    state.changed(eventType, thread);
    return added;
  };

  return {
    createThread: ({ input }: { input: { customerIdentifier: Identifier; title?: string | null; description?: string | null; priority?: number | null } }) => {
      const customer = findCustomer(input.customerIdentifier);
      if (!customer) return { thread: null, error: refused('Customer not found', 'customerIdentifier', 'NOT_FOUND') };
      if (input.title !== undefined && input.title !== null && input.title.trim() === '') return { thread: null, error: refused('Title cannot be empty', 'title', 'VALIDATION') };
      if (input.priority !== undefined && input.priority !== null && ![0, 1, 2, 3].includes(input.priority)) {
        return { thread: null, error: refused('Priority must be 0, 1, 2 or 3', 'priority', 'VALIDATION') };
      }
      const at = now();
      const thread: SimThread = {
        id: newId('th'),
        ref: `T-${dataset.threads.length + 1}`,
        customerId: customer.id,
        title: input.title ?? 'Untitled',
        description: input.description ?? null,
        previewText: input.description ?? null,
        priority: input.priority ?? 2,
        externalId: null,
        status: 'TODO',
        statusDetail: 'ThreadStatusDetailCreated',
        statusChangedAt: at,
        waitingUntil: null,
        assignee: null,
        labelTypeIds: [],
        channel: 'API',
        createdAt: at,
        updatedAt: at,
      };
      dataset.threads.push(thread);
      threads.set(thread.id, thread);
      dataset.timelines.set(thread.id, []);
      state.changed('thread.thread_created', thread);
      return { thread: state.threadView(thread), error: null };
    },
    markThreadAsTodo: ({ input }: { input: { threadId: string } }) =>
      onThread(input.threadId, 'thread.thread_status_transitioned', (thread) => setStatus(thread, 'TODO', 'ThreadStatusDetailInProgress')),
    snoozeThread: ({ input }: { input: { threadId: string; durationSeconds?: number | null } }) =>
      onThread(input.threadId, 'thread.thread_status_transitioned', (thread) => {
        if (!input.durationSeconds || input.durationSeconds < 1) return refused('A snooze needs a duration', 'durationSeconds', 'REQUIRED');
        setStatus(thread, 'SNOOZED', 'ThreadStatusDetailWaitingForDuration', new Date(Date.now() + input.durationSeconds * 1000).toISOString());
      }),
    changeThreadPriority: ({ input }: { input: { threadId: string; priority: number } }) =>
      onThread(input.threadId, 'thread.thread_priority_changed', (thread) => {
        if (![0, 1, 2, 3].includes(input.priority)) return refused('Priority must be 0, 1, 2 or 3', 'priority', 'VALIDATION');
        thread.priority = input.priority;
      }),
    assignThread: ({ input }: { input: { threadId: string; userId?: string | null } }) =>
      onThread(input.threadId, 'thread.thread_assignment_transitioned', (thread) => {
        if (!input.userId || !state.users.has(input.userId)) return refused('User not found', 'userId', 'NOT_FOUND');
        thread.assignee = { kind: 'User', id: input.userId };
      }),
    unassignThread: ({ input }: { input: { threadId: string } }) =>
      onThread(input.threadId, 'thread.thread_assignment_transitioned', (thread) => {
        thread.assignee = null;
      }),
    replyToThread: ({ input }: { input: { threadId: string; textContent: string } }) => {
      const thread = threads.get(input.threadId);
      if (!thread) return { error: refused('Thread not found', 'threadId', 'NOT_FOUND') };
      if (input.textContent.trim() === '') return { error: refused('Text content is required', 'textContent', 'REQUIRED') };
      const user = dataset.users[0];
      addEntry(thread, { kind: 'EMAIL', emailId: newId('e'), subject: `Re: ${thread.title}`, text: input.textContent, from: { name: user?.fullName ?? 'Support', email: user?.email ?? '' } }, 'thread.email_sent');
      return { error: null };
    },
    createNote: ({ input }: { input: { customerId: string; threadId?: string | null; text: string } }) => {
      const thread = input.threadId ? threads.get(input.threadId) : undefined;
      if (input.threadId && !thread) return { note: null, error: refused('Thread not found', 'threadId', 'NOT_FOUND') };
      if (!customers.has(input.customerId)) return { note: null, error: refused('Customer not found', 'customerId', 'NOT_FOUND') };
      if (thread && thread.customerId !== input.customerId) return { note: null, error: refused('The thread belongs to another customer', 'customerId', 'VALIDATION') };
      if (input.text.trim() === '') return { note: null, error: refused('Text is required', 'text', 'REQUIRED') };
      const noteId = newId('n');
      if (thread) addEntry(thread, { kind: 'NOTE', noteId, text: input.text }, 'thread.note_created');
      return { note: { id: noteId }, error: null };
    },
    upsertCustomer: ({
      input,
    }: {
      input: { identifier: Identifier; onCreate: { fullName: string; email: { email: string } }; onUpdate: { fullName?: { value: string } | null; email?: { email: string } | null } };
    }) => {
      const failed = (error: ReturnType<typeof refused>) => ({ result: null, customer: null, error });
      const existing = findCustomer(input.identifier);
      const emailTaken = (email: string, self?: SimCustomer) => dataset.customers.some((c) => c !== self && c.email.toLowerCase() === email.toLowerCase());
      if (existing) {
        const { fullName, email } = input.onUpdate;
        if (fullName && fullName.value.trim() === '') return failed(refused('Full name cannot be empty', 'onUpdate.fullName.value', 'VALIDATION'));
        if (email && !EMAIL.test(email.email)) return failed(refused('Invalid email', 'onUpdate.email.email', 'VALIDATION'));
        if (email && emailTaken(email.email, existing)) return failed(refused('Email already in use', 'onUpdate.email.email', 'VALIDATION'));
        if (!fullName && !email) return { result: 'NOOP', customer: state.customerView(existing), error: null };
        if (fullName) existing.fullName = fullName.value;
        if (email) existing.email = email.email;
        existing.updatedAt = now();
        return { result: 'UPDATED', customer: state.customerView(existing), error: null };
      }
      if (input.identifier.customerId) return failed(refused('Customer not found', 'identifier.customerId', 'NOT_FOUND'));
      if (input.onCreate.fullName.trim() === '') return failed(refused('Full name is required', 'onCreate.fullName', 'REQUIRED'));
      if (!EMAIL.test(input.onCreate.email.email)) return failed(refused('Invalid email', 'onCreate.email.email', 'VALIDATION'));
      const at = now();
      const customer: SimCustomer = {
        id: newId('c'),
        externalId: input.identifier.externalId ?? null,
        fullName: input.onCreate.fullName,
        shortName: input.onCreate.fullName.split(' ')[0] ?? input.onCreate.fullName,
        email: input.onCreate.email.email,
        company: null,
        createdAt: at,
        updatedAt: at,
      };
      dataset.customers.push(customer);
      customers.set(customer.id, customer);
      return { result: 'CREATED', customer: state.customerView(customer), error: null };
    },
    /** Deleting a customer deletes their threads too, as in Plain. */
    deleteCustomer: ({ input }: { input: { customerId: string } }) => {
      const customer = customers.get(input.customerId);
      if (!customer) return { error: refused('Customer not found', 'customerId', 'NOT_FOUND') };
      customers.delete(customer.id);
      dataset.customers.splice(dataset.customers.indexOf(customer), 1);
      for (const thread of dataset.threads.filter((t) => t.customerId === customer.id)) {
        threads.delete(thread.id);
        dataset.threads.splice(dataset.threads.indexOf(thread), 1);
      }
      return { error: null };
    },
  };
};
