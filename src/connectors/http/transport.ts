import { Pool, errors as undiciErrors } from 'undici';
import { GatewayError } from '../../domain/errors.js';
import { abortedError, currentScope } from './scope.js';
import type { HttpRequest, HttpResponse, QueryValue, Send } from './types.js';

export interface TransportOptions {
  connectionId: string;
  baseUrl: string;
  /** Per-request timeout for the response headers and, again, for the body. */
  timeoutMs: number;
  /** Keep-alive connections in the pool; requests beyond this queue. */
  connections: number;
  /** Headers sent with every request (authorization lives here and nowhere else). */
  headers: Readonly<Record<string, string>>;
  /** Parses a JSON body; defaults to JSON.parse (an upstream with int64 ids may keep them exact). */
  parseJson?: (text: string) => unknown;
}

export interface Transport {
  send: Send;
  close(): Promise<void>;
}

export const buildPath = (basePath: string, path: string, query?: Readonly<Record<string, QueryValue>>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (typeof value === 'object' && value !== null) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const search = params.toString();
  return `${basePath.replace(/\/$/, '')}${path}${search ? `?${search}` : ''}`;
};

const isTimeout = (error: unknown): boolean =>
  error instanceof undiciErrors.HeadersTimeoutError ||
  error instanceof undiciErrors.BodyTimeoutError ||
  error instanceof undiciErrors.ConnectTimeoutError ||
  (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));

/** One keep-alive undici pool per connection; every request carries its own timeouts. */
export const createTransport = (options: TransportOptions): Transport => {
  const base = new URL(options.baseUrl);
  const pool = new Pool(base.origin, { connections: options.connections, pipelining: 1 });

  // Built once: most calls carry no body and share these headers (undici only reads them).
  const readHeaders: Readonly<Record<string, string>> = { accept: 'application/json', ...options.headers };
  const bodyHeaders: Readonly<Record<string, string>> = { ...readHeaders, 'content-type': 'application/json' };

  const send: Send = async (request: HttpRequest): Promise<HttpResponse> => {
    const hasBody = request.body !== undefined;
    const fixed = hasBody ? bodyHeaders : readHeaders;
    const headers = request.headers ? { ...request.headers, ...fixed } : fixed;
    const body = hasBody ? JSON.stringify(request.body) : undefined;
    const scope = currentScope();
    try {
      const response = await pool.request({
        method: request.method,
        path: buildPath(base.pathname, request.path, request.query),
        headers,
        body,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
        // Headers and body each get timeoutMs. Within a GraphQL request its signal ends the call when
        // the deadline passes or the client leaves; outside one, a timer caps the whole exchange.
        signal: scope?.signal ?? AbortSignal.timeout(options.timeoutMs * 2),
      });
      const text = await response.body.text();
      let parsed: unknown = null;
      let unparsed: string | null = null;
      if (text.length > 0) {
        try {
          parsed = (options.parseJson ?? JSON.parse)(text);
        } catch {
          parsed = text;
          unparsed = text;
        }
      }
      return { status: response.statusCode, headers: response.headers, body: parsed, text: unparsed };
    } catch (error) {
      if (scope?.signal.aborted) throw abortedError(options.connectionId, scope);
      if (isTimeout(error)) {
        throw new GatewayError(
          'UPSTREAM_TIMEOUT',
          `connection ${options.connectionId}: the upstream did not answer within ${options.timeoutMs} ms`,
          { connectionId: options.connectionId, cause: error },
        );
      }
      throw new GatewayError('UPSTREAM_UNAVAILABLE', `connection ${options.connectionId}: the upstream could not be reached`, {
        connectionId: options.connectionId,
        cause: error,
      });
    }
  };

  return { send, close: () => pool.close() };
};
