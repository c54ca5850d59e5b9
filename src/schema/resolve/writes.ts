import { createHash } from 'node:crypto';
import { configIdOf } from '../../auth/access.js';
import type { GatewayContext } from '../../context.js';
import { GatewayError, type ErrorCode } from '../../domain/errors.js';
import { decodeGlobalId, type NodeTypename } from '../../domain/global-id.js';
import { WriteRejection, type FieldProblem, type WriteOperation } from '../../domain/writes.js';
import type { LiveConnection } from '../../runtime.js';

/**
 * How every mutation runs: its input is checked (shape, bounds, ids, the connection's capabilities)
 * before any upstream call; an idempotency key answers a repeated mutation with the first result; a
 * failure the caller can act on becomes a typed error in the payload instead of a GraphQL error.
 */

export type MutationErrorValue =
  | { __typename: 'ValidationError'; message: string; fields: FieldProblem[] }
  | { __typename: 'NotFoundError'; message: string }
  | { __typename: 'ConflictError'; message: string }
  | { __typename: 'CapabilityError'; message: string; connectionId: string | null }
  | { __typename: 'UpstreamError'; message: string; code: ErrorCode; connectionId: string | null; upstreamStatus: number | null };

/** What a mutation answers: its result, or the errors that kept it from one. JSON, so it can be stored. */
export interface WriteOutcome<T> {
  result: T | null;
  errors: MutationErrorValue[];
}

/** A write ready to go: its input passed every check. */
export interface PreparedWrite<T> {
  live: LiveConnection;
  operation: WriteOperation;
  perform(): Promise<T>;
}

/** The fields every mutation input has besides its own. */
export interface MutationInputBase {
  clientMutationId?: string | null;
  idempotencyKey?: string | null;
}

export const invalid = (path: string[], message: string): WriteRejection =>
  new WriteRejection('VALIDATION', `input.${path.join('.')}: ${message}`, [{ path: ['input', ...path], message }]);

/** Collects every problem of an input, so one answer names them all. */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  add(path: string[], message: string): void {
    this.problems.push({ path: ['input', ...path], message });
  }

  /** A required text: trimmed non-empty and at most `max` characters. */
  text(path: string[], value: string | null | undefined, max: number, required = true): void {
    if (value === null || value === undefined) {
      if (required) this.add(path, 'is required');
    } else if (value.trim() === '') this.add(path, 'must not be empty');
    else if (value.length > max) this.add(path, `is longer than ${max} characters`);
  }

  list(path: string[], values: readonly string[] | null | undefined, maxItems: number, maxLength: number): void {
    if (!values) return;
    if (values.length > maxItems) this.add(path, `has more than ${maxItems} entries`);
    values.forEach((value, i) => this.text([...path, String(i)], value, maxLength));
  }

  email(path: string[], value: string | null | undefined): void {
    this.text(path, value, 254);
    if (value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) this.add(path, 'is not an email address');
  }

  /** Throws the problems found so far, if any. */
  done(): void {
    if (this.problems.length > 0) {
      throw new WriteRejection('VALIDATION', this.problems.map((problem) => `${problem.path.slice(1).join('.')}: ${problem.message}`).join('; '), this.problems);
    }
  }
}

/** The connection a mutation writes to, named by id: unknown or outside the token's workspaces is invalid. */
export const writableConnection = (context: GatewayContext, connectionId: string, path: string[]): LiveConnection => {
  const id = configIdOf(connectionId, 'Helpdesk');
  const live = context.runtime.connection(id);
  if (!live || !context.principal.workspaceIds.has(live.settings.workspaceId)) {
    throw invalid(path, `no connection "${id.slice(0, 80)}" in a workspace this token covers`);
  }
  return live;
};

/**
 * A global id in a mutation input: of the expected type, of a workspace the token covers and, when
 * `within` is given, of that connection. Answers its connection and upstream id.
 */
export const recordId = (
  context: GatewayContext,
  globalId: string,
  typename: NodeTypename,
  path: string[],
  within?: LiveConnection,
): { live: LiveConnection; externalId: string } => {
  let parts: string[];
  try {
    const decoded = decodeGlobalId(globalId);
    if (decoded.typename !== typename || decoded.parts.length !== 2) throw new Error('another type');
    parts = decoded.parts;
  } catch {
    throw invalid(path, `is not the id of a ${typename}`);
  }
  const [connectionId, externalId] = parts as [string, string];
  const live = writableConnection(context, connectionId, path);
  if (within && live !== within) throw invalid(path, `belongs to connection ${live.settings.id}, not ${within.settings.id}`);
  return { live, externalId };
};

/** The operation must be one the connection declares, with its method present. */
export const assertCapable = (live: LiveConnection, operation: WriteOperation): void => {
  const declared = live.connector.capabilities.writes?.operations ?? [];
  const method = operation === 'closeTicket' ? live.connector.closeTicket : live.connector[operation];
  if (!declared.includes(operation) || typeof method !== 'function') {
    throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${live.settings.id} (${live.settings.kind}) cannot ${operation}`, {
      connectionId: live.settings.id,
    });
  }
};

/** A failure as a payload error; anything that is not the caller's to fix is thrown on. */
export const mutationError = (error: unknown): MutationErrorValue => {
  if (error instanceof WriteRejection) {
    if (error.kind === 'VALIDATION') return { __typename: 'ValidationError', message: error.message, fields: [...error.fields] };
    if (error.kind === 'NOT_FOUND') return { __typename: 'NotFoundError', message: error.message };
    return { __typename: 'ConflictError', message: error.message };
  }
  if (error instanceof GatewayError) {
    const connectionId = error.connectionId ?? null;
    switch (error.code) {
      case 'NOT_FOUND':
        return { __typename: 'NotFoundError', message: error.message };
      case 'CAPABILITY_UNSUPPORTED':
        return { __typename: 'CapabilityError', message: error.message, connectionId };
      case 'BAD_USER_INPUT':
        return { __typename: 'ValidationError', message: error.message, fields: [] };
      case 'UPSTREAM_RATE_LIMITED':
      case 'UPSTREAM_TIMEOUT':
      case 'UPSTREAM_UNAVAILABLE':
      case 'UPSTREAM_BAD_RESPONSE':
        return { __typename: 'UpstreamError', message: error.message, code: error.code, connectionId, upstreamStatus: error.upstreamStatus ?? null };
      default:
        throw error;
    }
  }
  throw error;
};

const failed = <T>(error: unknown): WriteOutcome<T> => ({ result: null, errors: [mutationError(error)] });

const fingerprintOf = (mutation: string, input: MutationInputBase): string => {
  const { clientMutationId: _echo, idempotencyKey: _key, ...rest } = input;
  const canonical = JSON.stringify(rest, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(`${mutation}\n${canonical}`).digest('hex');
};

export const IDEMPOTENCY_KEY_MAX = 200;

/**
 * Runs one mutation. `prepare` checks the input and answers the write to do (throwing a
 * WriteRejection or GatewayError when the input is not acceptable); no upstream call happens before it
 * returns. With an idempotency key, the outcome is remembered and a repeat answers it again.
 */
export const runWrite = async <T>(
  context: GatewayContext,
  mutation: string,
  input: MutationInputBase,
  prepare: () => PreparedWrite<T> | Promise<PreparedWrite<T>>,
): Promise<WriteOutcome<T>> => {
  let prepared: PreparedWrite<T>;
  try {
    const key = input.idempotencyKey;
    if (key !== null && key !== undefined && (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX)) {
      throw invalid(['idempotencyKey'], `must be 1 to ${IDEMPOTENCY_KEY_MAX} characters`);
    }
    prepared = await prepare();
    assertCapable(prepared.live, prepared.operation);
  } catch (error) {
    return failed(error);
  }
  const attempt = async (): Promise<WriteOutcome<T>> => {
    try {
      return { result: await prepared.perform(), errors: [] };
    } catch (error) {
      return failed(error);
    }
  };
  if (!input.idempotencyKey) return attempt();

  const store = context.runtime.state.idempotency;
  // Keys are the caller's: two tokens never share one.
  const key = `${context.principal.tokenId}:${mutation}:${input.idempotencyKey}`;
  const fingerprint = fingerprintOf(mutation, input);
  const claim = await store.claim(key, fingerprint);
  if (claim.state !== 'claimed') {
    if (claim.fingerprint !== fingerprint) return failed(invalid(['idempotencyKey'], 'was already used for a different input'));
    if (claim.state === 'pending') {
      return { result: null, errors: [{ __typename: 'ConflictError', message: 'a mutation with this idempotencyKey is still running' }] };
    }
    return claim.result as WriteOutcome<T>;
  }
  let outcome: WriteOutcome<T>;
  try {
    outcome = await attempt();
  } catch (error) {
    // Not an outcome to remember (an unexpected failure): the key may be used again.
    await store.release(key);
    throw error;
  }
  await store.complete(key, fingerprint, outcome);
  return outcome;
};
