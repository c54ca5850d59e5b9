import type { WriteCapabilities } from '../../connectors/connector.js';
import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { HelpdeskRef, WorkspaceRef } from '../refs.js';
import { listsOf, UPSTREAM_LISTS } from '../../connectors/connector.js';
import { OrderDirectionEnum, TicketOrderFieldEnum } from './enums.js';

const UpstreamListEnum = builder.enumType('UpstreamList', {
  description: 'A list besides tickets and contacts that a connection may have (`Query.agents`…).',
  values: Object.keys(UPSTREAM_LISTS) as (keyof typeof UPSTREAM_LISTS)[],
});

export const CapabilitiesRef = builder.objectRef<HelpdeskCapabilitiesShape & { lists: ReturnType<typeof listsOf> }>('HelpdeskCapabilities').implement({
  description: 'What the upstream does natively; the gateway refuses, with CAPABILITY_UNSUPPORTED, what it cannot do.',
  fields: (t) => ({
    ticketFilters: t.stringList({ resolve: (caps) => [...caps.filters] }),
    ticketSorts: t.field({ type: [TicketOrderFieldEnum], resolve: (caps) => [...caps.sorts] }),
    sortDirections: t.field({ type: [OrderDirectionEnum], resolve: () => ['ASC', 'DESC'] as const }),
    backwardPagination: t.exposeBoolean('backwardPagination'),
    totalCount: t.exposeBoolean('totalCount'),
    messageAttachments: t.exposeBoolean('messageAttachments', { description: 'Whether messages carry their attachments; where not, `Message.attachments` is null.' }),
    lists: t.field({
      type: [UpstreamListEnum],
      description: 'The lists this connection has; asking another answers CAPABILITY_UNSUPPORTED without an upstream call.',
      resolve: (caps) => caps.lists,
    }),
  }),
});
interface HelpdeskCapabilitiesShape {
  filters: readonly string[];
  sorts: readonly ('CREATED_AT' | 'UPDATED_AT')[];
  backwardPagination: boolean;
  totalCount: boolean;
  messageAttachments: boolean;
  writes?: WriteCapabilities;
}

builder.node(HelpdeskRef, {
  description: 'One configured helpdesk account (a Zendesk subdomain, a Pylon org, a Plain workspace…).',
  id: { resolve: (live) => idParts(live.settings.id) },
  fields: (t) => ({
    connectionId: t.string({ description: 'The id the config file gives the connection.', resolve: (live) => live.settings.id }),
    kind: t.string({ description: 'zendesk, pylon, plain, rest…', resolve: (live) => live.settings.kind }),
    name: t.string({ resolve: (live) => live.settings.name }),
    workspace: t.field({
      type: WorkspaceRef,
      resolve: (live, _args, context) => {
        const workspace = context.runtime.workspace(live.settings.workspaceId);
        if (!workspace) throw new Error(`connection ${live.settings.id} has no workspace`);
        return workspace;
      },
    }),
    capabilities: t.field({ type: CapabilitiesRef, resolve: (live) => ({ ...live.connector.capabilities, lists: listsOf(live.connector) }) }),
  }),
});
