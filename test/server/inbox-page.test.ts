import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useInboxPage } from '../../src/plugins/inbox.js';

/** The /inbox static files plugin, over a build folder written here, through yoga.fetch. */
const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
const INDEX = '<!doctype html><html><head><title>inbox</title></head><body><div id="root"></div></body></html>';

describe('useInboxPage', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'deskgraph-inbox-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), INDEX);
    await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log("inbox");'.repeat(50));
    await writeFile(join(root, 'assets', 'index-abc123.css'), 'body { margin: 0 }');
    await writeFile(join(root, 'assets', 'notes.txt'), 'not a served type');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const serve = (token?: string, dir = root) =>
    createYoga({ schema, plugins: [useInboxPage({ root: dir, ...(token ? { token } : {}) })] });

  it('serves the page and its assets with their content types, a strict CSP and cache rules', async () => {
    const yoga = serve();
    const page = await yoga.fetch('http://localhost/inbox/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toBe(INDEX);

    const script = await yoga.fetch('http://localhost/inbox/assets/index-abc123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const style = await yoga.fetch('http://localhost/inbox/assets/index-abc123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('redirects /inbox to /inbox/ and answers 404 for anything not in the build, outside it included', async () => {
    const yoga = serve();
    const bare = await yoga.fetch('http://localhost/inbox?x=1', { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/inbox/?x=1');
    for (const path of ['/inbox/missing.js', '/inbox/assets/notes.txt', '/inbox/%2e%2e/package.json', '/inbox/..%2fpackage.json', '/inbox/assets/']) {
      expect((await yoga.fetch(`http://localhost${path}`)).status, path).toBe(404);
    }
    const post = await yoga.fetch('http://localhost/inbox/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await yoga.fetch('http://localhost/inboxes')).status).toBe(404);
  });

  it('puts the token, escaped, in a meta tag of the page only', async () => {
    const page = await serve('demo"><script>alert(1)</script>').fetch('http://localhost/inbox/');
    const html = await page.text();
    expect(html).toContain('<meta name="deskgraph-token" content="demo&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />');
    expect(html).not.toContain('<script>');
  });

  it('gzips text for clients that accept it, and answers HEAD without a body', async () => {
    const yoga = serve();
    const zipped = await yoga.fetch('http://localhost/inbox/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe('console.log("inbox");'.repeat(50));
    const head = await yoga.fetch('http://localhost/inbox/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 503 with how to build it when there is no build', async () => {
    const response = await serve(undefined, join(root, 'nowhere')).fetch('http://localhost/inbox/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build -w examples/inbox');
  });
});
