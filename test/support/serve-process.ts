import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * A deskgraph command run as its own process (`node <bin> <args>`), with its stdout and stderr
 * gathered: `waitFor` resolves when a pattern shows in them, `stop` sends SIGTERM and answers the
 * exit code.
 */
export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<number | null>;
}

export const startProcess = (bin: string, args: string[], env: Record<string, string | undefined>, cwd?: string): ServeProcess => {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const done = (settle: () => void) => {
        clearTimeout(timer);
        child.stdout.off('data', check);
        child.stderr.off('data', check);
        child.off('exit', exited);
        settle();
      };
      const check = () => {
        const found = pattern.exec(output);
        if (found) done(() => resolve(found));
      };
      const exited = (code: number | null) => done(() => reject(new Error(`exited with ${code} before ${pattern}: ${output}`)));
      const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms: ${output}`))), timeoutMs);
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.once('exit', exited);
      check();
    });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { child, output: () => output, waitFor, stop };
};
