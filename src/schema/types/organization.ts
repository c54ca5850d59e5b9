import type { GatewayContext } from '../../context.js';
import type { DomainContact, DomainOrganization } from '../../domain/types.js';
import { idParts } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { COST, pageCost } from '../cost.js';
import { HelpdeskRef, OrganizationRef } from '../refs.js';
import { readUpstreamList } from '../resolve/lists.js';
import { liveOf } from '../resolve/nodes.js';

builder.node(OrganizationRef, {
  description: "A customer organization: a Zendesk organization, a Pylon account, a Plain company.",
  id: { resolve: (organization) => idParts(organization.connectionId, organization.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId', { description: "The upstream's own id (use it as TicketFilter.accountId where the kind filters by it)." }),
    name: t.exposeString('name', { nullable: true }),
    domains: t.exposeStringList('domains', { description: 'The email domains the upstream ties to it.' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (organization) => organization.createdAt }),
    raw: t.field({ type: 'JSON', nullable: true, resolve: (organization) => organization.raw }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (organization, _args, context) => liveOf(context, organization.connectionId) }),
  }),
});

/** The organization a contact record names, loaded (batched per request); null where it names none or the kind has none. */
export const organizationOf = async (context: GatewayContext, contact: DomainContact | null): Promise<DomainOrganization | null> => {
  if (!contact?.organizationId) return null;
  const live = liveOf(context, contact.connectionId);
  return live.connector.getOrganizations ? context.loaders.organizations(live.connector).load(contact.organizationId) : null;
};

const OrganizationConnection = builder.connectionObject({ type: OrganizationRef, name: 'OrganizationConnection' }, { name: 'OrganizationEdge' });

builder.queryField('organizations', (t) =>
  t.connection(
    {
      type: OrganizationRef,
      description:
        "One connection's customer organizations (Zendesk organizations, Pylon accounts, Plain companies), in the upstream's order; CAPABILITY_UNSUPPORTED where it lists none. Upstream cost: 1, and `first`/`last` times what is selected under it.",
      complexity: pageCost(() => COST.load),
      args: { connectionId: t.arg.id({ required: true, description: 'A connection id from the config, or a Helpdesk id.' }) },
      resolve: (_root, args, context) =>
        readUpstreamList(context, String(args.connectionId), 'ORGANIZATIONS', args, (connector) => connector.listOrganizations),
    },
    OrganizationConnection,
  ),
);
