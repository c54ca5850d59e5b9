import { z } from 'zod';

/**
 * Pylon payloads as the connector reads them (OpenAPI `Issue`, `Contact`, `User`, `Message`). Unknown
 * keys pass through (`looseObject`) so `raw` keeps them; the keys we map are type-checked. Pylon is
 * written in Go: an empty field may come as null or be left out, so optional fields accept both.
 * Every Pylon id is a string (UUID), so no id ever goes through a float; the issue `number` (a
 * counter per account, far below 2^53) is the ticket's `ref`.
 */

const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expected an RFC 3339 time');

/** `MiniUser`, `MiniContact`, `MiniAccount`, `MiniTeam`: a reference that carries an id and sometimes an email. */
export const pylonRefSchema = z.looseObject({
  id: z.string().nullish(),
  email: z.string().nullish(),
});

/** `CustomFieldValue`: `value` for single-valued fields, `values` for multi-selects. */
export const pylonCustomFieldSchema = z.looseObject({
  slug: z.string().nullish(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  values: z.array(z.string()).nullish(),
});

export const pylonIssueSchema = z.looseObject({
  id: z.string().min(1),
  number: z.number().int().nullish(),
  title: z.string().nullish(),
  body_html: z.string().nullish(),
  state: z.string().nullish(),
  type: z.string().nullish(),
  source: z.string().nullish(),
  account: pylonRefSchema.nullish(),
  assignee: pylonRefSchema.nullish(),
  requester: pylonRefSchema.nullish(),
  team: pylonRefSchema.nullish(),
  tags: z.array(z.string()).nullish(),
  custom_fields: z.record(z.string(), pylonCustomFieldSchema).nullish(),
  /** The listing's sort key: required. */
  created_at: timestamp,
  updated_at: timestamp.nullish(),
  latest_message_time: timestamp.nullish(),
  link: z.string().nullish(),
});
export type PylonIssue = z.infer<typeof pylonIssueSchema>;

export const pylonContactSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().nullish(),
  email: z.string().nullish(),
  emails: z.array(z.string()).nullish(),
  phone_numbers: z.array(z.string()).nullish(),
  primary_phone_number: z.string().nullish(),
  account: pylonRefSchema.nullish(),
  avatar_url: z.string().nullish(),
});
export type PylonContact = z.infer<typeof pylonContactSchema>;

export const pylonTeamSchema = z.looseObject({ id: z.string().min(1), name: z.string().nullish() });
export type PylonTeam = z.infer<typeof pylonTeamSchema>;

export const pylonTagSchema = z.looseObject({ id: z.string().min(1), value: z.string().min(1), hex_color: z.string().nullish() });
export type PylonTag = z.infer<typeof pylonTagSchema>;

export const pylonAccountSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().nullish(),
  domain: z.string().nullish(),
  domains: z.array(z.string()).nullish(),
  primary_domain: z.string().nullish(),
  created_at: timestamp.nullish(),
});
export type PylonAccount = z.infer<typeof pylonAccountSchema>;

/** One of the account's issue states (`GET /issue-statuses`); a custom state belongs to a built-in category. */
export const pylonIssueStatusSchema = z.looseObject({
  slug: z.string().min(1),
  label: z.string().nullish(),
  category: z.string().min(1),
});
export type PylonIssueStatus = z.output<typeof pylonIssueStatusSchema>;

export const pylonUserSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().nullish(),
  email: z.string().nullish(),
  avatar_url: z.string().nullish(),
  role_id: z.string().nullish(),
  status: z.string().nullish(),
});
export type PylonUser = z.infer<typeof pylonUserSchema>;

export const pylonMessageSchema = z.looseObject({
  id: z.string().min(1),
  message_html: z.string().nullish(),
  is_private: z.boolean().nullish(),
  timestamp,
  source: z.string().nullish(),
  file_urls: z.array(z.string()).nullish(),
  author: z
    .looseObject({
      name: z.string().nullish(),
      avatar_url: z.string().nullish(),
      contact: pylonRefSchema.nullish(),
      user: pylonRefSchema.nullish(),
    })
    .nullish(),
});
export type PylonMessage = z.infer<typeof pylonMessageSchema>;

export const pylonPaginationSchema = z.looseObject({
  cursor: z.string().nullish(),
  has_next_page: z.boolean(),
});
export type PylonPagination = z.infer<typeof pylonPaginationSchema>;

/** `{data: [...], request_id, pagination?}`; Go encodes an empty list as null. */
export const pylonListSchema = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    data: z
      .array(item)
      .nullish()
      .transform((data) => data ?? []),
    request_id: z.string().nullish(),
    pagination: pylonPaginationSchema.nullish(),
  });

/** `{data: {...}, request_id}` */
export const pylonOneSchema = <T extends z.ZodType>(item: T) =>
  z.looseObject({
    data: item,
    request_id: z.string().nullish(),
  });

/** The search filter (`Filter` in the OAS): a leaf on one field, or `and`/`or` over subfilters (depth ≤ 3). */
export type PylonFilter =
  | { operator: 'and' | 'or'; subfilters: PylonFilter[] }
  | { field: string; operator: string; value: string }
  | { field: string; operator: string; values: string[] };

/** The body of `POST /issues/search` and `POST /contacts/search`. */
export interface PylonSearchBody {
  filter: PylonFilter;
  cursor?: string;
  /** 1..999; Pylon's default is 100. */
  limit: number;
}

/** Pylon's `limit` must be greater than 0 and less than 1000. */
export const PYLON_MAX_LIMIT = 999;
