import { GatewayError, type ErrorCode } from '../../domain/errors.js';
import { retryAfterMs } from './retry-after.js';
import type { HttpResponse, Interceptor } from './types.js';

const MAX_MESSAGE = 300;

/**
 * The upstream's own words from an error body, in any of the shapes our upstreams use:
 * `{error: {message}}` (REST, Helpdesk), `{error, description}` and `{error: {title, message}}`
 * (Zendesk), `{errors: ["…"]}` (Pylon), `{errors: [{message}]}` (GraphQL), or plain text.
 */
export const upstreamErrorMessage = (body: unknown): string | undefined => {
  if (typeof body === 'string') return body.trim().slice(0, MAX_MESSAGE) || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && value !== null) {
      const inner = value as Record<string, unknown>;
      for (const key of ['message', 'description', 'title', 'code']) {
        if (typeof inner[key] === 'string') return inner[key];
      }
    }
    return undefined;
  };
  const error = record['error'];
  if (typeof error === 'string' && typeof record['description'] === 'string') {
    return `${error}: ${record['description']}`.slice(0, MAX_MESSAGE);
  }
  const errors = record['errors'];
  const message = pick(error) ?? (Array.isArray(errors) ? pick(errors[0]) : undefined) ?? pick(record);
  return message?.slice(0, MAX_MESSAGE);
};

const codeForStatus = (status: number): ErrorCode => {
  if (status === 429) return 'UPSTREAM_RATE_LIMITED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 400 || status === 409 || status === 422) return 'BAD_USER_INPUT';
  return 'UPSTREAM_UNAVAILABLE';
};

const errorForResponse = (connectionId: string, response: HttpResponse): GatewayError => {
  const said = upstreamErrorMessage(response.body);
  const what =
    response.status === 401 || response.status === 403
      ? 'the upstream refused the configured credentials'
      : `the upstream answered ${response.status}`;
  return new GatewayError(codeForStatus(response.status), `connection ${connectionId}: ${what}${said ? ` (${said})` : ''}`, {
    connectionId,
    upstreamStatus: response.status,
    retryAfterMs: response.status === 429 ? retryAfterMs(response.headers) : undefined,
    upstreamBody: response.body,
  });
};

/** Turns non-2xx responses into GatewayErrors carrying the upstream status and message. */
export const statusErrors =
  (connectionId: string): Interceptor =>
  (next) =>
  async (request) => {
    const response = await next(request);
    if (response.status >= 200 && response.status < 300) return response;
    throw errorForResponse(connectionId, response);
  };
