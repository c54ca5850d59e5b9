import { randomUUID } from 'node:crypto';
import type { SimRequest, SimResponse, SimRoute } from '../sim-server.js';
import { PYLON_CUSTOM_STATE, simTime, type PylonDataset, type SimContact, type SimCustomField, type SimIssue, type SimMessage } from './data.js';

/**
 * Pylon's writes as its API behaves: `{data, request_id}` answers, `{errors: [...], request_id}` with
 * 400 for a bad body and 404 for an unknown id, `PATCH` changing only the keys sent (`assignee_id: ""`
 * unassigns, `tags` replaces), replies that must name the message they answer, and priority (a create
 * field) kept in the `priority` custom field, as this account's read schema shows it.
 */

export interface PylonWriteState {
  data(): PylonDataset;
  ok(body: Record<string, unknown>): SimResponse;
  error(status: number, message: string): SimResponse;
  findIssue(idOrNumber: string): SimIssue | undefined;
}

const PRIORITIES = ['urgent', 'high', 'medium', 'low'];
/** The five built-in states and this account's custom one. */
const STATES = ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed', PYLON_CUSTOM_STATE];
const TYPES = ['conversation', 'ticket'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Body = Record<string, unknown>;
const bodyOf = (request: SimRequest): Body => (typeof request.body === 'object' && request.body !== null ? (request.body as Body) : {});
const text = (body: Body, key: string): string | undefined => (typeof body[key] === 'string' ? (body[key] as string) : undefined);

export const pylonWriteRoutes = (state: PylonWriteState): SimRoute[] => {
  const { ok, error } = state;
  const now = (): string => simTime(Date.now());
  const userById = (id: string) => state.data().users.find((user) => user.id === id);

  /** Checks the fields PATCH and POST share; answers the error message, or applies them. */
  const apply = (issue: SimIssue, body: Body): string | undefined => {
    const title = text(body, 'title');
    if (title !== undefined && title.trim() === '') return 'title cannot be empty';
    const issueState = text(body, 'state');
    if (issueState !== undefined && !STATES.includes(issueState)) return `invalid state: ${issueState}`;
    const type = text(body, 'type');
    if (type !== undefined && !TYPES.includes(type)) return `invalid type: ${type}`;
    const assignee = text(body, 'assignee_id');
    const user = assignee ? userById(assignee) : undefined;
    if (assignee && !user) return 'assignee not found';
    if (body['tags'] !== undefined && (!Array.isArray(body['tags']) || !body['tags'].every((tag) => typeof tag === 'string'))) return 'tags must be a list of strings';
    const fields = body['custom_fields'];
    if (fields !== undefined && !Array.isArray(fields)) return 'custom_fields must be a list';
    for (const field of (fields ?? []) as SimCustomField[]) {
      if (typeof field.slug !== 'string' || !state.data().issueFieldSlugs.includes(field.slug)) return `unknown custom field: ${String(field.slug)}`;
      if (field.slug === 'priority' && field.value !== undefined && !PRIORITIES.includes(field.value)) return `invalid priority: ${field.value}`;
    }
    if (title !== undefined) issue.title = title;
    if (issueState !== undefined) issue.state = issueState;
    if (type !== undefined) issue.type = type as SimIssue['type'];
    if (assignee !== undefined) {
      if (user) issue.assignee = { id: user.id, email: user.email };
      else delete issue.assignee;
    }
    if (body['tags'] !== undefined) issue.tags = [...new Set(body['tags'] as string[])];
    for (const field of (fields ?? []) as SimCustomField[]) {
      if (field.value === undefined && field.values === undefined) delete issue.custom_fields[field.slug];
      else issue.custom_fields[field.slug] = { slug: field.slug, ...(field.values ? { values: field.values } : { value: field.value }) };
    }
    return undefined;
  };

  const contactWithEmail = (email: string, except?: SimContact): SimContact | undefined =>
    state.data().contacts.find((contact) => contact !== except && contact.emails.some((candidate) => candidate.toLowerCase() === email.toLowerCase()));

  const createIssue = (request: SimRequest): SimResponse => {
    const body = bodyOf(request);
    const title = text(body, 'title');
    const html = text(body, 'body_html');
    if (!title?.trim()) return error(400, 'title is required');
    if (!html?.trim()) return error(400, 'body_html is required');
    const data = state.data();
    let requester: SimContact | undefined;
    const requesterId = text(body, 'requester_id');
    const requesterEmail = text(body, 'requester_email');
    if (requesterId) requester = data.contacts.find((contact) => contact.id === requesterId);
    else if (requesterEmail) {
      if (!EMAIL.test(requesterEmail)) return error(400, 'requester_email is not a valid email');
      requester = contactWithEmail(requesterEmail) ?? createContactRecord(text(body, 'requester_name') ?? requesterEmail.split('@')[0] ?? requesterEmail, requesterEmail);
    }
    if (!requester) return error(400, 'one of requester_id or requester_email is required');
    const priority = text(body, 'priority');
    if (priority !== undefined && !PRIORITIES.includes(priority)) return error(400, `invalid priority: ${priority}`);
    const at = now();
    const number = data.issues.reduce((max, issue) => Math.max(max, issue.number), 0) + 1;
    const issue: SimIssue = {
      id: randomUUID(),
      number,
      title,
      body_html: html,
      state: 'new',
      type: 'conversation',
      source: 'manual',
      account: requester.account,
      requester: { id: requester.id, email: requester.email },
      tags: [],
      custom_fields: priority ? { priority: { slug: 'priority', value: priority } } : {},
      created_at: at,
      updated_at: at,
      latest_message_time: at,
      link: `https://app.usepylon.com/issues?issueNumber=${number}`,
    };
    const problem = apply(issue, { ...body, title: undefined });
    if (problem) return error(400, problem);
    data.issues.push(issue);
    const first: SimMessage = { id: randomUUID(), message_html: html, is_private: false, timestamp: at, source: 'manual', author: { name: requester.name, contact: { id: requester.id, email: requester.email } } };
    data.messages.set(issue.id, [first]);
    return ok({ data: issue });
  };

  const updateIssue = (request: SimRequest): SimResponse => {
    const issue = state.findIssue(request.params['id'] ?? '');
    if (!issue) return error(404, 'issue not found');
    const draft = structuredClone(issue);
    const problem = apply(draft, bodyOf(request));
    if (problem) return error(400, problem);
    // The draft may have dropped keys (an unassigned issue has no `assignee`).
    for (const key of Object.keys(issue)) if (!(key in draft)) delete (issue as unknown as Record<string, unknown>)[key];
    Object.assign(issue, draft, { updated_at: now() });
    return ok({ data: issue });
  };

  const deleteIssue = (request: SimRequest): SimResponse => {
    const issue = state.findIssue(request.params['id'] ?? '');
    if (!issue) return error(404, 'issue not found');
    const data = state.data();
    data.issues.splice(data.issues.indexOf(issue), 1);
    data.messages.delete(issue.id);
    return ok({});
  };

  /** The API token posts as the first user of the organization. */
  const postMessage = (isPrivate: boolean) => (request: SimRequest): SimResponse => {
    const issue = state.findIssue(request.params['id'] ?? '');
    if (!issue) return error(404, 'issue not found');
    const body = bodyOf(request);
    const html = text(body, 'body_html');
    if (!html?.trim()) return error(400, 'body_html is required');
    const thread = state.data().messages.get(issue.id) ?? [];
    if (!isPrivate) {
      const messageId = text(body, 'message_id');
      if (!messageId) return error(400, 'message_id is required');
      if (!thread.some((message) => message.id === messageId)) return error(404, 'message not found');
    }
    const user = state.data().users[0];
    const at = now();
    const message: SimMessage = {
      id: randomUUID(),
      message_html: html,
      is_private: isPrivate,
      timestamp: at,
      source: isPrivate ? 'manual' : issue.source,
      author: { name: user?.name ?? 'API', ...(user ? { user: { id: user.id, email: user.email } } : {}) },
    };
    state.data().messages.set(issue.id, [...thread, message]);
    Object.assign(issue, { updated_at: at, latest_message_time: at });
    return ok({ data: { id: message.id, issue_id: issue.id } });
  };

  const createContactRecord = (name: string, email: string, phone?: string): SimContact => {
    const data = state.data();
    const contact: SimContact = {
      id: randomUUID(),
      name,
      email,
      emails: [email],
      phone_numbers: phone ? [phone] : [],
      primary_phone_number: phone ?? '',
      account: { id: data.accounts[0]?.id ?? '' },
      custom_fields: {},
    };
    data.contacts.push(contact);
    return contact;
  };

  const contactProblem = (body: Body, self?: SimContact): string | undefined => {
    const email = text(body, 'email');
    if (email !== undefined && !EMAIL.test(email)) return 'email is not a valid email';
    if (email !== undefined && contactWithEmail(email, self)) return 'a contact with this email already exists';
    const name = text(body, 'name');
    if (name !== undefined && name.trim() === '') return 'name cannot be empty';
    return undefined;
  };

  const createContact = (request: SimRequest): SimResponse => {
    const body = bodyOf(request);
    const name = text(body, 'name');
    if (!name) return error(400, 'name is required');
    const problem = contactProblem(body);
    if (problem) return error(400, problem);
    return ok({ data: createContactRecord(name, text(body, 'email') ?? '', text(body, 'primary_phone_number')) });
  };

  const findContact = (request: SimRequest): SimContact | undefined => state.data().contacts.find((contact) => contact.id === request.params['id']);

  const updateContact = (request: SimRequest): SimResponse => {
    const contact = findContact(request);
    if (!contact) return error(404, 'contact not found');
    const body = bodyOf(request);
    const problem = contactProblem(body, contact);
    if (problem) return error(400, problem);
    const name = text(body, 'name');
    const email = text(body, 'email');
    const phone = text(body, 'primary_phone_number');
    if (name !== undefined) contact.name = name;
    if (email !== undefined) Object.assign(contact, { email, emails: [email, ...contact.emails.filter((other) => other !== contact.email && other !== email)] });
    if (phone !== undefined) Object.assign(contact, { primary_phone_number: phone, phone_numbers: [phone] });
    return ok({ data: contact });
  };

  const deleteContact = (request: SimRequest): SimResponse => {
    const contact = findContact(request);
    if (!contact) return error(404, 'contact not found');
    const contacts = state.data().contacts;
    contacts.splice(contacts.indexOf(contact), 1);
    return ok({});
  };

  return [
    { method: 'POST', pattern: '/issues', handle: createIssue },
    { method: 'PATCH', pattern: '/issues/:id', handle: updateIssue },
    { method: 'DELETE', pattern: '/issues/:id', handle: deleteIssue },
    { method: 'POST', pattern: '/issues/:id/reply', handle: postMessage(false) },
    { method: 'POST', pattern: '/issues/:id/note', handle: postMessage(true) },
    { method: 'POST', pattern: '/contacts', handle: createContact },
    { method: 'PATCH', pattern: '/contacts/:id', handle: updateContact },
    { method: 'DELETE', pattern: '/contacts/:id', handle: deleteContact },
  ];
};
