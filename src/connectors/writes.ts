import { GatewayError } from '../domain/errors.js';
import { WriteRejection, type FieldProblem, type MessageDraft } from '../domain/writes.js';
import { htmlToText, textToHtml } from './html.js';

/**
 * What every connector's writes share: reading an upstream's refusal into a WriteRejection, and a
 * message body in the form an upstream takes.
 */

/**
 * Runs one write call; the upstream's 404 becomes NOT_FOUND, 409 CONFLICT, and 400/422 VALIDATION
 * with the fields `fieldsOf` finds in its error body. Anything else passes through as it is.
 */
export const rejectingWrite = async <T>(write: () => Promise<T>, fieldsOf: (body: unknown) => FieldProblem[]): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GatewayError) || error.upstreamStatus === undefined) throw error;
    switch (error.upstreamStatus) {
      case 404:
        throw new WriteRejection('NOT_FOUND', error.message);
      case 409:
        throw new WriteRejection('CONFLICT', error.message);
      case 400:
      case 422:
        throw new WriteRejection('VALIDATION', error.message, fieldsOf(error.upstreamBody));
      default:
        throw error;
    }
  }
};

/** The gateway's own refusal of one input field, before or instead of the upstream's. */
export const invalidField = (field: string, message: string): WriteRejection =>
  new WriteRejection('VALIDATION', `${field}: ${message}`, [{ path: ['input', field], message }]);

/** A write's result, or null when its record is not there (closeTicket answers null then). */
export const nullWhenNotFound = async <T>(write: () => Promise<T>): Promise<T | null> => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof WriteRejection && error.kind === 'NOT_FOUND') return null;
    throw error;
  }
};

/** `{ upstream_field: message }` pairs as input paths, through a table of upstream → input names. */
export const fieldsByName = (byField: unknown, names: Readonly<Record<string, readonly string[]>>): FieldProblem[] => {
  if (typeof byField !== 'object' || byField === null) return [];
  return Object.entries(byField as Record<string, unknown>).map(([field, message]) => ({
    path: ['input', ...(names[field] ?? [field])],
    message: typeof message === 'string' ? message : Array.isArray(message) ? message.map(describe).join('; ') : describe(message),
  }));
};

const describe = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { description?: unknown }).description === 'string') {
    return (value as { description: string }).description;
  }
  return 'is invalid';
};

/** The body as HTML, for upstreams that take HTML. */
export const bodyAsHtml = (message: MessageDraft): string => (message.format === 'HTML' ? message.body : textToHtml(message.body));

/** The body as plain text, for upstreams that take text. */
export const bodyAsText = (message: MessageDraft): string => (message.format === 'TEXT' ? message.body : (htmlToText(message.body) ?? ''));
