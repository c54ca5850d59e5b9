import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config/load.js';
import { boundHeapGrowth } from './observability/heap.js';
import type { Tracing } from './observability/tracing.js';
import type { Gateway } from './server.js';

// Each command loads only what it runs (check-config needs no schema, server or simulators), so
// short commands start fast.

const USAGE = `usage:
  deskgraph serve [--config <file>]   serve the GraphQL API for a config file (default: $DESKGRAPH_CONFIG)
  deskgraph demo                      simulated helpdesks + a gateway on 127.0.0.1:4000 (PORT overrides)
  deskgraph check-config <file>       validate a config file (exit 2 when it is not valid)
  deskgraph print-schema [--out <f>]  print the GraphQL SDL (to a file with --out)`;

/** Exit codes: 0 fine, 1 failure at run time, 2 bad usage or an invalid config. */
const fail = (lines: readonly string[], code: number): never => {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
};

const loadOrExit = async (file: string | undefined) => {
  if (!file) return fail(['a config file is required', USAGE], 2);
  try {
    return await loadConfig(file);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.problems, 2);
    throw error;
  }
};

const stopOnSignals = async (close: () => Promise<void>, tracing: Tracing): Promise<void> => {
  const { log } = await import('./observability/log.js');
  const stop = () => {
    close()
      .then(() => tracing.shutdown())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error('shutdown failed', { error: error instanceof Error ? error.message : String(error) });
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

/** SIGHUP reads the config file again: a valid one applies, a bad one is logged and the old one kept. */
const reloadOnHangup = async (gateway: Gateway, file: string): Promise<void> => {
  const { log } = await import('./observability/log.js');
  process.on('SIGHUP', () => {
    loadConfig(file).then(
      (config) => {
        const { restartNeeded } = gateway.reload(config);
        log.info('config reloaded: tokens, workspaces and connections apply to new requests', {
          file,
          ...(restartNeeded.length > 0 ? { restartNeeded } : {}),
        });
      },
      (error: unknown) => {
        const problems = error instanceof ConfigError ? error.problems : [error instanceof Error ? error.message : String(error)];
        log.error('config reload refused: the running config stays', { file, problems });
      },
    );
  });
};

const main = async (argv: string[]): Promise<void> => {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { config: { type: 'string', short: 'c' }, out: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  switch (command) {
    case 'serve': {
      boundHeapGrowth();
      const file = values.config ?? positionals[0] ?? process.env['DESKGRAPH_CONFIG'];
      const config = await loadOrExit(file);
      const [{ startTracing }, { createGateway }] = await Promise.all([import('./observability/tracing.js'), import('./server.js')]);
      const tracing = await startTracing();
      const gateway = createGateway(config);
      const url = await gateway.listen();
      const metricsUrl = gateway.metricsUrl();
      await stopOnSignals(gateway.shutdown, tracing);
      if (file) await reloadOnHangup(gateway, file);
      process.stdout.write(`deskgraph serving ${url}/graphql${metricsUrl ? ` (metrics at ${metricsUrl}/metrics)` : ''}\n`);
      return;
    }
    case 'check-config': {
      const config = await loadOrExit(positionals[0] ?? values.config);
      const connections = config.workspaces.reduce((n, workspace) => n + workspace.connections.length, 0);
      process.stdout.write(
        `ok: ${config.workspaces.length} workspace(s), ${connections} connection(s), ${config.tokens.length} token(s)\n`,
      );
      return;
    }
    case 'print-schema': {
      const [{ printSchema }, { buildSchema }] = await Promise.all([import('graphql'), import('./schema/index.js')]);
      const sdl = `${printSchema(buildSchema())}\n`;
      if (values.out) await writeFile(values.out, sdl);
      else process.stdout.write(sdl);
      return;
    }
    case 'demo': {
      boundHeapGrowth();
      const [{ setPrettyLogs }, { startTracing }, { DEMO_QUERY, startDemo }] = await Promise.all([
        import('./observability/log.js'),
        import('./observability/tracing.js'),
        import('./demo.js'),
      ]);
      await setPrettyLogs(process.env['DESKGRAPH_LOG_FORMAT'] !== 'json');
      const tracing = await startTracing();
      const demo = await startDemo();
      const lines = [
        `deskgraph demo: ${demo.simulators.simulators.map(({ kind, running }) => `${kind.kind} at ${running.url}`).join(', ')}`,
        '',
        `GraphiQL:     ${demo.url}/graphql   (the read token is prefilled)`,
        `Inbox:        ${demo.url}/inbox/    (a Relay frontend; the write token is prefilled)`,
        `Read token:   ${demo.tokens.read}`,
        `Write token:  ${demo.tokens.write}`,
        '',
        'Try it:',
        `  curl -s ${demo.url}/graphql -H 'authorization: Bearer ${demo.tokens.read}' -H 'content-type: application/json' \\`,
        `    -d '{"query":"{ tickets(connectionId: \\"demo-rest\\", first: 3) { edges { node { subject requester { name email } } } } }"}'`,
        '',
        DEMO_QUERY,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      await stopOnSignals(demo.close, tracing);
      return;
    }
    default:
      fail([USAGE], command === undefined || command === 'help' || command === '--help' ? 0 : 2);
  }
};

main(process.argv.slice(2)).catch((error: unknown) => {
  fail([`deskgraph: ${error instanceof Error ? error.message : String(error)}`], 1);
});
