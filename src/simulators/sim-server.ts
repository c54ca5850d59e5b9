import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { simEventSchema, webhookTargetSchema, type SimEvent, type WebhookSender } from './webhooks.js';

/**
 * The machinery every simulator shares: a real HTTP server on loopback, routing, request counts,
 * rate budgets, and fault injection through the `/_sim` control endpoints:
 *
 * - `GET /_sim/stats`: `{ total, byRoute: { "GET /api/v1/tickets": 3, … } }` (control calls not counted)
 * - `GET /_sim/requests`: the last 200 requests, `{ method, route, traceparent, tracestate }`, oldest first
 * - `POST /_sim/reset`: fresh dataset, zero counts, no faults, default budgets
 * - `POST /_sim/faults`: a body of `SimFaults` (below), replacing the faults in force
 * - `POST /_sim/events`: `{type, ticketId}` (./webhooks.ts) makes a ticket change happen, as a write would
 * - `POST /_sim/webhooks`: `{url, secret}` sets where the simulator's webhooks go (those that send
 *   them); `GET /_sim/webhooks` counts them: `{sent, failed}`
 */

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
  params: Readonly<Record<string, string>>;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless it is a string, which is sent as text/plain. */
  body?: unknown;
}

export interface SimRoute {
  method: string;
  /** `/api/v1/tickets/:id`; the first route that matches wins. */
  pattern: string;
  handle(request: SimRequest): SimResponse | Promise<SimResponse>;
}

export interface RateBudget {
  requests: number;
  windowMs: number;
}

export const simFaultsSchema = z
  .object({
    /** Delay before every answer. */
    latencyMs: z.number().int().min(0).max(60_000).default(0),
    /** Answer this status instead of the real response, with probability `errorRate`. */
    errorStatus: z.number().int().min(400).max(599).optional(),
    errorRate: z.number().min(0).max(1).default(1),
    /** The next `count` requests answer 429 with this Retry-After (or the upstream's own hint). */
    rateLimitBurst: z.object({ count: z.number().int().min(1), retryAfterSeconds: z.number().min(0) }).optional(),
    /** Never answer (until the client gives up). */
    hang: z.boolean().default(false),
    /** Close the connection without an answer: the client sees a connection reset. */
    reset: z.boolean().default(false),
    /** Answer 200 with a truncated JSON body. */
    malformed: z.boolean().default(false),
    /**
     * Answer 200 with JSON that parses but breaks the upstream's wire schema: the real answer with
     * every value of the wrong type (strings as numbers, numbers, booleans and nulls as strings,
     * empty lists as strings), envelope keys kept, so a GraphQL answer is `{"data": {...wrong}}`.
     */
    breakSchema: z.boolean().default(false),
    /**
     * How many requests to the faulted routes get the faults above (latency, hang, reset, errors,
     * malformed, breakSchema); later ones are served normally. Every request when absent.
     * `rateLimitBurst` and `rateLimits` keep their own counts.
     */
    times: z.number().int().min(1).optional(),
    /** Limit the faults to these routes (`"GET /api/v1/tickets"`); all routes when absent. */
    routes: z.array(z.string()).optional(),
    /** Replace the request budgets: per route key, or `*` for all routes together. */
    rateLimits: z.record(z.string(), z.object({ requests: z.number().int().min(1), windowMs: z.number().int().min(1) })).optional(),
  })
  .strict();
export type SimFaults = z.infer<typeof simFaultsSchema>;

export interface SimulatorSpec {
  name: string;
  routes: readonly SimRoute[];
  /** Rebuilds the dataset (on start and on `/_sim/reset`). */
  reset(): void;
  /** Whether the request carries valid credentials; unauthorised requests get `error(401)`. */
  authorize(request: SimRequest): boolean;
  /** The upstream's own error body for a status. */
  error(status: number, message: string): SimResponse;
  /** The upstream's own 429, with its retry hint. */
  rateLimited(retryAfterSeconds: number): SimResponse;
  /** Budgets in force after a reset, per route key or `*`. */
  rateLimits?: Readonly<Record<string, RateBudget>>;
  /** Makes a change happen for `POST /_sim/events` (sending its webhook where the upstream would). */
  event?(event: SimEvent): SimResponse | Promise<SimResponse>;
  /** The webhooks the simulator sends, for upstreams that send them. */
  webhooks?: WebhookSender;
}

export interface SimulatorOptions {
  port?: number;
  host?: string;
}

export interface RunningSimulator {
  name: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  stats(): SimStats;
  close(): Promise<void>;
}

export interface SimStats {
  total: number;
  byRoute: Record<string, number>;
}

/** One request in the simulator's log: its route, and the trace context it came with, if any. */
export interface SimLoggedRequest {
  method: string;
  route: string;
  traceparent?: string | undefined;
  tracestate?: string | undefined;
}

const LOGGED_REQUESTS = 200;

interface CompiledRoute {
  route: SimRoute;
  key: string;
  regex: RegExp;
  names: string[];
}

interface FoundRoute {
  compiled: CompiledRoute;
  match: RegExpExecArray;
}

const compile = (route: SimRoute): CompiledRoute => {
  const names: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { route, key: `${route.method} ${route.pattern}`, regex: new RegExp(`^${source}$`), names };
};

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** `value` with every leaf of another JSON type, for `breakSchema`. */
const wrongTypes = (value: unknown): unknown => {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'not a list' : value.map(wrongTypes);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, wrongTypes(field)]));
  return value;
};

const write = (response: ServerResponse, reply: SimResponse): void => {
  const isText = typeof reply.body === 'string';
  const payload = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...(reply.body === undefined ? {} : { 'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' }),
    ...reply.headers,
  });
  response.end(payload);
};

export const startSimulator = async (spec: SimulatorSpec, options: SimulatorOptions = {}): Promise<RunningSimulator> => {
  const routes = spec.routes.map(compile);
  let counts = new Map<string, number>();
  let logged: SimLoggedRequest[] = [];
  let faults: SimFaults = simFaultsSchema.parse({});
  let burstLeft = 0;
  let faultsLeft = Infinity;
  let budgets: Record<string, RateBudget> = { ...spec.rateLimits };
  let windows = new Map<string, { start: number; used: number }>();

  const reset = (): void => {
    spec.reset();
    counts = new Map();
    logged = [];
    faults = simFaultsSchema.parse({});
    burstLeft = 0;
    faultsLeft = Infinity;
    budgets = { ...spec.rateLimits };
    windows = new Map();
  };
  spec.reset();

  const stats = (): SimStats => {
    const byRoute = Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
    return { total: [...counts.values()].reduce((a, b) => a + b, 0), byRoute };
  };

  /** Seconds until the budget of `key` frees up, or undefined while it has room. */
  const spend = (key: string): number | undefined => {
    const budget = budgets[key];
    if (!budget) return undefined;
    const now = Date.now();
    const window = windows.get(key);
    if (!window || now - window.start >= budget.windowMs) {
      windows.set(key, { start: now, used: 1 });
      return undefined;
    }
    if (window.used < budget.requests) {
      window.used++;
      return undefined;
    }
    return Math.ceil((window.start + budget.windowMs - now) / 1000);
  };

  const control = async (method: string, path: string, raw: string): Promise<SimResponse | undefined> => {
    if (method === 'GET' && path === '/_sim/stats') return { status: 200, body: stats() };
    if (method === 'GET' && path === '/_sim/requests') return { status: 200, body: logged };
    const body = <T>(schema: z.ZodType<T>): { data: T } | { error: SimResponse } => {
      let json: unknown;
      try {
        json = raw ? JSON.parse(raw) : {};
      } catch {
        return { error: { status: 400, body: { error: 'the body is not JSON' } } };
      }
      const parsed = schema.safeParse(json);
      return parsed.success ? { data: parsed.data } : { error: { status: 400, body: { error: z.prettifyError(parsed.error) } } };
    };
    if (method === 'POST' && path === '/_sim/events') {
      if (!spec.event) return { status: 404, body: { error: 'this simulator makes no events' } };
      const event = body(simEventSchema);
      return 'error' in event ? event.error : await spec.event(event.data);
    }
    if (path === '/_sim/webhooks' && !spec.webhooks) return { status: 404, body: { error: 'this upstream sends no webhooks' } };
    if (method === 'GET' && path === '/_sim/webhooks') return { status: 200, body: spec.webhooks?.deliveries() };
    if (method === 'POST' && path === '/_sim/webhooks' && spec.webhooks) {
      const target = body(webhookTargetSchema);
      if ('error' in target) return target.error;
      spec.webhooks.configure(target.data);
      return { status: 200, body: { ok: true } };
    }
    if (method === 'POST' && path === '/_sim/reset') {
      reset();
      return { status: 200, body: { ok: true } };
    }
    if (method === 'POST' && path === '/_sim/faults') {
      const parsed = body(simFaultsSchema);
      if ('error' in parsed) return parsed.error;
      faults = parsed.data;
      burstLeft = faults.rateLimitBurst?.count ?? 0;
      faultsLeft = faults.times ?? Infinity;
      if (faults.rateLimits) {
        budgets = { ...faults.rateLimits };
        windows = new Map();
      }
      return { status: 200, body: { ok: true, faults } };
    }
    return undefined;
  };

  /** The simulator's real answer to a request outside `/_sim`: routing, budgets, credentials. */
  const answer = async (method: string, url: URL, raw: string, headers: IncomingMessage['headers'], found: FoundRoute | undefined): Promise<SimResponse> => {
    if (!found) return spec.error(404, `no route for ${method} ${url.pathname}`);
    const exhausted = spend(found.compiled.key) ?? spend('*');
    if (exhausted !== undefined) return spec.rateLimited(exhausted);

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return spec.error(400, 'the request body is not valid JSON');
      }
    }
    const params = Object.fromEntries(found.compiled.names.map((name, i) => [name, decodeURIComponent(found.match[i + 1] ?? '')]));
    const simRequest: SimRequest = { method, path: url.pathname, query: url.searchParams, headers, body, params };
    if (!spec.authorize(simRequest)) return spec.error(401, 'invalid or missing credentials');
    return found.compiled.route.handle(simRequest);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://sim');
    const method = request.method ?? 'GET';
    const raw = await readBody(request);
    const controlled = await control(method, url.pathname, raw);
    if (controlled) return write(response, controlled);

    const found = routes
      .map((compiled) => ({ compiled, match: method === compiled.route.method ? compiled.regex.exec(url.pathname) : null }))
      .find((candidate): candidate is FoundRoute => candidate.match !== null);
    const key = found ? found.compiled.key : `${method} (unmatched)`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const { traceparent, tracestate } = request.headers;
    logged.push({
      method,
      route: key,
      ...(typeof traceparent === 'string' ? { traceparent } : {}),
      ...(typeof tracestate === 'string' ? { tracestate } : {}),
    });
    if (logged.length > LOGGED_REQUESTS) logged.shift();

    const onFaultedRoute = !faults.routes || faults.routes.includes(key);
    const faulted = onFaultedRoute && faultsLeft > 0;
    if (faulted) faultsLeft--;
    if (faulted && faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (faulted && faults.hang) return; // the socket stays open until the client gives up or we close
    if (faulted && faults.reset) return void request.socket.resetAndDestroy();
    if (onFaultedRoute && burstLeft > 0) {
      burstLeft--;
      return write(response, spec.rateLimited(faults.rateLimitBurst?.retryAfterSeconds ?? 1));
    }
    if (faulted && faults.errorStatus !== undefined && Math.random() < faults.errorRate) {
      return write(response, spec.error(faults.errorStatus, 'injected fault'));
    }
    if (faulted && faults.malformed) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"data": [{"id": ');
      return;
    }
    const real = await answer(method, url, raw, request.headers, found);
    if (faulted && faults.breakSchema) return write(response, { status: 200, body: real.body === undefined ? { unexpected: true } : wrongTypes(real.body) });
    write(response, real);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) write(response, spec.error(500, error instanceof Error ? error.message : 'internal error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    name: spec.name,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** The bearer token in a request's Authorization header, if any. */
export const bearerToken = (request: SimRequest): string | undefined => {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
};
