import type { FieldProblem } from '../../../domain/writes.js';
import { builder } from '../../builder.js';
import type { MutationErrorValue } from '../../resolve/writes.js';

/**
 * The typed failures of every mutation, one union for all: a payload's `errors` lists them, and is
 * empty when the mutation succeeded.
 */

type ErrorOf<Name extends MutationErrorValue['__typename']> = Extract<MutationErrorValue, { __typename: Name }>;

const FieldProblemRef = builder.objectRef<FieldProblem>('FieldProblem').implement({
  description: 'One input field at fault.',
  fields: (t) => ({
    path: t.exposeStringList('path', { nullable: false, description: 'Where in the input, e.g. ["input", "subject"].' }),
    message: t.exposeString('message', { nullable: false }),
  }),
});

const ValidationError = builder.objectRef<ErrorOf<'ValidationError'>>('ValidationError').implement({
  description: 'The input was refused, by the gateway before any upstream call or by the upstream.',
  fields: (t) => ({
    message: t.exposeString('message', { nullable: false }),
    fields: t.field({ type: [FieldProblemRef], nullable: false, resolve: (error) => error.fields }),
  }),
});

const NotFoundError = builder.objectRef<ErrorOf<'NotFoundError'>>('NotFoundError').implement({
  description: 'The record to change does not exist (any more).',
  fields: (t) => ({ message: t.exposeString('message', { nullable: false }) }),
});

const ConflictError = builder.objectRef<ErrorOf<'ConflictError'>>('ConflictError').implement({
  description: 'Someone else changed the record meanwhile (nothing was written), or the idempotency key is in use.',
  fields: (t) => ({ message: t.exposeString('message', { nullable: false }) }),
});

const CapabilityError = builder.objectRef<ErrorOf<'CapabilityError'>>('CapabilityError').implement({
  description: "The connection's upstream cannot do this write (see Helpdesk capabilities.mutations). Nothing was sent.",
  fields: (t) => ({
    message: t.exposeString('message', { nullable: false }),
    connectionId: t.exposeString('connectionId', { nullable: true }),
  }),
});

const UpstreamError = builder.objectRef<ErrorOf<'UpstreamError'>>('UpstreamError').implement({
  description:
    'The upstream failed or did not answer. The write may or may not have happened: retry with the same idempotencyKey to be safe.',
  fields: (t) => ({
    message: t.exposeString('message', { nullable: false }),
    code: t.exposeString('code', {
      nullable: false, description: 'UPSTREAM_RATE_LIMITED, UPSTREAM_TIMEOUT, UPSTREAM_UNAVAILABLE or UPSTREAM_BAD_RESPONSE.' }),
    connectionId: t.exposeString('connectionId', { nullable: true }),
    upstreamStatus: t.exposeInt('upstreamStatus', { nullable: true }),
  }),
});

const MEMBERS = { ValidationError, NotFoundError, ConflictError, CapabilityError, UpstreamError } as const;

export const MutationErrorUnion = builder.unionType('MutationError', {
  types: Object.values(MEMBERS),
  resolveType: (error) => MEMBERS[error.__typename],
});
