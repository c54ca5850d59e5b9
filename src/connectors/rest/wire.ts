import { z } from 'zod';
import { isoTimestamp, optionalText, stringId } from '../shared/wire.js';

/**
 * Zod schemas of the REST helpdesk's payloads (seed 003). Strict for the fields we map, lenient for
 * everything else (`looseObject` keeps unknown keys for `raw`). Ids are strings in this API ("tkt_123",
 * "cust_456"): a numeric id is refused as a bad response rather than passed through a float, so an id can
 * never silently lose digits.
 */

const id = stringId;
const timestamp = isoTimestamp;

export const restTicketSchema = z.looseObject({
  id,
  subject: optionalText,
  description: optionalText,
  summary: optionalText,
  status: z.string().nullable().optional(),
  priority: z.string().nullable().optional(),
  channel: optionalText,
  customer: z.looseObject({ id, email: optionalText, name: optionalText }).nullable().optional(),
  assignee: z.looseObject({ id, name: optionalText, email: optionalText }).nullable().optional(),
  tags: z.array(z.string()).nullable().optional(),
  custom_fields: z.record(z.string(), z.unknown()).nullable().optional(),
  created_at: timestamp,
  updated_at: timestamp.nullable().optional(),
});
export type RestTicket = z.infer<typeof restTicketSchema>;

export const restCustomerSchema = z.looseObject({
  id,
  email: optionalText,
  name: optionalText,
  phone: optionalText,
  company: optionalText,
  created_at: timestamp.nullable().optional(),
  updated_at: timestamp.nullable().optional(),
});
export type RestCustomer = z.infer<typeof restCustomerSchema>;

export const restUserSchema = z.looseObject({
  id,
  name: optionalText,
  email: optionalText,
  role: optionalText,
  avatar_url: optionalText,
  created_at: timestamp.nullable().optional(),
});
export type RestUser = z.infer<typeof restUserSchema>;

export const restTagSchema = z.looseObject({ id, name: z.string(), color: optionalText, created_at: timestamp.nullable().optional() });
export type RestTag = z.infer<typeof restTagSchema>;

export const restConversationSchema = z.looseObject({
  id,
  ticket_id: id,
  type: z.string(),
  internal: z.boolean().default(false),
  content_text: optionalText,
  content_html: optionalText,
  author: z
    .looseObject({ type: z.string().nullable().optional(), id: id.nullable().optional(), name: optionalText, email: optionalText })
    .nullable()
    .optional(),
  created_at: timestamp,
});
export type RestConversation = z.infer<typeof restConversationSchema>;

export const restArticleSchema = z.looseObject({
  id,
  title: z.string(),
  body: optionalText,
  collection_id: z.string(),
  status: optionalText,
  created_at: timestamp.nullable().optional(),
  updated_at: timestamp.nullable().optional(),
});
export type RestArticle = z.infer<typeof restArticleSchema>;

export const restListMetaSchema = z.looseObject({
  limit: z.number().int().optional(),
  total: z.number().int().nonnegative(),
  next_cursor: timestamp.nullable(),
});

/** `{data: [...], meta: {limit, total, next_cursor}}` */
export const restListSchema = <T extends z.ZodType>(item: T) => z.looseObject({ data: z.array(item), meta: restListMetaSchema });
export interface RestList<T> {
  data: T[];
  meta: z.infer<typeof restListMetaSchema>;
}

/** `{data: {...}}` */
export const restOneSchema = <T extends z.ZodType>(item: T) => z.looseObject({ data: item });
