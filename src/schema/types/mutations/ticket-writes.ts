import { GatewayError } from '../../../domain/errors.js';
import type { DomainTicket } from '../../../domain/types.js';
import { TICKET_CHANGE_KEYS, type TicketChanges } from '../../../domain/writes.js';
import { builder } from '../../builder.js';
import { COST } from '../../cost.js';
import { TicketRef } from '../../refs.js';
import { InputCheck, recordId, runWrite, writableConnection } from '../../resolve/writes.js';
import { MutationPayloadRef, payloadOf, type PayloadSource } from './payload.js';
import {
  assertChangeable,
  assigneeOf,
  checkTicketFields,
  CreateTicketInput,
  LIMITS,
  TicketIdInput,
  toCustomFields,
  UpdateTicketInput,
} from './ticket-inputs.js';

const ticketPayload = (name: string) =>
  builder.objectRef<PayloadSource<DomainTicket>>(name).implement({
    interfaces: [MutationPayloadRef],
    fields: (t) => ({
      ticket: t.field({ type: TicketRef, nullable: true, description: 'The ticket as it is after the write.', resolve: (payload) => payload.result }),
    }),
  });

builder.mutationField('createTicket', (t) =>
  t.field({
    complexity: COST.mutation,
    type: ticketPayload('CreateTicketPayload'),
    description: 'Creates a ticket in one helpdesk.',
    authScopes: { write: true },
    args: { input: t.arg({ type: CreateTicketInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'createTicket', input, () => {
          const live = writableConnection(context, String(input.connectionId), ['connectionId']);
          const check = new InputCheck();
          checkTicketFields(check, live, input, { subject: true });
          check.text(['description'], input.description, live.connector.capabilities.writes?.maxBodyLength ?? 0);
          check.email(['requester', 'email'], input.requester.email);
          check.text(['requester', 'name'], input.requester.name, LIMITS.name, false);
          check.done();
          const assigneeId = assigneeOf(context, live, input.assigneeId) ?? null;
          assertChangeable(live, [
            ...(input.type ? (['type'] as const) : []),
            ...(input.customFields?.length ? (['customFields'] as const) : []),
            ...(input.tags?.length ? (['tags'] as const) : []),
            ...(assigneeId ? (['assigneeId'] as const) : []),
            ...(input.priority ? (['priority'] as const) : []),
          ]);
          return {
            live,
            operation: 'createTicket',
            perform: async () => {
              const created = await live.connector.createTicket!({
                subject: input.subject.trim(),
                description: input.description,
                requester: { email: input.requester.email.trim(), name: input.requester.name ?? null },
                priority: input.priority ?? null,
                type: input.type ?? null,
                tags: input.tags ?? [],
                assigneeId,
                customFields: toCustomFields(input.customFields),
              });
              context.loaders.wrote(live.connector, 'tickets', created.externalId, created);
              return created;
            },
          };
        }),
      ),
  }),
);

builder.mutationField('updateTicket', (t) =>
  t.field({
    complexity: COST.mutation,
    type: ticketPayload('UpdateTicketPayload'),
    description: 'Changes the fields given, and only those; assigns or unassigns through `assigneeId`.',
    authScopes: { write: true },
    args: { input: t.arg({ type: UpdateTicketInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'updateTicket', input, () => {
          const { live, externalId } = recordId(context, String(input.id), 'Ticket', ['id']);
          const check = new InputCheck();
          checkTicketFields(check, live, input, { subject: false });
          for (const key of ['subject', 'status', 'priority', 'type', 'tags', 'customFields'] as const) {
            if (input[key] === null) check.add([key], 'cannot be null (leave it out to keep it)');
          }
          check.done();
          const changes: TicketChanges = {
            ...(input.subject != null && { subject: input.subject.trim() }),
            ...(input.status != null && { status: input.status }),
            ...(input.priority != null && { priority: input.priority }),
            ...(input.type != null && { type: input.type }),
            ...(input.assigneeId !== undefined && { assigneeId: assigneeOf(context, live, input.assigneeId) ?? null }),
            ...(input.tags != null && { tags: input.tags }),
            ...(input.customFields != null && { customFields: toCustomFields(input.customFields) }),
          };
          const keys = TICKET_CHANGE_KEYS.filter((key) => key in changes);
          if (keys.length === 0) {
            check.add([], 'changes nothing: give at least one field to change');
            check.done();
          }
          assertChangeable(live, keys);
          const guard = input.ifUpdatedAt == null ? undefined : { updatedAt: input.ifUpdatedAt };
          if (guard && !live.connector.capabilities.writes?.conditionalUpdate) {
            throw new GatewayError('CAPABILITY_UNSUPPORTED', `connection ${live.settings.id} (${live.settings.kind}) cannot update conditionally (ifUpdatedAt)`, {
              connectionId: live.settings.id,
            });
          }
          return {
            live,
            operation: 'updateTicket',
            perform: async () => {
              const updated = await live.connector.updateTicket!(externalId, changes, guard);
              context.loaders.wrote(live.connector, 'tickets', externalId, updated);
              return updated;
            },
          };
        }),
      ),
  }),
);

const DeleteTicketPayload = builder.objectRef<PayloadSource<string>>('DeleteTicketPayload').implement({
  interfaces: [MutationPayloadRef],
  fields: (t) => ({
    deletedTicketId: t.id({ nullable: true, description: 'The id of the ticket that was deleted.', resolve: (payload) => payload.result }),
  }),
});

builder.mutationField('deleteTicket', (t) =>
  t.field({
    complexity: COST.mutation,
    type: DeleteTicketPayload,
    description: 'Deletes a ticket (where the upstream deletes; some keep it recoverable for a while).',
    authScopes: { write: true },
    args: { input: t.arg({ type: TicketIdInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      payloadOf(
        input,
        await runWrite(context, 'deleteTicket', input, () => {
          const { live, externalId } = recordId(context, String(input.id), 'Ticket', ['id']);
          return {
            live,
            operation: 'deleteTicket',
            perform: async () => {
              await live.connector.deleteTicket!(externalId);
              context.loaders.wrote(live.connector, 'tickets', externalId, null);
              return String(input.id);
            },
          };
        }),
      ),
  }),
);
