/**
 * The soak's gateway process: the demo (every simulator and a gateway) with the soak's tokens. It
 * tells its parent where it listens, and answers `{ type: 'memory' }` with its memory after a full
 * collection, so the soak measures the gateway's memory, not the load generator's.
 */
import { startDemo } from '../src/demo.js';
import { SOAK_TOKENS } from './soak-tokens.js';

const demo = await startDemo({ PORT: '0', DESKGRAPH_DEMO_TOKEN: SOAK_TOKENS.read }, (config) => ({
  ...config,
  // The ordinary clients share one token whose rate fits 56 busy clients; the hostile ones have their
  // own token at the default rate, so they meet the rate limit too.
  tokens: [
    ...config.tokens.map((token) => ({ ...token, limits: { requestsPerMinute: 1_000_000, burst: 100_000 } })),
    { id: 'soak-hostile', secret: SOAK_TOKENS.hostile, workspaces: ['demo'], access: 'read' as const },
  ],
}));

const send = (message: unknown): void => void process.send?.(message);
send({ type: 'ready', url: demo.url, simulators: Object.fromEntries(demo.simulators.simulators.map((sim) => [sim.kind.kind, sim.running.url])) });

process.on('message', (message: { type?: string }) => {
  if (message.type === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ type: 'memory', rss, heapUsed });
  } else if (message.type === 'close') {
    void demo.close().then(() => process.exit(0));
  }
});
