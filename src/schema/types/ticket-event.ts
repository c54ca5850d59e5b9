import { connectionFor, workspaceFor } from '../../auth/access.js';
import { badInput } from '../../domain/errors.js';
import { encodeGlobalId, idParts } from '../../domain/global-id.js';
import { TICKET_EVENT_TYPES, type TicketEvent } from '../../events/ticket-event.js';
import { builder } from '../builder.js';
import { COST } from '../cost.js';
import { TicketRef } from '../refs.js';
import { liveOf } from '../resolve/nodes.js';

const TicketEventTypeEnum = builder.enumType('TicketEventType', {
  description: 'What happened to the ticket. Polled connections report CREATED and UPDATED only (see the README).',
  values: TICKET_EVENT_TYPES,
});

const TicketEventFilterInput = builder.inputType('TicketEventFilter', {
  fields: (t) => ({
    types: t.field({ type: [TicketEventTypeEnum], required: false, description: 'Only events of these types; every type when absent or empty.' }),
  }),
});

const TicketEventRef = builder.objectRef<TicketEvent>('TicketEvent').implement({
  description: 'One change to one ticket, from a helpdesk webhook or from polling.',
  fields: (t) => ({
    type: t.field({ type: TicketEventTypeEnum, resolve: (event) => event.type }),
    occurredAt: t.field({ type: 'DateTime', description: 'When the change happened upstream.', resolve: (event) => event.occurredAt }),
    connectionId: t.exposeString('connectionId'),
    ticketId: t.id({
      description: "The ticket's global id (the `id` of `ticket`), also for a deleted ticket.",
      resolve: (event) => encodeGlobalId('Ticket', idParts(event.connectionId, event.ticketId)),
    }),
    ticket: t.field({
      type: TicketRef,
      nullable: true,
      description:
        'The ticket as it is after the change, resolving like any other Ticket; null once deleted. Upstream cost: 1 (usually 0: the event carries the ticket when its source read it).',
      complexity: COST.load,
      resolve: (event, _args, context) => {
        const tickets = context.loaders.tickets(liveOf(context, event.connectionId).connector);
        if (event.ticket === undefined) return tickets.load(event.ticketId);
        if (event.ticket) tickets.prime(event.ticketId, event.ticket);
        return event.ticket;
      },
    }),
  }),
});

builder.subscriptionType({ description: 'Live updates, over Server-Sent Events (the graphql-sse protocol).' });

builder.subscriptionField('ticketEvents', (t) =>
  t.field({
    type: TicketEventRef,
    description:
      "Changes to the tickets of a workspace (the token's only one when `workspaceId` is absent), or of one connection, as they happen. A workspace or connection the token cannot read is refused before the subscription starts. Each event is resolved with its own upstream budget and deadline; the cost of one event's selection is held to the token's `maxCost`.",
    args: {
      workspaceId: t.arg.id({ required: false }),
      connectionId: t.arg.id({ required: false, description: 'Only this connection (a config id or a Helpdesk id).' }),
      filter: t.arg({ type: TicketEventFilterInput, required: false }),
    },
    subscribe: async (_root, args, context) => {
      const connection = args.connectionId === null || args.connectionId === undefined ? undefined : connectionFor(context, String(args.connectionId));
      const workspace = workspaceFor(context, args.workspaceId ?? connection?.settings.workspaceId);
      if (connection && connection.settings.workspaceId !== workspace.id) {
        throw badInput(`connection "${connection.settings.id}" is not in workspace "${workspace.id}"`);
      }
      const connectionIds = connection ? [connection.settings.id] : context.runtime.connectionsOf(workspace.id).map((live) => live.settings.id);
      const events = await context.runtime.events.subscribe({
        tokenId: context.principal.tokenId,
        workspaceId: workspace.id,
        connectionIds,
        types: args.filter?.types ?? undefined,
        // On shutdown the stream ends, so that the client reconnects (to another replica) at once.
        until: context.stopping,
      });
      return events;
    },
    resolve: (event) => event,
  }),
);
