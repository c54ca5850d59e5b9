import type { SimulatorKind } from '../registry.js';
import { bearerToken, startSimulator, type RunningSimulator, type SimulatorOptions, type SimulatorSpec } from '../sim-server.js';
import { buildPlainDataset, type PlainDataset } from './dataset.js';
import { executePlainRequest, plainRoot } from './graphql.js';

/** The API key the simulator accepts (Plain keys look like `plainApiKey_…`). */
export const PLAIN_SIM_API_KEY = 'plainApiKey_deskgraph_demo';

const CODES_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

/** A GraphQL request as the simulator received it. */
export interface ReceivedGraphqlRequest {
  query: string;
  variables: unknown;
  operationName: unknown;
}

export interface PlainSimulator extends RunningSimulator {
  /** The dataset in force (mutations change it; `/_sim/reset` rebuilds it). */
  dataset(): PlainDataset;
  /** The GraphQL requests received since the last reset (the latest `MAX_RECORDED`), for contract tests. */
  received(): readonly ReceivedGraphqlRequest[];
}

const MAX_RECORDED = 2000;

const record = (log: ReceivedGraphqlRequest[], body: unknown): void => {
  if (typeof body !== 'object' || body === null) return;
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== 'string') return;
  if (log.length >= MAX_RECORDED) log.shift();
  log.push({ query, variables, operationName });
};

/** Plain's Core API on loopback: `POST /graphql/v1` over the seeded dataset. */
export const startPlainSimulator = async (options: SimulatorOptions = {}): Promise<PlainSimulator> => {
  let dataset = buildPlainDataset();
  let root = plainRoot(dataset);
  let received: ReceivedGraphqlRequest[] = [];
  const spec: SimulatorSpec = {
    name: 'plain',
    routes: [
      {
        method: 'POST',
        pattern: '/graphql/v1',
        handle: (request) => {
          record(received, request.body);
          return executePlainRequest(root, request.body);
        },
      },
    ],
    reset() {
      dataset = buildPlainDataset();
      root = plainRoot(dataset);
      received = [];
    },
    authorize: (request) => bearerToken(request) === PLAIN_SIM_API_KEY,
    error: (status, message) => ({
      status,
      body: { errors: [{ message, extensions: { code: CODES_BY_STATUS[status] ?? 'INTERNAL_SERVER_ERROR' } }] },
    }),
    // Plain's 429 names the reset time as an ISO timestamp in x-ratelimit-reset and sends no Retry-After.
    rateLimited: (retryAfterSeconds) => ({
      status: 429,
      headers: { 'x-ratelimit-reset': new Date(Date.now() + retryAfterSeconds * 1000).toISOString() },
      body: { errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED' } }] },
    }),
  };
  const running = await startSimulator(spec, options);
  return { ...running, dataset: () => dataset, received: () => received };
};

export const plainSimulatorKind: SimulatorKind = {
  kind: 'plain',
  start: startPlainSimulator,
  demoConnection: (simulator) => ({ baseUrl: simulator.url, credentials: { apiKey: PLAIN_SIM_API_KEY } }),
};
