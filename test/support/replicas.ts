import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, type ServeProcess } from './serve-process.js';

/**
 * Replicas of the gateway as a load balancer sees them: `count` separate `deskgraph serve` processes
 * on one config file, sharing whatever `REDIS_URL` shares (nothing without it). Each is its own
 * process, so nothing can be shared through module state by accident.
 */

export interface Replica {
  url: string;
  /** POSTs a GraphQL request and answers its status and JSON body. */
  gql<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<{ status: number; body: { data?: T; extensions?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  /** What the process wrote to stdout and stderr so far. */
  output(): string;
}

export interface Replicas {
  replicas: Replica[];
  close(): Promise<void>;
}

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'deskgraph.mjs');

const startOne = async (config: string, env: Record<string, string>): Promise<{ replica: Replica; process: ServeProcess }> => {
  const serving = startProcess(BIN, ['serve', '--config', config], { DESKGRAPH_LOG: 'warn', ...env });
  const url = (await serving.waitFor(/serving (http:\/\/\S+)\/graphql/))[1] as string;
  const gql: Replica['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as never };
  };
  return { replica: { url, gql, output: serving.output }, process: serving };
};

/**
 * Starts `count` replicas of the config (YAML text, or a document: then its `server` listens on a free
 * loopback port) with `env` added.
 */
export const startReplicas = async (configText: string | Record<string, unknown>, env: Record<string, string>, count = 2): Promise<Replicas> => {
  const config = join(await mkdtemp(join(tmpdir(), 'deskgraph-replicas-')), 'deskgraph.yaml');
  const text =
    typeof configText === 'string'
      ? configText
      : JSON.stringify({ ...configText, server: { ...(configText['server'] as Record<string, unknown> | undefined), host: '127.0.0.1', port: 0 } });
  await writeFile(config, text);
  const started = await Promise.all(Array.from({ length: count }, () => startOne(config, env)));
  return {
    replicas: started.map(({ replica }) => replica),
    close: async () => {
      await Promise.all(started.map(({ process }) => process.stop()));
    },
  };
};
