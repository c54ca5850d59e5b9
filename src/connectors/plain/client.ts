import { z } from 'zod';
import { GatewayError, type ErrorCode } from '../../domain/errors.js';
import type { ConnectionSettings } from '../connector.js';
import { createHttpClient } from '../http/client.js';
import { retryAfterMs } from '../http/retry-after.js';
import type { HttpResponse } from '../http/types.js';
import type { PlainOperation } from './documents.js';
import { graphqlEnvelope } from './wire.js';

/** Plain's single GraphQL endpoint, below the connection's base URL (`https://core-api.uk.plain.com`). */
export const PLAIN_GRAPHQL_PATH = '/graphql/v1';

export interface PlainClient {
  /**
   * Sends a named document and validates its `data` with `schema`. The constraint `R extends
   * z.input<S>` makes the compiler prove that the wire schema accepts every result the document's
   * codegen type describes, so a document and its schema cannot drift apart silently.
   */
  request<S extends z.ZodType, R extends z.input<S>, V>(
    operation: PlainOperation<R, V>,
    variables: V,
    schema: S,
    options?: { mutation?: boolean },
  ): Promise<z.output<S>>;
  close(): Promise<void>;
}

const MAX_MESSAGE = 300;

/** Plain's query error codes (`errors[].extensions.code`) → ours. */
const CODES: Readonly<Record<string, ErrorCode>> = {
  RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INPUT_VALIDATION: 'BAD_USER_INPUT',
  // The API key itself was refused: the same answer the HTTP layer gives a 401.
  UNAUTHENTICATED: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'UPSTREAM_UNAVAILABLE',
  // Our own document no longer matches Plain's schema: not the caller's fault.
  GRAPHQL_PARSE_FAILED: 'UPSTREAM_BAD_RESPONSE',
  GRAPHQL_VALIDATION_FAILED: 'UPSTREAM_BAD_RESPONSE',
};

type GraphqlErrors = NonNullable<z.output<typeof graphqlEnvelope>['errors']>;

/** The GatewayError for a GraphQL response that carried `errors` (its first error decides). */
export const plainGraphqlError = (
  connectionId: string,
  operationName: string,
  errors: GraphqlErrors,
  response: Pick<HttpResponse, 'status' | 'headers'>,
): GatewayError => {
  const first = errors[0];
  const upstreamCode = first?.extensions?.code;
  const code = (upstreamCode !== undefined ? CODES[upstreamCode] : undefined) ?? 'UPSTREAM_BAD_RESPONSE';
  const said = [upstreamCode, first?.message].filter(Boolean).join(': ').slice(0, MAX_MESSAGE);
  const what =
    upstreamCode === 'UNAUTHENTICATED' ? 'the upstream refused the configured credentials' : `Plain refused ${operationName}`;
  return new GatewayError(code, `connection ${connectionId}: ${what}${said ? ` (${said})` : ''}`, {
    connectionId,
    upstreamStatus: response.status,
    retryAfterMs: code === 'UPSTREAM_RATE_LIMITED' ? retryAfterMs(response.headers) : undefined,
  });
};

const describeIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');

export const createPlainClient = (
  settings: Pick<ConnectionSettings, 'id' | 'kind' | 'baseUrl' | 'timeoutMs' | 'rate'>,
  apiKey: string,
): PlainClient => {
  const http = createHttpClient({ settings, headers: { authorization: `Bearer ${apiKey}` } });

  const badResponse = (operationName: string, status: number, why: string): GatewayError =>
    new GatewayError('UPSTREAM_BAD_RESPONSE', `connection ${settings.id}: unexpected response to ${operationName}: ${why}`, {
      connectionId: settings.id,
      upstreamStatus: status,
    });

  return {
    async request(operation, variables, schema, options = {}) {
      // Non-2xx answers (429 with x-ratelimit-reset, 401, 5xx) are retried or mapped by the HTTP layer.
      const response = await http.send({
        method: 'POST',
        path: PLAIN_GRAPHQL_PATH,
        body: { query: operation.query, variables, operationName: operation.operationName },
        // A query only reads, so it may be retried; a mutation may not.
        idempotent: !options.mutation,
      });
      if (response.text !== null) throw badResponse(operation.operationName, response.status, 'the body is not JSON');
      const envelope = graphqlEnvelope.safeParse(response.body);
      if (!envelope.success) {
        throw badResponse(operation.operationName, response.status, describeIssues(envelope.error.issues));
      }
      const { data, errors } = envelope.data;
      if (errors && errors.length > 0) throw plainGraphqlError(settings.id, operation.operationName, errors, response);
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw badResponse(operation.operationName, response.status, describeIssues(parsed.error.issues));
      return parsed.data;
    },
    close: http.close,
  };
};
