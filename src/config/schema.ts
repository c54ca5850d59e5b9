import { z } from 'zod';
import { CONNECTOR_KINDS } from '../connectors/registry.js';

/**
 * The config file: workspaces with their helpdesk connections, and the bearer tokens that may read
 * (or write) them. Defaults are documented beside each field and in the README.
 */

const ID = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected an id of letters, digits, "_" and "-" (at most 64)');

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected a URL' });

export const rateSchema = z
  .object({
    /** Requests in flight to the upstream at once (keep-alive pool size). Default 8. */
    maxConcurrency: z.number().int().min(1).max(256).default(8),
    /** Retries of a 429 or a transient 5xx. Default 2. */
    maxRetries: z.number().int().min(0).max(10).default(2),
    /** The longest Retry-After waited out before failing with UPSTREAM_RATE_LIMITED. Default 5000. */
    maxRetryWaitMs: z.number().int().min(0).max(120_000).default(5000),
  })
  .strict();

const connectionSchema = z
  .object({
    id: ID,
    kind: z.string(),
    name: z.string().min(1),
    baseUrl: httpUrl,
    credentials: z.record(z.string(), z.unknown()),
    options: z.record(z.string(), z.unknown()).default({}),
    /** Per-request upstream timeout. Default 10000. */
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    rate: rateSchema.default({ maxConcurrency: 8, maxRetries: 2, maxRetryWaitMs: 5000 }),
  })
  .strict()
  .superRefine((connection, ctx) => {
    const kind = CONNECTOR_KINDS.get(connection.kind);
    if (!kind) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `unknown kind "${connection.kind}" (expected one of ${[...CONNECTOR_KINDS.keys()].join(', ')})`,
      });
      return;
    }
    for (const [field, schema] of [
      ['credentials', kind.credentialsSchema],
      ['options', kind.optionsSchema],
    ] as const) {
      const result = schema.safeParse(connection[field]);
      if (!result.success) {
        for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [field, ...issue.path], message: issue.message });
      }
    }
  });

const workspaceSchema = z
  .object({
    id: ID,
    name: z.string().min(1).optional(),
    connections: z.array(connectionSchema).default([]),
  })
  .strict();

const tokenSchema = z
  .object({
    id: ID,
    /** The bearer token itself: put it in the environment and write `${VAR}` here. */
    secret: z.string().min(16, 'expected a secret of at least 16 characters'),
    workspaces: z.array(ID).min(1),
    access: z.enum(['read', 'write']).default('read'),
  })
  .strict();

export const configSchema = z
  .object({
    server: z
      .object({
        /** Default 127.0.0.1. */
        host: z.string().default('127.0.0.1'),
        /** Default 4000. */
        port: z.number().int().min(0).max(65_535).default(4000),
        /** Serve GraphiQL at /graphql for browsers. Default true. */
        graphiql: z.boolean().default(true),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 4000, graphiql: true }),
    workspaces: z.array(workspaceSchema).min(1),
    tokens: z.array(tokenSchema).min(1),
  })
  .strict()
  .superRefine((config, ctx) => {
    const duplicate = (seen: Set<string>, value: string, path: (string | number)[], what: string): void => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path, message: `duplicate ${what} "${value}"` });
      seen.add(value);
    };
    const workspaceIds = new Set<string>();
    const connectionIds = new Set<string>();
    config.workspaces.forEach((workspace, w) => {
      duplicate(workspaceIds, workspace.id, ['workspaces', w, 'id'], 'workspace id');
      workspace.connections.forEach((connection, c) =>
        duplicate(connectionIds, connection.id, ['workspaces', w, 'connections', c, 'id'], 'connection id'),
      );
    });
    const tokenIds = new Set<string>();
    const secrets = new Set<string>();
    config.tokens.forEach((token, t) => {
      duplicate(tokenIds, token.id, ['tokens', t, 'id'], 'token id');
      if (secrets.has(token.secret)) ctx.addIssue({ code: 'custom', path: ['tokens', t, 'secret'], message: 'two tokens share this secret' });
      secrets.add(token.secret);
      token.workspaces.forEach((workspace, i) => {
        if (!workspaceIds.has(workspace)) {
          ctx.addIssue({ code: 'custom', path: ['tokens', t, 'workspaces', i], message: `unknown workspace "${workspace}"` });
        }
      });
    });
  });

export type ConfigFile = z.infer<typeof configSchema>;
