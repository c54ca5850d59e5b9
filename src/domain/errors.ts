import { GraphQLError } from 'graphql';

/**
 * Errors that may reach a client, with their code in `extensions`. Being GraphQLErrors, yoga passes
 * them through as they are; anything else thrown inside the gateway is masked as "Unexpected error."
 * Messages here never contain credentials: they name connections, not secrets.
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
  // A request over one of its bounds (see src/protection and src/connectors/http).
  'UPSTREAM_BUDGET_EXCEEDED',
  'RATE_LIMITED',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  // A token (or the replica) holds as many subscriptions open as it may.
  'TOO_MANY_SUBSCRIPTIONS',
  // The client went away; nobody reads the answer, but upstream work stops with this.
  'REQUEST_CANCELLED',
  // A merged list gave up on a source that kept failing: the walk ends without its remaining tickets.
  'LIST_INCOMPLETE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface GatewayErrorOptions {
  connectionId?: string;
  upstreamStatus?: number;
  /** When the upstream said to come back (rate limits), in milliseconds from now. */
  retryAfterMs?: number;
  cause?: unknown;
  /** The upstream's error body, for connectors to read per-field validation messages from. */
  upstreamBody?: unknown;
}

export class GatewayError extends GraphQLError {
  readonly code: ErrorCode;
  readonly connectionId: string | undefined;
  readonly upstreamStatus: number | undefined;
  readonly retryAfterMs: number | undefined;
  /** Never serialised, like `cause`: it may hold anything the upstream said. */
  declare readonly upstreamBody: unknown;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    const extensions: Record<string, unknown> = { code };
    if (options.connectionId !== undefined) extensions['connectionId'] = options.connectionId;
    if (options.upstreamStatus !== undefined) extensions['upstreamStatus'] = options.upstreamStatus;
    if (options.retryAfterMs !== undefined) extensions['retryAfterMs'] = options.retryAfterMs;
    super(message, { extensions });
    this.name = 'GatewayError';
    this.code = code;
    this.connectionId = options.connectionId;
    this.upstreamStatus = options.upstreamStatus;
    this.retryAfterMs = options.retryAfterMs;
    // Kept for debugging only; never serialised (GraphQLError.toJSON has message, path and extensions).
    if (options.cause !== undefined) Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false });
    Object.defineProperty(this, 'upstreamBody', { value: options.upstreamBody, enumerable: false });
  }
}

export const badInput = (message: string): GatewayError => new GatewayError('BAD_USER_INPUT', message);
