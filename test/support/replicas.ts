import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gateway replicas as real processes: each runs `deskgraph serve` on its own free port with the same
 * config file and environment (`REDIS_URL` makes them share state), as a deployment behind a load
 * balancer would. For tests of what replicas must share.
 */

export interface Replica {
  /** `http://127.0.0.1:<port>` */
  url: string;
  process: ChildProcess;
}

export interface RunningReplicas {
  replicas: Replica[];
  /** Stops every replica (SIGTERM, as an orchestrator would) and removes the config file. */
  stop(): Promise<void>;
}

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const CLI = join(process.cwd(), 'src', 'cli.ts');
const STARTUP_MS = 30_000;

const startReplica = (configFile: string, env: Record<string, string>): Promise<Replica> =>
  new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, 'serve', '--config', configFile], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`a replica did not start within ${STARTUP_MS} ms`));
    }, STARTUP_MS);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /deskgraph serving (\S+)\/graphql/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, process: child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a replica exited with ${code} before serving`));
    });
  });

const stopReplica = ({ process: child }: Replica): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** Starts `count` replicas of one config document (its `server.port` is set to 0: each takes a free port). */
export const startReplicas = async (count: number, config: Record<string, unknown>, env: Record<string, string> = {}): Promise<RunningReplicas> => {
  const dir = await mkdtemp(join(tmpdir(), 'deskgraph-replicas-'));
  const file = join(dir, 'deskgraph.json');
  const server = { ...(config['server'] as Record<string, unknown> | undefined), host: '127.0.0.1', port: 0 };
  await writeFile(file, JSON.stringify({ ...config, server }));
  const started = await Promise.allSettled(Array.from({ length: count }, () => startReplica(file, env)));
  const replicas = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = async (): Promise<void> => {
    await Promise.all(replicas.map(stopReplica));
    await rm(dir, { recursive: true, force: true });
  };
  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return { replicas, stop };
};
