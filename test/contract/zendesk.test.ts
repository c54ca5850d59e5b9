import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, TicketSort } from '../../src/connectors/connector.js';
import type { HttpRequest, HttpResponse, Interceptor } from '../../src/connectors/http/types.js';
import { createZendeskConnector } from '../../src/connectors/zendesk/index.js';
import { zendeskAttachmentToDomain, zendeskCommentToMessage, zendeskTagToDomain, zendeskTicketFieldToDomain, zendeskTicketToDomain, zendeskUserToAgent, zendeskUserToContact } from '../../src/connectors/zendesk/map.js';
import { zendeskAttachmentSchema, zendeskCommentSchema, zendeskTagSchema, zendeskTicketFieldSchema, zendeskTicketSchema, zendeskUserSchema } from '../../src/connectors/zendesk/wire.js';
import { PEOPLE } from '../../src/simulators/people.js';
import { BIG_TICKET_ID, CUSTOM_FIELD_IDS } from '../../src/simulators/zendesk/data.js';
import type { RunningSimulator } from '../../src/simulators/sim-server.js';
import { startZendeskSimulator } from '../../src/simulators/zendesk/index.js';
import { DATASET, settingsFor } from '../zendesk/harness.js';
import {
  checkRequest,
  describedParameters,
  findOperation,
  loadZendeskOas,
  omittedPath,
  relaxKnownDeviations,
  responseExampleNames,
  responseSchema,
  validateSchema,
  ZENDESK_OAS_OMISSIONS,
  ZENDESK_SPEC_DIR,
  type Schema,
  type ZendeskOas,
} from './support/zendesk-oas.js';
import { contractTicketDraft } from './support/writes.js';
import { contractTestsRun } from './support/specs.js';

const specPresent = contractTestsRun('Zendesk', ZENDESK_SPEC_DIR);

interface Exchange {
  request: HttpRequest;
  response?: HttpResponse;
}

describe.runIf(specPresent)('zendesk contract (OAS in ../shared/upstream-specs/zendesk)', () => {
  let oas: ZendeskOas;
  let relaxed: ZendeskOas;
  let simulator: RunningSimulator;
  let zendesk: Connector;
  const exchanges: Exchange[] = [];
  const recorder: Interceptor = (next) => async (request) => {
    const exchange: Exchange = { request };
    exchanges.push(exchange);
    exchange.response = await next(request);
    return exchange.response;
  };

  beforeAll(async () => {
    oas = loadZendeskOas();
    relaxed = relaxKnownDeviations(oas);
    simulator = await startZendeskSimulator();
    zendesk = createZendeskConnector(settingsFor(simulator.url), { interceptors: [recorder] });

    // Every kind of call the connector makes, each pagination style both ways.
    const requester = String(DATASET.tickets[0]?.requester_id);
    const sorts: TicketSort[] = [
      { field: 'UPDATED_AT', direction: 'DESC' },
      { field: 'UPDATED_AT', direction: 'ASC' },
      { field: 'CREATED_AT', direction: 'DESC' },
    ];
    for (const filter of [{}, { requesterId: requester }, { statuses: ['OPEN' as const], priorities: ['HIGH' as const], channel: 'EMAIL' as const }, { assigneeId: String(DATASET.users[1]?.id) }]) {
      for (const sort of sorts) {
        const first = await zendesk.listTickets({ filter, sort, page: { first: 7 } });
        await zendesk.listTickets({ filter, sort, page: { first: 7, after: first.edges.at(-1)?.cursor } });
        await zendesk.listTickets({ filter, sort, page: { first: 2, after: first.edges[2]?.cursor } });
        const last = await zendesk.listTickets({ filter, sort, page: { last: 5 } });
        await zendesk.listTickets({ filter, sort, page: { last: 5, before: last.edges[0]?.cursor } });
      }
    }
    await zendesk.getTickets([String(BIG_TICKET_ID)]);
    await zendesk.getTickets(['1', '2', String(BIG_TICKET_ID), '424242']);
    const users = DATASET.users.slice(0, 12).map((user) => String(user.id));
    await zendesk.getContacts(users);
    await zendesk.getAgents(users);
    await zendesk.findContactsByEmail(PEOPLE[0]?.email as string);
    const contacts = await zendesk.listContacts({ page: { first: 10 } });
    await zendesk.listContacts({ page: { first: 10, after: contacts.edges.at(-1)?.cursor } });
    await zendesk.listContacts({ page: { last: 3, before: contacts.edges[5]?.cursor } });
    await zendesk.listContacts({ search: 'taylor', page: { first: 5 } });
    const agents = await zendesk.listAgents?.({ first: 2 });
    await zendesk.listAgents?.({ first: 2, after: agents?.edges.at(-1)?.cursor });
    await zendesk.listAgents?.({ last: 1, before: agents?.edges[1]?.cursor });
    const groups = await zendesk.listTeams?.({ first: 2 });
    await zendesk.listTeams?.({ first: 2, after: groups?.edges.at(-1)?.cursor });
    await zendesk.getTeams?.([groups?.edges[0]?.node.externalId ?? '1']);
    const fields = await zendesk.listTicketFields?.({ first: 4 });
    await zendesk.listTicketFields?.({ first: 4, after: fields?.edges.at(-1)?.cursor });
    await zendesk.getTicketFields?.([String(CUSTOM_FIELD_IDS.amenities)]);
    const tags = await zendesk.listTags?.({ first: 3 });
    await zendesk.listTags?.({ first: 3, after: tags?.edges.at(-1)?.cursor });
    const organizations = await zendesk.listOrganizations?.({ first: 2 });
    await zendesk.listOrganizations?.({ first: 2, after: organizations?.edges.at(-1)?.cursor });
    await zendesk.getOrganizations?.([...(organizations?.edges.map((edge) => edge.node.externalId) ?? []), '424242']);
    const ticket = String(DATASET.tickets[3]?.id);
    const messages = await zendesk.listMessages(ticket, { first: 2 });
    await zendesk.listMessages(ticket, { first: 2, after: messages.edges.at(-1)?.cursor });
    await zendesk.listMessages(ticket, { last: 2 });

    // Every write, so that each request body meets the OAS.
    const agent = String(DATASET.users.find((user) => user.role === 'agent')?.id);
    const created = await zendesk.createTicket!(contractTicketDraft({ type: 'incident', tags: ['vip'], assigneeId: agent, customFields: [{ key: String(CUSTOM_FIELD_IDS.vip), value: true }] }));
    const updated = await zendesk.updateTicket!(created.externalId, { subject: 'Renamed', status: 'PENDING', priority: 'LOW', type: 'task', assigneeId: null, tags: [] });
    await zendesk.updateTicket!(created.externalId, { status: 'OPEN' }, { updatedAt: updated.updatedAt ?? '' });
    await zendesk.replyToTicket!(created.externalId, { body: 'A reply', format: 'TEXT' });
    await zendesk.addInternalNote!(created.externalId, { body: '<p>A note</p>', format: 'HTML' });
    await zendesk.closeTicket!(created.externalId);
    await zendesk.deleteTicket!(created.externalId);
    const contact = await zendesk.createContact!({ email: 'contract.contact@example.com', name: 'C', phone: '+1 555 0100', company: 'Acme' });
    await zendesk.updateContact!(contact.externalId, { name: 'Renamed', email: 'renamed@example.com' });
    await zendesk.deleteContact!(contact.externalId);
  });
  afterAll(async () => {
    await zendesk.close();
    await simulator.close();
  });

  it('drove every endpoint the connector relies on', () => {
    const used = new Set(exchanges.map(({ request }) => `${request.method} ${request.path.replace(/\/\d+/g, '/{id}')}`));
    expect([...used].sort()).toEqual(
      [
        'GET /api/v2/groups',
        'GET /api/v2/groups/{id}',
        'GET /api/v2/organizations',
        'GET /api/v2/organizations/show_many',
        'GET /api/v2/search',
        'GET /api/v2/tags',
        'GET /api/v2/ticket_fields',
        'GET /api/v2/ticket_fields/{id}',
        'GET /api/v2/tickets',
        'GET /api/v2/tickets/show_many',
        'GET /api/v2/tickets/{id}',
        'GET /api/v2/tickets/{id}/comments',
        'GET /api/v2/users',
        'GET /api/v2/users/search',
        'GET /api/v2/users/show_many',
        'GET /api/v2/users/{id}/tickets/requested',
        'POST /api/v2/tickets',
        'PUT /api/v2/tickets/{id}',
        'DELETE /api/v2/tickets/{id}',
        'POST /api/v2/users',
        'PUT /api/v2/users/{id}',
        'DELETE /api/v2/users/{id}',
      ].sort(),
    );
  });

  it('lists agents through the users listing filtered by role[] (agent and admin)', () => {
    const agentPages = exchanges.filter(({ request }) => request.path === '/api/v2/users' && request.query?.['role[]'] !== undefined);
    expect(agentPages).toHaveLength(3);
    for (const { request } of agentPages) expect(request.query?.['role[]']).toEqual(['agent', 'admin']);
  });

  it('sends only requests that match an OAS path, method and parameters', () => {
    // Bodies are checked against the relaxed copy: the OAS types custom field values as field definitions.
    const problems = exchanges.flatMap(({ request }) => checkRequest(request.body === undefined ? oas : relaxed, request));
    expect([...new Set(problems)]).toEqual([]);
  });

  it('gets only responses that validate against the response schema of their operation', () => {
    const problems = exchanges.flatMap(({ request, response }) => {
      expect([200, 201, 204]).toContain(response?.status);
      if (response?.status === 204) return [];
      const operation = findOperation(relaxed, request.method, omittedPath(request.method, request.path)?.sameAs ?? request.path);
      const schema = operation && responseSchema(operation.operation, response?.status);
      if (!schema) return [`${request.method} ${request.path}: no response schema`];
      return validateSchema(relaxed, schema, response?.body).map((problem) => `${request.method} ${request.path}: ${problem}`);
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('keeps the list of OAS omissions honest: each is still missing from the OAS', () => {
    for (const omission of ZENDESK_OAS_OMISSIONS) {
      const operation = oas.paths[omission.path]?.[omission.method as 'get'];
      if (omission.sameAs) {
        expect(operation, omission.path).toBeUndefined();
        continue;
      }
      const declared = findOperation(oas, omission.method, omission.path)?.parameters.map((parameter) => parameter.name) ?? [];
      for (const parameter of omission.parameters) {
        expect(declared, `${omission.path} ?${parameter}`).not.toContain(parameter);
        expect(describedParameters(operation ?? { responses: {} }), `${omission.path} ?${parameter}`).not.toContain(parameter);
      }
    }
  });

  it('relaxes custom field values only because the OAS still types them as strings while accounts send any JSON', () => {
    const value = oas.components.schemas['TicketObject']?.properties?.['custom_fields']?.items?.properties?.['value'];
    expect(value?.type).toBe('string');
    const sentNonStrings = exchanges.some(({ response }) =>
      JSON.stringify(response?.body ?? null).match(/"custom_fields":\[[^\]]*"value":(true|false|\[|null)/),
    );
    expect(sentNonStrings).toBe(true);
  });

  it('relaxes write bodies only where the OAS still contradicts Zendesk’s documented writes', () => {
    const update = oas.components.schemas['TicketUpdateInput']?.properties;
    expect(update?.['assignee_id']?.nullable).toBeUndefined();
    expect(update?.['custom_fields']?.items?.$ref).toBe('#/components/schemas/CustomFieldObject');
    expect(checkRequest(relaxed, { method: 'PUT', path: '/api/v2/tickets/1', body: { ticket: { status: 'bogus', priority: 7 } } })).toEqual([
      'PUT /api/v2/tickets/{ticket_id} body.ticket.status: "bogus" is not one of ["new","open","pending","hold","solved","closed"]',
      'PUT /api/v2/tickets/{ticket_id} body.ticket.priority: expected string, got 7',
    ]);
  });

  it('catches a request or response that departs from the OAS', () => {
    expect(checkRequest(oas, { method: 'GET', path: '/api/v2/tickets/show_many', query: { ids: '1', bogus: 'x' } })).toEqual([
      'GET /api/v2/tickets/show_many: query parameter bogus is not in the OAS',
    ]);
    expect(checkRequest(oas, { method: 'GET', path: '/api/v2/tickets/show_many', query: {} })).toEqual(['GET /api/v2/tickets/show_many: ids is required']);
    expect(checkRequest(oas, { method: 'GET', path: '/api/v2/users/5/tickets/ccd' })).toHaveLength(1);
    expect(checkRequest(oas, { method: 'POST', path: '/api/v2/tickets/show_many' })).toHaveLength(1);
    expect(checkRequest(oas, { method: 'GET', path: '/api/v2/tickets/abc' })).not.toEqual([]);
    const tickets = responseSchema(findOperation(oas, 'GET', '/api/v2/tickets')?.operation ?? { responses: {} }) as Schema;
    expect(validateSchema(relaxed, tickets, { tickets: [{ id: 'x', requester_id: 1 }] })).toHaveLength(1);
    expect(validateSchema(relaxed, tickets, { tickets: [{ id: 1, requester_id: 1, priority: null }] })).toHaveLength(1);
    expect(validateSchema(relaxed, tickets, { tickets: [{ id: 1 }] })).toEqual(['$.tickets[0]: requester_id is required']);
    expect(validateSchema(relaxed, tickets, { tickets: [{ id: '9007199254740993', requester_id: 1, created_at: '2026-01-01T00:00:00Z' }] })).toEqual([]);
  });

  describe("the OAS's own examples map without losing a field our model has", () => {
    /** Examples of the responses of the operations the connector reads, plus the objects' own examples. */
    const examples = (keys: string[], schemas: string[]): [string, Record<string, unknown>][] => {
      const operations = exchanges.flatMap(({ request }) => (request.method === 'GET' ? (findOperation(oas, request.method, request.path)?.operation ?? []) : []));
      const named = new Set(operations.flatMap(responseExampleNames));
      const fromResponses = [...named].flatMap((name) => {
        const value = oas.components.examples[name]?.value as Record<string, unknown> | undefined;
        return keys.flatMap((key) => {
          const found = value?.[key];
          const items = Array.isArray(found) ? found : found === undefined ? [] : [found];
          return items.map((item, i): [string, Record<string, unknown>] => [`${name}.${key}[${i}]`, item as Record<string, unknown>]);
        });
      });
      const fromSchemas = schemas.flatMap((schema) => {
        const example = (oas.components.schemas[schema] as { example?: Record<string, unknown> } | undefined)?.example;
        return example ? [[`${schema}.example`, example] as [string, Record<string, unknown>]] : [];
      });
      return [...fromResponses, ...fromSchemas];
    };
    const at = (record: Record<string, unknown>, path: string): unknown =>
      path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

    it('tickets', () => {
      const found = examples(['ticket', 'tickets'], ['TicketObject']);
      expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(['TicketsResponseExample.tickets[0]', 'TicketResponseExample.ticket[0]', 'TicketObject.example']));
      for (const [name, example] of found) {
        const ticket = zendeskTicketToDomain('zd', zendeskTicketSchema.parse(example));
        const expected: [string, unknown][] = [
          ['id', ticket.externalId],
          ['subject', ticket.subject],
          ['description', ticket.description],
          ['status', ticket.rawStatus],
          ['priority', ticket.rawPriority],
          ['type', ticket.type],
          ['via.channel', ticket.rawChannel],
          ['tags', ticket.tags],
          ['requester_id', ticket.requester?.externalId],
          ['assignee_id', ticket.assigneeId],
          ['group_id', ticket.groupId],
          ['created_at', ticket.createdAt],
          ['updated_at', ticket.updatedAt],
          ['url', ticket.url],
          ['custom_fields', ticket.customFields.map(({ key, value }) => ({ id: Number(key), value }))],
        ];
        for (const [field, mapped] of expected) {
          const original = at(example, field);
          if (original === undefined || original === null) continue;
          expect(mapped, `${name}: ${field}`).toEqual(typeof original === 'number' ? String(original) : original);
        }
        expect(ticket.status, name).not.toBeNull();
        expect(ticket.raw).toEqual(example);
      }
    });

    it('users', () => {
      const found = examples(['user', 'users'], ['UserForAdmin', 'UserForEndUser']);
      expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(['UsersResponseExample.users[0]', 'ShowManyUsersResponseExample.users[1]', 'SearchUsersResponseExample.users[0]']));
      for (const [name, example] of found) {
        const user = zendeskUserSchema.parse(example);
        const contact = zendeskUserToContact('zd', user);
        const agent = zendeskUserToAgent('zd', user);
        const expected: [string, unknown][] = [
          ['id', contact.externalId],
          ['name', contact.name],
          ['email', contact.email],
          ['phone', contact.phone],
          ['created_at', contact.createdAt],
          ['role', agent.role],
          ['photo.content_url', agent.avatarUrl],
        ];
        for (const [field, mapped] of expected) {
          const original = at(example, field);
          if (original === undefined || original === null) continue;
          expect(mapped, `${name}: ${field}`).toEqual(typeof original === 'number' ? String(original) : original);
        }
      }
    });

    it('comments', () => {
      const found = examples(['comments'], ['TicketCommentObject']);
      expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(['TicketCommentsResponseExample.comments[0]', 'TicketCommentObject.example']));
      for (const [name, example] of found) {
        const message = zendeskCommentToMessage('zd', '35436', zendeskCommentSchema.parse(example));
        const expected: [string, unknown][] = [
          ['id', message.externalId],
          ['author_id', message.author?.externalId],
          ['html_body', message.bodyHtml],
          ['created_at', message.createdAt],
          ['public', !message.internal],
        ];
        for (const [field, mapped] of expected) {
          const original = at(example, field);
          if (original === undefined || original === null) continue;
          expect(mapped, `${name}: ${field}`).toEqual(typeof original === 'number' ? String(original) : original);
        }
        expect(message.bodyText, name).toBe(example['plain_body'] ?? example['body']);
        expect(message.type, name).toBe(example['public'] === false ? 'NOTE' : 'REPLY');
        const files = (example['attachments'] ?? []) as Record<string, unknown>[];
        expect(message.attachments?.map((file) => file.name), name).toEqual(files.map((file) => file['file_name']));
      }
    });

    it('attachments', () => {
      const found = examples([], ['AttachmentObject']);
      expect(found.map(([name]) => name)).toEqual(['AttachmentObject.example']);
      for (const [name, example] of found) {
        expect(zendeskAttachmentToDomain(zendeskAttachmentSchema.parse(example)), name).toEqual({
          externalId: String(example['id']),
          name: example['file_name'],
          contentType: example['content_type'],
          size: example['size'],
          url: example['content_url'],
        });
      }
    });

    it('ticket fields', () => {
      const found = examples(['ticket_field', 'ticket_fields'], ['TicketFieldObject']);
      expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(['TicketFieldsResponseExample.ticket_fields[0]', 'TicketFieldObject.example']));
      for (const [name, example] of found) {
        const field = zendeskTicketFieldToDomain('zd', zendeskTicketFieldSchema.parse(example));
        const expected: [string, unknown][] = [
          ['id', field.externalId],
          ['title', field.title],
          ['type', field.type],
          ['active', field.active],
          ['required', field.required],
        ];
        for (const [key, mapped] of expected) {
          const original = at(example, key);
          if (original === undefined || original === null) continue;
          expect(mapped, `${name}: ${key}`).toEqual(typeof original === 'number' ? String(original) : original);
        }
      }
    });

    it('tags', () => {
      const found = examples(['tags'], []);
      expect(found.length).toBeGreaterThan(0);
      for (const [name, example] of found) expect(zendeskTagToDomain('zd', zendeskTagSchema.parse(example)).name, name).toBe(example['name']);
    });
  });
});
