import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { listPage, listQuery, walkList } from '../support/list-walk.js';

/**
 * The lists besides tickets (`Query.agents`…), through the gateway against every simulator: each kind
 * that has a list walks it both ways to the same records, the records resolve by their ids, and a kind
 * without it answers CAPABILITY_UNSUPPORTED without an upstream call.
 */

let g: TestGateway;
beforeAll(async () => {
  g = await startTestGateway(SIMULATOR_KINDS.map((kind) => kind.kind), { timeoutMs: 3000 });
});
afterAll(() => g.close());

/** Which kinds have which list, and whether the upstream can read it from the end. */
const LISTS: Record<string, Record<string, { backward: boolean }>> = {
  agents: { rest: { backward: true }, desk: { backward: true }, zendesk: { backward: false }, pylon: { backward: true }, plain: { backward: true } },
  tags: { rest: { backward: true }, pylon: { backward: true }, zendesk: { backward: false } },
  teams: { zendesk: { backward: false }, pylon: { backward: true } },
  ticketFields: { zendesk: { backward: false } },
  organizations: { zendesk: { backward: false }, pylon: { backward: false }, plain: { backward: true } },
};
const CAPABILITY: Record<string, string> = { agents: 'AGENTS', organizations: 'ORGANIZATIONS', tags: 'TAGS', teams: 'TEAMS', ticketFields: 'TICKET_FIELDS' };

const kindsOf = (field: string) => Object.keys(LISTS[field] ?? {});

const requests = async (kind: string): Promise<number> => {
  const stats = await g.stats(kind);
  return Object.values(stats.byRoute).reduce((sum, count) => sum + count, 0);
};

describe.each(Object.keys(LISTS))('Query.%s', (field) => {
  it.each(kindsOf(field))('%s: pages of 1 and 2 forward give the whole list, as one page of 100 does', async (kind) => {
    const connectionId = `acme-${kind}`;
    const whole = (await listPage(g, field, { connectionId, first: 100 })).edges.map((edge) => edge.node.externalId);
    expect(whole.length).toBeGreaterThan(1);
    expect(new Set(whole).size).toBe(whole.length);
    for (const size of [1, 2]) expect(await walkList(g, field, connectionId, size, 'forward')).toEqual(whole);
    if (LISTS[field]?.[kind]?.backward) {
      for (const size of [1, 2]) expect(await walkList(g, field, connectionId, size, 'backward')).toEqual(whole);
    } else {
      const result = await g.gql(listQuery(field), { connectionId, last: 2 });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('CAPABILITY_UNSUPPORTED');
    }
  });

  it.each(SIMULATOR_KINDS.map((kind) => kind.kind).filter((kind) => !kindsOf(field).includes(kind)))(
    '%s: CAPABILITY_UNSUPPORTED before any upstream call',
    async (kind) => {
      const before = await requests(kind);
      const result = await g.gql(listQuery(field), { connectionId: `acme-${kind}`, first: 5 });
      expect(result.errors?.map((error) => error.extensions?.['code'])).toEqual(['CAPABILITY_UNSUPPORTED']);
      expect(await requests(kind)).toBe(before);
    },
  );

  it('capabilities.lists says which kinds have it', async () => {
    const result = await g.gql<{ workspaces: { helpdesks: { kind: string; capabilities: { lists: string[] } }[] }[] }>(
      '{ workspaces { helpdesks { kind capabilities { lists } } } }',
    );
    const having = (result.data?.workspaces[0]?.helpdesks ?? []).filter((h) => h.capabilities.lists.includes(CAPABILITY[field] as string)).map((h) => h.kind);
    expect(having.sort()).toEqual(kindsOf(field).sort());
  });
});

describe('Query.agents', () => {
  it.each(kindsOf('agents'))('%s: listed agents are the agents their ids resolve to', async (kind) => {
    const page = await listPage(g, 'agents', { connectionId: `acme-${kind}`, first: 100 }, 'id kind name');
    const nodes = page.edges.map((edge) => edge.node) as unknown as { id: string; externalId: string; kind: string; name: string }[];
    expect(nodes.every((agent) => agent.kind && agent.name)).toBe(true);
    const ids = nodes.slice(0, 5).map((agent) => agent.id);
    const byId = await g.gql<{ nodes: { externalId: string; name: string }[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Agent { externalId name } } }', { ids });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.nodes).toEqual(nodes.slice(0, 5).map(({ externalId, name }) => ({ externalId, name })));
  });

  it('plain: people first, then machine users (bots), in one list', async () => {
    const page = await listPage(g, 'agents', { connectionId: 'acme-plain', first: 100 }, 'kind role');
    const kinds = page.edges.map((edge) => (edge.node as unknown as { kind: string }).kind);
    expect(kinds).toContain('BOT');
    expect(kinds.indexOf('BOT')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('BOT')).every((kind) => kind === 'BOT')).toBe(true);
  });

  it('refuses a cursor of another connection', async () => {
    const rest = await listPage(g, 'agents', { connectionId: 'acme-rest', first: 1 });
    const result = await g.gql(listQuery('agents'), { connectionId: 'acme-desk', first: 1, after: rest.pageInfo.endCursor });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('organizations', () => {
  it.each(kindsOf('organizations'))('%s: listed organizations resolve by id, and contacts name theirs', async (kind) => {
    const connectionId = `acme-${kind}`;
    const page = await listPage(g, 'organizations', { connectionId, first: 100 }, 'id name domains');
    const orgs = page.edges.map((edge) => edge.node) as unknown as { id: string; externalId: string; name: string; domains: string[] }[];
    expect(orgs.every((org) => org.name)).toBe(true);
    const byId = await g.gql<{ node: { externalId: string; name: string } }>('query($id: ID!) { node(id: $id) { ... on Organization { externalId name } } }', {
      id: orgs[0]?.id,
    });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.node).toEqual({ externalId: orgs[0]?.externalId, name: orgs[0]?.name });
    const contacts = await g.gql<{
      contacts: { edges: { node: { identities: { helpdesk: { connectionId: string }; organization: { externalId: string } | null }[] } }[] };
    }>(
      'query($connectionId: ID!) { contacts(connectionId: $connectionId, first: 20) { edges { node { identities { helpdesk { connectionId } organization { externalId } } } } } }',
      { connectionId },
    );
    expect(contacts.errors).toBeUndefined();
    const named = (contacts.data?.contacts.edges ?? [])
      .flatMap((edge) => edge.node.identities)
      .filter((identity) => identity.helpdesk.connectionId === connectionId)
      .flatMap((identity) => identity.organization ?? []);
    expect(named.length).toBeGreaterThan(0);
    const listed = new Set(orgs.map((org) => org.externalId));
    expect(named.every((org) => listed.has(org.externalId))).toBe(true);
  });

  it('a contact of a kind without organizations has a null organization', async () => {
    const result = await g.gql('{ contacts(connectionId: "acme-rest", first: 2) { edges { node { organization { id } identities { organization { id } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toContain('"id"');
  });
});

describe('tags', () => {
  it.each(kindsOf('tags'))('%s: listed tags resolve by id and are the words tickets carry', async (kind) => {
    const connectionId = `acme-${kind}`;
    const page = await listPage(g, 'tags', { connectionId, first: 100 }, 'id name color');
    const tags = page.edges.map((edge) => edge.node) as unknown as { id: string; externalId: string; name: string }[];
    const byId = await g.gql<{ node: { externalId: string; name: string } }>('query($id: ID!) { node(id: $id) { ... on Tag { externalId name } } }', { id: tags[1]?.id });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.node).toEqual({ externalId: tags[1]?.externalId, name: tags[1]?.name });
    const tickets = await g.gql<{ tickets: { edges: { node: { tags: string[] } }[] } }>('query($c: ID!) { tickets(connectionId: $c, first: 50) { edges { node { tags } } } }', { c: connectionId });
    const used = new Set((tickets.data?.tickets.edges ?? []).flatMap((edge) => edge.node.tags));
    expect(used.size).toBeGreaterThan(0);
    const names = new Set(tags.map((tag) => tag.name));
    expect([...used].every((word) => names.has(word))).toBe(true);
  });
});

describe('teams', () => {
  it.each(kindsOf('teams'))('%s: listed teams resolve by id and are the groups tickets are routed to', async (kind) => {
    const connectionId = `acme-${kind}`;
    const page = await listPage(g, 'teams', { connectionId, first: 100 }, 'id name');
    const teams = page.edges.map((edge) => edge.node) as unknown as { id: string; externalId: string; name: string }[];
    expect(teams.every((team) => team.name)).toBe(true);
    const byId = await g.gql<{ nodes: { externalId: string; name: string }[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Team { externalId name } } }', {
      ids: teams.map((team) => team.id),
    });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.nodes).toEqual(teams.map(({ externalId, name }) => ({ externalId, name })));
    const tickets = await g.gql<{ tickets: { edges: { node: { helpdeskTicket: { externalGroupId: string | null } } }[] } }>(
      'query($c: ID!) { tickets(connectionId: $c, first: 50) { edges { node { helpdeskTicket { externalGroupId } } } } }',
      { c: connectionId },
    );
    const routed = new Set((tickets.data?.tickets.edges ?? []).flatMap((edge) => edge.node.helpdeskTicket.externalGroupId ?? []));
    expect(routed.size).toBeGreaterThan(0);
    const listed = new Set(teams.map((team) => team.externalId));
    expect([...routed].every((id) => listed.has(id))).toBe(true);
  });
});

describe('ticket fields', () => {
  it.each(kindsOf('ticketFields'))('%s: listed fields resolve by id and name every custom field tickets carry', async (kind) => {
    const connectionId = `acme-${kind}`;
    const page = await listPage(g, 'ticketFields', { connectionId, first: 100 }, 'id title type options { name value }');
    const fields = page.edges.map((edge) => edge.node) as unknown as { id: string; externalId: string; title: string; type: string; options: { value: string }[] }[];
    expect(fields.every((field) => field.title && field.type)).toBe(true);
    const byId = await g.gql<{ nodes: { externalId: string; title: string }[] }>('query($ids: [ID!]!) { nodes(ids: $ids) { ... on TicketField { externalId title } } }', {
      ids: fields.map((field) => field.id),
    });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.nodes).toEqual(fields.map(({ externalId, title }) => ({ externalId, title })));
    const tickets = await g.gql<{ tickets: { edges: { node: { customFields: { key: string; value: unknown }[] } }[] } }>(
      'query($c: ID!) { tickets(connectionId: $c, first: 50) { edges { node { customFields { key value } } } } }',
      { c: connectionId },
    );
    const entries = (tickets.data?.tickets.edges ?? []).flatMap((edge) => edge.node.customFields);
    expect(entries.length).toBeGreaterThan(0);
    const listed = new Map(fields.map((field) => [field.externalId, field]));
    for (const { key, value } of entries) {
      const field = listed.get(key);
      expect(field, key).toBeDefined();
      // A multi-select's values are among its options.
      if (field?.type === 'multiselect' && Array.isArray(value)) expect(value.every((one) => field.options.some((option) => option.value === one))).toBe(true);
    }
  });
});
