import type { SimulatorKind } from '../registry.js';
import { bearerToken, startSimulator, type RunningSimulator, type SimResponse, type SimulatorOptions, type SimulatorSpec } from '../sim-server.js';
import { newest, unsupportedEvent, type SimEvent } from '../webhooks.js';
import { buildPlainDataset, type PlainDataset, type SimThread } from './dataset.js';
import { plainWebhookSender, sendPlainThreadEvent, type PlainThreadEventType } from './webhooks.js';
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
  const webhooks = plainWebhookSender();
  const changed = (eventType: PlainThreadEventType, thread: SimThread): void => sendPlainThreadEvent(webhooks, eventType, thread);
  let dataset = buildPlainDataset();
  let root = plainRoot(dataset, changed);
  /** `/_sim/events`: made through the mutations, so each sends the webhook Plain would. */
  const event = (change: SimEvent): SimResponse => {
    const threadId = change.ticketId ?? newest(dataset.threads, (thread) => thread.createdAt)?.id ?? '';
    const thread = dataset.threads.find((candidate) => candidate.id === threadId);
    const answer = (result: unknown): SimResponse => ({ status: 200, body: result });
    switch (change.type) {
      case 'created':
        return answer(root.createThread({ input: { customerIdentifier: { emailAddress: 'taylor.reid@example.com' }, title: 'A thread made by /_sim/events' } }));
      case 'updated':
        return answer(root.changeThreadPriority({ input: { threadId, priority: thread?.priority === 0 ? 1 : 0 } }));
      case 'assigned': {
        const user = dataset.users.find((candidate) => !(thread?.assignee?.kind === 'User' && thread.assignee.id === candidate.id));
        return answer(root.assignThread({ input: { threadId, userId: user?.id ?? null } }));
      }
      case 'deleted':
        return unsupportedEvent(change);
    }
  };
  let received: ReceivedGraphqlRequest[] = [];
  const spec: SimulatorSpec = {
    name: 'plain',
    event,
    webhooks,
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
      root = plainRoot(dataset, changed);
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
