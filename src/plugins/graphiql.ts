import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { acceptsEncoding } from './accept-encoding.js';

export interface GraphiQLSettings {
  /** A token to prefill in the headers editor (the demo's read token); none by default. */
  token?: string;
  /** The query shown on first load. */
  defaultQuery?: string;
}

interface RenderedPage {
  csp: string;
  identity: Buffer;
  /** Made on the first request that accepts gzip. */
  gzip?: Buffer;
}

/**
 * The page's Content-Security-Policy: its one inline script by hash, GraphiQL's editor worker (a blob),
 * inline styles, and requests to this origin only.
 */
const contentSecurityPolicy = (html: string): string => {
  const hashes = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
};

const render = async (settings: GraphiQLSettings): Promise<RenderedPage> => {
  // `@graphql-yoga/render-graphiql` inlines GraphiQL's scripts and styles, so the page works offline.
  // It is loaded on the first page request: its bundle holds some 60 MB of memory, which a gateway that
  // never serves the page should not carry.
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const html = renderGraphiQL({
    title: 'deskgraph',
    ...(settings.defaultQuery ? { defaultQuery: settings.defaultQuery } : {}),
    ...(settings.token ? { headers: JSON.stringify({ Authorization: `Bearer ${settings.token}` }, null, 2) } : {}),
  });
  const identity = Buffer.from(html, 'utf8');
  return { csp: contentSecurityPolicy(html), identity };
};

/**
 * Serves GraphiQL for browsers at the GraphQL endpoint (a GET that accepts text/html), before any
 * token is asked for: the page itself holds no data, and the token goes in its headers editor. The
 * page (about 9 MB, 2 MB gzipped) is rendered and compressed once, on its first request, and served
 * gzip-compressed with a strict CSP.
 */
export const useGraphiQLPage = (settings: GraphiQLSettings, endpoint = '/graphql'): Plugin => {
  let rendering: Promise<RenderedPage> | undefined;
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== endpoint || request.method !== 'GET' || !request.headers.get('accept')?.includes('text/html')) return;
      const page = await (rendering ??= render(settings));
      const gzip = acceptsEncoding(request.headers.get('accept-encoding'), 'gzip');
      if (gzip) page.gzip ??= gzipSync(page.identity, { level: 6 });
      const [encoding, body] = gzip && page.gzip ? (['gzip', page.gzip] as const) : ([undefined, page.identity] as const);
      endResponse(
        new fetchAPI.Response(new Uint8Array(body), {
          status: 200,
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': page.csp,
            vary: 'accept-encoding',
            ...(encoding ? { 'content-encoding': encoding } : {}),
          },
        }),
      );
    },
  };
};
