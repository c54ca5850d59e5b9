import { z } from 'zod';

/**
 * Zendesk Support API v2 payloads as the connector reads them. Objects are loose (Zendesk adds fields
 * all the time); the fields we map are typed. Keys whose value is absent are often omitted rather
 * than null, so every mapped field except the id is optional and nullable.
 */

/**
 * An int64 id: a JSON number, or a string of digits when `parseJsonExactIntegers` kept a literal
 * above 2^53 exact.
 */
export const zendeskIdSchema = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);
export type ZendeskId = z.infer<typeof zendeskIdSchema>;

const optionalId = zendeskIdSchema.nullish();
const optionalString = z.string().nullish();

export const zendeskCustomFieldSchema = z.looseObject({
  id: zendeskIdSchema,
  // The OAS says string, but accounts send booleans, arrays of tags, numbers or null by field type.
  value: z.unknown().optional(),
});

export const zendeskTicketSchema = z.looseObject({
  id: zendeskIdSchema,
  url: optionalString,
  subject: optionalString,
  description: optionalString,
  status: optionalString,
  custom_status_id: optionalId,
  external_id: optionalString,
  priority: optionalString,
  type: optionalString,
  requester_id: optionalId,
  assignee_id: optionalId,
  group_id: optionalId,
  tags: z.array(z.string()).nullish(),
  custom_fields: z.array(zendeskCustomFieldSchema).nullish(),
  via: z.looseObject({ channel: optionalString }).nullish(),
  created_at: z.string(),
  updated_at: optionalString,
});
export type ZendeskTicket = z.infer<typeof zendeskTicketSchema>;

export const zendeskUserSchema = z.looseObject({
  id: zendeskIdSchema,
  name: optionalString,
  email: optionalString,
  role: optionalString,
  phone: optionalString,
  photo: z.looseObject({ content_url: optionalString }).nullish(),
  organization_id: optionalId,
  created_at: optionalString,
});
export type ZendeskUser = z.infer<typeof zendeskUserSchema>;

export const zendeskGroupSchema = z.looseObject({ id: zendeskIdSchema, name: optionalString });
export type ZendeskGroup = z.infer<typeof zendeskGroupSchema>;
export const zendeskGroupResponseSchema = z.looseObject({ group: zendeskGroupSchema });

/** `TicketFieldObject`: a system or custom ticket field; `custom_field_options` for drop-downs. */
export const zendeskTicketFieldSchema = z.looseObject({
  id: zendeskIdSchema,
  type: z.string(),
  title: z.string(),
  active: z.boolean().nullish(),
  required: z.boolean().nullish(),
  description: optionalString,
  custom_field_options: z.array(z.looseObject({ name: z.string(), value: z.string() })).nullish(),
});
export type ZendeskTicketField = z.infer<typeof zendeskTicketFieldSchema>;
export const zendeskTicketFieldResponseSchema = z.looseObject({ ticket_field: zendeskTicketFieldSchema });

/** `TagListTagObject`: a tag is its name; `count` is how many records carry it. */
export const zendeskTagSchema = z.looseObject({ name: z.string(), count: z.number().int().nullish() });
export type ZendeskTag = z.infer<typeof zendeskTagSchema>;

export const zendeskOrganizationSchema = z.looseObject({
  id: zendeskIdSchema,
  name: optionalString,
  domain_names: z.array(z.string()).nullish(),
  created_at: optionalString,
});
export type ZendeskOrganization = z.infer<typeof zendeskOrganizationSchema>;
export const zendeskOrganizationsResponseSchema = z.looseObject({ organizations: z.array(zendeskOrganizationSchema) });

/** `AttachmentObject`: a file of a comment. */
export const zendeskAttachmentSchema = z.looseObject({
  id: optionalId,
  file_name: z.string(),
  content_type: optionalString,
  content_url: optionalString,
  size: z.number().int().nonnegative().nullish(),
});
export type ZendeskAttachment = z.infer<typeof zendeskAttachmentSchema>;

export const zendeskCommentSchema = z.looseObject({
  id: zendeskIdSchema,
  author_id: optionalId,
  body: optionalString,
  html_body: optionalString,
  plain_body: optionalString,
  public: z.boolean().nullish(),
  attachments: z.array(zendeskAttachmentSchema).nullish(),
  created_at: z.string(),
});
export type ZendeskComment = z.infer<typeof zendeskCommentSchema>;

/** Cursor pagination: `meta` and `links` beside the records. */
const cursorMeta = {
  meta: z.looseObject({
    has_more: z.boolean(),
    after_cursor: z.string().nullish(),
    before_cursor: z.string().nullish(),
  }),
};

/** Offset pagination: a total `count` and page links. */
const offsetMeta = {
  count: z.number().int().nonnegative(),
  next_page: z.string().nullish(),
  previous_page: z.string().nullish(),
};

/** Users sideloaded with `include=users` (or `include=tickets(users)` on search). */
const sideloadedUsers = { users: z.array(zendeskUserSchema).optional() };

export const zendeskTicketResponseSchema = z.looseObject({ ticket: zendeskTicketSchema, ...sideloadedUsers });
export const zendeskTicketsResponseSchema = z.looseObject({ tickets: z.array(zendeskTicketSchema), ...sideloadedUsers });
export const zendeskTicketsCursorPageSchema = zendeskTicketsResponseSchema.extend(cursorMeta);
export const zendeskTicketsOffsetPageSchema = zendeskTicketsResponseSchema.extend(offsetMeta);

export const zendeskUsersResponseSchema = z.looseObject({ users: z.array(zendeskUserSchema) });
export const zendeskUsersCursorPageSchema = zendeskUsersResponseSchema.extend(cursorMeta);
export const zendeskUsersOffsetPageSchema = zendeskUsersResponseSchema.extend(offsetMeta);
export const zendeskGroupsCursorPageSchema = z.looseObject({ groups: z.array(zendeskGroupSchema) }).extend(cursorMeta);
export const zendeskTicketFieldsCursorPageSchema = z.looseObject({ ticket_fields: z.array(zendeskTicketFieldSchema) }).extend(cursorMeta);
export const zendeskTagsCursorPageSchema = z.looseObject({ tags: z.array(zendeskTagSchema) }).extend(cursorMeta);
export const zendeskOrganizationsCursorPageSchema = zendeskOrganizationsResponseSchema.extend(cursorMeta);

export const zendeskCommentsCursorPageSchema = z.looseObject({
  comments: z.array(zendeskCommentSchema),
  ...sideloadedUsers,
  ...cursorMeta,
});

/** `GET /search` with a `type:ticket` query: every result is a ticket. */
export const zendeskSearchPageSchema = z.looseObject({
  results: z.array(zendeskTicketSchema.extend({ result_type: z.literal('ticket') })),
  ...sideloadedUsers,
  ...offsetMeta,
});

/** A ticket audit as a write returns it: its events include the comment the write added. */
export const zendeskAuditSchema = z.looseObject({
  id: zendeskIdSchema,
  author_id: optionalId,
  created_at: z.string(),
  events: z.array(
    z.looseObject({
      id: zendeskIdSchema,
      type: z.string(),
      body: optionalString,
      html_body: optionalString,
      plain_body: optionalString,
      public: z.boolean().nullish(),
      author_id: optionalId,
    }),
  ),
});

/** `POST /tickets` and `PUT /tickets/{id}`: the ticket as it now is, and the audit of the change. */
export const zendeskTicketWriteResponseSchema = z.looseObject({ ticket: zendeskTicketSchema, audit: zendeskAuditSchema.optional() });

export const zendeskUserResponseSchema = z.looseObject({ user: zendeskUserSchema });
