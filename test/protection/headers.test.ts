import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, TOKENS, type TestGateway } from '../support/gateway.js';

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const post = (gateway: TestGateway, headers: Record<string, string>) =>
  gateway.gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.read}`, ...headers },
    body: JSON.stringify({ query: '{ viewer { tokenId } }' }),
  });

describe('CORS', () => {
  it('sends no CORS headers by default', async () => {
    t = await startTestGateway(['rest']);
    const response = await post(t, { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows the configured origins only, never with credentials', async () => {
    t = await startTestGateway(['rest'], { server: { corsOrigins: ['https://app.example.com'] } });
    const allowed = await post(t, { origin: 'https://app.example.com' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post(t, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows any origin for a wildcard (echoing it, as yoga does), without credentials', async () => {
    t = await startTestGateway(['rest'], { server: { corsOrigins: ['*'] } });
    const response = await post(t, { origin: 'https://anyone.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anyone.example');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('security headers and GraphiQL', () => {
  it('marks every response nosniff and refuses framing', async () => {
    t = await startTestGateway(['rest']);
    for (const response of [await post(t, {}), await t.gateway.yoga.fetch('http://gateway.test/health')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves GraphiQL gzip-compressed with a CSP that allows its own inline script only', async () => {
    t = await startTestGateway(['rest'], { server: { graphiql: true } });
    const response = await t.gateway.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html', 'accept-encoding': 'gzip, deflate' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    const compressed = Buffer.from(await response.arrayBuffer());
    const html = gunzipSync(compressed).toString('utf8');
    expect(html).toContain('<title>deskgraph</title>');
    expect(compressed.length).toBeLessThan(html.length / 3);
  });

  it('has no GraphiQL page when it is switched off: a browser GET needs a token like any request', async () => {
    t = await startTestGateway(['rest']);
    const response = await t.gateway.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(401);
  });
});
