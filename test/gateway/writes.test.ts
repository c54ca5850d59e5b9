import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

/**
 * Every mutation against every simulator that supports it, through the gateway: the payloads, the
 * typed errors, read-your-writes within a request and after it, and what reached the upstream.
 */

interface KindCase {
  kind: string;
  /** What closeTicket reads back as in this upstream. */
  closed: 'CLOSED' | 'SOLVED';
  /** A createTicket input beyond the common fields that the upstream takes. */
  createExtra: Record<string, unknown>;
  /** Upstream routes a ticket write goes to (for counting). */
  writeRoutes: readonly string[];
  /** Upstream requests a createTicket makes (Plain upserts the customer first). */
  requestsPerCreate: number;
  deletesTickets: boolean;
  /** Whether createTicket, replies and notes, and contact writes are offered (all three, unless false). */
  creates?: false;
  messages?: false;
  contacts?: false;
  /** Whether the upstream documents 409 CONFLICT for its writes (seed 001's error envelope). */
  conflicts?: true;
  /** A mutation this kind cannot do, with its input, for the CapabilityError case. */
  unsupported?: MutationCase;
  /** A mutation the gateway lets through and the upstream refuses as invalid, and the input path it names. */
  upstreamInvalid?: MutationCase & { path: string[] };
}

interface MutationCase {
  mutation: string;
  inputType: string;
  input: (ticketId: string) => Record<string, unknown>;
}

const KINDS: readonly KindCase[] = [
  {
    kind: 'rest',
    closed: 'CLOSED',
    createExtra: { priority: 'HIGH', tags: ['vip'] },
    requestsPerCreate: 1,
    deletesTickets: true,
    writeRoutes: ['POST /api/v1/tickets', 'PATCH /api/v1/tickets/:id', 'DELETE /api/v1/tickets/:id', 'POST /api/v1/conversations'],
    unsupported: { mutation: 'updateTicket', inputType: 'UpdateTicketInput', input: (id) => ({ id, type: 'question' }) },
  },
  {
    kind: 'zendesk',
    closed: 'SOLVED',
    createExtra: { priority: 'HIGH', tags: ['vip'], type: 'incident' },
    requestsPerCreate: 1,
    deletesTickets: true,
    writeRoutes: ['POST /api/v2/tickets', 'PUT /api/v2/tickets/:ticket_id', 'DELETE /api/v2/tickets/:ticket_id'],
  },
  {
    kind: 'pylon',
    closed: 'CLOSED',
    createExtra: { priority: 'HIGH', tags: ['vip'] },
    requestsPerCreate: 1,
    deletesTickets: true,
    writeRoutes: ['POST /issues', 'PATCH /issues/:id', 'DELETE /issues/:id', 'POST /issues/:id/reply', 'POST /issues/:id/note'],
    unsupported: { mutation: 'updateTicket', inputType: 'UpdateTicketInput', input: (id) => ({ id, priority: 'LOW', ifUpdatedAt: '2020-01-01T00:00:00Z' }) },
  },
  {
    kind: 'plain',
    closed: 'SOLVED',
    createExtra: { priority: 'HIGH' },
    requestsPerCreate: 2,
    deletesTickets: false,
    writeRoutes: ['POST /graphql/v1'],
    unsupported: { mutation: 'deleteTicket', inputType: 'TicketIdInput', input: (id) => ({ id }) },
  },
  {
    kind: 'helpdesk',
    closed: 'CLOSED',
    createExtra: { priority: 'HIGH', tags: ['vip'], type: 'incident' },
    requestsPerCreate: 1,
    deletesTickets: true,
    messages: false,
    contacts: false,
    conflicts: true,
    writeRoutes: ['POST /helpdesk/api/v1/tickets', 'PUT /helpdesk/api/v1/tickets/:id', 'DELETE /helpdesk/api/v1/tickets/:id'],
    unsupported: { mutation: 'replyToTicket', inputType: 'ReplyToTicketInput', input: (id) => ({ ticketId: id, body: 'hello' }) },
    // Our email check lets this through; the API's refuses it (422 VALIDATION_ERROR, details.fields.requesterEmail).
    upstreamInvalid: {
      mutation: 'createTicket',
      inputType: 'CreateTicketInput',
      input: () => ({ ...createInput(KIND_HELPDESK, { requester: { email: 'taylor..reid@example.com' } }) }),
      path: ['input', 'requester', 'email'],
    },
  },
  {
    kind: 'desk',
    closed: 'CLOSED',
    createExtra: {},
    requestsPerCreate: 1,
    deletesTickets: true,
    creates: false,
    messages: false,
    contacts: false,
    writeRoutes: ['PATCH /desk/api/v2/tickets/:file', 'DELETE /desk/api/v2/tickets/:file'],
    unsupported: { mutation: 'createTicket', inputType: 'CreateTicketInput', input: () => createInput(KIND_DESK) },
    // A well-formed Agent id of the connection that names no user: the validator's 400 `{errors: {agent: [...]}}`.
    upstreamInvalid: {
      mutation: 'updateTicket',
      inputType: 'UpdateTicketInput',
      input: (id) => ({ id, assigneeId: Buffer.from(`Agent:${JSON.stringify(['acme-desk', '999999'])}`).toString('base64url') }),
      path: ['input', 'assigneeId'],
    },
  },
];
const KIND_HELPDESK = { kind: 'helpdesk', createExtra: {} } as KindCase;
const KIND_DESK = { kind: 'desk', createExtra: {} } as KindCase;

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(KINDS.map((k) => k.kind), { timeoutMs: 2000 });
});
afterAll(() => g.close());
beforeEach(async () => {
  for (const { kind } of KINDS) await g.control(kind, 'reset');
});

const ERRORS = `errors { __typename ... on ValidationError { message fields { path message } } ... on NotFoundError { message } ... on ConflictError { message }
  ... on CapabilityError { message connectionId } ... on UpstreamError { message code connectionId upstreamStatus } }`;
const TICKET = 'id externalId subject status rawStatus priority type tags assignee { id } requester { email } updatedAt';

const writeCount = async (k: KindCase): Promise<number> => {
  const { byRoute } = await g.stats(k.kind);
  return Object.entries(byRoute)
    .filter(([route]) => !route.startsWith('GET') && !route.endsWith('/search'))
    .reduce((sum, [, count]) => sum + count, 0);
};

const firstTicket = async (k: KindCase): Promise<{ id: string; subject: string; assigneeId: string | null }> => {
  const result = await g.gql(`query($c: ID!) { tickets(connectionId: $c, first: 20, filter: { statuses: [OPEN] }) { edges { node { id subject assignee { id } } } } }`, {
    c: `acme-${k.kind}`,
  });
  const node = result.data?.tickets.edges.find((edge: { node: { assignee: unknown } }) => edge.node.assignee)?.node;
  expect(node, `an open assigned ${k.kind} ticket`).toBeDefined();
  await g.control(k.kind, 'reset');
  return { id: node.id, subject: node.subject, assigneeId: node.assignee?.id ?? null };
};

const create = (k: KindCase, input: Record<string, unknown>, token: string = TOKENS.write) =>
  g.gql(`mutation($input: CreateTicketInput!) { createTicket(input: $input) { clientMutationId ticket { ${TICKET} } ${ERRORS} } }`, { input }, token);

function createInput(k: KindCase, extra: Record<string, unknown> = {}) {
  return {
  connectionId: `acme-${k.kind}`,
  subject: 'Broken heater in room 12',
  description: 'It has been cold all night.',
  requester: { email: 'taylor.reid@example.com', name: 'Taylor Reid' },
  ...k.createExtra,
  ...extra,
  };
}

/** A ticket for writes that change one: a new one where the kind creates, else an existing one. */
const writableTicket = async (k: KindCase): Promise<string> =>
  k.creates === false ? (await firstTicket(k)).id : (await create(k, createInput(k))).data?.createTicket.ticket.id;

/**
 * One ticket write and its payload: createTicket where the kind creates, else updateTicket of
 * `ticketId` (the priority, and whatever `extra` adds).
 */
const oneWrite = async (k: KindCase, ticketId: string | undefined, extra: Record<string, unknown> = {}) => {
  if (k.creates !== false) return (await create(k, createInput(k, extra))).data?.createTicket;
  const result = await g.gql(
    `mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { clientMutationId ticket { ${TICKET} } ${ERRORS} } }`,
    { input: { id: ticketId, priority: 'LOW', ...extra } },
    TOKENS.write,
  );
  return result.data?.updateTicket;
};
const existingFor = async (k: KindCase): Promise<string | undefined> => (k.creates === false ? (await firstTicket(k)).id : undefined);

describe.each(KINDS)('$kind', (k) => {
  it.runIf(k.creates !== false)('creates a ticket and reads it back in a later request', async () => {
    const result = await create(k, createInput(k, { clientMutationId: 'c-1' }));
    expect(result.errors).toBeUndefined();
    const payload = result.data?.createTicket;
    expect(payload.errors).toEqual([]);
    expect(payload.clientMutationId).toBe('c-1');
    expect(payload.ticket).toMatchObject({ subject: 'Broken heater in room 12', priority: 'HIGH', requester: { email: 'taylor.reid@example.com' } });
    if (k.createExtra['tags']) expect(payload.ticket.tags).toContain('vip');
    const again = await g.gql(`query($id: ID!) { ticket(id: $id) { subject priority } }`, { id: payload.ticket.id });
    expect(again.data?.ticket).toEqual({ subject: 'Broken heater in room 12', priority: 'HIGH' });
  });

  it('updates only the fields given, assigns and unassigns', async () => {
    const { id, subject, assigneeId } = await firstTicket(k);
    const update = (input: Record<string, unknown>) =>
      g.gql(`mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { ${TICKET} } ${ERRORS} } }`, { input }, TOKENS.write);
    const priority = await update({ id, priority: 'URGENT' });
    expect(priority.data?.updateTicket.errors).toEqual([]);
    expect(priority.data?.updateTicket.ticket).toMatchObject({ id, subject, priority: 'URGENT', assignee: { id: assigneeId } });
    const unassigned = await update({ id, assigneeId: null });
    expect(unassigned.data?.updateTicket.ticket.assignee).toBeNull();
    const reassigned = await update({ id, assigneeId });
    expect(reassigned.data?.updateTicket.ticket.assignee).toEqual({ id: assigneeId });
    expect(reassigned.data?.updateTicket.ticket.priority).toBe('URGENT');
  });

  it(`closes a ticket: ${k.closed} in the payload, in a later field of the same request, and in a later request`, async () => {
    const { id } = await firstTicket(k);
    const result = await g.gql(
      `mutation($id: ID!) {
        close: closeTicket(input: { id: $id }) { ticket { status } ${ERRORS} }
        ${
          k.messages === false
            ? `later: updateTicket(input: { id: $id, priority: LOW }) { ticket { status priority } ${ERRORS} }`
            : `note: addInternalNote(input: { ticketId: $id, body: "closed after the call" }) { message { type internal } ticket { status } ${ERRORS} }`
        }
      }`,
      { id },
      TOKENS.write,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.close).toEqual({ ticket: { status: k.closed }, errors: [] });
    if (k.messages === false) expect(result.data?.later).toEqual({ ticket: { status: k.closed, priority: 'LOW' }, errors: [] });
    else expect(result.data?.note).toEqual({ message: { type: 'NOTE', internal: true }, ticket: { status: k.closed }, errors: [] });
    expect((await g.gql(`query($id: ID!) { ticket(id: $id) { status } }`, { id })).data?.ticket.status).toBe(k.closed);
  });

  it.runIf(k.messages !== false)('replies and notes, and the conversation shows both', async () => {
    const { id } = await firstTicket(k);
    const reply = await g.gql(
      `mutation($id: ID!) { replyToTicket(input: { ticketId: $id, body: "<p>On <b>our</b> way</p>", bodyFormat: HTML }) { message { id type internal bodyText } ${ERRORS} } }`,
      { id },
      TOKENS.write,
    );
    expect(reply.data?.replyToTicket.errors).toEqual([]);
    expect(reply.data?.replyToTicket.message).toMatchObject({ type: 'REPLY', internal: false });
    expect(reply.data?.replyToTicket.message.bodyText).toContain('our way');
    const note = await g.gql(`mutation($id: ID!) { addInternalNote(input: { ticketId: $id, body: "Guest is VIP" }) { message { id type internal } } }`, { id }, TOKENS.write);
    expect(note.data?.addInternalNote.message).toMatchObject({ type: 'NOTE', internal: true });
    const messages = await g.gql(`query($id: ID!) { ticket(id: $id) { messages(last: 2) { edges { node { id type } } } } }`, { id });
    expect(messages.data?.ticket.messages.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      reply.data?.replyToTicket.message.id,
      note.data?.addInternalNote.message.id,
    ]);
  });

  it.runIf(k.deletesTickets)('deletes a ticket', async () => {
    const id = await writableTicket(k);
    const result = await g.gql(`mutation($id: ID!) { deleteTicket(input: { id: $id }) { deletedTicketId ${ERRORS} } }`, { id }, TOKENS.write);
    expect(result.data?.deleteTicket).toEqual({ deletedTicketId: id, errors: [] });
    const later = await g.gql(`query($id: ID!) { ticket(id: $id) { id } }`, { id });
    expect(later.data?.ticket).toBeNull();
    const again = await g.gql(`mutation($id: ID!) { deleteTicket(input: { id: $id }) { deletedTicketId ${ERRORS} } }`, { id }, TOKENS.write);
    expect(again.data?.deleteTicket.errors[0].__typename).toBe('NotFoundError');
  });

  it.runIf(k.contacts !== false)('creates, updates and deletes a contact', async () => {
    const created = await g.gql(
      `mutation($c: ID!) { createContact(input: { connectionId: $c, email: "new.guest@example.com", name: "New Guest" }) { contact { id name email identities { externalId } } ${ERRORS} } }`,
      { c: `acme-${k.kind}` },
      TOKENS.write,
    );
    expect(created.data?.createContact.errors).toEqual([]);
    const contact = created.data?.createContact.contact;
    expect(contact).toMatchObject({ name: 'New Guest', email: 'new.guest@example.com' });
    const updated = await g.gql(
      `mutation($id: ID!, $c: ID!) { updateContact(input: { contactId: $id, connectionId: $c, name: "Renamed Guest" }) { contact { name } ${ERRORS} } }`,
      { id: contact.id, c: `acme-${k.kind}` },
      TOKENS.write,
    );
    expect(updated.data?.updateContact).toEqual({ contact: { name: 'Renamed Guest' }, errors: [] });
    const deleted = await g.gql(
      `mutation($id: ID!, $c: ID!) { deleteContact(input: { contactId: $id, connectionId: $c }) { deletedContactId ${ERRORS} } }`,
      { id: contact.id, c: `acme-${k.kind}` },
      TOKENS.write,
    );
    expect(deleted.data?.deleteContact).toEqual({ deletedContactId: contact.id, errors: [] });
  });

  describe('refusals', () => {
    it('a read token gets FORBIDDEN and the upstream sees no request at all', async () => {
      const { id } = await firstTicket(k);
      const result = await g.gql(
        `mutation($id: ID!, $input: CreateTicketInput!) {
          createTicket(input: $input) { ticket { id } }
          closeTicket(input: { id: $id }) { ticket { id } }
          replyToTicket(input: { ticketId: $id, body: "hi" }) { message { id } }
        }`,
        { id, input: createInput(k) },
        TOKENS.read,
      );
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect((await g.stats(k.kind)).total).toBe(0);
    });

    it.runIf(k.creates !== false)('validates input before any upstream call', async () => {
      const other = KINDS.find((candidate) => candidate !== k) as KindCase;
      const otherTicket = await firstTicket(other);
      const foreign = Buffer.from(`Agent:${JSON.stringify([`globex-${KINDS[0]?.kind}`, '1'])}`).toString('base64url');
      const cases: [Record<string, unknown>, string[]][] = [
        [{ subject: '   ' }, ['input', 'subject']],
        [{ requester: { email: 'not-an-email' } }, ['input', 'requester', 'email']],
        [{ description: 'x'.repeat(70_000) }, ['input', 'description']],
        [{ tags: ['ok', ''] }, ['input', 'tags', '1']],
        [{ assigneeId: otherTicket.assigneeId }, ['input', 'assigneeId']],
        [{ assigneeId: foreign }, ['input', 'assigneeId']],
      ];
      for (const [change, path] of cases) {
        const result = await create(k, createInput(k, change));
        const [error] = result.data?.createTicket.errors ?? [];
        expect(error?.__typename, JSON.stringify(change).slice(0, 80)).toBe('ValidationError');
        expect(error.fields.map((field: { path: string[] }) => field.path)).toContainEqual(path);
      }
      const badPriority = await create(k, createInput(k, { priority: 'SOMETIMES' }));
      expect(badPriority.errors?.[0]?.message).toMatch(/SOMETIMES/);
      expect(await writeCount(k)).toBe(0);
      expect((await g.stats(k.kind)).total).toBe(0);
    });

    it('validates an update before any upstream call', async () => {
      const other = KINDS.find((candidate) => candidate !== k) as KindCase;
      const otherTicket = await firstTicket(other);
      const { id } = await firstTicket(k);
      const update = (input: Record<string, unknown>) =>
        g.gql(`mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ${ERRORS} } }`, { input: { id, ...input } }, TOKENS.write);
      for (const [change, path] of [
        [{ subject: '   ' }, ['input', 'subject']],
        [{ assigneeId: otherTicket.assigneeId }, ['input', 'assigneeId']],
        [{ tags: [''] }, ['input', 'tags', '0']],
      ] as const) {
        const [error] = (await update(change)).data?.updateTicket.errors ?? [];
        expect(error?.fields?.map((field: { path: string[] }) => field.path), JSON.stringify(change)).toContainEqual(path);
      }
      expect((await g.stats(k.kind)).total).toBe(0);
    });

    it.runIf(k.upstreamInvalid)("answers ValidationError naming the input fields the upstream refused", async () => {
      const invalid = k.upstreamInvalid as NonNullable<KindCase['upstreamInvalid']>;
      const { id } = await firstTicket(k);
      const result = await g.gql(`mutation($input: ${invalid.inputType}!) { ${invalid.mutation}(input: $input) { ${ERRORS} } }`, { input: invalid.input(id) }, TOKENS.write);
      const errors = (Object.values(result.data ?? {})[0] as { errors: { __typename: string; fields: { path: string[] }[] }[] }).errors;
      expect(errors).toEqual([expect.objectContaining({ __typename: 'ValidationError' })]);
      expect(errors[0]?.fields.map((field) => field.path)).toContainEqual(invalid.path);
      expect(await writeCount(k)).toBe(1);
    });

    it('answers NotFoundError for a ticket that is not there', async () => {
      const { id } = await firstTicket(k);
      const [connectionId] = JSON.parse(Buffer.from(id, 'base64url').toString().slice('Ticket:'.length)) as string[];
      const missing = Buffer.from(`Ticket:${JSON.stringify([connectionId, k.kind === 'rest' ? 'tkt_999999' : '999999'])}`).toString('base64url');
      for (const mutation of [
        `updateTicket(input: { id: $id, priority: LOW }) { ${ERRORS} }`,
        `closeTicket(input: { id: $id }) { ${ERRORS} }`,
        ...(k.messages === false ? [] : [`replyToTicket(input: { ticketId: $id, body: "hello" }) { ${ERRORS} }`]),
      ]) {
        const result = await g.gql(`mutation($id: ID!) { ${mutation} }`, { id: missing }, TOKENS.write);
        expect(result.errors).toBeUndefined();
        expect(Object.values(result.data ?? {})[0]).toMatchObject({ errors: [{ __typename: 'NotFoundError' }] });
      }
    });

    it.runIf(k.unsupported)('answers CapabilityError without calling the upstream', async () => {
      const { id } = await firstTicket(k);
      const unsupported = k.unsupported as NonNullable<KindCase['unsupported']>;
      const result = await g.gql(
        `mutation($input: ${unsupported.inputType}!) { ${unsupported.mutation}(input: $input) { ${ERRORS} } }`,
        { input: unsupported.input(id) },
        TOKENS.write,
      );
      const errors = (Object.values(result.data ?? {})[0] as { errors: { __typename: string; connectionId: string }[] }).errors;
      expect(errors).toEqual([expect.objectContaining({ __typename: 'CapabilityError', connectionId: `acme-${k.kind}` })]);
      expect((await g.stats(k.kind)).total).toBe(0);
    });

    it('answers UpstreamError when the upstream fails, and never sends the write twice', async () => {
      const existing = await existingFor(k);
      await g.control(k.kind, 'faults', { errorStatus: 503, routes: [...k.writeRoutes] });
      expect((await oneWrite(k, existing)).errors).toEqual([
        expect.objectContaining({ __typename: 'UpstreamError', code: 'UPSTREAM_UNAVAILABLE', connectionId: `acme-${k.kind}`, upstreamStatus: 503 }),
      ]);
      expect(await writeCount(k)).toBe(1);
    });

    it.runIf(k.conflicts)('answers ConflictError for a 409, writing once', async () => {
      const existing = await existingFor(k);
      await g.control(k.kind, 'faults', { errorStatus: 409, routes: [...k.writeRoutes] });
      expect((await oneWrite(k, existing)).errors).toEqual([expect.objectContaining({ __typename: 'ConflictError' })]);
      expect(await writeCount(k)).toBe(1);
    });

    it('retries a write after a 429 only, which says nothing was done', async () => {
      const existing = await existingFor(k);
      await g.control(k.kind, 'faults', { rateLimitBurst: { count: 1, retryAfterSeconds: 0 }, routes: [...k.writeRoutes] });
      expect((await oneWrite(k, existing)).errors).toEqual([]);
      expect(await writeCount(k)).toBe(k.requestsPerCreate + 1);
    });
  });

  describe('idempotency keys', () => {
    it('answers a repeated mutation with the first result and writes once', async () => {
      const existing = await existingFor(k);
      const first = await oneWrite(k, existing, { idempotencyKey: `key-${k.kind}` });
      const second = await oneWrite(k, existing, { idempotencyKey: `key-${k.kind}` });
      expect(first.errors).toEqual([]);
      expect(second).toEqual(first);
      expect(await writeCount(k)).toBe(k.requestsPerCreate);
    });

    it('refuses the same key with another input', async () => {
      const existing = await existingFor(k);
      await oneWrite(k, existing, { idempotencyKey: `reuse-${k.kind}` });
      const other = await oneWrite(k, existing, { idempotencyKey: `reuse-${k.kind}`, subject: 'Another subject' });
      expect(other.errors[0]).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'idempotencyKey'] }] });
      expect(await writeCount(k)).toBe(k.requestsPerCreate);
    });
  });
});

describe('zendesk safe update', () => {
  it('refuses an update of a ticket changed since it was read: ConflictError, nothing written', async () => {
    const k = KINDS.find((candidate) => candidate.kind === 'zendesk') as KindCase;
    const { id } = await firstTicket(k);
    const read = await g.gql(`query($id: ID!) { ticket(id: $id) { updatedAt priority } }`, { id });
    const seen = read.data?.ticket.updatedAt;
    const update = (input: Record<string, unknown>) =>
      g.gql(`mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { priority updatedAt } ${ERRORS} } }`, { input }, TOKENS.write);
    const first = await update({ id, priority: 'LOW', ifUpdatedAt: seen });
    expect(first.data?.updateTicket.errors).toEqual([]);
    const stale = await update({ id, priority: 'URGENT', ifUpdatedAt: seen });
    expect(stale.data?.updateTicket.errors).toEqual([expect.objectContaining({ __typename: 'ConflictError' })]);
    const after = await g.gql(`query($id: ID!) { ticket(id: $id) { priority } }`, { id });
    expect(after.data?.ticket.priority).toBe('LOW');
  });
});

describe('closeTicket(id:), kept until clients move to input', () => {
  it('still answers userErrors', async () => {
    const k = KINDS[0] as KindCase;
    const { id } = await firstTicket(k);
    const result = await g.gql(`mutation($id: ID!) { closeTicket(id: $id) { ticket { status } userErrors { code } errors { __typename } } }`, { id }, TOKENS.write);
    expect(result.data?.closeTicket).toEqual({ ticket: { status: k.closed }, userErrors: [], errors: [] });
  });
});

describe('tags and articles (the REST helpdesk, seed 003)', () => {
  const TAG = `mutation($input: TagInput!) { createTag(input: $input) { tag { externalId name color } ${ERRORS} } }`;

  it('creates, updates and deletes a tag and an article', async () => {
    const created = await g.gql(TAG, { input: { connectionId: 'acme-rest', name: 'heating', color: '#ff0000' } }, TOKENS.write);
    expect(created.data?.createTag.errors).toEqual([]);
    const tag = created.data?.createTag.tag;
    expect(tag).toMatchObject({ name: 'heating', color: '#ff0000' });
    const renamed = await g.gql(
      `mutation($input: TagInput!) { updateTag(input: $input) { tag { name color } ${ERRORS} } }`,
      { input: { connectionId: 'acme-rest', externalId: tag.externalId, name: 'hvac' } },
      TOKENS.write,
    );
    expect(renamed.data?.updateTag).toEqual({ tag: { name: 'hvac', color: '#ff0000' }, errors: [] });
    const duplicate = await g.gql(TAG, { input: { connectionId: 'acme-rest', name: 'hvac' } }, TOKENS.write);
    expect(duplicate.data?.createTag.errors[0]).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'name'] }] });

    const article = await g.gql(
      `mutation($input: ArticleInput!) { createArticle(input: $input) { article { externalId title status collectionId } ${ERRORS} } }`,
      { input: { connectionId: 'acme-rest', title: 'Resetting the heater', body: 'Hold the button.', collectionId: 'col_1', status: 'PUBLISHED' } },
      TOKENS.write,
    );
    expect(article.data?.createArticle.article).toMatchObject({ title: 'Resetting the heater', status: 'PUBLISHED', collectionId: 'col_1' });
    const id = article.data?.createArticle.article.externalId;
    const drafted = await g.gql(
      `mutation($input: ArticleInput!) { updateArticle(input: $input) { article { title status } ${ERRORS} } }`,
      { input: { connectionId: 'acme-rest', externalId: id, status: 'DRAFT' } },
      TOKENS.write,
    );
    expect(drafted.data?.updateArticle).toEqual({ article: { title: 'Resetting the heater', status: 'DRAFT' }, errors: [] });
    for (const [mutation, externalId] of [['deleteArticle', id], ['deleteTag', tag.externalId]]) {
      const deleted = await g.gql(`mutation($input: CatalogDeleteInput!) { ${mutation}(input: $input) { deletedExternalId ${ERRORS} } }`, { input: { connectionId: 'acme-rest', externalId } }, TOKENS.write);
      expect(Object.values(deleted.data ?? {})[0]).toEqual({ deletedExternalId: externalId, errors: [] });
      const again = await g.gql(`mutation($input: CatalogDeleteInput!) { ${mutation}(input: $input) { ${ERRORS} } }`, { input: { connectionId: 'acme-rest', externalId } }, TOKENS.write);
      expect(Object.values(again.data ?? {})[0]).toMatchObject({ errors: [{ __typename: 'NotFoundError' }] });
    }
  });

  it('checks input first, and answers CapabilityError where the helpdesk keeps no tags', async () => {
    const bad = await g.gql(TAG, { input: { connectionId: 'acme-rest', name: '', color: 'red' } }, TOKENS.write);
    expect(bad.data?.createTag.errors[0].fields.map((field: { path: string[] }) => field.path)).toEqual([
      ['input', 'name'],
      ['input', 'color'],
    ]);
    const zendesk = await g.gql(TAG, { input: { connectionId: 'acme-zendesk', name: 'x' } }, TOKENS.write);
    expect(zendesk.data?.createTag.errors).toEqual([expect.objectContaining({ __typename: 'CapabilityError', connectionId: 'acme-zendesk' })]);
    expect((await g.stats('rest')).total + (await g.stats('zendesk')).total).toBe(0);
  });
});

describe('statuses an upstream does not have', () => {
  it('refuses ON_HOLD for the Helpdesk API (it has no such status) without writing', async () => {
    const k = KINDS.find((candidate) => candidate.kind === 'helpdesk') as KindCase;
    const { id } = await firstTicket(k);
    const result = await g.gql(`mutation($id: ID!) { updateTicket(input: { id: $id, status: ON_HOLD }) { ${ERRORS} } }`, { id }, TOKENS.write);
    expect(result.data?.updateTicket.errors).toEqual([expect.objectContaining({ __typename: 'ValidationError', fields: [{ path: ['input', 'status'], message: expect.any(String) }] })]);
    expect(await writeCount(k)).toBe(0);
  });

  it('sets a Desk status by the id of the record that means it', async () => {
    const k = KINDS.find((candidate) => candidate.kind === 'desk') as KindCase;
    const { id } = await firstTicket(k);
    const result = await g.gql(`mutation($id: ID!) { updateTicket(input: { id: $id, status: PENDING, priority: HIGH }) { ticket { status rawStatus priority rawPriority } ${ERRORS} } }`, { id }, TOKENS.write);
    expect(result.data?.updateTicket).toEqual({ ticket: { status: 'PENDING', rawStatus: 'Waiting on customer', priority: 'HIGH', rawPriority: 'High' }, errors: [] });
  });
});
