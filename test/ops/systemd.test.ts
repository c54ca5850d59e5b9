import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';

/**
 * The documented systemd unit, as far as it can be checked without systemd running: the unit parses
 * (`systemd-analyze verify`, where installed), starts `deskgraph serve` with its config from
 * DESKGRAPH_CONFIG, reloads with SIGHUP, and gives the drain more time than the gateway takes.
 */
const UNIT = join(import.meta.dirname, '..', '..', 'docs', 'ops', 'deskgraph.service');
const run = promisify(execFile);

const directives = (text: string): Map<string, string[]> => {
  const found = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (match) found.set(match[1] as string, [...(found.get(match[1] as string) ?? []), match[2] as string]);
  }
  return found;
};

describe('docs/ops/deskgraph.service', () => {
  it('runs deskgraph serve from DESKGRAPH_CONFIG, reloads on SIGHUP and outlasts the drain', async () => {
    const unit = directives(await readFile(UNIT, 'utf8'));
    expect(unit.get('ExecStart')?.[0]).toMatch(/\/bin\/deskgraph\.mjs serve$/);
    expect(unit.get('Environment')).toContain('DESKGRAPH_CONFIG=/etc/deskgraph/deskgraph.yaml');
    expect(unit.get('ExecReload')?.[0]).toBe('/bin/kill -HUP $MAINPID');
    expect(unit.get('KillSignal')?.[0]).toBe('SIGTERM');
    const drainSeconds = configSchema.shape.server.unwrap().shape.drainTimeoutMs.parse(undefined) / 1000;
    expect(Number(unit.get('TimeoutStopSec')?.[0])).toBeGreaterThan(drainSeconds);
    expect(unit.get('RestartPreventExitStatus')?.[0]).toBe('2');
  });

  it.runIf(existsSync('/usr/bin/systemd-analyze'))('passes systemd-analyze verify', async () => {
    const copy = join(await mkdtemp(join(tmpdir(), 'deskgraph-unit-')), 'deskgraph.service');
    await copyFile(UNIT, copy);
    const { stderr } = await run('systemd-analyze', ['verify', copy]);
    expect(stderr).toBe('');
  });
});
