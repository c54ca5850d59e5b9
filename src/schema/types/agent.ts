import type { GatewayContext } from '../../context.js';
import type { DomainAgent } from '../../domain/types.js';
import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { AgentObjectRef, HelpdeskRef, type AgentRef } from '../refs.js';
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
    name: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.name ?? null }),
    email: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.email ?? null }),
    role: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.role ?? null }),
    avatarUrl: t.string({ nullable: true, resolve: async (ref, _args, context) => (await agentOf(context, ref))?.avatarUrl ?? null }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (ref, _args, context) => liveOf(context, ref.connectionId) }),
  }),
});
