import type { SimulatorKind } from '../registry.js';
import {
  bearerToken,
  startSimulator,
  type RateBudget,
  type RunningSimulator,
  type SimResponse,
  type SimRoute,
  type SimulatorOptions,
} from '../sim-server.js';
import { buildRestDataset, type RestDataset } from './dataset.js';
import { restOpenApi } from './openapi.js';
import { newest, throughRoute, type SimEvent } from '../webhooks.js';
import { restError, restRoutes, type RestKeys, type RestState } from './routes.js';

export { buildRestDataset, type RestDataset } from './dataset.js';
export { restOpenApi } from './openapi.js';

/** The key the demo connection uses: reads and writes. */
export const REST_DEMO_API_KEY = 'rest-demo-key';
/** A key that may only read: writes answer 403 FORBIDDEN. */
export const REST_READONLY_API_KEY = 'rest-readonly-key';

/** Generous enough for the demo and the tests; `rateLimits` (or `/_sim/faults`) replaces it. */
export const REST_DEFAULT_RATE_LIMITS: Readonly<Record<string, RateBudget>> = { '*': { requests: 3000, windowMs: 10_000 } };

export interface RestSimulatorOptions extends SimulatorOptions {
  /** Request budgets per route key (`"GET /api/v1/tickets"`) or `*`; over budget answers 429 with Retry-After. */
  rateLimits?: Readonly<Record<string, RateBudget>>;
  keys?: RestKeys;
}

/** One request the simulator answered, for contract tests (query names only, never values). */
export interface RestRequestRecord {
  method: string;
  /** The route pattern, e.g. `/api/v1/tickets/:id`. */
  pattern: string;
  query: string[];
  status: number;
  body: unknown;
}

export interface RunningRestSimulator extends RunningSimulator {
  /** The live dataset (mutated by writes, rebuilt by `/_sim/reset`). */
  dataset(): RestDataset;
  /** Requests answered by the routes since the start or the last reset, oldest first. */
  requests(): readonly RestRequestRecord[];
}

const MAX_RECORDS = 20_000;

export const startRestSimulator = async (options: RestSimulatorOptions = {}): Promise<RunningRestSimulator> => {
  const keys = options.keys ?? { readWrite: [REST_DEMO_API_KEY], readOnly: [REST_READONLY_API_KEY] };
  const state: RestState = { data: buildRestDataset(), lastWriteMs: 0 };
  let records: RestRequestRecord[] = [];

  const recorded = (route: SimRoute): SimRoute => ({
    ...route,
    async handle(request) {
      const response = await route.handle(request);
      if (records.length < MAX_RECORDS) {
        records.push({ method: route.method, pattern: route.pattern, query: [...new Set(request.query.keys())], status: response.status, body: response.body });
      }
      return response;
    },
  });
  const openapi: SimRoute = { method: 'GET', pattern: '/openapi.json', handle: () => ({ status: 200, body: restOpenApi }) };

  const routes = [openapi, ...restRoutes(state, keys).map(recorded)];
  /** `/_sim/events`: the API sends no webhooks (it is polled); the change is made through its write routes. */
  const event = (change: SimEvent): Promise<SimResponse> => {
    const id = change.ticketId ?? newest(state.data.tickets.values(), (ticket) => ticket.created_at)?.id ?? '';
    const write = (key: string, body?: unknown) =>
      throughRoute(routes, key, { params: { id }, body, headers: { authorization: `Bearer ${keys.readWrite[0] ?? ''}` } });
    switch (change.type) {
      case 'created':
        return write('POST /api/v1/tickets', { subject: 'A ticket made by /_sim/events', customer_email: 'taylor.reid@example.com' });
      case 'updated':
        return write('PATCH /api/v1/tickets/:id', {});
      case 'assigned': {
        const current = state.data.tickets.get(id)?.assignee_id;
        return write('PATCH /api/v1/tickets/:id', { assignee_id: [...state.data.users.keys()].find((user) => user !== current) });
      }
      case 'deleted':
        return write('DELETE /api/v1/tickets/:id');
    }
  };
  const running = await startSimulator(
    {
      name: 'rest',
      routes,
      event,
      reset() {
        state.data = buildRestDataset();
        records = [];
      },
      authorize(request) {
        if (request.path === '/openapi.json') return true; // published, as the seed links it
        const token = bearerToken(request);
        return token !== undefined && (keys.readWrite.includes(token) || keys.readOnly.includes(token));
      },
      error: (status, message) => restError(status, message),
      rateLimited: (retryAfterSeconds) => ({
        ...restError(429, 'Too many requests', { retry_after: retryAfterSeconds }),
        headers: { 'retry-after': String(retryAfterSeconds) },
      }),
      rateLimits: options.rateLimits ?? REST_DEFAULT_RATE_LIMITS,
    },
    options,
  );
  return { ...running, dataset: () => state.data, requests: () => records };
};

export const restSimulatorKind: SimulatorKind = {
  kind: 'rest',
  start: (options) => startRestSimulator(options),
  demoConnection: (simulator) => ({ baseUrl: `${simulator.url}/api/v1`, credentials: { apiKey: REST_DEMO_API_KEY } }),
};
