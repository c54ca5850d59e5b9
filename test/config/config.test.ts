import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';

const valid = () => ({
  workspaces: [
    {
      id: 'acme',
      connections: [
        { id: 'acme-rest', kind: 'rest', name: 'Support', baseUrl: 'https://desk.acme.test/api/v1', credentials: { apiKey: '${ACME_KEY}' } },
      ],
    },
  ],
  tokens: [{ id: 'frontend', secret: '${FRONTEND_TOKEN}', workspaces: ['acme'], access: 'read' }],
});
const env = { ACME_KEY: 'k-123', FRONTEND_TOKEN: 'frontend-token-0123456789' };

const problems = (document: unknown, environment: Record<string, string> = env): readonly string[] => {
  try {
    parseConfig(document, environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('config', () => {
  it('reads a valid document with ${VAR} secrets and fills defaults', () => {
    const config = parseConfig(valid(), env);
    expect(config.server).toEqual({ host: '127.0.0.1', port: 4000, graphiql: false, introspection: false, corsOrigins: [], drainTimeoutMs: 10_000, compileQueriesAfter: 2 });
    expect(config.limits).toMatchObject({ maxCost: 1000, maxUpstreamCalls: 200, deadlineMs: 10_000, maxDepth: 12 });
    const [connection] = config.workspaces[0]?.connections ?? [];
    expect(connection).toMatchObject({
      id: 'acme-rest',
      workspaceId: 'acme',
      credentials: { apiKey: 'k-123' },
      timeoutMs: 5000,
      rate: { maxConcurrency: 64, maxRetries: 2, maxRetryWaitMs: 5000 },
      cache: { ttlMs: { contacts: 300_000, agents: 600_000, organizations: 3_600_000, teams: 3_600_000, tags: 3_600_000, tickets: 0 }, staleMs: 60_000 },
    });
    expect(config.cache).toMatchObject({ maxMemoryMb: 64, staleSeconds: 60 });
    expect(config.tokens[0]).toEqual({ id: 'frontend', secret: 'frontend-token-0123456789', workspaces: ['acme'], access: 'read' });
  });

  it("lays a connection's cache settings over the gateway's, and turns them all off with enabled: false", () => {
    const document = valid() as any;
    document.cache = { ttlSeconds: { contacts: 30 }, staleSeconds: 5 };
    const [base] = document.workspaces[0].connections;
    document.workspaces[0].connections.push(
      { ...base, id: 'acme-live-tickets', cache: { ttlSeconds: { tickets: 10, agents: 0 }, staleSeconds: 1 } },
      { ...base, id: 'acme-uncached', cache: { enabled: false } },
    );
    const [plain, tickets, uncached] = parseConfig(document, env).workspaces[0]?.connections ?? [];
    expect(plain?.cache).toEqual({ ttlMs: { contacts: 30_000, agents: 600_000, organizations: 3_600_000, teams: 3_600_000, tags: 3_600_000, ticketFields: 3_600_000, tickets: 0 }, staleMs: 5000 });
    expect(tickets?.cache).toMatchObject({ ttlMs: { contacts: 30_000, agents: 0, tickets: 10_000 }, staleMs: 1000 });
    expect(uncached?.cache).toEqual({ ttlMs: {}, staleMs: 0 });
    document.workspaces[0].connections[1].cache = { ttlSeconds: { messages: 5 } };
    expect(problems(document)).toEqual([expect.stringMatching(/^workspaces\[0\]\.connections\[1\]\.cache\.ttlSeconds.*messages/)]);
  });

  it('names the path of a missing environment variable', () => {
    expect(problems(valid(), { FRONTEND_TOKEN: env.FRONTEND_TOKEN })).toEqual([
      'workspaces[0].connections[0].credentials.apiKey: environment variable ACME_KEY is not set',
    ]);
  });

  it('names the path of an invalid field, one line each', () => {
    const document = valid();
    const connections = document.workspaces[0]!.connections as Record<string, unknown>[];
    connections.push({ id: 'acme-two', kind: 'rest', name: 'Two', baseUrl: 'not a url', credentials: { apiKey: 'x' } });
    expect(problems(document)).toEqual(['workspaces[0].connections[1].baseUrl: expected a URL']);
  });

  it('refuses unknown kinds, duplicate ids, unknown token workspaces, short secrets and unknown keys', () => {
    const document = valid() as any;
    document.workspaces[0].connections.push({ ...document.workspaces[0].connections[0], kind: 'freshdesk' });
    document.tokens.push({ id: 'frontend', secret: 'short', workspaces: ['nope'] });
    document.extra = true;
    const lines = problems(document);
    expect(lines).toContain('workspaces[0].connections[1].kind: unknown kind "freshdesk" (expected one of ' + lines.find((l) => l.includes('freshdesk'))!.split('expected one of ')[1]);
    expect(lines).toContain('workspaces[0].connections[1].id: duplicate connection id "acme-rest"');
    expect(lines).toContain('tokens[1].id: duplicate token id "frontend"');
    expect(lines).toContain('tokens[1].workspaces[0]: unknown workspace "nope"');
    expect(lines).toContain('tokens[1].secret: expected a secret of at least 16 characters');
    expect(lines.some((line) => line.startsWith('(root)') && line.includes('extra'))).toBe(true);
  });

  it('refuses duplicate connection ids and tokens naming unknown workspaces', () => {
    const document = valid() as any;
    document.workspaces[0].connections.push({ ...document.workspaces[0].connections[0] });
    document.tokens[0].workspaces = ['acme', 'nope'];
    expect(problems(document)).toEqual([
      'workspaces[0].connections[1].id: duplicate connection id "acme-rest"',
      'tokens[0].workspaces[1]: unknown workspace "nope"',
    ]);
  });

  it('validates credentials with the schema of the connection kind', () => {
    const document = valid() as any;
    document.workspaces[0].connections[0].credentials = {};
    const [line] = problems(document);
    expect(line).toMatch(/^workspaces\[0\]\.connections\[0\]\.credentials\.apiKey: /);
  });

  it('loads YAML and JSON files and reports unreadable or unparsable ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deskgraph-config-'));
    const yamlFile = join(dir, 'deskgraph.yaml');
    await writeFile(
      yamlFile,
      `workspaces:\n  - id: acme\n    connections:\n      - id: acme-rest\n        kind: rest\n        name: Support\n        baseUrl: https://desk.acme.test/api/v1\n        credentials: { apiKey: "\${ACME_KEY}" }\ntokens:\n  - id: frontend\n    secret: \${FRONTEND_TOKEN}\n    workspaces: [acme]\n`,
    );
    expect((await loadConfig(yamlFile, env)).workspaces[0]?.connections[0]?.credentials).toEqual({ apiKey: 'k-123' });
    const jsonFile = join(dir, 'deskgraph.json');
    await writeFile(jsonFile, JSON.stringify(valid()));
    expect((await loadConfig(jsonFile, env)).tokens).toHaveLength(1);
    await writeFile(join(dir, 'broken.yaml'), 'workspaces: [\n');
    await expect(loadConfig(join(dir, 'broken.yaml'), env)).rejects.toThrow(/not valid YAML or JSON/);
    await expect(loadConfig(join(dir, 'missing.yaml'), env)).rejects.toThrow(/cannot read the file \(ENOENT\)/);
  });

  it('reads live-update settings: bounds with defaults, and per connection a webhook secret from the environment and a poll interval', () => {
    const document = valid();
    const [workspace] = document.workspaces;
    (workspace?.connections[0] as Record<string, unknown>)['events'] = { webhookSecret: '${HOOK_SECRET}', pollIntervalMs: 5000 };
    const config = parseConfig(document, { ...env, HOOK_SECRET: 'hook-secret-0123456789' });
    expect(config.events).toMatchObject({ maxSubscriptionsPerToken: 10, maxSubscriptions: 1000, maxQueuedEvents: 100, webhookMaxBodyBytes: 262_144, webhookToleranceSeconds: 300 });
    expect(config.events.connections.get('acme-rest')).toEqual({ webhookSecret: 'hook-secret-0123456789', pollIntervalMs: 5000 });

    (workspace?.connections[0] as Record<string, unknown>)['events'] = { webhookSecret: '${HOOK_SECRET}', pollIntervalMs: 5 };
    const refused = problems(document, { ...env, HOOK_SECRET: 'short-secret' });
    expect(refused).toEqual([
      'workspaces[0].connections[0].events.webhookSecret: expected a secret of at least 16 characters',
      expect.stringMatching(/^workspaces\[0\]\.connections\[0\]\.events\.pollIntervalMs: /),
    ]);
    // The secret itself never appears in a problem.
    expect(refused.join('\n')).not.toContain('short-secret');
  });
});
