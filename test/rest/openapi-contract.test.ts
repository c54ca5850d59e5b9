import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restOpenApi } from '../../src/simulators/rest/index.js';
import { REST_READONLY_API_KEY } from '../../src/simulators/rest/index.js';
import type { RestRequestRecord } from '../../src/simulators/rest/index.js';
import {
  checkOpenApiDocument,
  OPERATION_METHODS,
  openApiPath,
  operationOf,
  queryParameters,
  validateResponse,
  validateValue,
} from './openapi-check.js';
import { startHarness, type RestHarness } from './support.js';

/**
 * The simulator's own /openapi.json as the contract (seed 003 has no machine-readable spec of its own):
 * every request the connector sends names a documented operation and documented query parameters, and
 * every response the simulator gives conforms to the schema documented for its status. A scripted walk
 * over every operation proves the document describes nothing the simulator lacks.
 */

type Doc = Record<string, unknown>;
let h: RestHarness;
let doc: Doc;
let serverUrl: string;
beforeAll(async () => {
  h = await startHarness();
  doc = (await h.api('/openapi.json', { token: null })).body as Doc;
  serverUrl = ((doc['servers'] as { url: string }[])[0] as { url: string }).url;
});
afterAll(() => h.close());

const problemsOf = (records: readonly RestRequestRecord[]): string[] =>
  records.flatMap((record) => {
    const path = openApiPath(record.pattern, serverUrl);
    const where = `${record.method} ${path}`;
    const operation = operationOf(doc, record.method, path);
    if (!operation) return [`${where}: not in /openapi.json`];
    const declared = queryParameters(doc, path, operation);
    return [
      ...record.query.filter((name) => !declared.includes(name)).map((name) => `${where}: query parameter ${name} is not documented`),
      ...validateResponse(doc, operation, record.status, record.body).map((problem) => `${where} → ${record.status}: ${problem}`),
    ];
  });

describe('rest /openapi.json contract', () => {
  it('is the document the simulator module exports, and a valid OpenAPI 3 document', () => {
    expect(doc).toEqual(JSON.parse(JSON.stringify(restOpenApi)));
    expect(checkOpenApiDocument(doc)).toEqual([]);
  });

  it('the response validator catches undocumented fields, wrong types and bad enums', () => {
    const ticket = { $ref: '#/components/schemas/Ticket' };
    expect(validateValue(doc, ticket, { id: 1 })).toEqual(expect.arrayContaining([expect.stringContaining('$.id: expected a string')]));
    const listed = h.sim.dataset().tickets.get('tkt_1');
    expect(validateValue(doc, ticket, { ...listed })).toEqual(expect.arrayContaining([expect.stringContaining('customer_id: not in the schema')]));
    expect(validateValue(doc, { $ref: '#/components/schemas/Conversation' }, { type: 'chat' })).toEqual(
      expect.arrayContaining([expect.stringContaining('not one of reply|note|system')]),
    );
  });

  it('every request the connector sent matches a documented operation and parameters, and every answer its schema', async () => {
    await h.reset();
    const connector = h.connector();
    const sorts = [
      { field: 'CREATED_AT', direction: 'DESC' },
      { field: 'UPDATED_AT', direction: 'ASC' },
    ] as const;
    for (const sort of sorts) {
      const page = await connector.listTickets({
        filter: { statuses: ['OPEN', 'PENDING'], priorities: ['HIGH'], tags: ['billing'], search: 'a' },
        sort,
        page: { first: 3 },
      });
      await connector.listTickets({ filter: { assigneeId: 'user_1', requesterId: 'cust_1', rawStatuses: ['open'] }, sort, page: { last: 2 } });
      const edge = page.edges[0];
      if (edge) await connector.listTickets({ filter: {}, sort, page: { first: 2, after: edge.cursor } });
    }
    const tickets = await connector.getTickets(['tkt_1', 'tkt_2', 'tkt_missing']);
    await connector.getContacts(['cust_1', 'cust_2', 'cust_missing']);
    await connector.getAgents(['user_1', 'user_2']);
    await connector.getAgents(['user_3']);
    await connector.findContactsByEmail(tickets[0]?.requester?.email ?? 'x@example.com');
    await connector.listContacts({ search: 'a', page: { first: 5 } });
    await connector.listContacts({ page: { last: 5 } });
    await connector.listMessages('tkt_1', { first: 5 });
    await connector.listMessages('tkt_1', { last: 1 });
    const agents = await connector.listAgents?.({ first: 2 });
    await connector.listAgents?.({ last: 2, before: agents?.edges.at(-1)?.cursor });
    const tags = await connector.listTags?.({ first: 2 });
    await connector.listTags?.({ first: 2, after: tags?.edges.at(-1)?.cursor });
    await connector.getTags?.(['tag_1', 'tag_missing']);

    const records = h.sim.requests();
    expect(records.length).toBeGreaterThan(20);
    const routes = (await h.stats()).byRoute;
    expect(routes['GET /api/v1/tags']).toBe(2);
    expect(routes['GET /api/v1/tags/:id']).toBe(2);
    expect(problemsOf(records)).toEqual([]);
    expect((await h.stats()).byRoute).not.toHaveProperty('GET (unmatched)');
  });

  it('every operation the document lists is served, and every answer (success or error) matches the document', async () => {
    await h.reset();
    const ok = async (path: string, init?: Parameters<RestHarness['api']>[1]) => h.api(path, init);
    // Reads with every documented filter and paging parameter.
    await ok('/tickets?status=open,pending&priority=high&assignee_id=user_1&customer_id=cust_1&unassigned=false&tags=billing&search=a&order_by=updated_at&order_dir=asc&limit=5');
    await ok('/tickets?limit=2&cursor=2025-01-10T00:00:00Z');
    await ok('/tickets/tkt_1');
    await ok('/conversations?ticket_id=tkt_1&type=reply&internal=false&order_by=created_at&order_dir=desc&limit=2');
    await ok('/conversations/conv_1');
    await ok('/customers?email=x@example.com&search=a&phone=%2B1&order_by=updated_at&order_dir=asc&limit=3');
    await ok('/customers/cust_1');
    await ok('/users?limit=3&order_dir=desc');
    await ok('/users/user_1');
    await ok('/tags?limit=3');
    await ok('/tags/tag_1');
    await ok('/articles?collection_id=col_1&status=published&search=how&order_by=updated_at&limit=3');
    await ok('/articles/art_1');
    // Writes.
    const ticket = await ok('/tickets', { method: 'POST', body: { subject: 's', customer_email: 'contract@example.com', tags: ['x'] } });
    const ticketId = (ticket.body as { data: { id: string } }).data.id;
    await ok(`/tickets/${ticketId}`, { method: 'PATCH', body: { status: 'open', assignee_id: 'user_1' } });
    await ok('/conversations', { method: 'POST', body: { ticket_id: ticketId, content: 'hello', type: 'system' } });
    await ok(`/tickets/${ticketId}`, { method: 'DELETE' });
    const customer = await ok('/customers', { method: 'POST', body: { email: 'c2@example.com', phone: null } });
    const customerId = (customer.body as { data: { id: string } }).data.id;
    await ok(`/customers/${customerId}`, { method: 'PATCH', body: { name: 'C Two' } });
    await ok(`/customers/${customerId}`, { method: 'DELETE' });
    const tag = await ok('/tags', { method: 'POST', body: { name: 'contract' } });
    const tagId = (tag.body as { data: { id: string } }).data.id;
    await ok(`/tags/${tagId}`, { method: 'PATCH', body: { name: 'contract-2' } });
    await ok(`/tags/${tagId}`, { method: 'DELETE' });
    const article = await ok('/articles', { method: 'POST', body: { title: 't', body: 'b', collection_id: 'col_9' } });
    const articleId = (article.body as { data: { id: string } }).data.id;
    await ok(`/articles/${articleId}`, { method: 'PATCH', body: { status: 'published' } });
    await ok(`/articles/${articleId}`, { method: 'DELETE' });
    // Errors.
    await ok('/tickets/tkt_none');
    await ok('/tickets?limit=1000');
    await ok('/tags', { method: 'POST', body: { name: 'x' }, token: REST_READONLY_API_KEY });

    const records = h.sim.requests();
    expect(problemsOf(records)).toEqual([]);
    const served = new Set(records.map((record) => `${record.method} ${openApiPath(record.pattern, serverUrl)}`));
    const documented = Object.entries(doc['paths'] as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => (OPERATION_METHODS as readonly string[]).includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...served].sort()).toEqual(documented.sort());
    expect(records.map((record) => record.status)).toEqual(expect.arrayContaining([200, 201, 204, 400, 403, 404]));
    // Statuses answered by the shared server (401, 429, injected faults) use the same documented envelope.
    const unauthorized = await h.api('/tickets', { token: null });
    const tickets = operationOf(doc, 'GET', '/tickets') ?? {};
    expect(validateResponse(doc, tickets, 401, unauthorized.body)).toEqual([]);
    await h.faults({ rateLimitBurst: { count: 1, retryAfterSeconds: 1 } });
    const limited = await h.api('/tickets');
    expect(validateResponse(doc, tickets, 429, limited.body)).toEqual([]);
    await h.faults({ errorStatus: 500 });
    expect(validateResponse(doc, tickets, 500, (await h.api('/tickets')).body)).toEqual([]);
  });
});
