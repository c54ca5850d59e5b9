import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The JSON log is written in batches (src/observability/log.ts): a line reaches stderr within the
 * flush delay while the process runs on, and a line logged just before the process exits is not lost.
 */
const LOG_MODULE = join(import.meta.dirname, '..', '..', 'src', 'observability', 'log.ts');

/** Runs `script` (ESM, with `log` and `LOG_FLUSH_MS` in scope) in a child process through tsx; resolves to its stderr lines. */
const runChild = (script: string, onLine?: (line: Record<string, unknown>, child: ReturnType<typeof spawn>) => void): Promise<Record<string, unknown>[]> =>
  new Promise((resolve, reject) => {
    const source = `const { log, LOG_FLUSH_MS } = await import(${JSON.stringify(LOG_MODULE)});\n${script}`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { env: { ...process.env, DESKGRAPH_LOG: 'info' } });
    const lines: Record<string, unknown>[] = [];
    let pending = '';
    child.stderr.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const text of complete.filter((one) => one.startsWith('{'))) {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        onLine?.(line, child);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(lines));
  });

describe('the JSON log', () => {
  it('writes a line within the flush delay while the process runs on', async () => {
    const started = Date.now();
    let arrivedAfterMs = Number.NaN;
    // The child logs one line, then stays up for 5 s unless told to go: the line must come before that.
    const lines = await runChild(
      `log.info('first', { n: 1 }); process.stdin.on('data', () => process.exit(0)); setTimeout(() => process.exit(0), 5000);`,
      (line, child) => {
        arrivedAfterMs = Date.now() - started;
        if (line['msg'] === 'first') child.stdin?.write('go\n');
      },
    );
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'first', n: 1 })]);
    expect(arrivedAfterMs).toBeLessThan(5000);
  });

  it('loses no line when the process exits right after logging it', async () => {
    const lines = await runChild(`for (let i = 0; i < 3; i++) log.warn('before exit', { i }); process.exit(3);`);
    expect(lines.map((line) => line['i'])).toEqual([0, 1, 2]);
  });

  it('keeps every line of a burst larger than one batch', async () => {
    // 100 lines of about 200 bytes: batches written as they fill, the rest on exit.
    const lines = await runChild(`for (let i = 0; i < 100; i++) log.info('bulk', { i, pad: 'x'.repeat(100) }); process.exit(0);`);
    expect(lines.map((line) => line['i'])).toEqual([...Array(100).keys()]);
  });
});
