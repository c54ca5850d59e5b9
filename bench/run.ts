/**
 * `npm run bench [-- scenario]`: `requests` (default: upstream requests, latency and throughput per
 * kind), `soak` (a minute of mixed, faulty and hostile traffic), `mesh` (deskgraph against GraphQL Mesh
 * and Hive Gateway over the same upstream) or `startup` (start-up time and idle memory of
 * `deskgraph serve` through tsx and from dist/).
 */
const SCENARIOS: Record<string, () => Promise<unknown>> = {
  requests: () => import('./requests.js'),
  soak: () => import('./soak.js'),
  mesh: () => import('./mesh.js'),
  startup: () => import('./startup.js'),
};

const name = process.argv[2] ?? 'requests';
const scenario = SCENARIOS[name];
if (!scenario) {
  process.stderr.write(`unknown scenario "${name}": one of ${Object.keys(SCENARIOS).join(', ')}\n`);
  process.exit(2);
}
await scenario();
