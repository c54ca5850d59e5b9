import type { GatewayContext } from '../../context.js';
import type { DomainAgent } from '../../domain/types.js';
import { idParts } from '../../domain/global-id.js';
import { withNode } from '../../pagination/edge.js';
import { builder } from '../builder.js';
import { AgentObjectRef, HelpdeskRef, type AgentRef } from '../refs.js';
import { COST, pageCost } from '../cost.js';
import { readUpstreamList } from '../resolve/lists.js';
import { liveOf } from '../resolve/nodes.js';
import { AgentKindEnum } from './enums.js';

/**
 * A field of the agent's record: read at once when the reference carries the record, else from the
 * record loaded (batched per request). Synchronous when it can be: a page of tickets asks this 20
 * times or more, and a promise per field is what a hot list pays for.
 */
const fromAgent = <T>(context: GatewayContext, ref: AgentRef, pick: (agent: DomainAgent) => T | null | undefined): T | null | Promise<T | null> =>
  ref.agent
    ? (pick(ref.agent) ?? null)
    : context.loaders
        .agents(liveOf(context, ref.connectionId).connector)
        .load(ref.externalId)
        .then((agent) => (agent ? (pick(agent) ?? null) : null));

/** What the listing said of the agent, else the record's. */
const hintedOr = (context: GatewayContext, ref: AgentRef, key: 'name' | 'email'): string | null | Promise<string | null> =>
  ref.hint?.[key] ?? fromAgent(context, ref, (agent) => agent[key]);

builder.node(AgentObjectRef, {
  description: 'Who works tickets on the support side: a person, a machine user (a bot or AI agent) or the helpdesk itself.',
  id: { resolve: (ref) => idParts(ref.connectionId, ref.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId'),
    kind: t.field({
      type: AgentKindEnum,
      nullable: true,
      description: 'Null only when the record could not be loaded.',
      resolve: (ref, _args, context) => fromAgent(context, ref, (agent) => agent.kind),
    }),
    name: t.string({ nullable: true, resolve: (ref, _args, context) => hintedOr(context, ref, 'name') }),
    email: t.string({ nullable: true, resolve: (ref, _args, context) => hintedOr(context, ref, 'email') }),
    role: t.string({ nullable: true, resolve: (ref, _args, context) => fromAgent(context, ref, (agent) => agent.role) }),
    avatarUrl: t.string({ nullable: true, resolve: (ref, _args, context) => fromAgent(context, ref, (agent) => agent.avatarUrl) }),
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
        return { ...page, edges: page.edges.map((edge) => withNode(edge, { connectionId: edge.node.connectionId, externalId: edge.node.externalId, agent: edge.node })) };
      },
    },
    AgentConnection,
  ),
);
