/**
 * The `mesh` benchmark's deskgraph process: one gateway with one `rest` connection to the simulator
 * at REST_URL, in its default configuration except for its cache (CACHE=off turns the connection's
 * record cache off) and the bench token's rate limit. It tells its parent where it listens.
 *
 * It runs the compiled package (dist/, built by the benchmark) with plain node, as `deskgraph serve`
 * runs in production (with its heap bound, src/observability/heap.ts): no TypeScript loader, no
 * esbuild process beside it. That is why it is
 * JavaScript; bench/mesh.ts passes the token in BENCH_TOKEN and the simulator's key in REST_API_KEY
 * (a gateway process does not load the simulators).
 */
import { parseConfig } from '../dist/config/load.js';
import { boundHeapGrowth } from '../dist/observability/heap.js';
import { createGateway } from '../dist/server.js';

// As `deskgraph serve` does.
boundHeapGrowth();
const restUrl = process.env['REST_URL'];
const token = process.env['BENCH_TOKEN'];
const apiKey = process.env['REST_API_KEY'];
if (!restUrl || !token || !apiKey) throw new Error('REST_URL, BENCH_TOKEN and REST_API_KEY must be set');
const gateway = createGateway(
  parseConfig({
    workspaces: [
      {
        id: 'bench',
        connections: [
          {
            id: 'bench-rest',
            kind: 'rest',
            name: 'REST helpdesk',
            baseUrl: `${restUrl}/api/v1`,
            credentials: { apiKey },
            ...(process.env['CACHE'] === 'off' ? { cache: { enabled: false } } : {}),
          },
        ],
      },
    ],
    // The load generator is the only client: its token may send as fast as it can.
    tokens: [{ id: 'bench', secret: token, workspaces: ['bench'], limits: { requestsPerMinute: 1_000_000, burst: 100_000 } }],
  }),
);
const url = await gateway.listen(0, '127.0.0.1');
process.send?.({ type: 'ready', url });
process.on('message', (message) => {
  if (message?.type === 'close') void gateway.close().then(() => process.exit(0));
});
