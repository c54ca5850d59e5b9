import { builder } from '../../builder.js';
import type { MutationInputBase, WriteOutcome } from '../../resolve/writes.js';
import { MutationErrorUnion } from './errors.js';

/** What every payload resolves from: the outcome, and the client's id echoed back (Relay). */
export interface PayloadSource<T> extends WriteOutcome<T> {
  clientMutationId: string | null;
}

export const payloadOf = <T>(input: MutationInputBase, outcome: WriteOutcome<T>): PayloadSource<T> => ({
  ...outcome,
  clientMutationId: input.clientMutationId ?? null,
});

export const MutationPayloadRef = builder.interfaceRef<PayloadSource<unknown>>('MutationPayload').implement({
  description: 'Every mutation answers one: on success `errors` is empty and the changed record is set.',
  fields: (t) => ({
    clientMutationId: t.exposeString('clientMutationId', { nullable: true, description: 'Echoes the input’s clientMutationId.' }),
    errors: t.field({ type: [MutationErrorUnion], nullable: false, resolve: (payload) => payload.errors }),
  }),
});

/** The two fields every mutation input takes. */
export const mutationInputFields = {
  clientMutationId: { description: 'Echoed back in the payload.' },
  idempotencyKey: {
    description:
      'Makes retrying safe: another mutation of the same name with this key (from the same token, within 24 hours) answers the first result again and writes nothing.',
  },
} as const;
