import { builder } from '../builder.js';
import { ViewerRef, WorkspaceRef } from '../refs.js';
import { AccessEnum } from './enums.js';

ViewerRef.implement({
  description: 'The token making the request.',
  fields: (t) => ({
    tokenId: t.exposeString('tokenId', { description: 'The id the config gives the token (never its secret).' }),
    access: t.field({ type: AccessEnum, resolve: (principal) => principal.access }),
    workspaces: t.field({
      type: [WorkspaceRef],
      resolve: (principal, _args, context) => context.runtime.workspaces.filter((workspace) => principal.workspaceIds.has(workspace.id)),
    }),
  }),
});

builder.queryField('viewer', (t) => t.field({ type: ViewerRef, resolve: (_root, _args, context) => context.principal }));
