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

const RATE_DEFAULTS = { maxConcurrency: 64, maxRetries: 2, maxRetryWaitMs: 5000, documentedLimits: true };

/** Route templates such as `GET /issues/:id`, as the HTTP layer matches them. */
const ROUTE = z.string().regex(/^(GET|POST|PUT|PATCH|DELETE) \/\S*$/, 'expected a route such as "GET /issues/:id"');

export const rateSchema = z
  .object({
    /**
     * Requests in flight to the upstream at once (the keep-alive pool's sockets), shared fairly between
     * GraphQL requests. Default 64: an upstream's budget is requests a minute, kept by `requestsPerMinute`
     * and `routes`, not by holding calls back, so the pool is sized for latency, not for the budget.
     */
    maxConcurrency: z.number().int().min(1).max(256).default(RATE_DEFAULTS.maxConcurrency),
    /** Retries of a 429 or a transient 5xx. Default 2. */
    maxRetries: z.number().int().min(0).max(10).default(RATE_DEFAULTS.maxRetries),
    /** The longest Retry-After waited out before failing with UPSTREAM_RATE_LIMITED. Default 5000. */
    maxRetryWaitMs: z.number().int().min(0).max(120_000).default(RATE_DEFAULTS.maxRetryWaitMs),
    /**
     * The upstream's budget for this account, all routes together, in requests per minute. Default: the
     * connector kind's documented limit (Zendesk: its plan's), or none.
     */
    requestsPerMinute: z.number().int().min(1).max(1_000_000).optional(),
    /** Per-route budgets in requests per minute, replacing the kind's documented ones for those routes. */
    routes: z.record(ROUTE, z.number().int().min(1).max(1_000_000)).optional(),
    /**
     * Keep to the budgets the upstream documents per route (Pylon's, from its OpenAPI description).
     * Default true; off only for an upstream that does not enforce them (a simulator, a raised limit).
     */
    documentedLimits: z.boolean().default(true),
  })
  .strict();

/** Defaults: open after 5 failures in a row, probe again after 10 s. */
export const breakerSchema = z
  .object({
    /** Consecutive failures (5xx, timeouts, unreachable) that open the circuit. Default 5. */
    failureThreshold: z.number().int().min(1).max(1000).default(5),
    /** How long an open circuit answers UPSTREAM_UNAVAILABLE before letting one probe through. Default 10000. */
    openMs: z.number().int().min(100).max(600_000).default(10_000),
  })
  .strict();

/**
 * What one GraphQL request may ask for; each is checked before any resolver runs, except the
 * upstream-call budget and the deadline, which bound the request while it runs.
 */
export const limitsSchema = z
  .object({
    /** Largest request body in bytes; larger is 413. Default 102400 (100 KiB). */
    maxBodyBytes: z.number().int().min(1024).max(10_485_760).default(102_400),
    /** Largest GraphQL document in characters; larger is QUERY_TOO_LARGE. Default 20000. */
    maxDocumentChars: z.number().int().min(100).max(1_000_000).default(20_000),
    /** Most lexical tokens in a document; more is QUERY_TOO_LARGE. Default 3000. */
    maxTokens: z.number().int().min(10).max(100_000).default(3000),
    /** Deepest selection (fragments do not add a level); deeper is QUERY_TOO_DEEP. Default 12. */
    maxDepth: z.number().int().min(2).max(100).default(12),
    /** Most aliases in a document; more is TOO_MANY_ALIASES. Default 30. */
    maxAliases: z.number().int().min(0).max(1000).default(30),
    /** Most directives in a document; more is TOO_MANY_DIRECTIVES. Default 20. */
    maxDirectives: z.number().int().min(0).max(1000).default(20),
    /** Largest static cost (upstream calls a query may make); more is QUERY_TOO_COMPLEX. Default 1000. */
    maxCost: z.number().int().min(1).max(1_000_000).default(1000),
    /** Upstream calls one request may make; past it, UPSTREAM_BUDGET_EXCEEDED. Default 200. */
    maxUpstreamCalls: z.number().int().min(1).max(100_000).default(200),
    /** Time within which every upstream call of a request must finish. Default 10000. */
    deadlineMs: z.number().int().min(100).max(300_000).default(10_000),
    /** Requests per minute per token (a token bucket); more is 429 RATE_LIMITED. Default 600. */
    requestsPerMinute: z.number().int().min(1).max(1_000_000).default(600),
    /** Requests a token may send at once above its steady rate. Default 60. */
    burst: z.number().int().min(1).max(100_000).default(60),
  })
  .strict();

const LIMIT_DEFAULTS = limitsSchema.parse({});

/** The records the shared cache may keep, by the loader that reads them. */
export const CACHED_RECORDS = ['contacts', 'agents', 'organizations', 'teams', 'tags', 'ticketFields', 'tickets'] as const;
export type CachedRecord = (typeof CACHED_RECORDS)[number];

const TTL_SECONDS = z.number().int().min(0).max(86_400);

/**
 * How long each kind of record is kept, in seconds; 0 keeps none. People and reference records change
 * rarely; tickets are live unless a connection opts in.
 */
const ttlSchema = z
  .object({
    /** Default 300. */
    contacts: TTL_SECONDS.default(300),
    /** Default 600. */
    agents: TTL_SECONDS.default(600),
    /** Default 3600. */
    organizations: TTL_SECONDS.default(3600),
    /** Default 3600. */
    teams: TTL_SECONDS.default(3600),
    /** Default 3600. */
    tags: TTL_SECONDS.default(3600),
    /** Default 3600. */
    ticketFields: TTL_SECONDS.default(3600),
    /** Default 0: tickets are read live. */
    tickets: TTL_SECONDS.default(0),
  })
  .strict();

/** The shared record cache (in process, or Redis with `REDIS_URL`). */
export const cacheSchema = z
  .object({
    /** Bound on the in-process cache, in MiB (ignored with Redis). Default 64. */
    maxMemoryMb: z.number().int().min(1).max(65_536).default(64),
    /** Per record kind, seconds an entry is fresh. */
    ttlSeconds: ttlSchema.default(ttlSchema.parse({})),
    /** Seconds past its TTL an entry is still answered while it is refreshed in the background. Default 60. */
    staleSeconds: TTL_SECONDS.default(60),
  })
  .strict();

/** One connection's departures from `cache`: `enabled: false` keeps nothing of it. */
export const connectionCacheSchema = z
  .object({
    /** Default true. */
    enabled: z.boolean().default(true),
    /** Per record kind, replacing `cache.ttlSeconds` for this connection (`{ tickets: 30 }` opts tickets in). */
    ttlSeconds: z.object(Object.fromEntries(CACHED_RECORDS.map((record) => [record, TTL_SECONDS.optional()])) as Record<CachedRecord, z.ZodOptional<typeof TTL_SECONDS>>).strict().optional(),
    /** Replaces `cache.staleSeconds` for this connection. */
    staleSeconds: TTL_SECONDS.optional(),
  })
  .strict();

/** Live updates of one connection (see the README's "Live updates"). */
export const connectionEventsSchema = z
  .object({
    /**
     * The secret the helpdesk signs its webhooks with (Zendesk's webhook signing secret, Plain's
     * request-signing secret, the Helpdesk API's shared secret): put it in the environment and write
     * `${VAR}` here. Without one, `/webhooks/{connectionId}` refuses every delivery.
     */
    webhookSecret: z.string().min(16, 'expected a secret of at least 16 characters').optional(),
    /**
     * How often the connection is polled for changed tickets while somebody subscribes, in ms; 0 never.
     * Default 10000 for kinds that send no webhooks, 60000 (a safety net) for those that do.
     */
    pollIntervalMs: z.union([z.literal(0), z.number().int().min(100).max(3_600_000)]).optional(),
  })
  .strict();

/** Subscriptions and webhooks, for the whole gateway. */
export const eventsSchema = z
  .object({
    /** Subscriptions one token may hold open on one replica. Default 10. */
    maxSubscriptionsPerToken: z.number().int().min(1).max(10_000).default(10),
    /** Subscriptions one replica holds open in all. Default 1000. */
    maxSubscriptions: z.number().int().min(1).max(1_000_000).default(1000),
    /** Events a subscriber may have waiting before the oldest are dropped. Default 100. */
    maxQueuedEvents: z.number().int().min(1).max(10_000).default(100),
    /** Largest webhook body in bytes; larger is 413. Default 262144 (256 KiB). */
    webhookMaxBodyBytes: z.number().int().min(1024).max(10_485_760).default(262_144),
    /** How far a webhook's signing time may be from now, in seconds; older is a replay (401). Default 300. */
    webhookToleranceSeconds: z.number().int().min(1).max(86_400).default(300),
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
    /**
     * Per-call upstream timeout (for the headers, and again for the body). Default 5000: below the
     * request deadline (`limits.deadlineMs`, 10000), so one hanging upstream costs a request one
     * timeout and leaves time for the rest.
     */
    timeoutMs: z.number().int().min(100).max(120_000).default(5000),
    rate: rateSchema.default(RATE_DEFAULTS),
    breaker: breakerSchema.default({ failureThreshold: 5, openMs: 10_000 }),
    /** This connection's use of the shared record cache; default: `cache` as it is. */
    cache: connectionCacheSchema.optional(),
    events: connectionEventsSchema.default({}),
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
    /** This token's own `maxCost`, `requestsPerMinute` and `burst`, overriding `limits`. */
    limits: limitsSchema.pick({ maxCost: true, requestsPerMinute: true, burst: true }).partial().strict().optional(),
  })
  .strict();

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Prometheus metrics at `/metrics`. Off when absent. With `token`, served on the API's port to
 * `Authorization: Bearer <token>`; with `port`, on a port of their own (on `host`, loopback by
 * default), with the token too when one is given. A metrics port off loopback needs a token, so the
 * metrics are never public by accident.
 */
const metricsSchema = z
  .object({
    token: z.string().min(16, 'expected a token of at least 16 characters').optional(),
    port: z.number().int().min(0).max(65_535).optional(),
    /** Default 127.0.0.1. */
    host: z.string().default('127.0.0.1'),
  })
  .strict()
  .superRefine((metrics, ctx) => {
    if (metrics.token === undefined && metrics.port === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give a token (metrics on the API port) or a port (metrics on their own port), or leave metrics out' });
    }
    if (metrics.port !== undefined && metrics.token === undefined && !LOOPBACK.has(metrics.host)) {
      ctx.addIssue({ code: 'custom', path: ['token'], message: `a metrics port on ${metrics.host} needs a token (only loopback may go without one)` });
    }
  });

export const configSchema = z
  .object({
    server: z
      .object({
        /** Default 127.0.0.1. */
        host: z.string().default('127.0.0.1'),
        /** Default 4000. */
        port: z.number().int().min(0).max(65_535).default(4000),
        /** Serve GraphiQL at /graphql for browsers. Default false (`deskgraph demo` turns it on). */
        graphiql: z.boolean().default(false),
        /** Answer introspection queries (and field suggestions). Default false (`deskgraph demo` turns it on). */
        introspection: z.boolean().default(false),
        /**
         * Origins allowed to call the API from a browser. Default none: no CORS headers at all. `["*"]`
         * allows any origin, never with credentials.
         */
        corsOrigins: z.array(z.union([z.literal('*'), z.url({ protocol: /^https?$/, error: 'expected an origin such as https://app.example.com' })])).default([]),
        metrics: metricsSchema.optional(),
        /** How long SIGTERM waits for requests in flight before closing. Default 10000. */
        drainTimeoutMs: z.number().int().min(0).max(300_000).default(10_000),
        /**
         * Runs of a query (document and operation) through graphql-js's executor before it is compiled
         * to code of its own (graphql-jit), which answers the same with less CPU. Default 2; 0 compiles
         * on first sight; null never compiles.
         */
        compileQueriesAfter: z.number().int().min(0).nullable().default(2),
      })
      .strict()
      .default({ host: '127.0.0.1', port: 4000, graphiql: false, introspection: false, corsOrigins: [], drainTimeoutMs: 10_000, compileQueriesAfter: 2 }),
    limits: limitsSchema.default(LIMIT_DEFAULTS),
    cache: cacheSchema.default(cacheSchema.parse({})),
    events: eventsSchema.default(eventsSchema.parse({})),
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
