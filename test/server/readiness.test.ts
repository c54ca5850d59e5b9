import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { createGateway } from '../../src/server.js';

describe('/health and /ready', () => {
  it('answer without a token, and /ready turns 503 once the gateway is closing', async () => {
    const gateway = createGateway(
      parseConfig({
        workspaces: [{ id: 'acme', connections: [{ id: 'r', kind: 'rest', name: 'R', baseUrl: 'http://127.0.0.1:9/api/v1', credentials: { apiKey: 'k' } }] }],
        tokens: [{ id: 't', secret: 'readiness-token-0123456789', workspaces: ['acme'] }],
      }),
    );
    const status = async (path: string) => (await gateway.yoga.fetch(`http://gateway.test${path}`)).status;
    expect(await status('/health')).toBe(200);
    expect(await status('/ready')).toBe(200);
    const closing = gateway.close();
    expect(await status('/ready')).toBe(503);
    expect(await status('/health')).toBe(200);
    await closing;
  });
});
