import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { acceptsEncoding } from './accept-encoding.js';

export interface InboxSettings {
  /** The built inbox. Default: `examples/inbox/dist` of this checkout (`npm install` builds it). */
  root?: string;
  /** Where it is served. Default `/inbox`. */
  path?: string;
  /** A token to pre-fill in its sign-in form (the demo's write token); none by default. */
  token?: string;
}

export const INBOX_ROOT = fileURLToPath(new URL('../../examples/inbox/dist', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Scripts, styles and requests of this origin only; nothing inline, nothing framed. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface StaticFile {
  type: string;
  body: Buffer;
  /** Vite names every asset by its content hash, so one can be kept for good; the page cannot. */
  immutable: boolean;
  /** Made on the first request that accepts gzip, for text files. */
  gzip?: Buffer;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The demo's token goes in a meta tag the sign-in form reads: no inline script for the CSP to allow. */
const withToken = (html: string, token: string | undefined): string =>
  token ? html.replace('</head>', `  <meta name="deskgraph-token" content="${escapeAttribute(token)}" />\n  </head>`) : html;

const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
};

/**
 * Every file of the build, by URL path, read once. Only these paths are ever answered, so no part of
 * a request's path reaches the file system.
 */
const loadFiles = async (root: string, token: string | undefined): Promise<Map<string, StaticFile>> => {
  const files = new Map<string, StaticFile>();
  for (const file of await listFiles(root)) {
    const path = relative(root, file).split(sep).join('/');
    const type = CONTENT_TYPES[extname(file)];
    if (!type) continue;
    const raw = await readFile(file);
    const body = path === 'index.html' ? Buffer.from(withToken(raw.toString('utf8'), token), 'utf8') : raw;
    files.set(path, { type, body, immutable: path.startsWith('assets/') });
  }
  return files;
};

const isText = (type: string): boolean => type.includes('charset') || type === 'image/svg+xml' || type === 'application/json';

/**
 * Serves the built inbox (examples/inbox) as static files at `path`, with a strict CSP and before any
 * token is asked for: the page holds no data, and it signs in with a token of its own. Files are read
 * on the first request and kept; text is gzipped once when a client accepts it. Without a build the
 * page answers 503 saying how to make one.
 */
export const useInboxPage = (settings: InboxSettings = {}): Plugin => {
  const root = settings.root ?? INBOX_ROOT;
  const base = settings.path ?? '/inbox';
  let files: Promise<Map<string, StaticFile>> | undefined;
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return;
      const respond = (status: number, body: Uint8Array<ArrayBuffer> | string | null, headers: Record<string, string>) => {
        const init = { status, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, ...headers } };
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, init));
      };
      const text = (status: number, message: string, headers: Record<string, string> = {}) =>
        respond(status, `${message}\n`, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'method not allowed', { allow: 'GET, HEAD' });
      // Relative asset URLs need the trailing slash.
      if (url.pathname === base) return respond(308, null, { location: `${base}/${url.search}` });

      files ??= loadFiles(root, settings.token).catch(() => new Map());
      const loaded = await files;
      if (!loaded.has('index.html')) {
        files = undefined;
        return text(503, 'The inbox is not built: run `npm run build -w examples/inbox` (npm install does it).');
      }
      const path = url.pathname.slice(base.length + 1) || 'index.html';
      const file = loaded.get(path);
      if (!file) return text(404, 'not found');

      const gzip = isText(file.type) && acceptsEncoding(request.headers.get('accept-encoding'), 'gzip');
      if (gzip) file.gzip ??= gzipSync(file.body, { level: 6 });
      return respond(200, new Uint8Array(gzip && file.gzip ? file.gzip : file.body), {
        'content-type': file.type,
        // The page may carry the demo's token: never stored by a cache.
        'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
    },
  };
};
