/**
 * The `mesh` benchmark's deskgraph process: one gateway with one `rest` connection to the simulator
 * at REST_URL, in its default configuration except for its cache (CACHE=off turns the connection's
 * record cache off) and the bench token's rate limit. It tells its parent where it listens.
 */
import { parseConfig } from '../src/config/load.js';
import { createGateway } from '../src/server.js';
import { REST_DEMO_API_KEY } from '../src/simulators/rest/index.js';
import { BENCH_TOKEN } from './mesh-support.js';

const restUrl = process.env['REST_URL'];
if (!restUrl) throw new Error('REST_URL is not set');
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
            credentials: { apiKey: REST_DEMO_API_KEY },
            ...(process.env['CACHE'] === 'off' ? { cache: { enabled: false } } : {}),
          },
        ],
      },
    ],
    // The load generator is the only client: its token may send as fast as it can.
    tokens: [{ id: 'bench', secret: BENCH_TOKEN, workspaces: ['bench'], limits: { requestsPerMinute: 1_000_000, burst: 100_000 } }],
  }),
);
const url = await gateway.listen(0, '127.0.0.1');
process.send?.({ type: 'ready', url });
process.on('message', (message: { type?: string }) => {
  if (message.type === 'close') void gateway.close().then(() => process.exit(0));
});
