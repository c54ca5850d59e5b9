import { idParts } from '../../domain/global-id.js';
import type { DomainMessage } from '../../domain/types.js';
import { builder } from '../builder.js';
import { MessageRef } from '../refs.js';
import { AuthorKindEnum, MessageTypeEnum } from './enums.js';
import { MessageAttachmentRef } from './message-attachment.js';

const MessageAuthorRef = builder
  .objectRef<NonNullable<DomainMessage['author']>>('MessageAuthor')
  .implement({
    fields: (t) => ({
      kind: t.field({ type: AuthorKindEnum, nullable: true, resolve: (author) => author.kind }),
      externalId: t.exposeString('externalId', { nullable: true }),
      name: t.exposeString('name', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
    }),
  });

builder.node(MessageRef, {
  description: 'One entry of a ticket conversation: a reply, an internal note or a system event.',
  id: { resolve: (message) => idParts(message.connectionId, message.ticketExternalId, message.externalId) },
  fields: (t) => ({
    externalId: t.exposeString('externalId'),
    type: t.field({ type: MessageTypeEnum, resolve: (message) => message.type }),
    internal: t.exposeBoolean('internal', { description: 'Visible to the team only.' }),
    bodyText: t.exposeString('bodyText', { nullable: true }),
    bodyHtml: t.exposeString('bodyHtml', { nullable: true }),
    author: t.field({ type: MessageAuthorRef, nullable: true, resolve: (message) => message.author }),
    attachments: t.field({
      type: [MessageAttachmentRef],
      nullable: true,
      description: 'The files sent with the message; null where the upstream has none (`Helpdesk.capabilities.messageAttachments`).',
      resolve: (message) => message.attachments,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (message) => message.createdAt }),
  }),
});
