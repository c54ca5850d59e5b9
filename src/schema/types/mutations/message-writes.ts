import type { DomainMessage } from '../../../domain/types.js';
import { BODY_FORMATS } from '../../../domain/writes.js';
import { builder } from '../../builder.js';
import { COST } from '../../cost.js';
import { MessageRef, TicketRef } from '../../refs.js';
import { resolveTicket } from '../../resolve/nodes.js';
import { InputCheck, recordId, runWrite } from '../../resolve/writes.js';
import { MutationPayloadRef, mutationInputFields, payloadOf, type PayloadSource } from './payload.js';

const BodyFormatEnum = builder.enumType('BodyFormat', {
  description: 'How a message body is written; converted to what the upstream takes (text or HTML).',
  values: BODY_FORMATS,
});

const messageInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      ticketId: t.id({ required: true }),
      body: t.string({ required: true }),
      bodyFormat: t.field({ type: BodyFormatEnum, defaultValue: 'TEXT' }),
      clientMutationId: t.string(mutationInputFields.clientMutationId),
      idempotencyKey: t.string(mutationInputFields.idempotencyKey),
    }),
  });

const messagePayload = (name: string) =>
  builder.objectRef<PayloadSource<DomainMessage>>(name).implement({
    interfaces: [MutationPayloadRef],
    fields: (t) => ({
      message: t.field({ type: MessageRef, nullable: true, resolve: (payload) => payload.result }),
      ticket: t.field({
        type: TicketRef,
        nullable: true,
        description: 'The ticket after the message (read again from its helpdesk).',
        resolve: (payload, _args, context) =>
          payload.result ? resolveTicket(context, payload.result.connectionId, payload.result.ticketExternalId) : null,
      }),
    }),
  });

const messageMutation = (name: 'replyToTicket' | 'addInternalNote', description: string, inputDescription: string) => {
  const input = messageInput(`${name[0]?.toUpperCase()}${name.slice(1)}Input`, inputDescription);
  builder.mutationField(name, (t) =>
    t.field({
      complexity: COST.mutation,
      type: messagePayload(`${name[0]?.toUpperCase()}${name.slice(1)}Payload`),
      description,
      authScopes: { write: true },
      args: { input: t.arg({ type: input, required: true }) },
      resolve: async (_root, args, context) =>
        payloadOf(
          args.input,
          await runWrite(context, name, args.input, () => {
            const { ticketId, body, bodyFormat } = args.input;
            const { live, externalId } = recordId(context, String(ticketId), 'Ticket', ['ticketId']);
            const check = new InputCheck();
            check.text(['body'], body, live.connector.capabilities.writes?.maxBodyLength ?? 0);
            check.done();
            return {
              live,
              operation: name,
              perform: async () => {
                const message = await live.connector[name]!(externalId, { body, format: bodyFormat ?? 'TEXT' });
                // The ticket changed too (its update time, maybe its status): read it again when asked.
                context.loaders.wrote(live.connector, 'tickets', externalId, undefined);
                return message;
              },
            };
          }),
        ),
    }),
  );
};

messageMutation('replyToTicket', 'Sends a public reply on a ticket, as the connection’s API user.', 'A reply the requester sees.');
messageMutation('addInternalNote', 'Adds an internal note to a ticket: agents see it, the requester does not.', 'A note only agents see.');
