import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { quantile } from './support.js';

/**
 * `npm run bench -- startup`: what one replica costs to start and to keep, `deskgraph serve` run from
 * the TypeScript through tsx (a checkout) and from the compiled dist/ (the package). Start-up is
 * from spawn to the "serving" line; idle RSS is the process's resident memory 3 s later. Both are
 * measured alternately in one run, RUNS times each (default 5), and the medians reported.
 * Run `npm run build` first.
 */
const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env['RUNS'] ?? 5);

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) {
  process.stderr.write('dist/ is missing: run `npm run build` first\n');
  process.exit(2);
}

const config = join(await mkdtemp(join(tmpdir(), 'deskgraph-startup-')), 'deskgraph.yaml');
await writeFile(
  config,
  `server: { port: 0 }
workspaces:
  - id: acme
    connections:
      - { id: acme-rest, kind: rest, name: Support, baseUrl: "http://127.0.0.1:9/api/v1", credentials: { apiKey: "startup-key" } }
tokens:
  - { id: reader, secret: "startup-token-0123456789", workspaces: [acme] }
`,
);

const measure = async (args: string[]): Promise<{ startMs: number; rssMb: number }> => {
  const started = performance.now();
  const child = spawn(process.execPath, [...args, 'serve', '--config', config], { env: { ...process.env, DESKGRAPH_LOG: 'warn' } });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving')) resolve();
    });
  });
  const startMs = performance.now() - started;
  await sleep(3000);
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { startMs, rssMb: rssKb / 1024 };
};

const variants = { 'tsx (src/)': [join(ROOT, 'bin', 'deskgraph.mjs')], 'dist/': [join(ROOT, 'dist', 'cli.js')] };
const results = new Map<string, { startMs: number; rssMb: number }[]>(Object.keys(variants).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, args] of Object.entries(variants)) results.get(name)?.push(await measure(args));
}
const medians = [...results].map(([name, samples]) => ({
  name,
  startMs: quantile(samples.map((s) => s.startMs), 0.5),
  rssMb: quantile(samples.map((s) => s.rssMb), 0.5),
}));
process.stdout.write('| deskgraph serve from | start-up (median) | idle RSS (median) |\n|---|---|---|\n');
for (const { name, startMs, rssMb } of medians) process.stdout.write(`| ${name} | ${Math.round(startMs)} ms | ${rssMb.toFixed(0)} MB |\n`);
const [tsx, dist] = medians;
if (tsx && dist) process.stdout.write(`\ndist/ over tsx: start-up ${(dist.startMs / tsx.startMs).toFixed(2)}×, idle RSS ${(dist.rssMb / tsx.rssMb).toFixed(2)}×\n`);
