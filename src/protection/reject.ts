import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../domain/errors.js';

/**
 * The error a request gets when it is refused before anything runs: its own code, the measured value
 * and the limit in the message, and the HTTP status yoga answers with.
 */
export const rejection = (code: ErrorCode, message: string, status = 400, headers?: Record<string, string>): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status, ...(headers ? { headers } : {}) } } });

/** A JSON GraphQL error response for hooks that answer before yoga's result processing. */
export const rejectionResponse = (
  fetchAPI: { Response: typeof Response },
  code: ErrorCode,
  message: string,
  status: number,
  headers: Record<string, string> = {},
): Response =>
  fetchAPI.Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
