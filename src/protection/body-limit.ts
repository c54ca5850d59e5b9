import type { Plugin } from 'graphql-yoga';
import { rejection, rejectionResponse } from './reject.js';

/** Reads a body up to `maxBytes`, failing as soon as it grows past them (chunked bodies included). */
export const readCapped = async (request: Request, maxBytes: number): Promise<string> => {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw rejection('QUERY_TOO_LARGE', `the request body is over ${maxBytes} bytes`, 413);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const isJson = (request: Request): boolean => {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || type === 'application/graphql+json';
};

/**
 * Bounds request bodies: a declared `content-length` over `maxBytes` is refused before anything is
 * read, and a body without one is read only up to the limit. POST bodies must be JSON (the only form
 * the API takes); the other forms yoga knows (multipart uploads, form posts) are refused.
 */
export const useBodyLimit = (options: { maxBytes: number; endpoint?: string }): Plugin => {
  const endpoint = options.endpoint ?? '/graphql';
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== endpoint || request.method !== 'POST') return;
      const declared = Number(request.headers.get('content-length') ?? Number.NaN);
      if (declared > options.maxBytes) {
        endResponse(rejectionResponse(fetchAPI, 'QUERY_TOO_LARGE', `the request body is ${declared} bytes, over the limit of ${options.maxBytes}`, 413));
      } else if (!isJson(request)) {
        endResponse(rejectionResponse(fetchAPI, 'BAD_USER_INPUT', 'send the GraphQL request as `content-type: application/json`', 415));
      }
    },
    onRequestParse: ({ request, setRequestParser }) => {
      if (request.method !== 'POST') return;
      setRequestParser(async (incoming) => {
        const text = await readCapped(incoming, options.maxBytes);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw rejection('BAD_USER_INPUT', 'the request body is not valid JSON');
        }
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw rejection('BAD_USER_INPUT', 'the request body must be a JSON object with `query`');
        }
        return body as Record<string, never>;
      });
    },
  };
};
