import { responsePathAsArray } from 'graphql';
import { idParts, encodeGlobalId } from '../../domain/global-id.js';
import { builder } from '../builder.js';
import { COST } from '../cost.js';
import { ContactObjectRef, HelpdeskRef, HelpdeskTicketRef, TicketRef } from '../refs.js';
import { requesterRef } from '../resolve/contacts.js';
import { liveOf } from '../resolve/nodes.js';
import { contactGlobalId } from './contact.js';

const RequesterRef = builder
  .objectRef<{ externalId: string | null; name: string | null; email: string | null }>('HelpdeskTicketRequester')
  .implement({
    fields: (t) => ({
      externalId: t.exposeString('externalId', { nullable: true }),
      name: t.exposeString('name', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
    }),
  });

builder.node(HelpdeskTicketRef, {
  description: "A ticket as the helpdesk itself describes it (seed 000's helpdesk ticket): upstream strings, upstream ids.",
  id: { resolve: (ticket) => idParts(ticket.connectionId, ticket.externalId) },
  fields: (t) => ({
    workspaceId: t.string({ resolve: (ticket, _args, context) => liveOf(context, ticket.connectionId).settings.workspaceId }),
    contactId: t.id({
      nullable: true,
      description: 'The global id of the requester as a Contact. Upstream cost: 1 (their record, when the ticket has no email for them).',
      complexity: COST.load,
      resolve: async (ticket, _args, context, info) => {
        const ref = requesterRef(ticket, liveOf(context, ticket.connectionId).settings.workspaceId);
        return ref ? contactGlobalId(context, ref, responsePathAsArray(info.path)) : null;
      },
    }),
    ticketId: t.id({ description: 'The global id of the same record as a Ticket.', resolve: (ticket) => encodeGlobalId('Ticket', idParts(ticket.connectionId, ticket.externalId)) }),
    connectionId: t.exposeString('connectionId', { description: 'The id the config file gives the connection.' }),
    externalTicketId: t.exposeString('externalId'),
    externalGroupId: t.exposeString('groupId', { nullable: true }),
    externalAssigneeId: t.exposeString('assigneeId', { nullable: true }),
    subject: t.exposeString('subject', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    status: t.exposeString('rawStatus', { nullable: true, description: 'The upstream status string.' }),
    priority: t.exposeString('rawPriority', { nullable: true, description: 'The upstream priority string.' }),
    type: t.exposeString('type', { nullable: true }),
    channel: t.exposeString('rawChannel', { nullable: true, description: 'The upstream channel word.' }),
    tags: t.exposeStringList('tags'),
    requester: t.field({ type: RequesterRef, nullable: true, resolve: (ticket) => ticket.requester }),
    lastExternalUpdateAt: t.field({ type: 'DateTime', nullable: true, resolve: (ticket) => ticket.updatedAt }),
    createdAt: t.field({ type: 'DateTime', resolve: (ticket) => ticket.createdAt }),
    ticket: t.field({ type: TicketRef, resolve: (ticket) => ticket }),
    contact: t.field({
      type: ContactObjectRef,
      nullable: true,
      description: 'The requester as a Contact. Upstream cost: 1 (their record, loaded in batches when a field needs it).',
      complexity: COST.load,
      resolve: (ticket, _args, context) => requesterRef(ticket, liveOf(context, ticket.connectionId).settings.workspaceId),
    }),
    helpdesk: t.field({ type: HelpdeskRef, resolve: (ticket, _args, context) => liveOf(context, ticket.connectionId) }),
  }),
});
