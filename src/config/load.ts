import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ConnectionSettings } from '../connectors/connector.js';
import { CONNECTOR_KINDS } from '../connectors/registry.js';
import { interpolateEnv, type MissingVariable } from './interpolate.js';
import type { CachePolicy } from '../state/cache.js';
import { configSchema, type ConfigFile } from './schema.js';

type ConnectionCacheConfig = NonNullable<ConfigFile['workspaces'][number]['connections'][number]['cache']>;

export interface WorkspaceConfig {
  id: string;
  name: string;
  connections: ConnectionSettings[];
}

export type LimitsConfig = ConfigFile['limits'];

export interface TokenConfig {
  id: string;
  secret: string;
  workspaces: string[];
  access: 'read' | 'write';
  limits?: Partial<Pick<LimitsConfig, 'maxCost' | 'requestsPerMinute' | 'burst'>> | undefined;
}

/** A connection's live-update settings (`connections[].events`). */
export type ConnectionEventsConfig = ConfigFile['workspaces'][number]['connections'][number]['events'];

export interface GatewayConfig {
  server: ConfigFile['server'];
  limits: LimitsConfig;
  cache: ConfigFile['cache'];
  /** Subscription and webhook bounds, and each connection's webhook secret and poll interval by connection id. */
  events: ConfigFile['events'] & { connections: ReadonlyMap<string, ConnectionEventsConfig> };
  workspaces: WorkspaceConfig[];
  tokens: TokenConfig[];
}

/** A config that cannot be used, with one line per problem (`path: what is wrong`). */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** `workspaces[0].connections[1].baseUrl` */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') ||
  '(root)';

const issueLines = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);

/** A connection's cache policy: the gateway's TTLs with the connection's own on top; nothing kept when it is off. */
const cachePolicy = (cache: ConfigFile['cache'], own: ConnectionCacheConfig | undefined): CachePolicy => {
  if (own?.enabled === false) return { ttlMs: {}, staleMs: 0 };
  const seconds = { ...cache.ttlSeconds, ...Object.fromEntries(Object.entries(own?.ttlSeconds ?? {}).filter(([, value]) => value !== undefined)) };
  return {
    ttlMs: Object.fromEntries(Object.entries(seconds).map(([record, value]) => [record, value * 1000])),
    staleMs: (own?.staleSeconds ?? cache.staleSeconds) * 1000,
  };
};

/** Validates a parsed config document (after `${VAR}` interpolation) into the gateway's settings. */
export const parseConfig = (document: unknown, env: Readonly<Record<string, string | undefined>> = process.env): GatewayConfig => {
  const missing: MissingVariable[] = [];
  const interpolated = interpolateEnv(document, env, missing);
  if (missing.length > 0) {
    throw new ConfigError(missing.map(({ path, variable }) => `${formatPath(path)}: environment variable ${variable} is not set`));
  }
  const result = configSchema.safeParse(interpolated);
  if (!result.success) throw new ConfigError(issueLines(result.error.issues));
  const config = result.data;
  return {
    server: config.server,
    limits: config.limits,
    cache: config.cache,
    events: {
      ...config.events,
      connections: new Map(config.workspaces.flatMap((workspace) => workspace.connections.map((connection) => [connection.id, connection.events] as const))),
    },
    tokens: config.tokens,
    workspaces: config.workspaces.map((workspace) => ({
      id: workspace.id,
      name: workspace.name ?? workspace.id,
      connections: workspace.connections.map((connection): ConnectionSettings => {
        const kind = CONNECTOR_KINDS.get(connection.kind);
        // Both parses succeeded inside the schema's refinement; they run again to get the typed output.
        return {
          id: connection.id,
          workspaceId: workspace.id,
          kind: connection.kind,
          name: connection.name,
          baseUrl: connection.baseUrl,
          credentials: kind?.credentialsSchema.parse(connection.credentials),
          options: kind?.optionsSchema.parse(connection.options),
          timeoutMs: connection.timeoutMs,
          rate: connection.rate,
          breaker: connection.breaker,
          cache: cachePolicy(config.cache, connection.cache),
        };
      }),
    })),
  };
};

/** Reads a YAML or JSON config file (YAML is a superset of JSON, so one parser reads both). */
export const loadConfig = async (file: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<GatewayConfig> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new ConfigError([`${file}: not valid YAML or JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`]);
  }
  return parseConfig(document, env);
};
