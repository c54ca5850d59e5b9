import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql for everyone: otherwise Pothos (CJS resolution) and our ESM imports load two
  // realms and graphql-js refuses to mix their types.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Simulators and gateways listen on loopback; two workers match the CI machine's two cores.
    maxWorkers: 2,
    // Gateways log a line per request at info; tests that read the log set the level themselves.
    env: { DESKGRAPH_LOG: process.env['DESKGRAPH_LOG'] ?? 'warn' },
  },
});
