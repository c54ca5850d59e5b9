import { idParts } from '../../domain/global-id.js';
import type { DomainTicketField } from '../../domain/types.js';
import { builder } from '../builder.js';
import { COST, pageCost } from '../cost.js';
import { HelpdeskRef, TicketFieldRef } from '../refs.js';
import { readUpstreamList } from '../resolve/lists.js';
import { liveOf } from '../resolve/nodes.js';

const TicketFieldOptionRef = builder.objectRef<DomainTicketField['options'][number]>('TicketFieldOption').implement({
  description: 'One choice of a drop-down or multi-select field.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What agents see.' }),
    value: t.exposeString('value', { description: 'What the ticket stores (`Ticket.customFields` values and tags).' }),
  }),
});

builder.node(TicketFieldRef, {
  description: "A field tickets carry: Zendesk's system and custom ticket fields.",
  id: { resolve: (field) => idParts(field.connectionId, field.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: "The upstream's own id (`Ticket.customFields` keys name it)." }),
    title: t.exposeString('title'),
    type: t.exposeString('type', { description: "The upstream's word for its type (`text`, `tagger`, `multiselect`, `checkbox`…)." }),
    active: t.exposeBoolean('active', { nullable: true }),
    required: t.exposeBoolean('required', { nullable: true, description: 'Whether agents must fill it in to solve a ticket.' }),
    description: t.exposeString('description', { nullable: true }),
    options: t.field({ type: [TicketFieldOptionRef], resolve: (field) => field.options }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (field) => field.raw }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (field, _args, context) => liveOf(context, field.connectionId) }),
  }),
});

const TicketFieldConnection = builder.connectionObject({ type: TicketFieldRef, name: 'TicketFieldConnection' }, { name: 'TicketFieldEdge' });

builder.queryField('ticketFields', (t) =>
  t.connection(
    {
      type: TicketFieldRef,
      description:
        "One connection's ticket fields (Zendesk), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it.",
      complexity: pageCost(() => COST.load),
      args: { connectionId: t.arg.id({ required: true, description: 'A connection id from the config, or a Helpdesk id.' }) },
      resolve: (_root, args, context) => readUpstreamList(context, String(args.connectionId), 'TICKET_FIELDS', args, (connector) => connector.listTicketFields),
    },
    TicketFieldConnection,
  ),
);
