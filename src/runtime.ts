import type { GatewayConfig, WorkspaceConfig } from './config/load.js';
import type { ConnectionSettings, Connector } from './connectors/connector.js';
import { CONNECTOR_KINDS } from './connectors/registry.js';
import { createLiveEvents, type LiveEvents } from './events/live.js';
import { withRecordCache } from './loaders/record-cache.js';
import { cacheMaxBytes, createMemorySharedState, type SharedState } from './state/shared-state.js';

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
  /** What requests share: rate budgets, idempotency keys, the record cache, events and poll marks (with Redis, every replica shares them). */
  state: SharedState;
  /** Live updates: webhooks in, polling, subscriptions out. */
  events: LiveEvents;
  /** Closes every connection's pool; the shared state belongs to whoever created it. */
  close(): Promise<void>;
}

const NO_CACHE = { ttlMs: {}, staleMs: 0 };

export const createRuntime = (config: GatewayConfig, state: SharedState = createMemorySharedState({ cacheMaxBytes: cacheMaxBytes(config.cache) })): GatewayRuntime => {
  const connections = new Map<string, LiveConnection>();
  for (const workspace of config.workspaces) {
    for (const settings of workspace.connections) {
      const kind = CONNECTOR_KINDS.get(settings.kind);
      if (!kind) throw new Error(`connection ${settings.id}: unknown kind ${settings.kind}`);
      const connector = kind.create({ ...settings, shared: state });
      connections.set(settings.id, { settings, connector: withRecordCache(connector, settings, state.cache, settings.cache ?? NO_CACHE) });
    }
  }
  const workspaces = new Map(config.workspaces.map((workspace) => [workspace.id, workspace]));
  const events = createLiveEvents({
    config,
    connections: [...connections.values()].map(({ settings, connector }) => ({ workspaceId: settings.workspaceId, kind: settings.kind, connector })),
    bus: state.events,
    marks: state.marks,
  });
  return {
    workspaces: config.workspaces,
    workspace: (id) => workspaces.get(id),
    connection: (id) => connections.get(id),
    connectionsOf: (workspaceId) => [...connections.values()].filter((live) => live.settings.workspaceId === workspaceId),
    state,
    events,
    close: async () => {
      await events.close();
      await Promise.all([...connections.values()].map((live) => live.connector.close()));
    },
  };
};
