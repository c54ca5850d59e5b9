import { randomBytes } from 'node:crypto';
import { parseConfig, type GatewayConfig } from './config/load.js';
import { WEBHOOK_KINDS } from './events/webhooks/kinds.js';
import { createGateway, type Gateway } from './server.js';
import { SIMULATOR_KINDS, type SimulatorKind } from './simulators/registry.js';
import type { RunningSimulator } from './simulators/sim-server.js';

/**
 * `deskgraph demo`: every simulator on a free loopback port and a gateway wired to them, so a new
 * user sees real helpdesk data with no accounts and no network.
 */

const DEMO_WORKSPACE = 'demo';

export const DEMO_QUERY = `# Tickets of the demo REST helpdesk with their requesters
query RecentTickets {
  tickets(connectionId: "demo-rest", first: 5) {
    totalCount
    edges {
      node {
        id
        subject
        status
        priority
        requester { name email }
        assignee { name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export interface DemoTokens {
  read: string;
  write: string;
}

export interface RunningSimulators {
  simulators: { kind: SimulatorKind; running: RunningSimulator }[];
  close(): Promise<void>;
}

export const startSimulators = async (kinds: readonly SimulatorKind[] = SIMULATOR_KINDS): Promise<RunningSimulators> => {
  const simulators = await Promise.all(kinds.map(async (kind) => ({ kind, running: await kind.start() })));
  return {
    simulators,
    close: async () => {
      await Promise.all(simulators.map(({ running }) => running.close()));
    },
  };
};

/** A config document with one connection `<workspace>-<kind>` per running simulator. */
export const demoConnections = (workspaceId: string, simulators: RunningSimulators['simulators']) =>
  simulators.map(({ kind, running }) => ({
    id: `${workspaceId}-${kind.kind}`,
    kind: kind.kind,
    name: `Demo ${kind.kind} helpdesk`,
    timeoutMs: 5000,
    ...kind.demoConnection(running),
  }));

const randomToken = (prefix: string): string => `${prefix}_${randomBytes(18).toString('base64url')}`;

/** Live updates in the demo: webhook kinds sign with the run's secret, the others are polled every 2 s. */
const demoEvents = (kind: string, webhookSecret: string) => (WEBHOOK_KINDS.has(kind) ? { webhookSecret } : { pollIntervalMs: 2000 });

export const demoConfig = (simulators: RunningSimulators['simulators'], tokens: DemoTokens, port: number, host: string, webhookSecret = randomToken('dg_webhook')): GatewayConfig =>
  parseConfig(
    {
      // The demo is for exploring: GraphiQL and introspection on (`serve` has both off by default).
      server: { port, host, graphiql: true, introspection: true },
      workspaces: [
        {
          id: DEMO_WORKSPACE,
          name: 'Demo',
          connections: demoConnections(DEMO_WORKSPACE, simulators).map((connection) => ({ ...connection, events: demoEvents(connection.kind, webhookSecret) })),
        },
      ],
      tokens: [
        { id: 'demo-read', secret: tokens.read, workspaces: [DEMO_WORKSPACE], access: 'read' },
        { id: 'demo-write', secret: tokens.write, workspaces: [DEMO_WORKSPACE], access: 'write' },
      ],
    },
    {},
  );

export interface RunningDemo {
  url: string;
  tokens: DemoTokens;
  gateway: Gateway;
  simulators: RunningSimulators;
  close(): Promise<void>;
}

export const startDemo = async (
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** Changes the demo's config before the gateway starts (the benchmarks raise token rates, say). */
  adjust: (config: GatewayConfig) => GatewayConfig = (config) => config,
): Promise<RunningDemo> => {
  const tokens: DemoTokens = {
    read: env['DESKGRAPH_DEMO_TOKEN'] || randomToken('dg_read'),
    write: env['DESKGRAPH_DEMO_WRITE_TOKEN'] || randomToken('dg_write'),
  };
  const port = env['PORT'] ? Number(env['PORT']) : 4000;
  const host = env['HOST'] || '127.0.0.1';
  const simulators = await startSimulators();
  try {
    const webhookSecret = randomToken('dg_webhook');
    const gateway = createGateway(adjust(demoConfig(simulators.simulators, tokens, port, host, webhookSecret)), {
      graphiql: { token: tokens.read, defaultQuery: DEMO_QUERY },
      // The inbox writes (replies, notes, closing, assigning), so its sign-in form gets the write token.
      inbox: { token: tokens.write },
    });
    const url = await gateway.listen();
    // The simulators that send webhooks send them to the gateway, as a helpdesk admin would set it up.
    for (const { kind, running } of simulators.simulators.filter(({ kind }) => WEBHOOK_KINDS.has(kind.kind))) {
      await fetch(`${running.url}/_sim/webhooks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ url: `${url}/webhooks/${DEMO_WORKSPACE}-${kind.kind}`, secret: webhookSecret }),
      });
    }
    return {
      url,
      tokens,
      gateway,
      simulators,
      close: async () => {
        await gateway.close();
        await simulators.close();
      },
    };
  } catch (error) {
    await simulators.close();
    throw error;
  }
};
