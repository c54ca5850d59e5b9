import type { GatewayContext } from '../../context.js';
import type { DomainAgent } from '../../domain/types.js';
import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { AgentObjectRef, HelpdeskRef, type AgentRef } from '../refs.js';
import { liveOf } from '../resolve/nodes.js';

/** The agent record, loaded (batched per request) only when a field needs more than the id. */
const agentOf = async (context: GatewayContext, ref: AgentRef): Promise<DomainAgent | null> =>
  ref.agent ?? context.loaders.agents(liveOf(context, ref.connectionId).connector).load(ref.externalId);

builder.node(AgentObjectRef, {
  description: 'A helpdesk user on the support side.',
  id: { resolve: (ref) => idParts(ref.connectionId, ref.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId'),
    name: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.name ?? null }),
    email: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.email ?? null }),
    role: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.role ?? null }),
    avatarUrl: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.avatarUrl ?? null }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (ref, _args, context) => liveOf(context, ref.connectionId) }),
  }),
});
