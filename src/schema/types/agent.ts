import type { GatewayContext } from '../../context.js';
import type { DomainAgent } from '../../domain/types.js';
import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { AgentObjectRef, HelpdeskRef, type AgentRef } from '../refs.js';
import { COST, pageCost } from '../cost.js';
import { readUpstreamList } from '../resolve/lists.js';
import { liveOf } from '../resolve/nodes.js';
import { AgentKindEnum } from './enums.js';

/** The agent record, loaded (batched per request) only when a field needs more than the id. */
const agentOf = async (context: GatewayContext, ref: AgentRef): Promise<DomainAgent | null> =>
  ref.agent ?? context.loaders.agents(liveOf(context, ref.connectionId).connector).load(ref.externalId);

builder.node(AgentObjectRef, {
  description: 'Who works tickets on the support side: a person, a machine user (a bot or AI agent) or the helpdesk itself.',
  id: { resolve: (ref) => idParts(ref.connectionId, ref.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId'),
    kind: t.field({
      type: AgentKindEnum,
      nullable: true,
      description: 'Null only when the record could not be loaded.',
      resolve: async (ref, _args, context) => (await agentOf(context, ref))?.kind ?? null,
    }),
    name: t.string({ nullable: true, resolve: async (ref, _args, context) => ref.hint?.name ?? (await agentOf(context, ref))?.name ?? null }),
    email: t.string({ nullable: true, resolve: async (ref, _args, context) => ref.hint?.email ?? (await agentOf(context, ref))?.email ?? null }),
    role: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.role ?? null }),
    avatarUrl: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.avatarUrl ?? null }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (ref, _args, context) => liveOf(context, ref.connectionId) }),
  }),
});

const AgentConnection = builder.connectionObject({ type: AgentObjectRef, name: 'AgentConnection' }, { name: 'AgentEdge' });

builder.queryField('agents', (t) =>
  t.connection(
    {
      type: AgentObjectRef,
      description:
        "One connection's agents, in the upstream's order (CAPABILITY_UNSUPPORTED where it lists none; see `Helpdesk.capabilities.lists`). Upstream cost: 1, and `first`/`last` times what is selected under it.",
      complexity: pageCost(() => COST.load),
      args: { connectionId: t.arg.id({ required: true, description: 'A connection id from the config, or a Helpdesk id.' }) },
      resolve: async (_root, args, context) => {
        const page = await readUpstreamList(context, String(args.connectionId), 'AGENTS', args, (connector) => connector.listAgents);
        return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: { connectionId: edge.node.connectionId, externalId: edge.node.externalId, agent: edge.node } })) };
      },
    },
    AgentConnection,
  ),
);
