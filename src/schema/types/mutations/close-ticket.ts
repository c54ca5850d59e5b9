import { GatewayError } from '../../../domain/errors.js';
import { decodeGlobalIdOf } from '../../../domain/global-id.js';
import type { DomainTicket } from '../../../domain/types.js';
import { builder } from '../../builder.js';
import { COST } from '../../cost.js';
import { TicketRef } from '../../refs.js';
import { resolveTicket } from '../../resolve/nodes.js';
import { UserErrorRef, type UserError } from '../user-error.js';

interface CloseTicketResult {
  ticket: DomainTicket | null;
  userErrors: UserError[];
}

const notFound = (): CloseTicketResult => ({ ticket: null, userErrors: [{ code: 'NOT_FOUND', message: 'no such ticket', field: ['id'] }] });

const CloseTicketPayload = builder.objectRef<CloseTicketResult>('CloseTicketPayload').implement({
  fields: (t) => ({
    ticket: t.field({ type: TicketRef, nullable: true, description: 'The ticket as it is after closing.', resolve: (payload) => payload.ticket }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (payload) => payload.userErrors }),
  }),
});

builder.mutationField('closeTicket', (t) =>
  t.field({
    type: CloseTicketPayload,
    description: 'Closes a ticket in its helpdesk (seed 004). Needs a token with write access. Upstream cost: 2 (a read, then the write).',
    complexity: COST.write,
    authScopes: { write: true },
    args: { id: t.arg.id({ required: true, description: 'The Ticket id.' }) },
    resolve: async (_root, args, context): Promise<CloseTicketResult> => {
      const [connectionId, externalId] = decodeGlobalIdOf(String(args.id), 'Ticket', 2) as [string, string];
      // Reading first checks the tenancy and gives a typed NOT_FOUND for a ticket that is gone.
      const existing = await resolveTicket(context, connectionId, externalId);
      const live = context.runtime.connection(connectionId);
      if (!existing || !live) return notFound();
      if (!live.connector.closeTicket) {
        throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${connectionId} (${live.settings.kind}) cannot close tickets`, {
          connectionId,
        });
      }
      const closed = await live.connector.closeTicket(externalId);
      if (!closed) return notFound();
      return { ticket: closed, userErrors: [] };
    },
  }),
);
