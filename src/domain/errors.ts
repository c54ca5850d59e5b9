/**
 * Errors that may reach a client. Anything else thrown inside the gateway is masked by yoga as an
 * "Unexpected error". Messages here never contain credentials: they name connections, not secrets.
 */

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'CAPABILITY_UNSUPPORTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface GatewayErrorOptions {
  connectionId?: string;
  upstreamStatus?: number;
  /** When the upstream said to come back (rate limits), in milliseconds from now. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly connectionId: string | undefined;
  readonly upstreamStatus: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GatewayError';
    this.code = code;
    this.connectionId = options.connectionId;
    this.upstreamStatus = options.upstreamStatus;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** The `extensions` a GraphQL error carries for this failure. */
  get extensions(): Record<string, unknown> {
    const extensions: Record<string, unknown> = { code: this.code };
    if (this.connectionId !== undefined) extensions['connectionId'] = this.connectionId;
    if (this.upstreamStatus !== undefined) extensions['upstreamStatus'] = this.upstreamStatus;
    if (this.retryAfterMs !== undefined) extensions['retryAfterMs'] = this.retryAfterMs;
    return extensions;
  }
}

export const badInput = (message: string): GatewayError => new GatewayError('BAD_USER_INPUT', message);
