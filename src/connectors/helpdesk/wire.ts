import { z } from 'zod';
import { isoTimestamp, optionalText, stringId } from '../shared/wire.js';

/**
 * Zod schemas of the Helpdesk API's payloads (seed 001): camelCase, string ids (`tkt_abc123`).
 * Strict for the fields we map, lenient for the rest (`looseObject` keeps unknown keys for `raw`).
 */

export const helpdeskTicketSchema = z.looseObject({
  id: stringId,
  subject: optionalText,
  status: optionalText,
  priority: optionalText,
  type: optionalText,
  assigneeId: stringId.nullable().optional(),
  requesterEmail: optionalText,
  requesterName: optionalText,
  tags: z.array(z.string()).nullable().optional(),
  /** Values of any JSON type, as each field's definition types them. */
  customFields: z.array(z.looseObject({ id: stringId, value: z.unknown() })).nullable().optional(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp.nullable().optional(),
});
export type HelpdeskTicket = z.infer<typeof helpdeskTicketSchema>;

/** `{tickets, meta: {pageSize, hasMore}, links: {next}}` */
export const helpdeskListSchema = z.looseObject({
  tickets: z.array(helpdeskTicketSchema),
  meta: z.looseObject({ pageSize: z.number().int().optional(), hasMore: z.boolean() }),
  links: z.looseObject({ next: z.string().min(1).nullable().optional() }).optional(),
});
export type HelpdeskList = z.infer<typeof helpdeskListSchema>;

/** `{ticket}` */
export const helpdeskOneSchema = z.looseObject({ ticket: helpdeskTicketSchema });
