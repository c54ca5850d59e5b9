import type { DomainAttachment } from '../../domain/types.js';
import { builder } from '../builder.js';

export const MessageAttachmentRef = builder.objectRef<DomainAttachment>('MessageAttachment').implement({
  description: 'A file sent with a message, as far as its upstream describes it. Read from the message itself: no upstream call.',
  fields: (t) => ({
    externalId: t.exposeString('externalId', { nullable: true, description: "The upstream's id of the file, where it has one." }),
    name: t.exposeString('name', { description: "The file's name (Pylon gives only a link, so it is the link's last segment)." }),
    contentType: t.exposeString('contentType', { nullable: true, description: 'The MIME type, where the upstream says it.' }),
    size: t.exposeInt('size', { nullable: true, description: 'In bytes, where the upstream says it.' }),
    url: t.exposeString('url', {
      nullable: true,
      description: "Where the upstream serves the file; it may need the upstream's own sign-in. Null for Plain, which hands out download links only through a mutation.",
    }),
  }),
});
