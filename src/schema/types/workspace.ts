import type { GatewayContext } from '../../context.js';
import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { HelpdeskRef, WorkspaceRef } from '../refs.js';

builder.node(WorkspaceRef, {
  description: 'A tenant: a set of helpdesk connections that tokens are scoped to.',
  id: { resolve: (workspace) => idParts(workspace.id) },
  fields: (t) => ({
    workspaceId: t.exposeString('id', { description: 'The id the config file gives the workspace.' }),
    name: t.exposeString('name'),
    helpdesks: t.field({
      type: [HelpdeskRef],
      resolve: (workspace, _args, context) => context.runtime.connectionsOf(workspace.id),
    }),
  }),
});

const visibleWorkspaces = (context: GatewayContext) =>
  context.runtime.workspaces.filter((workspace) => context.principal.workspaceIds.has(workspace.id));

builder.queryField('workspaces', (t) =>
  t.field({
    type: [WorkspaceRef],
    description: 'The workspaces this token may read.',
    resolve: (_root, _args, context) => visibleWorkspaces(context),
  }),
);
