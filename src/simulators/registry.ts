import { deskSimulatorKind } from './desk/index.js';
import { helpdeskSimulatorKind } from './helpdesk/index.js';
import { plainSimulatorKind } from './plain/index.js';
import { pylonSimulatorKind } from './pylon/index.js';
import { restSimulatorKind } from './rest/index.js';
import type { RunningSimulator, SimulatorOptions } from './sim-server.js';
import { zendeskSimulatorKind } from './zendesk/index.js';

/** What `deskgraph demo` needs of a simulator: how to start it and how a connection reaches it. */
export interface SimulatorKind {
  /** The connector kind this simulator stands in for. */
  kind: string;
  start(options?: SimulatorOptions): Promise<RunningSimulator>;
  /** The config of a connection to this running simulator (credentials match what it accepts). */
  demoConnection(simulator: RunningSimulator): {
    baseUrl: string;
    credentials: Record<string, unknown>;
    options?: Record<string, unknown>;
    rate?: Record<string, unknown>;
  };
}

/** Every simulator, in the order `deskgraph demo` starts them. */
export const SIMULATOR_KINDS: readonly SimulatorKind[] = [
  restSimulatorKind,
  plainSimulatorKind,
  zendeskSimulatorKind,
  pylonSimulatorKind,
  helpdeskSimulatorKind,
  deskSimulatorKind,
];
