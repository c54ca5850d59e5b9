import { z } from 'zod';
import { isoTimestamp, optionalText } from '../shared/wire.js';

/**
 * Zod schemas of the Desk API's payloads (seed 002, Teamwork Desk v2). Ids are JSON integers: one
 * beyond 2^53 could not be read exactly, so it is refused as a bad response. Tickets hold `{id, type}`
 * references; `included` carries the records they point at, keyed by type.
 */

export const deskId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const reference = z.looseObject({ id: deskId, type: z.string() });
const optionalReference = reference.nullable().optional();

export const deskTicketSchema = z.looseObject({
  id: deskId,
  subject: optionalText,
  previewText: optionalText,
  status: optionalReference,
  priority: optionalReference,
  source: optionalReference,
  type: optionalReference,
  customer: optionalReference,
  agent: optionalReference,
  company: optionalReference,
  tags: z.array(reference).nullable().optional(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp.nullable().optional(),
});
export type DeskTicket = z.infer<typeof deskTicketSchema>;

export const deskCustomerSchema = z.looseObject({
  id: deskId,
  firstName: optionalText,
  lastName: optionalText,
  email: optionalText,
  phone: optionalText,
  company: optionalReference,
  createdAt: isoTimestamp.nullable().optional(),
});
export type DeskCustomer = z.infer<typeof deskCustomerSchema>;

export const deskUserSchema = z.looseObject({
  id: deskId,
  firstName: optionalText,
  lastName: optionalText,
  email: optionalText,
  role: optionalText,
  avatarURL: optionalText,
  createdAt: isoTimestamp.nullable().optional(),
});
export type DeskUser = z.infer<typeof deskUserSchema>;

/** A record of a table with names: statuses, priorities, types, sources, inboxes, companies, tags. */
export const deskNamedSchema = z.looseObject({ id: deskId, name: z.string() });
export type DeskNamed = z.infer<typeof deskNamedSchema>;

export const deskIncludedSchema = z.looseObject({
  customers: z.array(deskCustomerSchema).optional(),
  users: z.array(deskUserSchema).optional(),
  ticketstatuses: z.array(deskNamedSchema).optional(),
  ticketpriorities: z.array(deskNamedSchema).optional(),
  tickettypes: z.array(deskNamedSchema).optional(),
  ticketsources: z.array(deskNamedSchema).optional(),
  companies: z.array(deskNamedSchema).optional(),
  tags: z.array(deskNamedSchema).optional(),
});
export type DeskIncluded = z.infer<typeof deskIncludedSchema>;

const pageMetaSchema = z.looseObject({
  page: z.looseObject({ count: z.number().int().nonnegative(), hasMore: z.boolean(), records: z.number().int().nonnegative() }),
});

/** Lists are `{<type>: [...], included?, meta: {page: {count, hasMore, page, pageOffset, pageSize, pages, records}}}`. */
export const deskTicketListSchema = z.looseObject({ tickets: z.array(deskTicketSchema), included: deskIncludedSchema.optional(), meta: pageMetaSchema });
export type DeskTicketList = z.infer<typeof deskTicketListSchema>;
export const deskCustomerListSchema = z.looseObject({ customers: z.array(deskCustomerSchema), meta: pageMetaSchema });
export type DeskCustomerList = z.infer<typeof deskCustomerListSchema>;
export const deskUserListSchema = z.looseObject({ users: z.array(deskUserSchema), meta: pageMetaSchema });
export type DeskUserList = z.infer<typeof deskUserListSchema>;
export const deskStatusListSchema = z.looseObject({ ticketstatuses: z.array(deskNamedSchema) });
export const deskPriorityListSchema = z.looseObject({ ticketpriorities: z.array(deskNamedSchema) });
export const deskSourceListSchema = z.looseObject({ ticketsources: z.array(deskNamedSchema) });

/** One ticket with the records it points at: `GET`/`PATCH /tickets/{id}.json` with `includes`. */
export const deskTicketOneSchema = z.looseObject({ ticket: deskTicketSchema, included: deskIncludedSchema.optional() });
export type DeskTicketOne = z.infer<typeof deskTicketOneSchema>;
