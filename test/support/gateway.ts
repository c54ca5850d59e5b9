import { parseConfig, type GatewayConfig } from '../../src/config/load.js';
import { demoConnections, startSimulators, type RunningSimulators } from '../../src/demo.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { SIMULATOR_KINDS } from '../../src/simulators/registry.js';
import { createSharedState } from '../../src/state/shared-state.js';
import type { SimFaults, SimStats } from '../../src/simulators/sim-server.js';
import { simControl } from './sim-control.js';

/**
 * A gateway wired to real simulators on loopback, exercised through `yoga.fetch` (no gateway socket).
 * Workspace `acme` has one connection per kind (`acme-<kind>`); workspace `globex` has its own
 * connection to the first simulator (`globex-<kind>`), for tenancy tests.
 */

export const TOKENS = {
  read: 'test-read-token-0123456789',
  write: 'test-write-token-0123456789',
  globex: 'test-globex-token-0123456789',
} as const;

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
  extensions?: Record<string, any> | undefined;
  headers: Headers;
}

export interface TestGateway {
  gateway: Gateway;
  config: GatewayConfig;
  simulators: RunningSimulators;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** Request counts of the simulator of `kind`. */
  stats(kind: string): Promise<SimStats>;
  /** Sends a control request (`reset`, `faults`) to the simulator of `kind`. */
  control(kind: string, action: 'reset' | 'faults', body?: Partial<SimFaults>): Promise<void>;
  close(): Promise<void>;
}

const UNLIMITED = { requestsPerMinute: 1_000_000, burst: 100_000 };

export interface TestGatewayOptions {
  timeoutMs?: number;
  /** The config's `limits` and `server` sections. */
  limits?: Record<string, unknown>;
  server?: Record<string, unknown>;
  /** Extra fields for every `acme` connection (`rate`, `breaker`). */
  connection?: Record<string, unknown>;
  /** The config's `cache` section. */
  cache?: Record<string, unknown>;
  /** Keep shared state (rate limits, idempotency keys, cache) in this Redis instead of in process. */
  redisUrl?: string;
  /** `limits` of the acme read token. */
  readTokenLimits?: Record<string, unknown>;
}

export const startTestGateway = async (kinds: readonly string[], options: TestGatewayOptions = {}): Promise<TestGateway> => {
  const simulators = await startSimulators(SIMULATOR_KINDS.filter((kind) => kinds.includes(kind.kind)));
  const first = simulators.simulators[0];
  if (!first) throw new Error(`no simulator among ${kinds.join(', ')}`);
  const withTimeout = (connections: ReturnType<typeof demoConnections>, extra: Record<string, unknown> = {}) =>
    connections.map((connection) => ({
      ...connection,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...extra,
      ...('rate' in extra ? { rate: { ...connection.rate, ...(extra['rate'] as object) } } : {}),
    }));
  const config = parseConfig({
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.server ? { server: options.server } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    workspaces: [
      { id: 'acme', name: 'Acme', connections: withTimeout(demoConnections('acme', simulators.simulators), options.connection) },
      { id: 'globex', name: 'Globex', connections: withTimeout(demoConnections('globex', [first])) },
    ],
    // Tests send queries as fast as they can: their tokens are not rate limited unless a test says so.
    tokens: [
      { id: 'acme-read', secret: TOKENS.read, workspaces: ['acme'], access: 'read', limits: options.readTokenLimits ?? UNLIMITED },
      { id: 'acme-write', secret: TOKENS.write, workspaces: ['acme'], access: 'write', limits: UNLIMITED },
      { id: 'globex-read', secret: TOKENS.globex, workspaces: ['globex'], access: 'read', limits: UNLIMITED },
    ],
  });
  const gateway = createGateway(config, options.redisUrl ? { state: createSharedState({ REDIS_URL: options.redisUrl }) } : {});
  const urlOf = (kind: string): string => {
    const found = simulators.simulators.find((sim) => sim.kind.kind === kind);
    if (!found) throw new Error(`no ${kind} simulator`);
    return found.running.url;
  };
  return {
    gateway,
    config,
    simulators,
    gql: async (query, variables, token = TOKENS.read) => {
      const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: GqlResult['errors']; extensions?: Record<string, any> };
      return { status: response.status, data: body.data, errors: body.errors, extensions: body.extensions, headers: response.headers };
    },
    stats: (kind) => simControl(urlOf(kind)).stats(),
    control: (kind, action, body) => (action === 'reset' ? simControl(urlOf(kind)).reset() : simControl(urlOf(kind)).faults(body ?? {})),
    close: async () => {
      await gateway.close();
      await simulators.close();
    },
  };
};
