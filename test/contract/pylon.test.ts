import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/connectors/connector.js';
import { pylonConnectorKind } from '../../src/connectors/pylon/index.js';
import { startSimulator, type RunningSimulator, type SimulatorSpec } from '../../src/simulators/sim-server.js';
import { createPylonSimulatorSpec, PYLON_DEMO_TOKEN } from '../../src/simulators/pylon/index.js';
import {
  checkRequest,
  checkResponse,
  findOperation,
  loadPylonOas,
  PYLON_OAS_PATH,
  validate,
  type Exchange,
  type Oas,
} from './support/pylon-oas.js';
import { contractTicketDraft } from './support/writes.js';
import { contractTestsRun } from './support/specs.js';

const specPresent = contractTestsRun('Pylon', PYLON_OAS_PATH);

/**
 * The Pylon connector and simulator against Pylon's published OpenAPI document: every request the
 * connector sends names an operation of the OAS with its declared query parameters and a conforming
 * body, and every response the simulator gives conforms to the operation's response schema, with no
 * property the OAS does not declare.
 */
describe.runIf(specPresent)('Pylon contract (../shared/upstream-specs/pylon/openapi.json)', () => {
  let oas: Oas;
  let server: RunningSimulator;
  let connector: Connector;
  const exchanges: Exchange[] = [];
  const simulator = createPylonSimulatorSpec();

  beforeAll(async () => {
    oas = loadPylonOas();
    // The simulator's own routes, recording what goes through them.
    const recording: SimulatorSpec = {
      ...simulator.spec,
      routes: simulator.spec.routes.map((route) => ({
        ...route,
        async handle(request) {
          const response = await route.handle(request);
          exchanges.push({ method: request.method, path: request.path, query: request.query, body: request.body, status: response.status, response: response.body });
          return response;
        },
      })),
    };
    server = await startSimulator(recording);
    connector = pylonConnectorKind.create({
      id: 'pylon-contract',
      workspaceId: 'ws',
      kind: 'pylon',
      name: 'Pylon',
      baseUrl: server.url,
      credentials: { apiToken: PYLON_DEMO_TOKEN },
      options: { priorityField: 'priority' },
      timeoutMs: 5000,
      rate: { maxConcurrency: 4, maxRetries: 0, maxRetryWaitMs: 0, documentedLimits: false },
    });

    // Every read the connector makes, including the walks' probes and the errors of missing records.
    const { issues, contacts, users, now } = simulator.dataset();
    const DESC = { field: 'CREATED_AT', direction: 'DESC' } as const;
    const first = await connector.listTickets({ filter: {}, sort: DESC, page: { first: 100 } });
    await connector.listTickets({ filter: {}, sort: DESC, page: { first: 100, after: first.edges.at(-1)?.cursor ?? '' } });
    await connector.listTickets({ filter: {}, sort: { field: 'CREATED_AT', direction: 'ASC' }, page: { first: 5 } });
    await connector.listTickets({
      filter: {
        statuses: ['OPEN', 'PENDING'],
        priorities: ['HIGH'],
        requesterId: contacts[0]?.id ?? '',
        assigneeId: users[0]?.id ?? '',
        tags: ['bug'],
        search: 'invoice',
        createdAfter: new Date(now - 100 * 86_400_000).toISOString(),
        updatedBefore: new Date(now).toISOString(),
      },
      sort: DESC,
      page: { last: 10 },
    });
    await connector.listTickets({ filter: { rawStatuses: ['closed'] }, sort: DESC, page: { first: 50 } });
    await connector.getTickets([issues[0]?.id ?? '', String(issues[1]?.number), 'missing']);
    await connector.getContacts(contacts.map((contact) => contact.id));
    await connector.getAgents([users[0]?.id ?? '']);
    await connector.getAgents([users[0]?.id ?? '', 'missing']);
    await connector.findContactsByEmail(contacts[0]?.email ?? '');
    await connector.listContacts({ page: { first: 10 } });
    await connector.listContacts({ search: 'example.com', page: { first: 10 } });
    await connector.listMessages(issues[0]?.id ?? '', { first: 10 });
    await connector.listMessages('missing', { first: 10 }).catch(() => undefined);
    const agents = await connector.listAgents?.({ first: 2 });
    await connector.listAgents?.({ first: 2, after: agents?.edges.at(-1)?.cursor });
    const accounts = await connector.listOrganizations?.({ first: 2 });
    await connector.listOrganizations?.({ first: 2, after: accounts?.edges.at(-1)?.cursor });
    const teams = await connector.listTeams?.({ first: 1 });
    await connector.listTeams?.({ first: 1, after: teams?.edges.at(-1)?.cursor });
    await connector.getTeams?.([simulator.dataset().teams[0]?.id ?? '', 'missing']);
    const tags = await connector.listTags?.({ first: 2 });
    await connector.listTags?.({ last: 2, before: tags?.edges.at(-1)?.cursor });
    await connector.getTags?.([simulator.dataset().tags[0]?.id ?? '', 'missing']);
    await connector.getOrganizations?.([simulator.dataset().accounts[0]?.id ?? '', 'missing']);

    // Every write, so that each request body meets the OAS.
    const created = await connector.createTicket!(contractTicketDraft({ tags: ['bug'], assigneeId: users[0]?.id ?? null, customFields: [{ key: 'region', value: 'emea' }, { key: 'products', value: ['api'] }] }));
    await connector.updateTicket!(created.externalId, { subject: 'Renamed', status: 'PENDING', priority: 'LOW', type: 'ticket', assigneeId: null, tags: [] });
    await connector.replyToTicket!(created.externalId, { body: 'A reply', format: 'TEXT' });
    await connector.addInternalNote!(created.externalId, { body: '<p>A note</p>', format: 'HTML' });
    await connector.closeTicket!(created.externalId);
    await connector.deleteTicket!(created.externalId);
    const contact = await connector.createContact!({ email: 'contract.contact@example.com', name: 'C', phone: '+1 555 0100', company: null });
    await connector.updateContact!(contact.externalId, { name: 'Renamed', email: 'renamed@example.com' });
    await connector.deleteContact!(contact.externalId);
  });

  afterAll(async () => {
    await connector.close();
    await server.close();
  });

  it('exercised every operation the connector uses', () => {
    const operations = new Set(exchanges.map((exchange) => findOperation(oas, exchange.method, exchange.path)?.operation.operationId));
    const reads = ['GetAccount', 'GetAccounts', 'GetIssue', 'GetIssueMessages', 'GetIssueStatuses', 'GetIssues', 'GetTag', 'GetTags', 'GetTeam', 'GetTeams', 'GetUser', 'GetUsers', 'SearchContacts', 'SearchIssues'];
    expect([...operations].filter((id) => /^(Get|Search)/.test(id ?? '')).sort()).toEqual(reads);
    // The writes: create, update, delete, reply, note; contacts create, update, delete.
    expect([...operations].filter((id) => !/^(Get|Search)/.test(id ?? ''))).toHaveLength(8);
    expect(exchanges.some((exchange) => exchange.status === 404)).toBe(true);
  });

  it('sends only requests the OAS describes', () => {
    expect(exchanges.flatMap((exchange) => checkRequest(oas, exchange))).toEqual([]);
  });

  it('answers only responses the OAS describes', () => {
    expect(exchanges.flatMap((exchange) => checkResponse(oas, exchange))).toEqual([]);
  });

  it('answers errors and rate limits with the OAS error body', async () => {
    const { now } = simulator.dataset();
    const tooLong = `/issues?start_time=${new Date(now - 31 * 86_400_000).toISOString()}&end_time=${new Date(now).toISOString()}`;
    const bad = await fetch(`${server.url}${tooLong}`, { headers: { authorization: `Bearer ${PYLON_DEMO_TOKEN}` } });
    expect(bad.status).toBe(400);
    const errorSchema = { $ref: '#/components/schemas/ErrorApiResponseBody' };
    expect(validate(oas, errorSchema, await bad.json(), '$', { closed: true })).toEqual([]);
    expect(validate(oas, errorSchema, simulator.spec.rateLimited(5).body, '$', { closed: true })).toEqual([]);
    expect(validate(oas, errorSchema, simulator.spec.error(401, 'unauthorized').body, '$', { closed: true })).toEqual([]);
  });

  it('checks what it claims to check', () => {
    // The validator itself: a wrong type, an undeclared property and a foreign path are all caught.
    const issue = { $ref: '#/components/schemas/Issue' };
    expect(validate(oas, issue, { id: 1 })).toEqual(['$.id: expected string, got integer']);
    expect(validate(oas, issue, { id: 'x', colour: 'red' }, '$', { closed: true })).toEqual(['$: undeclared property colour']);
    const stray: Exchange = { method: 'GET', path: '/tickets', query: new URLSearchParams(), body: undefined, status: 200, response: {} };
    expect(checkRequest(oas, stray)).toEqual(['GET /tickets: no such operation in the OAS']);
    const extraQuery: Exchange = { ...stray, path: '/issues', query: new URLSearchParams('start_time=a&end_time=b&limit=5') };
    expect(checkRequest(oas, extraQuery)).toEqual(['GET /issues: undeclared query parameter limit']);
    const leafWithoutField: Exchange = { ...stray, method: 'POST', path: '/issues/search', body: { filter: { operator: 'equals', value: 'x' } } };
    expect(checkRequest(oas, leafWithoutField)).toEqual(['POST /issues/search body.filter: missing required field']);
  });
});
