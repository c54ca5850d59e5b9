import type { GatewayConfig, WorkspaceConfig } from './config/load.js';
import type { ConnectionSettings, Connector } from './connectors/connector.js';
import type { SharedHttpState } from './connectors/http/client.js';
import { CONNECTOR_KINDS } from './connectors/registry.js';
import { withRecordCache } from './loaders/record-cache.js';
import type { RecordCache } from './state/cache.js';
import { createMemoryRecordCache } from './state/cache-memory.js';
import { createIdempotencyStore, type IdempotencyStore } from './state/idempotency.js';

export interface LiveConnection {
  settings: ConnectionSettings;
  connector: Connector;
}

/** The configured workspaces and one live connector per connection, shared by every request. */
export interface GatewayRuntime {
  workspaces: readonly WorkspaceConfig[];
  workspace(id: string): WorkspaceConfig | undefined;
  connection(id: string): LiveConnection | undefined;
  connectionsOf(workspaceId: string): LiveConnection[];
  /** Results of mutations sent with an idempotency key. */
  idempotency: IdempotencyStore;
  close(): Promise<void>;
}

/** State the runtime shares: rate budgets between connections, idempotency keys between requests. */
export interface RuntimeState {
  shared?: SharedHttpState | undefined;
  idempotency?: IdempotencyStore | undefined;
  /** Records kept between requests; in process (bounded by `cache.maxMemoryMb`) when absent. */
  cache?: RecordCache | undefined;
}

const NO_CACHE = { ttlMs: {}, staleMs: 0 };

export const createRuntime = (config: GatewayConfig, state: RuntimeState = {}): GatewayRuntime => {
  const { shared } = state;
  const idempotency = state.idempotency ?? createIdempotencyStore();
  const cache = state.cache ?? createMemoryRecordCache({ maxBytes: config.cache.maxMemoryMb * 1024 * 1024 });
  const connections = new Map<string, LiveConnection>();
  for (const workspace of config.workspaces) {
    for (const settings of workspace.connections) {
      const kind = CONNECTOR_KINDS.get(settings.kind);
      if (!kind) throw new Error(`connection ${settings.id}: unknown kind ${settings.kind}`);
      const connector = kind.create(shared ? { ...settings, shared } : settings);
      connections.set(settings.id, { settings, connector: withRecordCache(connector, settings, cache, settings.cache ?? NO_CACHE) });
    }
  }
  const workspaces = new Map(config.workspaces.map((workspace) => [workspace.id, workspace]));
  return {
    workspaces: config.workspaces,
    workspace: (id) => workspaces.get(id),
    connection: (id) => connections.get(id),
    connectionsOf: (workspaceId) => [...connections.values()].filter((live) => live.settings.workspaceId === workspaceId),
    idempotency,
    close: async () => {
      await Promise.all([...[...connections.values()].map((live) => live.connector.close()), idempotency.close(), ...(state.cache ? [] : [cache.close()])]);
    },
  };
};
