import { describe, expect, it } from 'vitest';
import { describeErrorEnvelope } from '../../src/connectors/shared/error-envelope.js';
import type { HttpResponse } from '../../src/connectors/http/types.js';

const response = (status: number, body: unknown): HttpResponse => ({ status, headers: {}, body, text: null });

describe('the {error: {code, message, status, details}} envelope', () => {
  it('lets the code decide ours, with the code in the message', () => {
    expect(describeErrorEnvelope(response(422, { error: { code: 'VALIDATION_ERROR', message: 'subject is required', status: 422, details: {} } }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'VALIDATION_ERROR: subject is required',
    });
    // A rate limit the status does not say (some proxies answer 503) is still a rate limit.
    expect(describeErrorEnvelope(response(503, { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'slow down' } }))?.code).toBe('UPSTREAM_RATE_LIMITED');
    expect(describeErrorEnvelope(response(404, { error: { code: 'NOT_FOUND' } }))).toEqual({ code: 'NOT_FOUND', message: 'NOT_FOUND' });
  });

  it('leaves unknown codes and other bodies to the status', () => {
    expect(describeErrorEnvelope(response(418, { error: { code: 'TEAPOT', message: 'short and stout' } }))).toEqual({ code: undefined, message: 'TEAPOT: short and stout' });
    expect(describeErrorEnvelope(response(500, 'Internal Server Error'))).toBeUndefined();
    expect(describeErrorEnvelope(response(400, { errors: ['x'] }))).toBeUndefined();
  });
});
