import { WriteRejection } from '../../../domain/writes.js';
import type { DomainTicket } from '../../../domain/types.js';
import { builder } from '../../builder.js';
import { COST } from '../../cost.js';
import { TicketRef } from '../../refs.js';
import { invalid, recordId, runWrite } from '../../resolve/writes.js';
import { UserErrorRef, type UserError } from '../user-error.js';
import { MutationPayloadRef, payloadOf, type PayloadSource } from './payload.js';
import { TicketIdInput } from './ticket-inputs.js';

/** The pre-`input` answer kept for clients of `closeTicket(id:)`: NOT_FOUND and INVALID as user errors. */
const legacyUserErrors = (payload: PayloadSource<DomainTicket>): UserError[] =>
  payload.errors.flatMap((error): UserError[] => {
    if (error.__typename === 'NotFoundError') return [{ code: 'NOT_FOUND', message: 'no such ticket', field: ['id'] }];
    if (error.__typename === 'ValidationError') return [{ code: 'INVALID', message: error.message, field: error.fields[0]?.path ?? null }];
    return [];
  });

const CloseTicketPayload = builder.objectRef<PayloadSource<DomainTicket>>('CloseTicketPayload').implement({
  interfaces: [MutationPayloadRef],
  fields: (t) => ({
    ticket: t.field({ type: TicketRef, nullable: true, description: 'The ticket as it is after closing.', resolve: (payload) => payload.result }),
    userErrors: t.field({
      type: [UserErrorRef],
      deprecationReason: 'Use `errors`.',
      resolve: legacyUserErrors,
    }),
  }),
});

builder.mutationField('closeTicket', (t) =>
  t.field({
    complexity: COST.mutation,
    type: CloseTicketPayload,
    description:
      'Closes a ticket in its helpdesk (seed 004): CLOSED where the upstream closes, SOLVED where its last agent-settable state is solved/done. Needs a token with write access.',
    authScopes: { write: true },
    args: {
      input: t.arg({ type: TicketIdInput }),
      id: t.arg.id({ deprecationReason: 'Use `input: { id }`.', description: 'The Ticket id.' }),
    },
    resolve: async (_root, args, context) => {
      const input = args.input ?? { id: args.id ?? '' };
      return payloadOf(
        input,
        await runWrite(context, 'closeTicket', input, () => {
          if ((args.input == null) === (args.id == null)) throw invalid([], 'give either `input` or the deprecated `id`, not both');
          const { live, externalId } = recordId(context, String(input.id), 'Ticket', ['id']);
          return {
            live,
            operation: 'closeTicket',
            perform: async () => {
              const closed = await live.connector.closeTicket!(externalId);
              if (!closed) throw new WriteRejection('NOT_FOUND', `connection ${live.settings.id}: no ticket ${externalId}`);
              context.loaders.wrote(live.connector, 'tickets', externalId, closed);
              return closed;
            },
          };
        }),
      );
    },
  }),
);
