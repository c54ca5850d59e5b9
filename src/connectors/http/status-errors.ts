import { GatewayError, type ErrorCode } from '../../domain/errors.js';
import { log } from '../../observability/log.js';
import { retryAfterMs } from './retry-after.js';
import type { HttpRequest, HttpResponse, Interceptor } from './types.js';

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

/** What a kind reads from its own error bodies; each part left undefined falls back on the defaults. */
export interface UpstreamErrorDescription {
  code?: ErrorCode | undefined;
  message?: string | undefined;
}

export type DescribeError = (response: HttpResponse) => UpstreamErrorDescription | undefined;

const describeStatus = (status: number): string => {
  if (status === 401 || status === 403) return 'the upstream refused the configured credentials';
  if (status === 404) return 'the upstream has no such record';
  if (status === 409) return 'the upstream reports a conflict with the record’s current state';
  if (status === 400 || status === 422) return `the upstream refused the request as invalid (${status})`;
  if (status === 429) return 'the upstream is rate-limiting this connection';
  return `the upstream answered ${status}`;
};

/**
 * The client sees our words only: an upstream's error text can echo input, internal names or other
 * tenants' data, so it goes to the log at debug level instead. A kind's own reading of its error
 * bodies (`describe`) may still choose the code.
 */
const errorForResponse = (connectionId: string, request: HttpRequest, response: HttpResponse, describe?: DescribeError): GatewayError => {
  const described = describe?.(response);
  const said = described?.message?.slice(0, MAX_MESSAGE) ?? upstreamErrorMessage(response.body);
  if (said) log.debug('upstream error', { connectionId, method: request.method, path: request.path, status: response.status, upstreamMessage: said });
  const code = described?.code ?? codeForStatus(response.status);
  return new GatewayError(code, `connection ${connectionId}: ${describeStatus(response.status)}`, {
    connectionId,
    upstreamStatus: response.status,
    retryAfterMs: code === 'UPSTREAM_RATE_LIMITED' ? retryAfterMs(response.headers) : undefined,
    upstreamBody: response.body,
  });
};

/** Turns non-2xx responses into GatewayErrors carrying the upstream status and message. */
export const statusErrors =
  (connectionId: string, describe?: DescribeError): Interceptor =>
  (next) =>
  async (request) => {
    const response = await next(request);
    if (response.status >= 200 && response.status < 300) return response;
    throw errorForResponse(connectionId, request, response, describe);
  };
