import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { COST, pageCost } from '../cost.js';
import { HelpdeskRef, TagRef } from '../refs.js';
import { readUpstreamList } from '../resolve/lists.js';
import { liveOf } from '../resolve/nodes.js';

builder.node(TagRef, {
  description: "A tag the upstream keeps as a record (a ticket's `tags` are their names).",
  id: { resolve: (tag) => idParts(tag.connectionId, tag.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: "The upstream's own id." }),
    name: t.exposeString('name', { description: 'The word tickets carry (use it in TicketFilter.tags).' }),
    color: t.exposeString('color', { nullable: true, description: 'A hex colour, when the upstream gives one.' }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (tag) => tag.raw }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (tag, _args, context) => liveOf(context, tag.connectionId) }),
  }),
});

const TagConnection = builder.connectionObject({ type: TagRef, name: 'TagConnection' }, { name: 'TagEdge' });

builder.queryField('tags', (t) =>
  t.connection(
    {
      type: TagRef,
      description:
        "One connection's tags (REST and Pylon keep them as records), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it.",
      complexity: pageCost(() => COST.load),
      args: { connectionId: t.arg.id({ required: true, description: 'A connection id from the config, or a Helpdesk id.' }) },
      resolve: (_root, args, context) => readUpstreamList(context, String(args.connectionId), 'TAGS', args, (connector) => connector.listTags),
    },
    TagConnection,
  ),
);
