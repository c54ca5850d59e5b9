import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { COST, pageCost } from '../cost.js';
import { HelpdeskRef, TeamRef } from '../refs.js';
import { readUpstreamList } from '../resolve/lists.js';
import { liveOf } from '../resolve/nodes.js';

builder.node(TeamRef, {
  description: 'A group of agents tickets are routed to: a Zendesk group, a Pylon team.',
  id: { resolve: (team) => idParts(team.connectionId, team.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: "The upstream's own id (HelpdeskTicket.externalGroupId names it)." }),
    name: t.exposeString('name', { nullable: true }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (team) => team.raw }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (team, _args, context) => liveOf(context, team.connectionId) }),
  }),
});

const TeamConnection = builder.connectionObject({ type: TeamRef, name: 'TeamConnection' }, { name: 'TeamEdge' });

builder.queryField('teams', (t) =>
  t.connection(
    {
      type: TeamRef,
      description:
        "One connection's teams (Zendesk groups, Pylon teams), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it.",
      complexity: pageCost(() => COST.load),
      args: { connectionId: t.arg.id({ required: true, description: 'A connection id from the config, or a Helpdesk id.' }) },
      resolve: (_root, args, context) => readUpstreamList(context, String(args.connectionId), 'TEAMS', args, (connector) => connector.listTeams),
    },
    TeamConnection,
  ),
);
