import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'deskgraph.mjs');

const deskgraph = async (args: string[], env: Record<string, string> = {}) => {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

const CONFIG = `workspaces:
  - id: acme
    connections:
      - id: acme-rest
        kind: rest
        name: Support
        baseUrl: \${REST_URL}
        credentials: { apiKey: "\${REST_KEY}" }
tokens:
  - id: frontend
    secret: \${FRONTEND_TOKEN}
    workspaces: [acme]
`;

// Each case starts the CLI (through tsx) two or three times: seconds each on a busy 2-core machine.
describe('deskgraph CLI', { timeout: 90_000 }, () => {
  it('check-config accepts a valid file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deskgraph-cli-'));
    await writeFile(join(dir, 'ok.yaml'), CONFIG);
    const result = await deskgraph(['check-config', join(dir, 'ok.yaml')], {
      REST_URL: 'https://desk.acme.test/api/v1',
      REST_KEY: 'secret-key',
      FRONTEND_TOKEN: 'frontend-token-0123456789',
    });
    expect(result).toMatchObject({ code: 0, stdout: 'ok: 1 workspace(s), 1 connection(s), 1 token(s)\n' });
  });

  it('check-config and serve exit 2 with one line per problem and no stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deskgraph-cli-'));
    const file = join(dir, 'bad.yaml');
    await writeFile(file, CONFIG);
    const env = { REST_URL: 'not a url', REST_KEY: 'secret-key', FRONTEND_TOKEN: 'frontend-token-0123456789' };
    for (const args of [['check-config', file], ['serve', '--config', file]]) {
      const result = await deskgraph(args, env);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('workspaces[0].connections[0].baseUrl: expected a URL\n');
      expect(result.stdout).toBe('');
    }
    const missing = await deskgraph(['check-config', file], { REST_URL: 'https://x.test', FRONTEND_TOKEN: 'frontend-token-0123456789' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('workspaces[0].connections[0].credentials.apiKey: environment variable REST_KEY is not set\n');
  });

  it('print-schema prints the SDL, and unknown commands exit 2 with usage', async () => {
    const printed = await deskgraph(['print-schema']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('type Query {');
    const unknown = await deskgraph(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage:');
  });
});
