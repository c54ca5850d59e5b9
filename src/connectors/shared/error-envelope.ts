import { z } from 'zod';
import type { ErrorCode } from '../../domain/errors.js';
import type { UpstreamErrorDescription } from '../http/status-errors.js';
import type { HttpResponse } from '../http/types.js';
import type { FieldProblem } from '../../domain/writes.js';
import { fieldsByName } from '../writes.js';

/**
 * The `{error: {code, message, status?, details?}}` envelope the REST (seed 003) and Helpdesk (seed
 * 001) APIs answer errors with. Its code says more than the HTTP status (a 400 may be a validation
 * error or a missing body), so it decides ours; codes we do not know fall back on the status.
 */
const envelopeSchema = z.looseObject({
  error: z.looseObject({ code: z.string(), message: z.string().optional() }),
});

const CODES: Readonly<Record<string, ErrorCode>> = {
  BAD_REQUEST: 'BAD_USER_INPUT',
  VALIDATION_ERROR: 'BAD_USER_INPUT',
  CONFLICT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  TOO_MANY_REQUESTS: 'UPSTREAM_RATE_LIMITED',
  RATE_LIMIT_EXCEEDED: 'UPSTREAM_RATE_LIMITED',
  UNAUTHORIZED: 'UPSTREAM_UNAVAILABLE',
  FORBIDDEN: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'UPSTREAM_UNAVAILABLE',
};

export const describeErrorEnvelope = (response: HttpResponse): UpstreamErrorDescription | undefined => {
  const parsed = envelopeSchema.safeParse(response.body);
  if (!parsed.success) return undefined;
  const { code, message } = parsed.data.error;
  return { code: CODES[code], message: message ? `${code}: ${message}` : code };
};

/**
 * The fields a refused write names, as input paths through `names` (upstream → input field):
 * `details.fields` as `{name: message}`, or else `details` keyed by the fields at fault (their
 * values being what was sent), each given the error's message.
 */
export const envelopeFields =
  (names: Readonly<Record<string, readonly string[]>>) =>
  (body: unknown): FieldProblem[] => {
    const error = (body as { error?: { details?: Record<string, unknown>; message?: unknown } } | null)?.error;
    const details = error?.details;
    if (!details) return [];
    if (details['fields']) return fieldsByName(details['fields'], names);
    return fieldsByName(Object.fromEntries(Object.keys(details).filter((key) => key !== 'id').map((key) => [key, error.message])), names);
  };
