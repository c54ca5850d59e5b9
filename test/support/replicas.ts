import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

const startOne = async (config: string, env: Record<string, string>): Promise<{ replica: Replica; child: ChildProcessWithoutNullStreams }> => {
  const child = spawn(process.execPath, [BIN, 'serve', '--config', config], { env: { ...process.env, DESKGRAPH_LOG: 'warn', ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica not serving after 60 s: ${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}: ${output}`)));
    child.stdout.on('data', () => {
      const found = /serving (http:\/\/\S+)\/graphql/.exec(output)?.[1];
      if (!found) return;
      clearTimeout(timer);
      resolve(found);
    });
  });
  const gql: Replica['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as never };
  };
  return { replica: { url, gql, output: () => output }, child };
};

/** Starts `count` replicas of the config text (port 0: each picks its own) with `env` added. */
export const startReplicas = async (configText: string, env: Record<string, string>, count = 2): Promise<Replicas> => {
  const config = join(await mkdtemp(join(tmpdir(), 'deskgraph-replicas-')), 'deskgraph.yaml');
  await writeFile(config, configText);
  const started = await Promise.all(Array.from({ length: count }, () => startOne(config, env)));
  return {
    replicas: started.map(({ replica }) => replica),
    close: async () => {
      await Promise.all(
        started.map(
          ({ child }) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
};
